#include "TestArchiveBuilder.h"
#include "TestLibraryHelpers.h"
#include "core/import/ArchiveReader.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <clocale>
#include <string>

namespace {

struct ReadEntry
{
    ArchiveReader::Entry entry;
    QByteArray data;
};

// Every entry of the archive with its data; error receives what went wrong (empty when all was read).
QList<ReadEntry> readAll(const QString &path, QString *error)
{
    QList<ReadEntry> result;
    ArchiveReader reader;
    if (!reader.open(path, error))
        return result;
    ReadEntry e;
    while (reader.next(&e.entry)) {
        e.data.clear();
        char buffer[4096];
        qint64 n;
        while ((n = reader.read(buffer, sizeof buffer)) > 0)
            e.data.append(buffer, n);
        if (n < 0) {
            *error = reader.error();
            return result;
        }
        result.append(e);
    }
    *error = reader.error();
    return result;
}

const QByteArray Ausschreibung = "Öffentliche Ausschreibung: Errichtung eines LoRaWAN-Netzes im Landkreis.\n";
const QByteArray Foerderung
    = "# Förderantrag Smarte Straßenbeleuchtung\n\nZuwendungsempfänger: Gemeinde Musterbach.\n";

// Switches the whole process to another locale for a test and back.
class ProcessLocale
{
public:
    explicit ProcessLocale(const char *name)
        : m_previous(std::setlocale(LC_ALL, nullptr))
    {
        std::setlocale(LC_ALL, name);
    }
    ~ProcessLocale() { std::setlocale(LC_ALL, m_previous.c_str()); }
    ProcessLocale(const ProcessLocale &) = delete;
    ProcessLocale &operator=(const ProcessLocale &) = delete;

private:
    std::string m_previous;
};

} // namespace

class TestArchiveReader : public QObject
{
    Q_OBJECT

private slots:
    void recognizesArchivesByName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("archive");
        QTest::newRow("zip") << "Paket.zip" << true;
        QTest::newRow("ZIP upper case") << "PAKET.ZIP" << true;
        QTest::newRow("tar") << "Paket.tar" << true;
        QTest::newRow("tar.gz") << "Paket.tar.gz" << true;
        QTest::newRow("tgz") << "Paket.tgz" << true;
        QTest::newRow("tar.bz2") << "Paket.tar.bz2" << true;
        QTest::newRow("tar.xz") << "Paket.tar.xz" << true;
        QTest::newRow("7z") << "Paket.7z" << true;
        QTest::newRow("pdf") << "Förderantrag.pdf" << false;
        QTest::newRow("docx (a zip inside, but a document)") << "Vorlage.docx" << false;
        QTest::newRow("gz alone") << "protokoll.txt.gz" << false;
    }
    void recognizesArchivesByName()
    {
        QFETCH(QString, name);
        QFETCH(bool, archive);
        QCOMPARE(ArchiveReader::looksLikeArchive(name), archive);
    }

    void listsEntriesOfEveryFormat_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("zip") << "Paket.zip";
        QTest::newRow("tar") << "Paket.tar";
        QTest::newRow("tar.gz") << "Paket.tar.gz";
        QTest::newRow("tgz") << "Paket.tgz";
        QTest::newRow("tar.bz2") << "Paket.tar.bz2";
        QTest::newRow("tar.xz") << "Paket.tar.xz";
        QTest::newRow("7z") << "Paket.7z";
    }
    void listsEntriesOfEveryFormat()
    {
        QFETCH(QString, fileName);
        QTemporaryDir dir;
        const QString path = dir.filePath(fileName);
        TestArchiveBuilder builder;
        builder.addDirectory(QStringLiteral("Vergabe/"))
            .addFile(QStringLiteral("Vergabe/Ausschreibung LoRaWAN.txt"), Ausschreibung)
            .addFile(QStringLiteral("Förderung/Straßenbeleuchtung/Antrag.md"), Foerderung)
            .addFile(QStringLiteral("Übersicht.csv"),
                     QByteArray("Kommune;Jahr\nMusterbach;2023\n").repeated(200));
        QVERIFY2(builder.write(path), qPrintable(builder.errorString()));

        QString error;
        const QList<ReadEntry> entries = readAll(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(entries.size(), 4);

        // 7z stores folders after the files; the order within files is kept by every format.
        QList<ReadEntry> files;
        int directories = 0;
        for (const ReadEntry &e : entries) {
            if (e.entry.type == ArchiveReader::Entry::Type::Directory) {
                ++directories;
                QCOMPARE(e.entry.path.section(QLatin1Char('/'), 0, 0), QStringLiteral("Vergabe"));
            } else {
                files.append(e);
            }
        }
        QCOMPARE(directories, 1);
        QCOMPARE(files.size(), 3);

        const QStringList expectedPaths
            = { QStringLiteral("Vergabe/Ausschreibung LoRaWAN.txt"),
                QStringLiteral("Förderung/Straßenbeleuchtung/Antrag.md"), QStringLiteral("Übersicht.csv") };
        const QList<QByteArray> expectedData
            = { Ausschreibung, Foerderung, QByteArray("Kommune;Jahr\nMusterbach;2023\n").repeated(200) };
        for (int i = 0; i < 3; ++i) {
            const ReadEntry &e = files.at(i);
            QCOMPARE(e.entry.path, expectedPaths.at(i));
            QCOMPARE(e.entry.rawPath, expectedPaths.at(i).toUtf8());
            QCOMPARE(e.entry.type, ArchiveReader::Entry::Type::File);
            QCOMPARE(e.entry.size, qint64(expectedData.at(i).size()));
            QVERIFY(!e.entry.encrypted);
            QCOMPARE(e.data, expectedData.at(i));
        }
    }

    void countsCompressedBytes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Protokolle.tar.gz"));
        QByteArray text;
        for (int i = 0; i < 20000; ++i)
            text += "Sitzung " + QByteArray::number(i) + ": Der Gemeinderat beschließt den Haushalt.\n";
        QVERIFY(TestArchiveBuilder().addFile(QStringLiteral("Protokoll.txt"), text).write(path));

        ArchiveReader reader;
        QString error;
        QVERIFY2(reader.open(path, &error), qPrintable(error));
        ArchiveReader::Entry entry;
        QVERIFY(reader.next(&entry));
        QVERIFY(!reader.isZip());
        QByteArray data(1 << 20, Qt::Uninitialized);
        qint64 total = 0;
        qint64 n;
        while ((n = reader.read(data.data(), data.size())) > 0)
            total += n;
        QCOMPARE(total, qint64(text.size()));
        const qint64 compressed = reader.compressedBytesRead();
        QVERIFY2(compressed > 0 && compressed <= QFileInfo(path).size(),
                 qPrintable(QString::number(compressed)));
        QVERIFY(compressed < total / 4); // gzip: the archive bytes, not the expanded ones
    }

    void reportsLinksDevicesAndEncryption()
    {
        QTemporaryDir dir;
        const QString tar = dir.filePath(QStringLiteral("Gefährlich.tar"));
        TestArchiveBuilder builder;
        builder.addFile(QStringLiteral("Satzung.txt"), "Satzung über die Benutzung der Ladesäulen")
            .addSymlink(QStringLiteral("Verweis"), QStringLiteral("/etc/passwd"))
            .addHardlink(QStringLiteral("Kopie.txt"), QStringLiteral("Satzung.txt"))
            .addCharDevice(QStringLiteral("Gerät"));
        QVERIFY2(builder.write(tar), qPrintable(builder.errorString()));
        QString error;
        const QList<ReadEntry> entries = readAll(tar, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.at(0).entry.type, ArchiveReader::Entry::Type::File);
        QCOMPARE(entries.at(1).entry.type, ArchiveReader::Entry::Type::Symlink);
        QCOMPARE(entries.at(1).entry.linkTarget, QStringLiteral("/etc/passwd"));
        QCOMPARE(entries.at(2).entry.type, ArchiveReader::Entry::Type::Hardlink);
        QCOMPARE(entries.at(2).entry.linkTarget, QStringLiteral("Satzung.txt"));
        QCOMPARE(entries.at(3).entry.type, ArchiveReader::Entry::Type::Other);
        QCOMPARE(entries.at(3).entry.path, QStringLiteral("Gerät"));

        const QString zip = dir.filePath(QStringLiteral("Geheim.zip"));
        TestArchiveBuilder encrypted;
        encrypted.addFile(QStringLiteral("Personalliste.txt"), "Vertraulich: Personalliste des Bauhofs")
            .setZipPassphrase("geheim");
        QVERIFY2(encrypted.write(zip), qPrintable(encrypted.errorString()));
        ArchiveReader reader;
        QVERIFY2(reader.open(zip, &error), qPrintable(error));
        ArchiveReader::Entry entry;
        QVERIFY2(reader.next(&entry), qPrintable(reader.error()));
        QVERIFY(reader.isZip());
        QCOMPARE(entry.path, QStringLiteral("Personalliste.txt"));
        QVERIFY(entry.encrypted);
    }

    void decodesNames_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<bool>("zip");
        QTest::addColumn<QString>("decoded");
        QTest::newRow("ascii") << QByteArray("Vergabe/Leistungsbeschreibung.pdf") << true
                               << QStringLiteral("Vergabe/Leistungsbeschreibung.pdf");
        QTest::newRow("utf-8 in zip") << QByteArray("F\xc3\xb6rderung/Stra\xc3\x9f"
                                                    "e.txt")
                                      << true << QStringLiteral("Förderung/Straße.txt");
        QTest::newRow("utf-8 in tar") << QByteArray("\xc3\x9c"
                                                    "bersicht \xe2\x82\xac.csv")
                                      << false << QStringLiteral("Übersicht €.csv");
        QTest::newRow("cp437 umlauts") << QByteArray("F\x94rderung \x84\x81\x8e\x99\x9a.txt") << true
                                       << QStringLiteral("Förderung äüÄÖÜ.txt");
        QTest::newRow("cp437 sharp s") << QByteArray("Stra\xe1"
                                                     "enbeleuchtung.pdf")
                                       << true << QStringLiteral("Straßenbeleuchtung.pdf");
        QTest::newRow("cp1252 umlauts") << QByteArray("F\xf6rderung \xe4\xfc\xc4\xd6\xdc\xdf.txt") << false
                                        << QStringLiteral("Förderung äüÄÖÜß.txt");
        QTest::newRow("cp1252 euro and quotes") << QByteArray("Kosten \x80 \x84"
                                                              "Entwurf\x93.xlsx")
                                                << false << QStringLiteral("Kosten € „Entwurf“.xlsx");
    }
    void decodesNames()
    {
        QFETCH(QByteArray, raw);
        QFETCH(bool, zip);
        QFETCH(QString, decoded);
        QCOMPARE(ArchiveReader::decodeName(raw, zip), decoded);
    }

    void readsCp437NamesOfZipsWithoutUtf8Flag()
    {
        // As written by the Windows Explorer of old and by DOS tools: CP437 bytes, no UTF-8 flag.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Alt.zip"));
        const QByteArray zip = TestArchiveBuilder::rawZip({
            { QByteArray("F\x94rderung.txt"), QByteArray("Förderrichtlinie des Landes") },
            { QByteArray("\x9a"
                         "bersicht/Stra\xe1"
                         "en.txt"),
              QByteArray("Straßenverzeichnis") },
        });
        TestHelpers::writeFile(dir.path(), QStringLiteral("Alt.zip"), zip);
        QString error;
        const QList<ReadEntry> entries = readAll(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).entry.path, QStringLiteral("Förderung.txt"));
        QCOMPARE(entries.at(0).entry.rawPath, QByteArray("F\x94rderung.txt"));
        QCOMPARE(entries.at(0).data, QByteArray("Förderrichtlinie des Landes"));
        QCOMPARE(entries.at(1).entry.path, QStringLiteral("Übersicht/Straßen.txt"));
        QCOMPARE(entries.at(1).data, QByteArray("Straßenverzeichnis"));

        // The same zip with UTF-8 names and the flag set.
        const QString utf8Path = dir.filePath(QStringLiteral("Neu.zip"));
        TestHelpers::writeFile(
            dir.path(), QStringLiteral("Neu.zip"),
            TestArchiveBuilder::rawZip({ { QStringLiteral("Förderung.txt").toUtf8(), "Richtlinie" } }, true));
        const QList<ReadEntry> utf8 = readAll(utf8Path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(utf8.size(), 1);
        QCOMPARE(utf8.at(0).entry.path, QStringLiteral("Förderung.txt"));
    }

    void readsUtf8NamesWhateverTheProcessLocale_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("zip") << "Paket.zip";
        QTest::newRow("tar.gz") << "Paket.tar.gz";
        QTest::newRow("7z") << "Paket.7z";
    }
    void readsUtf8NamesWhateverTheProcessLocale()
    {
        // A cron job or a service often runs with LANG unset, i.e. in the C locale: names must not
        // depend on it (libarchive converts them to the locale's charset unless told otherwise).
        QFETCH(QString, fileName);
        QTemporaryDir dir;
        const QString path = dir.filePath(fileName);
        TestArchiveBuilder builder;
        builder.addFile(QStringLiteral("Förderung/Straßenbeleuchtung.txt"), "Förderantrag")
            .addSymlink(QStringLiteral("Übersicht"), QStringLiteral("Förderung"));
        QVERIFY2(builder.write(path), qPrintable(builder.errorString()));

        const ProcessLocale c("C");
        QString error;
        const QList<ReadEntry> entries = readAll(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).entry.path, QStringLiteral("Förderung/Straßenbeleuchtung.txt"));
        QCOMPARE(entries.at(0).data, QByteArray("Förderantrag"));
        QCOMPARE(entries.at(1).entry.path, QStringLiteral("Übersicht"));
        QCOMPARE(entries.at(1).entry.type, ArchiveReader::Entry::Type::Symlink);
        QCOMPARE(entries.at(1).entry.linkTarget, QStringLiteral("Förderung"));
    }

    void reportsDamagedArchives()
    {
        QTemporaryDir dir;
        // Not an archive at all.
        const QString garbage
            = TestHelpers::writeFile(dir.path(), QStringLiteral("Kaputt.zip"),
                                     QByteArray("Das ist kein Archiv, nur Text.\n").repeated(50));
        ArchiveReader reader;
        QString error;
        QVERIFY(!reader.open(garbage, &error));
        QVERIFY2(!error.isEmpty(), "the reason is given");

        // A tar.gz cut off in the middle of its second member.
        TestArchiveBuilder builder;
        QByteArray noise;
        for (int i = 0; i < 40000; ++i)
            noise += QByteArray::number(i * 7919 % 100003) + ' ';
        builder.addFile(QStringLiteral("Erster.txt"), "Erstes Dokument")
            .addFile(QStringLiteral("Zweiter.txt"), noise);
        QByteArray tgz = builder.build(TestArchiveBuilder::Format::TarGz);
        QVERIFY(!tgz.isEmpty());
        tgz.truncate(tgz.size() / 2);
        const QString truncated
            = TestHelpers::writeFile(dir.path(), QStringLiteral("Abgeschnitten.tar.gz"), tgz);
        ArchiveReader cut;
        QVERIFY2(cut.open(truncated, &error), qPrintable(error));
        ArchiveReader::Entry entry;
        QVERIFY(cut.next(&entry));
        QCOMPARE(entry.path, QStringLiteral("Erster.txt"));
        bool failed = false;
        char buffer[65536];
        while (cut.next(&entry)) {
            qint64 n;
            while ((n = cut.read(buffer, sizeof buffer)) > 0) { }
            if (n < 0) {
                failed = true;
                break;
            }
        }
        QVERIFY(failed || !cut.error().isEmpty());
        QVERIFY(!cut.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestArchiveReader)
#include "TestArchiveReader.moc"
