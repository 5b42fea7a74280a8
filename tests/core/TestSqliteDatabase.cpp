#include "core/library/SqliteDatabase.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

namespace {
// The compiled statements the connection holds (SQLite's own list of them).
QList<sqlite3_stmt *> compiled(const SqliteDatabase &db)
{
    QList<sqlite3_stmt *> result;
    for (sqlite3_stmt *s = sqlite3_next_stmt(db.handle(), nullptr); s; s = sqlite3_next_stmt(db.handle(), s))
        result.append(s);
    return result;
}
} // namespace

// What a connection keeps for its callers: state typed by its caller, one object per type, gone
// when the connection closes; compiled statements, reused by the next prepare() of the same SQL.
class TestSqliteDatabase : public QObject
{
    Q_OBJECT

    struct Counter
    {
        int count = 0;
    };
    struct OtherCounter
    {
        int count = 0;
    };

private slots:
    void stateIsKeptPerTypeUntilClose()
    {
        SqliteDatabase db;
        QString error;
        QVERIFY2(db.openInMemory(&error), qPrintable(error));
        QCOMPARE(db.state<Counter>().count, 0); // made on first use
        db.state<Counter>().count = 3;
        QCOMPARE(db.state<Counter>().count, 3);
        QCOMPARE(db.state<OtherCounter>().count, 0); // another caller's state is its own
        db.close();
        QCOMPARE(db.state<Counter>().count, 0);
    }

    // A statement prepared again is the one compiled before (an import prepares the same few dozen
    // for every file; compiling them each time was a fifth of its time), reset and without the
    // values bound last time.
    void statementIsCompiledOncePerConnection()
    {
        SqliteDatabase db;
        QString error;
        QVERIFY2(db.openInMemory(&error), qPrintable(error));
        const QString sql = QStringLiteral("SELECT ?1");
        {
            SqliteStatement first = db.prepare(sql);
            first.bind(1, qint64(5));
            QVERIFY(first.next());
            QCOMPARE(first.integer(0), 5);
        }
        const QList<sqlite3_stmt *> kept = compiled(db);
        QCOMPARE(kept.size(), 1);
        QVERIFY(!sqlite3_stmt_busy(kept.first())); // reset: it holds no read transaction
        SqliteStatement again = db.prepare(sql);
        QVERIFY(compiled(db) == kept);
        QVERIFY(again.next());
        QVERIFY(again.isNull(0)); // the old binding is gone
    }

    // The same SQL in use twice at once gets two statements that do not disturb each other.
    void statementInUseIsNotHandedOutTwice()
    {
        SqliteDatabase db;
        QString error;
        QVERIFY2(db.openInMemory(&error), qPrintable(error));
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (x); INSERT INTO t VALUES (1), (2), (3);")));
        const QString sql = QStringLiteral("SELECT x FROM t WHERE x >= ?1 ORDER BY x");
        SqliteStatement outer = db.prepare(sql);
        outer.bind(1, qint64(1));
        QList<qint64> pairs;
        while (outer.next()) {
            SqliteStatement inner = db.prepare(sql);
            inner.bind(1, outer.integer(0));
            while (inner.next())
                pairs.append(outer.integer(0) * 10 + inner.integer(0));
        }
        QVERIFY(!outer.failed());
        QCOMPARE(pairs, (QList<qint64> { 11, 12, 13, 22, 23, 33 }));
    }

    // The cache is bounded; statements outliving close() (or a reopened connection) are finalized,
    // not returned to a connection that is gone.
    void cacheIsBoundedAndEndsWithTheConnection()
    {
        SqliteDatabase db;
        QString error;
        QVERIFY2(db.openInMemory(&error), qPrintable(error));
        for (int i = 0; i < 3 * SqliteDatabase::CachedStatements; ++i)
            QCOMPARE(db.scalar(QStringLiteral("SELECT %1").arg(i)).toInt(), i);
        QCOMPARE(compiled(db).size(), SqliteDatabase::CachedStatements);
        SqliteStatement held = db.prepare(QStringLiteral("SELECT 1"));
        QVERIFY(held.isValid());
        QVERIFY2(db.openInMemory(&error), qPrintable(error)); // closes the first connection
        QVERIFY(compiled(db).isEmpty());
        QVERIFY(held.next()); // still usable: SQLite keeps its connection until it is finalized
        held = SqliteStatement();
        QVERIFY(compiled(db).isEmpty());
        QCOMPARE(db.scalar(QStringLiteral("SELECT 1")).toInt(), 1);
        QCOMPARE(compiled(db).size(), 1);
    }

    // After adviseRandomAccess() the catalog's memory map is advised for random access ("rr" in
    // the mapping's VmFlags): the kernel then reads a missing page alone instead of several MB
    // around it. Before, a one-shot search with the page cache dropped read the whole catalog.
    void memoryMapIsAdvisedForRandomAccess()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("catalog.db"));
        SqliteDatabase::adviseRandomAccess();
        SqliteDatabase db;
        QString error;
        QVERIFY2(db.open(path, SqliteDatabase::Mode::ReadWrite, &error), qPrintable(error));
        // Checkpointed: pages still in the write-ahead log are read from there, not from the map.
        QVERIFY2(db.exec(QStringLiteral("CREATE TABLE t (x); INSERT INTO t VALUES (randomblob(100000)); "
                                        "PRAGMA wal_checkpoint(TRUNCATE);"),
                         &error),
                 qPrintable(error));
        QCOMPARE(db.scalar(QStringLiteral("SELECT length(x) FROM t")).toInt(), 100000);
        // The mapping of the file and its VmFlags line, from /proc/self/smaps.
        QFile smaps(QStringLiteral("/proc/self/smaps"));
        QVERIFY(smaps.open(QIODevice::ReadOnly | QIODevice::Text));
        static const QRegularExpression header(QStringLiteral("^[0-9a-f]+-[0-9a-f]+ "));
        bool mapped = false, advised = false, inMapping = false;
        for (const QString &line : QString::fromUtf8(smaps.readAll()).split(QLatin1Char('\n'))) {
            if (header.match(line).hasMatch()) {
                inMapping = line.endsWith(path);
                mapped = mapped || inMapping;
            } else if (inMapping && line.startsWith(QLatin1String("VmFlags:"))) {
                advised = advised || line.split(QLatin1Char(' ')).contains(QLatin1String("rr"));
            }
        }
        QVERIFY(mapped);
        QVERIFY(advised);
    }
};

QTEST_GUILESS_MAIN(TestSqliteDatabase)
#include "TestSqliteDatabase.moc"
