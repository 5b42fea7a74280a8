#pragma once

#include "core/search/SearchTypes.h"

#include <QString>
#include <QVariantList>
#include <vector>

class SqliteDatabase;
class SqliteStatement;

// The facet counts of one search (SearchResult::facets): per category, type, year, format,
// municipality, tag and pack, how many of the matches (or, for an empty query, of all documents) have
// it. All documents: the counts kept in the catalog (facet_counts, schema 11). The matches: two ways
// to the same counts, SQL over the facet indexes for a connection's first search, an in-memory table
// per connection for the searches after it (useTable()). One counter per search.
class FacetCounter
{
public:
    // failure: where the first failed read is kept (Searcher reports it as the search's error).
    FacetCounter(SqliteDatabase &db, QString &failure);

    // The format facet's value for documents read by OCR (scans), next to their file formats.
    static constexpr QLatin1String ScanFormat { "scan" };

    // All documents: result.total, and with facets their counts, as kept in the catalog; false with
    // result.error set when they cannot be read.
    bool countAll(bool facets, SearchResult &result) const;

    // How many documents the library holds (kept in facet_counts); 0 when it cannot be read.
    qint64 documents() const;

    // Which way a search with a query counts: true for the per-connection table. Call once per search
    // with facets.
    bool useTable() const;
    // The matches' ids (idSql, binding args) kept for count(), and result.total set; false with
    // result.error set when they cannot be read.
    bool readMatchIds(const QString &idSql, const QVariantList &args, SearchResult &result);
    // The matches' ids, read by the caller (the ranking pass, which reads them all anyway).
    void keepMatchIds(std::vector<qint64> ids) { m_matchIds = std::move(ids); }
    // The counts of the kept matches into result.facets.
    void count(bool table, SearchResult &result);

private:
    void countFromTable(SearchResult &result) const;
    // The kept matches into temp.search_hits, for countWithSql().
    bool fillHitTable();
    // The same counts by one pass over each facet index, for many matches.
    class MatchSet;
    void countByScan(SearchResult &result) const;
    void scanColumns(const MatchSet &matches, SearchResult &result) const;
    void scanOcrPages(const MatchSet &matches, SearchResult &result) const;
    void scanTags(const MatchSet &matches, SearchResult &result) const;
    void scanPacks(const MatchSet &matches, SearchResult &result) const;
    // The same counts in SQL over temp.search_hits.
    void countWithSql(SearchResult &result) const;
    // The five document columns' counts; hits and on: the join with the hits, as in countWithSql.
    void countColumnsWithSql(const QString &hits, const QString &on, SearchResult &result) const;
    void noteFailure(const SqliteStatement &stmt) const;

    SqliteDatabase &m_db;
    QString &m_failure;
    std::vector<qint64> m_matchIds;
};
