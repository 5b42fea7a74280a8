#include "core/library/PersonalMarksFile.h"
#include "core/library/PersonalOverlay.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// The user's marks moved to another computer through a file: everything comes back, a merge adds
// and never removes or overwrites, and a file that is not ours is refused with the reason.
class TestPersonalMarksFile : public QObject
{
    Q_OBJECT

    QString sha(char c) { return QString(64, QLatin1Char(c)); }

private slots:
    void marksComeBackOnAnotherComputerAndAMergeOverwritesNothing()
    {
        QTemporaryDir dir;
        PersonalOverlay here;
        QVERIFY(here.open(dir.filePath(QStringLiteral("here.db")), nullptr));
        QVERIFY(here.setFavorite({ sha('a') }, true));
        QVERIFY(here.addTag({ sha('a'), sha('b') }, QStringLiteral("Prüfen/Bis Juni")));
        QVERIFY(here.setNote(sha('b'), QStringLiteral("Mit Frau Abel & <Team> besprechen")));
        const QString file = dir.filePath(QStringLiteral("marks.json"));
        QString error;
        QVERIFY2(PersonalMarksFile::write(
                     here.allMarks(),
                     [](const QString &s) {
                         return s.startsWith(QLatin1Char('a')) ? QStringLiteral("Muster") : QString();
                     },
                     file, &error),
                 qPrintable(error));

        PersonalOverlay there;
        QVERIFY(there.open(dir.filePath(QStringLiteral("there.db")), nullptr));
        QVERIFY(there.addTag({ sha('b') }, QStringLiteral("Eigenes")));
        QVERIFY(there.setNote(sha('b'), QStringLiteral("Meine eigene Notiz")));
        QList<DocumentMarks> marks;
        QStringList warnings;
        QVERIFY2(PersonalMarksFile::read(file, &marks, &warnings, &error), qPrintable(error));
        QVERIFY(warnings.isEmpty());
        PersonalMergeSummary summary;
        QVERIFY2(there.merge(marks, &summary, &error), qPrintable(error));

        QCOMPARE(summary.documents, 2);
        QCOMPARE(summary.favoritesAdded, 1);
        QCOMPARE(summary.tagsAdded, 2);
        QCOMPARE(summary.notesJoined, 1);
        QVERIFY(there.isFavorite(sha('a')));
        QCOMPARE(there.tags(sha('b')),
                 QStringList({ QStringLiteral("Eigenes"), QStringLiteral("Prüfen/Bis Juni") }));
        // The user's own note stays first; the imported one is appended, not put in its place.
        QCOMPARE(there.note(sha('b')),
                 QStringLiteral("Meine eigene Notiz\n\nMit Frau Abel & <Team> besprechen"));

        // Merging the same file again adds nothing: no doubled note, no doubled tags.
        QVERIFY(there.merge(marks, &summary, &error));
        QCOMPARE(summary.tagsAdded, 0);
        QCOMPARE(summary.favoritesAdded, 0);
        QCOMPARE(summary.notesJoined, 0);
        QCOMPARE(there.note(sha('b')).count(QStringLiteral("Abel")), 1);
    }

    void aFileThatIsNotOursIsRefusedWithTheReason_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not json") << QByteArray("{\"format\":") << QStringLiteral("not valid JSON");
        QTest::newRow("a manifest") << QByteArray("{\"formatVersion\":1,\"documents\":[]}")
                                    << QStringLiteral("not a file of personal marks");
        QTest::newRow("newer version")
            << QByteArray("{\"format\":\"srtoolbox-personal-marks\",\"formatVersion\":7,\"documents\":[]}")
            << QStringLiteral("another version (7)");
        QTest::newRow("documents not a list")
            << QByteArray("{\"format\":\"srtoolbox-personal-marks\",\"formatVersion\":1,\"documents\":{}}")
            << QStringLiteral("not a list");
    }

    void aFileThatIsNotOursIsRefusedWithTheReason()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("marks.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QList<DocumentMarks> marks;
        QString error;
        QVERIFY(!PersonalMarksFile::read(path, &marks, nullptr, &error));
        QVERIFY2(error.contains(reason) && error.contains(path), qPrintable(error));
    }

    void entriesOfTheWrongShapeAreSkippedAndNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("marks.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\":\"srtoolbox-personal-marks\",\"formatVersion\":1,\"documents\":["
                   "{\"sha256\":\"../../etc\",\"favorite\":true},"
                   "{\"sha256\":\""
                   + QByteArray(64, 'c')
                   + "\",\"note\":12},"
                     "{\"sha256\":\""
                   + QByteArray(64, 'd') + "\",\"favorite\":true}]}");
        file.close();
        QList<DocumentMarks> marks;
        QStringList warnings;
        QString error;
        QVERIFY2(PersonalMarksFile::read(path, &marks, &warnings, &error), qPrintable(error));
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks.first().sha256, sha('d'));
        QCOMPARE(warnings.size(), 2);
        QVERIFY(warnings.first().contains(QLatin1String("Entry 1")));
        QVERIFY(warnings.last().contains(QLatin1String("Entry 2")));
    }
};

QTEST_GUILESS_MAIN(TestPersonalMarksFile)
#include "TestPersonalMarksFile.moc"
