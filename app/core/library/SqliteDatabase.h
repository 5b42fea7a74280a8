#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <functional>

#include <any>
#include <map>
#include <memory>
#include <typeindex>

struct sqlite3;
struct sqlite3_stmt;

class SqliteStatement;

// A thin RAII wrapper around one sqlite3 connection. One connection per thread: the object is not
// shared between threads. Errors are reported by return value plus lastError(), never by exception.
// A damaged file is remembered: the first corruption error any statement, exec() or prepare() of the
// connection meets is kept in damage() and handed to the damage handler, so that no caller can turn
// it into an empty result by mistake.
class SqliteDatabase
{
public:
    enum class Mode { ReadWrite, ReadOnly, Immutable };

    SqliteDatabase() = default;
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    // Opens (creating it in ReadWrite mode) the database file and sets the pragmas the catalog needs:
    // WAL, foreign keys, a busy timeout. Immutable is for catalogs on read-only media.
    bool open(const QString &path, Mode mode, QString *error);
    bool openInMemory(QString *error);
    // From now on, in this process, every file SQLite memory-maps is advised for random access
    // (madvise MADV_RANDOM): a page read from disk is read alone, not with the up to several MB
    // around it (the device's read-ahead; 8 MB on our VM disk, so a search touching a few thousand
    // scattered pages read the whole 2 GB catalog). For processes that read few, scattered pages (a
    // one-shot search); long sequential reads (stats, check) are better off with read-ahead.
    static void adviseRandomAccess();
    // The SQLite (extended) result code of the last failed open(), e.g. SQLITE_NOTADB; 0 after success.
    int openErrorCode() const { return m_openErrorCode; }
    void close();
    bool isOpen() const { return m_db != nullptr; }
    bool isReadOnly() const { return m_mode != Mode::ReadWrite; }
    sqlite3 *handle() const { return m_db; }

    // Runs one or more statements without results.
    bool exec(const QString &sql, QString *error = nullptr);
    // A statement compiled once per connection: when a SqliteStatement is destroyed, its compiled
    // statement is reset, its bindings cleared, and kept (the most recently used ones, up to
    // CachedStatements) for the next prepare() of the same SQL. An import runs the same few dozen
    // statements for every file; compiling them anew each time was a fifth of its time.
    SqliteStatement prepare(const QString &sql);
    static constexpr int CachedStatements = 64;
    QString lastError() const;
    qint64 lastInsertId() const;
    int changes() const;

    // The single value of a one-row, one-column query, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &args = {});

    // SQLITE_CORRUPT (with its extended codes, e.g. SQLITE_CORRUPT_VTAB from FTS5) or SQLITE_NOTADB.
    static bool isCorruption(int sqliteCode);
    // The first corruption error met on this connection (SQLite's message); empty while none.
    QString damage() const { return m_damage; }
    bool isDamaged() const { return !m_damage.isEmpty(); }
    // Called once, with damage(), when the first corruption error is met.
    void setDamageHandler(std::function<void(const QString &reason)> handler)
    {
        m_damageHandler = std::move(handler);
    }
    // Records a result code of a call on this connection (the statements report theirs here).
    void noteResult(int sqliteCode);
    // Records damage found otherwise (a failed quick_check); the first one is kept.
    void noteDamage(const QString &reason);

    // State a caller derives from this connection's catalog and keeps with the connection (the
    // searcher's facet table and row lengths), one object per type: made on first use, dropped by
    // close(). The caller checks that it is still current. The type is the key, so no two callers
    // can mistake each other's state.
    template<typename State> State &state()
    {
        std::any &slot = m_states[std::type_index(typeid(State))];
        if (!slot.has_value())
            slot.emplace<State>();
        return *std::any_cast<State>(&slot);
    }

private:
    friend class SqliteStatement;
    class StatementCache;

    sqlite3 *m_db = nullptr;
    // Shared with the statements handed out (weakly), so that one outliving close() or the
    // connection is finalized instead of being returned to a cache that is gone.
    std::shared_ptr<StatementCache> m_cache;
    std::map<std::type_index, std::any> m_states;
    Mode m_mode = Mode::ReadWrite;
    int m_openErrorCode = 0;
    QString m_damage;
    std::function<void(const QString &)> m_damageHandler;
};

// A prepared statement. Binding indexes start at 1 as in SQLite; column indexes start at 0.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(SqliteDatabase &db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    // Why preparing or the last step failed; empty while nothing failed. A loop over next() checks
    // it afterwards: an error ends the loop just like the end of the rows.
    QString error() const { return m_error; }
    bool failed() const { return !m_error.isEmpty(); }
    int errorCode() const { return m_errorCode; }

    SqliteStatement &bind(int index, const QVariant &value);
    SqliteStatement &bind(int index, const QString &value);
    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bindNull(int index);
    // An object for an extension function (sqlite3_bind_pointer): not freed, must outlive the statement.
    SqliteStatement &bindPointer(int index, void *pointer, const char *type);
    // The value of a column of from's current row, as it is (type and bytes, copied).
    SqliteStatement &bindColumn(int index, const SqliteStatement &from, int column);
    void bindAll(const QVariantList &values);

    // Steps once: true while a row is available. Check error() after false.
    bool next();
    // Steps to completion for statements without rows. Returns false on error.
    bool run();
    void reset();

    QString text(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    QVariant value(int column) const;
    int columnCount() const;

private:
    void setError(int rc);
    void release();

    SqliteDatabase *m_owner = nullptr;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    std::weak_ptr<SqliteDatabase::StatementCache> m_cache; // where m_stmt goes back to
    QString m_sql;
    QString m_error;
    int m_errorCode = 0;
};

// Begins a transaction on construction and rolls it back on destruction unless commit() was called.
class SqliteTransaction
{
public:
    explicit SqliteTransaction(SqliteDatabase &db, bool immediate = true);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit(QString *error = nullptr);
    void rollback();

private:
    SqliteDatabase &m_db;
    bool m_active = false;
};
