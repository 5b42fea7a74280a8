#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class SqliteDatabase;

// Copies of a library's catalog in <library>/backups/catalog-<UTC time>.db, made with SQLite's
// online backup API (a consistent snapshot even while the catalog is in use). The library makes one
// after every import that changed the catalog and before migrating it; the newest Keep are kept.
// A damaged catalog is never repaired in place: restore() puts a checked backup in its stead.
class CatalogBackup
{
    Q_DECLARE_TR_FUNCTIONS(CatalogBackup)

public:
    static constexpr int Keep = 3;

    struct Info
    {
        QString path;
        QDateTime created; // UTC, from the file name
        qint64 size = 0;
    };

    static QString folder(const QString &libraryDir);
    // Snapshots the catalog open in db into the library's backup folder, then removes the oldest
    // beyond Keep. Returns the backup's path, or an empty string and the reason.
    static QString create(SqliteDatabase &db, const QString &libraryDir, QString *error);
    // The library's backups, newest first.
    static QList<Info> list(const QString &libraryDir);
    // Replaces the library's catalog by the backup after checking it (SQLite header, quick_check).
    // The replaced catalog is kept beside it as catalog.db.replaced-<time>, never deleted. The
    // library must not be open.
    static bool restore(const QString &libraryDir, const QString &backupPath, QString *error);
    // Empty when the file is a readable SQLite database passing quick_check; otherwise the reason
    // (a phrase for "The backup … cannot be used: <reason>").
    static QString verify(const QString &databasePath);
};
