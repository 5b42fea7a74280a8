#include "core/search/FacetCounter.h"

#include "core/library/SqliteDatabase.h"

#include <QHash>
#include <QMap>
#include <algorithm>
#include <cstdlib>
#include <limits>
#include <map>
#include <memory>
#include <sqlite3.h>
#include <string>
#include <string_view>

namespace {
// What the facets need of every document, in memory per connection: the five columns as value codes,
// the tags and the pack names. Counting the facets of 60,000 hits is then one pass over their ids
// instead of joining them to documents, document_tags and pack_entries (measured 100-240 ms at
// 100,000 documents). Rebuilt when the catalog changed: PRAGMA data_version tells of commits by other
// connections, sqlite3_total_changes of this connection's own.
struct FacetTable
{
    static constexpr int Columns = 5; // category, type, year, format, municipality
    struct Document
    {
        bool present = false;
        int column[Columns] = {-1, -1, -1, -1, -1};
        int tagsBegin = 0, tagsEnd = 0;   // into tagRefs
        int packsBegin = 0, packsEnd = 0; // into packRefs
        bool scan = false; // read by OCR
    };
    qint64 dataVersion = -1;
    qint64 totalChanges = -1;
    QStringList values[Columns];
    std::vector<Document> documents; // by id
    std::vector<int> tagRefs;        // tag indexes (into tagNames, which is in name_key order)
    std::vector<int> packRefs;       // pack name indexes (into packNames, sorted), distinct per document
    QStringList tagNames;
    QStringList packNames;

    bool load(SqliteDatabase &db)
    {
        if (!loadDocuments(db))
            return false;
        const bool tagsRead = loadTags(db);
        const bool packsRead = loadPacks(db);
        const bool scansRead = loadScans(db);
        return tagsRead && packsRead && scansRead;
    }

    bool loadDocuments(SqliteDatabase &db)
    {
        QHash<QString, int> codes[Columns];
        SqliteStatement docs
            = db.prepare(QStringLiteral("SELECT id, category, doc_type, year, format, municipality FROM "
                                        "documents INDEXED BY documents_facets "
                                        "ORDER BY id"));
        while (docs.next()) {
            const qint64 id = docs.integer(0);
            if (id < 0 || id > std::numeric_limits<int>::max() / 2)
                return false; // ids are dense from 1 in practice; anything else goes the SQL way
            if (size_t(id) >= documents.size())
                documents.resize(size_t(id) + 1);
            Document &doc = documents[size_t(id)];
            doc.present = true;
            for (int c = 0; c < Columns; ++c) {
                if (docs.isNull(c + 1))
                    continue;
                const QString value = docs.text(c + 1);
                if (value.isEmpty())
                    continue;
                auto it = codes[c].find(value);
                if (it == codes[c].end()) {
                    it = codes[c].insert(value, int(values[c].size()));
                    values[c].append(value);
                }
                doc.column[c] = it.value();
            }
        }
        if (!docs.error().isEmpty())
            return false;
        return true;
    }

    bool loadTags(SqliteDatabase &db)
    {
        QHash<qint64, int> tagIndex;
        SqliteStatement tags = db.prepare(QStringLiteral("SELECT id, name FROM tags ORDER BY name_key"));
        while (tags.next()) {
            tagIndex.insert(tags.integer(0), int(tagNames.size()));
            tagNames.append(tags.text(1));
        }
        SqliteStatement links = db.prepare(QStringLiteral("SELECT document_id, tag_id FROM document_tags ORDER BY document_id"));
        qint64 current = -1;
        while (links.next()) {
            const qint64 id = links.integer(0);
            if (id < 0 || size_t(id) >= documents.size())
                continue;
            if (id != current) {
                current = id;
                documents[size_t(id)].tagsBegin = int(tagRefs.size());
            }
            tagRefs.push_back(tagIndex.value(links.integer(1), -1));
            documents[size_t(id)].tagsEnd = int(tagRefs.size());
        }
        return !tags.failed() && !links.failed();
    }

    bool loadPacks(SqliteDatabase &db)
    {
        QMap<QByteArray, int> nameOrder; // pack names in BINARY order
        QHash<qint64, QByteArray> packName;
        SqliteStatement packs = db.prepare(QStringLiteral("SELECT id, name FROM packs"));
        while (packs.next()) {
            const QByteArray name = packs.text(1).toUtf8();
            packName.insert(packs.integer(0), name);
            nameOrder.insert(name, 0);
        }
        int order = 0;
        for (auto it = nameOrder.begin(); it != nameOrder.end(); ++it) {
            it.value() = order++;
            packNames.append(QString::fromUtf8(it.key()));
        }
        SqliteStatement entries = db.prepare(QStringLiteral(
            "SELECT DISTINCT document_id, pack_id FROM pack_entries INDEXED BY pack_entries_document_pack "
            "ORDER BY document_id"));
        qint64 current = -1;
        while (entries.next()) {
            const qint64 id = entries.integer(0);
            const auto name = packName.constFind(entries.integer(1));
            if (id < 0 || size_t(id) >= documents.size() || name == packName.constEnd())
                continue;
            Document &doc = documents[size_t(id)];
            if (id != current) {
                current = id;
                doc.packsBegin = int(packRefs.size());
                doc.packsEnd = doc.packsBegin;
            }
            const int index = nameOrder.value(*name);
            if (std::find(packRefs.begin() + doc.packsBegin, packRefs.end(), index) == packRefs.end()) {
                packRefs.push_back(index);
                doc.packsEnd = int(packRefs.size());
            }
        }
        return !packs.failed() && !entries.failed();
    }

    bool loadScans(SqliteDatabase &db)
    {
        SqliteStatement scans = db.prepare(
            QStringLiteral("SELECT DISTINCT document_id FROM ocr_pages INDEXED BY ocr_pages_document"));
        while (scans.next()) {
            const qint64 id = scans.integer(0);
            if (id >= 0 && size_t(id) < documents.size())
                documents[size_t(id)].scan = true;
        }
        return !scans.failed();
    }
};

// The per-connection facet table, loaded again when the catalog changed; nullptr when it cannot be read.
std::shared_ptr<FacetTable> currentTable(SqliteDatabase &db)
{
    struct Kept
    {
        std::shared_ptr<FacetTable> table;
    };
    std::shared_ptr<FacetTable> &kept = db.state<Kept>().table;
    std::shared_ptr<FacetTable> table = kept;
    const qint64 version = db.scalar(QStringLiteral("PRAGMA data_version")).toLongLong();
    const qint64 changes = sqlite3_total_changes64(db.handle());
    if (!table || table->dataVersion != version || table->totalChanges != changes) {
        auto fresh = std::make_shared<FacetTable>();
        if (!fresh->load(db))
            return nullptr;
        fresh->dataVersion = version;
        fresh->totalChanges = changes;
        kept = fresh;
        table = fresh;
    }
    return table;
}

// How many of the counted documents have each value, by FacetTable's value indexes.
struct FacetCounts
{
    std::vector<int> columns[FacetTable::Columns];
    std::vector<int> tags, packs;
    int scans = 0;
};

FacetCounts countDocuments(const FacetTable *table, const std::vector<qint64> &ids)
{
    FacetCounts n;
    auto &counts = n.columns;
    auto &tagCounts = n.tags;
    auto &packCounts = n.packs;
    int &scans = n.scans;
    for (int c = 0; c < FacetTable::Columns; ++c)
        counts[c].assign(size_t(table->values[c].size()), 0);
    tagCounts.assign(size_t(table->tagNames.size()), 0);
    packCounts.assign(size_t(table->packNames.size()), 0);
    const auto add = [&](const FacetTable::Document &doc) {
        scans += doc.scan ? 1 : 0;
        for (int c = 0; c < FacetTable::Columns; ++c) {
            if (doc.column[c] >= 0)
                ++counts[c][size_t(doc.column[c])];
        }
        for (int i = doc.tagsBegin; i < doc.tagsEnd; ++i) {
            if (table->tagRefs[size_t(i)] >= 0)
                ++tagCounts[size_t(table->tagRefs[size_t(i)])];
        }
        for (int i = doc.packsBegin; i < doc.packsEnd; ++i)
            ++packCounts[size_t(table->packRefs[size_t(i)])];
    };
    for (const qint64 id : ids) {
        if (id >= 0 && size_t(id) < table->documents.size() && table->documents[size_t(id)].present)
            add(table->documents[size_t(id)]);
    }
    return n;
}

// The counts as SearchResult::facets, each facet in its order.
void appendCounts(const FacetTable *table, const FacetCounts &n, SearchResult &result)
{
    const auto &counts = n.columns;
    const auto &tagCounts = n.tags;
    const auto &packCounts = n.packs;
    const int scans = n.scans;
    static const char *const Names[FacetTable::Columns] = {"category", "type", "year", "format", "municipality"};
    for (int c = 0; c < FacetTable::Columns; ++c) {
        std::vector<int> order;
        for (int v = 0; v < int(counts[c].size()); ++v) {
            if (counts[c][size_t(v)] > 0)
                order.push_back(v);
        }
        // Most frequent first, then by value: years as numbers, text in SQLite's BINARY order (bytes).
        const QStringList &values = table->values[c];
        const bool numeric = c == 2;
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            if (counts[c][size_t(a)] != counts[c][size_t(b)])
                return counts[c][size_t(a)] > counts[c][size_t(b)];
            if (numeric)
                return values.at(a).toLongLong() < values.at(b).toLongLong();
            return values.at(a).toUtf8() < values.at(b).toUtf8();
        });
        auto &facet = result.facets[QLatin1String(Names[c])];
        for (const int v : order)
            facet.append({values.at(v), counts[c][size_t(v)]});
    }
    if (scans > 0)
        result.facets[QStringLiteral("format")].append({ FacetCounter::ScanFormat, scans });
    auto &tagValues = result.facets[QStringLiteral("tag")];
    for (size_t t = 0; t < tagCounts.size(); ++t) {
        if (tagCounts[t] > 0)
            tagValues.append({table->tagNames.at(qsizetype(t)), tagCounts[t]});
    }
    auto &packValues = result.facets[QStringLiteral("pack")];
    for (size_t p = 0; p < packCounts.size(); ++p) {
        if (packCounts[p] > 0)
            packValues.append({table->packNames.at(qsizetype(p)), packCounts[p]});
    }
}

// The counts of the five documents columns, by value as SQLite gives it as text.
constexpr int ColumnFacets = 5;
using ColumnCounts = std::map<std::string, int, std::less<>>;

// Counts the five columns of the statement's current row, starting at column first (NULL and ''
// count nothing).
void addColumns(sqlite3_stmt *stmt, int first, ColumnCounts (&counts)[ColumnFacets])
{
    for (int c = 0; c < ColumnFacets; ++c) {
        if (sqlite3_column_type(stmt, first + c) == SQLITE_NULL)
            continue;
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, first + c));
        const std::string_view value(text, size_t(sqlite3_column_bytes(stmt, first + c)));
        if (value.empty())
            continue;
        auto it = counts[c].find(value);
        if (it == counts[c].end())
            it = counts[c].emplace(std::string(value), 0).first;
        ++it->second;
    }
}

// The counts as SearchResult::facets, each column's values most frequent first, then by value: years
// as numbers, text in SQLite's BINARY order (bytes, the maps' order).
void appendColumnCounts(const ColumnCounts (&counts)[ColumnFacets], SearchResult &result)
{
    static const char *const Names[ColumnFacets] = { "category", "type", "year", "format", "municipality" };
    for (int c = 0; c < ColumnFacets; ++c) {
        auto &values = result.facets[QLatin1String(Names[c])];
        std::vector<std::pair<const std::string *, int>> sorted;
        for (const auto &[value, n] : counts[c])
            sorted.push_back({ &value, n });
        const bool numeric = c == 2;
        std::stable_sort(sorted.begin(), sorted.end(), [numeric](const auto &a, const auto &b) {
            if (a.second != b.second)
                return a.second > b.second;
            return numeric
                && std::strtoll(a.first->c_str(), nullptr, 10) < std::strtoll(b.first->c_str(), nullptr, 10);
        });
        for (const auto &[value, n] : sorted)
            values.append({ QString::fromStdString(*value), n });
    }
}
// Steps through sql's rows with the C API (no QVariant per value: these passes read every match or
// every document), handing each to onRow; a failure is noted on db and kept as result.error.
template<typename OnRow>
void forEachRow(SqliteDatabase &db, const QByteArray &sql, SearchResult &result, OnRow onRow)
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db.handle(), sql.constData(), int(sql.size()), &stmt, nullptr);
    if (rc == SQLITE_OK) {
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
            onRow(stmt);
    }
    if (rc != SQLITE_OK && rc != SQLITE_DONE) {
        db.noteResult(rc);
        if (result.error.isEmpty())
            result.error = db.lastError();
    }
    sqlite3_finalize(stmt);
}

} // namespace

FacetCounter::FacetCounter(SqliteDatabase &db, QString &failure)
    : m_db(db)
    , m_failure(failure)
{
}

void FacetCounter::noteFailure(const SqliteStatement &stmt) const
{
    if (stmt.failed() && m_failure.isEmpty())
        m_failure = stmt.error();
}

qint64 FacetCounter::documents() const
{
    return m_db.scalar(QStringLiteral("SELECT n FROM facet_counts WHERE facet = 'documents' AND value = ''"))
        .toLongLong();
}

bool FacetCounter::useTable() const
{
    // A connection that asks for facets again keeps the facet table (a long-lived connection, as in
    // the benchmark); for one search per connection (the CLI; the GUI opens a connection per search)
    // the counts come from SQL: loading the table (about 90 ms at 100,000 documents) would cost more
    // than it saves once.
    struct FacetSearches
    {
        int count = 0;
    };
    return ++m_db.state<FacetSearches>().count > 1;
}

bool FacetCounter::fillHitTable()
{
    // The matches as a table the statements of countWithSql() join with; one transaction for all.
    if (!m_db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS search_hits (id INTEGER PRIMARY KEY); "
                                  "DELETE FROM temp.search_hits; SAVEPOINT search_hits;")))
        return false;
    SqliteStatement fill = m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO temp.search_hits VALUES (?1)"));
    for (const qint64 id : m_matchIds) {
        fill.reset();
        fill.bind(1, id);
        if (!fill.run())
            break;
    }
    noteFailure(fill);
    return m_db.exec(QStringLiteral("RELEASE search_hits;")) && !fill.failed();
}

bool FacetCounter::readMatchIds(const QString &idSql, const QVariantList &args, SearchResult &result)
{
    SqliteStatement ids = m_db.prepare(idSql);
    ids.bindAll(args);
    while (ids.next())
        m_matchIds.push_back(ids.integer(0));
    if (!ids.error().isEmpty()) {
        result.error = ids.error();
        return false;
    }
    result.total = qint64(m_matchIds.size());
    return true;
}

bool FacetCounter::countAll(bool facets, SearchResult &result) const
{
    // A few hundred rows kept exact by the catalog's triggers, instead of a pass over every
    // document's row in four indexes (about 200 ms and 150 MB of a 2 GB catalog at 100,000 documents).
    SqliteStatement stored = m_db.prepare(
        facets ? QStringLiteral("SELECT f.facet, f.value, f.n, t.name, t.name_key FROM facet_counts f "
                                "LEFT JOIN tags t ON f.facet = 'tag' AND t.id = f.value WHERE f.n > 0")
               : QStringLiteral("SELECT facet, value, n FROM facet_counts WHERE facet = 'documents'"));
    static const QStringList Columns { QStringLiteral("category"), QStringLiteral("type"),
                                       QStringLiteral("year"), QStringLiteral("format"),
                                       QStringLiteral("municipality") };
    ColumnCounts counts[ColumnFacets];
    std::map<QByteArray, QPair<QString, int>> tags; // by name_key, as the tags table orders them
    std::map<QByteArray, int> packs; // by name, in SQLite's BINARY order
    int scans = 0;
    result.total = 0;
    while (stored.next()) {
        const QString facet = stored.text(0);
        const int n = int(stored.integer(2));
        const int column = int(Columns.indexOf(facet));
        if (column >= 0) {
            const QByteArray value = stored.text(1).toUtf8();
            if (!value.isEmpty())
                counts[column][value.toStdString()] += n;
        } else if (facet == QLatin1String("documents")) {
            result.total = n;
        } else if (facet == QLatin1String("scan")) {
            scans = n;
        } else if (facet == QLatin1String("tag") && !stored.isNull(3)) {
            tags[stored.text(4).toUtf8()] = { stored.text(3), n };
        } else if (facet == QLatin1String("pack")) {
            packs[stored.text(1).toUtf8()] += n;
        }
    }
    if (stored.failed()) {
        result.error = stored.error();
        return false;
    }
    if (!facets)
        return true;
    appendColumnCounts(counts, result);
    if (scans > 0)
        result.facets[QStringLiteral("format")].append({ ScanFormat, scans });
    auto &tagValues = result.facets[QStringLiteral("tag")];
    for (const auto &[key, tag] : tags)
        tagValues.append(tag);
    auto &packValues = result.facets[QStringLiteral("pack")];
    for (const auto &[name, n] : packs)
        packValues.append({ QString::fromUtf8(name), n });
    return true;
}

void FacetCounter::count(bool table, SearchResult &result)
{
    if (table) {
        countFromTable(result);
        return;
    }
    // Many matches: one pass over each facet index in id order, the matches looked up in memory.
    // Few: the matches looked up in the indexes. Per match a lookup in four b-trees costs about
    // 3.5 µs, a pass about 0.5 µs per document (measured at 100,000 documents: 150 ms of CPU for
    // the facets of 42,000 matches by lookups).
    if (qint64(m_matchIds.size()) * 8 > documents())
        countByScan(result);
    else if (fillHitTable())
        countWithSql(result);
    else if (result.error.isEmpty())
        result.error = m_db.lastError();
}

void FacetCounter::countFromTable(SearchResult &result) const
{
    const std::shared_ptr<FacetTable> table = currentTable(m_db);
    if (!table) {
        result.error = m_db.lastError();
        return;
    }
    appendCounts(table.get(), countDocuments(table.get(), m_matchIds), result);
}

void FacetCounter::countWithSql(SearchResult &result) const
{
    // temp.search_hits holds the matching ids (fillHitTable()). The hit list drives every
    // join (CROSS JOIN): the planner knows nothing about the temp table and would otherwise scan the
    // documents indexes instead. The counts read the facet indexes of schema 9 (INDEXED BY), never
    // the documents rows, pack entries or OCR pages themselves: those are wide and scattered over the
    // file, so a large hit list touched most of the catalog.
    const QString hits = QStringLiteral("temp.search_hits h CROSS JOIN ");
    const auto on = [](const QString &column) { return QStringLiteral(" ON %1 = h.id").arg(column); };
    countColumnsWithSql(hits, on(QStringLiteral("d.id")), result);
    SqliteStatement scans = m_db.prepare(
        QStringLiteral(
            "SELECT count(DISTINCT o.document_id) FROM %1ocr_pages o INDEXED BY ocr_pages_document%2")
            .arg(hits, on(QStringLiteral("o.document_id"))));
    if (scans.next() && scans.integer(0) > 0)
        result.facets[QStringLiteral("format")].append({ ScanFormat, int(scans.integer(0)) });
    noteFailure(scans);
    // Tags and packs need no documents row.
    SqliteStatement tags = m_db.prepare(QStringLiteral("SELECT t.name, x.n FROM (SELECT dt.tag_id AS tag_id, count(*) AS n "
                                                       "FROM %1document_tags dt%2 GROUP BY dt.tag_id) x "
                                                       "JOIN tags t ON t.id = x.tag_id ORDER BY t.name_key")
                                            .arg(hits, on(QStringLiteral("dt.document_id"))));
    auto &tagValues = result.facets[QStringLiteral("tag")];
    while (tags.next())
        tagValues.append({tags.text(0), int(tags.integer(1))});
    noteFailure(tags);
    SqliteStatement packs
        = m_db.prepare(QStringLiteral("SELECT p.name, count(DISTINCT pe.document_id) FROM %1pack_entries pe "
                                      "INDEXED BY pack_entries_document_pack%2 "
                                      "JOIN packs p ON p.id = pe.pack_id GROUP BY p.name ORDER BY p.name")
                           .arg(hits, on(QStringLiteral("pe.document_id"))));
    auto &packValues = result.facets[QStringLiteral("pack")];
    while (packs.next())
        packValues.append({packs.text(0), int(packs.integer(1))});
    noteFailure(packs);
}

// The kept matches as a bit per documents id, for the scans' lookups.
class FacetCounter::MatchSet
{
public:
    explicit MatchSet(const std::vector<qint64> &ids)
    {
        for (const qint64 id : ids) {
            if (id < 0 || id > std::numeric_limits<int>::max() / 2)
                continue; // not a documents id
            if (size_t(id) >= m_match.size())
                m_match.resize(size_t(id) + 1);
            m_match[size_t(id)] = true;
        }
    }
    bool contains(qint64 id) const { return id >= 0 && size_t(id) < m_match.size() && m_match[size_t(id)]; }

private:
    std::vector<bool> m_match;
};

void FacetCounter::countByScan(SearchResult &result) const
{
    const MatchSet matches(m_matchIds);
    scanColumns(matches, result);
    scanOcrPages(matches, result);
    scanTags(matches, result);
    scanPacks(matches, result);
}

// The five columns, as countColumnsWithSql counts them.
void FacetCounter::scanColumns(const MatchSet &matches, SearchResult &result) const
{
    ColumnCounts counts[ColumnFacets];
    forEachRow(m_db,
               QByteArrayLiteral("SELECT id, category, doc_type, year, format, municipality FROM documents "
                                 "INDEXED BY documents_facets"),
               result, [&](sqlite3_stmt *stmt) {
                   if (matches.contains(sqlite3_column_int64(stmt, 0)))
                       addColumns(stmt, 1, counts);
               });
    appendColumnCounts(counts, result);
}

void FacetCounter::scanOcrPages(const MatchSet &matches, SearchResult &result) const
{
    int scans = 0;
    SqliteStatement ocr = m_db.prepare(
        QStringLiteral("SELECT DISTINCT document_id FROM ocr_pages INDEXED BY ocr_pages_document"));
    while (ocr.next())
        scans += matches.contains(ocr.integer(0)) ? 1 : 0;
    noteFailure(ocr);
    if (scans > 0)
        result.facets[QStringLiteral("format")].append({ ScanFormat, scans });
}

// Tags in name_key order, those with matches.
void FacetCounter::scanTags(const MatchSet &matches, SearchResult &result) const
{
    QHash<qint64, int> tagCounts;
    SqliteStatement links = m_db.prepare(QStringLiteral("SELECT document_id, tag_id FROM document_tags"));
    while (links.next()) {
        if (matches.contains(links.integer(0)))
            ++tagCounts[links.integer(1)];
    }
    noteFailure(links);
    auto &tagValues = result.facets[QStringLiteral("tag")];
    SqliteStatement tags = m_db.prepare(QStringLiteral("SELECT id, name FROM tags ORDER BY name_key"));
    while (tags.next()) {
        if (const int n = tagCounts.value(tags.integer(0)); n > 0)
            tagValues.append({ tags.text(1), n });
    }
    noteFailure(tags);
}

// Packs by name (BINARY order), each document once per name: its entries are adjacent in the index.
void FacetCounter::scanPacks(const MatchSet &matches, SearchResult &result) const
{
    QHash<qint64, QByteArray> packName;
    SqliteStatement packs = m_db.prepare(QStringLiteral("SELECT id, name FROM packs"));
    while (packs.next())
        packName.insert(packs.integer(0), packs.text(1).toUtf8());
    noteFailure(packs);
    std::map<QByteArray, int> packCounts;
    SqliteStatement entries = m_db.prepare(QStringLiteral(
        "SELECT document_id, pack_id FROM pack_entries INDEXED BY pack_entries_document_pack"));
    qint64 current = -1;
    std::vector<const QByteArray *> counted; // the names counted for the current document
    while (entries.next()) {
        const qint64 id = entries.integer(0);
        if (!matches.contains(id))
            continue;
        if (id != current) {
            current = id;
            counted.clear();
        }
        const auto name = packName.constFind(entries.integer(1));
        if (name == packName.constEnd())
            continue;
        if (std::find_if(counted.begin(), counted.end(), [&](const QByteArray *n) { return *n == *name; })
            != counted.end())
            continue;
        counted.push_back(&name.value());
        ++packCounts[*name];
    }
    noteFailure(entries);
    auto &packValues = result.facets[QStringLiteral("pack")];
    for (const auto &[name, n] : packCounts)
        packValues.append({ QString::fromUtf8(name), n });
}

void FacetCounter::countColumnsWithSql(const QString &hits, const QString &on, SearchResult &result) const
{
    // The five document columns in one pass over the hits, counted here (a GROUP BY per column would
    // look every document up five times; one over all five gives nearly a group per row).
    ColumnCounts counts[ColumnFacets];
    {
        const QByteArray sql
            = QStringLiteral("SELECT d.category, d.doc_type, d.year, d.format, d.municipality FROM "
                             "%1documents d INDEXED BY documents_facets%2")
                  .arg(hits, on)
                  .toUtf8();
        forEachRow(m_db, sql, result, [&](sqlite3_stmt *stmt) { addColumns(stmt, 0, counts); });
    }
    appendColumnCounts(counts, result);
}
