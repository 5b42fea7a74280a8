#pragma once

#include <QCoreApplication>
#include <QString>

class SqliteDatabase;

// Brings a catalog to the newest schema. The schema version lives in PRAGMA user_version; the
// migrations are the files NNN_name.sql of a folder (the ":/migrations" resource by default), each
// applied in its own transaction. A catalog newer than the program knows is refused, never touched.
class SchemaMigrator
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrator)

public:
    explicit SchemaMigrator(QString migrationsDir = QStringLiteral(":/migrations"));

    int latestVersion() const;
    static int currentVersion(SqliteDatabase &db);
    // True when the catalog is at the latest version afterwards.
    bool migrate(SqliteDatabase &db, QString *error) const;
    // True when the catalog can be read by this program without changes (read-only opening).
    bool isCurrent(SqliteDatabase &db, QString *error) const;

private:
    struct Migration
    {
        int version;
        QString path;
    };
    QList<Migration> migrations() const;

    QString m_dir;
};
