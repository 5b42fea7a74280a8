#pragma once

#include <QObject>

class Library;
class QTimer;

// For a published library: looks now and then (off the GUI thread: a share may be slow) whether a
// newer version became current, and keeps this reader's lease alive meanwhile. Polled rather than
// watched: file-change notifications do not reach across SMB and NFS reliably.
class VersionWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int PollMs = 60 * 1000;
    static constexpr int LeaseRenewMs = 4 * 60 * 1000; // well within the lease's lifetime

    VersionWatcher(Library &library, QObject *parent = nullptr);

public slots:
    void checkNow();

signals:
    // Once per newer version found.
    void newerVersionAvailable(const QString &version);

private:
    Library &m_library;
    QString m_announced;
    bool m_checking = false;
};
