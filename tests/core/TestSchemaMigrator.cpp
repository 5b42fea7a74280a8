#include "TestLibraryHelpers.h"
#include "core/library/SchemaMigrator.h"
#include "core/library/SqliteDatabase.h"

#include <QTemporaryDir>
#include <QTest>

class TestSchemaMigrator : public QObject
{
    Q_OBJECT

private slots:
    void bundledMigrationsCreateTheSchema()
    {
        SqliteDatabase db;
        QVERIFY(db.openInMemory(nullptr));
        SchemaMigrator migrator;
        QVERIFY(migrator.latestVersion() >= 1);
        QString error;
        QVERIFY2(migrator.migrate(db, &error), qPrintable(error));
        QCOMPARE(SchemaMigrator::currentVersion(db), migrator.latestVersion());
        for (const char *table : {"documents", "packs", "pack_entries", "document_text", "tags", "document_tags"})
            QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = ?1"), {QString::fromLatin1(table)}).toInt(), 1);
        // Running it again changes nothing.
        QVERIFY(migrator.migrate(db, &error));
        QVERIFY(migrator.isCurrent(db, &error));
    }

    void appliesMigrationsForwardInOrder()
    {
        QTemporaryDir dir;
        TestHelpers::writeFile(dir.path(), QStringLiteral("001_first.sql"), "CREATE TABLE a (x INTEGER);");
        SqliteDatabase db;
        QVERIFY(db.openInMemory(nullptr));
        QString error;
        QVERIFY(SchemaMigrator(dir.path()).migrate(db, &error));
        db.exec(QStringLiteral("INSERT INTO a VALUES (41)"));
        QCOMPARE(SchemaMigrator::currentVersion(db), 1);

        // A newer program brings two more migrations; the data survives them.
        TestHelpers::writeFile(dir.path(), QStringLiteral("002_second.sql"), "ALTER TABLE a ADD COLUMN y TEXT; UPDATE a SET y = 'zwei';");
        TestHelpers::writeFile(dir.path(), QStringLiteral("010_third.sql"), "UPDATE a SET x = x + 1;");
        TestHelpers::writeFile(dir.path(), QStringLiteral("README.txt"), "not a migration");
        SchemaMigrator newer(dir.path());
        QCOMPARE(newer.latestVersion(), 10);
        QVERIFY(!newer.isCurrent(db, &error));
        QVERIFY2(newer.migrate(db, &error), qPrintable(error));
        QCOMPARE(SchemaMigrator::currentVersion(db), 10);
        QCOMPARE(db.scalar(QStringLiteral("SELECT x || y FROM a")).toString(), QStringLiteral("42zwei"));
    }

    void failedMigrationLeavesTheCatalogAsItWas()
    {
        QTemporaryDir dir;
        TestHelpers::writeFile(dir.path(), QStringLiteral("001_first.sql"), "CREATE TABLE a (x INTEGER);");
        TestHelpers::writeFile(dir.path(), QStringLiteral("002_broken.sql"), "CREATE TABLE b (y); THIS IS NOT SQL;");
        SqliteDatabase db;
        QVERIFY(db.openInMemory(nullptr));
        QString error;
        QVERIFY(!SchemaMigrator(dir.path()).migrate(db, &error));
        QVERIFY(error.contains(QStringLiteral("2")));
        QCOMPARE(SchemaMigrator::currentVersion(db), 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'b'")).toInt(), 0);
    }

    void refusesANewerSchema()
    {
        SqliteDatabase db;
        QVERIFY(db.openInMemory(nullptr));
        const SchemaMigrator migrator;
        const int future = migrator.latestVersion() + 5;
        db.exec(QStringLiteral("CREATE TABLE keep (x); PRAGMA user_version = %1").arg(future));
        QString error;
        QVERIFY(!migrator.migrate(db, &error));
        QVERIFY2(error.contains(QString::number(future)), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("newer")));
        QCOMPARE(SchemaMigrator::currentVersion(db), future); // untouched
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'documents'")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSchemaMigrator)
#include "TestSchemaMigrator.moc"
