#include "core/text/GermanAnalyzer.h"

#include <QChar>
#include <QList>
#include <QString>
#include <QStringView>
#include <cstdlib>
#include <cstring>
#include <libstemmer.h>
#include <new>

namespace {

enum CharKind : quint8 {
    Separator,
    Letter,
    Digit,
    Mark, // combining diacritic: continues a word, dropped from the key (U+0308 forms an umlaut)
    Joiner, // soft hyphen and friends: continue a word, no part of key or word boundaries
};

// What one code point contributes to a word: up to three lower-case, diacritic-free code points.
struct CharInfo
{
    char32_t out[3];
    quint8 count;
    quint8 kind;
};

constexpr char32_t AUmlaut = 0xE4, OUmlaut = 0xF6, UUmlaut = 0xFC, SharpS = 0xDF;

bool isCombiningDiacritic(char32_t c)
{
    return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF)
        || (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE20 && c <= 0xFE2F);
}

bool isLetterCategory(QChar::Category c)
{
    return c == QChar::Letter_Uppercase || c == QChar::Letter_Lowercase || c == QChar::Letter_Titlecase
        || c == QChar::Letter_Modifier || c == QChar::Letter_Other;
}

bool isNumberCategory(QChar::Category c)
{
    return c == QChar::Number_DecimalDigit || c == QChar::Number_Letter || c == QChar::Number_Other;
}

bool isMarkCategory(QChar::Category c)
{
    return c == QChar::Mark_NonSpacing || c == QChar::Mark_SpacingCombining || c == QChar::Mark_Enclosing;
}

char32_t umlautOf(char32_t c)
{
    return c == 'a' ? AUmlaut : c == 'o' ? OUmlaut : c == 'u' ? UUmlaut : 0;
}

void push(CharInfo &info, char32_t c)
{
    if (info.count < 3)
        info.out[info.count++] = c;
}

void normalizeInto(char32_t cp, CharInfo &info, int depth)
{
    const char32_t c = QChar::toCaseFolded(cp);
    if (c < 0x80 || c == AUmlaut || c == OUmlaut || c == UUmlaut || c == SharpS) {
        push(info, c);
        return;
    }
    // Letters without a decomposition that readers still see as Latin base letters.
    static const struct
    {
        char32_t letter;
        const char *latin;
    } manual[] = {
        { 0xE6, "ae" }, { 0x153, "oe" }, { 0xF8, "o" },  { 0x142, "l" }, { 0x111, "d" },   { 0xF0, "d" },
        { 0x127, "h" }, { 0x131, "i" },  { 0x167, "t" }, { 0xFE, "th" }, { 0x1E9E, "ss" },
    };
    for (const auto &entry : manual) {
        if (entry.letter == c) {
            for (const char *latin = entry.latin; *latin; ++latin)
                push(info, char32_t(*latin));
            return;
        }
    }
    const QChar::Decomposition tag = QChar::decompositionTag(c);
    const bool decompose = tag == QChar::Canonical || tag == QChar::Compat || tag == QChar::Font
        || tag == QChar::Wide || tag == QChar::Narrow || tag == QChar::Super || tag == QChar::Sub
        || tag == QChar::Circle || tag == QChar::Small || tag == QChar::Initial || tag == QChar::Medial
        || tag == QChar::Final || tag == QChar::Isolated;
    if (decompose && depth < 4) {
        const quint8 before = info.count;
        const QList<uint> parts = QStringView(QChar::decomposition(c)).toUcs4();
        for (const uint part : parts) {
            if (isCombiningDiacritic(part)) {
                if (part == 0x308 && info.count > before && umlautOf(info.out[info.count - 1]))
                    info.out[info.count - 1] = umlautOf(info.out[info.count - 1]);
                continue;
            }
            const QChar::Category cat = QChar::category(part);
            if (isLetterCategory(cat) || isNumberCategory(cat) || isMarkCategory(cat))
                normalizeInto(part, info, depth + 1);
        }
        if (info.count > before)
            return;
    }
    push(info, c);
}

CharInfo classify(char32_t cp)
{
    CharInfo info {};
    info.kind = Separator;
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return info;
    if (cp == 0xAD || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF) {
        info.kind = Joiner;
        return info;
    }
    if (cp >= 0x02B0 && cp <= 0x02FF) // spacing modifier letters: ʼ ʻ ˈ are apostrophes/accents
        return info;
    if (isCombiningDiacritic(cp)) {
        info.kind = Mark;
        return info;
    }
    const QChar::Category cat = QChar::category(cp);
    if (isLetterCategory(cat) || isMarkCategory(cat))
        info.kind = Letter; // non-diacritic marks (Indic vowel signs) are part of the word
    else if (isNumberCategory(cat))
        info.kind = Digit;
    else
        return info;
    normalizeInto(cp, info, 0);
    return info;
}

// The BMP part precomputed once (1 MiB); other planes are classified on the fly (rare).
struct CharTable
{
    CharTable()
    {
        for (char32_t cp = 0; cp < 0x10000; ++cp)
            bmp[cp] = classify(cp);
    }
    CharInfo bmp[0x10000];
};

const CharInfo *charTable()
{
    static const CharTable *table = new CharTable; // never freed: usable until process exit
    return table->bmp;
}

struct Utf8Decoder
{
    const unsigned char *text;
    qsizetype size;
    qsizetype pos = 0;

    static bool isContinuation(unsigned char b) { return (b & 0xC0) == 0x80; }

    bool next(char32_t &cp, qsizetype &start, qsizetype &end)
    {
        if (pos >= size)
            return false;
        start = pos;
        const unsigned char b = text[pos];
        if (b < 0x80) {
            cp = b;
            pos += 1;
        } else if (b >= 0xC2 && b <= 0xDF && pos + 1 < size && isContinuation(text[pos + 1])) {
            cp = (char32_t(b & 0x1F) << 6) | (text[pos + 1] & 0x3F);
            pos += 2;
        } else if (b >= 0xE0 && b <= 0xEF && pos + 2 < size && isContinuation(text[pos + 1])
                   && isContinuation(text[pos + 2])) {
            cp = (char32_t(b & 0x0F) << 12) | (char32_t(text[pos + 1] & 0x3F) << 6) | (text[pos + 2] & 0x3F);
            pos += 3;
            if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))
                cp = 0xFFFD; // overlong or surrogate: a separator
        } else if (b >= 0xF0 && b <= 0xF4 && pos + 3 < size && isContinuation(text[pos + 1])
                   && isContinuation(text[pos + 2]) && isContinuation(text[pos + 3])) {
            cp = (char32_t(b & 0x07) << 18) | (char32_t(text[pos + 1] & 0x3F) << 12)
                | (char32_t(text[pos + 2] & 0x3F) << 6) | (text[pos + 3] & 0x3F);
            pos += 4;
            if (cp < 0x10000 || cp > 0x10FFFF)
                cp = 0xFFFD;
        } else {
            cp = 0xFFFD; // invalid byte: skip just this byte
            pos += 1;
        }
        end = pos;
        return true;
    }
};

struct Utf16Decoder
{
    const char16_t *text;
    qsizetype size;
    qsizetype pos = 0;

    bool next(char32_t &cp, qsizetype &start, qsizetype &end)
    {
        if (pos >= size)
            return false;
        start = pos;
        const char16_t c = text[pos++];
        cp = c;
        if (QChar::isHighSurrogate(c) && pos < size && QChar::isLowSurrogate(text[pos]))
            cp = QChar::surrogateToUcs4(c, text[pos++]);
        // a lone surrogate stays a surrogate code point, which classify() calls a separator
        end = pos;
        return true;
    }
};

bool isVowel(char32_t c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == AUmlaut || c == OUmlaut
        || c == UUmlaut;
}

// Copies in → out turning ä/ö/ü into a/o/u and ß into ss; never longer than the input.
int foldTail(const char *in, int length, char *out)
{
    int o = 0;
    for (int i = 0; i < length; ++i) {
        const unsigned char b = static_cast<unsigned char>(in[i]);
        if (b == 0xC3 && i + 1 < length) {
            const unsigned char b2 = static_cast<unsigned char>(in[i + 1]);
            const char plain = b2 == 0xA4 ? 'a' : b2 == 0xB6 ? 'o' : b2 == 0xBC ? 'u' : b2 == 0x9F ? 's' : 0;
            if (plain) {
                out[o++] = plain;
                if (plain == 's')
                    out[o++] = 's';
                ++i;
                continue;
            }
        }
        out[o++] = in[i];
    }
    return o;
}

quint32 hashBytes(const char *bytes, int length)
{
    quint32 h = 2166136261u; // FNV-1a
    for (int i = 0; i < length; ++i)
        h = (h ^ static_cast<unsigned char>(bytes[i])) * 16777619u;
    return h;
}

} // namespace

struct GermanAnalyzer::Word
{
    // Every code point yields at most three code points of at most four bytes.
    static constexpr int Capacity = MaxTokenLength * 3 * 4 + 8;

    char bytes[Capacity];
    int length;
    int codePoints;
    bool hasLetter;
    char32_t last; // last code point appended, for the ae/oe/ue rule
    char32_t beforeLast; // the one before
    qsizetype start;
    qsizetype end;

    void reset(qsizetype at)
    {
        length = 0;
        codePoints = 0;
        hasLetter = false;
        last = beforeLast = 0;
        start = end = at;
    }

    void put(char32_t c)
    {
        if (c < 0x80) {
            bytes[length++] = char(c);
        } else if (c < 0x800) {
            bytes[length++] = char(0xC0 | (c >> 6));
            bytes[length++] = char(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            bytes[length++] = char(0xE0 | (c >> 12));
            bytes[length++] = char(0x80 | ((c >> 6) & 0x3F));
            bytes[length++] = char(0x80 | (c & 0x3F));
        } else {
            bytes[length++] = char(0xF0 | (c >> 18));
            bytes[length++] = char(0x80 | ((c >> 12) & 0x3F));
            bytes[length++] = char(0x80 | ((c >> 6) & 0x3F));
            bytes[length++] = char(0x80 | (c & 0x3F));
        }
    }

    // last is a, o or u (one byte): becomes ä, ö or ü.
    void replaceLastWithUmlaut()
    {
        const char32_t umlaut = umlautOf(last);
        length -= 1;
        put(umlaut);
        last = umlaut;
    }

    void append(char32_t c)
    {
        if (c == 'e'
            && (last == 'a' || last == 'o' || (last == 'u' && beforeLast != 'q' && !isVowel(beforeLast)))) {
            replaceLastWithUmlaut();
            return;
        }
        put(c);
        beforeLast = last;
        last = c;
    }
};

// Direct-mapped cache of stems: word frequencies are Zipfian, so most tokens skip the stemmer.
// 16384 entries (1 MB of address space, zeroed by the system page by page as they are first used,
// so a one-shot search that stems a few words costs a few pages): a pack's vocabulary is tens of
// thousands of words: with 4096 entries the stemmer was 12 % of an import of small files, now 8 %.
struct GermanAnalyzer::CacheEntry
{
    static constexpr int MaxBytes = 31;
    static constexpr int Size = 16384;

    quint8 inLength; // 0: empty slot
    quint8 outLength;
    char in[MaxBytes];
    char out[MaxBytes];
};

GermanAnalyzer::GermanAnalyzer()
    : m_stemmer(sb_stemmer_new("german", "UTF_8"))
{
    charTable(); // build the table up front rather than inside the first tokenize call
}

GermanAnalyzer::~GermanAnalyzer()
{
    if (m_stemmer)
        sb_stemmer_delete(m_stemmer);
    std::free(m_cache);
}

int GermanAnalyzer::tokenizeUtf8(const char *text, qsizetype size, Mode mode, Sink sink, void *context)
{
    Utf8Decoder decoder { reinterpret_cast<const unsigned char *>(text), text ? size : 0 };
    return run(decoder, mode, sink, context);
}

int GermanAnalyzer::tokenizeUtf16(const char16_t *text, qsizetype size, Mode mode, Sink sink, void *context)
{
    Utf16Decoder decoder { text, text ? size : 0 };
    return run(decoder, mode, sink, context);
}

template<typename Decoder> int GermanAnalyzer::run(Decoder &decoder, Mode mode, Sink sink, void *context)
{
    const CharInfo *table = charTable();
    Word words[2];
    Word *word = &words[0];
    Word *pending = nullptr; // StemExceptLast: the previous word, emitted once we know it is not last
    bool inWord = false;

    const auto finish = [&]() -> int {
        inWord = false;
        if (word->length == 0 || word->codePoints > MaxTokenLength)
            return 0;
        if (mode != Mode::StemExceptLast)
            return emitWord(*word, mode == Mode::Stem, sink, context);
        const int rc = pending ? emitWord(*pending, true, sink, context) : 0;
        pending = word;
        word = word == &words[0] ? &words[1] : &words[0];
        return rc;
    };

    char32_t cp = 0;
    qsizetype start = 0, end = 0;
    CharInfo slow;
    while (decoder.next(cp, start, end)) {
        const CharInfo *info = &slow;
        if (cp < 0x10000)
            info = table + cp;
        else
            slow = classify(cp);
        switch (info->kind) {
        case Letter:
        case Digit:
            if (!inWord) {
                word->reset(start);
                inWord = true;
            }
            if (++word->codePoints <= MaxTokenLength) {
                for (int i = 0; i < info->count; ++i)
                    word->append(info->out[i]);
                word->hasLetter |= info->kind == Letter;
            }
            word->end = end;
            break;
        case Mark:
            if (inWord) {
                if (++word->codePoints <= MaxTokenLength && cp == 0x308 && umlautOf(word->last))
                    word->replaceLastWithUmlaut(); // NFD ä
                word->end = end;
            }
            break;
        case Joiner:
            break; // inside a word it neither ends it nor extends its span
        default:
            if (inWord) {
                if (const int rc = finish())
                    return rc;
            }
            break;
        }
    }
    if (inWord) {
        if (const int rc = finish())
            return rc;
    }
    return pending ? emitWord(*pending, false, sink, context) : 0;
}

int GermanAnalyzer::emitWord(Word &word, bool stem, Sink sink, void *context)
{
    char key[Word::Capacity];
    int keyLength = 0;
    if (stem && word.hasLetter && m_stemmer)
        keyLength = stemInto(word.bytes, word.length, key);
    if (keyLength <= 0)
        keyLength = foldTail(word.bytes, word.length, key);
    return sink(context, key, keyLength, word.start, word.end);
}

int GermanAnalyzer::stemInto(const char *in, int inLength, char *out)
{
    CacheEntry *entry = nullptr;
    if (inLength <= CacheEntry::MaxBytes) {
        if (!m_cache) {
            m_cache = static_cast<CacheEntry *>(std::calloc(CacheEntry::Size, sizeof(CacheEntry)));
        }
        if (m_cache) {
            entry = &m_cache[hashBytes(in, inLength) & (CacheEntry::Size - 1)];
            if (entry->inLength == inLength && std::memcmp(entry->in, in, size_t(inLength)) == 0) {
                std::memcpy(out, entry->out, entry->outLength);
                return entry->outLength;
            }
        }
    }
    const sb_symbol *stemmed = sb_stemmer_stem(m_stemmer, reinterpret_cast<const sb_symbol *>(in), inLength);
    const int stemmedLength = stemmed ? sb_stemmer_length(m_stemmer) : 0;
    if (stemmedLength <= 0 || stemmedLength > Word::Capacity)
        return 0; // out of memory inside the stemmer (or a surprise): the caller folds instead
    const int outLength = foldTail(reinterpret_cast<const char *>(stemmed), stemmedLength, out);
    if (entry && outLength > 0 && outLength <= CacheEntry::MaxBytes) {
        entry->inLength = quint8(inLength);
        entry->outLength = quint8(outLength);
        std::memcpy(entry->in, in, size_t(inLength));
        std::memcpy(entry->out, out, size_t(outLength));
    }
    return outLength;
}
