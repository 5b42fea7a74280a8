#include "core/library/CatalogBackup.h"
#include "core/library/Library.h"
#include "core/library/SqliteDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {
void addDocument(Library &library, int n)
{
    DocumentRecord doc;
    doc.sha256 = QString(64, QLatin1Char('0' + n));
    doc.filename = QStringLiteral("Dokument%1.txt").arg(n);
    doc.title = QStringLiteral("Dokument %1").arg(n);
    doc.format = QStringLiteral("txt");
    QVERIFY(library.catalog().insertDocument(doc, QStringLiteral("Text %1").arg(n)));
}

void overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(offset));
    QCOMPARE(file.write(bytes), qint64(bytes.size()));
}
} // namespace

class TestCatalogBackup : public QObject
{
    Q_OBJECT

private slots:
    void keepsTheNewestThree()
    {
        QTemporaryDir dir;
        QString error;
        auto library = Library::open(dir.path(), &error);
        QVERIFY2(library, qPrintable(error));
        QStringList made;
        for (int i = 0; i < 5; ++i) {
            addDocument(*library, i);
            const QString path = library->backupCatalog(&error);
            QVERIFY2(!path.isEmpty(), qPrintable(error));
            made.prepend(path);
            QThread::msleep(5); // names carry milliseconds
        }
        const QList<CatalogBackup::Info> backups = Library::backups(dir.path());
        QCOMPARE(backups.size(), CatalogBackup::Keep);
        for (int i = 0; i < CatalogBackup::Keep; ++i) {
            QCOMPARE(backups.at(i).path, made.at(i));
            QVERIFY(backups.at(i).created.isValid());
            QVERIFY(backups.at(i).size > 0);
            QCOMPARE(CatalogBackup::verify(backups.at(i).path), QString());
        }
        QVERIFY(backups.at(0).created >= backups.at(1).created);
    }

    void restoreBringsBackTheDocuments()
    {
        QTemporaryDir dir;
        QString error;
        QString backup;
        {
            auto library = Library::open(dir.path(), &error);
            QVERIFY2(library, qPrintable(error));
            addDocument(*library, 1);
            addDocument(*library, 2);
            backup = library->backupCatalog(&error);
            QVERIFY2(!backup.isEmpty(), qPrintable(error));
            addDocument(*library, 3);
        }
        const QString catalog = dir.filePath(Library::catalogFileName());
        overwrite(catalog, 0, QByteArray(100, 'x'));

        Library::OpenError openError;
        QVERIFY(!Library::open(dir.path(), &openError, Library::OpenOptions()));
        QCOMPARE(openError.kind, Library::OpenError::Kind::CatalogCorrupt);

        QVERIFY2(Library::restoreBackup(dir.path(), backup, &error), qPrintable(error));
        auto library = Library::open(dir.path(), &openError, Library::OpenOptions());
        QVERIFY2(library, qPrintable(openError.message));
        QCOMPARE(library->catalog().stats().documents, qint64(2));
        // The damaged catalog is kept beside the library, not deleted.
        const QStringList replaced = QDir(dir.path()).entryList({QStringLiteral("catalog.db.replaced-*")}, QDir::Files);
        QVERIFY2(!replaced.isEmpty(), qPrintable(QDir(dir.path()).entryList().join(QLatin1Char(' '))));
        QVERIFY(QFile(dir.filePath(replaced.first())).open(QIODevice::ReadOnly));
    }

    void refusesADamagedBackup()
    {
        QTemporaryDir dir;
        QString error;
        {
            auto library = Library::open(dir.path(), &error);
            QVERIFY2(library, qPrintable(error));
            addDocument(*library, 1);
        }
        const QString bogus = dir.filePath(QStringLiteral("bogus.db"));
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database at all");
        file.close();
        QVERIFY(!Library::restoreBackup(dir.path(), bogus, &error));
        QVERIFY2(error.contains(bogus), qPrintable(error));
        // A sound SQLite file that is no catalog is refused too.
        const QString foreign = dir.filePath(QStringLiteral("foreign.db"));
        {
            SqliteDatabase db;
            QVERIFY(db.open(foreign, SqliteDatabase::Mode::ReadWrite, &error));
            QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (x); PRAGMA journal_mode=DELETE;"), &error));
        }
        QVERIFY(!Library::restoreBackup(dir.path(), foreign, &error));
        QVERIFY2(error.contains(QStringLiteral("schema version")), qPrintable(error));
        auto library = Library::open(dir.path(), &error);
        QVERIFY2(library, qPrintable(error));
        QCOMPARE(library->catalog().stats().documents, qint64(1));
    }

    void aDamagedCatalogDoesNotPushOutTheGoodBackups()
    {
        QTemporaryDir dir;
        QString error;
        QStringList good;
        {
            auto library = Library::open(dir.path(), &error);
            QVERIFY2(library, qPrintable(error));
            for (int i = 0; i < 400; ++i) {
                DocumentRecord doc;
                doc.sha256 = QStringLiteral("%1").arg(i, 64, 16, QLatin1Char('0'));
                doc.filename = QStringLiteral("Dokument%1.txt").arg(i);
                doc.title = QStringLiteral("Dokument %1").arg(i);
                doc.format = QStringLiteral("txt");
                QVERIFY(library->catalog().insertDocument(doc, QStringLiteral("Text %1").arg(i)));
            }
            for (int i = 0; i < CatalogBackup::Keep; ++i) {
                good.prepend(library->backupCatalog(&error));
                QVERIFY2(!good.first().isEmpty(), qPrintable(error));
                QThread::msleep(5);
            }
        }
        // Damage on a page that opening does not read (only a full check does): a leaf of the
        // documents table other than its first (dbstat names the pages of each table).
        const QString catalog = dir.filePath(Library::catalogFileName());
        qint64 page = 0;
        int pageSize = 0;
        {
            SqliteDatabase db;
            QVERIFY2(db.open(catalog, SqliteDatabase::Mode::ReadOnly, &error), qPrintable(error));
            page = db.scalar(QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'documents' AND pagetype = 'leaf' "
                                            "ORDER BY pageno LIMIT 1 OFFSET 1"))
                       .toLongLong();
            pageSize = db.scalar(QStringLiteral("PRAGMA page_size")).toInt();
        }
        QVERIFY(page > 1 && pageSize > 0);
        overwrite(catalog, (page - 1) * pageSize + 8, QByteArray(pageSize - 8, '\xff'));
        Library::OpenOptions options;
        options.quickCheckUpTo = 0;
        Library::OpenError openError;
        auto library = Library::open(dir.path(), &openError, options);
        QVERIFY2(library, qPrintable(openError.message));
        QVERIFY(library->backupCatalog(&error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("integrity")), qPrintable(error));
        const QList<CatalogBackup::Info> backups = Library::backups(dir.path());
        QCOMPARE(backups.size(), CatalogBackup::Keep);
        for (int i = 0; i < CatalogBackup::Keep; ++i)
            QCOMPARE(backups.at(i).path, good.at(i));
    }

    void interruptedBackupsAreNotListed()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(CatalogBackup::folder(dir.path())));
        QFile part(CatalogBackup::folder(dir.path()) + QStringLiteral("/catalog-20260101-120000000.db.part"));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.close();
        QVERIFY(Library::backups(dir.path()).isEmpty());
        QString error;
        auto library = Library::open(dir.path(), &error);
        QVERIFY2(!library->backupCatalog(&error).isEmpty(), qPrintable(error));
        QCOMPARE(Library::backups(dir.path()).size(), 1);
        QVERIFY(!part.exists());
    }

    // Every failure names its reason, never an empty one.
    void failuresSayWhy()
    {
        QTemporaryDir dir;
        QString error;
        auto library = Library::open(dir.path(), &error);
        QVERIFY2(library, qPrintable(error));
        addDocument(*library, 1);
        const QString good = library->backupCatalog(&error);
        QVERIFY2(!good.isEmpty(), qPrintable(error));

        // A file where the backup folder belongs.
        QTemporaryDir other;
        auto second = Library::open(other.path(), &error);
        QVERIFY2(second, qPrintable(error));
        QFile blocker(CatalogBackup::folder(other.path()));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(second->backupCatalog(&error).isEmpty());
        QVERIFY2(error.contains(CatalogBackup::folder(other.path())) && error.contains(QStringLiteral("not a folder")), qPrintable(error));

        // A backup that cannot be copied in: the library folder is gone.
        error.clear();
        QVERIFY(!CatalogBackup::restore(dir.filePath(QStringLiteral("fehlt")), good, &error));
        const QString reason = error.section(dir.filePath(QStringLiteral("fehlt")) + QStringLiteral(": "), 1);
        QVERIFY2(error.contains(good) && reason.size() > 3, qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCatalogBackup)
#include "TestCatalogBackup.moc"
