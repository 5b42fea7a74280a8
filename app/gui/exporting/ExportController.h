#pragma once

#include "core/export/Exporter.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <optional>

class Library;
class QProgressDialog;
class QWidget;

// Runs exports off the GUI thread: the files of documents (given by id, or every hit of a query) to
// a folder or a zip with a progress dialog and Cancel, or the metadata list as CSV; tells the user
// what was written and what was left out.
class ExportController : public QObject
{
    Q_OBJECT

public:
    ExportController(const Library &library, QWidget *parentWindow);

    bool isRunning() const { return m_running; }
    // Asks a running job to stop (it cleans up after itself); for closing the window.
    void cancel() { m_cancel = true; }
    // ids, or when query is given, every hit of the query (an empty query: every document).
    void exportFiles(const QList<qint64> &ids, const std::optional<QString> &query, bool toZip, const QString &target,
                     const Exporter::Options &options);
    void exportCsv(const QList<qint64> &ids, const std::optional<QString> &query, const QString &path);

signals:
    void finished(const Exporter::Result &result);
    void folderOpened(const QString &folder); // "Open folder" in the result

private:
    void finish(const Exporter::Result &result);
    void showResult(const Exporter::Result &result);

    const Library &m_library;
    QWidget *m_window;
    QPointer<QProgressDialog> m_dialog;
    std::atomic_bool m_cancel{false};
    bool m_running = false;
};

Q_DECLARE_METATYPE(Exporter::Result)
