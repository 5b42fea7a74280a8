#include "TestLibraryHelpers.h"
#include "core/export/Exporter.h"
#include "core/import/ArchiveReader.h"
#include "core/import/Importer.h"
#include "core/library/Library.h"
#include "core/pack/Manifest.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

struct PackFile
{
    QString path;
    QByteArray content;
    QString title;
    QStringList tags;
};

const QList<PackFile> &packFiles()
{
    static const QList<PackFile> files{
        {QStringLiteral("Vergabe/Leistungsbeschreibung_LoRaWAN.txt"), "Leistungsbeschreibung für ein LoRaWAN-Funknetz.\n",
         QStringLiteral("Leistungsbeschreibung LoRaWAN"), {QStringLiteral("LoRaWAN")}},
        {QStringLiteral("Förderung/Förderantrag_Straße.txt"), "Förderantrag für die Straßenbeleuchtung.\n",
         QStringLiteral("Förderantrag Straßenbeleuchtung"), {QStringLiteral("Förderung/Land")}},
        {QStringLiteral("LoRaWAN/Gateway-Standorte.txt"), "Standorte der Gateways auf dem Rathausdach und dem Wasserturm.\n",
         QStringLiteral("Gateway-Standorte"), {QStringLiteral("LoRaWAN"), QStringLiteral("Standorte")}},
    };
    return files;
}

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QStringList listing(const QString &dir)
{
    QStringList entries;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        entries.append(QDir(dir).relativeFilePath(it.next()));
    entries.sort();
    return entries;
}

QStringList zipMembers(const QString &path)
{
    QStringList names;
    ArchiveReader reader;
    QString error;
    if (!reader.open(path, &error))
        return names;
    ArchiveReader::Entry e;
    while (reader.next(&e))
        names.append(e.path);
    return names;
}

QByteArray zipMember(const QString &path, const QString &name)
{
    ArchiveReader reader;
    QString error;
    if (!reader.open(path, &error))
        return {};
    ArchiveReader::Entry e;
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    while (reader.next(&e)) {
        if (e.path != name)
            continue;
        QByteArray data;
        for (qint64 n; (n = reader.read(buffer.data(), buffer.size())) > 0;)
            data.append(buffer.constData(), n);
        return data;
    }
    return {};
}

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_library;
    QHash<QString, qint64> m_ids; // fixture path → id

    Run cli(const QStringList &args, const QString &library = QString())
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("SRTOOLBOX_LIBRARY"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SRT_CLI_PATH),
                      QStringList{QStringLiteral("--library"), library.isEmpty() ? m_library : library} + args);
        Run run;
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            run.err = QStringLiteral("timed out");
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }
    QString id(const QString &path) const { return QString::number(m_ids.value(path)); }
    QString fresh(const QString &name) const
    {
        static int n = 0;
        return m_dir.filePath(QStringLiteral("%1-%2").arg(name).arg(++n));
    }
    static QString dump(const Run &run)
    {
        return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(run.exitCode).arg(run.out, run.err);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString pack = m_dir.filePath(QStringLiteral("Paket"));
        QJsonArray documents;
        for (const PackFile &f : packFiles()) {
            TestHelpers::writeFile(pack, f.path, f.content);
            documents.append(QJsonObject{{QStringLiteral("file"), f.path},
                                         {QStringLiteral("title"), f.title},
                                         {QStringLiteral("category"), f.path.section(QLatin1Char('/'), 0, 0)},
                                         {QStringLiteral("tags"), QJsonArray::fromStringList(f.tags)},
                                         {QStringLiteral("year"), 2024}});
        }
        TestHelpers::writeFile(pack, QStringLiteral("toolbox.json"),
                               QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("smart-region-toolbox-pack")},
                                                         {QStringLiteral("formatVersion"), 1},
                                                         {QStringLiteral("documents"), documents}})
                                   .toJson());
        m_library = m_dir.filePath(QStringLiteral("Bibliothek"));
        QString error;
        auto library = Library::open(m_library, &error);
        QVERIFY2(library, qPrintable(error));
        ImportOptions options;
        options.isolateExtraction = false;
        options.threads = 2;
        const ImportReport report = Importer(*library, options).run({pack});
        QVERIFY2(!report.failed() && !report.hasRejections(), qPrintable(report.problemLines().join(QLatin1Char('\n'))));
        for (const PackFile &f : packFiles()) {
            const auto doc = library->catalog().documentBySha256(sha256(f.content));
            QVERIFY(doc);
            m_ids.insert(f.path, doc->id);
        }
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no target") << QStringList{QStringLiteral("export"), QStringLiteral("1")};
        QTest::newRow("folder and zip") << QStringList{QStringLiteral("export"), QStringLiteral("--to"), QStringLiteral("d"),
                                                       QStringLiteral("--zip"), QStringLiteral("z.zip"), QStringLiteral("1")};
        QTest::newRow("no ids, no query") << QStringList{QStringLiteral("export"), QStringLiteral("--to"), QStringLiteral("d")};
        QTest::newRow("ids and query") << QStringList{QStringLiteral("export"), QStringLiteral("--zip"), QStringLiteral("z.zip"),
                                                      QStringLiteral("--query"), QStringLiteral("lorawan"), QStringLiteral("1")};
        QTest::newRow("non-numeric id") << QStringList{QStringLiteral("export"), QStringLiteral("--to"), QStringLiteral("d"),
                                                       QStringLiteral("1"), QStringLiteral("zwei")};
        QTest::newRow("id zero") << QStringList{QStringLiteral("export"), QStringLiteral("--to"), QStringLiteral("d"), QStringLiteral("0")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("export"), QStringLiteral("--to"), QStringLiteral("d"),
                                                       QStringLiteral("--verbose"), QStringLiteral("1")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const QString cwd = fresh(QStringLiteral("usage"));
        QVERIFY(QDir().mkpath(cwd));
        QStringList absolute;
        for (const QString &a : args)
            absolute.append(a == QLatin1String("d") || a.endsWith(QLatin1String(".zip")) ? cwd + QLatin1Char('/') + a : a);
        const Run run = cli(absolute);
        QVERIFY2(run.exitCode == 2, qPrintable(dump(run)));
        QVERIFY(!run.err.isEmpty());
        QVERIFY(listing(cwd).isEmpty()); // nothing written
    }

    void exportsIdsToAFolder()
    {
        const QString out = fresh(QStringLiteral("Ordner"));
        const QString a = id(packFiles().at(0).path), b = id(packFiles().at(1).path);
        const Run run = cli({QStringLiteral("export"), QStringLiteral("--to"), out, a, b});
        QVERIFY2(run.exitCode == 0, qPrintable(dump(run)));
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3); // one line per file, one summary
        QCOMPARE(lines.at(0), out + QStringLiteral("/Leistungsbeschreibung_LoRaWAN.txt"));
        QCOMPARE(lines.at(1), out + QStringLiteral("/Förderantrag_Straße.txt"));
        QVERIFY2(lines.at(2).contains(out), qPrintable(lines.at(2)));
        QCOMPARE(TestHelpers::readFile(lines.at(1)), packFiles().at(1).content);

        // Again: "Name (2)" instead of overwriting; with --replace the same names are overwritten.
        const Run again = cli({QStringLiteral("export"), QStringLiteral("--to"), out, a});
        QVERIFY2(again.exitCode == 0, qPrintable(dump(again)));
        QVERIFY(again.out.startsWith(out + QStringLiteral("/Leistungsbeschreibung_LoRaWAN (2).txt\n")));
        const Run replace = cli({QStringLiteral("export"), QStringLiteral("--to"), out, QStringLiteral("--replace"), a, b});
        QVERIFY2(replace.exitCode == 0, qPrintable(dump(replace)));
        QCOMPARE(listing(out), (QStringList{QStringLiteral("Förderantrag_Straße.txt"), QStringLiteral("Leistungsbeschreibung_LoRaWAN (2).txt"),
                                            QStringLiteral("Leistungsbeschreibung_LoRaWAN.txt")}));

        const Run byCategory = cli({QStringLiteral("export"), QStringLiteral("--to"), out + QStringLiteral("/k"),
                                    QStringLiteral("--by-category"), a});
        QVERIFY2(byCategory.exitCode == 0, qPrintable(dump(byCategory)));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/k/Vergabe/Leistungsbeschreibung_LoRaWAN.txt")));
    }

    void anExistingZipNeedsForce()
    {
        const QString zip = fresh(QStringLiteral("Zip")) + QStringLiteral("/Export.zip");
        const QString a = id(packFiles().at(0).path);
        const Run first = cli({QStringLiteral("export"), QStringLiteral("--zip"), zip, a});
        QVERIFY2(first.exitCode == 0, qPrintable(dump(first)));
        QVERIFY(first.out.startsWith(QStringLiteral("Leistungsbeschreibung_LoRaWAN.txt\n")));
        QVERIFY(first.out.contains(zip));
        const QByteArray bytes = TestHelpers::readFile(zip);
        QCOMPARE(zipMembers(zip), (QStringList{QStringLiteral("Leistungsbeschreibung_LoRaWAN.txt"), QStringLiteral("toolbox.json"),
                                               QStringLiteral("index.csv")}));

        const Run refused = cli({QStringLiteral("export"), QStringLiteral("--zip"), zip, id(packFiles().at(1).path)});
        QVERIFY2(refused.exitCode == 1, qPrintable(dump(refused)));
        QVERIFY2(refused.err.contains(QStringLiteral("--force")), qPrintable(refused.err));
        QCOMPARE(TestHelpers::readFile(zip), bytes);

        const Run forced = cli({QStringLiteral("export"), QStringLiteral("--zip"), zip, QStringLiteral("--force"), id(packFiles().at(1).path)});
        QVERIFY2(forced.exitCode == 0, qPrintable(dump(forced)));
        QCOMPARE(zipMembers(zip), (QStringList{QStringLiteral("Förderantrag_Straße.txt"), QStringLiteral("toolbox.json"),
                                               QStringLiteral("index.csv")}));
        QCOMPARE(listing(QFileInfo(zip).path()), QStringList{QStringLiteral("Export.zip")});
    }

    void queryExportsTheHits()
    {
        const QString zip = fresh(QStringLiteral("Treffer")) + QStringLiteral(".zip");
        const Run run = cli({QStringLiteral("export"), QStringLiteral("--zip"), zip, QStringLiteral("--by-category"),
                             QStringLiteral("--query"), QStringLiteral("tag:LoRaWAN")});
        QVERIFY2(run.exitCode == 0, qPrintable(dump(run)));
        QStringList members = zipMembers(zip);
        members.sort();
        QCOMPARE(members, (QStringList{QStringLiteral("LoRaWAN/Gateway-Standorte.txt"), QStringLiteral("Vergabe/Leistungsbeschreibung_LoRaWAN.txt"),
                                       QStringLiteral("index.csv"), QStringLiteral("toolbox.json")}));
        const Manifest manifest = Manifest::parse(zipMember(zip, QStringLiteral("toolbox.json")));
        QCOMPARE(manifest.entries().size(), 2);
        QCOMPARE(manifest.entryFor(QStringLiteral("LoRaWAN/Gateway-Standorte.txt"))->tags,
                 (QStringList{QStringLiteral("LoRaWAN"), QStringLiteral("Standorte")}));
        QCOMPARE(run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 3);

        const Run none = cli({QStringLiteral("export"), QStringLiteral("--zip"), zip + QStringLiteral(".leer.zip"),
                              QStringLiteral("--query"), QStringLiteral("xyzzyunbekannt")});
        QVERIFY2(none.exitCode == 1, qPrintable(dump(none)));
        QVERIFY(!QFileInfo::exists(zip + QStringLiteral(".leer.zip")));
    }

    void writesTheListAsCsv()
    {
        const QString csv = fresh(QStringLiteral("Liste")) + QStringLiteral(".csv");
        const Run run = cli({QStringLiteral("export"), QStringLiteral("--csv"), csv, QStringLiteral("--query"), QStringLiteral("")});
        QVERIFY2(run.exitCode == 0, qPrintable(dump(run)));
        const QByteArray bytes = TestHelpers::readFile(csv);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "Titel;Datei;Kategorie;"));
        QCOMPARE(bytes.count("\r\n"), packFiles().size() + 1);
        QVERIFY(bytes.contains(QStringLiteral("Förderantrag Straßenbeleuchtung;Förderantrag_Straße.txt;Förderung;").toUtf8()));
        const Run refused = cli({QStringLiteral("export"), QStringLiteral("--csv"), csv, id(packFiles().at(0).path)});
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(TestHelpers::readFile(csv), bytes);
    }

    void failuresExitWithOne()
    {
        // An unknown id: the others are exported, the exit code says not all went out.
        const QString out = fresh(QStringLiteral("Teilweise"));
        const Run unknown = cli({QStringLiteral("export"), QStringLiteral("--to"), out, id(packFiles().at(0).path), QStringLiteral("99999")});
        QVERIFY2(unknown.exitCode == 1, qPrintable(dump(unknown)));
        QVERIFY(unknown.err.contains(QStringLiteral("99999")));
        QCOMPARE(listing(out), QStringList{QStringLiteral("Leistungsbeschreibung_LoRaWAN.txt")});

        // A target below a regular file (fails as root too): named, nothing left.
        const QString file = TestHelpers::writeFile(fresh(QStringLiteral("Datei")), QStringLiteral("datei.txt"), "x");
        const Run folder = cli({QStringLiteral("export"), QStringLiteral("--to"), file + QStringLiteral("/sub"), id(packFiles().at(0).path)});
        QVERIFY2(folder.exitCode == 1, qPrintable(dump(folder)));
        QVERIFY2(folder.err.contains(file), qPrintable(folder.err));
        const Run zip = cli({QStringLiteral("export"), QStringLiteral("--zip"), file + QStringLiteral("/x.zip"), id(packFiles().at(0).path)});
        QVERIFY2(zip.exitCode == 1, qPrintable(dump(zip)));
        QVERIFY2(zip.err.contains(file), qPrintable(zip.err));
        QCOMPARE(listing(QFileInfo(file).path()), QStringList{QStringLiteral("datei.txt")});

        // A library that does not exist is not created by an export.
        const QString missing = fresh(QStringLiteral("keine-Bibliothek"));
        const Run noLibrary = cli({QStringLiteral("export"), QStringLiteral("--to"), out, QStringLiteral("1")}, missing);
        QCOMPARE(noLibrary.exitCode, 1);
        QVERIFY(!QFileInfo::exists(missing));
    }

    void aReadOnlyLibraryExports()
    {
        const QString zip = fresh(QStringLiteral("NurLesen")) + QStringLiteral(".zip");
        const Run run = cli({QStringLiteral("--read-only"), QStringLiteral("export"), QStringLiteral("--zip"), zip,
                             id(packFiles().at(2).path)});
        QVERIFY2(run.exitCode == 0, qPrintable(dump(run)));
        QVERIFY(zipMembers(zip).contains(QStringLiteral("Gateway-Standorte.txt")));
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "TestCliExport.moc"
