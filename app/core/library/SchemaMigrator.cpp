#include "core/library/SchemaMigrator.h"

#include "core/library/SqliteDatabase.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

SchemaMigrator::SchemaMigrator(QString migrationsDir)
    : m_dir(std::move(migrationsDir))
{
}

QList<SchemaMigrator::Migration> SchemaMigrator::migrations() const
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)_.*\\.sql$"));
    QList<Migration> result;
    const QStringList names = QDir(m_dir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const auto match = pattern.match(name);
        if (match.hasMatch())
            result.append({match.captured(1).toInt(), QDir(m_dir).filePath(name)});
    }
    std::sort(result.begin(), result.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return result;
}

int SchemaMigrator::latestVersion() const
{
    const auto all = migrations();
    return all.isEmpty() ? 0 : all.last().version;
}

int SchemaMigrator::currentVersion(SqliteDatabase &db)
{
    return db.scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

bool SchemaMigrator::isCurrent(SqliteDatabase &db, QString *error) const
{
    const int current = currentVersion(db);
    const int latest = latestVersion();
    if (current == latest)
        return true;
    if (error) {
        *error = current > latest
            ? tr("The catalog uses schema version %1, but this program only knows versions up to %2. "
                 "It was written by a newer Smart Region Toolbox and was left unchanged; please update the program.")
                  .arg(current)
                  .arg(latest)
            : tr("The catalog uses the older schema version %1 and must be upgraded to version %2, "
                 "which needs write access.")
                  .arg(current)
                  .arg(latest);
    }
    return false;
}

bool SchemaMigrator::migrate(SqliteDatabase &db, QString *error) const
{
    const int current = currentVersion(db);
    const int latest = latestVersion();
    if (current > latest)
        return isCurrent(db, error);
    for (const Migration &migration : migrations()) {
        if (migration.version <= current)
            continue;
        QFile file(migration.path);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("Cannot read the schema migration %1.").arg(migration.path);
            return false;
        }
        const QString sql = QString::fromUtf8(file.readAll());
        SqliteTransaction transaction(db);
        QString sqlError;
        if (!transaction.isActive() || !db.exec(sql, &sqlError)
            || !db.exec(QStringLiteral("PRAGMA user_version=%1").arg(migration.version), &sqlError)
            || !transaction.commit(&sqlError)) {
            if (error)
                *error = tr("Upgrading the catalog to schema version %1 failed: %2")
                             .arg(migration.version)
                             .arg(sqlError.isEmpty() ? db.lastError() : sqlError);
            return false;
        }
    }
    return true;
}
