#include "core/library/SqliteDatabase.h"

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
};

QTEST_GUILESS_MAIN(TestSqliteDatabase)
#include "TestSqliteDatabase.moc"
