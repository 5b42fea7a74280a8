#include "TestArchiveBuilder.h"
#include "TestLibraryHelpers.h"
#include "TestZipWriter.h"
#include "core/extract/DocumentFormat.h"
#include "core/import/ImportLimits.h"
#include "core/import/Importer.h"
#include "core/library/Library.h"
#include "core/library/LibraryChecker.h"
#include "core/library/TagNames.h"
#include "core/pack/Manifest.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <atomic>
#include <chrono>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace {

using Status = ImportReport::Status;

const QByteArray ParkText = "Parkraumkonzept für die Innenstadt von Beispielheim.\n"
                            "Die Parkscheinautomaten werden durch Sensoren ergänzt.\n";
const QByteArray LeitfadenText
    = "# Leitfaden Bürgerbeteiligung\n\nSo gelingt die Bürgerwerkstatt im Rathaus.\n";
const QByteArray KostenText = "Posten;Betrag\nGateways;12000\nSensoren;8500\n";

// Most tests are about what the importer does with packs, not about extraction: they extract in
// this process, which is much faster than starting worker processes for every import (under ASan
// above all). The tests with PDFs and damaged documents use the default, isolatedOptions().
ImportOptions options()
{
    ImportOptions o;
    o.threads = 2;
    o.isolateExtraction = false;
    return o;
}

ImportOptions isolatedOptions()
{
    ImportOptions o;
    o.threads = 2;
    return o;
}

std::unique_ptr<Library> openLibrary(const QString &path)
{
    QString error;
    auto library = Library::open(path, &error);
    if (!library)
        qWarning("cannot open the library: %s", qPrintable(error));
    return library;
}

ImportReport import(Library &library, const QStringList &paths, const ImportOptions &o = options(),
                    const Importer::ProgressCallback &progress = {}, const std::atomic_bool *cancel = nullptr)
{
    return Importer(library, o).run(paths, progress, cancel);
}

// The report as text, for failure messages.
QString dump(const ImportReport &report)
{
    QStringList lines;
    for (const ImportReport::Pack &p : report.packs)
        lines.append(
            QStringLiteral(
                "pack \"%1\" from %2: added %3, duplicates %4, updated %5, warnings %6, rejected %7, "
                "no longer %8, committed %9, error \"%10\"")
                .arg(p.name, p.source)
                .arg(p.added)
                .arg(p.duplicates)
                .arg(p.updated)
                .arg(p.warnings)
                .arg(p.rejected)
                .arg(p.noLongerInPack)
                .arg(p.committed)
                .arg(p.error));
    for (const ImportReport::Entry &e : report.entries)
        lines.append(QStringLiteral("  %1 [%2] %3: %4")
                         .arg(e.pack, ImportReport::statusName(e.status), e.path, e.message));
    return lines.join(QLatin1Char('\n'));
}

QList<ImportReport::Entry> entriesWith(const ImportReport &report, Status status)
{
    QList<ImportReport::Entry> result;
    for (const ImportReport::Entry &e : report.entries) {
        if (e.status == status)
            result.append(e);
    }
    return result;
}

// The report entry whose path ends with pathEnd (and has the status); nullopt if there is none.
std::optional<ImportReport::Entry> findEntry(const ImportReport &report, const QString &pathEnd,
                                             Status status)
{
    for (const ImportReport::Entry &e : report.entries) {
        if (e.status == status && e.path.endsWith(pathEnd))
            return e;
    }
    return std::nullopt;
}

std::optional<DocumentRecord> documentNamed(Library &library, const QString &fileName)
{
    for (const DocumentRecord &d : library.catalog().documents()) {
        if (d.filename == fileName)
            return d;
    }
    return std::nullopt;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// Everything the catalog holds, row by row, for "exactly as before" comparisons.
QString dumpCatalog(Library &library)
{
    QString out;
    for (const char *table :
         { "packs", "documents", "pack_entries", "document_text", "tags", "document_tags" }) {
        out += QLatin1String(table) + QStringLiteral(":\n");
        SqliteStatement stmt = library.database().prepare(
            QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table)));
        while (stmt.next()) {
            for (int i = 0; i < stmt.columnCount(); ++i)
                out += stmt.value(i).toString() + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
    }
    return out;
}

// Every file below files/, temporaries and journals included.
QStringList storeListing(const Library &library)
{
    QStringList files;
    const QDir root(library.store().root());
    QDirIterator it(root.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(root.relativeFilePath(it.next()));
    files.sort();
    return files;
}

QString checkerProblems(Library &library)
{
    QStringList lines;
    for (const CheckProblem &p : LibraryChecker::check(library))
        lines.append(LibraryChecker::kindName(p.kind) + QStringLiteral(": ") + p.message);
    return lines.join(QLatin1Char('\n'));
}

QHash<QString, qint64> packEntries(Library &library, const QString &packName)
{
    const auto pack = library.catalog().latestPackNamed(packName);
    return pack ? library.catalog().packEntries(pack->id) : QHash<QString, qint64>();
}

// A few German text files that make a small pack.
void addSmallPack(TestArchiveBuilder &builder, const QString &prefix = QString())
{
    builder.addFile(prefix + QStringLiteral("Mobilität/Parken/Parkraumkonzept_Innenstadt.txt"), ParkText)
        .addFile(prefix + QStringLiteral("Beteiligung/Leitfaden_Beteiligung.md"), LeitfadenText)
        .addFile(prefix + QStringLiteral("Haushalt/Kostenübersicht_2024.csv"), KostenText);
}

void writeSmallPackFolder(const QString &dir)
{
    TestHelpers::writeFile(dir, QStringLiteral("Mobilität/Parken/Parkraumkonzept_Innenstadt.txt"), ParkText);
    TestHelpers::writeFile(dir, QStringLiteral("Beteiligung/Leitfaden_Beteiligung.md"), LeitfadenText);
    TestHelpers::writeFile(dir, QStringLiteral("Haushalt/Kostenübersicht_2024.csv"), KostenText);
}

// n distinct text files "Protokoll_01.txt" … in folder "Protokolle".
void addProtocols(TestArchiveBuilder &builder, int n, const QString &prefix = QStringLiteral("Protokolle/"))
{
    for (int i = 1; i <= n; ++i)
        builder.addFile(prefix + QStringLiteral("Protokoll_%1.txt").arg(i, 2, 10, QLatin1Char('0')),
                        QByteArray("Niederschrift der ") + QByteArray::number(i)
                            + ". Sitzung des Ausschusses für Digitales.\n");
}

QByteArray manifestJson(const QJsonObject &pack, const QJsonArray &documents)
{
    QJsonObject root { { QStringLiteral("format"), QStringLiteral("smart-region-toolbox-pack") },
                       { QStringLiteral("formatVersion"), 1 },
                       { QStringLiteral("pack"), pack },
                       { QStringLiteral("documents"), documents } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

// The line of a text on which `needle` first stands.
int lineOf(const QByteArray &text, const QByteArray &needle)
{
    const qsizetype at = text.indexOf(needle);
    return at < 0 ? 0 : int(text.left(at).count('\n')) + 1;
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private slots:
    void titlesFromFileNames_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("title");
        // Underscores stand for spaces; hyphens are German spelling (LoRaWAN-Netz) and stay.
        QTest::newRow("underscores and dashes") << "Leistungsbeschreibung_LoRaWAN-Netz.pdf"
                                                << "Leistungsbeschreibung LoRaWAN-Netz";
        QTest::newRow("dashed compound") << "Open-Data-Leitlinie.pdf"
                                         << "Open-Data-Leitlinie";
        QTest::newRow("dates keep their dashes") << "Protokoll_2023-05-04.pdf"
                                                 << "Protokoll 2023-05-04";
        QTest::newRow("lower-case continuation keeps its dash") << "Bürger-nah_planen.docx"
                                                                << "Bürger-nah planen";
        QTest::newRow("spaces collapse") << "Satzung__Parkgebühren  2023.odt"
                                         << "Satzung Parkgebühren 2023";
        QTest::newRow("several dots") << "Bericht.final.v2.pdf"
                                      << "Bericht.final.v2";
        QTest::newRow("no suffix") << "LIESMICH"
                                   << "LIESMICH";
    }
    void titlesFromFileNames()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, title);
        QCOMPARE(Importer::titleFromFileName(fileName), title);
    }

    void importsEveryArchiveFormat_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("zip") << "Smart-Parken.zip";
        QTest::newRow("tar") << "Smart-Parken.tar";
        QTest::newRow("tar.gz") << "Smart-Parken.tar.gz";
        QTest::newRow("tgz") << "Smart-Parken.tgz";
        QTest::newRow("tar.bz2") << "Smart-Parken.tar.bz2";
        QTest::newRow("tar.xz") << "Smart-Parken.tar.xz";
        QTest::newRow("7z") << "Smart-Parken.7z";
    }
    void importsEveryArchiveFormat()
    {
        QFETCH(QString, fileName);
        QTemporaryDir dir;
        const QString archive = dir.filePath(fileName);
        TestArchiveBuilder builder;
        builder.addDirectory(QStringLiteral("Mobilität/"));
        addSmallPack(builder);
        QVERIFY2(builder.write(archive), qPrintable(builder.errorString()));
        auto library = openLibrary(dir.filePath(QStringLiteral("Bibliothek")));
        QVERIFY(library);

        const ImportReport report = import(*library, { archive });
        QVERIFY2(!report.failed() && report.packs.size() == 1, qPrintable(dump(report)));
        const ImportReport::Pack &pack = report.packs.first();
        QCOMPARE(pack.name, QStringLiteral("Smart-Parken"));
        QCOMPARE(pack.source, archive);
        QVERIFY(pack.committed);
        QCOMPARE(pack.added, 3);
        QCOMPARE(pack.rejected + pack.duplicates + pack.updated + pack.warnings, 0);
        QVERIFY(findEntry(report,
                          fileName + QStringLiteral("/Mobilität/Parken/Parkraumkonzept_Innenstadt.txt"),
                          Status::Added));
        QVERIFY(report.problemLines().isEmpty());

        QCOMPARE(library->catalog().documents().size(), 3);
        const auto park = documentNamed(*library, QStringLiteral("Parkraumkonzept_Innenstadt.txt"));
        QVERIFY(park);
        QCOMPARE(park->title, QStringLiteral("Parkraumkonzept Innenstadt"));
        QCOMPARE(park->category, QStringLiteral("Mobilität"));
        QCOMPARE(park->tags, QStringList { QStringLiteral("Parken") });
        QCOMPARE(park->format, QStringLiteral("txt"));
        QCOMPARE(park->size, qint64(ParkText.size()));
        QCOMPARE(park->packName, QStringLiteral("Smart-Parken"));
        QCOMPARE(park->extraction, QStringLiteral("ok"));
        QVERIFY(library->catalog().documentText(park->id).contains(QStringLiteral("Parkscheinautomaten")));
        QCOMPARE(TestHelpers::readFile(library->store().pathFor(park->sha256)), ParkText);

        const auto leitfaden = documentNamed(*library, QStringLiteral("Leitfaden_Beteiligung.md"));
        QVERIFY(leitfaden);
        QCOMPARE(leitfaden->title, QStringLiteral("Leitfaden Bürgerbeteiligung")); // from the document itself
        QCOMPARE(leitfaden->category, QStringLiteral("Beteiligung"));
        QVERIFY(leitfaden->tags.isEmpty());
        const auto kosten = documentNamed(*library, QStringLiteral("Kostenübersicht_2024.csv"));
        QVERIFY(kosten);
        QCOMPARE(kosten->title, QStringLiteral("Kostenübersicht 2024"));
        QCOMPARE(kosten->category, QStringLiteral("Haushalt"));
        QCOMPARE(kosten->format, QStringLiteral("csv"));

        const auto packRecord = library->catalog().latestPackNamed(QStringLiteral("Smart-Parken"));
        QVERIFY(packRecord);
        QCOMPARE(packRecord->sourceName, fileName);
        QCOMPARE(packRecord->sha256, ContentStore::hashFile(archive, nullptr));
        QCOMPARE(sorted(packEntries(*library, QStringLiteral("Smart-Parken")).keys()),
                 (QStringList { QStringLiteral("Beteiligung/Leitfaden_Beteiligung.md"),
                                QStringLiteral("Haushalt/Kostenübersicht_2024.csv"),
                                QStringLiteral("Mobilität/Parken/Parkraumkonzept_Innenstadt.txt") }));
        QCOMPARE(library->store().storedFiles().size(), 3);
        QVERIFY2(checkerProblems(*library).isEmpty(), qPrintable(checkerProblems(*library)));
    }

    void importsAFolderRecursively()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("Vorlagen Musterbach"));
        writeSmallPackFolder(folder);
        TestHelpers::writeFile(folder, QStringLiteral("LIESMICH.txt"), "Vorlagen der Gemeinde Musterbach");
        TestHelpers::writeFile(folder, QStringLiteral("Haushalt/.DS_Store"), "junk");
        TestHelpers::writeFile(folder, QStringLiteral("Haushalt/Thumbs.db"), "junk");
        auto library = openLibrary(dir.filePath(QStringLiteral("Bibliothek")));
        QVERIFY(library);

        const ImportReport report = import(*library, { folder });
        QVERIFY2(report.packs.size() == 1 && report.packs.first().added == 4, qPrintable(dump(report)));
        QCOMPARE(report.packs.first().name, QStringLiteral("Vorlagen Musterbach"));
        QCOMPARE(report.packs.first().rejected, 0); // junk is skipped silently
        QCOMPARE(report.entries.size(), 4);
        QVERIFY(findEntry(report, QStringLiteral("Vorlagen Musterbach/Haushalt/Kostenübersicht_2024.csv"),
                          Status::Added));

        const auto readme = documentNamed(*library, QStringLiteral("LIESMICH.txt"));
        QVERIFY(readme);
        QCOMPARE(readme->title, QStringLiteral("LIESMICH"));
        QVERIFY(readme->category.isEmpty());
        const auto park = documentNamed(*library, QStringLiteral("Parkraumkonzept_Innenstadt.txt"));
        QVERIFY(park);
        QCOMPARE(park->category, QStringLiteral("Mobilität"));
        QCOMPARE(park->tags, QStringList { QStringLiteral("Parken") });
        const auto pack = library->catalog().latestPackNamed(QStringLiteral("Vorlagen Musterbach"));
        QVERIFY(pack);
        QVERIFY(pack->sha256.isEmpty()); // folders have no hash
        QVERIFY(checkerProblems(*library).isEmpty());
    }

    // The new documents of a pack go into the search index together, not one by one: FTS5 writes
    // what it holds as a segment at every statement that may change several rows (inserting a
    // document is one), so indexing each as it came made a segment of each, merged again and again.
    void newDocumentsAreIndexedTogether()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("Vorlagen"));
        writeSmallPackFolder(folder);
        auto library = openLibrary(dir.filePath(QStringLiteral("Bibliothek")));
        QVERIFY(library);
        const ImportReport report = import(*library, { folder });
        QVERIFY2(report.packs.size() == 1 && report.packs.first().added == 3, qPrintable(dump(report)));
        SqliteDatabase &db = library->catalog().database();
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(DISTINCT segid) FROM document_fts_idx")).toInt(), 1);
        QString error;
        QVERIFY2(db.exec(QStringLiteral(
                             "INSERT INTO document_fts(document_fts, rank) VALUES('integrity-check', 1)"),
                         &error),
                 qPrintable(error));
        QCOMPARE(
            db.scalar(QStringLiteral("SELECT count(*) FROM document_fts WHERE document_fts MATCH 'parken'"))
                .toInt(),
            1);
    }

    void aFolderWithOneSubfolderKeepsItAsCategory()
    {
        // Only the single top folder of an *archive* is its root; a folder chosen by the user is the
        // root itself, so its only subfolder is a category like any other.
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("Export"));
        TestHelpers::writeFile(folder, QStringLiteral("Vergabe/Vergabevermerk.txt"),
                               "Vergabevermerk Sensorik");
        TestHelpers::writeFile(folder, QStringLiteral("Vergabe/Angebote/Bewertung.txt"),
                               "Bewertungsmatrix der Angebote");
        auto library = openLibrary(dir.filePath(QStringLiteral("Bibliothek")));
        QVERIFY(library);
        const ImportReport report = import(*library, { folder });
        QVERIFY2(report.packs.size() == 1 && report.packs.first().added == 2, qPrintable(dump(report)));
        const auto vermerk = documentNamed(*library, QStringLiteral("Vergabevermerk.txt"));
        QVERIFY(vermerk);
        QCOMPARE(vermerk->category, QStringLiteral("Vergabe"));
        const auto bewertung = documentNamed(*library, QStringLiteral("Bewertung.txt"));
        QVERIFY(bewertung);
        QCOMPARE(bewertung->category, QStringLiteral("Vergabe"));
        QCOMPARE(bewertung->tags, QStringList { QStringLiteral("Angebote") });
        QCOMPARE(sorted(packEntries(*library, QStringLiteral("Export")).keys()),
                 (QStringList { QStringLiteral("Vergabe/Angebote/Bewertung.txt"),
                                QStringLiteral("Vergabe/Vergabevermerk.txt") }));
    }

    void theSingleTopFolderOfAnArchiveIsThePackRoot()
    {
        QTemporaryDir dir;
        const QString archive = dir.filePath(QStringLiteral("Paket.zip"));
        TestArchiveBuilder builder;
        builder.addDirectory(QStringLiteral("Beispielpaket/"));
        addSmallPack(builder, QStringLiteral("Beispielpaket/"));
        QVERIFY(builder.write(archive));
        auto library = openLibrary(dir.filePath(QStringLiteral("Bibliothek")));
        QVERIFY(library);
        const ImportReport report = import(*library, { archive });
        QVERIFY2(report.packs.size() == 1 && report.packs.first().added == 3, qPrintable(dump(report)));
        const auto park = documentNamed(*library, QStringLiteral("Parkraumkonzept_Innenstadt.txt"));
        QVERIFY(park);
        QCOMPARE(park->category, QStringLiteral("Mobilität"));
        QCOMPARE(park->tags, QStringList { QStringLiteral("Parken") });
        const auto leitfaden = documentNamed(*library, QStringLiteral("Leitfaden_Beteiligung.md"));
        QVERIFY(leitfaden);
        QCOMPARE(leitfaden->category, QStringLiteral("Beteiligung"));
        QCOMPARE(sorted(packEntries(*library, QStringLiteral("Paket")).keys()),
                 (QStringList { QStringLiteral("Beteiligung/Leitfaden_Beteiligung.md"),
                                QStringLiteral("Haushalt/Kostenübersicht_2024.csv"),
                                QStringLiteral("Mobilität/Parken/Parkraumkonzept_Innenstadt.txt") }));
    }

    void importsSingleFiles()
    {
        QTemporaryDir dir;
        const QString a
            = TestHelpers::writeFile(dir.path(), QStringLiteral("Quellen/Satzung_Parkgebühren.txt"),
                                     "Satzung über die Erhebung von Parkgebühren");
        const QString b = TestHelpers::writeFile(
            dir.path(), QStringLiteral("Quellen/Unterordner/Checkliste-Projektstart.md"),
            "- [ ] Projektauftrag\n- [ ] Datenschutz prüfen\n");
        auto library = openLibrary(dir.filePath(QStringLiteral("Bibliothek")));
        QVERIFY(library);
        const ImportReport report = import(*library, { a, b });
        QVERIFY2(!report.failed() && report.totals().added == 2, qPrintable(dump(report)));
        QCOMPARE(report.totals().rejected, 0);
        for (const ImportReport::Pack &p : report.packs)
            QCOMPARE(p.name, QStringLiteral("Single files"));
        QVERIFY(findEntry(report, QStringLiteral("/Quellen/Satzung_Parkgebühren.txt"), Status::Added));
        QVERIFY(findEntry(report, QStringLiteral("/Quellen/Unterordner/Checkliste-Projektstart.md"),
                          Status::Added));

        const auto satzung = documentNamed(*library, QStringLiteral("Satzung_Parkgebühren.txt"));
        QVERIFY(satzung);
        QCOMPARE(satzung->title, QStringLiteral("Satzung Parkgebühren"));
        QVERIFY(satzung->category.isEmpty()); // the folders around a single file say nothing
        QVERIFY(satzung->tags.isEmpty());
        const auto checkliste = documentNamed(*library, QStringLiteral("Checkliste-Projektstart.md"));
        QVERIFY(checkliste);
        QCOMPARE(checkliste->title, QStringLiteral("Checkliste-Projektstart"));
        QVERIFY(checkliste->category.isEmpty());
        QCOMPARE(library->catalog().packs().size(), 1);

        // A single archive given as a file is a pack, not a single file.
        const QString archive = dir.filePath(QStringLiteral("Einzeln.tar.gz"));
        QVERIFY(TestArchiveBuilder()
                    .addFile(QStringLiteral("Vergabe/Vermerk.txt"), "Vergabevermerk")
                    .addFile(QStringLiteral("Gremien/Vorlage.txt"), "Beschlussvorlage")
                    .write(archive));
        const ImportReport archiveReport = import(*library, { archive });
        QVERIFY2(archiveReport.packs.size() == 1 && archiveReport.packs.first().added == 2,
                 qPrintable(dump(archiveReport)));
        QCOMPARE(archiveReport.packs.first().name, QStringLiteral("Einzeln"));
        QCOMPARE(documentNamed(*library, QStringLiteral("Vermerk.txt"))->category, QStringLiteral("Vergabe"));
    }

    void titlesComeFromManifestThenMetadataThenFileName()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("Titel"));
        TestHelpers::writeFile(folder, QStringLiteral("Beteiligung/Konzept.md"),
                               "# Beteiligungskonzept aus dem Dokument\n\nText.\n");
        TestHelpers::writeFile(folder, QStringLiteral("Beteiligung/Werkstatt.md"),
                               "# Bürgerwerkstatt Innenstadt\n\nText.\n");
        TestHelpers::writeFile(folder, QStringLiteral("Beteiligung/Notizen_Werkstatt-Ergebnisse.md"),
                               "# Dokument1\n\nText.\n");
        TestHelpers::writeFile(folder, QStringLiteral("Vergabe/Leistungsbeschreibung_LoRaWAN-Netz.txt"),
                               "Leistungsbeschreibung");
        TestHelpers::writeFile(
            folder, QStringLiteral("Open Data/Portal.html"),
            "<html><head><title>Open-Data-Portal der Stadt Modellau</title></head><body>Daten</body></html>");
        TestHelpers::writeFile(
            folder, QStringLiteral("toolbox.json"),
            manifestJson({ { QStringLiteral("name"), QStringLiteral("Titelprobe") } },
                         { QJsonObject { { QStringLiteral("file"), QStringLiteral("Beteiligung/Konzept.md") },
                                         { QStringLiteral("title"),
                                           QStringLiteral("Beteiligungskonzept laut Manifest") } } }));
        auto library = openLibrary(dir.filePath(QStringLiteral("Bibliothek")));
        QVERIFY(library);
        const ImportReport report = import(*library, { folder });
        QVERIFY2(report.packs.size() == 1 && report.packs.first().added == 5, qPrintable(dump(report)));
        QCOMPARE(documentNamed(*library, QStringLiteral("Konzept.md"))->title,
                 QStringLiteral("Beteiligungskonzept laut Manifest"));
        QCOMPARE(documentNamed(*library, QStringLiteral("Werkstatt.md"))->title,
                 QStringLiteral("Bürgerwerkstatt Innenstadt"));
        QCOMPARE(documentNamed(*library, QStringLiteral("Portal.html"))->title,
                 QStringLiteral("Open-Data-Portal der Stadt Modellau"));
        // A metadata title that says nothing gives way to the file name.
        QCOMPARE(documentNamed(*library, QStringLiteral("Notizen_Werkstatt-Ergebnisse.md"))->title,
                 QStringLiteral("Notizen Werkstatt-Ergebnisse"));
        QCOMPARE(documentNamed(*library, QStringLiteral("Leistungsbeschreibung_LoRaWAN-Netz.txt"))->title,
                 QStringLiteral("Leistungsbeschreibung LoRaWAN-Netz"));
    }

    void appliesTheManifestAndFallsBackToFolders()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("Ordnername"));
        writeSmallPackFolder(folder);
        const QJsonObject pack { { QStringLiteral("name"), QStringLiteral("Parken in Beispielheim") },
                                 { QStringLiteral("version"), QStringLiteral("1.2") },
                                 { QStringLiteral("publisher"), QStringLiteral("Stadt Beispielheim") },
                                 { QStringLiteral("date"), QStringLiteral("2024-11-05") },
                                 { QStringLiteral("description"),
                                   QStringLiteral("Unterlagen zum Parkraumkonzept") } };
        const QJsonArray documents {
            QJsonObject {
                { QStringLiteral("file"), QStringLiteral("Mobilität/Parken/Parkraumkonzept_Innenstadt.txt") },
                { QStringLiteral("title"), QStringLiteral("Parkraumkonzept für die Innenstadt") },
                { QStringLiteral("description"), QStringLiteral("Entwurf der Verwaltung") },
                { QStringLiteral("category"), QStringLiteral("Verkehr") },
                { QStringLiteral("type"), QStringLiteral("Beispieldokument") },
                { QStringLiteral("tags"),
                  QJsonArray { QStringLiteral("Parken"), QStringLiteral("Sensorik") } },
                { QStringLiteral("municipality"), QStringLiteral("Stadt Beispielheim") },
                { QStringLiteral("year"), QStringLiteral("2024") },
                { QStringLiteral("license"), QStringLiteral("CC BY 4.0") },
                { QStringLiteral("placeholders"),
                  QJsonObject { { QStringLiteral("[Gemeinde]"), QStringLiteral("municipality") },
                                { QStringLiteral("Beispielkreis"), QStringLiteral("district") } } } },
            QJsonObject { { QStringLiteral("file"), QStringLiteral("Haushalt/Kostenübersicht_2024.csv") },
                          { QStringLiteral("tags"), QStringLiteral("Haushalt, Sensorik") },
                          { QStringLiteral("year"), 2024 } }
        };
        TestHelpers::writeFile(folder, QStringLiteral("toolbox.json"), manifestJson(pack, documents));
        auto library = openLibrary(dir.filePath(QStringLiteral("Bibliothek")));
        QVERIFY(library);

        const ImportReport report = import(*library, { folder });
        QVERIFY2(report.packs.size() == 1 && report.packs.first().added == 3, qPrintable(dump(report)));
        QCOMPARE(report.packs.first().name, QStringLiteral("Parken in Beispielheim"));
        QCOMPARE(report.packs.first().warnings, 0);
        QVERIFY2(report.problemLines().isEmpty(), qPrintable(report.problemLines().join(QLatin1Char('\n'))));

        const auto record = library->catalog().latestPackNamed(QStringLiteral("Parken in Beispielheim"));
        QVERIFY(record);
        QCOMPARE(record->version, QStringLiteral("1.2"));
        QCOMPARE(record->publisher, QStringLiteral("Stadt Beispielheim"));
        QCOMPARE(record->date, QStringLiteral("2024-11-05"));
        QCOMPARE(record->description, QStringLiteral("Unterlagen zum Parkraumkonzept"));
        QCOMPARE(record->sourceName, QStringLiteral("Ordnername"));
        QVERIFY(record->manifest.contains(QStringLiteral("Parkraumkonzept für die Innenstadt")));
        QVERIFY(!library->catalog().latestPackNamed(QStringLiteral("Ordnername")));

        const auto park = documentNamed(*library, QStringLiteral("Parkraumkonzept_Innenstadt.txt"));
        QVERIFY(park);
        QCOMPARE(park->title, QStringLiteral("Parkraumkonzept für die Innenstadt"));
        QCOMPARE(park->description, QStringLiteral("Entwurf der Verwaltung"));
        QCOMPARE(park->category, QStringLiteral("Verkehr"));
        QCOMPARE(park->type, QStringLiteral("Beispieldokument"));
        QCOMPARE(park->tags, (QStringList { QStringLiteral("Parken"), QStringLiteral("Sensorik") }));
        QCOMPARE(park->municipality, QStringLiteral("Stadt Beispielheim"));
        QCOMPARE(park->year, 2024);
        QCOMPARE(park->license, QStringLiteral("CC BY 4.0"));
        QCOMPARE(park->packName, QStringLiteral("Parken in Beispielheim"));
        // The declared placeholders (#14) are kept for the document, and go with it.
        const QHash<QString, QString> declared{{QStringLiteral("[Gemeinde]"), QStringLiteral("municipality")},
                                               {QStringLiteral("Beispielkreis"), QStringLiteral("district")}};
        QCOMPARE(library->catalog().declaredPlaceholders(park->id), declared);

        // Listed without a category: the manifest's fields, nothing from the folders.
        const auto kosten = documentNamed(*library, QStringLiteral("Kostenübersicht_2024.csv"));
        QVERIFY(kosten);
        QCOMPARE(kosten->title, QStringLiteral("Kostenübersicht 2024"));
        QCOMPARE(kosten->tags, (QStringList { QStringLiteral("Haushalt"), QStringLiteral("Sensorik") }));
        QCOMPARE(kosten->year, 2024);

        // Not in the manifest: folders.
        const auto leitfaden = documentNamed(*library, QStringLiteral("Leitfaden_Beteiligung.md"));
        QVERIFY(leitfaden);
        QCOMPARE(leitfaden->title, QStringLiteral("Leitfaden Bürgerbeteiligung"));
        QCOMPARE(leitfaden->category, QStringLiteral("Beteiligung"));
        QVERIFY(leitfaden->municipality.isEmpty());
        // toolbox.json itself is no document.
        QVERIFY(!documentNamed(*library, QStringLiteral("toolbox.json")));
        QCOMPARE(library->catalog().documents().size(), 3);
        QVERIFY(library->catalog().declaredPlaceholders(kosten->id).isEmpty());
        QVERIFY(library->database().exec(QStringLiteral("DELETE FROM documents WHERE id = %1").arg(park->id)));
        QCOMPARE(library->database().scalar(QStringLiteral("SELECT count(*) FROM document_placeholders")).toInt(), 0);
    }

    // Files are indexed while the others are extracted, with the metadata known by then: here the
    // manifest comes last and the first file's folder looked like the pack's root. The catalog and
    // its index end as if every file had been tagged at the end: no tag of the wrong guess is left.
    void aManifestAfterTheFilesCorrectsTheGuessedMetadata()
    {
        QTemporaryDir dir;
        const QString archive = dir.filePath(QStringLiteral("Spät.zip"));
        TestArchiveBuilder builder;
        builder.addFile(QStringLiteral("Mobilität/Parken/Zonen/Parkzonen.txt"),
                        "Die Parkzonen der Innenstadt");
        builder.addFile(QStringLiteral("Haushalt/Plan/Kosten.txt"), "Kosten der Parkraumbewirtschaftung");
        const QJsonArray documents { QJsonObject {
            { QStringLiteral("file"), QStringLiteral("Mobilität/Parken/Zonen/Parkzonen.txt") },
            { QStringLiteral("category"), QStringLiteral("Verkehr") },
            { QStringLiteral("tags"), QJsonArray { QStringLiteral("Sensorik") } } } };
        builder.addFile(
            QStringLiteral("toolbox.json"),
            manifestJson(QJsonObject { { QStringLiteral("name"), QStringLiteral("Spät") } }, documents));
        QVERIFY(builder.write(archive));
        auto library = openLibrary(dir.filePath(QStringLiteral("Bibliothek")));
        QVERIFY(library);
        const ImportReport report = import(*library, { archive });
        QVERIFY2(report.packs.size() == 1 && report.packs.first().added == 2
                     && report.packs.first().committed,
                 qPrintable(dump(report)));

        const auto zonen = documentNamed(*library, QStringLiteral("Parkzonen.txt"));
        QVERIFY(zonen);
        QCOMPARE(zonen->category, QStringLiteral("Verkehr"));
        QCOMPARE(zonen->tags, QStringList { QStringLiteral("Sensorik") });
        const auto kosten = documentNamed(*library, QStringLiteral("Kosten.txt"));
        QVERIFY(kosten);
        QCOMPARE(kosten->category, QStringLiteral("Haushalt"));
        QCOMPARE(kosten->tags, QStringList { QStringLiteral("Plan") });
        QStringList tags;
        for (const TagRecord &t : library->catalog().tags())
            tags.append(t.name);
        QCOMPARE(tags, (QStringList { QStringLiteral("Plan"), QStringLiteral("Sensorik") }));

        SqliteDatabase &db = library->catalog().database();
        QString error;
        QVERIFY2(db.exec(QStringLiteral(
                             "INSERT INTO document_fts(document_fts, rank) VALUES('integrity-check', 1)"),
                         &error),
                 qPrintable(error));
        const auto hits = [&](const QString &word) {
            return db
                .scalar(QStringLiteral("SELECT count(*) FROM document_fts WHERE document_fts MATCH ?1"),
                        { word })
                .toInt();
        };
        QCOMPARE(hits(QStringLiteral("verkehr")), 1);
        QCOMPARE(hits(QStringLiteral("sensorik")), 1);
        QCOMPARE(hits(QStringLiteral("zonen")), 0); // the guessed tag
        QCOMPARE(hits(QStringLiteral("plan")), 1);
    }

    void findsTheManifestInsideTheSingleTopFolder()
    {
        QTemporaryDir dir;
        const QString archive = dir.filePath(QStringLiteral("beispielpaket-v1.tar.gz"));
        TestArchiveBuilder builder;
        addSmallPack(builder, QStringLiteral("Beispielpaket/"));
        builder.addFile(
            QStringLiteral("Beispielpaket/toolbox.json"),
            manifestJson({ { QStringLiteral("name"), QStringLiteral("Beispielpaket") },
                           { QStringLiteral("version"), 1 } },
                         { QJsonObject {
                             { QStringLiteral("file"), QStringLiteral("Haushalt/Kostenübersicht_2024.csv") },
                             { QStringLiteral("title"), QStringLiteral("Kosten des Sensornetzes") } } }));
        QVERIFY(builder.write(archive));
        auto library = openLibrary(dir.filePath(QStringLiteral("Bibliothek")));
        QVERIFY(library);
        const ImportReport report = import(*library, { archive });
        QVERIFY2(report.packs.size() == 1 && report.packs.first().added == 3
                     && report.packs.first().warnings == 0,
                 qPrintable(dump(report)));
        QCOMPARE(report.packs.first().name, QStringLiteral("Beispielpaket"));
        QCOMPARE(library->catalog().latestPackNamed(QStringLiteral("Beispielpaket"))->version,
                 QStringLiteral("1"));
        QCOMPARE(documentNamed(*library, QStringLiteral("Kostenübersicht_2024.csv"))->title,
                 QStringLiteral("Kosten des Sensornetzes"));
        // Not in the manifest: the folders below the pack root.
        QCOMPARE(documentNamed(*library, QStringLiteral("Parkraumkonzept_Innenstadt.txt"))->category,
                 QStringLiteral("Mobilität"));
        QCOMPARE(documentNamed(*library, QStringLiteral("Leitfaden_Beteiligung.md"))->category,
                 QStringLiteral("Beteiligung"));
        QCOMPARE(sorted(packEntries(*library, QStringLiteral("Beispielpaket")).keys()),
                 (QStringList { QStringLiteral("Beteiligung/Leitfaden_Beteiligung.md"),
                                QStringLiteral("Haushalt/Kostenübersicht_2024.csv"),
                                QStringLiteral("Mobilität/Parken/Parkraumkonzept_Innenstadt.txt") }));
    }

    void importsMacPacksWithDecomposedNames_data()
    {
        QTest::addColumn<QString>("archive"); // empty: a folder
        QTest::newRow("zip") << QStringLiteral("Mac-Paket.zip");
        QTest::newRow("tar.gz") << QStringLiteral("Mac-Paket.tar.gz");
        QTest::newRow("7z") << QStringLiteral("Mac-Paket.7z");
        QTest::newRow("folder") << QString();
    }
    void importsMacPacksWithDecomposedNames()
    {
        // A Mac writes names in Unicode normal form D ("ü" as "u" and a combining diaeresis); the
        // manifest, typed in an editor, has them in form C.
        QFETCH(QString, archive);
        const bool asArchive = !archive.isEmpty();
        auto nfd = [](const char *utf8) { return QString::fromUtf8(utf8).normalized(QString::NormalizationForm_D); };
        const QString listed = nfd("Förderung/Übersicht_Förderprogramme.txt");
        const QString unlisted = nfd("Förderung/Anträge/Antrag_Straßenbeleuchtung.txt");
        const QString composed = QStringLiteral("Förderung/Leitfaden_Förderung.txt"); // form C beside it
        QVERIFY(listed != listed.normalized(QString::NormalizationForm_C));
        const QByteArray json = manifestJson(
            { { QStringLiteral("name"), QStringLiteral("Förderpaket") } },
            { QJsonObject { { QStringLiteral("file"), QStringLiteral("Förderung/Übersicht_Förderprogramme.txt") },
                            { QStringLiteral("title"), QStringLiteral("Förderprogramme 2024") },
                            { QStringLiteral("tags"), QJsonArray { QStringLiteral("Fördermittel") } } } });
        QTemporaryDir dir;
        QString source;
        if (asArchive) {
            source = dir.filePath(archive);
            TestArchiveBuilder builder;
            builder.addFile(listed, "Übersicht der Förderprogramme für Kommunen.\n")
                .addFile(unlisted, "Antrag auf Förderung der Straßenbeleuchtung.\n")
                .addFile(composed, "Leitfaden für Förderanträge.\n")
                .addFile(QStringLiteral("toolbox.json"), json);
            QVERIFY(builder.write(source));
        } else {
            source = dir.filePath(QStringLiteral("Mac-Paket"));
            TestHelpers::writeFile(source, listed, "Übersicht der Förderprogramme für Kommunen.\n");
            TestHelpers::writeFile(source, unlisted, "Antrag auf Förderung der Straßenbeleuchtung.\n");
            TestHelpers::writeFile(source, composed, "Leitfaden für Förderanträge.\n");
            TestHelpers::writeFile(source, QStringLiteral("toolbox.json"), json);
            QVERIFY(QFileInfo::exists(source + QLatin1Char('/') + listed));
        }
        auto library = openLibrary(dir.filePath(QStringLiteral("Bibliothek")));
        QVERIFY(library);
        const ImportReport report = import(*library, { source });
        QVERIFY2(report.packs.size() == 1 && report.packs.first().added == 3 && report.packs.first().warnings == 0,
                 qPrintable(dump(report)));
        QVERIFY2(entriesWith(report, Status::ManifestProblem).isEmpty(), qPrintable(dump(report)));

        const auto overview = documentNamed(*library, QStringLiteral("Übersicht_Förderprogramme.txt"));
        QVERIFY2(overview, qPrintable(dump(report)));
        QCOMPARE(overview->title, QStringLiteral("Förderprogramme 2024"));
        QCOMPARE(overview->tags, QStringList { QStringLiteral("Fördermittel") });
        // Folder names in either form make one category and one tag.
        const auto application = documentNamed(*library, QStringLiteral("Antrag_Straßenbeleuchtung.txt"));
        QVERIFY(application);
        QCOMPARE(application->category, QStringLiteral("Förderung"));
        QCOMPARE(application->tags, QStringList { QStringLiteral("Anträge") });
        QCOMPARE(documentNamed(*library, QStringLiteral("Leitfaden_Förderung.txt"))->category,
                 QStringLiteral("Förderung"));
        QCOMPARE(sorted(packEntries(*library, QStringLiteral("Förderpaket")).keys()),
                 (QStringList { QStringLiteral("Förderung/Anträge/Antrag_Straßenbeleuchtung.txt"),
                                QStringLiteral("Förderung/Leitfaden_Förderung.txt"),
                                QStringLiteral("Förderung/Übersicht_Förderprogramme.txt") }));
    }

    void onlyTheRootOrTheSingleTopFolderHoldsTheManifest_data()
    {
        QTest::addColumn<bool>("asArchive");
        QTest::newRow("zip") << true;
        QTest::newRow("folder") << false;
    }
    void onlyTheRootOrTheSingleTopFolderHoldsTheManifest()
    {
        QFETCH(bool, asArchive);
        const QByteArray wrongJson = manifestJson(
            { { QStringLiteral("name"), QStringLiteral("Soll nicht gelten") } },
            { QJsonObject { { QStringLiteral("file"), QStringLiteral("Plan.txt") },
                            { QStringLiteral("title"), QStringLiteral("Titel, der nicht gelten soll") } } });
        const QByteArray indexCsv = "\xEF\xBB\xBFtitle;file\r\nPlan;Plan.txt\r\n";
        const QByteArray planText = "Plan der Stadt.\n";
        const QByteArray reportText = "Bericht des Landes.\n";
        QTemporaryDir dir;
        auto write = [&](const QString &name, const QList<QPair<QString, QByteArray>> &files) {
            if (asArchive) {
                const QString path = dir.filePath(name + QStringLiteral(".zip"));
                TestArchiveBuilder builder;
                for (const auto &f : files)
                    builder.addFile(f.first, f.second);
                return builder.write(path) ? path : QString();
            }
            const QString path = dir.filePath(name);
            for (const auto &f : files)
                TestHelpers::writeFile(path, f.first, f.second);
            return path;
        };
        auto library = openLibrary(dir.filePath(QStringLiteral("Bibliothek")));
        QVERIFY(library);

        // Several top folders: a toolbox.json and an index.csv in one of them are files of the pack.
        const QString several = write(QStringLiteral("Mehrere Ordner"),
                                      { { QStringLiteral("Stadt/toolbox.json"), wrongJson },
                                        { QStringLiteral("Stadt/index.csv"), indexCsv },
                                        { QStringLiteral("Stadt/Plan.txt"), planText },
                                        { QStringLiteral("Land/Bericht.txt"), reportText } });
        QVERIFY(!several.isEmpty());
        ImportReport report = import(*library, { several });
        QVERIFY2(report.packs.size() == 1 && report.packs.first().added == 4 && report.packs.first().warnings == 1,
                 qPrintable(dump(report)));
        QCOMPARE(report.packs.first().name, QStringLiteral("Mehrere Ordner"));
        QVERIFY2(entriesWith(report, Status::ManifestProblem).isEmpty(), qPrintable(dump(report)));
        QVERIFY2(findEntry(report, QStringLiteral("Stadt/toolbox.json"), Status::Added), qPrintable(dump(report)));
        QVERIFY2(findEntry(report, QStringLiteral("Stadt/index.csv"), Status::Added), qPrintable(dump(report)));
        QCOMPARE(documentNamed(*library, QStringLiteral("Plan.txt"))->title, QStringLiteral("Plan"));
        QCOMPARE(documentNamed(*library, QStringLiteral("Plan.txt"))->category, QStringLiteral("Stadt"));
        QCOMPARE(documentNamed(*library, QStringLiteral("toolbox.json"))->category, QStringLiteral("Stadt"));

        // A manifest at the root counts, whatever comes first; one in a folder is a file.
        const QString rootAndFolder = write(
            QStringLiteral("Wurzel"),
            { { QStringLiteral("Amt/toolbox.json"), wrongJson + "\n" },
              { QStringLiteral("Amt/Plan.txt"), "Plan des Amtes.\n" },
              { QStringLiteral("toolbox.json"),
                manifestJson({ { QStringLiteral("name"), QStringLiteral("Wurzelpaket") } },
                             { QJsonObject { { QStringLiteral("file"), QStringLiteral("Amt/Plan.txt") },
                                             { QStringLiteral("title"), QStringLiteral("Plan laut Wurzel") } } }) } });
        QVERIFY(!rootAndFolder.isEmpty());
        report = import(*library, { rootAndFolder });
        QVERIFY2(report.packs.size() == 1 && report.packs.first().added == 2 && report.packs.first().warnings == 1,
                 qPrintable(dump(report)));
        QCOMPARE(report.packs.first().name, QStringLiteral("Wurzelpaket"));
        QCOMPARE(sorted(packEntries(*library, QStringLiteral("Wurzelpaket")).keys()),
                 (QStringList { QStringLiteral("Amt/Plan.txt"), QStringLiteral("Amt/toolbox.json") }));
        for (const DocumentRecord &d : library->catalog().documents()) {
            if (d.filename == QLatin1String("Plan.txt") && d.category == QLatin1String("Amt"))
                QCOMPARE(d.title, QStringLiteral("Plan laut Wurzel"));
        }

        // The whole pack in one folder (and the Mac's __MACOSX beside it): its manifest counts, and
        // the index.csv an export writes next to it is no document.
        const QString oneFolder = write(
            QStringLiteral("Ein Ordner"),
            { { QStringLiteral("Paket/Vermerk.txt"), "Vermerk zur Vergabe.\n" },
              { QStringLiteral("__MACOSX/Paket/._Vermerk.txt"), "Mac" },
              { QStringLiteral("Paket/index.csv"), indexCsv + "\r\n" },
              { QStringLiteral("Paket/toolbox.json"),
                manifestJson({ { QStringLiteral("name"), QStringLiteral("Ordnerpaket") } },
                             { QJsonObject { { QStringLiteral("file"), QStringLiteral("Vermerk.txt") },
                                             { QStringLiteral("title"), QStringLiteral("Vergabevermerk") } } }) } });
        QVERIFY(!oneFolder.isEmpty());
        report = import(*library, { oneFolder });
        QVERIFY2(report.packs.size() == 1 && report.packs.first().added == 1 && report.packs.first().warnings == 0,
                 qPrintable(dump(report)));
        QCOMPARE(report.packs.first().name, QStringLiteral("Ordnerpaket"));
        QCOMPARE(documentNamed(*library, QStringLiteral("Vermerk.txt"))->title, QStringLiteral("Vergabevermerk"));
        QCOMPARE(packEntries(*library, QStringLiteral("Ordnerpaket")).keys(), QStringList { QStringLiteral("Vermerk.txt") });
        QVERIFY2(checkerProblems(*library).isEmpty(), qPrintable(checkerProblems(*library)));
    }

    void cleansTitlesAndRefusesNamesWithDirectionCharacters()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("Titel"));
        // A title from the document itself: direction characters out, length bounded.
        TestHelpers::writeFile(folder, QStringLiteral("Haushalt.md"),
                               QStringLiteral("# Haushalt\u202E2024 fdp.exe\n\nText.\n").toUtf8());
        TestHelpers::writeFile(folder, QStringLiteral("Lang.md"),
                               "# " + QByteArray(MetadataLimits::MaxTitleLength + 100, 'L') + "\n\nText.\n");
        // Names that would show another extension, or hold a C1 control: refused with the reason.
        TestHelpers::writeFile(folder, QStringLiteral("Rechnung\u202Efdp.exe"), "Rechnung");
        TestHelpers::writeFile(folder, QStringLiteral("Steuer\u009b2J.txt"), "Steuer");
        auto library = openLibrary(dir.filePath(QStringLiteral("Bibliothek")));
        QVERIFY(library);
        const ImportReport report = import(*library, { folder });
        QVERIFY2(report.packs.size() == 1 && report.packs.first().added == 2 && report.packs.first().rejected == 2,
                 qPrintable(dump(report)));
        QCOMPARE(documentNamed(*library, QStringLiteral("Haushalt.md"))->title, QStringLiteral("Haushalt2024 fdp.exe"));
        QCOMPARE(documentNamed(*library, QStringLiteral("Lang.md"))->title,
                 QString(MetadataLimits::MaxTitleLength, QLatin1Char('L')));
        const auto controls = findEntry(report, QStringLiteral("Haushalt.md"), Status::Warning);
        QVERIFY2(controls && controls->message.contains(QStringLiteral("control characters")), qPrintable(dump(report)));
        const auto cut = findEntry(report, QStringLiteral("Lang.md"), Status::Warning);
        QVERIFY2(cut && cut->message.contains(QStringLiteral("it was cut")), qPrintable(dump(report)));
        for (const ImportReport::Entry &e : entriesWith(report, Status::Rejected))
            QVERIFY2(e.message.contains(QStringLiteral("text direction")), qPrintable(dump(report)));
    }

    void aManifestOfAnUnknownVersionIsNotUsed()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("Neueres Paket"));
        TestHelpers::writeFile(folder, QStringLiteral("Vergabe/Vermerk.txt"), "Vermerk zur Vergabe.\n");
        TestHelpers::writeFile(folder, QStringLiteral("index.csv"),
                               "\xEF\xBB\xBFtitle;file\r\nVermerk;Vergabe/Vermerk.txt\r\n");
        TestHelpers::writeFile(
            folder, QStringLiteral("toolbox.json"),
            "{\n  \"formatVersion\": 2,\n  \"pack\": {\"name\": \"Neu\"},\n"
            "  \"documents\": [{\"file\": \"Vergabe/Vermerk.txt\", \"title\": \"Soll nicht gelten\"}]\n}\n");
        auto library = openLibrary(dir.filePath(QStringLiteral("Bibliothek")));
        QVERIFY(library);
        const ImportReport report = import(*library, { folder });
        QVERIFY2(report.packs.size() == 1 && report.packs.first().committed, qPrintable(dump(report)));
        QCOMPARE(report.packs.first().name, QStringLiteral("Neueres Paket"));
        const QList<ImportReport::Entry> problems = entriesWith(report, Status::ManifestProblem);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().message.startsWith(
                     QStringLiteral("toolbox.json:2: format version 2 is not supported")),
                 qPrintable(problems.first().message));
        QCOMPARE(documentNamed(*library, QStringLiteral("Vermerk.txt"))->title, QStringLiteral("Vermerk"));
        // Without a usable manifest an index.csv is an ordinary file, not an export's index.
        QCOMPARE(report.packs.first().added, 2);
        QVERIFY(documentNamed(*library, QStringLiteral("index.csv")));
    }

    void anEntryRefusedAfterTheManifestLeavesItIntact()
    {
        QTemporaryDir dir;
        auto library = openLibrary(dir.filePath(QStringLiteral("Bibliothek")));
        QVERIFY(library);
        const QString archive = dir.filePath(QStringLiteral("Mit Bombe.zip"));
        TestArchiveBuilder builder;
        builder
            .addFile(
                QStringLiteral("toolbox.json"),
                manifestJson({ { QStringLiteral("name"), QStringLiteral("Messpaket") } },
                             { QJsonObject { { QStringLiteral("file"), QStringLiteral("Daten/Harmlos.txt") },
                                             { QStringLiteral("title"), QStringLiteral("Pegelstände") } } }))
            .addFile(QStringLiteral("Daten/Nullen.txt"), QByteArray(4 * 1024 * 1024, '\0'))
            .addFile(QStringLiteral("Daten/Harmlos.txt"), "Messwerte der Pegelstation");
        QVERIFY(builder.write(archive));
        ImportOptions o = options();
        o.limits.ratioCheckAfterBytes = 64 * 1024;
        o.limits.maxExpansionRatio = 100;
        const ImportReport report = import(*library, { archive }, o);
        QVERIFY2(report.packs.size() == 1 && report.packs.first().committed
                     && report.packs.first().rejected == 1,
                 qPrintable(dump(report)));
        QVERIFY2(entriesWith(report, Status::ManifestProblem).isEmpty(), qPrintable(dump(report)));
        QCOMPARE(report.packs.first().name, QStringLiteral("Messpaket"));
        QCOMPARE(documentNamed(*library, QStringLiteral("Harmlos.txt"))->title,
                 QStringLiteral("Pegelstände"));
    }

    void reportsManifestEntriesWithoutFiles()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("Paket"));
        writeSmallPackFolder(folder);
        const QByteArray json = manifestJson(
            { { QStringLiteral("name"), QStringLiteral("Lückenhaft") } },
            { QJsonObject { { QStringLiteral("file"),
                              QStringLiteral("Mobilität/Parken/Parkraumkonzept_Innenstadt.txt") },
                            { QStringLiteral("title"), QStringLiteral("Parkraumkonzept") } },
              QJsonObject {
                  { QStringLiteral("file"), QStringLiteral("Vergabe/Leistungsverzeichnis_fehlt.pdf") },
                  { QStringLiteral("title"), QStringLiteral("Leistungsverzeichnis") } },
              QJsonObject { { QStringLiteral("file"), QStringLiteral("Haushalt/Kostenübersicht_2024.csv") },
                            { QStringLiteral("year"), QStringLiteral("zwanzig24") } } });
        TestHelpers::writeFile(folder, QStringLiteral("toolbox.json"), json);
        auto library = openLibrary(dir.filePath(QStringLiteral("Bibliothek")));
        QVERIFY(library);

        const ImportReport report = import(*library, { folder });
        QVERIFY2(report.packs.size() == 1 && report.packs.first().committed, qPrintable(dump(report)));
        QCOMPARE(report.packs.first().added, 3);
        QCOMPARE(report.packs.first().warnings, 2);
        const QList<ImportReport::Entry> problems = entriesWith(report, Status::ManifestProblem);
        QCOMPARE(problems.size(), 2);
        const int missingLine = lineOf(json, "Leistungsverzeichnis_fehlt.pdf");
        const int yearLine = lineOf(json, "zwanzig24"); // the line of the value, not of the entry
        QVERIFY(missingLine > 0 && yearLine > 0);
        bool missingReported = false;
        bool yearReported = false;
        for (const ImportReport::Entry &e : problems) {
            QVERIFY2(e.path.endsWith(QStringLiteral("Paket/toolbox.json")), qPrintable(e.path));
            if (e.message.startsWith(QStringLiteral("toolbox.json:%1: ").arg(missingLine))
                && e.message.contains(
                    QStringLiteral("\"Vergabe/Leistungsverzeichnis_fehlt.pdf\" is not in the pack")))
                missingReported = true;
            if (e.message.startsWith(QStringLiteral("toolbox.json:%1: ").arg(yearLine))
                && e.message.contains(QStringLiteral("zwanzig24")))
                yearReported = true;
        }
        QVERIFY2(missingReported && yearReported, qPrintable(dump(report)));
        // The problem lines for the user name the manifest, the line and the file.
        const QString lines = report.problemLines().join(QLatin1Char('\n'));
        QVERIFY2(
            lines.contains(QStringLiteral("Paket/toolbox.json: manifest: toolbox.json:%1:").arg(missingLine)),
            qPrintable(lines));

        // The rest of the manifest applies.
        QCOMPARE(documentNamed(*library, QStringLiteral("Parkraumkonzept_Innenstadt.txt"))->title,
                 QStringLiteral("Parkraumkonzept"));
        QCOMPARE(library->catalog().latestPackNamed(QStringLiteral("Lückenhaft"))->name,
                 QStringLiteral("Lückenhaft"));
    }

    void aMalformedManifestIsReportedAndTheFilesImport()
    {
        QTemporaryDir dir;
        const QString archive = dir.filePath(QStringLiteral("Kaputtes Manifest.zip"));
        const QByteArray json
            = "{\n"
              "  \"pack\": {\"name\": \"Soll nicht gelten\"},\n"
              "  \"documents\": [\n"
              "    {\"file\": \"Haushalt/Kostenübersicht_2024.csv\", \"title\": \"Kosten\"}\n"
              "    {\"file\": \"Beteiligung/Leitfaden_Beteiligung.md\"}\n"
              "  ]\n"
              "}\n";
        TestArchiveBuilder builder;
        addSmallPack(builder);
        builder.addFile(QStringLiteral("toolbox.json"), json);
        QVERIFY(builder.write(archive));
        auto library = openLibrary(dir.filePath(QStringLiteral("Bibliothek")));
        QVERIFY(library);
        const ImportReport report = import(*library, { archive });
        QVERIFY2(report.packs.size() == 1 && report.packs.first().committed, qPrintable(dump(report)));
        QCOMPARE(report.packs.first().added, 3);
        QCOMPARE(report.packs.first().name, QStringLiteral("Kaputtes Manifest"));
        const QList<ImportReport::Entry> problems = entriesWith(report, Status::ManifestProblem);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().path.endsWith(QStringLiteral("Kaputtes Manifest.zip/toolbox.json")),
                 qPrintable(problems.first().path));
        QVERIFY2(problems.first().message.startsWith(QStringLiteral("toolbox.json:5: malformed JSON")),
                 qPrintable(problems.first().message));
        // Without a usable manifest the folders give the metadata.
        QCOMPARE(documentNamed(*library, QStringLiteral("Kostenübersicht_2024.csv"))->title,
                 QStringLiteral("Kostenübersicht 2024"));
        QCOMPARE(documentNamed(*library, QStringLiteral("Kostenübersicht_2024.csv"))->category,
                 QStringLiteral("Haushalt"));
    }

    void storesAFileOnlyOnce()
    {
        QTemporaryDir dir;
        auto library = openLibrary(dir.filePath(QStringLiteral("Bibliothek")));
        QVERIFY(library);
        const QByteArray satzung
            = "Satzung über die Erhebung von Gebühren für das Parken in der Innenstadt.\n";
        const QString first = dir.filePath(QStringLiteral("Paket A"));
        TestHelpers::writeFile(first, QStringLiteral("Vorlagen/Parken/Satzung.txt"), satzung);
        QVERIFY(import(*library, { first }).totals().added == 1);
        const auto original = documentNamed(*library, QStringLiteral("Satzung.txt"));
        QVERIFY(original);

        // The same bytes under another name, in another pack, without new metadata.
        const QString second = dir.filePath(QStringLiteral("Paket B.zip"));
        QVERIFY(TestArchiveBuilder()
                    .addFile(QStringLiteral("Satzung_Kopie.txt"), satzung)
                    .addFile(QStringLiteral("Neu.txt"), "Ein neues Dokument")
                    .write(second));
        const ImportReport report = import(*library, { second });
        QVERIFY2(report.packs.size() == 1 && report.packs.first().committed, qPrintable(dump(report)));
        QCOMPARE(report.packs.first().added, 1);
        QCOMPARE(report.packs.first().duplicates, 1);
        QCOMPARE(report.packs.first().updated, 0);
        const auto duplicate
            = findEntry(report, QStringLiteral("Paket B.zip/Satzung_Kopie.txt"), Status::Duplicate);
        QVERIFY2(duplicate, qPrintable(dump(report)));
        QCOMPARE(duplicate->message, QStringLiteral("already in the library"));
        QCOMPARE(library->catalog().documents().size(), 2);
        QCOMPARE(library->store().storedFiles().size(), 2);
        const auto unchanged = library->catalog().document(original->id);
        QCOMPARE(unchanged->title, QStringLiteral("Satzung"));
        QCOMPARE(unchanged->category, QStringLiteral("Vorlagen"));
        QCOMPARE(unchanged->tags, QStringList { QStringLiteral("Parken") });
        QCOMPARE(unchanged->packName, QStringLiteral("Paket A")); // the pack it first came from
        // Both packs list it.
        QCOMPARE(packEntries(*library, QStringLiteral("Paket B")).value(QStringLiteral("Satzung_Kopie.txt")),
                 original->id);
        QCOMPARE(packEntries(*library, QStringLiteral("Paket A"))
                     .value(QStringLiteral("Vorlagen/Parken/Satzung.txt")),
                 original->id);

        // Again, now with a manifest that knows more: the metadata is merged, the file still stored once.
        const QString third = dir.filePath(QStringLiteral("Paket C"));
        TestHelpers::writeFile(third, QStringLiteral("Gebühren/Satzung Parkgebühren.txt"), satzung);
        TestHelpers::writeFile(
            third, QStringLiteral("toolbox.json"),
            manifestJson({ { QStringLiteral("name"), QStringLiteral("Paket C") } },
                         { QJsonObject {
                             { QStringLiteral("file"), QStringLiteral("Gebühren/Satzung Parkgebühren.txt") },
                             { QStringLiteral("title"), QStringLiteral("Parkgebührensatzung") },
                             { QStringLiteral("municipality"), QStringLiteral("Stadt Beispielheim") },
                             { QStringLiteral("tags"), QJsonArray { QStringLiteral("Gebühren") } } } }));
        const ImportReport merged = import(*library, { third });
        QVERIFY2(merged.packs.size() == 1 && merged.packs.first().updated == 1, qPrintable(dump(merged)));
        QCOMPARE(merged.packs.first().added + merged.packs.first().duplicates, 0);
        const auto updated
            = findEntry(merged, QStringLiteral("Paket C/Gebühren/Satzung Parkgebühren.txt"), Status::Updated);
        QVERIFY2(updated, qPrintable(dump(merged)));
        QVERIFY(updated->message.contains(QStringLiteral("metadata was updated")));
        const auto after = library->catalog().document(original->id);
        QCOMPARE(after->title, QStringLiteral("Parkgebührensatzung"));
        QCOMPARE(after->municipality, QStringLiteral("Stadt Beispielheim"));
        QCOMPARE(after->category, QStringLiteral("Vorlagen")); // not in the manifest: kept
        QCOMPARE(after->tags, (QStringList { QStringLiteral("Gebühren"), QStringLiteral("Parken") }));
        QCOMPARE(library->catalog().documents().size(), 2);
        QCOMPARE(library->store().storedFiles().size(), 2);
        QVERIFY(checkerProblems(*library).isEmpty());
    }

    void theSameFileTwiceInOnePackIsOneDocument()
    {
        QTemporaryDir dir;
        const QString archive = dir.filePath(QStringLiteral("Doppelt.zip"));
        const QByteArray vorlage = "Vorlage für den Vergabevermerk\n";
        TestArchiveBuilder builder;
        builder.addFile(QStringLiteral("Vergabe/Vergabevermerk.txt"), vorlage)
            .addFile(QStringLiteral("Archiv/Vergabevermerk (Kopie).txt"), vorlage)
            .addFile(QStringLiteral("Vergabe/Anlage.txt"), "Anlage zum Vermerk");
        QVERIFY(builder.write(archive));
        auto library = openLibrary(dir.filePath(QStringLiteral("Bibliothek")));
        QVERIFY(library);
        const ImportReport report = import(*library, { archive });
        QVERIFY2(!report.failed() && report.packs.size() == 1 && report.packs.first().committed,
                 qPrintable(dump(report)));
        QCOMPARE(report.packs.first().added, 2);
        QCOMPARE(report.packs.first().duplicates, 1);
        QVERIFY(findEntry(report, QStringLiteral("Doppelt.zip/Vergabe/Vergabevermerk.txt"), Status::Added));
        QVERIFY(findEntry(report, QStringLiteral("Doppelt.zip/Archiv/Vergabevermerk (Kopie).txt"),
                          Status::Duplicate));
        QCOMPARE(library->catalog().documents().size(), 2);
        const auto vermerk = documentNamed(*library, QStringLiteral("Vergabevermerk.txt"));
        QVERIFY(vermerk);
        QCOMPARE(vermerk->category, QStringLiteral("Vergabe")); // the first copy in the pack counts
        const QHash<QString, qint64> entries = packEntries(*library, QStringLiteral("Doppelt"));
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.value(QStringLiteral("Archiv/Vergabevermerk (Kopie).txt")), vermerk->id);
        QCOMPARE(entries.value(QStringLiteral("Vergabe/Vergabevermerk.txt")), vermerk->id);
        QVERIFY(checkerProblems(*library).isEmpty());
    }

    void aNewerVersionOfAPackUpdatesIt()
    {
        QTemporaryDir dir;
        auto library = openLibrary(dir.filePath(QStringLiteral("Bibliothek")));
        QVERIFY(library);
        auto manifest = [](const QString &version, const QString &titleA) {
            return manifestJson(
                { { QStringLiteral("name"), QStringLiteral("Musterpaket") },
                  { QStringLiteral("version"), version },
                  { QStringLiteral("publisher"), QStringLiteral("Zweckverband Digitale Region") } },
                { QJsonObject { { QStringLiteral("file"), QStringLiteral("Vergabe/a.txt") },
                                { QStringLiteral("title"), titleA } } });
        };
        const QString v1 = dir.filePath(QStringLiteral("musterpaket-1.0"));
        TestHelpers::writeFile(v1, QStringLiteral("Vergabe/a.txt"), "Leistungsbeschreibung Sensorik");
        TestHelpers::writeFile(v1, QStringLiteral("Vergabe/b.txt"), "Bewertungsmatrix Angebote");
        TestHelpers::writeFile(v1, QStringLiteral("Gremien/c.txt"), "Beschlussvorlage Gemeinderat");
        TestHelpers::writeFile(v1, QStringLiteral("toolbox.json"),
                               manifest(QStringLiteral("1.0"), QStringLiteral("Leistungsbeschreibung")));
        const ImportReport first = import(*library, { v1 });
        QVERIFY2(first.totals().added == 3, qPrintable(dump(first)));
        const qint64 cId = documentNamed(*library, QStringLiteral("c.txt"))->id;

        const QString v2 = dir.filePath(QStringLiteral("musterpaket-2.0.tar.xz"));
        TestArchiveBuilder builder;
        builder.addFile(QStringLiteral("Vergabe/a.txt"), "Leistungsbeschreibung Sensorik")
            .addFile(QStringLiteral("Vergabe/b.txt"), "Bewertungsmatrix Angebote")
            .addFile(QStringLiteral("Gremien/d.txt"), "Niederschrift Ausschuss")
            .addFile(QStringLiteral("toolbox.json"),
                     manifest(QStringLiteral("2.0"), QStringLiteral("Leistungsbeschreibung, 2. Auflage")));
        QVERIFY(builder.write(v2));
        const ImportReport second = import(*library, { v2 });
        QVERIFY2(second.packs.size() == 1 && second.packs.first().committed, qPrintable(dump(second)));
        const ImportReport::Pack &p = second.packs.first();
        QCOMPARE(p.name, QStringLiteral("Musterpaket"));
        QCOMPARE(p.added, 1);
        QCOMPARE(p.updated, 1);
        QCOMPARE(p.duplicates, 1);
        QCOMPARE(p.noLongerInPack, 1);
        QVERIFY(findEntry(second, QStringLiteral("/Gremien/d.txt"), Status::Added));
        QVERIFY(findEntry(second, QStringLiteral("/Vergabe/a.txt"), Status::Updated));
        QVERIFY(findEntry(second, QStringLiteral("/Vergabe/b.txt"), Status::Duplicate));
        const auto gone = findEntry(second, QStringLiteral("Gremien/c.txt"), Status::NoLongerInPack);
        QVERIFY2(gone, qPrintable(dump(second)));
        QVERIFY(gone->message.contains(QStringLiteral("stays in the library")));
        QVERIFY(second.summaryLine().contains(QStringLiteral("no longer in the pack 1")));

        QCOMPARE(library->catalog().packs().size(), 1);
        const auto pack = library->catalog().latestPackNamed(QStringLiteral("Musterpaket"));
        QCOMPARE(pack->version, QStringLiteral("2.0"));
        QCOMPARE(pack->sourceName, QStringLiteral("musterpaket-2.0.tar.xz"));
        QCOMPARE(sorted(library->catalog().packEntries(pack->id).keys()),
                 (QStringList { QStringLiteral("Gremien/d.txt"), QStringLiteral("Vergabe/a.txt"),
                                QStringLiteral("Vergabe/b.txt") }));
        QCOMPARE(documentNamed(*library, QStringLiteral("a.txt"))->title,
                 QStringLiteral("Leistungsbeschreibung, 2. Auflage"));
        QVERIFY(library->catalog().document(cId)); // reported, not deleted
        QCOMPARE(library->catalog().documents().size(), 4);
        QVERIFY(checkerProblems(*library).isEmpty());
    }

    void cancellingLeavesTheLibraryAsItWas()
    {
        QTemporaryDir dir;
        auto library = openLibrary(dir.filePath(QStringLiteral("Bibliothek")));
        QVERIFY(library);
        const QString existing = dir.filePath(QStringLiteral("Vorhanden"));
        writeSmallPackFolder(existing);
        QCOMPARE(import(*library, { existing }).totals().added, 3);
        const QString catalogBefore = dumpCatalog(*library);
        const QStringList filesBefore = storeListing(*library);

        const QString archive = dir.filePath(QStringLiteral("Protokolle.zip"));
        TestArchiveBuilder builder;
        addProtocols(builder, 12);
        builder.addFile(QStringLiteral("Kopie/Parkraumkonzept.txt"), ParkText); // in the library already
        QVERIFY(builder.write(archive));

        std::atomic_bool cancel { false };
        int calls = 0;
        int maxDone = 0;
        const ImportReport report = import(
            *library, { archive }, options(),
            [&](const ImportProgress &progress) {
                ++calls;
                maxDone = qMax(maxDone, progress.filesDone);
                if (progress.filesDone >= 3)
                    cancel = true;
            },
            &cancel);
        QVERIFY(report.cancelled);
        QCOMPARE(report.packs.size(), 1);
        QVERIFY(!report.packs.first().committed);
        QVERIFY(calls >= 3);
        QVERIFY(maxDone >= 3 && maxDone < 12);
        QVERIFY(report.summaryLine().contains(QStringLiteral("cancelled")));

        QCOMPARE(dumpCatalog(*library), catalogBefore);
        QCOMPARE(storeListing(*library), filesBefore);
        QVERIFY2(checkerProblems(*library).isEmpty(), qPrintable(checkerProblems(*library)));

        // The same import, not cancelled, goes through.
        const ImportReport again = import(*library, { archive });
        QCOMPARE(again.packs.first().added, 12);
        QCOMPARE(again.packs.first().duplicates, 1);
    }

    void cancellingTheSecondPackKeepsTheFirst()
    {
        QTemporaryDir dir;
        auto library = openLibrary(dir.filePath(QStringLiteral("Bibliothek")));
        QVERIFY(library);
        const QString first = dir.filePath(QStringLiteral("Erstes"));
        writeSmallPackFolder(first);
        const QString second = dir.filePath(QStringLiteral("Zweites.tar.gz"));
        TestArchiveBuilder builder;
        addProtocols(builder, 8);
        QVERIFY(builder.write(second));

        std::atomic_bool cancel { false };
        const ImportReport report = import(
            *library, { first, second }, options(),
            [&](const ImportProgress &progress) {
                if (progress.pack == QLatin1String("Zweites") && progress.filesDone >= 2)
                    cancel = true;
            },
            &cancel);
        QVERIFY(report.cancelled);
        QCOMPARE(report.packs.size(), 2);
        QVERIFY(report.packs.at(0).committed);
        QVERIFY(!report.packs.at(1).committed);
        QCOMPARE(library->catalog().documents().size(), 3);
        QCOMPARE(library->catalog().packs().size(), 1);
        QCOMPARE(library->store().storedFiles().size(), 3);
        QVERIFY(checkerProblems(*library).isEmpty());
    }

    void storesFilesOnlyCompleteAndJournaled()
    {
        QTemporaryDir dir;
        auto library = openLibrary(dir.filePath(QStringLiteral("Bibliothek")));
        QVERIFY(library);
        const QString archive = dir.filePath(QStringLiteral("Gross.tar.gz"));
        TestArchiveBuilder builder;
        for (int i = 0; i < 4; ++i) {
            QByteArray text; // larger than one read chunk: written in several pieces
            for (int line = 0; text.size() < 400 * 1024; ++line)
                text += "Dokument " + QByteArray::number(i) + ", Zeile " + QByteArray::number(line)
                    + ": Messwerte der Pegelstation\n";
            builder.addFile(QStringLiteral("Pegel/Messreihe_%1.txt").arg(i), text);
        }
        QVERIFY(builder.write(archive));
        const ContentStore &store = library->store();

        // Whenever the importer reports progress, every file under a hash name is complete (its
        // content has that hash) and the pack's journal names it until the catalog commits.
        int checks = 0;
        QStringList problems;
        auto progress = [&](const ImportProgress &) {
            const QDir journalDir(store.root() + QStringLiteral("/.journal"));
            QByteArray journal;
            for (const QString &name : journalDir.entryList({ QStringLiteral("*.pending") }, QDir::Files))
                journal += TestHelpers::readFile(journalDir.filePath(name));
            for (const QString &path : store.storedFiles()) {
                if (path.contains(QStringLiteral("/.journal/")))
                    continue;
                const QString name = QFileInfo(path).fileName();
                if (ContentStore::hashFile(path, nullptr) != name)
                    problems.append(QStringLiteral("incomplete: ") + path);
                if (!journal.contains(name.toLatin1()))
                    problems.append(QStringLiteral("not journaled: ") + path);
                ++checks;
            }
        };
        const ImportReport report = import(*library, { archive }, options(), progress);
        QVERIFY2(report.packs.size() == 1 && report.packs.first().added == 4, qPrintable(dump(report)));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(checks > 0);
        // After the commit the journal is gone and nothing temporary is left.
        QCOMPARE(storeListing(*library).filter(QStringLiteral(".journal/")), QStringList());
        QCOMPARE(storeListing(*library).filter(QStringLiteral(".tmp/")), QStringList());
        QCOMPARE(store.storedFiles().size(), 4);
    }

    void aCrashedImportIsCleanedUpWhenTheLibraryIsOpenedNext()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Bibliothek"));
        const QString existing = dir.filePath(QStringLiteral("Vorhanden"));
        writeSmallPackFolder(existing);
        const QString archive = dir.filePath(QStringLiteral("Absturz.zip"));
        TestArchiveBuilder builder;
        addProtocols(builder, 10);
        QVERIFY(builder.write(archive));

        QString catalogBefore;
        QStringList filesBefore;
        {
            auto library = openLibrary(path);
            QVERIFY(library);
            QCOMPARE(import(*library, { existing }).totals().added, 3);
            catalogBefore = dumpCatalog(*library);
            filesBefore = storeListing(*library);

            // A process that dies in the middle of an import: files stored, catalog not committed.
            const pid_t child = ::fork();
            QVERIFY(child >= 0);
            if (child == 0) {
                Importer(*library, options()).run({ archive }, [](const ImportProgress &progress) {
                    if (progress.filesDone >= 4)
                        ::_exit(3);
                });
                ::_exit(0);
            }
            int status = 0;
            QCOMPARE(::waitpid(child, &status, 0), child);
            QVERIFY(WIFEXITED(status));
            QCOMPARE(WEXITSTATUS(status), 3);
            // What the dead import left: files no row names, and its journal.
            QVERIFY(storeListing(*library).size() > filesBefore.size());
            QVERIFY(!storeListing(*library).filter(QStringLiteral(".journal/")).isEmpty());
            QCOMPARE(dumpCatalog(*library), catalogBefore);
        }
        auto library = openLibrary(path);
        QVERIFY(library);
        QCOMPARE(dumpCatalog(*library), catalogBefore);
        QCOMPARE(storeListing(*library), filesBefore);
        QVERIFY2(checkerProblems(*library).isEmpty(), qPrintable(checkerProblems(*library)));
        // And the import can be done again.
        QCOMPARE(import(*library, { archive }).totals().added, 10);
    }

    void aFailingPackLeavesTheLibraryAsItWas()
    {
        QTemporaryDir dir;
        auto library = openLibrary(dir.filePath(QStringLiteral("Bibliothek")));
        QVERIFY(library);
        const QString existing = dir.filePath(QStringLiteral("Vorhanden"));
        writeSmallPackFolder(existing);
        QCOMPARE(import(*library, { existing }).totals().added, 3);

        // The store cannot take the third file: where its folder files/ab/ belongs lies a file.
        const QByteArray blocked = "Dieses Dokument kann nicht gespeichert werden.\n";
        const QString blockedSha
            = QString::fromLatin1(QCryptographicHash::hash(blocked, QCryptographicHash::Sha256).toHex());
        const QString blocker = library->store().root() + QLatin1Char('/') + blockedSha.left(2);
        QVERIFY2(!QFileInfo::exists(blocker), "choose other fixture bytes");
        TestHelpers::writeFile(library->store().root(), blockedSha.left(2), "Sperre");
        const QString catalogBefore = dumpCatalog(*library);
        const QStringList filesBefore = storeListing(*library);

        const QString archive = dir.filePath(QStringLiteral("Scheitert.zip"));
        TestArchiveBuilder builder;
        builder.addFile(QStringLiteral("1.txt"), "Erstes neues Dokument")
            .addFile(QStringLiteral("2.txt"), "Zweites neues Dokument")
            .addFile(QStringLiteral("3.txt"), blocked)
            .addFile(QStringLiteral("4.txt"), "Viertes neues Dokument");
        QVERIFY(builder.write(archive));
        const ImportReport report = import(*library, { archive });
        QVERIFY(report.failed());
        QCOMPARE(report.packs.size(), 1);
        QVERIFY(!report.packs.first().committed);
        QVERIFY2(report.packs.first().error.contains(blockedSha), qPrintable(report.packs.first().error));
        QVERIFY(report.problemLines()
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("Scheitert.zip: import failed")));

        QCOMPARE(dumpCatalog(*library), catalogBefore);
        QCOMPARE(storeListing(*library), filesBefore);
        QVERIFY(QFile::remove(blocker));
        QVERIFY2(checkerProblems(*library).isEmpty(), qPrintable(checkerProblems(*library)));
    }

    void fiftyThousandTagsCostLinearTime()
    {
        // A manifest may name 50,000 tags for one document: the first 200 are kept, with one
        // warning. Tagging itself costs the same per tag however many a document has (the catalog
        // takes all 50,000 here; bench/tag-bench.sh measures the time). Case variants are one tag.
        constexpr int Tags = 50000;
        QTemporaryDir dir;
        auto library = openLibrary(dir.filePath(QStringLiteral("Bibliothek")));
        QVERIFY(library);
        const QString pack = dir.filePath(QStringLiteral("Viele_Schlagworte"));
        TestHelpers::writeFile(pack, QStringLiteral("Protokoll.txt"), ParkText);
        QJsonArray tags;
        QStringList names;
        for (int i = 0; i < Tags; ++i) {
            names.append(QStringLiteral("Thema %1").arg(i, 6, 10, QLatin1Char('0')));
            tags.append(names.last());
        }
        for (int i = 0; i < 100; ++i)
            names.append(QStringLiteral("THEMA %1").arg(i, 6, 10, QLatin1Char('0')));
        TestHelpers::writeFile(
            pack, QStringLiteral("toolbox.json"),
            manifestJson({ { QStringLiteral("name"), QStringLiteral("Viele Schlagworte") } },
                         { QJsonObject { { QStringLiteral("file"), QStringLiteral("Protokoll.txt") },
                                         { QStringLiteral("tags"), tags } } }));
        const ImportReport report = import(*library, { pack });
        QVERIFY2(report.packs.size() == 1 && report.packs.first().committed, qPrintable(dump(report)));
        QCOMPARE(report.packs.first().added, 1);
        QVERIFY2(dump(report).contains(QStringLiteral("more than 200 tags")), qPrintable(dump(report)));
        const auto doc = documentNamed(*library, QStringLiteral("Protokoll.txt"));
        QVERIFY(doc);
        QCOMPARE(doc->tags.size(), 200);

        QVERIFY(library->catalog().setDocumentTags(doc->id, names));
        QCOMPARE(library->catalog().documentTags(doc->id).size(), Tags);
        QCOMPARE(library->catalog().stats().tags, qint64(Tags));
        QCOMPARE(library->catalog().documentsWithTag(QStringLiteral("thema 049999")), QList<qint64> { doc->id });
    }

    void aCancelWhileTheMetadataIsWrittenLeavesTheLibraryAsItWas()
    {
        // The cancel comes after every file is stored and extracted, as the long last steps begin
        // (tagging a document with many tags, indexing): they stop and everything is rolled back.
        QTemporaryDir dir;
        auto library = openLibrary(dir.filePath(QStringLiteral("Bibliothek")));
        QVERIFY(library);
        const QString existing = dir.filePath(QStringLiteral("Vorhanden"));
        writeSmallPackFolder(existing);
        QCOMPARE(import(*library, { existing }).totals().added, 3);
        const QString catalogBefore = dumpCatalog(*library);
        const QStringList filesBefore = storeListing(*library);

        // 400 documents with 200 tags of their own each (the most a document takes).
        constexpr int Documents = 400;
        const QString pack = dir.filePath(QStringLiteral("Viele_Schlagworte"));
        QJsonArray documents;
        for (int i = 1; i <= Documents; ++i) {
            QJsonArray tags;
            for (int t = 0; t < 200; ++t)
                tags.append(QStringLiteral("Thema %1-%2").arg(i).arg(t));
            const QString file = QStringLiteral("Protokoll_%1.txt").arg(i);
            TestHelpers::writeFile(pack, file, "Niederschrift " + QByteArray::number(i));
            documents.append(
                QJsonObject { { QStringLiteral("file"), file }, { QStringLiteral("tags"), tags } });
        }
        TestHelpers::writeFile(pack, QStringLiteral("toolbox.json"), manifestJson({}, documents));

        // A tenth of a second after the last file is extracted, from another thread, as a signal
        // handler or the window's button would: the pack's tags take several times that.
        std::atomic_bool cancel { false };
        std::thread canceller;
        const ImportReport report = import(
            *library, { pack }, options(),
            [&](const ImportProgress &progress) {
                if (progress.filesDone >= Documents && !canceller.joinable())
                    canceller = std::thread([&cancel] {
                        std::this_thread::sleep_for(std::chrono::milliseconds(100));
                        cancel = true;
                    });
            },
            &cancel);
        QVERIFY(canceller.joinable());
        canceller.join();
        QVERIFY2(report.cancelled, qPrintable(dump(report)));
        QVERIFY(!report.packs.first().committed);
        QVERIFY(!report.failed()); // a cancel, not a failure
        QCOMPARE(report.totals().added, 0);
        QVERIFY(entriesWith(report, Status::Added).isEmpty());
        QCOMPARE(dumpCatalog(*library), catalogBefore);
        QCOMPARE(storeListing(*library), filesBefore);
        QVERIFY2(checkerProblems(*library).isEmpty(), qPrintable(checkerProblems(*library)));
    }

    void aCatalogThatCannotBeWrittenReportsNothingAdded_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("reason");
        // The disk fills while the pack's rows are written: its second row does not fit.
        QTest::newRow("while writing")
            << QStringLiteral("CREATE TRIGGER disk_full BEFORE INSERT ON pack_entries "
                              "WHEN (SELECT count(*) FROM pack_entries) >= 5 "
                              "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")
            << QStringLiteral("disk is full");
        // The commit itself fails (here a deferred constraint that only the commit checks).
        QTest::newRow("at the commit") << QStringLiteral(
            "CREATE TABLE commit_guard (pack INTEGER REFERENCES packs(id) DEFERRABLE INITIALLY DEFERRED);"
            "CREATE TRIGGER commit_fails AFTER INSERT ON pack_entries "
            "BEGIN INSERT INTO commit_guard VALUES (-1); END")
                                       << QStringLiteral("FOREIGN KEY");
    }

    void aCatalogThatCannotBeWrittenReportsNothingAdded()
    {
        QFETCH(QString, sql);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        auto library = openLibrary(dir.filePath(QStringLiteral("Bibliothek")));
        QVERIFY(library);
        const QString existing = dir.filePath(QStringLiteral("Vorhanden"));
        writeSmallPackFolder(existing);
        QCOMPARE(import(*library, { existing }).totals().added, 3);
        QVERIFY(library->database().exec(sql));
        const QString catalogBefore = dumpCatalog(*library);
        const QStringList filesBefore = storeListing(*library);

        const QString archive = dir.filePath(QStringLiteral("Voll.zip"));
        TestArchiveBuilder builder;
        addProtocols(builder, 3);
        builder.addFile(QStringLiteral("Kopie/Parkraumkonzept.txt"), ParkText); // a duplicate
        QVERIFY(builder.write(archive));
        const ImportReport report = import(*library, { archive });
        QVERIFY2(report.failed() && !report.packs.first().committed, qPrintable(dump(report)));
        QCOMPARE(report.totals().added, 0);
        QCOMPARE(report.totals().duplicates, 0);
        QVERIFY(entriesWith(report, Status::Added).isEmpty());
        QVERIFY2(report.summaryLine().contains(QStringLiteral("added 0")), qPrintable(report.summaryLine()));
        const QString problems = report.problemLines().join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(QStringLiteral("Voll.zip: import failed")) && problems.contains(reason),
                 qPrintable(problems));
        QCOMPARE(dumpCatalog(*library), catalogBefore);
        QCOMPARE(storeListing(*library), filesBefore);
    }

    void reportsFilesWhoseNamesAreNotUtf8()
    {
        QTemporaryDir dir;
        auto library = openLibrary(dir.filePath(QStringLiteral("Bibliothek")));
        QVERIFY(library);
        const QString folder = dir.filePath(QStringLiteral("Altbestand"));
        TestHelpers::writeFile(folder, QStringLiteral("Gut.txt"), ParkText);
        // Names in Latin-1, as an old system wrote them: a file, and a file in such a folder.
        const QByteArray root = QFile::encodeName(folder);
        auto writeRaw = [](const QByteArray &path, const QByteArray &content) {
            const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
            return fd >= 0 && ::write(fd, content.constData(), size_t(content.size())) == content.size()
                && ::close(fd) == 0;
        };
        QVERIFY(writeRaw(root + "/B\xf6se.txt", LeitfadenText));
        QVERIFY(::mkdir(root + "/Geb\xe4ude", 0755) == 0);
        QVERIFY(writeRaw(root + "/Geb\xe4ude/Rathaus.txt", KostenText));
        const auto removeRaw = qScopeGuard([root] { // QTemporaryDir cannot name them either
            ::unlink(root + "/B\xf6se.txt");
            ::unlink(root + "/Geb\xe4ude/Rathaus.txt");
            ::rmdir(root + "/Geb\xe4ude");
        });

        const ImportReport report = import(*library, { folder });
        QVERIFY2(report.packs.size() == 1 && report.packs.first().committed, qPrintable(dump(report)));
        QCOMPARE(report.packs.first().added, 1);
        QCOMPARE(report.packs.first().rejected, 2);
        for (const QString &name : { QStringLiteral("Altbestand/B\\xF6se.txt"),
                                     QStringLiteral("Altbestand/Geb\\xE4ude/Rathaus.txt") }) {
            const auto rejected = findEntry(report, name, Status::Rejected);
            QVERIFY2(rejected, qPrintable(dump(report)));
            QVERIFY2(rejected->message.contains(QStringLiteral("UTF-8")), qPrintable(rejected->message));
        }
        QVERIFY(
            report.problemLines().join(QLatin1Char('\n')).contains(QStringLiteral("B\\xF6se.txt: rejected")));
    }

    void importsArchiveEntriesWhoseNamesAreNotUtf8()
    {
        // Archives name their entries in bytes: what is not UTF-8 is read as the legacy code page
        // (Windows-1252 for tar), so such a file comes in under a readable name, not silently lost.
        QTemporaryDir dir;
        auto library = openLibrary(dir.filePath(QStringLiteral("Bibliothek")));
        QVERIFY(library);
        // A ustar header written byte by byte: the name exactly as given.
        QByteArray tar(512, '\0');
        auto put = [&tar](int at, const QByteArray &field) {
            std::copy(field.cbegin(), field.cend(), tar.begin() + at);
        };
        const QByteArray data = LeitfadenText;
        put(0, "B\xf6se.txt");
        put(100, "0000644");
        put(108, "0000000");
        put(116, "0000000");
        put(124, QByteArray::number(data.size(), 8).rightJustified(11, '0'));
        put(136, "00000000000");
        put(156, "0");
        put(257,
            QByteArray("ustar\0"
                       "00",
                       8));
        put(148, "        ");
        int sum = 0;
        for (const char c : std::as_const(tar))
            sum += static_cast<unsigned char>(c);
        put(148, QByteArray::number(sum, 8).rightJustified(6, '0') + QByteArray("\0 ", 2));
        tar += data + QByteArray(512 - data.size() % 512, '\0') + QByteArray(1024, '\0');
        const QString archive = TestHelpers::writeFile(dir.path(), QStringLiteral("Alt.tar"), tar);

        const ImportReport report = import(*library, { archive });
        QVERIFY2(report.packs.size() == 1 && report.packs.first().added == 1, qPrintable(dump(report)));
        QVERIFY2(documentNamed(*library, QStringLiteral("Böse.txt")), qPrintable(dump(report)));
    }

    void aDryRunChangesNothing()
    {
        QTemporaryDir dir;
        auto library = openLibrary(dir.filePath(QStringLiteral("Bibliothek")));
        QVERIFY(library);
        const QString existing = dir.filePath(QStringLiteral("Vorhanden"));
        TestHelpers::writeFile(existing, QStringLiteral("Vergabe/Vermerk.txt"), "Vergabevermerk");
        QCOMPARE(import(*library, { existing }).totals().added, 1);
        const QString catalogBefore = dumpCatalog(*library);
        const QStringList filesBefore = storeListing(*library);

        const QString archive = dir.filePath(QStringLiteral("Probe.7z"));
        TestArchiveBuilder builder;
        addSmallPack(builder);
        builder.addFile(QStringLiteral("Vergabe/Vermerk-Kopie.txt"), "Vergabevermerk")
            .addSymlink(QStringLiteral("Link"), QStringLiteral("/etc"));
        QVERIFY(builder.write(archive));
        ImportOptions o = options();
        o.dryRun = true;
        const ImportReport report = import(*library, { archive }, o);
        QVERIFY(report.dryRun);
        QCOMPARE(report.packs.size(), 1);
        QVERIFY(!report.packs.first().committed);
        QVERIFY(report.packs.first().error.isEmpty());
        QCOMPARE(report.packs.first().added, 3);
        QCOMPARE(report.packs.first().duplicates, 1);
        QCOMPARE(report.packs.first().rejected, 1);
        QVERIFY(findEntry(report, QStringLiteral("Probe.7z/Link"), Status::Rejected));
        QVERIFY(report.summaryLine().contains(QStringLiteral("dry run")));
        QCOMPARE(dumpCatalog(*library), catalogBefore);
        QCOMPARE(storeListing(*library), filesBefore);
        QVERIFY(checkerProblems(*library).isEmpty());
    }

    void aReadOnlyLibraryIsNotTouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Bibliothek"));
        QVERIFY(openLibrary(path));
        Library::OpenOptions readOnly;
        readOnly.readOnly = true;
        QString error;
        auto library = Library::open(path, &error, readOnly);
        QVERIFY2(library, qPrintable(error));
        const QString folder = dir.filePath(QStringLiteral("Paket"));
        writeSmallPackFolder(folder);
        const ImportReport report = import(*library, { folder });
        QVERIFY(report.failed());
        QCOMPARE(report.packs.first().error, library->readOnlyReason());
        QCOMPARE(report.totals().added, 0);
        QVERIFY(library->catalog().documents().isEmpty());
        QVERIFY(library->store().storedFiles().isEmpty());
    }

    void aMissingSourceIsReported()
    {
        QTemporaryDir dir;
        auto library = openLibrary(dir.filePath(QStringLiteral("Bibliothek")));
        QVERIFY(library);
        const QString missing = dir.filePath(QStringLiteral("gibt-es-nicht.zip"));
        const QString garbage = TestHelpers::writeFile(dir.path(), QStringLiteral("kein-archiv.tar.gz"),
                                                       "Nur Text, kein Archiv.");
        const ImportReport report = import(*library, { missing, garbage });
        QVERIFY(report.failed());
        QCOMPARE(report.packs.size(), 2);
        QCOMPARE(report.packs.at(0).source, missing);
        QVERIFY(report.packs.at(0).error.contains(missing));
        QCOMPARE(report.packs.at(1).source, garbage);
        QVERIFY(!report.packs.at(1).error.isEmpty());
        QVERIFY(library->catalog().packs().isEmpty());
    }

    void refusesHostileTarEntries()
    {
        QTemporaryDir dir;
        auto library = openLibrary(dir.filePath(QStringLiteral("Bibliothek")));
        QVERIFY(library);
        const QString unique = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString absoluteTarget = QStringLiteral("/tmp/srt-absolut-%1.txt").arg(unique);
        const QString archive = dir.filePath(QStringLiteral("Quellen/Feindlich.tar"));
        TestArchiveBuilder builder;
        builder.addFile(QStringLiteral("Gut/Satzung.txt"), "Satzung über die Benutzung der Ladesäulen")
            .addFile(QStringLiteral("../../ausbruch-%1.txt").arg(unique), "raus")
            .addFile(absoluteTarget, "absolut")
            .addSymlink(QStringLiteral("Gut/Verweis"), QStringLiteral("/etc/passwd"))
            .addHardlink(QStringLiteral("Gut/Kopie.txt"), QStringLiteral("Gut/Satzung.txt"))
            .addCharDevice(QStringLiteral("Gut/zufall"))
            .addFile(QStringLiteral("Gut/Steuer\x1b[2J.txt"), "Steuerzeichen im Namen")
            .addFile(QStringLiteral("Gut/Ende.txt"), "Nach den bösen Einträgen geht es weiter");
        QVERIFY2(builder.write(archive), qPrintable(builder.errorString()));

        const ImportReport report = import(*library, { archive });
        QVERIFY2(report.packs.size() == 1 && report.packs.first().committed, qPrintable(dump(report)));
        QCOMPARE(report.packs.first().added, 2);
        QCOMPARE(report.packs.first().rejected, 6);
        struct Expected
        {
            QString path;
            QString reason;
        };
        const QList<Expected> expected = {
            { QStringLiteral("ausbruch-%1.txt").arg(unique), QStringLiteral("\"..\"") },
            { absoluteTarget, QStringLiteral("absolute paths are not allowed") },
            { QStringLiteral("Gut/Verweis"),
              QStringLiteral("symbolic links are not imported (it points to \"/etc/passwd\")") },
            { QStringLiteral("Gut/Kopie.txt"),
              QStringLiteral("hard links are not imported (it points to \"Gut/Satzung.txt\")") },
            { QStringLiteral("Gut/zufall"), QStringLiteral("device files") },
            { QStringLiteral("[2J.txt"), QStringLiteral("control characters") },
        };
        for (const Expected &e : expected) {
            const auto entry = findEntry(report, e.path, Status::Rejected);
            QVERIFY2(entry, qPrintable(e.path + QLatin1Char('\n') + dump(report)));
            QVERIFY2(entry->message.contains(e.reason), qPrintable(entry->message));
            QVERIFY2(entry->path.startsWith(archive), qPrintable(entry->path));
        }
        QCOMPARE(report.problemLines().size(), 6);

        // Nothing was written outside the library, nothing but the two good files inside it.
        QVERIFY(!QFileInfo::exists(absoluteTarget));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("ausbruch-%1.txt").arg(unique))));
        QVERIFY(!QFileInfo::exists(
            QDir(dir.path()).absoluteFilePath(QStringLiteral("../ausbruch-%1.txt").arg(unique))));
        QCOMPARE(
            QDir(dir.filePath(QStringLiteral("Quellen"))).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
            QStringList { QStringLiteral("Feindlich.tar") });
        QCOMPARE(library->store().storedFiles().size(), 2);
        // The refused entries are no part of the pack: "Gut/" is the single top folder of what it holds.
        QCOMPARE(sorted(packEntries(*library, QStringLiteral("Feindlich")).keys()),
                 (QStringList { QStringLiteral("Ende.txt"), QStringLiteral("Satzung.txt") }));
        QVERIFY(checkerProblems(*library).isEmpty());
    }

    void refusesHostileZipEntries()
    {
        QTemporaryDir dir;
        auto library = openLibrary(dir.filePath(QStringLiteral("Bibliothek")));
        QVERIFY(library);
        const QString archive = dir.filePath(QStringLiteral("Feindlich.zip"));
        TestZipWriter zip;
        zip.add(QStringLiteral("../Ausbruch.txt"), "raus")
            .add(QStringLiteral("C:\\Windows\\Fremd.txt"), "Laufwerk")
            .addSymlink(QStringLiteral("Verweis"), QStringLiteral("../../etc/shadow"))
            .add(QStringLiteral("Vergabe/Vermerk.txt"), "Vergabevermerk")
            .add(QStringLiteral("LIESMICH.txt"), "Hinweise zum Paket");
        QVERIFY2(zip.writeTo(archive), qPrintable(zip.errorString()));
        const ImportReport report = import(*library, { archive });
        QVERIFY2(report.packs.size() == 1 && report.packs.first().added == 2, qPrintable(dump(report)));
        QCOMPARE(report.packs.first().rejected, 3);
        QVERIFY(findEntry(report, QStringLiteral("../Ausbruch.txt"), Status::Rejected)
                    ->message.contains(QStringLiteral("\"..\"")));
        QVERIFY(findEntry(report, QStringLiteral("Fremd.txt"), Status::Rejected)
                    ->message.contains(QStringLiteral("absolute")));
        QVERIFY(findEntry(report, QStringLiteral("Verweis"), Status::Rejected)
                    ->message.contains(QStringLiteral("symbolic link")));
        QCOMPARE(documentNamed(*library, QStringLiteral("Vermerk.txt"))->category, QStringLiteral("Vergabe"));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("Ausbruch.txt"))));
        QCOMPARE(library->store().storedFiles().size(), 2);
    }

    void refusesLinksAndSpecialFilesInFolders()
    {
        QTemporaryDir dir;
        auto library = openLibrary(dir.filePath(QStringLiteral("Bibliothek")));
        QVERIFY(library);
        const QString outside
            = TestHelpers::writeFile(dir.path(), QStringLiteral("Außerhalb/Geheim.txt"), "Geheime Notiz");
        const QString folder = dir.filePath(QStringLiteral("Ordner"));
        TestHelpers::writeFile(folder, QStringLiteral("Vergabe/Vermerk.txt"), "Vergabevermerk");
        QVERIFY(QFile::link(outside, folder + QStringLiteral("/Vergabe/Verweis.txt")));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("Außerhalb")),
                            folder + QStringLiteral("/Ordnerverweis")));
        QCOMPARE(::mkfifo(QFile::encodeName(folder + QStringLiteral("/Vergabe/Rohr")).constData(), 0600), 0);

        const ImportReport report = import(*library, { folder });
        QVERIFY2(report.packs.size() == 1 && report.packs.first().added == 1, qPrintable(dump(report)));
        QCOMPARE(report.packs.first().rejected, 3);
        QVERIFY(findEntry(report, QStringLiteral("Ordner/Vergabe/Verweis.txt"), Status::Rejected)
                    ->message.contains(QStringLiteral("symbolic link")));
        QVERIFY(findEntry(report, QStringLiteral("Ordner/Ordnerverweis"), Status::Rejected)
                    ->message.contains(QStringLiteral("symbolic link")));
        QVERIFY(findEntry(report, QStringLiteral("Ordner/Vergabe/Rohr"), Status::Rejected)
                    ->message.contains(QStringLiteral("pipes")));
        QVERIFY(!documentNamed(*library, QStringLiteral("Geheim.txt")));
        QCOMPARE(library->catalog().documents().size(), 1);
    }

    void refusesEncryptedZipEntries()
    {
        QTemporaryDir dir;
        auto library = openLibrary(dir.filePath(QStringLiteral("Bibliothek")));
        QVERIFY(library);
        const QString archive = dir.filePath(QStringLiteral("Verschlüsselt.zip"));
        TestArchiveBuilder builder;
        builder.addFile(QStringLiteral("Personal/Gehaltsliste.txt"), "Vertraulich")
            .addFile(QStringLiteral("Personal/Urlaubsplan.txt"), "Auch vertraulich")
            .setZipPassphrase("geheim");
        QVERIFY2(builder.write(archive), qPrintable(builder.errorString()));
        const ImportReport report = import(*library, { archive });
        QVERIFY2(report.packs.size() == 1 && !report.failed(), qPrintable(dump(report)));
        QCOMPARE(report.packs.first().added, 0);
        QCOMPARE(report.packs.first().rejected, 2);
        for (const QString &name :
             { QStringLiteral("Personal/Gehaltsliste.txt"), QStringLiteral("Personal/Urlaubsplan.txt") }) {
            const auto entry = findEntry(report, name, Status::Rejected);
            QVERIFY2(entry, qPrintable(dump(report)));
            QCOMPARE(entry->message, QStringLiteral("the entry is encrypted"));
        }
        QVERIFY(library->catalog().documents().isEmpty());
        QVERIFY(library->store().storedFiles().isEmpty());
    }

    void refusesZipBombs_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("zip") << "Bombe.zip";
        QTest::newRow("tar.gz") << "Bombe.tar.gz";
    }
    void refusesZipBombs()
    {
        QFETCH(QString, fileName);
        QTemporaryDir dir;
        auto library = openLibrary(dir.filePath(QStringLiteral("Bibliothek")));
        QVERIFY(library);
        const QString archive = dir.filePath(fileName);
        TestArchiveBuilder builder;
        builder.addFile(QStringLiteral("Daten/Nullen.txt"), QByteArray(32 * 1024 * 1024, '\0'))
            .addFile(QStringLiteral("Daten/Harmlos.txt"), "Messwerte der Pegelstation");
        QVERIFY(builder.write(archive));
        QVERIFY(QFileInfo(archive).size() < 1024 * 1024);
        ImportOptions o = options();
        o.limits.ratioCheckAfterBytes = 1024 * 1024;
        o.limits.maxExpansionRatio = 100;
        const ImportReport report = import(*library, { archive }, o);
        QVERIFY2(report.packs.size() == 1 && report.packs.first().committed, qPrintable(dump(report)));
        QCOMPARE(report.packs.first().added, 1);
        QCOMPARE(report.packs.first().rejected, 1);
        const auto bomb = findEntry(report, fileName + QStringLiteral("/Daten/Nullen.txt"), Status::Rejected);
        QVERIFY2(bomb, qPrintable(dump(report)));
        QVERIFY2(bomb->message.contains(QStringLiteral("expands more than 100 times")),
                 qPrintable(bomb->message));
        QVERIFY(documentNamed(*library, QStringLiteral("Harmlos.txt")));
        QCOMPARE(library->store().storedFiles().size(), 1);
        QVERIFY(storeListing(*library).filter(QStringLiteral(".tmp/")).isEmpty());
    }

    void refusesFilesBeyondTheSizeLimits()
    {
        QTemporaryDir dir;
        auto library = openLibrary(dir.filePath(QStringLiteral("Bibliothek")));
        QVERIFY(library);
        const QString archive = dir.filePath(QStringLiteral("Gross.tar.bz2"));
        auto text = [](char c, int size) {
            QByteArray data;
            while (data.size() < size)
                data += "Zeile " + QByteArray::number(data.size()) + ' ' + c + '\n';
            return data.left(size);
        };
        TestArchiveBuilder builder;
        builder.addFile(QStringLiteral("a.txt"), text('a', 60 * 1024))
            .addFile(QStringLiteral("b.txt"), text('b', 60 * 1024))
            .addFile(QStringLiteral("c.txt"), text('c', 30 * 1024))
            .addFile(QStringLiteral("riesig.txt"), text('r', 90 * 1024));
        QVERIFY(builder.write(archive));
        ImportOptions o = options();
        o.limits.maxFileBytes = 80 * 1024;
        o.limits.maxTotalBytes = 100 * 1024;
        const ImportReport report = import(*library, { archive }, o);
        QVERIFY2(report.packs.size() == 1 && report.packs.first().committed, qPrintable(dump(report)));
        QCOMPARE(report.packs.first().added, 2); // a and c
        QCOMPARE(report.packs.first().rejected, 2);
        QVERIFY(findEntry(report, QStringLiteral("Gross.tar.bz2/b.txt"), Status::Rejected)
                    ->message.contains(QStringLiteral("in total")));
        QVERIFY(findEntry(report, QStringLiteral("Gross.tar.bz2/riesig.txt"), Status::Rejected)
                    ->message.contains(QStringLiteral("larger than the limit")));
        QVERIFY(documentNamed(*library, QStringLiteral("a.txt")));
        QVERIFY(documentNamed(*library, QStringLiteral("c.txt")));
        QCOMPARE(library->store().storedFiles().size(), 2);
    }

    void stopsReadingAfterTheEntryLimit()
    {
        QTemporaryDir dir;
        auto library = openLibrary(dir.filePath(QStringLiteral("Bibliothek")));
        QVERIFY(library);
        const QString archive = dir.filePath(QStringLiteral("Viele.zip"));
        TestArchiveBuilder builder;
        builder.addDirectory(QStringLiteral("Protokolle/"));
        addProtocols(builder, 8);
        QVERIFY(builder.write(archive));
        ImportOptions o = options();
        o.limits.maxEntries = 5; // the folder and four files
        const ImportReport report = import(*library, { archive }, o);
        QVERIFY2(report.packs.size() == 1 && report.packs.first().committed, qPrintable(dump(report)));
        QCOMPARE(report.packs.first().added, 4);
        QCOMPARE(report.packs.first().rejected, 1);
        const auto refused
            = findEntry(report, QStringLiteral("Viele.zip/Protokolle/Protokoll_05.txt"), Status::Rejected);
        QVERIFY2(refused, qPrintable(dump(report)));
        QCOMPARE(refused->message, QStringLiteral("the archive holds more than 5 entries"));
        QCOMPARE(library->catalog().documents().size(), 4);
    }

    void otherRejectionsDoNotEndTheArchive()
    {
        // A rejection whose text happens to contain the entry limit is no entry-limit rejection.
        QTemporaryDir dir;
        auto library = openLibrary(dir.filePath(QStringLiteral("Bibliothek")));
        QVERIFY(library);
        const QString archive = dir.filePath(QStringLiteral("Verweise.tar"));
        TestArchiveBuilder builder;
        builder.addSymlink(QStringLiteral("Anlage"), QStringLiteral("Anlage 10.pdf"));
        addProtocols(builder, 3);
        QVERIFY(builder.write(archive));
        ImportOptions o = options();
        o.limits.maxEntries = 10;
        const ImportReport report = import(*library, { archive }, o);
        QVERIFY2(report.packs.size() == 1 && report.packs.first().added == 3, qPrintable(dump(report)));
        QCOMPARE(report.packs.first().rejected, 1);
    }

    void decodesCp437NamesOfOldZips()
    {
        QTemporaryDir dir;
        auto library = openLibrary(dir.filePath(QStringLiteral("Bibliothek")));
        QVERIFY(library);
        const QString archive = TestHelpers::writeFile(
            dir.path(), QStringLiteral("Altes Archiv.zip"),
            TestArchiveBuilder::rawZip({
                { QByteArray("F\x94rderung.txt"), QByteArray("Förderrichtlinie Digitale Kommune") },
                { QByteArray("\x9a"
                             "bersicht/Stra\xe1"
                             "enverzeichnis.txt"),
                  QByteArray("Straßenverzeichnis Musterbach") },
                { QByteArray("\x9a"
                             "bersicht/Geb\x84ude/Rathaus.txt"),
                  QByteArray("Rathaus, Marktplatz 1") },
            }));
        const ImportReport report = import(*library, { archive });
        QVERIFY2(report.packs.size() == 1 && report.packs.first().added == 3, qPrintable(dump(report)));
        QVERIFY(findEntry(report, QStringLiteral("Altes Archiv.zip/Förderung.txt"), Status::Added));
        const auto foerderung = documentNamed(*library, QStringLiteral("Förderung.txt"));
        QVERIFY(foerderung);
        QCOMPARE(foerderung->title, QStringLiteral("Förderung"));
        const auto strassen = documentNamed(*library, QStringLiteral("Straßenverzeichnis.txt"));
        QVERIFY(strassen);
        QCOMPARE(strassen->category, QStringLiteral("Übersicht"));
        const auto rathaus = documentNamed(*library, QStringLiteral("Rathaus.txt"));
        QVERIFY(rathaus);
        QCOMPARE(rathaus->tags, QStringList { QStringLiteral("Gebäude") });
        QCOMPARE(
            sorted(packEntries(*library, QStringLiteral("Altes Archiv")).keys()),
            (QStringList { QStringLiteral("Förderung.txt"), QStringLiteral("Übersicht/Gebäude/Rathaus.txt"),
                           QStringLiteral("Übersicht/Straßenverzeichnis.txt") }));
    }

    void brokenDocumentsAreCatalogedWithAWarningOrRejected()
    {
        QTemporaryDir dir;
        auto library = openLibrary(dir.filePath(QStringLiteral("Bibliothek")));
        QVERIFY(library);
        const QString folder = dir.filePath(QStringLiteral("Beschädigt"));
        TestHelpers::writeFile(folder, QStringLiteral("Haushaltsplan_2024.pdf"),
                               "%PDF-1.7\n1 0 obj\n<< /Type /Catalog kaputt");
        TestZipWriter docx;
        docx.add(QStringLiteral("[Content_Types].xml"),
                 "<?xml version=\"1.0\"?><Types "
                 "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                 "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                 "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
            .add(QStringLiteral("word/document.xml"),
                 "<?xml version=\"1.0\"?><w:document "
                 "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                 "<w:body><w:p><w:r><w:t>"
                     + QByteArray("Beschlussvorlage für den Gemeinderat. ").repeated(400)
                     + "</w:t></w:r></w:p></w:body></w:document>");
        QByteArray truncated = docx.toByteArray();
        QVERIFY(!truncated.isEmpty());
        truncated.truncate(truncated.size() / 2);
        TestHelpers::writeFile(folder, QStringLiteral("Beschlussvorlage.docx"), truncated);
        TestHelpers::writeFile(folder, QStringLiteral("Leer.txt"), QByteArray());
        TestHelpers::writeFile(folder, QStringLiteral("Gut.txt"), "Ein lesbares Dokument");

        const ImportReport report = import(*library, { folder }, isolatedOptions());
        QVERIFY2(report.packs.size() == 1 && report.packs.first().committed, qPrintable(dump(report)));
        QCOMPARE(report.packs.first().added, 3);
        QCOMPARE(report.packs.first().rejected, 1);
        QCOMPARE(findEntry(report, QStringLiteral("Beschädigt/Leer.txt"), Status::Rejected)->message,
                 QStringLiteral("the file is empty"));
        QVERIFY(!documentNamed(*library, QStringLiteral("Leer.txt")));

        const auto pdf = documentNamed(*library, QStringLiteral("Haushaltsplan_2024.pdf"));
        QVERIFY(pdf);
        QCOMPARE(pdf->extraction, QStringLiteral("failed"));
        QCOMPARE(pdf->title, QStringLiteral("Haushaltsplan 2024"));
        QCOMPARE(pdf->format, QStringLiteral("pdf"));
        QVERIFY(!pdf->warnings.isEmpty());
        const auto pdfWarning
            = findEntry(report, QStringLiteral("Beschädigt/Haushaltsplan_2024.pdf"), Status::Warning);
        QVERIFY2(pdfWarning, qPrintable(dump(report)));
        QCOMPARE(pdfWarning->message, pdf->warnings.first());

        const auto word = documentNamed(*library, QStringLiteral("Beschlussvorlage.docx"));
        QVERIFY(word);
        QCOMPARE(word->format, QStringLiteral("docx"));
        QCOMPARE(word->extraction, QStringLiteral("failed"));
        const auto wordWarning
            = findEntry(report, QStringLiteral("Beschädigt/Beschlussvorlage.docx"), Status::Warning);
        QVERIFY2(wordWarning, qPrintable(dump(report)));
        QVERIFY(!wordWarning->message.isEmpty());
        QVERIFY(library->catalog().documentText(word->id).isEmpty());

        QCOMPARE(documentNamed(*library, QStringLiteral("Gut.txt"))->extraction, QStringLiteral("ok"));
        QCOMPARE(report.packs.first().warnings, int(entriesWith(report, Status::Warning).size()));
        QVERIFY(checkerProblems(*library).isEmpty());
    }

    void importsNestedArchivesOneLevelDeep()
    {
        QTemporaryDir dir;
        auto library = openLibrary(dir.filePath(QStringLiteral("Bibliothek")));
        QVERIFY(library);
        TestArchiveBuilder deepest;
        deepest.addFile(QStringLiteral("Uralt.txt"), "Ein Dokument drei Ebenen tief");
        const QByteArray deepestBytes = deepest.build(TestArchiveBuilder::Format::TarGz);
        QVERIFY(!deepestBytes.isEmpty());
        TestArchiveBuilder plaene;
        plaene.addFile(QStringLiteral("Lageplan.txt"), "Lageplan der Gateway-Standorte")
            .addFile(QStringLiteral("Archiv/Alt.tar.gz"), deepestBytes);
        TestArchiveBuilder fotos;
        fotos.addFile(QStringLiteral("Fotos/Foto-Liste.csv"), "Datei;Ort\nIMG_1.jpg;Rathausdach\n");
        const QString archive = dir.filePath(QStringLiteral("Gemeinde.zip"));
        TestArchiveBuilder outer;
        outer.addFile(QStringLiteral("Vergabe/Vermerk.txt"), "Vergabevermerk")
            .addFile(QStringLiteral("Anlagen/Pläne.zip"), plaene.build(TestArchiveBuilder::Format::Zip))
            .addFile(QStringLiteral("Anlagen/Fotos.tar.bz2"),
                     fotos.build(TestArchiveBuilder::Format::TarBz2));
        QVERIFY(outer.write(archive));

        const ImportReport report = import(*library, { archive });
        QVERIFY2(!report.failed() && report.packs.size() == 3, qPrintable(dump(report)));
        QCOMPARE(report.packs.at(0).name, QStringLiteral("Gemeinde"));
        QCOMPARE(report.packs.at(0).added, 1);
        QCOMPARE(report.packs.at(1).name, QStringLiteral("Gemeinde/Pläne.zip"));
        QCOMPARE(report.packs.at(1).source, archive + QStringLiteral("/Anlagen/Pläne.zip"));
        QCOMPARE(report.packs.at(1).added, 2);
        QCOMPARE(report.packs.at(2).name, QStringLiteral("Gemeinde/Fotos.tar.bz2"));
        QCOMPARE(report.packs.at(2).added, 1);
        for (const ImportReport::Pack &p : report.packs)
            QVERIFY(p.committed);
        QVERIFY(
            findEntry(report, QStringLiteral("Gemeinde.zip/Anlagen/Pläne.zip/Lageplan.txt"), Status::Added));
        QVERIFY(findEntry(report, QStringLiteral("Gemeinde.zip/Anlagen/Fotos.tar.bz2/Fotos/Foto-Liste.csv"),
                          Status::Added));

        // The archive inside the nested archive is a plain file; what it holds is not imported.
        const auto alt = documentNamed(*library, QStringLiteral("Alt.tar.gz"));
        QVERIFY(alt);
        QCOMPARE(TestHelpers::readFile(library->store().pathFor(alt->sha256)), deepestBytes);
        QCOMPARE(alt->category, QStringLiteral("Archiv"));
        QVERIFY(!documentNamed(*library, QStringLiteral("Uralt.txt")));
        // The nested archives themselves are no documents.
        QVERIFY(!documentNamed(*library, QStringLiteral("Pläne.zip")));
        QVERIFY(!documentNamed(*library, QStringLiteral("Fotos.tar.bz2")));
        // The single top folder of the nested archive is its root, not a category.
        QVERIFY(documentNamed(*library, QStringLiteral("Foto-Liste.csv"))->category.isEmpty());
        QCOMPARE(documentNamed(*library, QStringLiteral("Lageplan.txt"))->packName,
                 QStringLiteral("Gemeinde/Pläne.zip"));
        QCOMPARE(library->catalog().documents().size(), 4);
        QCOMPARE(library->store().storedFiles().size(), 4);
        QCOMPARE(library->catalog().packs().size(), 3);
        QVERIFY(checkerProblems(*library).isEmpty());
    }

    void aBrokenNestedArchiveIsRejected()
    {
        QTemporaryDir dir;
        auto library = openLibrary(dir.filePath(QStringLiteral("Bibliothek")));
        QVERIFY(library);
        const QString archive = dir.filePath(QStringLiteral("Aussen.tar"));
        TestArchiveBuilder outer;
        outer.addFile(QStringLiteral("Vermerk.txt"), "Vergabevermerk")
            .addFile(QStringLiteral("Anlagen/Gut.zip"),
                     TestArchiveBuilder()
                         .addFile(QStringLiteral("Plan.txt"), "Plan")
                         .build(TestArchiveBuilder::Format::Zip))
            .addFile(QStringLiteral("Anlagen/Kaputt.zip"), "Das ist kein Zip.");
        QVERIFY(outer.write(archive));
        const ImportReport report = import(*library, { archive });
        QVERIFY2(!report.failed() && report.packs.size() == 2, qPrintable(dump(report)));
        QCOMPARE(report.packs.at(0).name, QStringLiteral("Aussen"));
        QCOMPARE(report.packs.at(0).added, 1);
        QCOMPARE(report.packs.at(0).rejected, 1);
        QCOMPARE(report.packs.at(1).name, QStringLiteral("Aussen/Gut.zip"));
        QCOMPARE(report.packs.at(1).added, 1);
        QCOMPARE(report.packs.at(1).rejected, 0);
        const auto broken
            = findEntry(report, QStringLiteral("Aussen.tar/Anlagen/Kaputt.zip"), Status::Rejected);
        QVERIFY2(broken, qPrintable(dump(report)));
        QVERIFY(!broken->message.isEmpty());
        QCOMPARE(broken->pack, QStringLiteral("Aussen"));
    }

    void importsTheSamplePack()
    {
        const QString sample = TestHelpers::samplePackPath();
        if (!QFileInfo::exists(sample + QStringLiteral("/toolbox.json")))
            QSKIP("resources/sample-pack has not been generated");
        const Manifest manifest
            = Manifest::parse(TestHelpers::readFile(sample + QStringLiteral("/toolbox.json")));
        QVERIFY(manifest.problems().isEmpty());
        QStringList files;
        QDirIterator it(sample, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString relative = QDir(sample).relativeFilePath(it.next());
            if (relative != QLatin1String("toolbox.json"))
                files.append(relative);
        }
        files.sort();
        QVERIFY(files.size() > 10);

        QTemporaryDir dir;
        const QString zip = dir.filePath(QStringLiteral("beispielpaket.zip"));
        TestArchiveBuilder builder;
        builder.addFolder(sample, QStringLiteral("Beispielpaket/"));
        QVERIFY(builder.write(zip));

        for (const QString &source : { sample, zip }) {
            QTemporaryDir libraryDir;
            auto library = openLibrary(libraryDir.path());
            QVERIFY(library);
            const ImportReport report = import(*library, { source }, isolatedOptions());
            QVERIFY2(report.packs.size() == 1 && report.packs.first().committed, qPrintable(dump(report)));
            const ImportReport::Pack &pack = report.packs.first();
            QCOMPARE(pack.name, manifest.pack().name);
            QCOMPARE(pack.added, int(files.size()));
            QCOMPARE(pack.rejected, 0);
            QVERIFY2(entriesWith(report, Status::ManifestProblem).isEmpty(), qPrintable(dump(report)));
            QCOMPARE(library->catalog().documents().size(), files.size());
            QCOMPARE(library->store().storedFiles().size(), files.size());
            const auto record = library->catalog().latestPackNamed(manifest.pack().name);
            QVERIFY(record);
            QCOMPARE(record->version, manifest.pack().version);
            QCOMPARE(record->publisher, manifest.pack().publisher);
            QCOMPARE(record->date, manifest.pack().date);
            const QHash<QString, qint64> entries = library->catalog().packEntries(record->id);
            QCOMPARE(sorted(entries.keys()), files);

            int unlisted = 0;
            int pdfs = 0;
            for (const QString &file : std::as_const(files)) {
                const auto doc = library->catalog().document(entries.value(file));
                QVERIFY2(doc, qPrintable(file));
                const QString text = library->catalog().documentText(doc->id);
                if (const Manifest::Entry *m = manifest.entryFor(file)) {
                    QCOMPARE(doc->title, m->title);
                    QCOMPARE(doc->category, m->category);
                    QCOMPARE(doc->type, m->type);
                    QCOMPARE(doc->municipality, m->municipality);
                    QCOMPARE(doc->year, m->year);
                    QCOMPARE(doc->license, m->license);
                    QStringList expectedTags;
                    QStringList tags;
                    for (const QString &tag : m->tags)
                        expectedTags.append(TagNames::key(tag));
                    for (const QString &tag : doc->tags)
                        tags.append(TagNames::key(tag));
                    QCOMPARE(sorted(tags), sorted(expectedTags));
                } else {
                    ++unlisted;
                    // Not in the manifest: the first folder is the category, deeper folders are tags.
                    const QStringList folders
                        = file.split(QLatin1Char('/')).mid(0, file.count(QLatin1Char('/')));
                    QCOMPARE(doc->category, folders.value(0));
                    QCOMPARE(doc->tags, folders.mid(1));
                    QVERIFY2(!doc->title.isEmpty() && doc->title != doc->filename, qPrintable(doc->title));
                }
                if (doc->format == QLatin1String("pdf")) {
                    ++pdfs;
                    QVERIFY2(doc->pages > 1, qPrintable(file));
                }
                // An image gives text only where it shows some (the sample logo shows none).
                if (DocumentFormats::hasTextExtractor(DocumentFormats::fromId(doc->format))
                    && doc->format != QLatin1String("image")) {
                    QCOMPARE(doc->extraction, QStringLiteral("ok"));
                    QVERIFY2(text.simplified().size() > 50, qPrintable(file));
                }
            }
            QCOMPARE(unlisted, int(files.size() - manifest.entries().size()));
            QVERIFY(unlisted >= 1);
            QVERIFY(pdfs >= 1);
            QVERIFY2(checkerProblems(*library).isEmpty(), qPrintable(checkerProblems(*library)));

            // Importing it again adds nothing: every file is a duplicate, as folder and as zip.
            const QStringList filesBefore = storeListing(*library);
            for (const QString &again : { sample, zip }) {
                const ImportReport second = import(*library, { again }, isolatedOptions());
                QVERIFY2(second.packs.size() == 1 && second.packs.first().committed,
                         qPrintable(dump(second)));
                QCOMPARE(second.packs.first().added, 0);
                QCOMPARE(second.packs.first().updated, 0);
                QCOMPARE(second.packs.first().noLongerInPack, 0);
                QCOMPARE(second.packs.first().duplicates, int(files.size()));
                QCOMPARE(library->catalog().documents().size(), files.size());
                QCOMPARE(library->catalog().packs().size(), 1);
                QCOMPARE(storeListing(*library), filesBefore);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "TestImporter.moc"
