#pragma once

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

struct sqlite3;

// The FTS5 custom tokenizer "german": CREATE VIRTUAL TABLE t USING fts5(body, tokenize='german').
// Tokens are GermanNormalizer::indexKey() of each word, with byte offsets into the UTF-8 input so
// that highlight() and snippet() mark the original words.
//
// Query-time handling: FTS5 calls the tokenizer with FTS5_TOKENIZE_PREFIX for a string followed by
// "*" ("vertr"*); the last token of such a string is then only folded, not stemmed, because the stem
// of a prefix is wrong ("förder" would stem to "ford"). A folded prefix finds every word whose stem
// starts with it; a prefix longer than the word's stem ("förderung"*, stem "forder") does not, which
// is why Fts5QueryBuilder adds the word itself as an alternative.
//
// The tokenizer takes no arguments. Each tokenizer instance owns its stemmer, so connections may
// live on different threads.
class GermanTokenizer
{
public:
    static constexpr const char *Name = "german";

    // Registers the tokenizer on db (must be called on every connection that reads or writes a table
    // using it). Returns false with a message in *error (if given) when FTS5 is unavailable.
    static bool registerWith(sqlite3 *db, QString *error = nullptr);

    // The keys of at least MinCollectedKeyBytes that documents were indexed with, each once: a key
    // seen before is only looked up, not copied (most words of a text recur, and an import feeds
    // one collector every document of a pack).
    class KeyCollector
    {
    public:
        void add(const char *key, int size);
        // The keys added since the last call, in the order first seen.
        QList<QByteArray> takeNew();
        void clear();

    private:
        QSet<QByteArray> m_seen;
        QList<QByteArray> m_new;
    };

    // While set, documents tokenized on this thread add their keys to *collector (the compound-part
    // vocabulary is fed this way, without tokenizing twice).
    static void setKeyCollector(KeyCollector *collector);
    static constexpr int MinCollectedKeyBytes = 6;
};
