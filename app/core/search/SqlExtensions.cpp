#include "search/SqlExtensions.h"

#include "search/GermanNormalizer.h"
#include "search/GermanTokenizer.h"

#include <sqlite3.h>

#include <algorithm>
#include <string>

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
        if (scan->text[scan->scannedTo] == '\f')
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
    if (sqlite3_create_function(db, "srt_fold", 1, flags, nullptr, foldFunction, nullptr, nullptr) != SQLITE_OK
        || sqlite3_create_function(db, "srt_reverse", 1, flags, nullptr, reverseFunction, nullptr, nullptr) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    fts5_api *api = fts5Api(db);
    if (!api || api->xCreateFunction(api, "srt_hitpage", nullptr, hitPageFunction, nullptr) != SQLITE_OK) {
        if (error)
            *error = QStringLiteral("FTS5 is not available in this SQLite build");
        return false;
    }
    return true;
}
