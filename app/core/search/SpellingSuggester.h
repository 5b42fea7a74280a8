#pragma once

#include <QString>
#include <QStringList>
#include <functional>

class SqliteDatabase;
class SqliteStatement;

// The "Meinten Sie" suggestions of a search without hits (SearchResult::suggestions): indexed words
// close to the query's words, as a document writes them. Searcher::similarWords is its public face.
class SpellingSuggester
{
public:
    // failure: where the first failed read is kept (Searcher reports it as the search's error);
    // isIndexed: whether the index holds a word's key (Searcher's, cached for one search).
    SpellingSuggester(SqliteDatabase &db, QString &failure, std::function<bool(const QString &)> isIndexed);

    // The suggestions for words (the query's positive, non-prefix terms), without repeats.
    QStringList suggestions(const QStringList &words) const;
    // Indexed words close to the word (edit distance 1, or 2 for longer words), as written in a
    // document, most frequent first.
    // Long compounds are also corrected by their parts, hyphenated ones part by part
    // ("Datenschutzfolgenabschäzung" → "Datenschutz-Folgenabschätzung").
    QStringList similarWords(const QString &word, int max = 3) const;

private:
    // A hyphenated word's parts (as written), each the index lacks corrected; empty if one cannot be.
    QStringList correctedPartByPart(const QStringList &words) const;
    // The indexed words within the edit distance of the key, as written, most frequent first.
    QStringList closestWords(const QString &key, int max) const;
    // A long compound by a first part the index holds and the rest corrected, hyphenated.
    QStringList correctedCompound(const QString &written) const;
    QString surfaceForm(const QString &key) const;
    void noteFailure(const SqliteStatement &stmt) const;

    SqliteDatabase &m_db;
    QString &m_failure;
    std::function<bool(const QString &)> m_isIndexed;
};
