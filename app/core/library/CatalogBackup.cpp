#include "core/library/CatalogBackup.h"

#include "core/library/Library.h"
#include "core/library/SqliteDatabase.h"
#include "core/platform/DirHandle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <sqlite3.h>

namespace {
const QString TimeFormat = QStringLiteral("yyyyMMdd-HHmmsszzz");

QString sqliteMessage(sqlite3 *db, int rc)
{
    // The backup's own errors (the source busy or locked) are not stored in the destination.
    return db && (sqlite3_errcode(db) & 0xff) == (rc & 0xff) ? QString::fromUtf8(sqlite3_errmsg(db))
                                                             : QString::fromUtf8(sqlite3_errstr(rc));
}

// Copies from into the file at path (created) with the online backup API.
bool backupInto(sqlite3 *from, const QString &path, QString *error)
{
    sqlite3 *to = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOFOLLOW, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
        if (!backup) {
            rc = sqlite3_errcode(to);
        } else {
            // All pages in one step: the source is read inside one read transaction, so the copy is
            // a consistent snapshot; memory stays at SQLite's page cache, not the catalog's size.
            rc = sqlite3_backup_step(backup, -1);
            const int finish = sqlite3_backup_finish(backup);
            rc = rc == SQLITE_DONE ? finish : rc;
        }
    }
    if (rc != SQLITE_OK && error) {
        // The source's message when reading it failed (a damaged page), else the copy's.
        const int sourceCode = sqlite3_errcode(from);
        *error = sourceCode != SQLITE_OK && sourceCode != SQLITE_DONE && sourceCode != SQLITE_ROW
            ? sqliteMessage(from, sourceCode)
            : sqliteMessage(to, rc);
        if (error->isEmpty() || *error == QLatin1String("not an error"))
            *error = QString::fromUtf8(sqlite3_errstr(rc));
    }
    sqlite3_close(to);
    return rc == SQLITE_OK;
}
} // namespace

QString CatalogBackup::folder(const QString &libraryDir)
{
    return libraryDir + QStringLiteral("/backups");
}

QString CatalogBackup::create(SqliteDatabase &db, const QString &libraryDir, QString *error)
{
    // The folder is opened without following links, and what is removed in it goes by unlinkat:
    // a backups/ that is a link never makes pruning delete another folder's files.
    QString message;
    const DirHandle dir = DirHandle::open(libraryDir, &message).makeDir(QStringLiteral("backups"), &message);
    if (!dir.isValid()) {
        if (error)
            *error = tr("Cannot create the backup folder %1: %2").arg(folder(libraryDir), message);
        return {};
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString name = QStringLiteral("catalog-%1.db").arg(now.toString(TimeFormat));
    // Written under a temporary name and renamed: a backup interrupted by a crash is never listed.
    const QString temporary = name + QStringLiteral(".part");
    dir.remove(temporary);
    if (!backupInto(db.handle(), dir.pathOf(temporary), &message) || !dir.rename(temporary, dir, name, false, &message)) {
        dir.remove(temporary);
        if (error)
            *error = tr("Cannot back up the catalog to %1: %2").arg(dir.pathOf(name), message);
        return {};
    }
    // A catalog damaged unnoticed would otherwise push the last good backups out, one per import.
    const QString problem = verify(dir.pathOf(name));
    if (!problem.isEmpty()) {
        dir.remove(name);
        if (error)
            *error = tr("The catalog was not backed up: the copy fails the integrity check (%1). The "
                        "earlier backups in %2 are kept.")
                         .arg(problem, folder(libraryDir));
        return {};
    }
    const QList<Info> all = list(libraryDir);
    for (qsizetype i = Keep; i < all.size(); ++i)
        dir.remove(QFileInfo(all.at(i).path).fileName());
    // Leftovers of interrupted backups.
    for (const QString &entry : dir.entries()) {
        if (entry.startsWith(QLatin1String("catalog-")) && entry.endsWith(QLatin1String(".db.part")) && entry != temporary)
            dir.remove(entry);
    }
    return dir.pathOf(name);
}

QList<CatalogBackup::Info> CatalogBackup::list(const QString &libraryDir)
{
    QList<Info> backups;
    const QDir dir(folder(libraryDir));
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("catalog-*.db")}, QDir::Files | QDir::NoSymLinks, QDir::Name | QDir::Reversed);
    for (const QFileInfo &file : files) {
        Info info;
        info.path = file.absoluteFilePath();
        info.created = QDateTime::fromString(file.completeBaseName().mid(8), TimeFormat);
        info.created.setTimeSpec(Qt::UTC);
        info.size = file.size();
        if (info.created.isValid())
            backups.append(info);
    }
    return backups;
}

QString CatalogBackup::verify(const QString &databasePath)
{
    QFile file(databasePath);
    if (!file.open(QIODevice::ReadOnly))
        return tr("unreadable: %1").arg(file.errorString());
    if (file.read(16) != QByteArray("SQLite format 3", 16))
        return tr("not an SQLite database");
    file.close();
    sqlite3 *db = nullptr;
    // Immutable: a backup is never written, and a plain read-only open of a WAL-mode file wants to
    // create its -shm beside it, which fails in a read-only folder and reads as a damaged backup.
    const QByteArray uri
        = QUrl::fromLocalFile(QFileInfo(databasePath).absoluteFilePath()).toEncoded() + "?immutable=1";
    int rc = sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOFOLLOW, nullptr);
    QString problem;
    if (rc == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        rc = sqlite3_prepare_v2(db, "PRAGMA quick_check(1)", -1, &stmt, nullptr);
        if (rc == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW) {
            const auto *result = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
            if (!result || qstrcmp(result, "ok") != 0)
                problem = tr("the integrity check failed: %1").arg(QString::fromUtf8(result ? result : ""));
        } else {
            problem = tr("the integrity check failed: %1").arg(sqliteMessage(db, rc));
        }
        sqlite3_finalize(stmt);
        stmt = nullptr;
        // Any SQLite file passes the checks above; a catalog carries its schema version.
        if (problem.isEmpty() && sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, nullptr) == SQLITE_OK
            && sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_int(stmt, 0) <= 0)
            problem = tr("not a catalog (it has no schema version)");
        sqlite3_finalize(stmt);
    } else {
        problem = tr("SQLite cannot open it: %1").arg(sqliteMessage(db, rc));
    }
    sqlite3_close(db);
    return problem;
}

bool CatalogBackup::restore(const QString &libraryDir, const QString &backupPath, QString *error)
{
    const QString problem = verify(backupPath);
    if (!problem.isEmpty()) {
        if (error)
            *error = tr("The backup %1 cannot be used: %2.").arg(backupPath, problem);
        return false;
    }
    const QString catalog = libraryDir + QLatin1Char('/') + Library::catalogFileName();
    const QString temporary = catalog + QStringLiteral(".restoring");
    QFile::remove(temporary);
    QFile source(backupPath);
    if (!source.copy(temporary)) {
        if (error)
            *error = tr("Cannot copy the backup %1 into the library %2: %3").arg(backupPath, libraryDir, source.errorString());
        return false;
    }
    // The replaced catalog and its WAL stay beside the library: what is damaged may still be
    // worth rescuing, and restoring must never destroy data.
    const QString stamp = QDateTime::currentDateTimeUtc().toString(TimeFormat);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile current(catalog + suffix);
        if (current.exists() && !current.rename(catalog + QStringLiteral(".replaced-%1").arg(stamp) + suffix)) {
            QFile::remove(temporary);
            if (error)
                *error = tr("Cannot move the catalog %1 aside: %2").arg(catalog + suffix, current.errorString());
            return false;
        }
    }
    QFile restored(temporary);
    if (!restored.rename(catalog)) {
        if (error)
            *error = tr("Cannot put the backup in place of %1: %2").arg(catalog, restored.errorString());
        return false;
    }
    return true;
}
