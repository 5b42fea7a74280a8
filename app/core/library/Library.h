#pragma once

#include "library/Catalog.h"
#include "library/ContentStore.h"
#include "library/SqliteDatabase.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

// A library is a folder: catalog.db (SQLite, WAL) and files/ (the content store). Opening creates a
// missing library, migrates an older catalog, refuses a newer one, and falls back to read-only when
// the folder cannot be written (a library published on a file share).
class Library
{
    Q_DECLARE_TR_FUNCTIONS(Library)

public:
    struct OpenOptions
    {
        bool readOnly = false; // open read-only even where writing would be possible
        bool create = true;    // create the folder and catalog when missing
    };

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
