#pragma once

#include <QtGlobal>

struct sb_stemmer;

// The engine behind GermanNormalizer and GermanTokenizer: splits text into words and turns each word
// into its key without allocating per word (the FTS5 tokenizer runs over gigabytes of text).
//
// Word rules: a word is a run of letters and digits (any script). Everything else separates words
// (hyphen, slash, apostrophes, "§", punctuation, symbols, spacing modifier letters such as U+02BC).
// Two deliberate exceptions, both because PDF text extraction produces them inside words: combining
// marks continue a word (NFD text), and soft hyphen / ZWJ / ZWNJ / word joiner / U+FEFF continue a
// word without becoming part of its key ("Daten\u00ADschutz" is one word). Words longer than
// MaxTokenLength code points are skipped (hashes, base64, garbage).
//
// Key rules, applied per word:
//  1. lower-case (Unicode simple case folding); ẞ becomes ß.
//  2. Non-German diacritics are removed via canonical decomposition (é → e, ñ → n, ç → c), ligatures
//     and width/font variants via compatibility decomposition (ﬁ → fi, Ａ → a); æ/œ/ø/ł/đ/þ mapped by
//     hand. ä, ö, ü, ß are kept because the Snowball stemmer knows them; an NFD "a + U+0308" becomes ä.
//  3. The transliterations ae, oe, ue become ä, ö, ü (so "Foerderung" reaches the stemmer exactly like
//     "Förderung"), except "ue" after q (Quelle, Frequenz) and "ue" after a vowel (neue, Steuer, Feuer,
//     treue, Bauer, Dauer): there the u belongs to the diphthong eu/au/äu and no German word spells ü
//     as ue after a vowel. False positives such as aktuell → "aktüll" or Poesie → "pösie" are harmless
//     because index and query apply the same rule. Known cost, shared with Snowball's "german2":
//     a word ending in consonant + ue/oe and its inflection can get different keys (Statue → "statu",
//     Statuen → "statun"; Oboe/Oboen); such words are rare in administrative German.
//  4. Snowball German stemming (Stem mode) — it maps ß to ss and ä/ö/ü to a/o/u itself.
//  5. ä, ö, ü, ß still present (Fold mode, or anything the stemmer kept) become a, o, u, ss.
// Snowball only strips suffixes, so a word's Stem key is a prefix of its Fold key: that is what lets a
// folded prefix ("forder") find stemmed keys ("forder" from Förderung, "forderrichtlini").
//
// Not thread-safe (sb_stemmer keeps state and there is a small result cache): one instance per thread
// or per FTS5 tokenizer instance.
class GermanAnalyzer
{
public:
    enum class Mode {
        Stem, // index keys
        Fold, // no stemming: for prefixes
        StemExceptLast, // FTS5 prefix queries: only the last token is the prefix
    };

    static constexpr int MaxTokenLength = 64; // code points

    // Called once per word with the key (UTF-8, not NUL-terminated) and the word's offsets in the input
    // (bytes for UTF-8 input, UTF-16 code units for UTF-16 input; end exclusive). A non-zero return value
    // stops tokenization and is returned by tokenize*().
    using Sink = int (*)(void *context, const char *key, int keyLength, qsizetype start, qsizetype end);

    GermanAnalyzer();
    ~GermanAnalyzer();
    GermanAnalyzer(const GermanAnalyzer &) = delete;
    GermanAnalyzer &operator=(const GermanAnalyzer &) = delete;

    // False when the stemmer could not be created (out of memory); keys are then only folded.
    bool hasStemmer() const { return m_stemmer != nullptr; }

    // Invalid UTF-8 sequences and lone surrogates separate words; they never abort tokenization.
    int tokenizeUtf8(const char *text, qsizetype size, Mode mode, Sink sink, void *context);
    int tokenizeUtf16(const char16_t *text, qsizetype size, Mode mode, Sink sink, void *context);

private:
    struct Word;
    template<typename Decoder> int run(Decoder &decoder, Mode mode, Sink sink, void *context);
    int emitWord(Word &word, bool stem, Sink sink, void *context);
    int stemInto(const char *in, int inLength, char *out);

    struct CacheEntry;
    sb_stemmer *m_stemmer = nullptr;
    CacheEntry *m_cache = nullptr;
};
