#include "core/text/SqlExtensions.h"

#include "core/text/GermanNormalizer.h"
#include "core/text/GermanTokenizer.h"
#include "core/util/PageText.h"

#include <QHash>
#include <algorithm>
#include <cmath>
#include <memory>
#include <sqlite3.h>
#include <string>
#include <utility>
#include <vector>

namespace {
void foldFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const QByteArray folded = GermanNormalizer::fold(QString::fromUtf8(text, sqlite3_value_bytes(argv[0]))).toUtf8();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

// srt_haswords(text, words): GermanNormalizer::containsWords. The words are the same for every row of a
// statement and field values repeat (a few dozen categories), so the answers are kept per statement.
void hasWordsFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL || sqlite3_value_type(argv[1]) == SQLITE_NULL) {
        sqlite3_result_int(context, 0);
        return;
    }
    using Answers = QHash<QByteArray, bool>;
    auto *answers = static_cast<Answers *>(sqlite3_get_auxdata(context, 1));
    if (!answers) {
        sqlite3_set_auxdata(context, 1, new Answers, [](void *p) { delete static_cast<Answers *>(p); });
        answers = static_cast<Answers *>(sqlite3_get_auxdata(context, 1)); // null if it could not be kept
    }
    const QByteArray text(reinterpret_cast<const char *>(sqlite3_value_text(argv[0])),
                          sqlite3_value_bytes(argv[0]));
    if (answers) {
        const auto known = answers->constFind(text);
        if (known != answers->constEnd()) {
            sqlite3_result_int(context, known.value() ? 1 : 0);
            return;
        }
    }
    const QString words = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_value_text(argv[1])),
                                            sqlite3_value_bytes(argv[1]));
    const bool found = GermanNormalizer::containsWords(QString::fromUtf8(text), words);
    if (answers && answers->size() < 10000)
        answers->insert(text, found);
    sqlite3_result_int(context, found ? 1 : 0);
}

// The sort key of a title in German dictionary order (DIN 5007-1): case and diacritics ignored,
// ä/ö/ü as a/o/u, ß as ss — so "Äpfel" sorts with "Apfel", not after "Zebra" as byte order has it.
void sortKeyFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const QString decomposed = QString::fromUtf8(text, sqlite3_value_bytes(argv[0])).toCaseFolded().normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // the diaeresis of ä, the accent of é
        if (c == QChar(0x00DF))
            key += QStringLiteral("ss");
        else
            key += c;
    }
    const QByteArray utf8 = key.toUtf8();
    sqlite3_result_text(context, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

// Reverses code points, not bytes, so that the result stays valid UTF-8.
void reverseFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const QByteArray reversed = [&] {
        QString s = QString::fromUtf8(text, sqlite3_value_bytes(argv[0]));
        std::u32string code = s.toStdU32String();
        std::reverse(code.begin(), code.end());
        return QString::fromStdU32String(code).toUtf8();
    }();
    sqlite3_result_text(context, reversed.constData(), int(reversed.size()), SQLITE_TRANSIENT);
}

struct PageScan
{
    const char *text;
    int targetToken;
    int token = 0;
    int formFeedsBefore = 0;
    int scannedTo = 0; // bytes of text already searched for form feeds
    int page = 0;
};

int pageTokenCallback(void *ctx, int flags, const char *, int, int start, int)
{
    auto *scan = static_cast<PageScan *>(ctx);
    if (flags & FTS5_TOKEN_COLOCATED)
        return SQLITE_OK;
    for (; scan->scannedTo < start; ++scan->scannedTo) {
        if (scan->text[scan->scannedTo] == PageText::SeparatorByte)
            ++scan->formFeedsBefore;
    }
    if (scan->token++ == scan->targetToken) {
        scan->page = scan->formFeedsBefore + 1;
        return SQLITE_DONE; // found: stop tokenizing the rest of the body
    }
    return SQLITE_OK;
}

// srt_hitpage(fts): the page of the first phrase instance in the body column (column 2). Only the
// body up to that hit is tokenized.
void hitPageFunction(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int, sqlite3_value **)
{
    constexpr int BodyColumn = 2;
    int count = 0;
    if (api->xInstCount(fts, &count) != SQLITE_OK) {
        sqlite3_result_int(context, 0);
        return;
    }
    int firstOffset = -1;
    for (int i = 0; i < count; ++i) {
        int phrase, column, offset;
        if (api->xInst(fts, i, &phrase, &column, &offset) == SQLITE_OK && column == BodyColumn
            && (firstOffset < 0 || offset < firstOffset))
            firstOffset = offset;
    }
    if (firstOffset < 0) {
        sqlite3_result_int(context, 0);
        return;
    }
    const char *text = nullptr;
    int size = 0;
    if (api->xColumnText(fts, BodyColumn, &text, &size) != SQLITE_OK || !text) {
        sqlite3_result_int(context, 0);
        return;
    }
    PageScan scan{text, firstOffset};
    api->xTokenize(fts, text, size, &scan, pageTokenCallback);
    sqlite3_result_int(context, scan.page);
}

// srt_snippet(fts, open, close, ellipsis, tokens): like FTS5's snippet(fts, 2, ...) (the body), but
// only up to the end of the window is tokenized. FTS5's snippet() tokenizes every
// column with hits in full, twice (sentence starts, then highlighting), which made snippets the
// largest cost of a search: 50 bodies of 15 KB through the stemmer per page of hits.
// The window: the run of `tokens` tokens, starting at a hit, that holds the most distinct phrases
// (then the most hits); ties go to the earlier position; then moved back so that the hits sit in its
// middle, within the text.
struct SnippetToken
{
    int start;
    int end;
};

struct SnippetScan
{
    int first;                         // token index of the window start
    int last;                          // token index of the window end (inclusive)
    int token = 0;
    std::vector<SnippetToken> offsets; // byte offsets of the window's tokens
};

int snippetTokenCallback(void *ctx, int flags, const char *, int, int start, int end)
{
    auto *scan = static_cast<SnippetScan *>(ctx);
    if (flags & FTS5_TOKEN_COLOCATED)
        return SQLITE_OK;
    const int index = scan->token++;
    if (index >= scan->first)
        scan->offsets.push_back({start, end});
    return index >= scan->last ? SQLITE_DONE : SQLITE_OK;
}

// The document's text: title and metadata are shown beside the snippet already.
constexpr int SnippetColumn = 2;

struct SnippetInstance
{
    int phrase, column, offset, size;
};

// The phrase instances in the snippet column, by column, then offset.
int snippetInstances(const Fts5ExtensionApi *api, Fts5Context *fts, std::vector<SnippetInstance> *instances)
{
    int count = 0;
    int rc = api->xInstCount(fts, &count);
    for (int i = 0; rc == SQLITE_OK && i < count; ++i) {
        int phrase, column, offset;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK && column == SnippetColumn)
            instances->push_back({ phrase, column, offset, std::max(1, api->xPhraseSize(fts, phrase)) });
    }
    // xInst lists instances by column, then offset.
    std::stable_sort(instances->begin(), instances->end(),
                     [](const SnippetInstance &a, const SnippetInstance &b) {
                         return a.column != b.column ? a.column < b.column : a.offset < b.offset;
                     });
    return rc;
}

// The tokens [first, last] of a column's text that the snippet shows.
struct SnippetWindow
{
    int column = SnippetColumn;
    int first = 0;
    int last = 0;
    int columnTokens = 0;
};

SnippetWindow snippetWindow(const Fts5ExtensionApi *api, Fts5Context *fts,
                            const std::vector<SnippetInstance> &instances, int tokens)
{
    // Without a hit in the text (the words matched the title, file name or tags, shown anyway) the
    // window is the text's start: no file names and tag paths strung together as the "snippet".
    SnippetWindow window;
    int bestStart = 0, bestScore = -1;
    std::vector<char> seen(size_t(api->xPhraseCount(fts)) + 1);
    for (size_t i = 0; i < instances.size(); ++i) {
        const SnippetInstance &anchor = instances[i];
        std::fill(seen.begin(), seen.end(), 0);
        int score = 0;
        for (size_t j = i; j < instances.size() && instances[j].column == anchor.column
             && instances[j].offset + instances[j].size <= anchor.offset + tokens;
             ++j) {
            score += seen[size_t(instances[j].phrase)] ? 1 : 1000;
            seen[size_t(instances[j].phrase)] = 1;
        }
        if (score > bestScore) {
            bestScore = score;
            window.column = anchor.column;
            bestStart = anchor.offset;
        }
    }
    if (api->xColumnSize(fts, window.column, &window.columnTokens) != SQLITE_OK)
        window.columnTokens = 0;
    // Centre the hits of the window.
    int firstHit = bestStart, lastHit = bestStart;
    for (const SnippetInstance &x : instances) {
        if (x.column == window.column && x.offset >= bestStart && x.offset + x.size <= bestStart + tokens)
            lastHit = std::max(lastHit, x.offset + x.size - 1);
    }
    window.first = firstHit - (tokens - (lastHit - firstHit + 1)) / 2;
    window.first = std::max(0, std::min(window.first, window.columnTokens - tokens));
    window.last = window.first + tokens - 1;
    return window;
}

// Marked spans, as token ranges inside the window; overlapping instances are merged.
std::vector<std::pair<int, int>> snippetSpans(const std::vector<SnippetInstance> &instances,
                                              const SnippetWindow &window)
{
    const int first = window.first, last = window.last;
    std::vector<std::pair<int, int>> spans;
    for (const SnippetInstance &x : instances) {
        if (x.column != window.column || x.offset + x.size - 1 < first || x.offset > last)
            continue;
        const int a = std::max(x.offset, first) - first;
        const int b = std::min(x.offset + x.size - 1, last) - first;
        if (!spans.empty() && a <= spans.back().second)
            spans.back().second = std::max(spans.back().second, b);
        else
            spans.push_back({a, b});
    }
    return spans;
}

struct SnippetMarks
{
    std::string open, close, ellipsis;
};

// The window's text with its spans marked, an ellipsis where it cuts the text.
std::string snippetText(const char *text, int size, const SnippetScan &scan, const SnippetWindow &window,
                        const std::vector<std::pair<int, int>> &spans, const SnippetMarks &marks)
{
    const int n = int(scan.offsets.size());
    const bool atStart = window.first == 0;
    // The text ended inside the window.
    const bool atEnd = scan.token < window.last + 1 || window.last + 1 >= window.columnTokens;
    const int from = atStart ? 0 : scan.offsets.front().start;
    const int to = atEnd ? size : scan.offsets.back().end;
    std::string out;
    out.reserve(size_t(to - from) + 32);
    if (!atStart)
        out += marks.ellipsis;
    int at = from;
    for (const auto &[a, b] : spans) {
        if (a >= n)
            break;
        const int spanStart = scan.offsets[size_t(a)].start;
        const int spanEnd = scan.offsets[size_t(std::min(b, n - 1))].end;
        out.append(text + at, size_t(spanStart - at));
        out += marks.open;
        out.append(text + spanStart, size_t(spanEnd - spanStart));
        out += marks.close;
        at = spanEnd;
    }
    out.append(text + at, size_t(to - at));
    if (!atEnd)
        out += marks.ellipsis;
    return out;
}

void snippetFunction(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argc,
                     sqlite3_value **argv)
{
    if (argc != 4) {
        sqlite3_result_error(context, "srt_snippet: wrong number of arguments", -1);
        return;
    }
    const auto argText = [&](int i) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[i]));
        return std::string(text ? text : "", size_t(sqlite3_value_bytes(argv[i])));
    };
    const SnippetMarks marks { argText(0), argText(1), argText(2) };
    const int tokens = std::clamp(sqlite3_value_int(argv[3]), 1, 64);

    std::vector<SnippetInstance> instances;
    int rc = snippetInstances(api, fts, &instances);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    const SnippetWindow window = snippetWindow(api, fts, instances, tokens);
    const char *text = nullptr;
    int size = 0;
    rc = api->xColumnText(fts, window.column, &text, &size);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    if (!text || size == 0) {
        sqlite3_result_text(context, "", 0, SQLITE_STATIC);
        return;
    }
    SnippetScan scan { window.first, window.last, 0, {} };
    rc = api->xTokenize(fts, text, size, &scan, snippetTokenCallback);
    if (rc != SQLITE_OK && rc != SQLITE_DONE) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    if (scan.offsets.empty()) {
        sqlite3_result_text(context, "", 0, SQLITE_STATIC);
        return;
    }
    const std::string out = snippetText(text, size, scan, window, snippetSpans(instances, window), marks);
    sqlite3_result_text(context, out.data(), int(out.size()), SQLITE_TRANSIENT);
}

// srt_bm25(fts, title weight, meta weight, body weight, lengths): FTS5's bm25() — the same formula,
// IDF and average length, so the same scores — made cheaper per row: the phrase frequencies come from
// walking each phrase's positions (no instance array), and the row's length in tokens from
// `lengths` (a pointer bound as "srt_row_lengths": SqlExtensions::RowLengths, indexed by rowid) instead
// of a lookup in the %_docsize table per row. Without lengths, or for a rowid it does not cover, the
// length comes from FTS5.
struct Bm25Data
{
    int phrases = 0;
    double averageLength = 0;
    std::vector<double> idf;
    std::vector<double> frequency;
};

int countRow(const Fts5ExtensionApi *, Fts5Context *, void *userData)
{
    ++*static_cast<sqlite3_int64 *>(userData);
    return SQLITE_OK;
}

// The statement's phrase count, IDF per phrase and average row length, computed at its first row and
// kept as FTS5 auxiliary data; nullptr with *rc set when that failed.
Bm25Data *bm25Data(const Fts5ExtensionApi *api, Fts5Context *fts, int *rc)
{
    if (auto *data = static_cast<Bm25Data *>(api->xGetAuxdata(fts, 0)))
        return data;
    auto fresh = std::make_unique<Bm25Data>();
    sqlite3_int64 rows = 0, tokens = 0;
    fresh->phrases = api->xPhraseCount(fts);
    *rc = api->xRowCount(fts, &rows);
    if (*rc == SQLITE_OK)
        *rc = api->xColumnTotalSize(fts, -1, &tokens);
    if (*rc == SQLITE_OK)
        fresh->averageLength = double(tokens) / double(rows);
    fresh->idf.resize(size_t(fresh->phrases));
    fresh->frequency.resize(size_t(fresh->phrases));
    for (int i = 0; *rc == SQLITE_OK && i < fresh->phrases; ++i) {
        sqlite3_int64 hits = 0;
        *rc = api->xQueryPhrase(fts, i, &hits, countRow);
        if (*rc == SQLITE_OK) {
            double idf = std::log((double(rows) - double(hits) + 0.5) / (double(hits) + 0.5));
            if (idf <= 0.0)
                idf = 1e-6;
            fresh->idf[size_t(i)] = idf;
        }
    }
    if (*rc != SQLITE_OK)
        return nullptr;
    Bm25Data *data = fresh.get();
    *rc = api->xSetAuxdata(fts, fresh.release(), [](void *p) { delete static_cast<Bm25Data *>(p); });
    return *rc == SQLITE_OK ? data : nullptr; // on failure xSetAuxdata deleted it
}

// Each phrase's weighted frequency in this row, into data->frequency.
int bm25Frequencies(const Fts5ExtensionApi *api, Fts5Context *fts, const double (&weights)[3], Bm25Data *data)
{
    for (int i = 0; i < data->phrases; ++i) {
        double f = 0;
        Fts5PhraseIter iter;
        int column = 0, offset = 0;
        const int rc = api->xPhraseFirst(fts, i, &iter, &column, &offset);
        if (rc != SQLITE_OK)
            return rc;
        for (; column >= 0; api->xPhraseNext(fts, &iter, &column, &offset))
            f += column < 3 ? weights[column] : 1.0;
        data->frequency[size_t(i)] = f;
    }
    return SQLITE_OK;
}

// The row's length in tokens: from the bound RowLengths where they cover it, else from FTS5.
int bm25RowLength(const Fts5ExtensionApi *api, Fts5Context *fts, int argc, sqlite3_value **argv,
                  double *length)
{
    if (argc > 3) {
        if (const auto *lengths = static_cast<const SqlExtensions::RowLengths *>(sqlite3_value_pointer(argv[3], "srt_row_lengths"))) {
            const sqlite3_int64 rowid = api->xRowid(fts);
            if (rowid >= 0 && rowid < sqlite3_int64(lengths->tokens.size())
                && lengths->tokens[size_t(rowid)] >= 0) {
                *length = lengths->tokens[size_t(rowid)];
                return SQLITE_OK;
            }
        }
    }
    int tokens = 0;
    const int rc = api->xColumnSize(fts, -1, &tokens);
    *length = tokens;
    return rc;
}

void bm25Function(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argc,
                  sqlite3_value **argv)
{
    constexpr double k1 = 1.2;
    constexpr double b = 0.75;
    int rc = SQLITE_OK;
    Bm25Data *data = bm25Data(api, fts, &rc);
    if (rc != SQLITE_OK || !data) {
        sqlite3_result_error_code(context, rc == SQLITE_OK ? SQLITE_NOMEM : rc);
        return;
    }
    double weights[3] = { 1.0, 1.0, 1.0 };
    for (int c = 0; c < 3 && c < argc; ++c) {
        if (sqlite3_value_type(argv[c]) != SQLITE_NULL)
            weights[c] = sqlite3_value_double(argv[c]);
    }
    double length = -1;
    rc = bm25Frequencies(api, fts, weights, data);
    if (rc == SQLITE_OK)
        rc = bm25RowLength(api, fts, argc, argv, &length);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    double score = 0.0;
    for (int i = 0; i < data->phrases; ++i) {
        const double f = data->frequency[size_t(i)];
        score += data->idf[size_t(i)] * ((f * (k1 + 1.0)) / (f + k1 * (1 - b + b * length / data->averageLength)));
    }
    sqlite3_result_double(context, -1.0 * score);
}

// srt_columnhits(fts): a bit per column (1 title, 2 meta, 4 body) in which any phrase of the match
// has a hit, so that a ranking can put title and tag matches before body matches.
void columnHitsFunction(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int,
                        sqlite3_value **)
{
    int mask = 0;
    const int phrases = api->xPhraseCount(fts);
    for (int i = 0; i < phrases; ++i) {
        Fts5PhraseIter iter;
        int column = 0, offset = 0;
        const int rc = api->xPhraseFirst(fts, i, &iter, &column, &offset);
        if (rc != SQLITE_OK) {
            sqlite3_result_error_code(context, rc);
            return;
        }
        for (; column >= 0; api->xPhraseNext(fts, &iter, &column, &offset)) {
            if (column < 30)
                mask |= 1 << column;
        }
    }
    sqlite3_result_int(context, mask);
}

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(stmt, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return api;
}
} // namespace

bool SqlExtensions::install(sqlite3 *db, QString *error)
{
    if (!GermanTokenizer::registerWith(db, error))
        return false;
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    if (sqlite3_create_function(db, "srt_fold", 1, flags, nullptr, foldFunction, nullptr, nullptr)
            != SQLITE_OK
        || sqlite3_create_function(db, "srt_reverse", 1, flags, nullptr, reverseFunction, nullptr, nullptr)
            != SQLITE_OK
        || sqlite3_create_function(db, "srt_sortkey", 1, flags, nullptr, sortKeyFunction, nullptr, nullptr)
            != SQLITE_OK
        || sqlite3_create_function(db, "srt_haswords", 2, flags, nullptr, hasWordsFunction, nullptr, nullptr)
            != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    fts5_api *api = fts5Api(db);
    if (!api || api->xCreateFunction(api, "srt_hitpage", nullptr, hitPageFunction, nullptr) != SQLITE_OK
        || api->xCreateFunction(api, "srt_snippet", nullptr, snippetFunction, nullptr) != SQLITE_OK
        || api->xCreateFunction(api, "srt_bm25", nullptr, bm25Function, nullptr) != SQLITE_OK
        || api->xCreateFunction(api, "srt_columnhits", nullptr, columnHitsFunction, nullptr) != SQLITE_OK) {
        if (error)
            *error = QStringLiteral("FTS5 is not available in this SQLite build");
        return false;
    }
    return true;
}
