// search-bench: search latency on generated libraries of real PDF text, against a plain FTS5 baseline.
//
//   search-bench generate --corpus DIR --docs N --out LIBDIR [--cache FILE] [--jobs N]
//                         [--index deferred|inline] [--batch 1000] [--no-baseline]
//   search-bench query --library LIBDIR [--runs 5] [--per-query] [--profile] [--prototype] [--summary FILE]
//                      [--results FILE]   (every query's hits, snippets and facets, to compare before/after)
//   search-bench query --library LIBDIR --explain 'QUERY|QUERY...'
//   search-bench sql --library LIBDIR --file FILE [--runs 3] [--print]   (timed SQL, for trying alternatives)
//
// generate: extracts the text of every PDF under DIR once (cached per page in FILE, default
// <parent of LIBDIR>/corpus-text.bin, so several sizes share one extraction), then writes a library
// of N documents through Catalog::insertDocument. Document i is a window of consecutive pages of the
// concatenated page stream (at least 2-26 KB of UTF-8; 15 KB on average) with metadata drawn from small German
// lists; everything about document i depends only on i and the corpus, so the 1,000-document library
// is the first 1,000 documents of the 10,000-document one. A plain FTS5 table (default unicode61
// tokenizer) holding the same titles and texts goes to LIBDIR/baseline.db.
//
// query: runs a fixed set of 50 queries in six classes. Per sample: Searcher::search with limit 50
// and facets off (top 50 ranked hits with snippets and pages), the same with facets on (the facet
// cost is the difference), and the baseline's
//   SELECT rowid, snippet(base,1,'[',']','…',16) FROM base WHERE base MATCH ? ORDER BY rank LIMIT 50
// All queries run once as warm-up, then RUNS rounds, each query's three measurements back to back.
// --profile splits each search into the SQL statements Searcher runs (captured with their bound values
// and replayed one by one): query preparation (compound parts, tag ids), count, ranked top 50, tags,
// snippets, facets, typo suggestions (only when nothing is found).
// --explain 'Q1|Q2' prints those statements with their time and EXPLAIN QUERY PLAN.
// --prototype times a restructured search in SQL only (see runPrototype) and checks it gives the same
// totals and facet counts.

#include "core/extract/PdfExtractor.h"
#include "core/library/Catalog.h"
#include "core/library/Library.h"
#include "core/library/SqliteDatabase.h"
#include "core/search/Searcher.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QStringList>
#include <QTextStream>
#include <QThreadPool>
#include <QtConcurrent>

#include <sqlite3.h>
#include <time.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <vector>

namespace {

// ---------------------------------------------------------------------------------------------
// Small helpers

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void say(const QString &text)
{
    out() << text << Qt::endl;
}

[[noreturn]] void die(const QString &text)
{
    out().flush();
    std::fprintf(stderr, "search-bench: %s\n", qPrintable(text));
    std::exit(1);
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

// CPU time of the calling thread: unlike wall time, hardly inflated when other processes compete for
// the cores (searches run on the calling thread).
qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

QString mb(qint64 bytes)
{
    return QString::number(double(bytes) / 1048576.0, 'f', 1) + QStringLiteral(" MB");
}

qint64 fileSize(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : 0;
}

// Deterministic random numbers: splitmix64, seeded per document.
struct Rng
{
    quint64 state;
    explicit Rng(quint64 seed)
        : state(seed)
    {
    }
    quint64 next()
    {
        quint64 z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }
    double unit() { return double(next() >> 11) / double(1ull << 53); }
    // Index into a list where item k has weight 1/(k+1)^s (a few frequent values, a long tail).
    int zipf(int n, double s = 0.8)
    {
        double total = 0;
        for (int k = 0; k < n; ++k)
            total += 1.0 / std::pow(k + 1, s);
        double x = unit() * total;
        for (int k = 0; k < n; ++k) {
            x -= 1.0 / std::pow(k + 1, s);
            if (x <= 0)
                return k;
        }
        return n - 1;
    }
};

constexpr quint64 Seed = 0x5352544245ull; // "SRTBE"

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    // Nearest rank.
    const size_t rank = size_t(std::ceil(p / 100.0 * double(values.size())));
    return values[std::min(values.size() - 1, rank == 0 ? 0 : rank - 1)];
}

QString fmt(double value, int decimals = 1)
{
    return std::isnan(value) ? QStringLiteral("–") : QString::number(value, 'f', decimals);
}

// ---------------------------------------------------------------------------------------------
// The corpus: extracted page texts of real PDFs, cached in one file.

struct Corpus
{
    QStringList names;     // PDF file names
    QList<int> firstPage;  // index of each PDF's first page in pages
    QStringList pages;     // all pages of all PDFs, in file-name order
    QList<int> pageBytes;  // UTF-8 size of each page
    QList<int> pageSource; // index into names for each page
    qint64 bytes = 0;
};

const char CacheMagic[] = "srt-search-bench-corpus-1";

bool loadCache(const QString &path, Corpus &corpus)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    QByteArray magic;
    in >> magic;
    if (magic != CacheMagic)
        return false;
    qint32 count = 0;
    in >> count;
    for (qint32 i = 0; i < count; ++i) {
        QString name;
        QStringList pages;
        in >> name >> pages;
        corpus.names.append(name);
        corpus.firstPage.append(corpus.pages.size());
        for (const QString &page : std::as_const(pages)) {
            corpus.pages.append(page);
            corpus.pageBytes.append(int(page.toUtf8().size()));
            corpus.pageSource.append(i);
            corpus.bytes += corpus.pageBytes.constLast();
        }
    }
    return in.status() == QDataStream::Ok && !corpus.pages.isEmpty();
}

Corpus loadCorpus(const QString &dir, const QString &cachePath, int jobs)
{
    Corpus corpus;
    QElapsedTimer timer;
    timer.start();
    if (loadCache(cachePath, corpus)) {
        say(QStringLiteral("corpus: %1 PDFs, %2 pages, %3 of text (cache %4, read in %5 s)")
                .arg(corpus.names.size())
                .arg(corpus.pages.size())
                .arg(mb(corpus.bytes), cachePath)
                .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
        return corpus;
    }
    corpus = Corpus();
    if (dir.isEmpty())
        die(QStringLiteral("no corpus cache at %1 and no --corpus DIR given").arg(cachePath));
    QStringList files;
    QDirIterator it(dir, {QStringLiteral("*.pdf"), QStringLiteral("*.PDF")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    std::sort(files.begin(), files.end());
    if (files.isEmpty())
        die(QStringLiteral("no PDFs in %1").arg(dir));
    say(QStringLiteral("extracting %1 PDFs from %2 with %3 threads ...").arg(files.size()).arg(dir).arg(jobs));
    QThreadPool::globalInstance()->setMaxThreadCount(jobs);
    std::atomic<int> done{0};
    const int total = int(files.size());
    const QList<QStringList> extracted = QtConcurrent::blockingMapped<QList<QStringList>>(files, [&](const QString &path) {
        const Extraction extraction = PdfExtractor().extract(path);
        const int n = ++done;
        if (n % 100 == 0 || n == total) {
            std::fprintf(stderr, "  %d/%d\n", n, total);
        }
        return extraction.ok() ? extraction.pages : QStringList();
    });
    QSaveFile file(cachePath);
    if (!file.open(QIODevice::WriteOnly))
        die(QStringLiteral("cannot write %1").arg(cachePath));
    QDataStream stream(&file);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << QByteArray(CacheMagic) << qint32(files.size());
    int failed = 0;
    for (int i = 0; i < files.size(); ++i) {
        const QString name = QFileInfo(files.at(i)).fileName();
        stream << name << extracted.at(i);
        failed += extracted.at(i).isEmpty();
    }
    if (!file.commit())
        die(QStringLiteral("cannot write %1").arg(cachePath));
    if (!loadCache(cachePath, corpus))
        die(QStringLiteral("cannot read back %1").arg(cachePath));
    say(QStringLiteral("corpus: %1 PDFs (%2 without text), %3 pages, %4 of text, extracted in %5 s -> %6")
            .arg(corpus.names.size())
            .arg(failed)
            .arg(corpus.pages.size())
            .arg(mb(corpus.bytes))
            .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
            .arg(cachePath));
    return corpus;
}

// ---------------------------------------------------------------------------------------------
// Documents

const QStringList Categories{
    QStringLiteral("Mobilität"),         QStringLiteral("Digitale Verwaltung"), QStringLiteral("Bürgerbeteiligung"),
    QStringLiteral("Energie und Umwelt"), QStringLiteral("Datenschutz"),        QStringLiteral("Vergabe"),
    QStringLiteral("Förderung"),         QStringLiteral("Gesundheit & Soziales"), QStringLiteral("Öffentliche Sicherheit"),
    QStringLiteral("Bildung und Kultur"),
};
const QStringList Types{QStringLiteral("Muster"),  QStringLiteral("Beispieldokument"), QStringLiteral("Leitfaden"),
                        QStringLiteral("Vorlage"), QStringLiteral("Bericht"),          QStringLiteral("Konzept")};
const QStringList Tags{
    QStringLiteral("LoRaWAN"),          QStringLiteral("Open Data"),           QStringLiteral("Förderung/Bund"),
    QStringLiteral("Förderung/Land"),   QStringLiteral("Förderung/EU"),        QStringLiteral("Vergabe/Ausschreibung"),
    QStringLiteral("Vergabe/Vertrag"),  QStringLiteral("Datenschutz/DSFA"),    QStringLiteral("Datenschutz/AV-Vertrag"),
    QStringLiteral("Sensorik"),         QStringLiteral("Smart City"),          QStringLiteral("Straßenbeleuchtung"),
    QStringLiteral("Breitband"),        QStringLiteral("Künstliche Intelligenz"), QStringLiteral("Ratsvorlage"),
    QStringLiteral("Bürgerportal"),     QStringLiteral("Klimaschutz"),         QStringLiteral("Parken"),
    QStringLiteral("Wärmeplanung"),     QStringLiteral("Schulen/Digitalpakt"),
};
const QStringList Municipalities{
    QStringLiteral("Stadt Marburg"),         QStringLiteral("Gemeinde Biebertal"),      QStringLiteral("Stadt Gießen"),
    QStringLiteral("Stadt Fulda"),           QStringLiteral("Gemeinde Lahntal"),        QStringLiteral("Stadt Wetzlar"),
    QStringLiteral("Stadt Bad Hersfeld"),    QStringLiteral("Gemeinde Schöffengrund"),  QStringLiteral("Stadt Büdingen"),
    QStringLiteral("Stadt Königstein im Taunus"), QStringLiteral("Gemeinde Mühltal"),   QStringLiteral("Stadt Eschwege"),
    QStringLiteral("Gemeinde Lautertal"),    QStringLiteral("Stadt Alsfeld"),           QStringLiteral("Stadt Homberg (Efze)"),
    QStringLiteral("Stadt Limburg a. d. Lahn"), QStringLiteral("Gemeinde Weilrod"),     QStringLiteral("Stadt Bad Soden-Salmünster"),
    QStringLiteral("Gemeinde Fränkisch-Crumbach"), QStringLiteral("Stadt Groß-Umstadt"), QStringLiteral("Stadt Rüsselsheim am Main"),
    QStringLiteral("Gemeinde Höchst i. Odw."), QStringLiteral("Stadt Korbach"),         QStringLiteral("Stadt Witzenhausen"),
    QStringLiteral("Gemeinde Wölfersheim"),  QStringLiteral("Stadt Lauterbach"),        QStringLiteral("Landkreis Marburg-Biedenkopf"),
    QStringLiteral("Vogelsbergkreis"),       QStringLiteral("Main-Kinzig-Kreis"),       QStringLiteral("Stadt Hünfeld"),
};
const QStringList TitleHeads{
    QStringLiteral("Leistungsbeschreibung"), QStringLiteral("Datennutzungsvereinbarung"), QStringLiteral("Förderantrag"),
    QStringLiteral("Konzept"),               QStringLiteral("Leitfaden"),                 QStringLiteral("Beschlussvorlage"),
    QStringLiteral("Datenschutz-Folgenabschätzung"), QStringLiteral("Musterausschreibung"), QStringLiteral("Ergebnisbericht"),
    QStringLiteral("Handreichung"),
};
const QStringList TitleTopics{
    QStringLiteral("zur Straßenbeleuchtung"),    QStringLiteral("für das LoRaWAN-Funknetz"), QStringLiteral("zur Parkraumbewirtschaftung"),
    QStringLiteral("zum Bürgerportal"),          QStringLiteral("für Umweltsensorik"),       QStringLiteral("zur kommunalen Wärmeplanung"),
    QStringLiteral("für offene Daten"),          QStringLiteral("zum Breitbandausbau"),      QStringLiteral("zur Schuldigitalisierung"),
    QStringLiteral("für digitale Ratsarbeit"),
};
constexpr int Packs = 12;

struct GeneratedDocument
{
    DocumentRecord record;
    QString text;
    int pack = 0;
    QString packPath;
    qint64 textBytes = 0;
};

// A title from the first lines of the text: a line with enough letters to read like a heading.
QString titleFromText(const QString &text)
{
    const QStringList lines = text.left(2000).split(QRegularExpression(QStringLiteral("[\\n\\f]")), Qt::SkipEmptyParts);
    for (const QString &raw : lines) {
        const QString line = raw.simplified();
        if (line.size() < 12 || line.size() > 110)
            continue;
        int letters = 0;
        for (const QChar c : line)
            letters += c.isLetter();
        if (letters * 10 >= line.size() * 7)
            return line;
    }
    return {};
}

GeneratedDocument makeDocument(const Corpus &corpus, int index)
{
    Rng rng(Seed ^ (quint64(index + 1) * 0xD1B54A32D192ED03ull));
    GeneratedDocument doc;
    DocumentRecord &r = doc.record;

    // Text: consecutive pages from a random start until the target size (2-26 KB, 14 KB on average).
    const int pageCount = int(corpus.pages.size());
    const int start = rng.below(pageCount);
    const int target = 2048 + rng.below(24 * 1024 + 1);
    QStringList pages;
    qint64 bytes = 0;
    for (int p = start; bytes < target && pages.size() < 400; p = (p + 1) % pageCount) {
        pages.append(corpus.pages.at(p));
        bytes += corpus.pageBytes.at(p) + 1;
    }
    const int formatPick = rng.below(10);
    r.format = formatPick < 7 ? QStringLiteral("pdf") : formatPick < 9 ? QStringLiteral("docx") : QStringLiteral("odt");
    r.mime = r.format == QLatin1String("pdf") ? QStringLiteral("application/pdf")
        : r.format == QLatin1String("docx")   ? QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                                              : QStringLiteral("application/vnd.oasis.opendocument.text");
    if (r.format == QLatin1String("pdf")) {
        doc.text = Catalog::joinPages(pages);
        r.pages = int(pages.size());
    } else {
        doc.text = pages.join(QLatin1Char('\n')); // an office document has no pages
        r.pages = 0;
    }
    doc.textBytes = doc.text.toUtf8().size();

    const int category = rng.zipf(int(Categories.size()));
    r.category = Categories.at(category);
    r.type = Types.at(rng.zipf(int(Types.size())));
    r.municipality = Municipalities.at(rng.zipf(int(Municipalities.size()), 0.6));
    r.year = 2015 + rng.below(11);
    r.language = QStringLiteral("de");
    r.license = rng.below(3) == 0 ? QStringLiteral("CC BY 4.0") : QString();
    const int tagCount = 1 + rng.below(3);
    QSet<int> tagSet;
    while (tagSet.size() < tagCount)
        tagSet.insert(rng.zipf(int(Tags.size()), 0.7));
    QList<int> tagList(tagSet.begin(), tagSet.end());
    std::sort(tagList.begin(), tagList.end());
    for (int t : std::as_const(tagList))
        r.tags.append(Tags.at(t));

    QString title = rng.below(10) < 6 ? titleFromText(doc.text) : QString();
    if (title.isEmpty()) {
        title = TitleHeads.at(rng.below(int(TitleHeads.size()))) + QLatin1Char(' ')
            + TitleTopics.at(rng.below(int(TitleTopics.size())));
        if (rng.below(2))
            title += QStringLiteral(" – ") + r.municipality;
    }
    r.title = title;
    if (rng.below(10) < 3)
        r.description = QStringLiteral("Beispiel der %1 zum Handlungsfeld %2 (%3).").arg(r.municipality, r.category).arg(r.year);

    const QString source = corpus.names.at(corpus.pageSource.at(start));
    QString base = QFileInfo(source).completeBaseName();
    const int firstInSource = start - corpus.firstPage.at(corpus.pageSource.at(start)) + 1;
    r.filename = QStringLiteral("d%1_%2_S%3-%4.%5")
                     .arg(index, 6, 10, QLatin1Char('0'))
                     .arg(base)
                     .arg(firstInSource)
                     .arg(firstInSource + pages.size() - 1)
                     .arg(r.format);
    r.sha256 = QString::fromLatin1(
        QCryptographicHash::hash(QByteArray("srt-search-bench/") + QByteArray::number(index), QCryptographicHash::Sha256).toHex());
    r.size = doc.textBytes / 3 + 20000 + rng.below(200000); // plausible file sizes; no file is stored
    r.extraction = QStringLiteral("ok");
    r.importedAt = QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC).addSecs(index);
    doc.pack = rng.below(Packs);
    doc.packPath = r.category + QLatin1Char('/') + r.filename;
    return doc;
}

// ---------------------------------------------------------------------------------------------
// Raw SQLite for the baseline

struct RawDb
{
    sqlite3 *db = nullptr;
    ~RawDb()
    {
        if (db)
            sqlite3_close(db);
    }
    void exec(const char *sql)
    {
        char *error = nullptr;
        if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
            const QString message = QString::fromUtf8(error ? error : "?");
            sqlite3_free(error);
            die(QStringLiteral("baseline: %1: %2").arg(QString::fromUtf8(sql), message));
        }
    }
};

void openRaw(RawDb &raw, const QString &path, bool readOnly)
{
    const int flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &raw.db, flags, nullptr) != SQLITE_OK)
        die(QStringLiteral("cannot open %1: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(raw.db))));
}

// ---------------------------------------------------------------------------------------------
// generate

QMap<QString, QString> readInfo(const QString &libDir)
{
    QMap<QString, QString> info;
    QFile file(libDir + QStringLiteral("/bench-info.txt"));
    if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            const qsizetype eq = line.indexOf(QLatin1Char('='));
            if (eq > 0)
                info.insert(line.left(eq), line.mid(eq + 1));
        }
    }
    return info;
}

void writeInfo(const QString &libDir, const QMap<QString, QString> &info)
{
    QFile file(libDir + QStringLiteral("/bench-info.txt"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text | QIODevice::Truncate))
        die(QStringLiteral("cannot write %1").arg(file.fileName()));
    for (auto it = info.cbegin(); it != info.cend(); ++it)
        file.write((it.key() + QLatin1Char('=') + it.value() + QLatin1Char('\n')).toUtf8());
}

void printSpaceByTable(sqlite3 *db)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 8", -1, &stmt, nullptr)
        != SQLITE_OK) {
        say(QStringLiteral("  (dbstat not available: %1)").arg(QString::fromUtf8(sqlite3_errmsg(db))));
        return;
    }
    QStringList parts;
    while (sqlite3_step(stmt) == SQLITE_ROW)
        parts.append(QStringLiteral("%1 %2").arg(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))),
                                                 mb(sqlite3_column_int64(stmt, 1))));
    sqlite3_finalize(stmt);
    say(QStringLiteral("  space by table: ") + parts.join(QStringLiteral(", ")));
}

int generate(const QMap<QString, QString> &args)
{
    const QString outDir = QDir(args.value(QStringLiteral("out"))).absolutePath();
    const int docs = args.value(QStringLiteral("docs")).toInt();
    if (args.value(QStringLiteral("out")).isEmpty() || docs <= 0)
        die(QStringLiteral("generate needs --docs N (> 0) and --out LIBDIR"));
    const int jobs = args.value(QStringLiteral("jobs"), QStringLiteral("2")).toInt();
    const bool inlineIndex = args.value(QStringLiteral("index"), QStringLiteral("deferred")) == QLatin1String("inline");
    const int batch = args.value(QStringLiteral("batch"), QStringLiteral("1000")).toInt();
    QString cache = args.value(QStringLiteral("cache"));
    if (cache.isEmpty())
        cache = QFileInfo(outDir).absolutePath() + QStringLiteral("/corpus-text.bin");
    if (QFileInfo::exists(outDir + QStringLiteral("/catalog.db")))
        die(QStringLiteral("%1 already holds a library; remove it first").arg(outDir));
    QDir().mkpath(QFileInfo(cache).absolutePath());

    const Corpus corpus = loadCorpus(args.value(QStringLiteral("corpus")), cache, jobs);

    QString error;
    std::unique_ptr<Library> library = Library::open(outDir, &error);
    if (!library)
        die(error);
    SqliteDatabase &db = library->database();
    Catalog &catalog = library->catalog();
    // Generation only: a bigger page cache for the bulk insert (a connection setting, not stored).
    db.exec(QStringLiteral("PRAGMA cache_size=-262144"));

    QList<qint64> packIds;
    {
        SqliteTransaction tx(db);
        for (int p = 0; p < Packs; ++p) {
            PackRecord pack;
            pack.name = QStringLiteral("Smart-Region-Paket %1").arg(p + 1, 2, 10, QLatin1Char('0'));
            pack.version = QStringLiteral("1.0");
            pack.publisher = QStringLiteral("Zweckverband Digitale Region Musterland");
            pack.sourceName = pack.name + QStringLiteral(".zip");
            if (!catalog.insertPack(pack))
                die(catalog.lastError());
            packIds.append(pack.id);
        }
        if (!tx.commit(&error))
            die(error);
    }

    say(QStringLiteral("generating %1 documents into %2 (%3 indexing, %4 per transaction) ...")
            .arg(docs)
            .arg(outDir, inlineIndex ? QStringLiteral("inline") : QStringLiteral("deferred"))
            .arg(batch));
    catalog.setDeferIndexing(!inlineIndex);
    QElapsedTimer timer;
    timer.start();
    qint64 textBytes = 0, textChars = 0, pages = 0;
    qint64 indexNs = 0;
    for (int first = 0; first < docs; first += batch) {
        const int last = std::min(docs, first + batch);
        SqliteTransaction tx(db);
        QList<qint64> ids;
        for (int i = first; i < last; ++i) {
            GeneratedDocument doc = makeDocument(corpus, i);
            doc.record.packId = packIds.at(doc.pack);
            if (!catalog.insertDocument(doc.record, doc.text))
                die(QStringLiteral("document %1: %2").arg(i).arg(catalog.lastError()));
            if (!catalog.addPackEntry(packIds.at(doc.pack), doc.record.id, doc.packPath))
                die(catalog.lastError());
            ids.append(doc.record.id);
            textBytes += doc.textBytes;
            textChars += doc.text.size();
            pages += doc.record.pages;
        }
        if (!inlineIndex) {
            QElapsedTimer indexTimer;
            indexTimer.start();
            if (!catalog.indexDocuments(ids))
                die(catalog.lastError());
            indexNs += indexTimer.nsecsElapsed();
        }
        if (!tx.commit(&error))
            die(error);
        if (last % 10000 == 0 || last == docs)
            std::fprintf(stderr, "  %d/%d documents, %.0f s\n", last, docs, double(timer.elapsed()) / 1000.0);
    }
    const double seconds = double(timer.elapsed()) / 1000.0;
    db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const qint64 catalogBytes = fileSize(library->catalogPath()) + fileSize(library->catalogPath() + QStringLiteral("-wal"));
    say(QStringLiteral("library: %1 documents, %2 pages, %3 of text (UTF-8), generated in %4 s (%5 docs/s, %6 MB/s of text; indexing %7 s)")
            .arg(docs)
            .arg(pages)
            .arg(mb(textBytes))
            .arg(seconds, 0, 'f', 1)
            .arg(docs / seconds, 0, 'f', 0)
            .arg(double(textBytes) / 1048576.0 / seconds, 0, 'f', 2)
            .arg(ms(indexNs) / 1000.0, 0, 'f', 1));
    say(QStringLiteral("  catalog.db %1 = %2 x text (target <= 2)").arg(mb(catalogBytes)).arg(double(catalogBytes) / double(textBytes), 0, 'f', 2));
    printSpaceByTable(db.handle());
    library.reset();

    QMap<QString, QString> info;
    info.insert(QStringLiteral("docs"), QString::number(docs));
    info.insert(QStringLiteral("text_bytes"), QString::number(textBytes));
    info.insert(QStringLiteral("text_chars"), QString::number(textChars));
    info.insert(QStringLiteral("pages"), QString::number(pages));
    info.insert(QStringLiteral("catalog_bytes"), QString::number(catalogBytes));
    info.insert(QStringLiteral("generate_seconds"), QString::number(seconds, 'f', 1));
    info.insert(QStringLiteral("index_mode"), inlineIndex ? QStringLiteral("inline") : QStringLiteral("deferred"));

    if (!args.contains(QStringLiteral("no-baseline"))) {
        const QString basePath = outDir + QStringLiteral("/baseline.db");
        QFile::remove(basePath);
        RawDb raw;
        openRaw(raw, basePath, false);
        raw.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-262144;"
                 "CREATE VIRTUAL TABLE base USING fts5(title, body);");
        sqlite3_stmt *insert = nullptr;
        sqlite3_prepare_v2(raw.db, "INSERT INTO base (rowid, title, body) VALUES (?1, ?2, ?3)", -1, &insert, nullptr);
        timer.restart();
        for (int first = 0; first < docs; first += batch) {
            const int last = std::min(docs, first + batch);
            raw.exec("BEGIN");
            for (int i = first; i < last; ++i) {
                const GeneratedDocument doc = makeDocument(corpus, i);
                const QByteArray title = doc.record.title.toUtf8();
                const QByteArray body = doc.text.toUtf8();
                sqlite3_bind_int64(insert, 1, i + 1); // the library's ids start at 1 in the same order
                sqlite3_bind_text(insert, 2, title.constData(), int(title.size()), SQLITE_TRANSIENT);
                sqlite3_bind_text(insert, 3, body.constData(), int(body.size()), SQLITE_TRANSIENT);
                if (sqlite3_step(insert) != SQLITE_DONE)
                    die(QStringLiteral("baseline insert: %1").arg(QString::fromUtf8(sqlite3_errmsg(raw.db))));
                sqlite3_reset(insert);
            }
            raw.exec("COMMIT");
        }
        sqlite3_finalize(insert);
        const double baseSeconds = double(timer.elapsed()) / 1000.0;
        raw.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        const qint64 baseBytes = fileSize(basePath) + fileSize(basePath + QStringLiteral("-wal"));
        say(QStringLiteral("baseline: plain FTS5 (unicode61) in %1 s, baseline.db %2 = %3 x text")
                .arg(baseSeconds, 0, 'f', 1)
                .arg(mb(baseBytes))
                .arg(double(baseBytes) / double(textBytes), 0, 'f', 2));
        printSpaceByTable(raw.db);
        info.insert(QStringLiteral("baseline_bytes"), QString::number(baseBytes));
        info.insert(QStringLiteral("baseline_seconds"), QString::number(baseSeconds, 'f', 1));
    }
    writeInfo(outDir, info);
    return 0;
}

// ---------------------------------------------------------------------------------------------
// query

struct BenchQuery
{
    const char *category;
    const char *query;    // as typed into the app's search box
    const char *baseline; // FTS5 MATCH for the plain table; nullptr: nothing to compare (a pure filter)
};

// 50 queries in six classes. Words chosen from the corpus (TeX Live documentation, German and
// English) with frequencies from very common to rare.
const BenchQuery Queries[] = {
    // single words
    {"single word", "Tabelle", "Tabelle"},
    {"single word", "Beispiel", "Beispiel"},
    {"single word", "Abbildung", "Abbildung"},
    {"single word", "Schrift", "Schrift"},
    {"single word", "package", "package"},
    {"single word", "font", "font"},
    {"single word", "Seite", "Seite"},
    {"single word", "Dokument", "Dokument"},
    {"single word", "Silbentrennung", "Silbentrennung"},
    {"single word", "Literaturverzeichnis", "Literaturverzeichnis"},
    // two words
    {"two words", "Tabelle Spalte", "Tabelle Spalte"},
    {"two words", "font size", "font size"},
    {"two words", "deutsche Silbentrennung", "deutsche Silbentrennung"},
    {"two words", "Beispiel Befehl", "Beispiel Befehl"},
    {"two words", "package option", "package option"},
    {"two words", "Seite Rand", "Seite Rand"},
    {"two words", "Dokument Klasse", "Dokument Klasse"},
    {"two words", "bibliography style", "bibliography style"},
    // phrases
    {"phrase", "\"neue Rechtschreibung\"", "\"neue Rechtschreibung\""},
    {"phrase", "\"font size\"", "\"font size\""},
    {"phrase", "\"in der Regel\"", "\"in der Regel\""},
    {"phrase", "\"the following\"", "\"the following\""},
    {"phrase", "\"zum Beispiel\"", "\"zum Beispiel\""},
    {"phrase", "\"table of contents\"", "\"table of contents\""},
    {"phrase", "\"mit Hilfe\"", "\"mit Hilfe\""},
    {"phrase", "\"user interface\"", "\"user interface\""},
    // prefixes
    {"prefix", "tab*", "tab*"},
    {"prefix", "schrift*", "schrift*"},
    {"prefix", "bei*", "bei*"},
    {"prefix", "doku*", "doku*"},
    {"prefix", "verz*", "verz*"},
    {"prefix", "fon*", "fon*"},
    {"prefix", "silb*", "silb*"},
    {"prefix", "pack*", "pack*"},
    // field filters (the baseline cannot filter: it gets the words only)
    {"field filter", "kategorie:Datenschutz Tabelle", "Tabelle"},
    {"field filter", "jahr:2019..2021 Beispiel", "Beispiel"},
    {"field filter", "tag:Förderung", nullptr},
    {"field filter", "tag:Vergabe/Vertrag font", "font"},
    {"field filter", "kommune:\"Stadt Fulda\" Seite", "Seite"},
    {"field filter", "typ:Leitfaden format:docx Schrift", "Schrift"},
    {"field filter", "kategorie:Mobilität jahr:2023", nullptr},
    {"field filter", "titel:Leitfaden Dokument", "title:Leitfaden Dokument"},
    // compound parts (the baseline finds only the word itself, not the compounds)
    {"compound part", "satz", "satz"},
    {"compound part", "fehler", "fehler"},
    {"compound part", "tabelle", "tabelle"},
    {"compound part", "verzeichnis", "verzeichnis"},
    {"compound part", "trennung", "trennung"},
    {"compound part", "schrift", "schrift"},
    {"compound part", "befehl", "befehl"},
    {"compound part", "datei", "datei"},
};
constexpr int QueryCount = int(sizeof(Queries) / sizeof(Queries[0]));
const char *const Classes[] = {"single word", "two words", "phrase", "prefix", "field filter", "compound part"};

struct Sample
{
    std::vector<double> top, full, facets, base;
    std::vector<double> topCpu, facetsCpu, baseCpu;
    qint64 total = 0;
    int hits = 0;
    int baseHits = 0;
};

int runBaseline(sqlite3 *db, const char *match, int *rows)
{
    static const char Sql[] = "SELECT rowid, snippet(base,1,'[',']','…',16) FROM base WHERE base MATCH ? ORDER BY rank LIMIT 50";
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, Sql, -1, &stmt, nullptr) != SQLITE_OK)
        die(QStringLiteral("baseline: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    sqlite3_bind_text(stmt, 1, match, -1, SQLITE_STATIC);
    int n = 0, rc;
    qint64 sink = 0;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        sink += sqlite3_column_int64(stmt, 0) + sqlite3_column_bytes(stmt, 1);
        ++n;
    }
    if (rc != SQLITE_DONE)
        die(QStringLiteral("baseline %1: %2").arg(QString::fromUtf8(match), QString::fromUtf8(sqlite3_errmsg(db))));
    sqlite3_finalize(stmt);
    *rows = n;
    return int(sink & 1);
}

// Profiling: the statements Searcher runs are captured with their bound values
// (sqlite3_trace_v2 SQLITE_TRACE_STMT, sqlite3_expanded_sql) and then replayed one by one, each timed
// from prepare to finalize. (SQLITE_TRACE_PROFILE cannot be used: it has millisecond resolution and
// Searcher keeps its statements open until search() returns.) Statements FTS5 runs internally (content
// reads for snippets) are part of the statement that caused them and are not captured separately.
QString stageOf(const QString &sql)
{
    if (sql.startsWith(QLatin1String("SELECT rev FROM term_suffixes")) || sql.startsWith(QLatin1String("SELECT id, name_key, name FROM tags")))
        return QStringLiteral("prep"); // compound parts of the query words, tags named by tag:
    if (sql.startsWith(QLatin1String("SELECT count(*) FROM")))
        return QStringLiteral("count");
    if (sql.startsWith(QLatin1String("SELECT d.id, d.title")))
        return QStringLiteral("top50"); // with snippets and pages when ranked
    if (sql.startsWith(QLatin1String("SELECT rowid, bm25(document_fts")) || sql.startsWith(QLatin1String("SELECT d.id, bm25(document_fts"))
        || sql.startsWith(QLatin1String("SELECT rowid, srt_bm25(document_fts")) || sql.startsWith(QLatin1String("SELECT d.id, srt_bm25(document_fts")))
        return QStringLiteral("scores"); // every match scored, ranked in C++
    if (sql.startsWith(QLatin1String("SELECT dt.document_id, t.name")))
        return QStringLiteral("tags");
    if (sql.startsWith(QLatin1String("SELECT rowid, snippet(document_fts")) || sql.startsWith(QLatin1String("SELECT snippet(document_fts, -1, char(57344)")) || sql.startsWith(QLatin1String("SELECT srt_snippet(document_fts")))
        return QStringLiteral("snippets"); // all hits at once (rowid IN) or one statement per hit (rowid = ?)
    if (sql.startsWith(QLatin1String("CREATE TEMP TABLE IF NOT EXISTS search_hits")) || sql.startsWith(QLatin1String("DELETE FROM temp.search_hits"))
        || sql.startsWith(QLatin1String("INSERT INTO temp.search_hits")))
        return QStringLiteral("facets: hit list");
    if (sql.startsWith(QLatin1String("SELECT d.category, d.doc_type, d.year, d.format, d.municipality FROM")))
        return QStringLiteral("facets: counts"); // the five document columns, counted in C++
    if ((sql.startsWith(QLatin1String("SELECT d.")) || sql.startsWith(QLatin1String("SELECT t.name, count(*)"))
         || sql.startsWith(QLatin1String("SELECT t.name, x.n"))
         || sql.startsWith(QLatin1String("SELECT p.name, count(DISTINCT")))
        && sql.contains(QLatin1String("GROUP BY")))
        return QStringLiteral("facets: counts");
    if (sql.startsWith(QLatin1String("SELECT term, doc FROM document_fts_vocab"))
        || sql.startsWith(QLatin1String("SELECT snippet(document_fts, -1, '', '', '', 1)"))
        || sql.startsWith(QLatin1String("SELECT highlight(document_fts")) || sql.contains(QLatin1String("document_fts_instances")))
        return QStringLiteral("suggestions");
    return {}; // not Searcher's own (FTS5 internals)
}

struct Capture
{
    QStringList statements;
};

int captureCallback(unsigned type, void *context, void *p, void *)
{
    if (type != SQLITE_TRACE_STMT)
        return 0;
    auto *stmt = static_cast<sqlite3_stmt *>(p);
    const QString sql = QString::fromUtf8(sqlite3_sql(stmt));
    if (stageOf(sql).isEmpty())
        return 0;
    char *expanded = sqlite3_expanded_sql(stmt);
    static_cast<Capture *>(context)->statements.append(QString::fromUtf8(expanded ? expanded : sqlite3_sql(stmt)));
    sqlite3_free(expanded);
    return 0;
}

QStringList captureStatements(SqliteDatabase &db, Searcher &searcher, const QString &query, SearchResult *result)
{
    Capture capture;
    sqlite3_trace_v2(db.handle(), SQLITE_TRACE_STMT, captureCallback, &capture);
    SearchRequest request;
    request.query = query;
    request.limit = 50;
    request.facets = true;
    *result = searcher.search(request);
    sqlite3_trace_v2(db.handle(), 0, nullptr, nullptr);
    return capture.statements;
}

// Runs one statement to completion; returns its time in ms (prepare to finalize).
double replay(sqlite3 *db, const QString &sql, int *rows = nullptr)
{
    const QByteArray utf8 = sql.toUtf8();
    QElapsedTimer timer;
    timer.start();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK)
        die(QStringLiteral("replay: %1\n%2").arg(QString::fromUtf8(sqlite3_errmsg(db)), sql));
    int n = 0, rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        ++n;
    if (rc != SQLITE_DONE)
        die(QStringLiteral("replay: %1\n%2").arg(QString::fromUtf8(sqlite3_errmsg(db)), sql));
    sqlite3_finalize(stmt);
    if (rows)
        *rows = n;
    return ms(timer.nsecsElapsed());
}

std::map<QString, double> profileStages(SqliteDatabase &db, const QStringList &statements)
{
    std::map<QString, double> stages;
    for (const QString &sql : statements)
        stages[stageOf(sql)] += replay(db.handle(), sql);
    return stages;
}

// ---------------------------------------------------------------------------------------------
// --prototype: a restructured search, in SQL only, to show what Searcher could reach on the same
// library. The MATCH expressions and metadata filters are taken from the statements Searcher ran
// for the query (so compound expansion and field handling stay Searcher's own); then:
//   total     count(*) with the FTS5 table forced to the outer loop (CROSS JOIN)
//   top 50    one statement per phase, ranked by FTS5 itself (rank MATCH 'bm25(10,4,1)' ORDER BY rank
//             LIMIT 50: snippets and pages only for the rows returned, no re-evaluation per row);
//             phase 1 the exact words, phase 2 (only when phase 1 has fewer than 50) the expanded
//             expression NOT the exact one — the same "exact matches first" order as Searcher's
//   facets    hit list filled with FTS5 outer; the five document columns in one pass over the hits
//             (counted here), tags and packs grouped over the hits without joining documents
// Differences to Searcher: hits of the exact phase are scored and highlighted on the exact words only
// (unless faithful, see runPrototype); ties are not broken by year/import time; pack counts group by
// pack id.

// The SQL string literal starting at sql[from] (a quote); returns its end (after the closing quote).
qsizetype literalEnd(const QString &sql, qsizetype from)
{
    qsizetype i = from + 1;
    while (i < sql.size()) {
        if (sql.at(i) == QLatin1Char('\'')) {
            if (i + 1 < sql.size() && sql.at(i + 1) == QLatin1Char('\''))
                i += 2;
            else
                return i + 1;
        } else {
            ++i;
        }
    }
    return -1;
}

QString unquote(const QString &literal)
{
    return literal.mid(1, literal.size() - 2).replace(QStringLiteral("''"), QStringLiteral("'"));
}

QString quoteSql(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

struct ProtoPlan
{
    bool valid = false;
    QString match; // SQL literal of the expanded MATCH; empty: no full-text condition
    QString exact; // SQL literal of the exact-words MATCH (== match when there is no expansion)
    QString rest;  // " AND ..." metadata conditions after the MATCH
    QString countSql, topSql; // Searcher's own, for queries without full text
};

ProtoPlan protoPlan(const QStringList &statements)
{
    ProtoPlan plan;
    static const QString FtsCount = QStringLiteral("SELECT count(*) FROM document_fts JOIN documents d ON d.id = document_fts.rowid WHERE document_fts MATCH ");
    static const QString DocCount = QStringLiteral("SELECT count(*) FROM documents d WHERE 1");
    static const QString ExactIn = QStringLiteral("(d.id IN (SELECT rowid FROM document_fts WHERE document_fts MATCH ");
    for (const QString &sql : statements) {
        if (sql.startsWith(FtsCount)) {
            const qsizetype end = literalEnd(sql, FtsCount.size());
            if (end < 0)
                return plan;
            plan.match = sql.mid(FtsCount.size(), end - FtsCount.size());
            plan.rest = sql.mid(end);
            plan.countSql = sql;
            plan.valid = true;
        } else if (sql.startsWith(DocCount)) {
            plan.rest = sql.mid(DocCount.size());
            plan.countSql = sql;
            plan.valid = true;
        } else if (sql.startsWith(QLatin1String("SELECT d.id, d.title"))) {
            plan.topSql = sql;
            const qsizetype at = sql.indexOf(ExactIn);
            if (at >= 0) {
                const qsizetype start = at + ExactIn.size();
                const qsizetype end = literalEnd(sql, start);
                if (end > 0)
                    plan.exact = sql.mid(start, end - start);
            }
        }
    }
    if (plan.exact.isEmpty())
        plan.exact = plan.match;
    return plan;
}

struct ProtoResult
{
    qint64 total = 0;
    QList<qint64> ids;
    QMap<QString, int> categories;
    double topMs = 0, facetsMs = 0;
};

qint64 scalarInt(sqlite3 *db, const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK)
        die(QStringLiteral("prototype: %1\n%2").arg(QString::fromUtf8(sqlite3_errmsg(db)), sql));
    qint64 value = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : 0;
    sqlite3_finalize(stmt);
    return value;
}

// Runs sql and calls row(stmt) per row.
template<typename Row>
void each(sqlite3 *db, const QString &sql, Row row)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK)
        die(QStringLiteral("prototype: %1\n%2").arg(QString::fromUtf8(sqlite3_errmsg(db)), sql));
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        row(stmt);
    if (rc != SQLITE_DONE)
        die(QStringLiteral("prototype: %1\n%2").arg(QString::fromUtf8(sqlite3_errmsg(db)), sql));
    sqlite3_finalize(stmt);
}

QString columnText(sqlite3_stmt *stmt, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    return text ? QString::fromUtf8(text) : QString();
}

// faithful: phase 1 matches "(expanded) AND (exact)", so exact hits are scored on the expanded
// expression as Searcher scores them (same top 50), at the price of evaluating the expansion.
ProtoResult runPrototype(sqlite3 *db, const ProtoPlan &plan, bool faithful = false)
{
    ProtoResult result;
    QElapsedTimer timer;
    timer.start();
    static const QString FtsFrom = QStringLiteral(" FROM document_fts CROSS JOIN documents d ON d.id = document_fts.rowid WHERE document_fts MATCH ");
    struct Hit
    {
        qint64 id;
        QString title, snippet;
        int page;
    };
    QList<Hit> hits;
    if (!plan.match.isEmpty()) {
        result.total = scalarInt(db, QStringLiteral("SELECT count(*)") + FtsFrom + plan.match + plan.rest);
        const auto phase = [&](const QString &match, int limit) {
            each(db,
                 QStringLiteral("SELECT document_fts.rowid, d.title, d.filename, d.category, d.doc_type, d.format, d.year, "
                                "snippet(document_fts, -1, char(57344), char(57345), '…', 16), srt_hitpage(document_fts)")
                     + FtsFrom + match + QStringLiteral(" AND rank MATCH 'bm25(10.0, 4.0, 1.0)'") + plan.rest
                     + QStringLiteral(" ORDER BY rank LIMIT %1").arg(limit),
                 [&](sqlite3_stmt *stmt) {
                     hits.append({sqlite3_column_int64(stmt, 0), columnText(stmt, 1), columnText(stmt, 7), sqlite3_column_int(stmt, 8)});
                 });
        };
        phase(faithful && plan.exact != plan.match ? quoteSql(QStringLiteral("(%1) AND (%2)").arg(unquote(plan.match), unquote(plan.exact)))
                                                   : plan.exact,
              50);
        if (hits.size() < 50 && plan.exact != plan.match)
            phase(quoteSql(QStringLiteral("(%1) NOT (%2)").arg(unquote(plan.match), unquote(plan.exact))), 50 - int(hits.size()));
    } else {
        // No full text: Searcher's own statements (sorted by title; no snippets).
        result.total = scalarInt(db, plan.countSql);
        each(db, plan.topSql, [&](sqlite3_stmt *stmt) { hits.append({sqlite3_column_int64(stmt, 0), columnText(stmt, 1), QString(), 0}); });
    }
    QStringList ids;
    for (const Hit &hit : std::as_const(hits)) {
        ids.append(QString::number(hit.id));
        result.ids.append(hit.id);
    }
    if (!ids.isEmpty()) {
        int tagRows = 0;
        each(db,
             QStringLiteral("SELECT dt.document_id, t.name FROM document_tags dt JOIN tags t ON t.id = dt.tag_id WHERE dt.document_id IN (%1) "
                            "ORDER BY t.name_key")
                 .arg(ids.join(QLatin1Char(','))),
             [&](sqlite3_stmt *) { ++tagRows; });
    }
    result.topMs = ms(timer.nsecsElapsed());

    timer.restart();
    each(db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS search_hits (id INTEGER PRIMARY KEY)"), [](sqlite3_stmt *) {});
    each(db, QStringLiteral("DELETE FROM temp.search_hits"), [](sqlite3_stmt *) {});
    each(db,
         plan.match.isEmpty() ? QStringLiteral("INSERT INTO temp.search_hits SELECT d.id FROM documents d WHERE 1") + plan.rest
                              : QStringLiteral("INSERT INTO temp.search_hits SELECT d.id") + FtsFrom + plan.match + plan.rest,
         [](sqlite3_stmt *) {});
    QHash<QString, int> counts[5];
    each(db, QStringLiteral("SELECT d.category, d.doc_type, d.year, d.format, d.municipality FROM temp.search_hits h CROSS JOIN documents d ON d.id = h.id"),
         [&](sqlite3_stmt *stmt) {
             for (int c = 0; c < 5; ++c) {
                 if (sqlite3_column_type(stmt, c) != SQLITE_NULL)
                     ++counts[c][columnText(stmt, c)];
             }
         });
    QList<QPair<QString, int>> sorted[5];
    for (int c = 0; c < 5; ++c) {
        for (auto it = counts[c].cbegin(); it != counts[c].cend(); ++it) {
            if (!it.key().isEmpty())
                sorted[c].append({it.key(), it.value()});
        }
        std::sort(sorted[c].begin(), sorted[c].end(), [](const auto &a, const auto &b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
    }
    int facetRows = 0;
    each(db,
         QStringLiteral("SELECT t.name, x.n FROM (SELECT dt.tag_id AS tag_id, count(*) AS n FROM temp.search_hits h CROSS JOIN document_tags dt "
                        "ON dt.document_id = h.id GROUP BY dt.tag_id) x JOIN tags t ON t.id = x.tag_id ORDER BY t.name_key"),
         [&](sqlite3_stmt *) { ++facetRows; });
    each(db,
         QStringLiteral("SELECT p.name, x.n FROM (SELECT pe.pack_id AS pack_id, count(DISTINCT pe.document_id) AS n FROM temp.search_hits h "
                        "CROSS JOIN pack_entries pe ON pe.document_id = h.id GROUP BY pe.pack_id) x JOIN packs p ON p.id = x.pack_id ORDER BY p.name"),
         [&](sqlite3_stmt *) { ++facetRows; });
    result.facetsMs = ms(timer.nsecsElapsed());
    for (const auto &[value, n] : std::as_const(sorted[0]))
        result.categories.insert(value, n);
    return result;
}

void explain(SqliteDatabase &db, Searcher &searcher, const QString &query)
{
    SearchResult result;
    QElapsedTimer timer;
    timer.start();
    const QStringList statements = captureStatements(db, searcher, query, &result);
    const qint64 ns = timer.nsecsElapsed();
    say(QStringLiteral("### `%1`: %2 matches, %3 hits, %4 ms with facets").arg(query).arg(result.total).arg(result.hits.size()).arg(ms(ns), 0, 'f', 1));
    for (const QString &sql : statements) {
        int rows = 0;
        const double t = replay(db.handle(), sql, &rows);
        QString shown = sql;
        if (shown.size() > 20000)
            shown = shown.left(20000) + QStringLiteral(" …");
        say(QStringLiteral("\n%1 ms, %2 rows:\n```sql\n%3\n```").arg(t, 0, 'f', 2).arg(rows).arg(shown));
        if (!sql.startsWith(QLatin1String("SELECT")) && !sql.startsWith(QLatin1String("INSERT")))
            continue;
        sqlite3_stmt *plan = nullptr;
        const QByteArray utf8 = (QStringLiteral("EXPLAIN QUERY PLAN ") + sql).toUtf8();
        if (sqlite3_prepare_v2(db.handle(), utf8.constData(), -1, &plan, nullptr) == SQLITE_OK) {
            while (sqlite3_step(plan) == SQLITE_ROW)
                say(QStringLiteral("    plan: %1").arg(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(plan, 3)))));
        }
        sqlite3_finalize(plan);
    }
    say(QString());
}

int query(const QMap<QString, QString> &args)
{
    const QString libDir = QDir(args.value(QStringLiteral("library"))).absolutePath();
    if (args.value(QStringLiteral("library")).isEmpty())
        die(QStringLiteral("query needs --library LIBDIR"));
    const int runs = std::max(1, args.value(QStringLiteral("runs"), QStringLiteral("5")).toInt());
    const QMap<QString, QString> info = readInfo(libDir);

    QString error;
    Library::OpenOptions options;
    options.create = false;
    std::unique_ptr<Library> library = Library::open(libDir, &error, options);
    if (!library)
        die(error);
    SqliteDatabase &db = library->database();
    Searcher searcher(db);

    if (args.contains(QStringLiteral("explain"))) {
        for (const QString &q : args.value(QStringLiteral("explain")).split(QLatin1Char('|')))
            explain(db, searcher, q);
        return 0;
    }

    RawDb base;
    const QString basePath = libDir + QStringLiteral("/baseline.db");
    const bool haveBaseline = QFileInfo::exists(basePath);
    if (haveBaseline)
        openRaw(base, basePath, true);

    const qint64 docs = db.scalar(QStringLiteral("SELECT count(*) FROM documents")).toLongLong();
    std::vector<Sample> samples(QueryCount);

    // --results FILE: every query's answer from the warm-up round (total, hits in order with score, page,
    // exact flag, tags and snippet, facet counts), to check that a change to Searcher keeps its results.
    QFile resultsFile(args.value(QStringLiteral("results")));
    if (args.contains(QStringLiteral("results")) && !resultsFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
        die(QStringLiteral("cannot write %1").arg(resultsFile.fileName()));
    const auto writeResult = [&](const QString &label, const SearchResult &result) {
        QTextStream out(&resultsFile);
        out << "## " << label << " total " << result.total << '\n';
        for (const SearchHit &hit : result.hits)
            out << hit.id << ' ' << QString::number(hit.score, 'g', 17) << " p" << hit.page << " e" << hit.exact << ' '
                << hit.tags.join(QLatin1Char('|')) << ' ' << hit.snippet << '\n';
        for (auto it = result.facets.cbegin(); it != result.facets.cend(); ++it) {
            out << "facet " << it.key() << ':';
            for (const auto &[value, n] : it.value())
                out << ' ' << value << '=' << n;
            out << '\n';
        }
    };

    auto measure = [&](int q, bool record) {
        SearchRequest request;
        request.query = QString::fromUtf8(Queries[q].query);
        request.limit = 50;
        QElapsedTimer timer;
        qint64 cpu = threadCpuNs();
        timer.start();
        const SearchResult top = searcher.search(request);
        const qint64 topNs = timer.nsecsElapsed();
        const qint64 topCpuNs = threadCpuNs() - cpu;
        if (!top.error.isEmpty())
            die(QStringLiteral("%1: %2").arg(request.query, top.error));
        request.facets = true;
        cpu = threadCpuNs();
        timer.restart();
        const SearchResult full = searcher.search(request);
        const qint64 fullNs = timer.nsecsElapsed();
        const qint64 fullCpuNs = threadCpuNs() - cpu;
        qint64 baseNs = -1, baseCpuNs = -1;
        int baseRows = 0;
        if (haveBaseline && Queries[q].baseline) {
            cpu = threadCpuNs();
            timer.restart();
            runBaseline(base.db, Queries[q].baseline, &baseRows);
            baseNs = timer.nsecsElapsed();
            baseCpuNs = threadCpuNs() - cpu;
        }
        if (!record) {
            if (resultsFile.isOpen()) {
                writeResult(request.query, top);
                writeResult(request.query + QStringLiteral(" (facets)"), full);
            }
            return;
        }
        Sample &s = samples[q];
        s.top.push_back(ms(topNs));
        s.full.push_back(ms(fullNs));
        s.facets.push_back(std::max(0.0, ms(fullNs) - ms(topNs)));
        s.topCpu.push_back(ms(topCpuNs));
        s.facetsCpu.push_back(std::max(0.0, ms(fullCpuNs) - ms(topCpuNs)));
        if (baseNs >= 0) {
            s.base.push_back(ms(baseNs));
            s.baseCpu.push_back(ms(baseCpuNs));
        }
        s.total = top.total;
        s.hits = int(top.hits.size());
        s.baseHits = baseRows;
        if (full.facets.isEmpty() && top.total > 0)
            die(QStringLiteral("%1: no facets").arg(request.query));
    };

    QElapsedTimer wall;
    wall.start();
    for (int q = 0; q < QueryCount; ++q)
        measure(q, false); // warm-up: page cache, statement paths
    for (int r = 0; r < runs; ++r) {
        for (int q = 0; q < QueryCount; ++q)
            measure(q, true);
    }
    const double wallSeconds = double(wall.elapsed()) / 1000.0;

    const qint64 textBytes = info.value(QStringLiteral("text_bytes")).toLongLong();
    const qint64 catalogBytes = info.value(QStringLiteral("catalog_bytes")).toLongLong();
    say(QStringLiteral("\n## %1 documents (%2 of text; catalog.db %3 = %4 × text; baseline.db %5) — %6 runs, %7 s")
            .arg(docs)
            .arg(mb(textBytes), mb(catalogBytes))
            .arg(textBytes ? double(catalogBytes) / double(textBytes) : 0.0, 0, 'f', 2)
            .arg(mb(info.value(QStringLiteral("baseline_bytes")).toLongLong()))
            .arg(runs)
            .arg(wallSeconds, 0, 'f', 0));
    say(QString());
    say(QStringLiteral("| queries | top 50 + snippets median ms | p95 ms | facets median ms | p95 ms | "
                       "with facets p95 ms | baseline median ms | baseline p95 ms | p95 ours/baseline |"));
    say(QStringLiteral("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"));
    auto row = [&](const QString &label, const std::function<bool(int)> &pick) {
        std::vector<double> top, facets, full, baseAll, baseTop;
        for (int q = 0; q < QueryCount; ++q) {
            if (!pick(q))
                continue;
            const Sample &s = samples[q];
            top.insert(top.end(), s.top.begin(), s.top.end());
            facets.insert(facets.end(), s.facets.begin(), s.facets.end());
            full.insert(full.end(), s.full.begin(), s.full.end());
            baseAll.insert(baseAll.end(), s.base.begin(), s.base.end());
        }
        const double topP95 = percentile(top, 95), baseP95 = percentile(baseAll, 95);
        say(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 |")
                .arg(label, fmt(percentile(top, 50)), fmt(topP95), fmt(percentile(facets, 50)), fmt(percentile(facets, 95)),
                     fmt(percentile(full, 95)), fmt(percentile(baseAll, 50)), fmt(baseP95),
                     baseAll.empty() ? QStringLiteral("–") : fmt(topP95 / baseP95, 2)));
    };
    for (const char *cls : Classes)
        row(QString::fromUtf8(cls), [cls](int q) { return qstrcmp(Queries[q].category, cls) == 0; });
    row(QStringLiteral("**all 50**"), [](int) { return true; });
    say(QString());

    say(QStringLiteral("CPU time of the searching thread in the same runs (ms; close to wall time on an idle machine):\n"));
    say(QStringLiteral("| queries | top 50 + snippets median | p95 | facets median | p95 | baseline median | baseline p95 | p95 ours/baseline |"));
    say(QStringLiteral("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"));
    auto cpuRow = [&](const QString &label, const std::function<bool(int)> &pick) {
        std::vector<double> top, facets, baseAll;
        for (int q = 0; q < QueryCount; ++q) {
            if (!pick(q))
                continue;
            const Sample &s = samples[q];
            top.insert(top.end(), s.topCpu.begin(), s.topCpu.end());
            facets.insert(facets.end(), s.facetsCpu.begin(), s.facetsCpu.end());
            baseAll.insert(baseAll.end(), s.baseCpu.begin(), s.baseCpu.end());
        }
        const double topP95 = percentile(top, 95), baseP95 = percentile(baseAll, 95);
        say(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |")
                .arg(label, fmt(percentile(top, 50)), fmt(topP95), fmt(percentile(facets, 50)), fmt(percentile(facets, 95)),
                     fmt(percentile(baseAll, 50)), fmt(baseP95), baseAll.empty() ? QStringLiteral("–") : fmt(topP95 / baseP95, 2)));
    };
    for (const char *cls : Classes)
        cpuRow(QString::fromUtf8(cls), [cls](int q) { return qstrcmp(Queries[q].category, cls) == 0; });
    cpuRow(QStringLiteral("**all 50**"), [](int) { return true; });
    say(QString());

    // Related documents (the details pane asks as the selection changes; target p95 <= 100 ms at 10,000
    // documents): 200 documents spread over the library, each asked once.
    {
        std::vector<double> similar, similarCpu;
        const qint64 step = std::max<qint64>(1, docs / 200);
        QString error;
        for (qint64 id = 1; id <= docs; id += step) {
            QElapsedTimer timer;
            const qint64 cpu = threadCpuNs();
            timer.start();
            searcher.similarDocuments(id, 10, &error);
            similar.push_back(ms(timer.nsecsElapsed()));
            similarCpu.push_back(ms(threadCpuNs() - cpu));
            if (!error.isEmpty())
                die(QStringLiteral("similar %1: %2").arg(id).arg(error));
        }
        say(QStringLiteral(
                "related documents (similar, 10 of them) for %1 documents: median %2 ms, p95 %3 ms, "
                "max %4 ms; CPU time median %5 ms, p95 %6 ms\n")
                .arg(similar.size())
                .arg(fmt(percentile(similar, 50)), fmt(percentile(similar, 95)),
                     fmt(percentile(similar, 100)), fmt(percentile(similarCpu, 50)),
                     fmt(percentile(similarCpu, 95))));
    }

    if (args.contains(QStringLiteral("summary"))) {
        // One row per library size for the growth table (bench/search-bench.sh prints them together).
        auto collect = [&](const char *cls, bool baseline) {
            std::vector<double> v;
            for (int q = 0; q < QueryCount; ++q) {
                if (cls && qstrcmp(Queries[q].category, cls) != 0)
                    continue;
                const auto &src = baseline ? samples[q].base : samples[q].top;
                v.insert(v.end(), src.begin(), src.end());
            }
            return v;
        };
        std::vector<double> facets, topCpu, facetsCpu, baseCpu;
        for (const Sample &s : samples) {
            facets.insert(facets.end(), s.facets.begin(), s.facets.end());
            topCpu.insert(topCpu.end(), s.topCpu.begin(), s.topCpu.end());
            facetsCpu.insert(facetsCpu.end(), s.facetsCpu.begin(), s.facetsCpu.end());
            baseCpu.insert(baseCpu.end(), s.baseCpu.begin(), s.baseCpu.end());
        }
        const auto top = collect(nullptr, false), base = collect(nullptr, true);
        QFile file(args.value(QStringLiteral("summary")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
            die(QStringLiteral("cannot write %1").arg(file.fileName()));
        file.write(QStringLiteral("| %1 | %2 | %3 (%4 ×) | %5 | %6 | %7 | %8 | %9 | %10 | %11 | %12 | %13 | %14 | %15 |\n")
                       .arg(docs)
                       .arg(QString::number(double(textBytes) / 1048576.0, 'f', 0))
                       .arg(QString::number(double(catalogBytes) / 1048576.0, 'f', 0))
                       .arg(textBytes ? double(catalogBytes) / double(textBytes) : 0.0, 0, 'f', 2)
                       .arg(fmt(percentile(top, 50)), fmt(percentile(top, 95)), fmt(percentile(facets, 50)), fmt(percentile(facets, 95)),
                            fmt(percentile(base, 50)), fmt(percentile(base, 95)), fmt(percentile(collect("prefix", false), 95)))
                       .arg(fmt(percentile(collect("prefix", true), 95)), fmt(percentile(topCpu, 95)), fmt(percentile(facetsCpu, 95)),
                            fmt(percentile(baseCpu, 95)))
                       .toUtf8());
    }

    if (args.contains(QStringLiteral("per-query"))) {
        say(QStringLiteral("| query | matches | top 50 median ms | max ms | facets median ms | baseline query | baseline rows | baseline median ms |"));
        say(QStringLiteral("| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: |"));
        for (int q = 0; q < QueryCount; ++q) {
            const Sample &s = samples[q];
            say(QStringLiteral("| `%1` | %2 | %3 | %4 | %5 | %6 | %7 | %8 |")
                    .arg(QString::fromUtf8(Queries[q].query))
                    .arg(s.total)
                    .arg(fmt(percentile(s.top, 50)), fmt(percentile(s.top, 100)), fmt(percentile(s.facets, 50)),
                         Queries[q].baseline ? QStringLiteral("`%1`").arg(QString::fromUtf8(Queries[q].baseline)) : QStringLiteral("–"))
                    .arg(s.baseHits)
                    .arg(fmt(percentile(s.base, 50))));
        }
        say(QString());
    }

    if (args.contains(QStringLiteral("prototype"))) {
        // The restructured search (see runPrototype) on the same queries: warm-up, then RUNS rounds.
        std::vector<ProtoPlan> plans(QueryCount);
        std::vector<SearchResult> reference(QueryCount);
        for (int q = 0; q < QueryCount; ++q) {
            plans[q] = protoPlan(captureStatements(db, searcher, QString::fromUtf8(Queries[q].query), &reference[q]));
            if (!plans[q].valid)
                die(QStringLiteral("prototype: cannot read Searcher's statements for %1").arg(QString::fromUtf8(Queries[q].query)));
            runPrototype(db.handle(), plans[q]);
        }
        std::vector<std::vector<double>> top(QueryCount), facets(QueryCount), topFaithful(QueryCount);
        std::vector<ProtoResult> last(QueryCount), lastFaithful(QueryCount);
        for (int r = 0; r < runs; ++r) {
            for (int q = 0; q < QueryCount; ++q) {
                last[q] = runPrototype(db.handle(), plans[q]);
                top[q].push_back(last[q].topMs);
                facets[q].push_back(last[q].facetsMs);
                lastFaithful[q] = runPrototype(db.handle(), plans[q], true);
                topFaithful[q].push_back(lastFaithful[q].topMs);
            }
        }
        say(QStringLiteral("Prototype of a restructured search (SQL only, same library; see runPrototype in bench/search-bench.cpp), ms:\n"));
        say(QStringLiteral("| queries | top 50 + snippets median | p95 | same order as Searcher: median | p95 | facets median | p95 | "
                           "current top 50 p95 | current facets p95 |"));
        say(QStringLiteral("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"));
        auto protoRow = [&](const QString &label, const std::function<bool(int)> &pick) {
            std::vector<double> t, tf, f, ct, cf;
            for (int q = 0; q < QueryCount; ++q) {
                if (!pick(q))
                    continue;
                t.insert(t.end(), top[q].begin(), top[q].end());
                tf.insert(tf.end(), topFaithful[q].begin(), topFaithful[q].end());
                f.insert(f.end(), facets[q].begin(), facets[q].end());
                ct.insert(ct.end(), samples[q].top.begin(), samples[q].top.end());
                cf.insert(cf.end(), samples[q].facets.begin(), samples[q].facets.end());
            }
            say(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 |")
                    .arg(label, fmt(percentile(t, 50)), fmt(percentile(t, 95)), fmt(percentile(tf, 50)), fmt(percentile(tf, 95)),
                         fmt(percentile(f, 50)), fmt(percentile(f, 95)), fmt(percentile(ct, 95)), fmt(percentile(cf, 95))));
        };
        for (const char *cls : Classes)
            protoRow(QString::fromUtf8(cls), [cls](int q) { return qstrcmp(Queries[q].category, cls) == 0; });
        protoRow(QStringLiteral("**all 50**"), [](int) { return true; });
        say(QString());
        // Same answers? Totals and category counts must agree; the top 50 may be ordered differently.
        say(QStringLiteral("| query | total (Searcher / prototype) | category facet equal | top 50 overlap | same order: overlap | "
                           "prototype top 50 ms | same order ms | facets ms |"));
        say(QStringLiteral("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |"));
        for (int q = 0; q < QueryCount; ++q) {
            QMap<QString, int> categories;
            for (const auto &[value, n] : reference[q].facets.value(QStringLiteral("category")))
                categories.insert(value, n);
            const auto overlap = [&](const ProtoResult &result) {
                QSet<qint64> mine(result.ids.begin(), result.ids.end());
                int n = 0;
                for (const SearchHit &hit : std::as_const(reference[q].hits))
                    n += mine.contains(hit.id);
                return QStringLiteral("%1/%2").arg(n).arg(reference[q].hits.size());
            };
            say(QStringLiteral("| `%1` | %2 / %3 | %4 | %5 | %6 | %7 | %8 | %9 |")
                    .arg(QString::fromUtf8(Queries[q].query))
                    .arg(reference[q].total)
                    .arg(last[q].total)
                    .arg(categories == last[q].categories ? QStringLiteral("yes") : QStringLiteral("**no**"),
                         overlap(last[q]), overlap(lastFaithful[q]), fmt(percentile(top[q], 50)), fmt(percentile(topFaithful[q], 50)),
                         fmt(percentile(facets[q], 50))));
        }
        say(QString());
    }

    if (args.contains(QStringLiteral("profile"))) {
        // Each search's own statements, replayed one by one (see profileStages); median of RUNS replays.
        const QStringList stages{QStringLiteral("prep"), QStringLiteral("count"), QStringLiteral("scores"), QStringLiteral("top50"), QStringLiteral("tags"),
                                 QStringLiteral("snippets"), QStringLiteral("facets: hit list"), QStringLiteral("facets: counts"),
                                 QStringLiteral("suggestions")};
        std::map<QString, std::map<QString, std::vector<double>>> byClass;
        say(QStringLiteral("Where the time goes (ms; each SQL statement of Searcher::search replayed on its own, median of %1):\n").arg(runs));
        say(QStringLiteral("| query | matches | sum | %1 |").arg(stages.join(QStringLiteral(" | "))));
        say(QStringLiteral("| --- | ---: | ---: |%1").arg(QStringLiteral(" ---: |").repeated(stages.size())));
        for (int q = 0; q < QueryCount; ++q) {
            SearchResult result;
            const QStringList statements = captureStatements(db, searcher, QString::fromUtf8(Queries[q].query), &result);
            std::map<QString, std::vector<double>> perStage;
            for (int r = 0; r < runs; ++r) {
                const auto times = profileStages(db, statements);
                double sum = 0;
                for (const QString &stage : stages) {
                    const double value = times.count(stage) ? times.at(stage) : 0.0;
                    perStage[stage].push_back(value);
                    sum += value;
                }
                perStage[QStringLiteral("sum")].push_back(sum);
            }
            QStringList cells;
            auto &cls = byClass[QString::fromUtf8(Queries[q].category)];
            for (const QString &stage : stages) {
                const double value = percentile(perStage[stage], 50);
                cells.append(fmt(value));
                cls[stage].push_back(value);
            }
            const double sum = percentile(perStage[QStringLiteral("sum")], 50);
            cls[QStringLiteral("sum")].push_back(sum);
            say(QStringLiteral("| `%1` | %2 | %3 | %4 |").arg(QString::fromUtf8(Queries[q].query)).arg(result.total).arg(fmt(sum), cells.join(QStringLiteral(" | "))));
        }
        say(QString());
        say(QStringLiteral("| class (median over its queries, ms) | sum | %1 |").arg(stages.join(QStringLiteral(" | "))));
        say(QStringLiteral("| --- | ---: |%1").arg(QStringLiteral(" ---: |").repeated(stages.size())));
        for (const char *cls : Classes) {
            auto &m = byClass[QString::fromUtf8(cls)];
            QStringList cells;
            for (const QString &stage : stages)
                cells.append(fmt(percentile(m[stage], 50)));
            say(QStringLiteral("| %1 | %2 | %3 |").arg(QString::fromUtf8(cls), fmt(percentile(m[QStringLiteral("sum")], 50)), cells.join(QStringLiteral(" | "))));
        }
        say(QString());
    }
    return 0;
}

// Timed SQL on a library connection (with the german tokenizer and the srt_ functions): for trying
// alternatives to Searcher's statements. Statements in FILE run in order, RUNS times; per statement the
// median time, the rows and the start of its text.
int sqlMode(const QMap<QString, QString> &args)
{
    const QString libDir = QDir(args.value(QStringLiteral("library"))).absolutePath();
    QFile file(args.value(QStringLiteral("file")));
    if (!file.open(QIODevice::ReadOnly))
        die(QStringLiteral("sql needs --library LIBDIR --file FILE"));
    const QByteArray script = file.readAll();
    const int runs = std::max(1, args.value(QStringLiteral("runs"), QStringLiteral("3")).toInt());
    const bool print = args.contains(QStringLiteral("print"));
    QString error;
    Library::OpenOptions options;
    options.create = false;
    std::unique_ptr<Library> library = Library::open(libDir, &error, options);
    if (!library)
        die(error);
    sqlite3 *db = library->database().handle();
    std::vector<std::vector<double>> times;
    std::vector<int> rowCounts;
    QStringList texts;
    for (int r = 0; r < runs; ++r) {
        const char *tail = script.constData();
        int index = 0;
        while (tail && *tail) {
            sqlite3_stmt *stmt = nullptr;
            const char *next = nullptr;
            const qint64 cpu = threadCpuNs();
            if (sqlite3_prepare_v2(db, tail, -1, &stmt, &next) != SQLITE_OK)
                die(QStringLiteral("%1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
            if (!stmt) { // blank or comment
                tail = next;
                continue;
            }
            int rows = 0, rc;
            QStringList shown;
            while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
                if (print && r == 0 && rows < 8) {
                    QStringList cells;
                    for (int c = 0; c < sqlite3_column_count(stmt); ++c)
                        cells.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, c))).left(80));
                    shown.append(QStringLiteral("      | ") + cells.join(QStringLiteral(" | ")));
                }
                ++rows;
            }
            if (rc != SQLITE_DONE)
                die(QStringLiteral("%1: %2").arg(QString::fromUtf8(sqlite3_sql(stmt)), QString::fromUtf8(sqlite3_errmsg(db))));
            const double t = ms(threadCpuNs() - cpu);
            if (!shown.isEmpty())
                say(QStringLiteral("%1\n%2").arg(QString::fromUtf8(sqlite3_sql(stmt)).simplified().left(160), shown.join(QLatin1Char('\n'))));
            if (r == 0) {
                times.emplace_back();
                rowCounts.push_back(rows);
                texts.append(QString::fromUtf8(sqlite3_sql(stmt)).simplified().left(160));
            }
            times[index].push_back(t);
            sqlite3_finalize(stmt);
            ++index;
            tail = next;
        }
    }
    for (size_t i = 0; i < times.size(); ++i)
        say(QStringLiteral("%1 ms CPU (median of %2)  %3 rows  %4").arg(percentile(times[i], 50), 8, 'f', 2).arg(runs).arg(rowCounts[i], 6).arg(texts.at(int(i))));
    return 0;
}

void usage()
{
    std::fprintf(stderr,
                 "usage: search-bench generate --corpus DIR --docs N --out LIBDIR [--cache FILE] [--jobs N]\n"
                 "                             [--index deferred|inline] [--batch N] [--no-baseline]\n"
                 "       search-bench query --library LIBDIR [--runs 5] [--per-query] [--profile] [--prototype] [--summary FILE] [--results FILE]\n"
                 "       search-bench query --library LIBDIR --explain 'QUERY|QUERY...'\n"
                 "       search-bench sql --library LIBDIR --file FILE [--runs 3] [--print]\n");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList argv8 = app.arguments();
    if (argv8.size() < 2) {
        usage();
        return 2;
    }
    const QString mode = argv8.at(1);
    QMap<QString, QString> args;
    for (int i = 2; i < argv8.size(); ++i) {
        const QString a = argv8.at(i);
        if (!a.startsWith(QLatin1String("--"))) {
            usage();
            return 2;
        }
        const QString key = a.mid(2);
        static const QSet<QString> flags{QStringLiteral("no-baseline"), QStringLiteral("per-query"), QStringLiteral("profile"),
                                         QStringLiteral("prototype"), QStringLiteral("print")};
        if (flags.contains(key)) {
            args.insert(key, QStringLiteral("1"));
        } else if (i + 1 < argv8.size()) {
            args.insert(key, argv8.at(++i));
        } else {
            usage();
            return 2;
        }
    }
    if (mode == QLatin1String("generate"))
        return generate(args);
    if (mode == QLatin1String("query"))
        return query(args);
    if (mode == QLatin1String("sql"))
        return sqlMode(args);
    usage();
    return 2;
}
