#include "core/library/SqliteDatabase.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// What a connection keeps for its callers: state typed by its caller, one object per type, gone
// when the connection closes.
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
