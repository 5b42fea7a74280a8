#include "core/library/Library.h"

#include "core/library/ImportJournal.h"
#include "core/library/PersonalOverlay.h"
#include "core/library/SchemaMigrator.h"
#include "core/platform/DirHandle.h"
#include "core/util/Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <sqlite3.h>

namespace {

bool isCorruption(int sqliteCode)
{
    return (sqliteCode & 0xff) == SQLITE_CORRUPT || (sqliteCode & 0xff) == SQLITE_NOTADB;
}

// Why the existing catalog file cannot be a catalog, before SQLite opens it; empty when it may be.
QString catalogDamage(const QString &catalog, const QString &storeRoot)
{
    QFile file(catalog);
    if (!file.open(QIODevice::ReadOnly))
        return {}; // permissions and the like: SQLite's open reports them
    const QByteArray header = file.read(16);
    if (header.isEmpty()) {
        // SQLite reads an empty file as an empty database. Harmless for a library that holds
        // nothing yet; with stored files the catalog that named them was lost.
        const bool hasFiles = !QDir(storeRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty();
        return hasFiles ? Library::tr("the file is empty, but the library holds stored files") : QString();
    }
    if (header != QByteArray("SQLite format 3", 16))
        return Library::tr("the file is not an SQLite database");
    return {};
}

// The parts of a library that are symbolic links, as paths relative to it. Only what the library
// made itself may be there: a link would make writes, recovery and pruning act on another folder.
// Stored files are opened without following links one by one (ContentStore); `check` walks them all.
QStringList linkedParts(const QString &path)
{
    QStringList linked;
    const DirHandle root = DirHandle::open(path, nullptr);
    if (!root.isValid())
        return linked;
    const QString catalog = Library::catalogFileName();
    for (const QString &name : {catalog, catalog + QStringLiteral("-wal"), catalog + QStringLiteral("-shm"),
                                catalog + QStringLiteral("-journal"), QStringLiteral("files"), QStringLiteral("derived"),
                                QStringLiteral("backups")}) {
        if (root.kind(name) == DirHandle::Kind::Link)
            linked.append(name);
    }
    for (const QString &folder : {QStringLiteral("files"), QStringLiteral("derived"), QStringLiteral("backups")}) {
        const DirHandle dir = root.openDir(folder, nullptr);
        for (const QString &name : dir.isValid() ? dir.entries() : QStringList()) {
            if (dir.kind(name) == DirHandle::Kind::Link)
                linked.append(folder + QLatin1Char('/') + name);
        }
    }
    return linked;
}

QString corruptMessage(const QString &catalog, const QString &reason)
{
    return Library::tr("The catalog %1 is damaged (%2). It was left unchanged; restore a backup of it.").arg(catalog, reason);
}
} // namespace

Library::Library(const QString &path)
    : m_path(path)
    , m_catalogPath(path + QLatin1Char('/') + catalogFileName())
    , m_catalog(m_db)
    , m_store(path + QStringLiteral("/files"))
    , m_derived(path + QStringLiteral("/derived"))
{
}

Library::~Library() = default;

QString Library::catalogPath() const
{
    return m_catalogPath;
}

QString Library::resolveLocation(const QString &explicitDir)
{
    if (!explicitDir.isEmpty())
        return QDir(explicitDir).absolutePath();
    const QString fromEnv = qEnvironmentVariable("SRTOOLBOX_LIBRARY");
    if (!fromEnv.isEmpty())
        return QDir(fromEnv).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/smart-region-toolbox/library");
}

SqliteDatabase::Mode Library::connectionMode() const
{
    if (!m_readOnly)
        return SqliteDatabase::Mode::ReadWrite;
    if (isPublished())
        return SqliteDatabase::Mode::Immutable; // a version never changes; nothing may be written beside it
    // Without write access to the folder SQLite cannot create the WAL index; immutable needs none.
    return DirHandle::isWritable(m_path) ? SqliteDatabase::Mode::ReadOnly : SqliteDatabase::Mode::Immutable;
}

std::unique_ptr<Library> Library::open(const QString &dir, QString *error, const OpenOptions &options)
{
    OpenError failure;
    auto library = open(dir, &failure, options);
    if (!library && error)
        *error = failure.message;
    return library;
}

std::unique_ptr<Library> Library::open(const QString &dir, OpenError *error, const OpenOptions &options)
{
    const QString path = QDir(dir).absolutePath();
    qCDebug(lcLibrary).noquote() << "opening" << path << (options.readOnly ? "read-only" : "")
                                 << (options.writer ? "as the writer" : "");
    std::unique_ptr<Library> library(new Library(path));
    library->m_personalPath = options.personal;
    if (PublishedFolder::isPublished(path)) {
        if (!library->openPublished(error))
            return nullptr;
        library->attachPersonal(library->m_db);
    } else if (!library->openWorking(options, error)) {
        return nullptr;
    }
    if (error)
        *error = {};
    return library;
}

bool Library::openWorking(const OpenOptions &options, OpenError *error)
{
    bool exists = false;
    if (!checkFolder(options, &exists, error))
        return false;
    chooseAccess(options, exists);
    if (!openCatalog(options, exists, error) || !migrateSchema(exists, error))
        return false;
    attachPersonal(m_db);
    if (!m_readOnly)
        finishInterruptedWork();
    return true;
}

// The folder may hold a library: no linked parts, not a published folder without a version, a
// catalog file that can be one (or none, made when asked to create).
bool Library::checkFolder(const OpenOptions &options, bool *exists, OpenError *error) const
{
    const auto fail = [error](OpenError::Kind kind, const QString &message) {
        if (error)
            *error = { kind, message };
        return false;
    };
    const QString &path = m_path;
    const QString catalog = catalogPath();
    const QStringList linked = linkedParts(path);
    if (!linked.isEmpty()) {
        return fail(OpenError::Kind::LinkedPart,
                    tr("The library %1 cannot be used: %2 is a symbolic link. The library never follows links it did "
                       "not make; replace the link by the folder or file itself, or remove it.")
                        .arg(path, linked.join(QStringLiteral(", "))));
    }
    *exists = QFileInfo::exists(catalog);

    if (!*exists && QFileInfo(path + QLatin1Char('/') + PublishedFolder::versionsFolder()).isDir()) {
        // A published folder whose first version is not current yet: never a place for a new library.
        return fail(OpenError::Kind::NoLibrary,
                    tr("The published library %1 has no current version yet: a publish is running or was "
                       "interrupted. Publish it again.")
                        .arg(path));
    }
    if (!*exists) {
        if (!options.create || options.readOnly)
            return fail(OpenError::Kind::NoLibrary, tr("There is no library in %1 (no %2 found).").arg(path, catalogFileName()));
        if (!QDir().mkpath(path + QStringLiteral("/files")))
            return fail(OpenError::Kind::CannotCreate, tr("Cannot create the library folder %1.").arg(path));
    } else {
        // Checked before SQLite touches the file: opening it read-write would turn an empty or
        // foreign file into a fresh, empty catalog.
        const QString damage = catalogDamage(catalog, m_store.root());
        if (!damage.isEmpty())
            return fail(OpenError::Kind::CatalogCorrupt, corruptMessage(catalog, damage));
    }
    return true;
}

// Read-only when asked, when the folder or catalog is not writable, or when another writer holds it.
void Library::chooseAccess(const OpenOptions &options, bool exists)
{
    if (options.readOnly) {
        m_readOnly = true;
        m_readOnlyReason = tr("The library was opened read-only.");
    } else if (!DirHandle::isWritable(m_path) || (exists && !DirHandle::isWritable(catalogPath()))) {
        m_readOnly = true;
        m_readOnlyReason = tr("The library folder %1 is not writable.").arg(m_path);
    } else if (options.writer && !(m_lock = LibraryLock::acquire(m_path, &m_readOnlyReason))) {
        m_readOnly = true; // another writer holds the library: named in the reason
    }
}

bool Library::openCatalog(const OpenOptions &options, bool exists, OpenError *error)
{
    const auto fail = [error](OpenError::Kind kind, const QString &message) {
        if (error)
            *error = { kind, message };
        return false;
    };
    const QString catalog = catalogPath();
    QString openError;
    CatalogDamage::watch(m_db, m_damage);
    if (!m_db.open(catalog, connectionMode(), &openError)) {
        if (exists && isCorruption(m_db.openErrorCode()))
            return fail(OpenError::Kind::CatalogCorrupt, corruptMessage(catalog, openError));
        return fail(OpenError::Kind::CannotOpen, tr("Cannot open the catalog %1: %2").arg(catalog, openError));
    }
    if (!exists)
        return true;
    const QString reason = unreadableTable();
    if (!reason.isEmpty()) {
        if (!isCorruption(sqlite3_extended_errcode(m_db.handle())))
            return fail(OpenError::Kind::CannotOpen,
                        tr("Cannot open the catalog %1: %2").arg(catalog, reason));
        return fail(OpenError::Kind::CatalogCorrupt, corruptMessage(catalog, reason));
    }
    if (options.quickCheckUpTo > 0 && QFileInfo(catalog).size() <= options.quickCheckUpTo) {
        const QString problem = CatalogDamage::quickCheck(m_db);
        if (!problem.isEmpty())
            return fail(OpenError::Kind::CatalogCorrupt, corruptMessage(catalog, problem));
    }
    return true;
}

// A probe, not PRAGMA quick_check: that reads the whole file (seconds for a catalog of 100,000
// documents, at every start). Reading the schema and the first row of every table touches each
// b-tree's root and leftmost pages, which finds a file that is no database or whose pages are
// overwritten; `srtoolbox-cli check` runs the full integrity check. Returns SQLite's error, or empty.
QString Library::unreadableTable()
{
    QStringList tables;
    SqliteStatement list = m_db.prepare(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"));
    while (list.next())
        tables.append(list.text(0));
    bool readable = list.error().isEmpty();
    QString reason = list.error();
    for (const QString &table : std::as_const(tables)) {
        if (!readable)
            break;
        SqliteStatement probe
            = m_db.prepare(QStringLiteral("SELECT 1 FROM \"%1\" LIMIT 1")
                               .arg(QString(table).replace(QLatin1Char('"'), QStringLiteral("\"\""))));
        probe.next();
        readable = probe.error().isEmpty();
        reason = probe.error();
    }
    return readable ? QString() : reason;
}

bool Library::migrateSchema(bool exists, OpenError *error)
{
    const auto fail = [this, error](const QString &reason) {
        if (error)
            *error = { OpenError::Kind::Schema, tr("Cannot open the library %1: %2").arg(m_path, reason) };
        return false;
    };
    const SchemaMigrator migrator;
    QString schemaError;
    if (m_readOnly)
        return migrator.isCurrent(m_db, &schemaError) || fail(schemaError);
    // A migration rewrites the catalog: keep the state before it.
    const int version = SchemaMigrator::currentVersion(m_db);
    if (exists && version > 0 && version < migrator.latestVersion()) {
        QString backupError;
        if (backupCatalog(&backupError).isEmpty())
            return fail(backupError);
    }
    return migrator.migrate(m_db, &schemaError) || fail(schemaError);
}

// Finishes what an interrupted import left behind: its stored files that no catalog row names.
// Under the writer lock only: the journal of an import running on another computer names files
// still wanted. A reader takes the lock for this moment when there is a journal.
void Library::finishInterruptedWork()
{
    QDir().mkpath(m_store.root());
    const bool pending = ImportJournal::hasPending(m_store);
    const auto recovering = m_lock || !pending ? nullptr : LibraryLock::acquire(m_path, nullptr);
    if (m_lock || recovering)
        ImportJournal::recover(m_store, m_catalog);
    if (m_lock) // a PDF being written when a writer was killed
        m_derived.removeTemporaryFiles();
}

bool Library::openPublished(OpenError *error)
{
    const auto fail = [error](OpenError::Kind kind, const QString &message) {
        if (error)
            *error = { kind, message };
        return false;
    };
    const DirHandle root = DirHandle::open(m_path, nullptr);
    for (const QString &part : PublishedFolder::parts()) {
        if (root.kind(part) == DirHandle::Kind::Link) {
            return fail(OpenError::Kind::LinkedPart,
                        tr("The library %1 cannot be used: %2 is a symbolic link. The library never follows "
                           "links it did "
                           "not make; replace the link by the folder or file itself, or remove it.")
                            .arg(m_path, part));
        }
    }
    // A few rounds: the publisher may make a newer version current and remove this one meanwhile.
    QString reason;
    for (int attempt = 0; attempt < 5; ++attempt) {
        const QString version = PublishedFolder::currentVersion(m_path, &reason);
        if (version.isEmpty())
            break;
        // The lease first: from then on the publisher keeps the version.
        m_lease = ReaderLease::take(m_path, version);
        const DirHandle folder
            = root.openDir(PublishedFolder::versionsFolder() + QLatin1Char('/') + version, &reason);
        m_publishedVersion = version;
        m_catalogPath = PublishedFolder::catalogPath(m_path, version);
        m_readOnly = true;
        m_readOnlyReason
            = tr("The library is a published version (%1): it can be read, not changed.").arg(version);
        CatalogDamage::watch(m_db, m_damage);
        if (folder.isValid() && m_db.open(m_catalogPath, SqliteDatabase::Mode::Immutable, &reason)) {
            QString schemaError;
            if (!SchemaMigrator().isCurrent(m_db, &schemaError))
                return fail(OpenError::Kind::Schema,
                            tr("Cannot open the library %1: %2").arg(m_path, schemaError));
            return true;
        }
        if (isCorruption(m_db.openErrorCode()))
            return fail(OpenError::Kind::CatalogCorrupt, corruptMessage(m_catalogPath, reason));
        m_lease.reset();
        if (PublishedFolder::currentVersion(m_path, nullptr) == version)
            break; // still current, so not a version being replaced: a real failure
    }
    return fail(OpenError::Kind::CannotOpen,
                tr("Cannot open the published library %1: %2").arg(m_path, reason));
}

std::unique_ptr<SqliteDatabase> Library::openConnection(QString *error) const
{
    auto db = std::make_unique<SqliteDatabase>();
    CatalogDamage::watch(*db, m_damage);
    if (!db->open(catalogPath(), connectionMode(), error))
        return nullptr;
    attachPersonal(*db);
    return db;
}

void Library::attachPersonal(SqliteDatabase &db) const
{
    // Not having one's own marks searchable is no reason to refuse the library.
    if (!m_personalPath.isEmpty())
        PersonalOverlay::attach(db, m_personalPath);
}

QString Library::damageMessage() const
{
    const QString reason = damage();
    return reason.isEmpty() ? QString() : corruptMessage(catalogPath(), reason);
}

QString Library::quickCheck() const
{
    QString error;
    const auto db = openConnection(&error);
    return db ? CatalogDamage::quickCheck(*db) : QString();
}

bool Library::restoreBackup(const QString &dir, const QString &backupPath, QString *error)
{
    const QString path = QDir(dir).absolutePath();
    // Said before the backup is looked at: a read-only folder is no fault of the backup.
    if (!DirHandle::isWritable(path)) {
        if (error)
            *error = tr("Cannot restore a backup: the library folder %1 is not writable.").arg(path);
        return false;
    }
    const auto lock = LibraryLock::acquire(path, error);
    return lock && CatalogBackup::restore(path, backupPath, error);
}
