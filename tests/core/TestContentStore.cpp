#include "TestLibraryHelpers.h"
#include "core/library/ContentStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestContentStore : public QObject
{
    Q_OBJECT

private slots:
    void storesUnderHashPath()
    {
        QTemporaryDir dir;
        ContentStore store(dir.path() + QStringLiteral("/files"));
        const QByteArray data("Leistungsbeschreibung LoRaWAN-Netz für die Gemeinde Musterbach");
        const QString source = TestHelpers::writeFile(dir.path(), QStringLiteral("in.txt"), data);
        QString sha;
        bool existed = true;
        QString error;
        QVERIFY2(store.storeFile(source, &sha, &existed, &error), qPrintable(error));
        const QString expected = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
        QCOMPARE(sha, expected);
        QVERIFY(!existed);
        QCOMPARE(store.pathFor(sha), dir.path() + QStringLiteral("/files/") + sha.left(2) + QLatin1Char('/') + sha);
        QCOMPARE(TestHelpers::readFile(store.pathFor(sha)), data);
        QVERIFY(store.contains(sha));
        QCOMPARE(store.verify(sha), ContentStore::Verification::Ok);
    }

    void deduplicatesIdenticalContent()
    {
        QTemporaryDir dir;
        ContentStore store(dir.path() + QStringLiteral("/files"));
        const QString a = TestHelpers::writeFile(dir.path(), QStringLiteral("a.pdf"), "same bytes");
        const QString b = TestHelpers::writeFile(dir.path(), QStringLiteral("b/other-name.pdf"), "same bytes");
        QString shaA, shaB, error;
        bool existedA = true, existedB = false;
        QVERIFY(store.storeFile(a, &shaA, &existedA, &error));
        QVERIFY(store.storeFile(b, &shaB, &existedB, &error));
        QCOMPARE(shaA, shaB);
        QVERIFY(!existedA);
        QVERIFY(existedB);
        QCOMPARE(store.storedFiles().size(), 1);
    }

    void writerLeavesNothingUntilCommit()
    {
        QTemporaryDir dir;
        ContentStore store(dir.path() + QStringLiteral("/files"));
        QString error;
        auto writer = store.begin(&error);
        QVERIFY2(writer, qPrintable(error));
        QVERIFY(writer->write(QByteArray("Teil 1 ")));
        QVERIFY(writer->write(QByteArray("Teil 2")));
        QVERIFY(writer->finish(&error));
        const QString sha = writer->sha256();
        QVERIFY(!store.contains(sha)); // not visible before commit
        QVERIFY(store.storedFiles().isEmpty());
        bool existed = true;
        QVERIFY(writer->commit(&existed, &error));
        QVERIFY(store.contains(sha));
        QCOMPARE(TestHelpers::readFile(store.pathFor(sha)), QByteArray("Teil 1 Teil 2"));
    }

    void abortedWriterLeavesNoFile()
    {
        QTemporaryDir dir;
        ContentStore store(dir.path() + QStringLiteral("/files"));
        QString error;
        {
            auto writer = store.begin(&error);
            QVERIFY(writer->write(QByteArray("halb geschrieben")));
            // destroyed without commit, as on a cancelled import
        }
        QVERIFY(store.storedFiles().isEmpty());
        QVERIFY(QDir(store.root() + QStringLiteral("/.tmp")).isEmpty());
    }

    // Folders opened once for many writers (an import's pack) keep every guarantee: nothing under a
    // hash before commit, the file read-only once finished, a copy found as such, and a link
    // planted where the hash folder goes, after the folders were opened, refused, not followed.
    // Stored files are put on the disk before an import's catalog commit names them; folders that
    // could not be opened say so, naming the store, instead of claiming the files are safe.
    void foldersPutTheirFilesOnTheDisk()
    {
        QTemporaryDir dir;
        ContentStore store(dir.path() + QStringLiteral("/files"));
        QString error;
        const auto folders = store.openFolders(&error);
        QVERIFY2(folders->isValid(), qPrintable(error));
        QVERIFY2(folders->syncToDisk(&error), qPrintable(error));

        TestHelpers::writeFile(dir.path(), QStringLiteral("kein-ordner"), "eine Datei");
        ContentStore blocked(dir.path() + QStringLiteral("/kein-ordner"));
        const auto none = blocked.openFolders(&error);
        QVERIFY(!none->isValid());
        error.clear();
        QVERIFY(!none->syncToDisk(&error));
        QVERIFY2(error.contains(QStringLiteral("kein-ordner")), qPrintable(error));
    }

    void writersThroughFoldersOpenedOnce()
    {
        QTemporaryDir dir;
        ContentStore store(dir.path() + QStringLiteral("/files"));
        QString error;
        const auto folders = store.openFolders(&error);
        QVERIFY2(folders->isValid(), qPrintable(error));
        const auto write = [&](const QByteArray &data) {
            auto writer = store.begin(folders, &error);
            if (!writer || !writer->write(data) || !writer->finish(&error))
                qFatal("%s", qPrintable(error));
            return writer;
        };
        auto first = write("Satzung über die Benutzung des Friedhofs");
        const QString sha = first->sha256();
        QVERIFY(!first->alreadyStored());
        QVERIFY(!QFileInfo::exists(QFileInfo(store.pathFor(sha)).path())); // not even its folder
        QCOMPARE(QFileInfo(first->tempPath()).permissions() & QFileDevice::WriteOwner,
                 QFileDevice::Permissions());
        bool existed = true;
        QVERIFY2(first->commit(&existed, &error), qPrintable(error));
        QVERIFY(!existed);
        QCOMPARE(TestHelpers::readFile(store.pathFor(sha)),
                 QByteArray("Satzung über die Benutzung des Friedhofs"));
        QCOMPARE(QFileInfo(store.pathFor(sha)).permissions() & QFileDevice::WriteOwner,
                 QFileDevice::Permissions());

        auto copy = write("Satzung über die Benutzung des Friedhofs");
        QVERIFY(copy->alreadyStored());
        QVERIFY(copy->commit(&existed, &error));
        QVERIFY(existed);

        auto other = write("Gebührenordnung");
        const QString otherSha = other->sha256();
        QTemporaryDir elsewhere;
        QVERIFY(QFile::link(elsewhere.path(), store.root() + QLatin1Char('/') + otherSha.left(2)));
        QVERIFY(!other->commit(&existed, &error));
        QVERIFY2(error.contains(QStringLiteral("link")), qPrintable(error));
        QVERIFY(QDir(elsewhere.path()).isEmpty());
        QVERIFY(QDir(store.root() + QStringLiteral("/.tmp")).isEmpty()); // the temporary copies are gone
    }

    void verifyDetectsMissingAndCorruptFiles()
    {
        QTemporaryDir dir;
        ContentStore store(dir.path() + QStringLiteral("/files"));
        QString shaA, shaB, error;
        bool existed;
        QVERIFY(store.storeFile(TestHelpers::writeFile(dir.path(), QStringLiteral("a"), "Datenschutz"), &shaA, &existed, &error));
        QVERIFY(store.storeFile(TestHelpers::writeFile(dir.path(), QStringLiteral("b"), "Förderung"), &shaB, &existed, &error));
        QVERIFY(store.remove(shaA));
        QCOMPARE(store.verify(shaA), ContentStore::Verification::Missing);
        QFile::setPermissions(store.pathFor(shaB), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        TestHelpers::writeFile(QFileInfo(store.pathFor(shaB)).path(), shaB, "Forderung (verändert)");
        QString actual;
        QCOMPARE(store.verify(shaB, &actual), ContentStore::Verification::Corrupt);
        QVERIFY(actual != shaB);
        QVERIFY(ContentStore::isSha256(actual));
    }

    void recognizesHashNames()
    {
        QVERIFY(ContentStore::isSha256(QString(64, QLatin1Char('a'))));
        QVERIFY(!ContentStore::isSha256(QString(63, QLatin1Char('a'))));
        QVERIFY(!ContentStore::isSha256(QString(64, QLatin1Char('A'))));
        QVERIFY(!ContentStore::isSha256(QStringLiteral("../etc/passwd")));
    }
};

QTEST_GUILESS_MAIN(TestContentStore)
#include "TestContentStore.moc"
