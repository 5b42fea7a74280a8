#include "core/text/GermanTokenizer.h"

#include "core/text/GermanAnalyzer.h"

#include <sqlite3.h>

#include <cstring>
#include <utility>

namespace {

using XToken = int (*)(void *, int, const char *, int, int, int);

struct ForwardContext
{
    void *ftsContext;
    XToken xToken;
    GermanTokenizer::KeyCollector *collector;
};

thread_local GermanTokenizer::KeyCollector *t_collector = nullptr;

int forwardToken(void *context, const char *key, int keyLength, qsizetype start, qsizetype end)
{
    auto *forward = static_cast<ForwardContext *>(context);
    if (forward->collector && keyLength >= GermanTokenizer::MinCollectedKeyBytes)
        forward->collector->add(key, keyLength);
    return forward->xToken(forward->ftsContext, 0, key, keyLength, int(start), int(end));
}

int createTokenizer(void *, const char **, int argCount, Fts5Tokenizer **out)
{
    *out = nullptr;
    if (argCount > 0)
        return SQLITE_ERROR; // no options: a misspelt one must not silently build another index
    GermanAnalyzer *analyzer = nullptr;
    try {
        analyzer = new GermanAnalyzer; // the first one builds the character table, which may throw
    } catch (...) {
        return SQLITE_NOMEM; // nothing may unwind through SQLite's C frames
    }
    if (!analyzer->hasStemmer()) {
        delete analyzer;
        return SQLITE_NOMEM; // folding only would write keys that differ from every other session
    }
    *out = reinterpret_cast<Fts5Tokenizer *>(analyzer);
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *tokenizer)
{
    delete reinterpret_cast<GermanAnalyzer *>(tokenizer);
}

int tokenize(Fts5Tokenizer *tokenizer, void *ftsContext, int flags, const char *text, int size, XToken xToken)
{
    auto *analyzer = reinterpret_cast<GermanAnalyzer *>(tokenizer);
    ForwardContext forward { ftsContext, xToken, (flags & FTS5_TOKENIZE_DOCUMENT) ? t_collector : nullptr };
    const GermanAnalyzer::Mode mode
        = (flags & FTS5_TOKENIZE_PREFIX) ? GermanAnalyzer::Mode::StemExceptLast : GermanAnalyzer::Mode::Stem;
    try {
        // xToken's own result codes (SQLITE_DONE to stop early, errors) pass straight through.
        return analyzer->tokenizeUtf8(text, size, mode, forwardToken, &forward);
    } catch (...) {
        return SQLITE_NOMEM; // nothing may unwind through SQLite's C frames
    }
}

} // namespace

bool GermanTokenizer::registerWith(sqlite3 *db, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!db)
        return fail(QStringLiteral("no database connection"));

    // The documented way to get the fts5_api pointer (SQLite >= 3.20).
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK)
        return fail(QStringLiteral("FTS5 is not available: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    sqlite3_bind_pointer(stmt, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    if (!api || api->iVersion < 2)
        return fail(QStringLiteral("FTS5 is not available"));

    fts5_tokenizer tokenizer { createTokenizer, deleteTokenizer, tokenize };
    const int rc = api->xCreateTokenizer(api, Name, nullptr, &tokenizer, nullptr);
    if (rc != SQLITE_OK)
        return fail(QStringLiteral("could not register the FTS5 tokenizer \"%1\": %2")
                        .arg(QLatin1String(Name), QString::fromUtf8(sqlite3_errstr(rc))));
    return true;
}

void GermanTokenizer::setKeyCollector(KeyCollector *collector)
{
    t_collector = collector;
}

namespace {
// FNV-1a: a few cycles per byte of a short key; the table compares whole hashes before bytes.
quint64 keyHash(const char *key, int size)
{
    quint64 hash = 14695981039346656037ULL;
    for (int i = 0; i < size; ++i)
        hash = (hash ^ quint8(key[i])) * 1099511628211ULL;
    return hash;
}
} // namespace

void GermanTokenizer::KeyCollector::add(const char *key, int size)
{
    if (size <= 0)
        return;
    if (2 * (m_count + 1) > qsizetype(m_slots.size()))
        grow();
    const quint64 hash = keyHash(key, size);
    const size_t mask = m_slots.size() - 1;
    for (size_t i = size_t(hash) & mask;; i = (i + 1) & mask) {
        Slot &slot = m_slots[i];
        if (slot.size == 0) {
            slot = { hash, m_keys.size(), size };
            m_keys.append(key, size);
            ++m_count;
            m_new.append(QByteArray(key, size));
            return;
        }
        if (slot.hash == hash && slot.size == size
            && std::memcmp(m_keys.constData() + slot.offset, key, size) == 0)
            return;
    }
}

void GermanTokenizer::KeyCollector::grow()
{
    std::vector<Slot> old = std::exchange(m_slots, std::vector<Slot>(qMax<size_t>(1024, 2 * m_slots.size())));
    const size_t mask = m_slots.size() - 1;
    for (const Slot &slot : old) {
        if (slot.size == 0)
            continue;
        size_t i = size_t(slot.hash) & mask;
        while (m_slots[i].size != 0)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
}

QList<QByteArray> GermanTokenizer::KeyCollector::takeNew()
{
    return std::exchange(m_new, {});
}

void GermanTokenizer::KeyCollector::clear()
{
    m_slots.clear();
    m_count = 0;
    m_keys.clear();
    m_new.clear();
}
