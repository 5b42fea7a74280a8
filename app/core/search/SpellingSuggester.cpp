#include "core/search/SpellingSuggester.h"

#include "core/library/SqliteDatabase.h"
#include "core/search/Fts5QueryBuilder.h"
#include "core/search/SearchTypes.h"
#include "core/text/GermanNormalizer.h"

#include <QList>
#include <algorithm>
#include <cstdlib>
#include <utility>

namespace {
// Damerau-free Levenshtein distance, stopping early above limit.
int editDistance(const QString &a, const QString &b, int limit)
{
    if (std::abs(int(a.size() - b.size())) > limit)
        return limit + 1;
    QList<int> previous(b.size() + 1), current(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        int best = current[0];
        for (int j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            best = std::min(best, current[j]);
        }
        if (best > limit)
            return limit + 1;
        std::swap(previous, current);
    }
    return previous[b.size()];
}
} // namespace

SpellingSuggester::SpellingSuggester(SqliteDatabase &db, QString &failure,
                                     std::function<bool(const QString &)> isIndexed)
    : m_db(db)
    , m_failure(failure)
    , m_isIndexed(std::move(isIndexed))
{
}

void SpellingSuggester::noteFailure(const SqliteStatement &stmt) const
{
    if (stmt.failed() && m_failure.isEmpty())
        m_failure = stmt.error();
}

QStringList SpellingSuggester::suggestions(const QStringList &words) const
{
    QStringList suggestions;
    for (const QString &word : words) {
        for (const QString &similar : similarWords(word)) {
            if (!suggestions.contains(similar, Qt::CaseInsensitive))
                suggestions.append(similar);
        }
    }
    return suggestions;
}

QString SpellingSuggester::surfaceForm(const QString &key) const
{
    // The word as a document writes it, taken from a document holding exactly this key. The prefix
    // query that highlights it also marks longer words ("sensor" → "Sensornetz"), so the marked word
    // whose key this is wins.
    m_db.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.document_fts_instances "
                             "USING fts5vocab(main, document_fts, instance)"));
    SqliteStatement stmt = m_db.prepare(
        QStringLiteral("SELECT highlight(document_fts, 0, %1), highlight(document_fts, 1, %1), "
                       "highlight(document_fts, 2, %1) FROM document_fts WHERE document_fts MATCH ?1 "
                       "AND rowid = (SELECT doc FROM temp.document_fts_instances WHERE term = ?2 LIMIT 1)")
            .arg(Fts5QueryBuilder::Fts5QueryBuilder::hitMarks()));
    stmt.bind(1, Fts5QueryBuilder::quote(key) + QStringLiteral(" *")).bind(2, key);
    if (!stmt.next()) {
        noteFailure(stmt);
        return key;
    }
    for (int column = 0; column < 3; ++column) {
        const QString text = stmt.text(column);
        for (qsizetype start = text.indexOf(SearchHit::MarkStart); start >= 0;
             start = text.indexOf(SearchHit::MarkStart, start + 1)) {
            const qsizetype end = text.indexOf(SearchHit::MarkEnd, start);
            if (end < 0)
                break;
            for (const GermanNormalizer::Token &token : GermanNormalizer::tokenize(QStringView(text).mid(start + 1, end - start - 1))) {
                if (token.key == key)
                    return token.original;
            }
        }
    }
    return key;
}

QStringList SpellingSuggester::similarWords(const QString &word, int max) const
{
    const QList<GermanNormalizer::Token> tokens = GermanNormalizer::tokenize(word);
    if (tokens.size() >= 2 && tokens.size() <= 4) {
        QStringList words;
        for (const GermanNormalizer::Token &token : tokens)
            words.append(token.original);
        return correctedPartByPart(words);
    }
    const QString key = GermanNormalizer::indexKey(word);
    if (key.size() < 3 || key.contains(QLatin1Char(' ')))
        return {};
    const QStringList result = closestWords(key, max);
    if (!result.isEmpty() || tokens.size() != 1 || key.size() < 10)
        return result;
    return correctedCompound(tokens.first().original);
}

QStringList SpellingSuggester::correctedPartByPart(const QStringList &words) const
{
    // A hyphenated word, part by part: the parts the index holds stay as typed.
    QStringList parts;
    bool corrected = false;
    for (const QString &written : words) {
        if (m_isIndexed(written)) {
            parts.append(written);
            continue;
        }
        const QStringList similar = similarWords(written, 1);
        if (similar.isEmpty())
            return {};
        parts.append(similar.first());
        corrected = true;
    }
    return corrected ? QStringList { parts.join(QLatin1Char('-')) } : QStringList();
}

QStringList SpellingSuggester::closestWords(const QString &key, int max) const
{
    const int limit = key.size() <= 5 ? 1 : 2;
    // Typos rarely hit the first letter: look among the terms sharing it.
    const QString first = key.left(1);
    SqliteStatement stmt = m_db.prepare(QStringLiteral(
        "SELECT term, doc FROM document_fts_vocab WHERE term >= ?1 AND term < ?2 AND length(term) BETWEEN ?3 AND ?4"));
    stmt.bind(1, first).bind(2, first + QChar(0xFFFF)).bind(3, qint64(key.size() - limit)).bind(4, qint64(key.size() + limit));
    struct Candidate
    {
        QString term;
        int distance;
        qint64 documents;
    };
    QList<Candidate> candidates;
    while (stmt.next()) {
        const QString term = stmt.text(0);
        const int distance = editDistance(key, term, limit);
        if (distance > 0 && distance <= limit)
            candidates.append({term, distance, stmt.integer(1)});
    }
    noteFailure(stmt);
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.distance != b.distance ? a.distance < b.distance : a.documents > b.documents;
    });
    QStringList result;
    for (const Candidate &c : std::as_const(candidates)) {
        const QString surface = surfaceForm(c.term);
        if (!result.contains(surface, Qt::CaseInsensitive))
            result.append(surface);
        if (result.size() >= max)
            break;
    }
    return result;
}

QStringList SpellingSuggester::correctedCompound(const QString &written) const
{
    // A long compound the documents write in parts ("Datenschutz-Folgenabschätzung"): a first part the
    // index holds, the rest corrected on its own; suggested hyphenated, which finds every spelling.
    QStringList result;
    for (qsizetype i = written.size() - 4; i >= 3 && result.isEmpty(); --i) {
        if (written.at(i).isLowSurrogate())
            continue;
        if (!m_isIndexed(written.left(i)))
            continue;
        const QStringList rest = similarWords(written.mid(i), 1);
        if (!rest.isEmpty())
            result.append(surfaceForm(GermanNormalizer::indexKey(written.left(i))) + QLatin1Char('-')
                          + rest.first());
    }
    return result;
}
