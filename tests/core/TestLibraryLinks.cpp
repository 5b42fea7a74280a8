#include "TestLibraryHelpers.h"
#include "core/library/CatalogBackup.h"
#include "core/library/ContentStore.h"
#include "core/library/ImportJournal.h"
#include "core/library/Library.h"
#include "core/library/LibraryChecker.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

// The library never follows a symbolic link it did not make: a link planted in any part of it is
// refused when the library opens (naming the part), and the code that writes or removes inside the
// library does not act through one even when the link appears after the library was opened.
class TestLibraryLinks : public QObject
{
    Q_OBJECT

    // A folder outside the library with files that must survive whatever the library does.
    static QString victimFolder(const QTemporaryDir &dir)
    {
        const QString victim = dir.filePath(QStringLiteral("Eigene Dateien"));
        TestHelpers::writeFile(victim, QStringLiteral("Haushalt.xlsx"), "Zahlen");
        TestHelpers::writeFile(victim, QStringLiteral("catalog-20200101-000000000.db"), "kein Katalog");
        TestHelpers::writeFile(victim, QStringLiteral("Unterordner/Brief.odt"), "Brief");
        return victim;
    }

    static void verifyUntouched(const QString &victim)
    {
        QCOMPARE(TestHelpers::readFile(victim + QStringLiteral("/Haushalt.xlsx")), QByteArray("Zahlen"));
        QCOMPARE(TestHelpers::readFile(victim + QStringLiteral("/catalog-20200101-000000000.db")),
                 QByteArray("kein Katalog"));
        QCOMPARE(TestHelpers::readFile(victim + QStringLiteral("/Unterordner/Brief.odt")),
                 QByteArray("Brief"));
        QCOMPARE(QDir(victim).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), 3);
    }

    static QString makeLibrary(const QTemporaryDir &dir)
    {
        const QString path = dir.filePath(QStringLiteral("Bibliothek"));
        QString error;
        auto library = Library::open(path, &error);
        if (!library)
            return {};
        QString sha;
        bool existed = false;
        const QString source = TestHelpers::writeFile(dir.path(), QStringLiteral("quelle.txt"), "Inhalt");
        library->store().storeFile(source, &sha, &existed, &error);
        return path;
    }

private slots:
    void aLinkedPartIsRefusedAndNamed_data()
    {
        QTest::addColumn<QString>("part");
        QTest::addColumn<bool>("toFolder");
        QTest::newRow("files/.tmp") << QStringLiteral("files/.tmp") << true;
        QTest::newRow("files/.journal") << QStringLiteral("files/.journal") << true;
        QTest::newRow("files/ab") << QStringLiteral("files/ab") << true;
        QTest::newRow("files") << QStringLiteral("files") << true;
        QTest::newRow("backups") << QStringLiteral("backups") << true;
        QTest::newRow("backups/catalog-….db")
            << QStringLiteral("backups/catalog-20240101-000000000.db") << false;
        QTest::newRow("catalog.db-wal") << QStringLiteral("catalog.db-wal") << false;
        QTest::newRow("catalog.db-shm") << QStringLiteral("catalog.db-shm") << false;
    }

    void aLinkedPartIsRefusedAndNamed()
    {
        QFETCH(QString, part);
        QFETCH(bool, toFolder);
        QTemporaryDir dir;
        const QString victim = victimFolder(dir);
        const QString library = makeLibrary(dir);
        QVERIFY(!library.isEmpty());
        const QString linkPath = library + QLatin1Char('/') + part;
        if (QFileInfo(linkPath).isDir())
            QVERIFY(QDir(linkPath).removeRecursively());
        else
            QFile::remove(linkPath);
        QVERIFY(QDir().mkpath(QFileInfo(linkPath).path()));
        QVERIFY(QFile::link(toFolder ? victim : victim + QStringLiteral("/Haushalt.xlsx"), linkPath));

        for (const bool readOnly : { false, true }) {
            Library::OpenOptions options;
            options.readOnly = readOnly;
            Library::OpenError error;
            QVERIFY(!Library::open(library, &error, options));
            QCOMPARE(error.kind, Library::OpenError::Kind::LinkedPart);
            QVERIFY2(error.message.contains(part), qPrintable(error.message));
        }
        verifyUntouched(victim);
        QVERIFY(QFileInfo(linkPath).isSymLink());
    }

    void aDanglingCatalogLinkCreatesNothing()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(QStringLiteral("Bibliothek"));
        QVERIFY(QDir().mkpath(library));
        const QString target = dir.filePath(QStringLiteral("anderswo.db"));
        QVERIFY(QFile::link(target, library + QStringLiteral("/catalog.db")));
        Library::OpenError error;
        QVERIFY(!Library::open(library, &error, Library::OpenOptions()));
        QCOMPARE(error.kind, Library::OpenError::Kind::LinkedPart);
        QVERIFY(error.message.contains(QStringLiteral("catalog.db")));
        QVERIFY(!QFileInfo::exists(target));
    }

    // The library was opened before the link appeared (another member of a shared folder planted
    // it): the code itself still acts on the library's own folders only.
    void linksAppearingLaterAreNotFollowed()
    {
        QTemporaryDir dir;
        const QString victim = victimFolder(dir);
        const QString path = makeLibrary(dir);
        QString error;
        auto library = Library::open(path, &error);
        QVERIFY2(library, qPrintable(error));
        const QString files = path + QStringLiteral("/files");

        // Temporary files: removing leftovers removes the link, not the folder's content.
        QVERIFY(QFile::link(victim, files + QStringLiteral("/.tmp")));
        library->store().removeTemporaryFiles();
        verifyUntouched(victim);
        QVERIFY(!QFileInfo(files + QStringLiteral("/.tmp")).isSymLink());

        // A new file is not written through a linked .tmp.
        QVERIFY(QFile::link(victim, files + QStringLiteral("/.tmp")));
        QVERIFY(!library->store().begin(&error));
        QVERIFY2(error.contains(QStringLiteral(".tmp")), qPrintable(error));
        verifyUntouched(victim);
        QFile::remove(files + QStringLiteral("/.tmp"));

        // Journal recovery reads and removes only journals in the library's own folder.
        QDir(files + QStringLiteral("/.journal")).removeRecursively();
        TestHelpers::writeFile(victim, QStringLiteral("x.pending"), "pid 1\n");
        QVERIFY(QFile::link(victim, files + QStringLiteral("/.journal")));
        ImportJournal::recover(library->store(), library->catalog());
        QVERIFY(QFileInfo::exists(victim + QStringLiteral("/x.pending")));
        QFile::remove(victim + QStringLiteral("/x.pending"));
        ImportJournal journal(library->store());
        QVERIFY(!journal.begin(&error));
        verifyUntouched(victim);
        QFile::remove(files + QStringLiteral("/.journal"));

        // Removing a stored file whose folder became a link leaves the link's target alone.
        const QString sha = QString(64, QLatin1Char('a'));
        TestHelpers::writeFile(victim, sha, "fremd");
        QVERIFY(QFile::link(victim, files + QStringLiteral("/aa")));
        QVERIFY(!library->store().remove(sha));
        QVERIFY(QFileInfo::exists(victim + QLatin1Char('/') + sha));
        QFile::remove(victim + QLatin1Char('/') + sha);
        QFile::remove(files + QStringLiteral("/aa"));

        // Backups: none is written into a linked backups/, and pruning deletes nothing there.
        QDir(path + QStringLiteral("/backups")).removeRecursively();
        QVERIFY(QFile::link(victim, path + QStringLiteral("/backups")));
        QVERIFY(library->backupCatalog(&error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("backups")), qPrintable(error));
        verifyUntouched(victim);
    }

    void aStoredFileThatIsALinkIsNotReadAndCheckReportsIt()
    {
        QTemporaryDir dir;
        const QString victim = victimFolder(dir);
        const QString path = makeLibrary(dir);
        QString error;
        auto library = Library::open(path, &error);
        QVERIFY2(library, qPrintable(error));
        DocumentRecord doc;
        doc.sha256 = QString(64, QLatin1Char('b'));
        doc.filename = QStringLiteral("Haushalt.xlsx");
        doc.title = QStringLiteral("Haushalt");
        doc.format = QStringLiteral("xlsx");
        QVERIFY(library->catalog().insertDocument(doc, QStringLiteral("Zahlen")));
        const QString folder = path + QStringLiteral("/files/bb");
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(
            QFile::link(victim + QStringLiteral("/Haushalt.xlsx"), folder + QLatin1Char('/') + doc.sha256));

        QFile file;
        QVERIFY(!library->store().openStored(doc.sha256, &file, &error));
        QVERIFY2(error.contains(QStringLiteral("symbolic link")), qPrintable(error));
        const QList<CheckProblem> problems = LibraryChecker::check(*library);
        bool reported = false;
        for (const CheckProblem &p : problems)
            reported = reported || (p.kind == CheckProblem::Kind::Link && p.path.endsWith(doc.sha256));
        QVERIFY(reported);
        verifyUntouched(victim);
    }
};

QTEST_GUILESS_MAIN(TestLibraryLinks)
#include "TestLibraryLinks.moc"
