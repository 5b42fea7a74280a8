#include "core/extract/ExtractionClient.h"
#include "core/import/ExtractionQueue.h"

#include <QThreadPool>
#include <QtTest>
#include <atomic>

// The import's extraction queue through the real srtoolbox-extract worker, whose test hook
// (srtoolbox-extract-testhooks) makes a file named __hang__ never answer: it stands for a long PDF.
class TestExtractionQueue : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_worker;

    QString writeText(const QString &name, const QString &text)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static ExtractionQueue::Item item(int ordinal, const QString &path)
    {
        ExtractionQueue::Item i;
        i.ordinal = ordinal;
        i.path = QFileInfo(path).fileName();
        i.format = DocumentFormat::Text;
        return i;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_worker = QStringLiteral(SRT_TESTHOOK_WORKER);
        QVERIFY2(QFileInfo(m_worker).isExecutable(), "build the srtoolbox-extract-testhooks target");
    }

    // A slow file first in the pack holds up only its own worker: the files behind it come back
    // as soon as they are done (taken in submission order, all three would wait for the slow one).
    void finishedFilesComeBackFirst()
    {
        const QString slow = writeText(QStringLiteral("a__hang__.txt"), QStringLiteral("x"));
        ExtractionClient client(m_worker, 2, 3, 0);
        QThreadPool pool;
        pool.setMaxThreadCount(2);
        ExtractionQueue queue(pool, &client, {}, 6);
        queue.submit(item(0, slow), slow);
        for (int i = 1; i <= 3; ++i) {
            const QString path
                = writeText(QStringLiteral("notiz%1.txt").arg(i), QStringLiteral("Notiz %1").arg(i));
            queue.submit(item(i, path), path);
        }
        QSet<int> fast;
        for (int i = 0; i < 3; ++i) {
            const std::optional<ExtractionQueue::Result> r = queue.take();
            QVERIFY(r);
            QCOMPARE(r->failure, ExtractionClient::Failure::None);
            QCOMPARE(r->extraction.pages, QStringList { QStringLiteral("Notiz %1").arg(r->item.ordinal) });
            fast.insert(r->item.ordinal);
        }
        QCOMPARE(fast, (QSet<int> { 1, 2, 3 }));
        const std::optional<ExtractionQueue::Result> last = queue.take();
        QVERIFY(last);
        QCOMPARE(last->item.ordinal, 0);
        QCOMPARE(last->failure, ExtractionClient::Failure::TimedOut);
        QVERIFY(queue.isEmpty());
    }

    // The bound counts files submitted and not taken back, finished or not: the reader of the pack
    // waits while it is reached, so extracted text never piles up.
    void boundCountsUntakenResults()
    {
        QThreadPool pool;
        pool.setMaxThreadCount(2);
        ExtractionQueue queue(pool, nullptr, {}, 2); // in this process
        const QString a = writeText(QStringLiteral("eins.txt"), QStringLiteral("Eins"));
        const QString b = writeText(QStringLiteral("zwei.txt"), QStringLiteral("Zwei"));
        queue.submit(item(0, a), a);
        QVERIFY(!queue.full());
        queue.submit(item(1, b), b);
        QVERIFY(queue.full());
        QTRY_VERIFY(pool.waitForDone(0)); // both finished, neither taken
        QVERIFY(queue.full());
        QVERIFY(queue.takeFinished());
        QVERIFY(!queue.full());
        QVERIFY(queue.takeFinished());
        QVERIFY(queue.isEmpty());
        QVERIFY(!queue.takeFinished());
    }

    // A cancelled import does not wait for a long file before it rolls back.
    void cancelStopsTheWait()
    {
        const QString slow = writeText(QStringLiteral("b__hang__.txt"), QStringLiteral("x"));
        ExtractionClient client(m_worker, 1, 2, 0);
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        ExtractionQueue queue(pool, &client, {}, 4);
        queue.submit(item(0, slow), slow);
        const std::atomic_bool cancel { true };
        QVERIFY(!queue.take(&cancel));
        QVERIFY(!queue.isEmpty());
        queue.discardAll(); // waits for the worker's time limit
        QVERIFY(queue.isEmpty());
        QVERIFY(!queue.takeFinished());
    }
};

QTEST_GUILESS_MAIN(TestExtractionQueue)
#include "TestExtractionQueue.moc"
