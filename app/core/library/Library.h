#pragma once

#include "library/Catalog.h"
#include "library/CatalogBackup.h"
#include "library/ContentStore.h"
#include "library/SqliteDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QString>

#include <memory>

// A library is a folder: catalog.db (SQLite, WAL), files/ (the content store) and backups/ (copies
// of the catalog, see CatalogBackup). Opening creates a missing library, migrates an older catalog
// (after backing it up), refuses a newer one, and falls back to read-only when the folder cannot be
// written (a library published on a file share). A damaged catalog is refused with
// OpenError::Kind::CatalogCorrupt and left untouched: never recreated, never "repaired"; the caller
// offers backups() and restoreBackup().
class Library
{
    Q_DECLARE_TR_FUNCTIONS(Library)

public:
    struct OpenOptions
    {
        bool readOnly = false; // open read-only even where writing would be possible
        bool create = true;    // create the folder and catalog when missing
    };

    struct OpenError
    {
        enum class Kind {
            None,
            NoLibrary,      // no catalog and create was not asked for
            CannotCreate,   // the folder could not be made
            CannotOpen,     // SQLite could not open the file (permissions, locks, I/O)
            CatalogCorrupt, // the file is no SQLite database or fails the integrity check
            Schema,         // written by a newer program, or a migration failed
            LinkedPart,     // a part of the library (catalog, files/, backups/, …) is a symbolic link
        };
        Kind kind = Kind::None;
        QString message; // translated, names the file and the reason
    };

    static std::unique_ptr<Library> open(const QString &dir, OpenError *error, const OpenOptions &options);
    static std::unique_ptr<Library> open(const QString &dir, QString *error, const OpenOptions &options);
    static std::unique_ptr<Library> open(const QString &dir, QString *error) { return open(dir, error, OpenOptions()); }
    // --library DIR wins, then $SRTOOLBOX_LIBRARY, then the platform's application-data folder.
    static QString resolveLocation(const QString &explicitDir = {});
    static QString catalogFileName() { return QStringLiteral("catalog.db"); }

    ~Library();

    QString path() const { return m_path; }
    QString catalogPath() const;
    bool isReadOnly() const { return m_readOnly; }
    // Why the library is read-only, for the user; empty when writable.
    QString readOnlyReason() const { return m_readOnlyReason; }

    SqliteDatabase &database() { return m_db; }
    Catalog &catalog() { return m_catalog; }
    const ContentStore &store() const { return m_store; }

    // Copies of the catalog in dir's backups/ folder, newest first (also when the catalog is damaged).
    static QList<CatalogBackup::Info> backups(const QString &dir) { return CatalogBackup::list(QDir(dir).absolutePath()); }
    // Puts a backup in place of dir's catalog (the library must not be open); the replaced catalog
    // is kept beside it. Open the library again afterwards.
    static bool restoreBackup(const QString &dir, const QString &backupPath, QString *error)
    {
        return CatalogBackup::restore(QDir(dir).absolutePath(), backupPath, error);
    }
    // A backup of the open catalog now (after an import); returns its path or empty and the reason.
    QString backupCatalog(QString *error) { return CatalogBackup::create(m_db, m_path, error); }

    // Another connection to the same catalog, for a worker thread (one connection per thread).
    std::unique_ptr<SqliteDatabase> openConnection(QString *error) const;

private:
    Library(const QString &path);
    SqliteDatabase::Mode connectionMode() const;

    QString m_path;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    SqliteDatabase m_db;
    Catalog m_catalog;
    ContentStore m_store;
};
