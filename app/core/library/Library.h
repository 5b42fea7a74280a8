#pragma once

#include "core/library/Catalog.h"
#include "core/library/CatalogBackup.h"
#include "core/library/CatalogDamage.h"
#include "core/library/ContentStore.h"
#include "core/library/DerivedFiles.h"
#include "core/library/LibraryLock.h"
#include "core/library/PublishedFolder.h"
#include "core/library/SqliteDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QString>
#include <memory>

// A library is a folder: catalog.db (SQLite, WAL), files/ (the content store), derived/ (PDFs made
// of office files, DerivedFiles) and backups/ (copies of the catalog, see CatalogBackup). Opening
// creates a missing library, migrates an older catalog (after backing it up), refuses a newer one,
// and falls back to read-only when the folder cannot be written (a library published on a file share). A damaged catalog is refused with
// OpenError::Kind::CatalogCorrupt and left untouched: never recreated, never "repaired"; the caller
// offers backups() and restoreBackup(). Damage met later, by any connection, is kept in damage().
// A writable library has one writer at a time (LibraryLock); a second writer opens it read-only,
// with the holder named in readOnlyReason().
// A published library (PublishedFolder, written by Publisher) is opened at its current version,
// read-only and immutable: nothing is written to the share but the reader's lease, where it can be.
class Library
{
    Q_DECLARE_TR_FUNCTIONS(Library)

public:
    struct OpenOptions
    {
        bool readOnly = false; // open read-only even where writing would be possible
        bool create = true;    // create the folder and catalog when missing
        // Take the writer lock (and finish interrupted imports). Readers (the command line's read
        // commands) open without it; a writer finding the lock held gets a read-only library.
        bool writer = true;
        // Run PRAGMA quick_check at opening when the catalog is at most this big (0: never). It
        // reads the whole file, so large catalogs rely on the errors met while reading instead.
        qint64 quickCheckUpTo = 0;
        // The user's PersonalOverlay, attached read-only to every connection for the search
        // (meine:, tag:); empty or a missing file: none.
        QString personal;
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
    // The version read from a published library; empty for a working library.
    QString publishedVersion() const { return m_publishedVersion; }
    bool isPublished() const { return !m_publishedVersion.isEmpty(); }
    // Keeps this reader's lease on the version alive (the window calls it every few minutes).
    void renewLease()
    {
        if (m_lease)
            m_lease->renew();
    }
    bool isReadOnly() const { return m_readOnly; }
    // Why the library is read-only, for the user; empty when writable.
    QString readOnlyReason() const { return m_readOnlyReason; }

    SqliteDatabase &database() { return m_db; }
    Catalog &catalog() { return m_catalog; }
    const ContentStore &store() const { return m_store; }
    // Files made from stored files (the PDFs of office documents), in derived/.
    const DerivedFiles &derived() const { return m_derived; }

    // Copies of the catalog in dir's backups/ folder, newest first (also when the catalog is damaged).
    static QList<CatalogBackup::Info> backups(const QString &dir) { return CatalogBackup::list(QDir(dir).absolutePath()); }
    // Puts a backup in place of dir's catalog (the library must not be open); the replaced catalog
    // is kept beside it. Open the library again afterwards.
    // Needs the writer lock and a writable folder.
    static bool restoreBackup(const QString &dir, const QString &backupPath, QString *error);
    // A backup of the open catalog now (after an import); returns its path or empty and the reason.
    QString backupCatalog(QString *error) { return CatalogBackup::create(m_db, m_path, error); }

    // Another connection to the same catalog, for a worker thread (one connection per thread).
    std::unique_ptr<SqliteDatabase> openConnection(QString *error) const;

    // Why the catalog is damaged (a corruption error any connection met, or a failed quick_check);
    // empty while nothing was found. Thread-safe.
    QString damage() const { return m_damage->reason(); }
    // The user's message for damage(): what is damaged and the way out (restore a backup).
    QString damageMessage() const;
    // Called once, on the thread that met it, when damage is first found.
    void setDamageListener(std::function<void(const QString &reason)> listener)
    {
        m_damage->setListener(std::move(listener));
    }
    // PRAGMA quick_check on a connection of its own (for a background check); empty when it passes.
    QString quickCheck() const;

private:
    Library(const QString &path);
    SqliteDatabase::Mode connectionMode() const;
    void attachPersonal(SqliteDatabase &db) const;

    bool openPublished(OpenError *error);
    // The steps of opening a working library, in order; each failing one fills *error.
    bool openWorking(const OpenOptions &options, OpenError *error);
    bool checkFolder(const OpenOptions &options, bool *exists, OpenError *error) const;
    void chooseAccess(const OpenOptions &options, bool exists);
    bool openCatalog(const OpenOptions &options, bool exists, OpenError *error);
    QString unreadableTable();
    bool migrateSchema(bool exists, OpenError *error);
    void finishInterruptedWork();

    QString m_path;
    QString m_catalogPath; // <path>/catalog.db, or the version's catalog of a published library
    QString m_publishedVersion;
    QString m_personalPath;
    std::unique_ptr<ReaderLease> m_lease;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    std::unique_ptr<LibraryLock> m_lock;
    std::shared_ptr<CatalogDamage> m_damage = std::make_shared<CatalogDamage>();
    SqliteDatabase m_db;
    Catalog m_catalog;
    ContentStore m_store;
    DerivedFiles m_derived;
};
