#include "core/import/EntryGuard.h"

#include <QTest>

namespace {

ArchiveReader::Entry entry(const QString &path,
                           ArchiveReader::Entry::Type type = ArchiveReader::Entry::Type::File,
                           qint64 size = 100)
{
    ArchiveReader::Entry e;
    e.path = path;
    e.rawPath = path.toUtf8();
    e.type = type;
    e.size = size;
    return e;
}

} // namespace

class TestEntryGuard : public QObject
{
    Q_OBJECT

private slots:
    void cleansPaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("clean"); // empty: refused
        QTest::addColumn<QString>("reasonPart");

        QTest::newRow("plain") << "Vergabe/Leistungsbeschreibung.pdf"
                               << "Vergabe/Leistungsbeschreibung.pdf"
                               << "";
        QTest::newRow("umlauts and spaces") << "Förderung/Antrag Straßenbeleuchtung.docx"
                                            << "Förderung/Antrag Straßenbeleuchtung.docx"
                                            << "";
        QTest::newRow("backslashes") << "Vergabe\\Bewertung\\Matrix.xlsx"
                                     << "Vergabe/Bewertung/Matrix.xlsx"
                                     << "";
        QTest::newRow("dot segments") << "./a/./b"
                                      << "a/b"
                                      << "";
        QTest::newRow("double slash") << "a//b"
                                      << "a/b"
                                      << "";
        QTest::newRow("trailing slash") << "Gremien/Niederschriften/"
                                        << "Gremien/Niederschriften"
                                        << "";
        QTest::newRow("dots inside a name") << "Protokoll..2023.txt"
                                            << "Protokoll..2023.txt"
                                            << "";
        QTest::newRow("three dots") << "a/.../b.txt"
                                    << "a/.../b.txt"
                                    << "";

        QTest::newRow("absolute") << "/etc/passwd"
                                  << ""
                                  << "absolute";
        QTest::newRow("drive letter backslash") << "C:\\x"
                                                << ""
                                                << "absolute";
        QTest::newRow("drive letter slash") << "c:/Windows/win.ini"
                                            << ""
                                            << "absolute";
        QTest::newRow("unc path") << "\\\\server\\freigabe\\x.pdf"
                                  << ""
                                  << "absolute";
        QTest::newRow("parent") << ".."
                                << ""
                                << "\"..\"";
        QTest::newRow("parent first") << "../../etc/passwd"
                                      << ""
                                      << "\"..\"";
        QTest::newRow("parent inside") << "Vergabe/../../x.pdf"
                                       << ""
                                       << "\"..\"";
        QTest::newRow("parent backslash") << "Vergabe\\..\\..\\x.pdf"
                                          << ""
                                          << "\"..\"";
        QTest::newRow("parent that stays inside is refused too") << "a/b/../c.txt"
                                                                 << ""
                                                                 << "\"..\"";
        QTest::newRow("newline") << QStringLiteral("Bericht\nfinal.pdf") << ""
                                 << "control characters";
        QTest::newRow("escape") << QStringLiteral("Bericht\x1b[31m.pdf") << ""
                                << "control characters";
        QTest::newRow("delete") << QStringLiteral("Bericht\x7f.pdf") << ""
                                << "control characters";
        QTest::newRow("nul") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b")) << ""
                             << "control characters";
        QTest::newRow("c1 control") << QStringLiteral("Bericht\u009b2J.pdf") << ""
                                    << "control characters";
        QTest::newRow("right-to-left override") << QStringLiteral("Rechnung\u202Efdp.exe") << ""
                                                << "text direction";
        QTest::newRow("isolate") << QStringLiteral("Vergabe/\u2067Plan.pdf") << ""
                                 << "text direction";
        QTest::newRow("right-to-left mark") << QStringLiteral("Plan\u200F.pdf") << ""
                                            << "text direction";
        QTest::newRow("arabic letter mark") << QStringLiteral("Plan\u061C.pdf") << ""
                                            << "text direction";
        // A Mac's decomposed "ü" (u + combining diaeresis) comes out composed.
        QTest::newRow("normal form d") << QStringLiteral("Fo\u0308rderung/U\u0308bersicht.pdf")
                                       << QStringLiteral("F\u00F6rderung/\u00DCbersicht.pdf") << "";
        QTest::newRow("empty") << ""
                               << ""
                               << "no name";
        QTest::newRow("only dots and slashes") << "./"
                                               << ""
                                               << "no name";
    }
    void cleansPaths()
    {
        QFETCH(QString, path);
        QFETCH(QString, clean);
        QFETCH(QString, reasonPart);
        const EntryGuard guard;
        QString reason;
        QCOMPARE(guard.cleanPath(path, &reason), clean);
        if (clean.isEmpty())
            QVERIFY2(reason.contains(reasonPart), qPrintable(reason));
    }

    void limitsDepthAndLength()
    {
        ImportLimits limits;
        limits.maxPathDepth = 3;
        limits.maxPathLength = 40;
        const EntryGuard guard(limits);
        QString reason;
        // Three folders and a file: as deep as allowed.
        QCOMPARE(guard.cleanPath(QStringLiteral("Land/Kreis/Gemeinde/Satzung.pdf"), &reason),
                 QStringLiteral("Land/Kreis/Gemeinde/Satzung.pdf"));
        QCOMPARE(guard.cleanPath(QStringLiteral("Land/Kreis/Gemeinde/Ortsteil/Satzung.pdf"), &reason),
                 QString());
        QVERIFY2(reason.contains(QStringLiteral("deeper than 3 folders")), qPrintable(reason));
        // Empty segments do not count as folders.
        QCOMPARE(guard.cleanPath(QStringLiteral("Land//Kreis/./Gemeinde/a.pdf"), &reason),
                 QStringLiteral("Land/Kreis/Gemeinde/a.pdf"));

        const QString fits = QStringLiteral("Ä").repeated(36) + QStringLiteral(".pdf"); // 40 characters
        QCOMPARE(guard.cleanPath(fits, &reason), fits);
        QCOMPARE(guard.cleanPath(QStringLiteral("Ä") + fits, &reason), QString());
        QVERIFY2(reason.contains(QStringLiteral("longer than 40 characters")), qPrintable(reason));
    }

    void admitsOnlyRegularFilesAndFolders_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<bool>("admitted");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("file") << int(ArchiveReader::Entry::Type::File) << true << "";
        QTest::newRow("directory") << int(ArchiveReader::Entry::Type::Directory) << true << "";
        QTest::newRow("symlink") << int(ArchiveReader::Entry::Type::Symlink) << false
                                 << "symbolic links are not imported (it points to \"/etc/shadow\")";
        QTest::newRow("hardlink") << int(ArchiveReader::Entry::Type::Hardlink) << false
                                  << "hard links are not imported (it points to \"/etc/shadow\")";
        QTest::newRow("device") << int(ArchiveReader::Entry::Type::Other) << false << "device files";
    }
    void admitsOnlyRegularFilesAndFolders()
    {
        QFETCH(int, type);
        QFETCH(bool, admitted);
        QFETCH(QString, reasonPart);
        EntryGuard guard;
        ArchiveReader::Entry e = entry(QStringLiteral("Vergabe/Eintrag"), ArchiveReader::Entry::Type(type));
        e.linkTarget = QStringLiteral("/etc/shadow");
        QString reason;
        QCOMPARE(guard.admit(e, &reason), admitted);
        if (!admitted)
            QVERIFY2(reason.contains(reasonPart), qPrintable(reason));
    }

    void refusesEncryptedEntries()
    {
        EntryGuard guard;
        ArchiveReader::Entry e = entry(QStringLiteral("Personal/Gehälter.xlsx"));
        e.encrypted = true;
        QString reason;
        QVERIFY(!guard.admit(e, &reason));
        QCOMPARE(reason, QStringLiteral("the entry is encrypted"));
    }

    void refusesDeclaredSizesAboveTheLimits()
    {
        ImportLimits limits;
        limits.maxFileBytes = 1000;
        limits.maxTotalBytes = 2500;
        EntryGuard guard(limits);
        QString reason;
        QVERIFY(!guard.admit(entry(QStringLiteral("gross.pdf"), ArchiveReader::Entry::Type::File, 1001),
                             &reason));
        QVERIFY2(reason.contains(QStringLiteral("larger than the limit")), qPrintable(reason));

        QVERIFY(guard.admit(entry(QStringLiteral("a.pdf"), ArchiveReader::Entry::Type::File, 1000), &reason));
        guard.finishEntry(1000);
        QVERIFY(guard.admit(entry(QStringLiteral("b.pdf"), ArchiveReader::Entry::Type::File, 1000), &reason));
        guard.finishEntry(1000);
        // 2000 read so far: another 1000 would exceed 2500 in total.
        QVERIFY(
            !guard.admit(entry(QStringLiteral("c.pdf"), ArchiveReader::Entry::Type::File, 1000), &reason));
        QVERIFY2(reason.contains(QStringLiteral("in total")), qPrintable(reason));
        QVERIFY(guard.admit(entry(QStringLiteral("d.pdf"), ArchiveReader::Entry::Type::File, 500), &reason));
        // An unknown size is checked while reading.
        QVERIFY(guard.admit(entry(QStringLiteral("e.pdf"), ArchiveReader::Entry::Type::File, -1), &reason));
    }

    void refusesEntriesBeyondTheCount()
    {
        ImportLimits limits;
        limits.maxEntries = 3;
        EntryGuard guard(limits);
        QString reason;
        QVERIFY(guard.admit(entry(QStringLiteral("Ordner"), ArchiveReader::Entry::Type::Directory), &reason));
        QVERIFY(guard.admit(entry(QStringLiteral("Ordner/1.txt")), &reason));
        QVERIFY(guard.admit(entry(QStringLiteral("Ordner/2.txt")), &reason));
        QVERIFY(!guard.admit(entry(QStringLiteral("Ordner/3.txt")), &reason));
        QCOMPARE(reason, QStringLiteral("the archive holds more than 3 entries"));
    }

    void checksSizesWhileReading()
    {
        ImportLimits limits;
        limits.maxFileBytes = 10000;
        limits.maxTotalBytes = 15000;
        limits.ratioCheckAfterBytes = 1000;
        limits.maxExpansionRatio = 100;
        EntryGuard guard(limits);
        QString reason;

        // Small entries may compress as well as they like.
        QVERIFY(guard.withinLimits(1000, 1, &reason));
        // Beyond ratioCheckAfterBytes the ratio counts: 100:1 passes, more does not.
        QVERIFY(guard.withinLimits(5000, 50, &reason));
        QVERIFY(!guard.withinLimits(5001, 50, &reason));
        QVERIFY2(reason.contains(QStringLiteral("expands more than 100 times")), qPrintable(reason));
        // Nothing consumed yet counts as one byte, not as a division by zero.
        QVERIFY(!guard.withinLimits(2000, 0, &reason));
        QVERIFY2(reason.contains(QStringLiteral("zip bomb")), qPrintable(reason));

        // A declared size can lie: the bytes actually read count.
        QVERIFY(!guard.withinLimits(10001, 10001, &reason));
        QVERIFY2(reason.contains(QStringLiteral("larger than the limit")), qPrintable(reason));

        QVERIFY(guard.withinLimits(9000, 9000, &reason));
        guard.finishEntry(9000);
        QVERIFY(guard.withinLimits(6000, 6000, &reason));
        QVERIFY(!guard.withinLimits(6001, 6001, &reason));
        QVERIFY2(reason.contains(QStringLiteral("in total")), qPrintable(reason));
    }

    void recognizesJunk_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("junk");
        QTest::newRow("macos resource fork folder") << "__MACOSX/Vergabe/._Leistung.pdf" << true;
        QTest::newRow("apple double") << "Vergabe/._Leistung.pdf" << true;
        QTest::newRow("ds_store") << "Vergabe/.DS_Store" << true;
        QTest::newRow("thumbs.db") << "Bilder/Thumbs.db" << true;
        QTest::newRow("THUMBS.DB") << "THUMBS.DB" << true;
        QTest::newRow("desktop.ini") << "Vergabe/Desktop.ini" << true;
        QTest::newRow("a document") << "Vergabe/Leistung.pdf" << false;
        QTest::newRow("a hidden document") << ".Entwurf.md" << false;
        QTest::newRow("folder named like junk is fine") << "Thumbs.db.Archiv/Plan.pdf" << false;
    }
    void recognizesJunk()
    {
        QFETCH(QString, path);
        QFETCH(bool, junk);
        QCOMPARE(EntryGuard::isJunk(path), junk);
    }
};

QTEST_GUILESS_MAIN(TestEntryGuard)
#include "TestEntryGuard.moc"
