#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// German word normalization for full-text search. Index time (GermanTokenizer) and query time use
// exactly these rules, so callers that build their own lookups (compound-word vocabulary, result
// highlighting) must normalize through here too. The rules are documented in GermanAnalyzer.h; in
// short: lower-case, non-German diacritics removed, ae/oe/ue read as ä/ö/ü (not "ue" after q or a
// vowel: Quelle, neue, Steuer), Snowball German stem, then ä/ö/ü/ß → a/o/u/ss.
//
//   indexKey("Förderungen") == indexKey("foerderung") == indexKey("Forderung") == "forder"
//   indexKey("Verträgen") == indexKey("Vertrages") == "vertrag", indexKey("Straßen") == "strass"
//
// All functions are thread-safe (each thread has its own stemmer).
class GermanNormalizer
{
public:
    struct Token
    {
        QString key; // indexKey() (or fold(), see KeyKind) of the word
        qsizetype start = 0; // UTF-16 offsets into the tokenized text; end is exclusive
        qsizetype end = 0;
        QString original; // the text between start and end, as written
    };

    enum class KeyKind {
        IndexKey, // stemmed: what the index stores
        Folded, // not stemmed: for prefixes, whose stem would be wrong ("förder" stems to "ford")
    };

    // Bumped whenever a rule change alters keys: an index built with another version must be rebuilt
    // (INSERT INTO fts(fts) VALUES('rebuild')), or queries silently miss documents.
    static constexpr int RulesVersion = 1;

    // Longer words are not indexed (and so yield no token and an empty key).
    static constexpr int MaxTokenLength = 64; // code points

    // Each function treats its argument like a text: it is split into words as tokenize() does and
    // the results are joined by single spaces ("E-Mail" → "e mail"); a plain word gives one key.

    // Lower-case, diacritics and transliterations folded, no stemming: "Straße" → "strasse",
    // "FOERDERUNG" → "forderung", "Café" → "cafe". For prefixes: indexKey(w) is always a prefix of
    // fold(w), so a folded prefix of w finds w's key exactly when it is no longer than the stem.
    static QString fold(const QString &word);
    // The Snowball German stem after the same pre-normalization as indexKey(). Snowball's German
    // algorithm already maps ä/ö/ü/ß to a/o/u/ss, so this equals indexKey(), which is by definition
    // fold(stem(word)).
    static QString stem(const QString &word);
    // The key the index stores: "Förderungen" → "forder", "Verträge" → "vertrag".
    static QString indexKey(const QString &word);

    static QList<Token> tokenize(QStringView text, KeyKind kind = KeyKind::IndexKey);

    // Whether the words of `words` occur in text one after the other, compared by index key: a field
    // value matched by word ("Vergabe" in "Vergabe & Beschaffung", "Sicherheit" in "IT-Sicherheit").
    // False when words has none.
    static bool containsWords(const QString &text, const QString &words);
};
