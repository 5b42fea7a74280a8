#pragma once

#include "core/import/ImportReport.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <atomic>

class Library;
class QProgressDialog;
class QWidget;

// Runs an import off the GUI thread with a progress dialog (file count, current file, Cancel) and
// shows the report when it ends.
class ImportController : public QObject
{
    Q_OBJECT

public:
    ImportController(Library &library, QWidget *parentWindow);

    bool isRunning() const { return m_running; }
    // Asks a running job to stop (it cleans up after itself); for closing the window.
    void cancel() { m_cancel = true; }
    void start(const QStringList &paths, const QString &packName = {});

signals:
    void finished(const ImportReport &report);

private:
    void finish(const ImportReport &report);
    void showReport(const ImportReport &report);

    Library &m_library;
    QWidget *m_window;
    QPointer<QProgressDialog> m_dialog;
    std::atomic_bool m_cancel{false};
    bool m_running = false;
};
