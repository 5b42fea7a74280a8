#include "core/library/SqliteDatabase.h"

#include "core/platform/MemoryMap.h"
#include "core/text/SqlExtensions.h"

#include <QHash>
#include <QUrl>
#include <list>
#include <mutex>
#include <sqlite3.h>

// The idle compiled statements of one connection by their SQL, the most recently used first.
class SqliteDatabase::StatementCache
{
public:
    StatementCache() = default;
    ~StatementCache() { clear(); }
    Q_DISABLE_COPY_MOVE(StatementCache)

    // An idle statement of this SQL, now the caller's; null when none is kept.
    sqlite3_stmt *take(const QString &sql)
    {
        const auto found = m_bySql.find(sql);
        if (found == m_bySql.end())
            return nullptr;
        sqlite3_stmt *stmt = found.value()->second;
        m_idle.erase(found.value());
        m_bySql.erase(found);
        return stmt;
    }

    // Takes a statement back, reset: one stopped before its last row holds a read transaction.
    void put(const QString &sql, sqlite3_stmt *stmt)
    {
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
        if (m_bySql.contains(sql)) { // the same SQL was in use twice at once: one copy is kept
            sqlite3_finalize(stmt);
            return;
        }
        m_idle.emplace_front(sql, stmt);
        m_bySql.insert(sql, m_idle.begin());
        if (m_idle.size() > size_t(CachedStatements)) {
            m_bySql.remove(m_idle.back().first);
            sqlite3_finalize(m_idle.back().second);
            m_idle.pop_back();
        }
    }

    void clear()
    {
        for (const auto &[sql, stmt] : m_idle)
            sqlite3_finalize(stmt);
        m_idle.clear();
        m_bySql.clear();
    }

private:
    using Idle = std::list<std::pair<QString, sqlite3_stmt *>>;
    Idle m_idle;
    QHash<QString, Idle::iterator> m_bySql;
};

SqliteDatabase::~SqliteDatabase()
{
    close();
}

bool SqliteDatabase::open(const QString &path, Mode mode, QString *error)
{
    close();
    m_mode = mode;
    m_openErrorCode = 0;
    m_damage.clear();
    int flags = SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_NOFOLLOW; // a catalog.db link is refused
    flags |= mode == Mode::ReadWrite ? (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) : SQLITE_OPEN_READONLY;
    // URI form so that "immutable" can be set: SQLite then takes no locks and needs no -shm file,
    // which a read-only file share would not let it create.
    QByteArray uri = QUrl::fromLocalFile(path).toEncoded();
    if (mode == Mode::Immutable)
        uri += "?immutable=1";
    const int rc = sqlite3_open_v2(uri.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        m_openErrorCode = m_db ? sqlite3_extended_errcode(m_db) : rc;
        if (error)
            *error = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        close();
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 10000);
    m_cache = std::make_shared<StatementCache>();
    if (!SqlExtensions::install(m_db, error)) {
        close();
        return false;
    }
    // Memory-mapped reads and a larger page cache: search walks FTS5 doclists and looks up thousands of
    // documents rows per query, and read() calls through a 2 MB cache measured about twice as slow.
    QString pragmas = QStringLiteral("PRAGMA foreign_keys=ON; PRAGMA mmap_size=2147418112; PRAGMA cache_size=-65536;");
    if (mode == Mode::ReadWrite)
        pragmas += QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
    if (!exec(pragmas, error)) {
        m_openErrorCode = sqlite3_extended_errcode(m_db);
        close();
        return false;
    }
    return true;
}

void SqliteDatabase::adviseRandomAccess()
{
    // SQLite's unix VFS lets a program replace the system calls it makes (xSetSystemCall): its own
    // mmap() is this one from now on. Set once, before the connections that use it map anything.
    static std::once_flag once;
    std::call_once(once, [] {
        sqlite3_vfs *vfs = sqlite3_vfs_find(nullptr);
        if (vfs && vfs->iVersion >= 3 && vfs->xSetSystemCall)
            vfs->xSetSystemCall(vfs, "mmap", reinterpret_cast<sqlite3_syscall_ptr>(&MemoryMap::mapForRandomAccess));
    });
}

bool SqliteDatabase::openInMemory(QString *error)
{
    close();
    m_mode = Mode::ReadWrite;
    m_damage.clear();
    if (sqlite3_open(":memory:", &m_db) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        close();
        return false;
    }
    m_cache = std::make_shared<StatementCache>();
    if (!SqlExtensions::install(m_db, error)) {
        close();
        return false;
    }
    return exec(QStringLiteral("PRAGMA foreign_keys=ON;"), error);
}

void SqliteDatabase::close()
{
    m_states.clear(); // (their statements go back to the cache first)
    if (m_cache) {
        m_cache->clear();
        m_cache.reset(); // statements still held are finalized when they go
    }
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

bool SqliteDatabase::exec(const QString &sql, QString *error)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    noteResult(rc);
    if (rc != SQLITE_OK) {
        if (error)
            *error = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_free(message);
        return false;
    }
    return true;
}

SqliteStatement SqliteDatabase::prepare(const QString &sql)
{
    return SqliteStatement(*this, sql);
}

bool SqliteDatabase::isCorruption(int sqliteCode)
{
    return (sqliteCode & 0xff) == SQLITE_CORRUPT || (sqliteCode & 0xff) == SQLITE_NOTADB;
}

void SqliteDatabase::noteResult(int sqliteCode)
{
    if (!isCorruption(sqliteCode) || !m_damage.isEmpty())
        return;
    QString reason = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
    if (reason.isEmpty() || reason == QLatin1String("not an error"))
        reason = QString::fromUtf8(sqlite3_errstr(sqliteCode));
    noteDamage(reason);
}

void SqliteDatabase::noteDamage(const QString &reason)
{
    if (!m_damage.isEmpty() || reason.isEmpty())
        return;
    m_damage = reason;
    if (m_damageHandler)
        m_damageHandler(m_damage);
}

QString SqliteDatabase::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

qint64 SqliteDatabase::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteDatabase::changes() const
{
    return sqlite3_changes(m_db);
}

QVariant SqliteDatabase::scalar(const QString &sql, const QVariantList &args)
{
    SqliteStatement stmt = prepare(sql);
    stmt.bindAll(args);
    return stmt.next() ? stmt.value(0) : QVariant();
}

SqliteStatement::SqliteStatement(SqliteDatabase &db, const QString &sql)
    : m_owner(&db)
    , m_db(db.handle())
{
    if (db.m_cache) {
        m_stmt = db.m_cache->take(sql);
        if (m_stmt) {
            m_cache = db.m_cache;
            m_sql = sql;
            return;
        }
    }
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()),
                                      db.m_cache ? SQLITE_PREPARE_PERSISTENT : 0, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        setError(rc);
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    } else if (m_stmt && db.m_cache) {
        m_cache = db.m_cache;
        m_sql = sql;
    }
}

SqliteStatement::~SqliteStatement()
{
    release();
}

void SqliteStatement::release()
{
    if (!m_stmt)
        return;
    if (const auto cache = m_cache.lock())
        cache->put(m_sql, m_stmt);
    else
        sqlite3_finalize(m_stmt); // the connection was closed meanwhile
    m_stmt = nullptr;
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_owner(other.m_owner)
    , m_db(other.m_db)
    , m_stmt(other.m_stmt)
    , m_cache(std::move(other.m_cache))
    , m_sql(std::move(other.m_sql))
    , m_error(std::move(other.m_error))
    , m_errorCode(other.m_errorCode)
{
    other.m_stmt = nullptr;
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        release();
        m_owner = other.m_owner;
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        m_cache = std::move(other.m_cache);
        m_sql = std::move(other.m_sql);
        m_error = std::move(other.m_error);
        m_errorCode = other.m_errorCode;
        other.m_stmt = nullptr;
    }
    return *this;
}

void SqliteStatement::setError(int rc)
{
    m_errorCode = rc;
    m_error = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
    if (m_error.isEmpty() || m_error == QLatin1String("not an error"))
        m_error = QString::fromUtf8(sqlite3_errstr(rc));
    if (m_owner)
        m_owner->noteResult(rc);
}

SqliteStatement &SqliteStatement::bind(int index, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
        sqlite3_bind_double(m_stmt, index, value.toDouble());
        return *this;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        sqlite3_bind_blob64(m_stmt, index, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
        return *this;
    }
    default:
        return bind(index, value.toString());
    }
}

SqliteStatement &SqliteStatement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text64(m_stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

SqliteStatement &SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

SqliteStatement &SqliteStatement::bindPointer(int index, void *pointer, const char *type)
{
    sqlite3_bind_pointer(m_stmt, index, pointer, type, nullptr);
    return *this;
}

SqliteStatement &SqliteStatement::bindColumn(int index, const SqliteStatement &from, int column)
{
    sqlite3_bind_value(m_stmt, index, sqlite3_column_value(from.m_stmt, column));
    return *this;
}

void SqliteStatement::bindAll(const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        bind(i + 1, values.at(i));
}

bool SqliteStatement::next()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        setError(rc);
    return false;
}

bool SqliteStatement::run()
{
    if (!m_stmt)
        return false;
    int rc;
    while ((rc = sqlite3_step(m_stmt)) == SQLITE_ROW) {
    }
    if (rc != SQLITE_DONE) {
        setError(rc);
        return false;
    }
    return true;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_error.clear();
    m_errorCode = 0;
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QVariant SqliteStatement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return integer(column);
    case SQLITE_FLOAT:
        return real(column);
    case SQLITE_TEXT:
        return text(column);
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(m_stmt, column)),
                          sqlite3_column_bytes(m_stmt, column));
    default:
        return {};
    }
}

int SqliteStatement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

SqliteTransaction::SqliteTransaction(SqliteDatabase &db, bool immediate)
    : m_db(db)
{
    m_active = m_db.exec(immediate ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
}

SqliteTransaction::~SqliteTransaction()
{
    rollback();
}

void SqliteTransaction::rollback()
{
    if (m_active)
        m_db.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

bool SqliteTransaction::commit(QString *error)
{
    if (!m_active)
        return false;
    m_active = false;
    if (!m_db.exec(QStringLiteral("COMMIT"), error)) {
        m_db.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}
