#include "library/Library.h"

#include "library/ImportJournal.h"
#include "library/SchemaMigrator.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <unistd.h>

namespace {
// access() rather than QFileInfo permission bits: it also sees read-only mounts.
bool canWrite(const QString &path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}
} // namespace

Library::Library(const QString &path)
    : m_path(path)
    , m_catalog(m_db)
    , m_store(path + QStringLiteral("/files"))
{
}

Library::~Library() = default;

QString Library::catalogPath() const
{
    return m_path + QLatin1Char('/') + catalogFileName();
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
    // Without write access to the folder SQLite cannot create the WAL index; immutable needs none.
    return canWrite(m_path) ? SqliteDatabase::Mode::ReadOnly : SqliteDatabase::Mode::Immutable;
}

std::unique_ptr<Library> Library::open(const QString &dir, QString *error, const OpenOptions &options)
{
    const QString path = QDir(dir).absolutePath();
    std::unique_ptr<Library> library(new Library(path));
    const QString catalog = library->catalogPath();
    const bool exists = QFileInfo::exists(catalog);

    if (!exists) {
        if (!options.create || options.readOnly) {
            if (error)
                *error = tr("There is no library in %1 (no %2 found).").arg(path, catalogFileName());
            return nullptr;
        }
        if (!QDir().mkpath(path + QStringLiteral("/files"))) {
            if (error)
                *error = tr("Cannot create the library folder %1.").arg(path);
            return nullptr;
        }
    }

    if (options.readOnly) {
        library->m_readOnly = true;
        library->m_readOnlyReason = tr("The library was opened read-only.");
    } else if (!canWrite(path) || (exists && !canWrite(catalog))) {
        library->m_readOnly = true;
        library->m_readOnlyReason = tr("The library folder %1 is not writable.").arg(path);
    }

    QString openError;
    if (!library->m_db.open(catalog, library->connectionMode(), &openError)) {
        if (error)
            *error = tr("Cannot open the catalog %1: %2").arg(catalog, openError);
        return nullptr;
    }

    const SchemaMigrator migrator;
    QString schemaError;
    const bool ok = library->m_readOnly ? migrator.isCurrent(library->m_db, &schemaError)
                                        : migrator.migrate(library->m_db, &schemaError);
    if (!ok) {
        if (error)
            *error = tr("Cannot open the library %1: %2").arg(path, schemaError);
        return nullptr;
    }

    if (!library->m_readOnly) {
        QDir().mkpath(library->m_store.root());
        // Finish what an interrupted import left behind: its stored files that no catalog row names.
        ImportJournal::recover(library->m_store, library->m_catalog);
    }
    return library;
}

std::unique_ptr<SqliteDatabase> Library::openConnection(QString *error) const
{
    auto db = std::make_unique<SqliteDatabase>();
    if (!db->open(catalogPath(), connectionMode(), error))
        return nullptr;
    return db;
}
