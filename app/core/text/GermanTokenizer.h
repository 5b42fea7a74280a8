#pragma once

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

#include <vector>

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

    // The keys of at least MinCollectedKeyBytes that documents were indexed with, each once. An
    // import feeds one collector every token of a pack, most of them seen before: a key is looked up
    // in an open-addressing table of (hash, place) over one buffer of all keys, with a cheap hash,
    // and copied only when new. A QSet<QByteArray> (Qt's byte hash, a separate allocation per key) was a
    // seventh of an import of small files.
    class KeyCollector
    {
    public:
        void add(const char *key, int size);
        // The keys added since the last call, in the order first seen.
        QList<QByteArray> takeNew();
        void clear();

    private:
        struct Slot
        {
            quint64 hash = 0;
            qsizetype offset = 0; // in m_keys
            int size = 0; // 0: empty
        };
        void grow();

        std::vector<Slot> m_slots; // a power of two, at most half full
        qsizetype m_count = 0;
        QByteArray m_keys;
        QList<QByteArray> m_new;
    };

    // While set, documents tokenized on this thread add their keys to *collector (the compound-part
    // vocabulary is fed this way, without tokenizing twice).
    static void setKeyCollector(KeyCollector *collector);
    static constexpr int MinCollectedKeyBytes = 6;
};
