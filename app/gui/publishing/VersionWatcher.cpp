#include "gui/publishing/VersionWatcher.h"

#include "core/library/Library.h"
#include "core/library/PublishedFolder.h"
#include "gui/async/AsyncTask.h"

#include <QTimer>

VersionWatcher::VersionWatcher(Library &library, QObject *parent)
    : QObject(parent)
    , m_library(library)
{
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, &VersionWatcher::checkNow);
    poll->start(PollMs);
    auto *renew = new QTimer(this);
    connect(renew, &QTimer::timeout, this, [this] {
        Library *library = &m_library;
        AsyncTask::runThenCallback(
            this,
            [library] {
                library->renewLease();
                return true;
            },
            [](bool) {});
    });
    renew->start(LeaseRenewMs);
}

void VersionWatcher::checkNow()
{
    if (m_checking || !m_library.isPublished())
        return;
    m_checking = true;
    const QString path = m_library.path();
    AsyncTask::runThenCallback(
        this, [path] { return PublishedFolder::currentVersion(path, nullptr); },
        [this](const QString &current) {
            m_checking = false;
            if (current.isEmpty() || current == m_library.publishedVersion() || current == m_announced)
                return;
            m_announced = current;
            emit newerVersionAvailable(current);
        });
}
