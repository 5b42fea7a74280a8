#pragma once

#include "core/search/Query.h"
#include "core/search/QueryParser.h"
#include "core/search/SearchTypes.h"
#include "core/text/SqlExtensions.h"

#include <QCoreApplication>
#include <QVariantList>

#include <memory>
#include <vector>

class SqliteDatabase;
class SqliteStatement;

// The one search call of the app: the GUI and the CLI give it the same query string and get the same
// ranked hits, snippets, pages, facets and suggestions. Query text → QueryParser → query tree →
// FTS5 MATCH (Fts5QueryBuilder) plus metadata SQL (here). Works on one connection (one thread).
//
// Ranking: bm25 with column weights title 10, meta (tags, category, type, municipality,
// description, file name) 4, body 1; documents found only through a compound part ("vereinbarung"
// in "Datennutzungsvereinbarung") or a longer word starting with the query word rank after exact
// word matches; ties go to the newest (year, then import time).
class Searcher
{
    Q_DECLARE_TR_FUNCTIONS(Searcher)

public:
    explicit Searcher(SqliteDatabase &db);

    SearchResult search(const SearchRequest &request);

    // Why parts of the query cannot be searched (SearchResult::warnings), one sentence each; empty
    // when all of it can. Depends on the query alone, so callers may ask before searching.
    static QStringList warnings(const Query &query);
    static QStringList warnings(const QString &query) { return warnings(QueryParser::parse(query)); }

    // The ids of every hit of a query, best first; an empty query gives every document. What an
    // export of "the hits of this query" exports (the CLI's --query, the window's export).
    static QList<qint64> hitIds(SqliteDatabase &db, const QString &query, QString *error);

    // Indexed compounds ending in the word's key ("vereinbarung" → "datennutzungsvereinbar", ...).
    QStringList compoundsEndingIn(const QString &word, int max = 24) const;
    // Indexed words close to the word (edit distance 1, or 2 for longer words), as written in a
    // document, most frequent first.
    QStringList similarWords(const QString &word, int max = 3) const;

    static constexpr double TitleWeight = 10.0;
    static constexpr double MetaWeight = 4.0;
    static constexpr double BodyWeight = 1.0;
    static constexpr int MaxExpandedWords = 12;

private:
    struct Sql
    {
        QVariantList args;
        QString bind(const QVariant &value)
        {
            args.append(value);
            return QStringLiteral("?%1").arg(args.size());
        }
    };

    SearchResult searchCatalog(const SearchRequest &request);
    // Keeps the first failed step of a read that has no result to report it in (search() does).
    void noteFailure(const SqliteStatement &stmt) const;
    Query expandCompounds(const Query &query) const;
    QString filterSql(const Query &query, Sql &sql) const;
    QString personalSql(const Query &query, Sql &sql) const;
    QString surfaceForm(const QString &key) const;
    // Appends up to wanted rows matching match and conditions, best first, to hits.
    bool rankedPhase(const QString &match, bool exact, const Sql &sql, const QString &conditions, int wanted,
                     QList<SearchHit> &hits, SearchResult &result, qint64 *matched = nullptr) const;
    // ids: all matches; nullptr: all documents (no query)
    void loadFacets(const std::vector<qint64> *ids, SearchResult &result) const;
    // The same counts in SQL over temp.search_hits (filtered) or all documents.
    void loadFacetsSql(bool filtered, SearchResult &result) const;
    bool useFacetTable() const;
    void loadTags(QList<SearchHit> &hits) const;
    std::shared_ptr<SqlExtensions::RowLengths> rowLengths() const;
    void loadSnippets(QList<SearchHit> &hits, const QString &match) const;

    SqliteDatabase &m_db;
    mutable QString m_failure;
};
