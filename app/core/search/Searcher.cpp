#include "core/search/Searcher.h"

#include "core/library/PageSource.h"
#include "core/library/PersonalOverlay.h"
#include "core/library/SqliteDatabase.h"
#include "core/library/TagNames.h"
#include "core/search/FacetCounter.h"
#include "core/search/Fts5QueryBuilder.h"
#include "core/search/QueryParser.h"
#include "core/search/SpellingSuggester.h"
#include "core/text/GermanNormalizer.h"
#include "core/text/SqlExtensions.h"
#include "core/util/Logging.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <memory>
#include <optional>
#include <sqlite3.h>
#include <vector>

namespace {
// The page of the first hit, for documents with pages (PageSource: an office document's text is
// then the PDF's, page by page). 0 for the rest: page 1 of a text file means nothing.
QString hitPage(const QString &documentId)
{
    return QStringLiteral("CASE WHEN %1 THEN srt_hitpage(document_fts) ELSE 0 END")
        .arg(PageSource::sqlHasPages(documentId));
}

// The documents table for statements that need only the ids of rows meeting the conditions (the
// metadata filters of a query): the facet index of schema 9 when the conditions read no other column.
// A filter then reads compact index pages instead of every candidate's documents row; those rows are
// wide and scattered between the text pages of the file (a filter over 40,000 documents touched
// most of a 2 GB catalog).
QString documentsFor(const QString &conditions)
{
    static const QRegularExpression column(QStringLiteral("\\bd\\.([a-z_]+)"));
    static const QSet<QString> covered { QStringLiteral("id"),       QStringLiteral("category"),
                                         QStringLiteral("doc_type"), QStringLiteral("year"),
                                         QStringLiteral("format"),   QStringLiteral("municipality") };
    for (auto it = column.globalMatch(conditions); it.hasNext();) {
        if (!covered.contains(it.next().captured(1)))
            return QStringLiteral("documents d");
    }
    return QStringLiteral("documents d INDEXED BY documents_facets");
}

// The columns every hit query selects first, in this order, and the hit they make.
#define SRT_HIT_COLUMNS(d) d "id, " d "title, " d "filename, " d "category, " d "doc_type, " d "format, " d "year"
SearchHit hitFromColumns(const SqliteStatement &row)
{
    SearchHit hit;
    hit.id = row.integer(0);
    hit.title = row.text(1);
    hit.filename = row.text(2);
    hit.category = row.text(3);
    hit.type = row.text(4);
    hit.format = row.text(5);
    hit.year = int(row.integer(6));
    return hit;
}

constexpr int MinCompoundPart = 4; // shorter keys ("bau") would expand to half the vocabulary

QString reversed(const QString &text)
{
    std::u32string code = text.toStdU32String();
    std::reverse(code.begin(), code.end());
    return QString::fromStdU32String(code);
}

QString columnFor(Query::Field field)
{
    switch (field) {
    case Query::Field::Category:
        return QStringLiteral("d.category");
    case Query::Field::Type:
        return QStringLiteral("d.doc_type");
    case Query::Field::Municipality:
        return QStringLiteral("d.municipality");
    default:
        return {};
    }
}

// A tag name folded segment by segment: "Förderung / Bund" → "forderung/bund". Empty when a segment
// folds to nothing ("§"): "forderung/" would be a prefix of every tag below Förderung.
QString foldedTag(const QString &name)
{
    QStringList parts = TagNames::normalized(name).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (QString &part : parts) {
        part = GermanNormalizer::fold(part);
        if (part.isEmpty())
            return {};
    }
    return parts.join(QLatin1Char('/'));
}

// column equals the bound value, or starts with it, as written (no folding).
QString writtenMatch(const QString &column, const QString &bound, bool prefix)
{
    return prefix ? QStringLiteral("substr(%1, 1, length(%2)) = %2").arg(column, bound)
                  : QStringLiteral("%1 = %2").arg(column, bound);
}

// The query without repeated operands of AND and OR ("Sensor Sensor …" from pasted text): they change
// nothing, but FTS5 would evaluate every copy with all its compound expansions, which made such a
// query take minutes.
Query withoutRepeats(const Query &query)
{
    switch (query.kind()) {
    case Query::Kind::Not:
        return Query::negation(withoutRepeats(query.children().first()));
    case Query::Kind::And:
    case Query::Kind::Or: {
        QList<Query> children;
        QSet<QString> seen;
        for (const Query &child : query.children()) {
            const Query unique = withoutRepeats(child);
            if (!seen.contains(unique.toString())) {
                seen.insert(unique.toString());
                children.append(unique);
            }
        }
        return query.kind() == Query::Kind::And ? Query::conjunction(children) : Query::disjunction(children);
    }
    default:
        return query;
    }
}

void collectTerms(const Query &query, bool negated, QStringList *words)
{
    switch (query.kind()) {
    case Query::Kind::Term:
        if (!negated && !query.isPrefix())
            words->append(query.word());
        break;
    case Query::Kind::Not:
        collectTerms(query.children().first(), !negated, words);
        break;
    case Query::Kind::And:
    case Query::Kind::Or:
        for (const Query &child : query.children())
            collectTerms(child, negated, words);
        break;
    default:
        break;
    }
}

// Each row's length in tokens, from document_fts_docsize (one varint per column), for srt_bm25.
// Read with SQLite's own calls: the 100,000 rows at every start were a QVariant and a QByteArray each.
bool loadRowLengths(SqliteDatabase &db, SqlExtensions::RowLengths &lengths)
{
    sqlite3_stmt *sizes = nullptr;
    int rc = sqlite3_prepare_v2(db.handle(), "SELECT id, sz FROM document_fts_docsize", -1, &sizes, nullptr);
    if (rc == SQLITE_OK) {
        while ((rc = sqlite3_step(sizes)) == SQLITE_ROW) {
            const qint64 id = sqlite3_column_int64(sizes, 0);
            if (id < 0 || id > std::numeric_limits<int>::max() / 2)
                continue; // srt_bm25 asks FTS5 for rows it does not cover
            const auto *sz = static_cast<const unsigned char *>(sqlite3_column_blob(sizes, 1));
            const int bytes = sqlite3_column_bytes(sizes, 1);
            qint64 total = 0, value = 0;
            for (int i = 0; i < bytes; ++i) {
                value = (value << 7) | (sz[i] & 0x7f);
                if (!(sz[i] & 0x80)) {
                    total += value;
                    value = 0;
                }
            }
            if (size_t(id) >= lengths.tokens.size())
                lengths.tokens.resize(size_t(id) + 1, -1);
            lengths.tokens[size_t(id)] = int(std::min<qint64>(total, std::numeric_limits<int>::max()));
        }
    }
    sqlite3_finalize(sizes);
    if (rc != SQLITE_DONE) {
        db.noteResult(rc);
        return false;
    }
    return true;
}

qint64 dataVersion(SqliteDatabase &db)
{
    return db.scalar(QStringLiteral("PRAGMA data_version")).toLongLong();
}

// The ORDER BY of a page sorted by other than relevance (and of relevance without a text query).
QString sortOrder(SearchRequest::Sort sort)
{
    switch (sort) {
    case SearchRequest::Sort::Relevance:
    case SearchRequest::Sort::Title:
        return QStringLiteral("d.sort_title, d.id");
    case SearchRequest::Sort::Date:
        return QStringLiteral("d.year IS NULL, d.year DESC, d.imported_at DESC, d.id");
    case SearchRequest::Sort::Category:
        return QStringLiteral("d.category IS NULL, srt_sortkey(d.category), d.sort_title, d.id");
    }
    return {};
}

// The words of a MATCH expression's strings (every piece of text is a double-quoted string, '"'
// doubled inside): what FTS5 looks up in the index. At least 1.
qint64 termCount(const QString &match)
{
    qint64 terms = 0;
    bool quoted = false, inWord = false;
    for (qsizetype i = 0; i < match.size(); ++i) {
        const QChar c = match.at(i);
        if (c == QLatin1Char('"')) {
            if (quoted && i + 1 < match.size() && match.at(i + 1) == QLatin1Char('"')) {
                ++i; // a quote inside the string
                continue;
            }
            quoted = !quoted;
            inWord = false;
        } else if (quoted) {
            const bool space = c.isSpace();
            if (!space && !inWord)
                ++terms;
            inWord = !space;
        }
    }
    return std::max<qint64>(1, terms);
}

// A ranked hit with what orders it after its score (rankedPhase).
struct RankedRow
{
    SearchHit hit;
    QString importedAt;
    bool hasYear;
    int tier;
};

// tier, score, then year (none last), then import time, both newest first
bool ranksBefore(const RankedRow &a, const RankedRow &b)
{
    if (a.tier != b.tier)
        return a.tier < b.tier;
    if (a.hit.score != b.hit.score)
        return a.hit.score < b.hit.score;
    if (a.hasYear != b.hasYear)
        return a.hasYear;
    if (a.hit.year != b.hit.year)
        return a.hit.year > b.hit.year;
    if (a.importedAt != b.importedAt)
        return a.importedAt > b.importedAt;
    return a.hit.id < b.hit.id;
}
} // namespace

QString SearchHit::snippetHtml(const QString &open, const QString &close) const
{
    QString html = snippet.toHtmlEscaped();
    html.replace(MarkStart, open);
    html.replace(MarkEnd, close);
    return html;
}

Searcher::Searcher(SqliteDatabase &db)
    : m_db(db)
{
}

QStringList Searcher::warnings(const Query &query)
{
    QStringList out;
    for (const Query &unsearchable : query.unsearchables()) {
        QString text = unsearchable.word();
        if (text.size() > 30)
            text = text.left(29) + QStringLiteral("…");
        switch (unsearchable.obstacle()) {
        case Query::Obstacle::TooLong:
            out.append(
                tr("\"%1\" is too long to search for: words of more than %2 letters are not in the search "
                   "index. It matches no document.")
                    .arg(text)
                    .arg(GermanNormalizer::MaxTokenLength));
            break;
        case Query::Obstacle::Unreadable:
            out.append(tr("\"%1\" contains characters that could not be read (the text was not UTF-8). It "
                          "matches no document.")
                           .arg(text));
            break;
        case Query::Obstacle::TooDeep:
            out.append(
                tr("Parentheses nested more than %1 deep cannot be searched; what is inside them matches no "
                   "document.")
                    .arg(QueryParser::MaxNesting));
            break;
        case Query::Obstacle::InputTooLong:
            out.append(
                tr("The search text is longer than %1 characters and was not searched; please shorten it.")
                    .arg(QueryParser::MaxInputLength));
            break;
        }
    }
    return out;
}

QStringList Searcher::compoundsEndingIn(const QString &word, int max) const
{
    const QString key = GermanNormalizer::indexKey(word);
    if (key.size() < MinCompoundPart || key.contains(QLatin1Char(' ')))
        return {};
    const QString rev = reversed(key);
    SqliteStatement stmt = m_db.prepare(
        QStringLiteral("SELECT rev FROM term_suffixes WHERE rev > ?1 AND rev < ?2 ORDER BY length(rev) LIMIT ?3"));
    stmt.bind(1, rev).bind(2, rev + QChar(0xFFFF)).bind(3, qint64(max));
    QStringList result;
    while (stmt.next())
        result.append(reversed(stmt.text(0)));
    noteFailure(stmt);
    return result;
}

bool Searcher::isIndexed(const QString &word) const
{
    // One word's key, looked up by a MATCH that stops at the first row: the vocabulary table would read
    // the whole doclist of a frequent key ("dat" of "Daten") to count its documents.
    const QString key = GermanNormalizer::indexKey(word);
    if (key.isEmpty() || key.contains(QLatin1Char(' ')))
        return false;
    const auto known = m_vocabulary.constFind(key);
    if (known != m_vocabulary.constEnd())
        return known.value();
    SqliteStatement stmt
        = m_db.prepare(QStringLiteral("SELECT 1 FROM document_fts WHERE document_fts MATCH ?1 LIMIT 1"));
    stmt.bind(1, Fts5QueryBuilder::quote(word));
    const bool found = stmt.next();
    noteFailure(stmt);
    m_vocabulary.insert(key, found);
    return found;
}

QList<QStringList> Searcher::splitCompound(const QString &word, int depth) const
{
    constexpr int MinPart = 3;
    QList<QStringList> splits;
    for (qsizetype i = word.size() - MinPart; i >= MinPart && splits.isEmpty(); --i) {
        if (word.at(i).isLowSurrogate())
            continue;
        const QString left = word.left(i), right = word.mid(i);
        if (!isIndexed(left))
            continue;
        if (isIndexed(right))
            splits.append({ left, right });
        else if (depth == 0)
            for (const QStringList &rest : splitCompound(right, depth + 1))
                splits.append(QStringList { left } + rest);
    }
    return splits;
}

QList<Query> Searcher::spellingVariants(const Query &term) const
{
    // German writes a compound closed, hyphenated or spaced; the index keeps the words as written, so
    // the other spellings are searched too, where the index holds their words.
    QList<Query> variants;
    if (term.kind() != Query::Kind::Term || term.isPrefix())
        return variants;
    const QList<GermanNormalizer::Token> tokens = GermanNormalizer::tokenize(term.word());
    if (tokens.size() >= 2 && tokens.size() <= 4) {
        QString closed;
        for (const GermanNormalizer::Token &token : tokens)
            closed += token.original;
        if (isIndexed(closed))
            variants.append(Query::term(closed));
    } else if (tokens.size() == 1 && tokens.first().original.size() >= 6) {
        for (const QStringList &parts : splitCompound(tokens.first().original))
            variants.append(Query::phrase(parts));
    }
    return variants;
}

QList<Query> Searcher::compoundAlternatives(const Query &term) const
{
    QList<Query> alternatives;
    if (term.kind() != Query::Kind::Term || term.isPrefix())
        return alternatives;
    const QString key = GermanNormalizer::indexKey(term.word());
    if (key.size() < MinCompoundPart || key.contains(QLatin1Char(' ')))
        return alternatives;
    // Keys are stems already, so they go in as prefixes: a prefix is folded, never stemmed again.
    alternatives.append(Query::term(key, true));
    for (const QString &compound : compoundsEndingIn(term.word()))
        alternatives.append(Query::term(compound, true));
    return alternatives;
}

Query Searcher::expand(const Query &query, Tier tier, const Thesaurus &thesaurus) const
{
    const auto formQuery = [](const QString &form) {
        const QStringList words = form.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return words.size() == 1 ? Query::term(form) : Query::phrase(words);
    };
    const auto withThesaurus = [&](const QString &text, QList<Query> &alternatives) {
        if (tier < Tier::Thesaurus)
            return;
        for (const QString &form : thesaurus.alternativesFor(text)) {
            const Query other = formQuery(form);
            alternatives.append(other);
            alternatives += spellingVariants(other);
        }
    };
    switch (query.kind()) {
    case Query::Kind::Term: {
        if (query.isPrefix())
            return query;
        QList<Query> alternatives { query };
        alternatives += spellingVariants(query);
        if (tier >= Tier::CompoundParts) {
            for (const Query &alternative : QList<Query>(alternatives))
                alternatives += compoundAlternatives(alternative);
        }
        withThesaurus(query.word(), alternatives);
        return Query::disjunction(alternatives);
    }
    case Query::Kind::Phrase: {
        if (query.isPrefix())
            return query;
        QList<Query> alternatives { query };
        withThesaurus(query.words().join(QLatin1Char(' ')), alternatives);
        return Query::disjunction(alternatives);
    }
    case Query::Kind::And:
        return expandConjunction(query, tier, thesaurus);
    case Query::Kind::Or: {
        QList<Query> children;
        for (const Query &child : query.children())
            children.append(expand(child, tier, thesaurus));
        return Query::disjunction(children);
    }
    default:
        return query; // fields and negations stay as written
    }
}

Query Searcher::expandConjunction(const Query &query, Tier tier, const Thesaurus &thesaurus) const
{
    // Two adjacent words may be one compound written apart ("Glasfaser Ausbau").
    const QList<Query> &operands = query.children();
    QList<Query> children;
    for (qsizetype i = 0; i < operands.size(); ++i) {
        const Query &a = operands.at(i);
        const bool single = a.kind() == Query::Kind::Term && !a.isPrefix()
            && GermanNormalizer::tokenize(a.word()).size() == 1;
        if (single && i + 1 < operands.size()) {
            const Query &b = operands.at(i + 1);
            if (b.kind() == Query::Kind::Term && !b.isPrefix()
                && GermanNormalizer::tokenize(b.word()).size() == 1 && isIndexed(a.word() + b.word())) {
                children.append(Query::disjunction(
                    { Query::conjunction({ expand(a, tier, thesaurus), expand(b, tier, thesaurus) }),
                      expand(Query::term(a.word() + b.word()), tier, thesaurus) }));
                ++i;
                continue;
            }
        }
        children.append(expand(a, tier, thesaurus));
    }
    return Query::conjunction(children);
}

QString Searcher::filterSql(const Query &query, Sql &sql) const
{
    Fts5QueryBuilder builder;
    switch (query.kind()) {
    case Query::Kind::Empty:
        return QStringLiteral("1");
    case Query::Kind::Unsearchable:
        return QStringLiteral("0");
    case Query::Kind::Not:
        // A comparison with a missing value (NULL category, year, ...) is unknown, and NOT unknown
        // would drop the document: a document without a category is not in kategorie:x.
        return QStringLiteral("NOT coalesce((%1), 0)").arg(filterSql(query.children().first(), sql));
    case Query::Kind::And:
    case Query::Kind::Or: {
        if (builder.isExpressible(query))
            break;
        QStringList parts;
        for (const Query &child : query.children())
            parts.append(filterSql(child, sql));
        return QLatin1Char('(') + parts.join(query.kind() == Query::Kind::And ? QStringLiteral(" AND ") : QStringLiteral(" OR "))
            + QLatin1Char(')');
    }
    case Query::Kind::Field:
        if (const std::optional<QString> field = fieldSql(query, sql))
            return *field;
        break;
    default:
        break;
    }
    // A full-text subtree inside a structure FTS5 cannot express as a whole.
    const QString match = builder.build(query);
    if (match.isEmpty())
        return QStringLiteral("0");
    return QStringLiteral("d.id IN (SELECT rowid FROM document_fts WHERE document_fts MATCH %1)").arg(sql.bind(match));
}

std::optional<QString> Searcher::fieldSql(const Query &query, Sql &sql) const
{
    const QString value = query.value();
    switch (query.field()) {
    case Query::Field::Title:
        return std::nullopt; // full text on the title column
    case Query::Field::Year:
        return yearSql(query, sql);
    case Query::Field::Format:
        // format:scan — the documents read by OCR, whatever their file format (a facet value).
        if (!query.isPrefix() && value.compare(FacetCounter::ScanFormat, Qt::CaseInsensitive) == 0)
            return QStringLiteral("d.id IN (SELECT document_id FROM ocr_pages)");
        return query.isPrefix() ? QStringLiteral("d.format LIKE %1 || '%'").arg(sql.bind(value.toLower()))
                                : QStringLiteral("d.format = %1").arg(sql.bind(value.toLower()));
    case Query::Field::Tag:
        return tagSql(query, sql);
    case Query::Field::Personal:
        return personalSql(query, sql);
    case Query::Field::Pack:
        return packSql(query, sql);
    default:
        return valueSql(query, sql);
    }
}

QString Searcher::yearSql(const Query &query, Sql &sql)
{
    QStringList parts;
    if (query.yearFrom())
        parts.append(QStringLiteral("d.year >= %1").arg(sql.bind(*query.yearFrom())));
    if (query.yearTo())
        parts.append(QStringLiteral("d.year <= %1").arg(sql.bind(*query.yearTo())));
    return parts.isEmpty() ? QStringLiteral("d.year IS NOT NULL") : parts.join(QStringLiteral(" AND "));
}

QString Searcher::tagSql(const Query &query, Sql &sql) const
{
    const QString value = query.value();
    // A tag includes the tags nested below it: tag:Förderung finds "Förderung/Bund". Like the
    // other fields, case and umlaut spelling do not matter (tag:foerderung): the tag table is
    // small, so the matching tags are picked here.
    const QString key = TagNames::key(value);
    const QString folded = foldedTag(value);
    const auto matches = [&](const QString &name, const QString &wanted) {
        return query.isPrefix() ? name.startsWith(wanted)
                                : name == wanted || name.startsWith(wanted + QLatin1Char('/'));
    };
    // Unquoted, the value may also be words of the tag ("tag:Beschaffung" finds "Vergabe und
    // Beschaffung" and the tags below it).
    const bool byWord = !query.isPrefix() && !query.isExact();
    QStringList ids;
    SqliteStatement tags = m_db.prepare(QStringLiteral("SELECT id, name_key, name FROM tags"));
    while (tags.next()) {
        if (matches(tags.text(1), key) || (!folded.isEmpty() && matches(foldedTag(tags.text(2)), folded))
            || (byWord && GermanNormalizer::containsWords(tags.text(2), value)))
            ids.append(QString::number(tags.integer(0)));
    }
    noteFailure(tags);
    // The user's own tags count as tags too (shown apart, never mixed into the library's).
    const QString personal = personalSql(query, sql);
    if (ids.isEmpty())
        return personal;
    return QStringLiteral("(d.id IN (SELECT dt.document_id FROM document_tags dt WHERE dt.tag_id IN "
                          "(%1)) OR %2)")
        .arg(ids.join(QLatin1Char(',')), personal);
}

QString Searcher::packSql(const Query &query, Sql &sql)
{
    const QString value = query.value();
    // Only separators ("§") fold to nothing: then compared as written, like below.
    const QString folded = GermanNormalizer::fold(value);
    const QString where = folded.isEmpty()
        ? writtenMatch(QStringLiteral("p.name"), sql.bind(value), query.isPrefix())
        : query.isPrefix() ? QStringLiteral("srt_fold(p.name) LIKE %1 || '%'").arg(sql.bind(folded))
                           : QStringLiteral("srt_fold(p.name) = %1").arg(sql.bind(folded));
    return QStringLiteral(
               "d.id IN (SELECT pe.document_id FROM pack_entries pe JOIN packs p ON p.id = pe.pack_id "
               "WHERE %1)")
        .arg(where);
}

QString Searcher::valueSql(const Query &query, Sql &sql)
{
    const QString value = query.value();
    // Case and umlaut spelling do not matter: kategorie:foerderung finds "Förderung".
    // The comparison runs once per distinct value of the column (a few dozen), not once per
    // document: the documents then only need to be in that list, which the facet index can
    // tell (srt_fold and srt_haswords on 100,000 rows cost about 90 ms).
    const QString column = QStringLiteral("v");
    const QString folded = GermanNormalizer::fold(value);
    QString match;
    // A value of separators only ("§") folds to nothing, and every value starts with nothing.
    if (folded.isEmpty())
        match = writtenMatch(column, sql.bind(value), query.isPrefix());
    else if (query.isPrefix())
        match = QStringLiteral("srt_fold(%1) LIKE %2 || '%'").arg(column, sql.bind(folded));
    // Quoted (a facet click): the whole value. Unquoted: also the words of the value, so
    // kategorie:Vergabe finds "Vergabe & Beschaffung".
    else if (query.isExact())
        match
            = QStringLiteral("(%1 = %2 OR srt_fold(%1) = %3)").arg(column, sql.bind(value), sql.bind(folded));
    else
        match = QStringLiteral("(%1 = %2 OR srt_fold(%1) = %3 OR srt_haswords(%1, %2))")
                    .arg(column, sql.bind(value), sql.bind(folded));
    const QString documentColumn = columnFor(query.field());
    // The column's values from the counts kept in the catalog (schema 11), not a pass over an index
    // of every document; '' and NULL are not kept there and match no value anyway. MATERIALIZED: the
    // comparison runs once per value.
    const QString facet
        = query.field() == Query::Field::Type ? QStringLiteral("type") : documentColumn.mid(2);
    return QStringLiteral(
               "%1 IN (WITH vals(v) AS MATERIALIZED (SELECT value FROM facet_counts WHERE facet = '%2') "
               "SELECT v FROM vals WHERE %3)")
        .arg(documentColumn, facet, match);
}

// meine:X — the documents the user tagged X (or below X) in the attached PersonalOverlay;
// meine:Merkliste (favoriten, favorites) also the favourites. "0" without an overlay.
QString Searcher::personalSql(const Query &query, Sql &sql) const
{
    if (!PersonalOverlay::isAttached(m_db))
        return QStringLiteral("0");
    const QString key = TagNames::key(query.value());
    const QString bound = sql.bind(key);
    QString where = query.isPrefix()
        ? QStringLiteral("substr(pt.key, 1, length(%1)) = %1").arg(bound)
        : QStringLiteral("(pt.key = %1 OR substr(pt.key, 1, length(%1) + 1) = %1 || '/')").arg(bound);
    // Through the sha256 index to the ids: a condition on d.id alone lets the statement read the
    // facet index instead of the documents rows (documentsFor()).
    QString condition = QStringLiteral("d.id IN (SELECT ds.id FROM documents ds WHERE ds.sha256 IN "
                                       "(SELECT pt.sha256 FROM personal.tags pt WHERE %1))")
                            .arg(where);
    static const QStringList favourites { QStringLiteral("merkliste"), QStringLiteral("favoriten"),
                                          QStringLiteral("favorites") };
    if (favourites.contains(GermanNormalizer::fold(query.value())))
        condition += QStringLiteral(" OR d.id IN (SELECT ds.id FROM documents ds WHERE ds.sha256 IN "
                                    "(SELECT sha256 FROM personal.favorites))");
    return QLatin1Char('(') + condition + QLatin1Char(')');
}

SearchResult Searcher::search(const SearchRequest &request)
{
    m_failure.clear();
    m_vocabulary.clear();
    QElapsedTimer timer;
    timer.start();
    SearchResult result = searchCatalog(request);
    qCDebug(lcSearch).noquote() << "query" << request.query << "found" << result.total << "in"
                                << timer.elapsed() << "ms";
    // A read that failed half-way would otherwise pass for fewer hits, facets or suggestions.
    if (result.error.isEmpty())
        result.error = m_failure;
    if (m_db.isDamaged())
        result.error = tr("The catalog is damaged: %1").arg(m_db.damage());
    if (!result.error.isEmpty()) {
        result.hits.clear();
        result.total = 0;
    }
    return result;
}

void Searcher::noteFailure(const SqliteStatement &stmt) const
{
    if (stmt.failed() && m_failure.isEmpty())
        m_failure = stmt.error();
}

SearchResult Searcher::searchCatalog(const SearchRequest &request)
{
    SearchResult result;
    m_fewMatches = false;
    const SearchPlan p = planSearch(request.query, result);
    const bool filtered = !p.query.isEmpty();

    const bool ranked = !p.match.isEmpty() && request.sort == SearchRequest::Sort::Relevance;
    const bool expandedFurther = !p.exactMatch.isEmpty() && p.exactMatch != p.match;
    const int wanted = std::max(0, request.offset) + std::max(0, request.limit);
    // A ranked query without compound parts scores every match anyway: that pass counts them too.
    const bool countedByRanking = ranked && !expandedFurther && wanted > 0;

    // total, and for the facets the ids of all matches, in one pass when both are wanted. Without a
    // query both are kept in the catalog.
    FacetCounter facets(m_db, m_failure);
    const bool facetTable = request.facets && filtered && facets.useTable();
    // The facets' ids from the ranking pass, which reads every match anyway, instead of a pass of their
    // own (for a frequent phrase the larger part of the facets' time: "the following", 40,000 matches,
    // about 25 ms). Only when the connection holds the row lengths already: without them, the count
    // from the ids decides first whether reading them pays (m_fewMatches).
    const bool idsFromRanking = request.facets && filtered && countedByRanking && rowLengths(false);
    if (!filtered) {
        if (!facets.countAll(request.facets, result))
            return result;
    } else if (request.facets && !idsFromRanking) {
        Sql idArgs = p.sql;
        const QString idSql = matchIdsSql(p, idArgs);
        if (!facets.readMatchIds(idSql, idArgs.args, result))
            return result;
        // Few matches: srt_bm25 looks up their lengths alone instead of reading every row's (about
        // 25 ms of a one-shot search at 100,000 documents, whatever it finds).
        m_fewMatches = result.total * 16 < facets.documents();
    } else if (!countedByRanking && !countMatches(p, result)) {
        return result;
    }

    std::vector<qint64> rankedIds;
    const bool read = ranked
        ? rankedHits(p, request, countedByRanking && (!(request.facets && filtered) || idsFromRanking),
                     idsFromRanking ? &rankedIds : nullptr, result)
        : sortedHits(p, request, result);
    if (!read)
        return result;
    if (idsFromRanking)
        facets.keepMatchIds(std::move(rankedIds));
    if (request.facets && filtered)
        facets.count(facetTable, result);

    // No hits because a part cannot be searched: the warning says why; spelling is not the cause.
    if (result.total == 0 && result.warnings.isEmpty()) {
        QStringList words;
        collectTerms(p.query, false, &words);
        result.suggestions = suggester().suggestions(words);
    }
    return result;
}

Searcher::SearchPlan Searcher::planSearch(const QString &queryText, SearchResult &result) const
{
    SearchPlan p;
    p.query = withoutRepeats(QueryParser::parse(queryText));
    const Query &query = p.query;
    result.warnings = warnings(query);
    Fts5QueryBuilder builder;
    // The tiers' expressions, each a superset of the one before (identical ones dropped). Alternatives
    // cost vocabulary lookups and OR branches per word: long pasted texts go without.
    QStringList words;
    collectTerms(query, false, &words);
    Query expanded = query;
    QStringList &tierMatches = p.tierMatches;
    // Only words and phrases expand: without them (no query, filters only) the thesaurus stays unread.
    if (!query.positiveTerms().isEmpty() && words.size() <= MaxExpandedWords) {
        const Thesaurus thesaurus = Thesaurus::forLibrary(m_db);
        for (const Tier tier : { Tier::Spellings, Tier::CompoundParts, Tier::Thesaurus }) {
            expanded = expand(query, tier, thesaurus);
            const QString match = builder.plan(expanded).match;
            if (tierMatches.isEmpty() || tierMatches.last() != match)
                tierMatches.append(match);
        }
    } else {
        tierMatches.append(builder.plan(query).match);
    }
    result.highlightTerms = expanded.positiveTerms();
    const Fts5QueryBuilder::Plan plan = builder.plan(expanded);
    p.match = plan.match;
    p.exactMatch = tierMatches.first();

    // The metadata conditions, bound first so that every statement below can add its MATCH after them.
    Sql &sql = p.sql;
    QString &conditions = p.conditions;
    if (!plan.exclude.isEmpty())
        conditions += QStringLiteral(" AND d.id NOT IN (SELECT rowid FROM document_fts WHERE document_fts MATCH %1)").arg(sql.bind(plan.exclude));
    for (const Query &filter : plan.filters)
        conditions += QStringLiteral(" AND ") + filterSql(filter, sql);
    return p;
}

// The rows matching a full-text expression and the conditions. FTS5 stays the outer loop (CROSS
// JOIN): it hands out its rows in rowid or rank order, and documents is only looked up per row.
// idsOnly: the statement reads d.id alone besides the conditions (see documentsFor()).
QString Searcher::fromFor(const SearchPlan &p, Sql &s, const QString &match, bool idsOnly)
{
    const QString &conditions = p.conditions;
    const QString documents = idsOnly ? documentsFor(conditions) : QStringLiteral("documents d");
    if (match.isEmpty())
        return QStringLiteral("FROM %1 WHERE 1").arg(documents) + conditions;
    return QStringLiteral(
               "FROM document_fts CROSS JOIN %1 ON d.id = document_fts.rowid WHERE document_fts MATCH %2")
               .arg(documents, s.bind(match))
        + conditions;
}

QString Searcher::matchIdsSql(const SearchPlan &p, Sql &args)
{
    // Without conditions the ids come from the index alone: joining documents would read every
    // match's documents row for nothing.
    return !p.match.isEmpty() && p.conditions.isEmpty()
        ? QStringLiteral("SELECT rowid FROM document_fts WHERE document_fts MATCH %1").arg(args.bind(p.match))
        : QStringLiteral("SELECT d.id ") + fromFor(p, args, p.match, true);
}

bool Searcher::countMatches(const SearchPlan &p, SearchResult &result) const
{
    // Without conditions the documents table adds nothing to a count of full-text matches.
    Sql countArgs = p.sql;
    const QString countFrom = !p.match.isEmpty() && p.conditions.isEmpty()
        ? QStringLiteral("FROM document_fts WHERE document_fts MATCH %1").arg(countArgs.bind(p.match))
        : fromFor(p, countArgs, p.match, true);
    SqliteStatement count = m_db.prepare(QStringLiteral("SELECT count(*) ") + countFrom);
    count.bindAll(countArgs.args);
    if (!count.next()) {
        result.error = count.error().isEmpty() ? m_db.lastError() : count.error();
        return false;
    }
    result.total = count.integer(0);
    return true;
}

bool Searcher::rankedHits(const SearchPlan &p, const SearchRequest &request, bool countTotal,
                          std::vector<qint64> *matchIds, SearchResult &result) const
{
    const QStringList &tierMatches = p.tierMatches;
    const int wanted = std::max(0, request.offset) + std::max(0, request.limit);
    // Exact word matches first: the exact expression, then (only when the page is not full yet)
    // what the compound parts add. Each phase scores all its matches and ranks them here, so only
    // the rows handed out get a documents row, a snippet and a page.
    QList<SearchHit> hits;
    qint64 matched = 0;
    if (!rankedPhase(tierMatches.first(), true, p.sql, p.conditions, wanted, hits, result, &matched,
                     matchIds))
        return false;
    if (countTotal)
        result.total = matched;
    for (qsizetype tier = 1; tier < tierMatches.size() && hits.size() < wanted; ++tier) {
        const QString rest
            = QStringLiteral("(%1) NOT (%2)").arg(tierMatches.at(tier), tierMatches.at(tier - 1));
        if (!rankedPhase(rest, false, p.sql, p.conditions, wanted - int(hits.size()), hits, result))
            return false;
    }
    result.hits
        = hits.mid(std::min<qsizetype>(hits.size(), std::max(0, request.offset)), std::max(0, request.limit));
    loadTags(result.hits);
    return true;
}

QString Searcher::pageSql(const SearchPlan &p, const SearchRequest &request, Sql &page)
{
    const QString &conditions = p.conditions;
    page = p.sql;
    // Whether a row matches the exact words (SearchHit::exact), when the query was expanded further.
    const auto exactColumn = [&p](Sql &args) {
        if (!p.match.isEmpty() && p.exactMatch != p.match && !p.exactMatch.isEmpty())
            return QStringLiteral("(d.id IN (SELECT rowid FROM document_fts WHERE document_fts MATCH %1))")
                .arg(args.bind(p.exactMatch));
        return QStringLiteral("1");
    };
    const QString from = fromFor(p, page, p.match);
    QString exact = exactColumn(page);
    QString statement = QStringLiteral("SELECT " SRT_HIT_COLUMNS("d.") ", %1 AS exact ").arg(exact) + from
        + QStringLiteral(" ORDER BY %1 LIMIT %2 OFFSET %3")
              .arg(sortOrder(request.sort), page.bind(request.limit), page.bind(request.offset));
    const bool titleOrder
        = request.sort == SearchRequest::Sort::Relevance || request.sort == SearchRequest::Sort::Title;
    if (titleOrder && (!conditions.isEmpty() || !p.match.isEmpty())
        && documentsFor(conditions) != QLatin1String("documents d")) {
        // The page's ids in title order from the title index, checked against the matching ids
        // (from the full-text index and the facet index): only the rows shown are read. Sorting
        // the documents rows of all matches read every one of them.
        page = p.sql;
        exact = exactColumn(page);
        const QString idSql = matchIdsSql(p, page);
        const QString pageIds
            = QStringLiteral("SELECT s.id FROM documents s INDEXED BY documents_sort_title "
                             "WHERE s.id IN (%1) ORDER BY s.sort_title, s.id LIMIT %2 OFFSET %3")
                  .arg(idSql, page.bind(request.limit), page.bind(request.offset));
        statement
            = QStringLiteral("SELECT " SRT_HIT_COLUMNS("d.") ", %1 AS exact FROM documents d "
                                                             "WHERE d.id IN (%2) ORDER BY d.sort_title, d.id")
                  .arg(exact, pageIds);
    }
    return statement;
}

bool Searcher::sortedHits(const SearchPlan &p, const SearchRequest &request, SearchResult &result) const
{
    Sql page;
    SqliteStatement hits = m_db.prepare(pageSql(p, request, page));
    hits.bindAll(page.args);
    while (hits.next()) {
        SearchHit hit = hitFromColumns(hits);
        hit.exact = hits.integer(7) != 0;
        result.hits.append(hit);
    }
    if (!hits.error().isEmpty()) {
        result.error = hits.error();
        return false;
    }
    loadTags(result.hits);
    loadSnippets(result.hits, p.match);
    return true;
}

bool Searcher::rankedPhase(const QString &match, bool exact, const Sql &sql, const QString &conditions,
                           int wanted, QList<SearchHit> &hits, SearchResult &result, qint64 *matched,
                           std::vector<qint64> *matchIds) const
{
    if (wanted <= 0)
        return true;
    std::vector<Scored> scored;
    QElapsedTimer scoring;
    scoring.start();
    if (!scoreMatches(match, sql, conditions, scored, result))
        return false;
    const qint64 scoringNs = scoring.nsecsElapsed();
    if (matched)
        *matched = qint64(scored.size());
    if (matchIds) {
        matchIds->reserve(scored.size());
        for (const Scored &x : scored)
            matchIds->push_back(x.id);
    }
    keepBest(scored, wanted);
    if (scored.empty())
        return true;
    // The rows shown, by one more pass over the match or by a seek per row. A seek parses the
    // expression again and looks every term up in every segment of the index: about 0.08 ms per term
    // at 100,000 documents ("Dokument Klasse" expands to 7 terms: 30 ms for a page of 50). A pass
    // without scores costs less than half the scoring pass just measured (no srt_bm25, no positions
    // walked for the rows not shown): "Dokument Klasse" 9 ms instead of 30, "Silbentrennung" 6 instead
    // of 14; but a frequent phrase ("the following") is cheaper by seeks. A prefix term merges the
    // doclists of all its words at every seek: always one pass.
    constexpr qint64 SeekTermNs = 80000;
    const bool onePass = match.contains(QLatin1String("\" *"))
        || scoringNs / 2 < qint64(scored.size()) * termCount(match) * SeekTermNs;
    return appendRankedRows(match, exact, sql, scored, onePass, wanted, hits, result);
}

bool Searcher::scoreMatches(const QString &match, const Sql &sql, const QString &conditions,
                            std::vector<Scored> &scored, SearchResult &result) const
{
    // 1. Every match with its score, in rowid order. (FTS5's own "ORDER BY rank" sorts the rows with
    //    their position lists and measured about twice as slow; a partial sort of (score, id) pairs
    //    here costs nothing.)
    // Prefix queries: title and meta matches first (see the class comment).
    const bool fieldsFirst = match.contains(QLatin1String("\" *"));
    Sql s = sql;
    const QString matchArg = s.bind(match);
    const int lengthsArg = int(s.args.size()) + 1;
    s.args.append(QVariant()); // bound below as a pointer
    QString score = QStringLiteral("srt_bm25(document_fts, %1, %2, %3, ?%4)")
                        .arg(TitleWeight)
                        .arg(MetaWeight)
                        .arg(BodyWeight)
                        .arg(lengthsArg);
    score += fieldsFirst ? QStringLiteral(", srt_columnhits(document_fts) & 3") : QStringLiteral(", 1");
    SqliteStatement stmt = m_db.prepare(
        conditions.isEmpty()
            ? QStringLiteral("SELECT rowid, %1 FROM document_fts WHERE document_fts MATCH %2")
                  .arg(score, matchArg)
            : QStringLiteral("SELECT d.id, %1 FROM document_fts CROSS JOIN %3 ON d.id = document_fts.rowid "
                             "WHERE document_fts MATCH %2")
                    .arg(score, matchArg, documentsFor(conditions))
                + conditions);
    stmt.bindAll(s.args);
    stmt.bindPointer(lengthsArg, rowLengths(!m_fewMatches).get(), "srt_row_lengths");
    while (stmt.next())
        scored.push_back({ fieldsFirst && stmt.integer(2) == 0 ? 1 : 0, stmt.real(1), stmt.integer(0) });
    if (!stmt.error().isEmpty()) {
        result.error = stmt.error();
        return false;
    }
    return true;
}

void Searcher::keepBest(std::vector<Scored> &scored, int wanted)
{
    const auto byScore = [](const Scored &a, const Scored &b) {
        return a.tier != b.tier ? a.tier < b.tier : a.score < b.score;
    };
    // The best wanted rows, and all rows tying with the last of them: ties go to the newest, decided
    // with the documents rows (appendRankedRows).
    if (qsizetype(scored.size()) > wanted) {
        std::nth_element(scored.begin(), scored.begin() + (wanted - 1), scored.end(), byScore);
        const Scored bound = scored[wanted - 1];
        const auto end = std::partition(scored.begin() + wanted, scored.end(),
                                        [&](const Scored &x) { return !byScore(bound, x); });
        scored.erase(end, scored.end());
    }
}

bool Searcher::appendRankedRows(const QString &match, bool exact, const Sql &sql,
                                const std::vector<Scored> &scored, bool onePass, int wanted,
                                QList<SearchHit> &hits, SearchResult &result) const
{
    // 2. Documents rows, snippets and pages for those rows only: one row at a time, FTS5 seeking a
    //    "rowid = ?" in the doclists, or one more pass over the match (see rankedPhase), filtered by
    //    rowid before any snippet is made; the unary + keeps SQLite from turning the IN list into one
    //    FTS5 lookup per id.
    const bool seekEach = !onePass;
    QStringList ids;
    QHash<qint64, double> scores;
    QHash<qint64, int> tiers;
    for (const Scored &x : scored) {
        ids.append(QString::number(x.id));
        scores.insert(x.id, x.score);
        tiers.insert(x.id, x.tier);
    }
    Sql s = sql;
    const QString matchArg = s.bind(match);
    const QString rowArg = seekEach ? s.bind(qint64(0)) : QString();
    SqliteStatement stmt = m_db.prepare(
        QStringLiteral(
            "SELECT " SRT_HIT_COLUMNS("d.") ", d.imported_at, srt_snippet(document_fts, %1, '…', 16), ")
            .arg(Fts5QueryBuilder::hitMarks())
        + hitPage(QStringLiteral("d.id"))
        + QStringLiteral(" FROM document_fts CROSS JOIN documents d ON d.id = document_fts.rowid WHERE "
                         "document_fts MATCH %1 AND ")
              .arg(matchArg)
        + (seekEach ? QStringLiteral("document_fts.rowid = %1").arg(rowArg)
                    : QStringLiteral("+document_fts.rowid IN (%1)").arg(ids.join(QLatin1Char(',')))));
    QList<RankedRow> rows;
    for (qsizetype next = 0; next < (seekEach ? qsizetype(scored.size()) : 1); ++next) {
        stmt.reset();
        stmt.bindAll(s.args);
        if (seekEach)
            stmt.bind(int(s.args.size()), scored[size_t(next)].id);
        while (stmt.next()) {
            RankedRow row;
            row.hit = hitFromColumns(stmt);
            row.hasYear = !stmt.isNull(6);
            row.importedAt = stmt.text(7);
            row.hit.score = scores.value(row.hit.id);
            row.tier = tiers.value(row.hit.id);
            row.hit.exact = exact;
            row.hit.snippet = stmt.text(8).simplified();
            row.hit.page = int(stmt.integer(9));
            rows.append(row);
        }
        if (!stmt.error().isEmpty()) {
            result.error = stmt.error();
            return false;
        }
    }
    std::sort(rows.begin(), rows.end(), ranksBefore);
    for (qsizetype i = 0; i < rows.size() && i < wanted; ++i)
        hits.append(rows.at(i).hit);
    return true;
}

std::shared_ptr<SqlExtensions::RowLengths> Searcher::rowLengths(bool load) const
{
    // Kept with the connection like the facet table, and as current: a stale length would change scores.
    struct Cached
    {
        qint64 dataVersion = -1, totalChanges = -1;
        std::shared_ptr<SqlExtensions::RowLengths> lengths;
    };
    Cached &cached = m_db.state<Cached>();
    const qint64 version = dataVersion(m_db);
    const qint64 changes = sqlite3_total_changes64(m_db.handle());
    if (cached.dataVersion == version && cached.totalChanges == changes)
        return cached.lengths;
    if (!load)
        return nullptr;
    cached.dataVersion = version;
    cached.totalChanges = changes;
    cached.lengths = std::make_shared<SqlExtensions::RowLengths>();
    if (!loadRowLengths(m_db, *cached.lengths))
        cached.lengths.reset(); // srt_bm25 then asks FTS5 for every length
    return cached.lengths;
}

void Searcher::loadTags(QList<SearchHit> &hits) const
{
    if (hits.isEmpty())
        return;
    QStringList ids;
    QHash<qint64, SearchHit *> byId;
    for (SearchHit &hit : hits) {
        ids.append(QString::number(hit.id));
        byId.insert(hit.id, &hit);
    }
    SqliteStatement tags = m_db.prepare(QStringLiteral(
        "SELECT dt.document_id, t.name FROM document_tags dt JOIN tags t ON t.id = dt.tag_id WHERE dt.document_id IN (%1) "
        "ORDER BY t.name_key").arg(ids.join(QLatin1Char(','))));
    while (tags.next())
        byId.value(tags.integer(0))->tags.append(tags.text(1));
    noteFailure(tags);
    // The user's own tags, apart: the window draws them differently from the curated ones.
    if (!PersonalOverlay::isAttached(m_db))
        return;
    SqliteStatement personal = m_db.prepare(
        QStringLiteral("SELECT d.id, pt.name FROM documents d JOIN personal.tags pt ON pt.sha256 = d.sha256 "
                       "WHERE d.id IN (%1) ORDER BY pt.key")
            .arg(ids.join(QLatin1Char(','))));
    while (personal.next())
        byId.value(personal.integer(0))->personalTags.append(personal.text(1));
    noteFailure(personal);
}

void Searcher::loadSnippets(QList<SearchHit> &hits, const QString &match) const
{
    if (hits.isEmpty() || match.isEmpty())
        return;
    // Snippets and pages only for the hits shown, one row each: FTS5 seeks a "rowid = ?" directly,
    // while "rowid IN (…)" would make it evaluate the whole match first (measured: 50 × faster).
    SqliteStatement snippets = m_db.prepare(
        QStringLiteral("SELECT srt_snippet(document_fts, %1, '…', 16), ").arg(Fts5QueryBuilder::hitMarks())
        + hitPage(QStringLiteral("?2"))
        + QStringLiteral(" FROM document_fts WHERE document_fts MATCH ?1 AND rowid = ?2"));
    for (SearchHit &hit : hits) {
        snippets.reset();
        snippets.bind(1, match).bind(2, hit.id);
        if (snippets.next()) {
            hit.snippet = snippets.text(0).simplified();
            hit.page = int(snippets.integer(1));
        }
        noteFailure(snippets);
    }
}

QStringList Searcher::similarWords(const QString &word, int max) const
{
    return suggester().similarWords(word, max);
}

SpellingSuggester Searcher::suggester() const
{
    return SpellingSuggester(m_db, m_failure, [this](const QString &word) { return isIndexed(word); });
}

QList<SearchHit> Searcher::documentRows(const QList<qint64> &ids) const
{
    QList<SearchHit> hits;
    if (ids.isEmpty())
        return hits;
    QStringList list;
    for (const qint64 id : ids)
        list.append(QString::number(id));
    SqliteStatement stmt = m_db.prepare(
        QStringLiteral("SELECT " SRT_HIT_COLUMNS("") " FROM documents "
                       "WHERE id IN (%1)")
            .arg(list.join(QLatin1Char(','))));
    QHash<qint64, SearchHit> byId;
    while (stmt.next()) {
        const SearchHit hit = hitFromColumns(stmt);
        byId.insert(hit.id, hit);
    }
    noteFailure(stmt);
    for (const qint64 id : ids) {
        if (byId.contains(id))
            hits.append(byId.value(id));
    }
    return hits;
}

QList<SearchHit> Searcher::similarDocuments(qint64 id, int limit, QString *error) const
{
    m_failure.clear();
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = reason;
        return QList<SearchHit>();
    };
    // The document's words: title and meta count three times (what it is about), the body's first
    // part once (enough to know its subject, and bounded time for long documents).
    constexpr int MaxBodyChars = 30000;
    SqliteStatement text = m_db.prepare(
        QStringLiteral("SELECT title, meta, substr(body, 1, %1) FROM document_search WHERE id = ?1")
            .arg(MaxBodyChars));
    text.bind(1, id);
    if (!text.next())
        return fail(text.failed() ? text.error() : tr("There is no document with the number %1.").arg(id));
    const QStringList alternatives = significantTerms({ text.text(0), text.text(1), text.text(2) });
    if (alternatives.isEmpty())
        return {};
    QList<SearchHit> hits = relatedHits(id, alternatives.join(QStringLiteral(" OR ")), limit);
    if (!m_failure.isEmpty())
        return fail(m_failure);
    return hits;
}

QStringList Searcher::significantTerms(const QStringList &columns) const
{
    struct Word
    {
        QString written;
        double frequency = 0;
        qint64 documents = 0;
    };
    QHash<QString, Word> words;
    for (int column = 0; column < 3; ++column) {
        const QString value = columns.at(column);
        for (const GermanNormalizer::Token &token : GermanNormalizer::tokenize(value)) {
            if (token.key.size() < 4 || token.key.at(0).isDigit())
                continue; // short words and numbers say little about a subject
            Word &word = words[token.key];
            if (word.written.isEmpty())
                word.written = token.original;
            word.frequency += column < 2 ? 3.0 : 1.0;
        }
    }
    // Significance: frequency in the document × rarity in the library (the bm25 idf). Only the most
    // frequent words are looked up, the rest cannot win.
    const double rows
        = std::max<double>(1.0, m_db.scalar(QStringLiteral("SELECT count(*) FROM documents")).toDouble());
    QList<QString> keys = words.keys();
    std::sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        return words[a].frequency != words[b].frequency ? words[a].frequency > words[b].frequency : a < b;
    });
    keys = keys.mid(0, SimilarTerms * 2);
    SqliteStatement df = m_db.prepare(QStringLiteral("SELECT doc FROM document_fts_vocab WHERE term = ?1"));
    QList<QPair<double, QString>> significant;
    for (const QString &key : std::as_const(keys)) {
        df.reset();
        df.bind(1, key);
        const qint64 documents = df.next() ? df.integer(0) : 0;
        if (documents < 2 || double(documents) > std::max(2.0, rows / 2))
            continue; // only in this document, or in half the library: no help in finding relatives
        const double idf = std::log((rows - double(documents) + 0.5) / (double(documents) + 0.5));
        significant.append({ words[key].frequency * idf, key });
    }
    noteFailure(df);
    std::sort(significant.begin(), significant.end(),
              [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList alternatives;
    for (qsizetype i = 0; i < significant.size() && i < SimilarTerms; ++i)
        alternatives.append(Fts5QueryBuilder::quote(words[significant.at(i).second].written));
    return alternatives;
}

QList<SearchHit> Searcher::relatedHits(qint64 id, const QString &match, int limit) const
{
    SqliteStatement ranked
        = m_db.prepare(QStringLiteral("SELECT rowid, srt_bm25(document_fts, %1, %2, %3, ?2) AS score FROM "
                                      "document_fts WHERE document_fts MATCH ?1 "
                                      "AND rowid != ?3 ORDER BY score LIMIT ?4")
                           .arg(TitleWeight)
                           .arg(MetaWeight)
                           .arg(BodyWeight));
    // bm25 scores have no fixed scale (they grow with the words matched and shift with the library),
    // so a relative is measured against the document itself: the same search's score of the document
    // is the best a relative could reach. A relative far below it shares a word or two by chance (a
    // two-page scan listed unrelated templates): those are not shown.
    SqliteStatement self
        = m_db.prepare(QStringLiteral("SELECT srt_bm25(document_fts, %1, %2, %3, ?2) FROM document_fts "
                                      "WHERE document_fts MATCH ?1 AND rowid = ?3")
                           .arg(TitleWeight)
                           .arg(MetaWeight)
                           .arg(BodyWeight));
    self.bind(1, match).bind(3, id);
    self.bindPointer(2, rowLengths().get(), "srt_row_lengths");
    const double selfScore = self.next() ? self.real(0) : 0.0; // bm25 here: lower is better, below 0
    noteFailure(self);
    ranked.bind(1, match).bind(3, id).bind(4, qint64(std::max(0, limit)));
    ranked.bindPointer(2, rowLengths().get(), "srt_row_lengths");
    QList<qint64> ids;
    QHash<qint64, double> scores;
    while (ranked.next()) {
        const double score = ranked.real(1);
        if (selfScore < 0 && score / selfScore < MinRelatedness)
            break; // ordered by score: the rest are weaker still
        ids.append(ranked.integer(0));
        scores.insert(ranked.integer(0), score);
    }
    noteFailure(ranked);
    QList<SearchHit> hits = documentRows(ids);
    for (SearchHit &hit : hits)
        hit.score = scores.value(hit.id);
    return hits;
}

QList<qint64> Searcher::hitIds(SqliteDatabase &db, const QString &query, QString *error)
{
    SearchRequest request;
    request.query = query;
    request.limit = INT_MAX;
    request.sort = SearchRequest::Sort::Relevance;
    const SearchResult result = Searcher(db).search(request);
    if (!result.error.isEmpty()) {
        if (error)
            *error = result.error;
        return {};
    }
    QList<qint64> ids;
    ids.reserve(result.hits.size());
    for (const SearchHit &hit : result.hits)
        ids.append(hit.id);
    return ids;
}
