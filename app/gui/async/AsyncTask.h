#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent>

#include <memory>
#include <type_traits>
#include <utility>

// Work for the thread pool whose result belongs to an object on the GUI thread (after KeePassXC's
// AsyncTask). The task runs on a worker thread and must not touch the context: the context may be
// going away meanwhile. The callback runs on the context's thread with the result, and not at all
// when the context was destroyed first. An owner whose tasks use its members (connections, cancel
// flags) waits for them before those members go (MainWindow's destructor waits for the pool).
namespace AsyncTask {

template<typename Task, typename Callback>
void runThenCallback(QObject *context, Task &&task, Callback &&callback)
{
    using Result = std::invoke_result_t<std::decay_t<Task>>;
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, callback = std::forward<Callback>(callback)]() mutable {
                         watcher->deleteLater();
                         callback(watcher->result());
                     });
    watcher->setFuture(QtConcurrent::run(std::forward<Task>(task)));
}

// Requests of one kind where only the newest counts (the rows of a search, the shown document's
// page): a result arrives only if no newer request of the kind was started after it. A request
// that outlives what it was for would otherwise paint over the newer one.
class LatestRequest
{
public:
    explicit LatestRequest(QObject *context)
        : m_context(context)
    {
    }

    // A request that supersedes every earlier one: their results are dropped.
    template<typename Task, typename Callback> void start(Task &&task, Callback &&callback)
    {
        supersede();
        add(std::forward<Task>(task), std::forward<Callback>(callback));
    }

    // A request that belongs to the latest one (a further page of the same search, the text of the
    // shown document): superseded along with it, superseding nothing.
    template<typename Task, typename Callback> void add(Task &&task, Callback &&callback)
    {
        runThenCallback(m_context, std::forward<Task>(task),
                        [latest = m_latest, ticket = *m_latest,
                         callback = std::forward<Callback>(callback)](auto &&result) mutable {
                            if (*latest == ticket)
                                callback(std::forward<decltype(result)>(result));
                        });
    }

    // Drops the results of the requests in flight (what they were for has left the screen).
    void supersede() { ++*m_latest; }

private:
    QObject *m_context;
    // Shared with the callbacks in flight, so a check never reads a destroyed counter.
    std::shared_ptr<quint64> m_latest = std::make_shared<quint64>(0);
};

} // namespace AsyncTask
