#pragma once

#include "core/search/Query.h"
#include "core/search/QueryParser.h"
#include "core/search/SearchTypes.h"
#include "core/search/SpellingSuggester.h"
#include "core/search/Thesaurus.h"
#include "core/text/SqlExtensions.h"

#include <QCoreApplication>
#include <QHash>
#include <QVariantList>
#include <memory>
#include <optional>
#include <vector>

class SqliteDatabase;
class SqliteStatement;

// The one search call of the app: the GUI and the CLI give it the same query string and get the same
// ranked hits, snippets, pages, facets and suggestions. Query text → QueryParser → query tree →
// FTS5 MATCH (Fts5QueryBuilder) plus metadata SQL (here). Works on one connection (one thread).
//
// What a word finds, in three tiers ranked one after the other (SearchHit::exact is true for the first):
//  1. the word, and its other compound spellings: "Datenschutzfolgenabschätzung" also searches the
//     phrase "Datenschutz Folgenabschätzung" when the index holds both parts (which finds the hyphenated
//     and the spaced spelling), "Glasfaser-Ausbau" and "Glasfaser Ausbau" also "Glasfaserausbau";
//  2. compound parts: longer words ending in it ("vereinbarung" in "Datennutzungsvereinbarung") or
//     starting with it;
//  3. the thesaurus: an abbreviation's long forms and a long form's abbreviation (Thesaurus).
// Within a tier: bm25 with column weights title 10, meta (tags, category, type, municipality,
// description, file name) 4, body 1; for queries with a prefix ("Förder*"), title and meta matches
// before body-only matches (bm25 divides by the whole row's length, so a long document with the word
// in its title lost to a short one mentioning it once); ties go to the newest (year, then import time).
// SearchResult::highlightTerms lists every form searched, for the highlighters (HighlightMatcher).
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
    // Long compounds are also corrected by their parts, hyphenated ones part by part
    // ("Datenschutzfolgenabschäzung" → "Datenschutz-Folgenabschätzung").
    QStringList similarWords(const QString &word, int max = 3) const;

    // The documents closest in content to document id, best first: the document's most significant
    // words (frequent in it, rare in the library) searched with bm25. Empty (with *error set) when the
    // document does not exist or the catalog cannot be read. Only documents scoring at least
    // MinRelatedness of the document's own score for those words count as related.
    QList<SearchHit> similarDocuments(qint64 id, int limit = 10, QString *error = nullptr) const;

    static constexpr double TitleWeight = 10.0;
    static constexpr double MetaWeight = 4.0;
    static constexpr double BodyWeight = 1.0;
    static constexpr int MaxExpandedWords = 12;
    static constexpr int SimilarTerms = 24; // significant words a related-documents search uses
    // See similarDocuments: in the sample pack (all on sensor networks) genuine relatives score 0.2–0.5
    // of the document itself, documents sharing a word by chance below 0.1.
    static constexpr double MinRelatedness = 0.2;

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

    // A search's query, its full-text expressions and its metadata conditions (planSearch()).
    struct SearchPlan
    {
        Query query;
        QStringList tierMatches; // the tiers' MATCH expressions, exact words first
        QString match; // all tiers together
        QString exactMatch; // the first tier
        Sql sql; // the conditions' values
        QString conditions; // " AND ..." for each metadata filter and excluded word
    };

    SearchResult searchCatalog(const SearchRequest &request);
    // Parses and expands the query; sets result's warnings and highlight terms.
    SearchPlan planSearch(const QString &queryText, SearchResult &result) const;
    static QString fromFor(const SearchPlan &p, Sql &s, const QString &match, bool idsOnly = false);
    // SELECT of the ids of all matches.
    static QString matchIdsSql(const SearchPlan &p, Sql &args);
    // result.total by count(*); false with result.error when it cannot be read.
    bool countMatches(const SearchPlan &p, SearchResult &result) const;
    // The requested page ranked by relevance, tier after tier; countTotal: result.total from the
    // first phase; matchIds (when given): the ids of the first phase's matches.
    bool rankedHits(const SearchPlan &p, const SearchRequest &request, bool countTotal,
                    std::vector<qint64> *matchIds, SearchResult &result) const;
    // The requested page in request.sort order (or by title): the statement and its arguments (page).
    static QString pageSql(const SearchPlan &p, const SearchRequest &request, Sql &page);
    bool sortedHits(const SearchPlan &p, const SearchRequest &request, SearchResult &result) const;
    // Keeps the first failed step of a read that has no result to report it in (search() does).
    void noteFailure(const SqliteStatement &stmt) const;
    enum class Tier { Spellings, CompoundParts, Thesaurus };
    // The query with every alternative of its words up to tier (cumulative: each tier finds a superset).
    Query expand(const Query &query, Tier tier, const Thesaurus &thesaurus) const;
    Query expandConjunction(const Query &query, Tier tier, const Thesaurus &thesaurus) const;
    QList<Query> spellingVariants(const Query &term) const;
    QList<Query> compoundAlternatives(const Query &term) const;
    // The word split into two or three parts the index holds, with the longest first part possible.
    QList<QStringList> splitCompound(const QString &word, int depth = 0) const;
    // Whether the index holds the word's key (a single word).
    bool isIndexed(const QString &word) const;
    // The "did you mean" words, sharing this search's vocabulary lookups and failure.
    SpellingSuggester suggester() const;
    QString filterSql(const Query &query, Sql &sql) const;
    // A field filter (kategorie:, jahr:, ...); nullopt for title:, which the full text searches.
    std::optional<QString> fieldSql(const Query &query, Sql &sql) const;
    static QString yearSql(const Query &query, Sql &sql);
    QString tagSql(const Query &query, Sql &sql) const;
    static QString packSql(const Query &query, Sql &sql);
    // category, type, municipality
    static QString valueSql(const Query &query, Sql &sql);
    QString personalSql(const Query &query, Sql &sql) const;
    // Appends up to wanted rows matching match and conditions, best first, to hits.
    bool rankedPhase(const QString &match, bool exact, const Sql &sql, const QString &conditions, int wanted,
                     QList<SearchHit> &hits, SearchResult &result, qint64 *matched = nullptr,
                     std::vector<qint64> *matchIds = nullptr) const;
    // A match of a ranked phase and its rank: tier (0: title or meta hit of a prefix query), bm25 score.
    struct Scored
    {
        int tier;
        double score;
        qint64 id;
    };
    // Every match with its score, in rowid order.
    bool scoreMatches(const QString &match, const Sql &sql, const QString &conditions,
                      std::vector<Scored> &scored, SearchResult &result) const;
    // Only the best wanted, and those tying with the last of them.
    static void keepBest(std::vector<Scored> &scored, int wanted);
    // The scored rows' hits (documents row, snippet, page), best first, up to wanted of them.
    bool appendRankedRows(const QString &match, bool exact, const Sql &sql, const std::vector<Scored> &scored,
                          bool onePass, int wanted, QList<SearchHit> &hits, SearchResult &result) const;
    // The hits' documents rows (no snippet), in the order of ids.
    QList<SearchHit> documentRows(const QList<qint64> &ids) const;
    // similarDocuments: the document's most significant words (columns: title, meta, body), quoted for
    // MATCH, and the documents they find that score close enough to the document itself.
    QStringList significantTerms(const QStringList &columns) const;
    QList<SearchHit> relatedHits(qint64 id, const QString &match, int limit) const;
    void loadTags(QList<SearchHit> &hits) const;
    // Every row's length, kept with the connection; load false: nullptr unless kept and current
    // (srt_bm25 then asks FTS5 per row).
    std::shared_ptr<SqlExtensions::RowLengths> rowLengths(bool load = true) const;
    void loadSnippets(QList<SearchHit> &hits, const QString &match) const;

    SqliteDatabase &m_db;
    mutable QString m_failure;
    mutable QHash<QString, bool> m_vocabulary; // key → isIndexed(), for one search
    bool m_fewMatches = false; // this search's matches are a small part of the library (rowLengths())
};
