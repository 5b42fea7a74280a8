#pragma once

#include "core/publish/Publisher.h"

#include <QObject>
#include <QPointer>
#include <atomic>

class Library;
class QProgressDialog;
class QWidget;

// Datei → Bibliothek veröffentlichen…: asks for the folder (the file share), runs the Publisher off
// the GUI thread with a progress dialog and Cancel, and tells the admin what the new version holds.
class PublishController : public QObject
{
    Q_OBJECT

public:
    PublishController(const Library &library, QWidget *parentWindow);

    bool isRunning() const { return m_running; }
    void cancel() { m_cancel = true; }
    // Asks for the folder (the last one offered again), then publishes.
    void choosePublishFolder();
    void publishTo(const QString &folder);

signals:
    void finished(bool ok, const QString &message);

private:
    struct Outcome
    {
        bool ok = false;
        PublishSummary summary;
        QString error;
    };
    void finish(const Outcome &outcome);

    const Library &m_library;
    QWidget *m_window;
    QPointer<QProgressDialog> m_dialog;
    std::atomic_bool m_cancel { false };
    bool m_running = false;
};
