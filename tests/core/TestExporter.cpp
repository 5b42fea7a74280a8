#include "TestLibraryHelpers.h"
#include "core/export/Exporter.h"
#include "core/import/ArchiveReader.h"
#include "core/import/Importer.h"
#include "core/library/Library.h"
#include "core/library/TagNames.h"
#include "core/pack/Manifest.h"
#include "core/search/Searcher.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <atomic>
#include <memory>
#include <optional>
#include <unistd.h>

namespace {

// The fixture pack: German text files with a manifest whose values need care in a CSV (";", quotes,
// umlauts, a formula-like title) and two files of the same name in different folders.
struct PackFile
{
    QString path;
    QByteArray content;
    QString title;
    QString category;
    QString type;
    QStringList tags;
    QString municipality;
    int year = 0;
    QString description;
};

const QList<PackFile> &packFiles()
{
    static const QList<PackFile> files{
        {QStringLiteral("Vergabe/Leistungsbeschreibung.txt"),
         "Leistungsbeschreibung für den Aufbau eines LoRaWAN-Funknetzes mit Gateways.\n",
         QStringLiteral("Leistungsbeschreibung; LoRaWAN \"Funknetz\""), QStringLiteral("Vergabe"), QStringLiteral("Muster"),
         {QStringLiteral("LoRaWAN"), QStringLiteral("Vergabe/Ausschreibung")}, QStringLiteral("Gemeinde Musterbach"), 2023,
         QStringLiteral("Muster für die Ausschreibung eines kommunalen Funknetzes.")},
        {QStringLiteral("Förderung/Förderantrag Straße.txt"),
         "Förderantrag für die smarte Straßenbeleuchtung im Ortsteil Süd.\n",
         QStringLiteral("Förderantrag Smarte Straßenbeleuchtung"), QStringLiteral("Förderung"), QStringLiteral("Beispieldokument"),
         {QStringLiteral("Förderung/Land")}, QStringLiteral("Stadt Übersee"), 2021, QString()},
        {QStringLiteral("Vergabe/Bericht.txt"), "Bericht über das Vergabeverfahren für Sensoren.\n",
         QStringLiteral("Bericht Vergabe"), QStringLiteral("Vergabe"), QStringLiteral("Bericht"), {}, QString(), 2022, QString()},
        {QStringLiteral("Förderung/Bericht.txt"), "Bericht über den Mittelabruf des Förderprojekts.\n",
         QStringLiteral("Bericht Förderung"), QStringLiteral("Förderung"), QStringLiteral("Bericht"),
         {QStringLiteral("Förderung/Bund")}, QString(), 0, QString()},
        {QStringLiteral("Notizen.md"), "# Notizen\n\nOffene Punkte aus der Projektgruppe.\n",
         QStringLiteral("=1+1 Notizen"), QString(), QString(), {}, QString(), 0, QString()},
    };
    return files;
}

QByteArray fixtureManifest()
{
    QJsonArray documents;
    for (const PackFile &f : packFiles()) {
        QJsonObject o{{QStringLiteral("file"), f.path}, {QStringLiteral("title"), f.title}};
        if (!f.category.isEmpty())
            o.insert(QStringLiteral("category"), f.category);
        if (!f.type.isEmpty())
            o.insert(QStringLiteral("type"), f.type);
        if (!f.tags.isEmpty())
            o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(f.tags));
        if (!f.municipality.isEmpty())
            o.insert(QStringLiteral("municipality"), f.municipality);
        if (f.year > 0)
            o.insert(QStringLiteral("year"), f.year);
        if (!f.description.isEmpty())
            o.insert(QStringLiteral("description"), f.description);
        o.insert(QStringLiteral("license"), QStringLiteral("CC BY 4.0"));
        o.insert(QStringLiteral("language"), QStringLiteral("de"));
        documents.append(o);
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("smart-region-toolbox-pack")},
                           {QStringLiteral("formatVersion"), 1},
                           {QStringLiteral("pack"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Testpaket")}}},
                           {QStringLiteral("documents"), documents}};
    return QJsonDocument(root).toJson();
}

// The fixture's text files are extracted in this process; packs with PDFs and office files (the
// sample pack) in worker processes, as the programs do.
ImportOptions importOptions(bool isolate)
{
    ImportOptions o;
    o.threads = 2;
    o.isolateExtraction = isolate;
    return o;
}

std::unique_ptr<Library> openLibrary(const QString &path, bool readOnly = false)
{
    QString error;
    Library::OpenOptions options;
    options.readOnly = readOnly;
    auto library = Library::open(path, &error, options);
    if (!library)
        qWarning("cannot open the library %s: %s", qPrintable(path), qPrintable(error));
    return library;
}

bool importInto(Library &library, const QString &path, QString *problems = nullptr, bool isolate = false)
{
    const ImportReport report = Importer(library, importOptions(isolate)).run({path});
    QStringList lines = report.problemLines();
    bool ok = !report.cancelled && !report.failed() && !report.hasRejections();
    for (const ImportReport::Entry &e : report.entries)
        ok = ok && e.status != ImportReport::Status::ManifestProblem;
    if (problems)
        *problems = lines.join(QLatin1Char('\n'));
    return ok;
}

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

// Every entry below dir (hidden ones too), relative, sorted; folders end with "/".
QStringList listing(const QString &dir)
{
    QStringList entries;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        entries.append(QDir(dir).relativeFilePath(path) + (QFileInfo(path).isDir() ? QStringLiteral("/") : QString()));
    }
    entries.sort();
    return entries;
}

// The members of a zip, name → bytes, in the order of the archive.
struct ZipContent
{
    QStringList names;
    QMap<QString, QByteArray> data;
    QString error;
};

ZipContent readZip(const QString &path)
{
    ZipContent zip;
    ArchiveReader reader;
    if (!reader.open(path, &zip.error))
        return zip;
    ArchiveReader::Entry e;
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    while (reader.next(&e)) {
        QByteArray bytes;
        for (;;) {
            const qint64 n = reader.read(buffer.data(), buffer.size());
            if (n <= 0)
                break;
            bytes.append(buffer.constData(), n);
        }
        zip.names.append(e.path);
        zip.data.insert(e.path, bytes);
    }
    if (!reader.error().isEmpty())
        zip.error = reader.error();
    return zip;
}

// The central directory of a zip: name → general purpose flags (bit 11: the name is UTF-8).
QMap<QByteArray, quint16> centralDirectoryFlags(const QByteArray &zip)
{
    QMap<QByteArray, quint16> flags;
    const qsizetype eocd = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
    if (eocd < 0 || eocd + 22 > zip.size())
        return flags;
    const uchar *base = reinterpret_cast<const uchar *>(zip.constData());
    const quint16 count = qFromLittleEndian<quint16>(base + eocd + 10);
    qsizetype at = qFromLittleEndian<quint32>(base + eocd + 16);
    for (int i = 0; i < count && at + 46 <= zip.size(); ++i) {
        if (zip.mid(at, 4) != QByteArray("PK\x01\x02", 4))
            break;
        const quint16 flag = qFromLittleEndian<quint16>(base + at + 8);
        const quint16 nameLength = qFromLittleEndian<quint16>(base + at + 28);
        const quint16 extraLength = qFromLittleEndian<quint16>(base + at + 30);
        const quint16 commentLength = qFromLittleEndian<quint16>(base + at + 32);
        flags.insert(zip.mid(at + 46, nameLength), flag);
        at += 46 + nameLength + extraLength + commentLength;
    }
    return flags;
}

QStringList sortedTags(QStringList tags)
{
    for (QString &t : tags)
        t = TagNames::key(t);
    tags.sort();
    return tags;
}

} // namespace

class TestExporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_packDir;
    std::unique_ptr<Library> m_library;
    QHash<QString, qint64> m_idByPath;   // fixture path → document id
    QHash<QString, QByteArray> m_bytes;  // sha256 → content

    qint64 id(const QString &path) const { return m_idByPath.value(path); }
    QList<qint64> allIds() const
    {
        QList<qint64> ids;
        for (const PackFile &f : packFiles())
            ids.append(id(f.path));
        return ids;
    }
    QString fresh(const QString &name) const
    {
        static int n = 0;
        return m_dir.filePath(QStringLiteral("%1-%2").arg(name).arg(++n));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_packDir = m_dir.filePath(QStringLiteral("Testpaket"));
        for (const PackFile &f : packFiles()) {
            TestHelpers::writeFile(m_packDir, f.path, f.content);
            m_bytes.insert(sha256(f.content), f.content);
        }
        TestHelpers::writeFile(m_packDir, QStringLiteral("toolbox.json"), fixtureManifest());
        m_library = openLibrary(m_dir.filePath(QStringLiteral("Bibliothek")));
        QVERIFY(m_library);
        QString problems;
        QVERIFY2(importInto(*m_library, m_packDir, &problems), qPrintable(problems));
        for (const PackFile &f : packFiles()) {
            const auto doc = m_library->catalog().documentBySha256(sha256(f.content));
            QVERIFY2(doc, qPrintable(f.path));
            QCOMPARE(doc->title, f.title);
            m_idByPath.insert(f.path, doc->id);
        }
    }

    void uniqueNamesCountUp()
    {
        QSet<QString> taken{QStringLiteral("Bericht.pdf"), QStringLiteral("Bericht (2).pdf"), QStringLiteral("LIESMICH"),
                            QStringLiteral("paket.tar.gz"), QStringLiteral(".profile")};
        auto isTaken = [&](const QString &name) { return taken.contains(name); };
        QCOMPARE(Exporter::uniqueName(QStringLiteral("Neu.pdf"), isTaken), QStringLiteral("Neu.pdf"));
        QCOMPARE(Exporter::uniqueName(QStringLiteral("Bericht.pdf"), isTaken), QStringLiteral("Bericht (3).pdf"));
        QCOMPARE(Exporter::uniqueName(QStringLiteral("LIESMICH"), isTaken), QStringLiteral("LIESMICH (2)"));
        QCOMPARE(Exporter::uniqueName(QStringLiteral("paket.tar.gz"), isTaken), QStringLiteral("paket (2).tar.gz"));
        QCOMPARE(Exporter::uniqueName(QStringLiteral(".profile"), isTaken), QStringLiteral(".profile (2)"));
    }

    void fileNamesAreMadeSafe()
    {
        QCOMPARE(Exporter::safeFileName(QStringLiteral("Förderantrag.pdf")), QStringLiteral("Förderantrag.pdf"));
        QCOMPARE(Exporter::safeFileName(QStringLiteral("a/b\\c:d*e?f\"g<h>i|j.txt")), QStringLiteral("a_b_c_d_e_f_g_h_i_j.txt"));
        QCOMPARE(Exporter::safeFileName(QStringLiteral("  Bericht. . ")), QStringLiteral("Bericht"));
        QCOMPARE(Exporter::safeFileName(QStringLiteral("Zeile\nzwei.txt")), QStringLiteral("Zeile_zwei.txt"));
        QVERIFY(!Exporter::safeFileName(QString()).isEmpty());
        QVERIFY(!Exporter::safeFileName(QStringLiteral("..")).isEmpty());
        QVERIFY(Exporter::safeFileName(QStringLiteral("..")) != QStringLiteral(".."));
        const QString longName = Exporter::safeFileName(QString(300, QChar(0x00FC)) + QStringLiteral(".pdf"));
        QVERIFY(longName.toUtf8().size() <= 200);
        QVERIFY(longName.endsWith(QStringLiteral(".pdf")));
    }

    void windowsReservedNamesAreAvoided()
    {
        // Windows cannot open these device names, with or without an extension.
        for (const char *name : {"CON.pdf", "aux.docx", "nul.txt", "COM1", "LPT1", "con", "Prn.tar.gz", "com9.odt"})
            QCOMPARE(Exporter::safeFileName(QString::fromLatin1(name)), QLatin1Char('_') + QString::fromLatin1(name));
        for (const char *name : {"CONTRACT.pdf", "Auxiliar.txt", "COM10.txt", "nullen.txt", "LPT.txt"})
            QCOMPARE(Exporter::safeFileName(QString::fromLatin1(name)), QString::fromLatin1(name));
    }

    void aLinkedCategoryFolderInTheTargetIsNotWrittenThrough()
    {
        const QString out = fresh(QStringLiteral("VerlinkteKategorie"));
        const QString elsewhere = fresh(QStringLiteral("Anderswo"));
        QVERIFY(QDir().mkpath(out) && QDir().mkpath(elsewhere));
        QVERIFY(QFile::link(elsewhere, out + QStringLiteral("/Vergabe")));
        Exporter::Options options;
        options.byCategory = true;
        options.replaceExisting = true;
        const Exporter::Result result = Exporter(*m_library, options).exportToFolder(allIds(), out);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        // The two documents of that category are refused with the reason; the others are written.
        QCOMPARE(result.problems.size(), 2);
        for (const QString &problem : result.problems)
            QVERIFY2(problem.contains(QStringLiteral("symbolic link")), qPrintable(problem));
        QCOMPARE(result.written.size(), 3);
        QVERIFY(QDir(elsewhere).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    }

    void aLinkedFileInTheTargetIsNeverWrittenThrough()
    {
        const QString out = fresh(QStringLiteral("VerlinkteDatei"));
        const QString victim = TestHelpers::writeFile(fresh(QStringLiteral("Opfer")), QStringLiteral("wichtig.txt"), "wichtig");
        QVERIFY(QDir().mkpath(out));
        QVERIFY(QFile::link(victim, out + QStringLiteral("/Notizen.md")));
        const QList<qint64> ids{id(QStringLiteral("Notizen.md"))};

        // Without replace the link is a taken name; with replace it is refused. Never written through.
        const Exporter::Result plain = Exporter(*m_library).exportToFolder(ids, out);
        QVERIFY2(plain.ok(), qPrintable(plain.error));
        QCOMPARE(QFileInfo(plain.written.value(0)).fileName(), QStringLiteral("Notizen (2).md"));
        Exporter::Options options;
        options.replaceExisting = true;
        const Exporter::Result replacing = Exporter(*m_library, options).exportToFolder(ids, out);
        QCOMPARE(replacing.problems.size(), 1);
        QVERIFY(replacing.problems.first().contains(QStringLiteral("symbolic link")));
        QVERIFY(replacing.written.isEmpty());
        QCOMPARE(TestHelpers::readFile(victim), QByteArray("wichtig"));
        QVERIFY(QFileInfo(out + QStringLiteral("/Notizen.md")).isSymLink());

        // A zip or a CSV list whose name is a link is refused too, even when replacing is allowed.
        Exporter::Options overwrite;
        overwrite.overwriteZip = true;
        QVERIFY(QFile::link(victim, out + QStringLiteral("/paket.zip")));
        const Exporter::Result zip = Exporter(*m_library, overwrite).exportToZip(ids, out + QStringLiteral("/paket.zip"));
        QVERIFY(zip.error.contains(QStringLiteral("symbolic link")));
        QVERIFY(QFile::link(victim, out + QStringLiteral("/liste.csv")));
        QString error;
        QVERIFY(!Exporter::writeCsv(m_library->catalog().documents(), out + QStringLiteral("/liste.csv"), &error, true));
        QVERIFY(error.contains(QStringLiteral("symbolic link")));
        QCOMPARE(TestHelpers::readFile(victim), QByteArray("wichtig"));
        // Nothing is left behind beside the links.
        const QStringList left = QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
        QCOMPARE(left, (QStringList{QStringLiteral("Notizen (2).md"), QStringLiteral("Notizen.md"), QStringLiteral("liste.csv"),
                                    QStringLiteral("paket.zip")}));
    }

    void csvIsForGermanSpreadsheets()
    {
        DocumentRecord a;
        a.title = QStringLiteral("Leistungsbeschreibung; LoRaWAN \"Funknetz\"");
        a.filename = QStringLiteral("Leistungsbeschreibung.pdf");
        a.category = QStringLiteral("Vergabe");
        a.type = QStringLiteral("Muster");
        a.tags = {QStringLiteral("LoRaWAN"), QStringLiteral("Vergabe/Ausschreibung")};
        a.municipality = QStringLiteral("Gemeinde Musterbach");
        a.year = 2023;
        a.license = QStringLiteral("CC BY 4.0");
        a.format = QStringLiteral("pdf");
        a.pages = 12;
        a.sha256 = QString(64, QLatin1Char('a'));
        DocumentRecord b;
        b.title = QStringLiteral("Förderantrag Straße\nzweite Zeile");
        b.filename = QStringLiteral("Förderantrag.txt");
        b.tags = {QStringLiteral("@Förderung")};
        b.format = QStringLiteral("txt");
        b.sha256 = QString(64, QLatin1Char('b'));

        const QByteArray expected
            = QByteArray("\xEF\xBB\xBF")
            + QStringLiteral("Titel;Datei;Kategorie;Dokumenttyp;Schlagwörter;Kommune;Jahr;Lizenz;Format;Seiten;SHA-256\r\n"
                             "\"Leistungsbeschreibung; LoRaWAN \"\"Funknetz\"\"\";Vergabe/Leistungsbeschreibung.pdf;Vergabe;Muster;"
                             "LoRaWAN, Vergabe/Ausschreibung;Gemeinde Musterbach;2023;CC BY 4.0;pdf;12;%1\r\n"
                             // Control characters held in the catalog are shown, not passed on.
                             "Förderantrag Straße\\x0azweite Zeile;Förderantrag.txt;;;'@Förderung;;;;txt;;%2\r\n")
                  .arg(a.sha256, b.sha256)
                  .toUtf8();
        const QByteArray csv = Exporter::csv({a, b}, {QStringLiteral("Vergabe/Leistungsbeschreibung.pdf")});
        QCOMPARE(csv, expected);
        // Without paths the Datei column holds the file names.
        QVERIFY(Exporter::csv({a}).contains(";Leistungsbeschreibung.pdf;"));

        const QString path = fresh(QStringLiteral("liste")) + QStringLiteral("/Trefferliste.csv");
        QString error;
        QVERIFY2(Exporter::writeCsv({a, b}, path, &error), qPrintable(error));
        QCOMPARE(TestHelpers::readFile(path), Exporter::csv({a, b}));
        QVERIFY(!Exporter::writeCsv({a}, path, &error, /*overwrite=*/false));
        QVERIFY2(error.contains(QFileInfo(path).fileName()), qPrintable(error));
        QCOMPARE(TestHelpers::readFile(path), Exporter::csv({a, b}));
        QVERIFY2(Exporter::writeCsv({a}, path, &error, /*overwrite=*/true), qPrintable(error));
        QCOMPARE(TestHelpers::readFile(path), Exporter::csv({a}));
        QCOMPARE(listing(QFileInfo(path).path()), QStringList{QStringLiteral("Trefferliste.csv")});
    }

    void exportsToAFolderWithOriginalNamesAndBytes()
    {
        const QString out = fresh(QStringLiteral("Ordner")) + QStringLiteral("/neu/Export");
        QList<QPair<int, int>> steps;
        QStringList current;
        const Exporter::Result result = Exporter(*m_library).exportToFolder(allIds(), out, [&](int done, int total, const QString &file) {
            steps.append({done, total});
            current.append(file);
        });
        QVERIFY2(result.ok(), qPrintable(result.error + result.problems.join(QLatin1Char('\n'))));
        QCOMPARE(result.target, QDir::cleanPath(out));
        QCOMPARE(listing(out), (QStringList{QStringLiteral("Bericht (2).txt"), QStringLiteral("Bericht.txt"),
                                            QStringLiteral("Förderantrag Straße.txt"), QStringLiteral("Leistungsbeschreibung.txt"),
                                            QStringLiteral("Notizen.md")}));
        // The documents in the order asked, each file with the bytes of its document.
        QCOMPARE(result.written.size(), packFiles().size());
        for (int i = 0; i < packFiles().size(); ++i) {
            QCOMPARE(QFileInfo(result.written.at(i)).path(), QDir::cleanPath(out));
            QCOMPARE(TestHelpers::readFile(result.written.at(i)), packFiles().at(i).content);
        }
        QCOMPARE(QFileInfo(result.written.at(2)).fileName(), QStringLiteral("Bericht.txt"));
        QCOMPARE(QFileInfo(result.written.at(3)).fileName(), QStringLiteral("Bericht (2).txt"));
        QVERIFY(QFileInfo(result.written.first()).permissions().testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        // Progress: one step per document, then done.
        QCOMPARE(steps.size(), packFiles().size() + 1);
        QCOMPARE(steps.first(), (QPair<int, int>(0, 5)));
        QCOMPARE(steps.last(), (QPair<int, int>(5, 5)));
        QCOMPARE(current.first(), QStringLiteral("Leistungsbeschreibung.txt"));
        QVERIFY(current.last().isEmpty());
    }

    void exportsByCategory()
    {
        const QString out = fresh(QStringLiteral("Kategorien"));
        Exporter::Options options;
        options.byCategory = true;
        const Exporter::Result result = Exporter(*m_library, options).exportToFolder(allIds(), out);
        QVERIFY2(result.ok(), qPrintable(result.error + result.problems.join(QLatin1Char('\n'))));
        QCOMPARE(listing(out), (QStringList{QStringLiteral("Förderung/"), QStringLiteral("Förderung/Bericht.txt"),
                                            QStringLiteral("Förderung/Förderantrag Straße.txt"), QStringLiteral("Notizen.md"),
                                            QStringLiteral("Vergabe/"), QStringLiteral("Vergabe/Bericht.txt"),
                                            QStringLiteral("Vergabe/Leistungsbeschreibung.txt")}));
        for (const PackFile &f : packFiles())
            QCOMPARE(TestHelpers::readFile(out + QLatin1Char('/') + f.path), f.content);
    }

    void nameClashesNeverOverwrite()
    {
        const QString out = fresh(QStringLiteral("Konflikte"));
        TestHelpers::writeFile(out, QStringLiteral("Bericht.txt"), "schon da");
        const QList<qint64> ids{id(QStringLiteral("Vergabe/Bericht.txt")), id(QStringLiteral("Förderung/Bericht.txt"))};
        const Exporter::Result result = Exporter(*m_library).exportToFolder(ids, out);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(listing(out), (QStringList{QStringLiteral("Bericht (2).txt"), QStringLiteral("Bericht (3).txt"), QStringLiteral("Bericht.txt")}));
        QCOMPARE(TestHelpers::readFile(out + QStringLiteral("/Bericht.txt")), QByteArray("schon da"));
        QCOMPARE(TestHelpers::readFile(out + QStringLiteral("/Bericht (2).txt")), packFiles().at(2).content);
        QCOMPARE(TestHelpers::readFile(out + QStringLiteral("/Bericht (3).txt")), packFiles().at(3).content);

        // Again: the names go on counting.
        const Exporter::Result again = Exporter(*m_library).exportToFolder(ids, out);
        QVERIFY(again.ok());
        QCOMPARE(QFileInfo(again.written.at(0)).fileName(), QStringLiteral("Bericht (4).txt"));
        QCOMPARE(QFileInfo(again.written.at(1)).fileName(), QStringLiteral("Bericht (5).txt"));
    }

    void replaceOverwritesOnlyWhatWasThere()
    {
        const QString out = fresh(QStringLiteral("Ersetzen"));
        TestHelpers::writeFile(out, QStringLiteral("Bericht.txt"), "alt");
        TestHelpers::writeFile(out, QStringLiteral("Anderes.txt"), "bleibt");
        Exporter::Options options;
        options.replaceExisting = true;
        const QList<qint64> ids{id(QStringLiteral("Vergabe/Bericht.txt")), id(QStringLiteral("Förderung/Bericht.txt"))};
        const Exporter::Result result = Exporter(*m_library, options).exportToFolder(ids, out);
        QVERIFY2(result.ok(), qPrintable(result.error));
        // The old Bericht.txt is replaced; the second Bericht of this export still gets its own name.
        QCOMPARE(listing(out), (QStringList{QStringLiteral("Anderes.txt"), QStringLiteral("Bericht (2).txt"), QStringLiteral("Bericht.txt")}));
        QCOMPARE(TestHelpers::readFile(out + QStringLiteral("/Bericht.txt")), packFiles().at(2).content);
        QCOMPARE(TestHelpers::readFile(out + QStringLiteral("/Bericht (2).txt")), packFiles().at(3).content);
        QCOMPARE(TestHelpers::readFile(out + QStringLiteral("/Anderes.txt")), QByteArray("bleibt"));
        // Run again: the same two files are replaced, no third name appears.
        QVERIFY(Exporter(*m_library, options).exportToFolder(ids, out).ok());
        QCOMPARE(listing(out).size(), 3);
    }

    void writesAZipWithManifestAndIndex()
    {
        const QString zipPath = fresh(QStringLiteral("Zip")) + QStringLiteral("/Export Förderung.zip");
        Exporter::Options options;
        options.byCategory = true;
        const Exporter::Result result = Exporter(*m_library, options).exportToZip(allIds(), zipPath);
        QVERIFY2(result.ok(), qPrintable(result.error + result.problems.join(QLatin1Char('\n'))));
        QCOMPARE(listing(QFileInfo(zipPath).path()), QStringList{QStringLiteral("Export Förderung.zip")}); // no temporaries left
        const QStringList members{QStringLiteral("Vergabe/Leistungsbeschreibung.txt"), QStringLiteral("Förderung/Förderantrag Straße.txt"),
                                  QStringLiteral("Vergabe/Bericht.txt"), QStringLiteral("Förderung/Bericht.txt"),
                                  QStringLiteral("Notizen.md")};
        QCOMPARE(result.written, members);

        const ZipContent zip = readZip(zipPath);
        QVERIFY2(zip.error.isEmpty(), qPrintable(zip.error));
        QCOMPARE(zip.names, (members + QStringList{QStringLiteral("toolbox.json"), QStringLiteral("index.csv")}));
        for (const PackFile &f : packFiles())
            QCOMPARE(zip.data.value(f.path), f.content);
        // Names are stored as UTF-8 and flagged so (bit 11), so umlauts survive in every unzip tool.
        const QMap<QByteArray, quint16> flags = centralDirectoryFlags(TestHelpers::readFile(zipPath));
        QCOMPARE(flags.size(), 7);
        QVERIFY(flags.contains(QStringLiteral("Förderung/Förderantrag Straße.txt").toUtf8()));
        QVERIFY(flags.value(QStringLiteral("Förderung/Förderantrag Straße.txt").toUtf8()) & 0x0800);

        // toolbox.json: the pack manifest format, every file with its metadata.
        const Manifest manifest = Manifest::parse(zip.data.value(QStringLiteral("toolbox.json")));
        QVERIFY2(manifest.problems().isEmpty(), qPrintable(manifest.problems().join(QLatin1Char('\n'))));
        QCOMPARE(manifest.pack().name, Exporter::defaultPackName(QDate::currentDate()));
        QVERIFY(manifest.pack().name.startsWith(QStringLiteral("Export ")));
        QCOMPARE(manifest.pack().date, QDate::currentDate().toString(Qt::ISODate));
        QCOMPARE(manifest.entries().size(), packFiles().size());
        for (const PackFile &f : packFiles()) {
            const Manifest::Entry *e = manifest.entryFor(f.path);
            QVERIFY2(e, qPrintable(f.path));
            QCOMPARE(e->title, f.title);
            QCOMPARE(e->category, f.category);
            QCOMPARE(e->type, f.type);
            QCOMPARE(e->tags, f.tags);
            QCOMPARE(e->municipality, f.municipality);
            QCOMPARE(e->year, f.year);
            QCOMPARE(e->description, f.description);
            QCOMPARE(e->license, QStringLiteral("CC BY 4.0"));
            QCOMPARE(e->language, QStringLiteral("de"));
        }
        QVERIFY(QJsonDocument::fromJson(zip.data.value(QStringLiteral("toolbox.json"))).object().value(QStringLiteral("format")).toString()
                == QLatin1String(Manifest::FormatName));

        // index.csv: BOM, ";", CRLF only, German header, umlauts, quoting, the paths in the zip.
        const QByteArray csv = zip.data.value(QStringLiteral("index.csv"));
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(csv.count("\n"), csv.count("\r\n"));
        QVERIFY(csv.endsWith("\r\n"));
        const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.size(), packFiles().size() + 2); // header, rows, "" after the last CRLF
        QCOMPARE(lines.first(), QStringLiteral("Titel;Datei;Kategorie;Dokumenttyp;Schlagwörter;Kommune;Jahr;Lizenz;Format;Seiten;SHA-256"));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("\"Leistungsbeschreibung; LoRaWAN \"\"Funknetz\"\"\";Vergabe/Leistungsbeschreibung.txt;"
                                                       "Vergabe;Muster;LoRaWAN, Vergabe/Ausschreibung;Gemeinde Musterbach;2023;CC BY 4.0;txt;")),
                 qPrintable(lines.at(1)));
        QVERIFY(lines.at(1).endsWith(sha256(packFiles().at(0).content)));
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("Förderantrag Smarte Straßenbeleuchtung;Förderung/Förderantrag Straße.txt;Förderung;"
                                                       "Beispieldokument;Förderung/Land;Stadt Übersee;2021;")),
                 qPrintable(lines.at(2)));
        QVERIFY2(lines.at(5).startsWith(QStringLiteral("'=1+1 Notizen;Notizen.md;;;;;;")), qPrintable(lines.at(5)));
        QCOMPARE(lines.at(1).count(QLatin1Char(';')) - 1, 10); // 11 columns (one ";" inside the quoted title)
    }

    void aFlatZipNamesClashesLikeAFolder()
    {
        const QString zipPath = fresh(QStringLiteral("Flach")) + QStringLiteral(".zip");
        const Exporter::Result result = Exporter(*m_library).exportToZip(allIds(), zipPath);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.written, (QStringList{QStringLiteral("Leistungsbeschreibung.txt"), QStringLiteral("Förderantrag Straße.txt"),
                                               QStringLiteral("Bericht.txt"), QStringLiteral("Bericht (2).txt"), QStringLiteral("Notizen.md")}));
        const ZipContent zip = readZip(zipPath);
        QCOMPARE(zip.data.value(QStringLiteral("Bericht (2).txt")), packFiles().at(3).content);
        const Manifest manifest = Manifest::parse(zip.data.value(QStringLiteral("toolbox.json")));
        QVERIFY(manifest.entryFor(QStringLiteral("Bericht (2).txt")));
        QCOMPARE(manifest.entryFor(QStringLiteral("Bericht (2).txt"))->title, QStringLiteral("Bericht Förderung"));
        QCOMPARE(manifest.entryFor(QStringLiteral("Bericht (2).txt"))->category, QStringLiteral("Förderung"));
        QVERIFY(zip.data.value(QStringLiteral("index.csv")).contains(";Bericht (2).txt;"));
    }

    void aDocumentNamedLikeTheIndexDoesNotClash()
    {
        QTemporaryDir dir;
        auto library = openLibrary(dir.filePath(QStringLiteral("lib")));
        QVERIFY(library);
        TestHelpers::writeFile(dir.filePath(QStringLiteral("pack")), QStringLiteral("index.csv"), "a;b\r\n1;2\r\n");
        QVERIFY(importInto(*library, dir.filePath(QStringLiteral("pack"))));
        const QString zipPath = dir.filePath(QStringLiteral("x.zip"));
        const Exporter::Result result = Exporter(*library).exportToZip(library->catalog().documentIds(), zipPath);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.written, QStringList{QStringLiteral("index (2).csv")});
        QCOMPARE(readZip(zipPath).data.value(QStringLiteral("index (2).csv")), QByteArray("a;b\r\n1;2\r\n"));
    }

    void roundTripReproducesTheDocuments_data()
    {
        QTest::addColumn<bool>("samplePack");
        QTest::addColumn<bool>("byCategory");
        QTest::newRow("fixture, flat") << false << false;
        QTest::newRow("sample pack, by category") << true << true;
        QTest::newRow("sample pack, flat") << true << false;
    }
    void roundTripReproducesTheDocuments()
    {
        QFETCH(bool, samplePack);
        QFETCH(bool, byCategory);
        QTemporaryDir dir;
        std::unique_ptr<Library> source;
        Library *from = m_library.get();
        if (samplePack) {
            if (!QFileInfo::exists(TestHelpers::samplePackPath() + QStringLiteral("/toolbox.json")))
                QSKIP("resources/sample-pack has not been generated");
            source = openLibrary(dir.filePath(QStringLiteral("Quelle")));
            QVERIFY(source);
            QString problems;
            importInto(*source, TestHelpers::samplePackPath(), &problems, /*isolate=*/true);
            QVERIFY2(source->catalog().documents().size() > 20, qPrintable(problems));
            from = source.get();
        }
        const QList<DocumentRecord> originals = from->catalog().documents();
        Exporter::Options options;
        options.byCategory = byCategory;
        const QString zipPath = dir.filePath(QStringLiteral("Rundreise.zip"));
        const Exporter::Result result = Exporter(*from, options).exportToZip(from->catalog().documentIds(), zipPath);
        QVERIFY2(result.ok(), qPrintable(result.error + result.problems.join(QLatin1Char('\n'))));

        auto target = openLibrary(dir.filePath(QStringLiteral("Ziel")));
        QVERIFY(target);
        QString problems;
        QVERIFY2(importInto(*target, zipPath, &problems, /*isolate=*/samplePack), qPrintable(problems));
        QHash<QString, DocumentRecord> imported;
        for (const DocumentRecord &d : target->catalog().documents())
            imported.insert(d.sha256, d);
        for (const DocumentRecord &original : originals) {
            QVERIFY2(imported.contains(original.sha256), qPrintable(original.filename));
            const DocumentRecord copy = imported.take(original.sha256);
            QCOMPARE(copy.title, original.title);
            QCOMPARE(copy.description, original.description);
            QCOMPARE(copy.category, original.category);
            QCOMPARE(copy.type, original.type);
            QCOMPARE(sortedTags(copy.tags), sortedTags(original.tags));
            QCOMPARE(copy.municipality, original.municipality);
            QCOMPARE(copy.year, original.year);
            QCOMPARE(copy.license, original.license);
            QCOMPARE(copy.language, original.language);
            QCOMPARE(copy.format, original.format);
            QCOMPARE(copy.size, original.size);
            // The sample pack's templates declare placeholders (#14); the exported manifest keeps them.
            QCOMPARE(target->catalog().declaredPlaceholders(copy.id), from->catalog().declaredPlaceholders(original.id));
        }
        if (samplePack) {
            const auto declaring = std::count_if(originals.cbegin(), originals.cend(), [&](const DocumentRecord &d) {
                return !from->catalog().declaredPlaceholders(d.id).isEmpty();
            });
            QCOMPARE(declaring, 3);
        }
        // Nothing else came in: the index.csv beside toolbox.json is the pack's, not a document.
        QVERIFY2(imported.isEmpty(), qPrintable(imported.isEmpty() ? QString() : imported.begin()->filename));
        QCOMPARE(target->catalog().stats().documents, qint64(originals.size()));
        const auto pack = target->catalog().latestPackNamed(Exporter::defaultPackName(QDate::currentDate()));
        QVERIFY(pack);
    }

    void aDamagedStoredFileIsReportedByName()
    {
        QTemporaryDir dir;
        auto library = openLibrary(dir.filePath(QStringLiteral("lib")));
        QVERIFY(library);
        QVERIFY(importInto(*library, m_packDir));
        const auto damaged = library->catalog().documentBySha256(sha256(packFiles().at(0).content));
        const auto missing = library->catalog().documentBySha256(sha256(packFiles().at(4).content));
        QVERIFY(damaged && missing);
        const QString stored = library->store().pathFor(damaged->sha256);
        QFile::setPermissions(stored, QFile::ReadOwner | QFile::WriteOwner);
        TestHelpers::writeFile(QFileInfo(stored).path(), QFileInfo(stored).fileName(), "verdorben");
        QVERIFY(QFile::remove(library->store().pathFor(missing->sha256)));
        const QList<qint64> ids = library->catalog().documentIds();

        const QString out = dir.filePath(QStringLiteral("Ordner"));
        const Exporter::Result folder = Exporter(*library).exportToFolder(ids, out);
        QVERIFY(folder.error.isEmpty());
        QVERIFY(!folder.ok());
        QCOMPARE(folder.problems.size(), 2);
        QVERIFY2(folder.problems.join(QLatin1Char('\n')).contains(QStringLiteral("Leistungsbeschreibung.txt")), qPrintable(folder.problems.join(QLatin1Char('\n'))));
        QVERIFY2(folder.problems.join(QLatin1Char('\n')).contains(QStringLiteral("Notizen.md")), qPrintable(folder.problems.join(QLatin1Char('\n'))));
        QCOMPARE(folder.written.size(), 3);
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/Leistungsbeschreibung.txt")));
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/Notizen.md")));
        QCOMPARE(listing(out).size(), 3); // and no temporary left behind

        const QString zipPath = dir.filePath(QStringLiteral("x.zip"));
        const Exporter::Result zip = Exporter(*library).exportToZip(ids, zipPath);
        QVERIFY(zip.error.isEmpty());
        QCOMPARE(zip.problems.size(), 2);
        QVERIFY(zip.problems.join(QLatin1Char('\n')).contains(QStringLiteral("Leistungsbeschreibung.txt")));
        const ZipContent content = readZip(zipPath);
        QCOMPARE(content.names.size(), 3 + 2);
        QVERIFY(!content.names.contains(QStringLiteral("Leistungsbeschreibung.txt")));
        const Manifest manifest = Manifest::parse(content.data.value(QStringLiteral("toolbox.json")));
        QCOMPARE(manifest.entries().size(), 3);
        QVERIFY(!manifest.entryFor(QStringLiteral("Leistungsbeschreibung.txt")));
        QVERIFY(!content.data.value(QStringLiteral("index.csv")).contains("Leistungsbeschreibung.txt"));

        // Only damaged files: nothing to write, no zip.
        const QString none = dir.filePath(QStringLiteral("none.zip"));
        const Exporter::Result nothing = Exporter(*library).exportToZip({damaged->id}, none);
        QVERIFY(!nothing.error.isEmpty());
        QCOMPARE(nothing.problems.size(), 1);
        QVERIFY(!QFileInfo::exists(none));
    }

    void unknownIdsAreReported()
    {
        const QString out = fresh(QStringLiteral("Unbekannt"));
        const Exporter::Result result = Exporter(*m_library).exportToFolder({id(QStringLiteral("Notizen.md")), 987654}, out);
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.problems.size(), 1);
        QVERIFY(result.problems.first().contains(QStringLiteral("987654")));
        QCOMPARE(listing(out), QStringList{QStringLiteral("Notizen.md")});
        QVERIFY(!Exporter(*m_library).exportToFolder({}, out).error.isEmpty());
        QVERIFY(!Exporter(*m_library).exportToZip({987654}, out + QStringLiteral(".zip")).error.isEmpty());
        QVERIFY(!QFileInfo::exists(out + QStringLiteral(".zip")));
    }

    void cancellingAFolderExportLeavesTheFolderAsItWas()
    {
        const QString out = fresh(QStringLiteral("Abbruch"));
        TestHelpers::writeFile(out, QStringLiteral("Leistungsbeschreibung.txt"), "alt");
        TestHelpers::writeFile(out, QStringLiteral("behalten.txt"), "bleibt");
        const QStringList before = listing(out);
        for (bool replace : {false, true}) {
            Exporter::Options options;
            options.byCategory = !replace;
            options.replaceExisting = replace;
            std::atomic_bool cancel{false};
            int calls = 0;
            const Exporter::Result result = Exporter(*m_library, options).exportToFolder(allIds(), out, [&](int done, int, const QString &) {
                ++calls;
                if (done == 1) {
                    // The first file is in place now: in a new category folder, or in place of the
                    // old file, which waits hidden beside it until the export is through.
                    QCOMPARE(listing(out).size(), before.size() + (replace ? 1 : 2));
                    cancel = true;
                }
            }, &cancel);
            QVERIFY(result.cancelled);
            QVERIFY(!result.ok());
            QVERIFY(result.written.isEmpty());
            QCOMPARE(calls, 2);
            QCOMPARE(listing(out), before);
            QCOMPARE(TestHelpers::readFile(out + QStringLiteral("/Leistungsbeschreibung.txt")), QByteArray("alt"));
        }
        // A folder the export created goes again.
        const QString created = fresh(QStringLiteral("Neu")) + QStringLiteral("/Unterordner");
        std::atomic_bool cancel{false};
        const Exporter::Result result = Exporter(*m_library).exportToFolder(allIds(), created, [&](int done, int, const QString &) {
            if (done == 1)
                cancel = true;
        }, &cancel);
        QVERIFY(result.cancelled);
        QVERIFY(!QFileInfo::exists(created));
        QVERIFY(!QFileInfo::exists(QFileInfo(created).path()));
    }

    void cancellingAZipExportLeavesNoZip()
    {
        const QString folder = fresh(QStringLiteral("ZipAbbruch"));
        TestHelpers::writeFile(folder, QStringLiteral("anderes.txt"), "bleibt");
        const QString zipPath = folder + QStringLiteral("/Export.zip");
        std::atomic_bool cancel{false};
        const Exporter::Result result = Exporter(*m_library).exportToZip(allIds(), zipPath, [&](int done, int, const QString &) {
            if (done == 1)
                cancel = true;
        }, &cancel);
        QVERIFY(result.cancelled);
        QVERIFY(result.written.isEmpty());
        QCOMPARE(listing(folder), QStringList{QStringLiteral("anderes.txt")});

        // Cancelled before it began: nothing either, and an existing zip (with overwriteZip) stays.
        TestHelpers::writeFile(folder, QStringLiteral("Export.zip"), "altes Archiv");
        Exporter::Options options;
        options.overwriteZip = true;
        std::atomic_bool already{true};
        QVERIFY(Exporter(*m_library, options).exportToZip(allIds(), zipPath, {}, &already).cancelled);
        QCOMPARE(TestHelpers::readFile(zipPath), QByteArray("altes Archiv"));
        QCOMPARE(listing(folder), (QStringList{QStringLiteral("Export.zip"), QStringLiteral("anderes.txt")}));

        // The folders made for the zip go again, the deepest too (it held the unfinished zip).
        const QString made = fresh(QStringLiteral("ZipNeu"));
        const QString deepZip = made + QStringLiteral("/Gemeinde/Export.zip");
        cancel = false;
        QVERIFY(Exporter(*m_library)
                    .exportToZip(
                        allIds(), deepZip,
                        [&](int done, int, const QString &) {
                            if (done == 1)
                                cancel = true;
                        },
                        &cancel)
                    .cancelled);
        QVERIFY2(!QFileInfo::exists(made), qPrintable(listing(made).join(QLatin1Char(' '))));
    }

    void anExistingZipIsOnlyReplacedWhenAllowed()
    {
        const QString folder = fresh(QStringLiteral("Vorhanden"));
        const QString zipPath = TestHelpers::writeFile(folder, QStringLiteral("Export.zip"), "altes Archiv");
        const Exporter::Result refused = Exporter(*m_library).exportToZip(allIds(), zipPath);
        QVERIFY(!refused.error.isEmpty());
        QVERIFY2(refused.error.contains(QStringLiteral("Export.zip")), qPrintable(refused.error));
        QCOMPARE(TestHelpers::readFile(zipPath), QByteArray("altes Archiv"));

        Exporter::Options options;
        options.overwriteZip = true;
        const Exporter::Result replaced = Exporter(*m_library, options).exportToZip(allIds(), zipPath);
        QVERIFY2(replaced.ok(), qPrintable(replaced.error));
        QCOMPARE(readZip(zipPath).names.size(), packFiles().size() + 2);
        QCOMPARE(listing(folder), QStringList{QStringLiteral("Export.zip")});

        const Exporter::Result aFolder = Exporter(*m_library, options).exportToZip(allIds(), folder);
        QVERIFY(!aFolder.error.isEmpty());
    }

    void aFailingTargetIsNamedAndLeftClean()
    {
        // Works as root too: no folder can be made below a regular file.
        const QString base = fresh(QStringLiteral("Fehler"));
        const QString file = TestHelpers::writeFile(base, QStringLiteral("datei.txt"), "kein Ordner");
        const QString target = file + QStringLiteral("/Export");
        const Exporter::Result folder = Exporter(*m_library).exportToFolder(allIds(), target);
        QVERIFY(!folder.ok());
        QVERIFY2(folder.error.contains(file), qPrintable(folder.error));
        QVERIFY(folder.written.isEmpty());
        const Exporter::Result zip = Exporter(*m_library).exportToZip(allIds(), target + QStringLiteral("/x.zip"));
        QVERIFY2(zip.error.contains(file), qPrintable(zip.error));
        QString error;
        QVERIFY(!Exporter::writeCsv({}, target + QStringLiteral("/x.csv"), &error));
        QVERIFY2(error.contains(file), qPrintable(error));
        QCOMPARE(listing(base), QStringList{QStringLiteral("datei.txt")});
        QCOMPARE(TestHelpers::readFile(file), QByteArray("kein Ordner"));

        // With by-category, a category folder that cannot be made stops the export after files
        // were written: those go again.
        const QString out = fresh(QStringLiteral("Teilweise"));
        TestHelpers::writeFile(out, QStringLiteral("Vergabe"), "eine Datei namens Vergabe");
        Exporter::Options options;
        options.byCategory = true;
        const QList<qint64> ids{id(QStringLiteral("Notizen.md")), id(QStringLiteral("Förderung/Bericht.txt")),
                                id(QStringLiteral("Vergabe/Bericht.txt"))};
        const Exporter::Result partly = Exporter(*m_library, options).exportToFolder(ids, out);
        QVERIFY(!partly.ok());
        QVERIFY2(partly.error.contains(out + QStringLiteral("/Vergabe")), qPrintable(partly.error));
        QVERIFY(partly.written.isEmpty());
        QCOMPARE(listing(out), QStringList{QStringLiteral("Vergabe")});
    }

    void aReadOnlyFolderIsNamed()
    {
        if (::geteuid() == 0)
            QSKIP("root writes into read-only folders; aFailingTargetIsNamedAndLeftClean covers failures as root");
        const QString out = fresh(QStringLiteral("Schreibgeschützt"));
        QVERIFY(QDir().mkpath(out));
        QVERIFY(QFile::setPermissions(out, QFile::ReadOwner | QFile::ExeOwner));
        const Exporter::Result folder = Exporter(*m_library).exportToFolder(allIds(), out);
        const Exporter::Result zip = Exporter(*m_library).exportToZip(allIds(), out + QStringLiteral("/x.zip"));
        QFile::setPermissions(out, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY2(folder.error.contains(out), qPrintable(folder.error));
        QVERIFY2(zip.error.contains(out), qPrintable(zip.error));
        QVERIFY(listing(out).isEmpty());
    }

    void exportsTheHitsOfAQuery()
    {
        QString error;
        const QList<qint64> ids = Searcher::hitIds(m_library->database(), QStringLiteral("tag:Förderung"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()),
                 (QSet<qint64>{id(QStringLiteral("Förderung/Förderantrag Straße.txt")), id(QStringLiteral("Förderung/Bericht.txt"))}));
        const QList<qint64> everything = Searcher::hitIds(m_library->database(), QString(), &error);
        QCOMPARE(everything.size(), packFiles().size());
        QVERIFY(Searcher::hitIds(m_library->database(), QStringLiteral("xyzzyunbekannt"), &error).isEmpty());
    }

    void aReadOnlyLibraryExports()
    {
        auto readOnly = openLibrary(m_library->path(), /*readOnly=*/true);
        QVERIFY(readOnly);
        QVERIFY(readOnly->isReadOnly());
        const QString zipPath = fresh(QStringLiteral("NurLesen")) + QStringLiteral(".zip");
        const Exporter::Result result = Exporter(*readOnly).exportToZip(allIds(), zipPath);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(readZip(zipPath).names.size(), packFiles().size() + 2);
    }
};

QTEST_GUILESS_MAIN(TestExporter)
#include "TestExporter.moc"
