#include "gui/async/AsyncTask.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <memory>

// The pool job idiom of the window, the preview and the import/export controllers: the result
// reaches the context on its thread; a gone context or a superseded request drops it.
class TestAsyncTask : public QObject
{
    Q_OBJECT

private slots:
    void theResultArrivesOnTheContextsThread()
    {
        QObject context;
        QThread *worker = nullptr;
        QThread *delivered = nullptr;
        int result = 0;
        AsyncTask::runThenCallback(
            &context,
            [&worker] {
                worker = QThread::currentThread();
                return 42;
            },
            [&](int value) {
                delivered = QThread::currentThread();
                result = value;
            });
        QTRY_COMPARE(result, 42);
        QVERIFY(worker != QThread::currentThread());
        QCOMPARE(delivered, QThread::currentThread());
    }

    void aGoneContextDropsTheResult()
    {
        QSemaphore started, release;
        bool called = false;
        auto context = std::make_unique<QObject>();
        AsyncTask::runThenCallback(
            context.get(),
            [&] {
                started.release();
                release.acquire(); // still running while the context goes
                return 1;
            },
            [&called](int) { called = true; });
        started.acquire();
        context.reset();
        release.release();
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(!called);
    }

    void aNewerRequestSupersedesTheOlderOne()
    {
        QObject context;
        AsyncTask::LatestRequest latest(&context);
        QSemaphore releaseOld;
        QList<int> shown;
        latest.start(
            [&releaseOld] {
                releaseOld.acquire(); // the older request finishes last
                return 1;
            },
            [&shown](int value) { shown.append(value); });
        latest.start([] { return 2; }, [&shown](int value) { shown.append(value); });
        QTRY_COMPARE(shown, QList<int>({ 2 }));
        releaseOld.release();
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        QCOMPARE(shown, QList<int>({ 2 }));
    }

    void anAddedRequestBelongsToTheLatest()
    {
        QObject context;
        AsyncTask::LatestRequest latest(&context);
        QList<int> shown;
        latest.start([] { return 1; }, [&shown](int value) { shown.append(value); });
        latest.add([] { return 2; }, [&shown](int value) { shown.append(value); }); // e.g. the facets
        QTRY_COMPARE(shown.size(), 2);
        QVERIFY(shown.contains(1) && shown.contains(2));

        // One added after a newer start is superseded with the request it belonged to ...
        QSemaphore release;
        latest.add(
            [&release] {
                release.acquire();
                return 3;
            },
            [&shown](int value) { shown.append(value); });
        latest.start([] { return 4; }, [&shown](int value) { shown.append(value); });
        QTRY_VERIFY(shown.contains(4));
        release.release();
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        QVERIFY(!shown.contains(3));

        // ... and supersede() drops everything in flight (the pane was cleared).
        QSemaphore releaseLast;
        latest.add(
            [&releaseLast] {
                releaseLast.acquire();
                return 5;
            },
            [&shown](int value) { shown.append(value); });
        latest.supersede();
        releaseLast.release();
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        QVERIFY(!shown.contains(5));
    }
};

QTEST_MAIN(TestAsyncTask)
#include "TestAsyncTask.moc"
