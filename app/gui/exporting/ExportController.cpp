#include "gui/exporting/ExportController.h"

#include "core/library/Library.h"
#include "core/search/Searcher.h"
#include "gui/async/AsyncTask.h"
#include "gui/text/DisplayText.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>
#include <QPushButton>
#include <QUrl>

namespace {
// The ids to export: the given ones, or every hit of the query (on the worker's own connection).
QList<qint64> resolveIds(const Library &library, const QList<qint64> &ids, const std::optional<QString> &query, QString *error)
{
    if (!query)
        return ids;
    auto db = library.openConnection(error);
    return db ? Searcher::hitIds(*db, *query, error) : QList<qint64>();
}
} // namespace

ExportController::ExportController(const Library &library, QWidget *parentWindow)
    : QObject(parentWindow)
    , m_library(library)
    , m_window(parentWindow)
{
}

void ExportController::exportFiles(const QList<qint64> &ids, const std::optional<QString> &query, bool toZip, const QString &target,
                                   const Exporter::Options &options)
{
    if (m_running)
        return;
    m_running = true;
    m_cancel = false;
    m_dialog = new QProgressDialog(QString(), tr("Cancel"), 0, 0, m_window);
    m_dialog->setWindowTitle(tr("Export"));
    m_dialog->setLabel(DisplayText::plainLabel()); // it shows file names
    m_dialog->setLabelText(tr("Preparing the export…"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(300);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    connect(m_dialog, &QProgressDialog::canceled, this, [this] { m_cancel = true; });

    QPointer<QProgressDialog> dialog = m_dialog;
    const Library *library = &m_library;
    std::atomic_bool *cancel = &m_cancel;
    AsyncTask::runThenCallback(
        this,
        [library, ids, query, toZip, target, options, dialog, cancel] {
            Exporter::Result failed;
            failed.target = target;
            const QList<qint64> chosen = resolveIds(*library, ids, query, &failed.error);
            if (!failed.error.isEmpty())
                return failed;
            const Exporter::Progress progress = [dialog](int done, int total, const QString &file) {
                QMetaObject::invokeMethod(
                    dialog,
                    [dialog, done, total, file] {
                        if (!dialog || dialog->wasCanceled())
                            return;
                        dialog->setMaximum(total);
                        dialog->setValue(done);
                        dialog->setLabelText(ExportController::tr("%1 of %2\n%3")
                                                 .arg(done)
                                                 .arg(total)
                                                 .arg(DisplayText::quoted(file)));
                    },
                    Qt::QueuedConnection);
            };
            Exporter exporter(*library, options);
            return toZip ? exporter.exportToZip(chosen, target, progress, cancel)
                         : exporter.exportToFolder(chosen, target, progress, cancel);
        },
        [this](const Exporter::Result &result) { finish(result); });
}

void ExportController::exportCsv(const QList<qint64> &ids, const std::optional<QString> &query, const QString &path)
{
    if (m_running)
        return;
    m_running = true;
    const Library *library = &m_library;
    AsyncTask::runThenCallback(
        this,
        [library, ids, query, path] {
            Exporter::Result result;
            result.target = path;
            const QList<qint64> chosen = resolveIds(*library, ids, query, &result.error);
            if (chosen.isEmpty() && result.error.isEmpty())
                result.error = ExportController::tr("No documents were chosen for the export.");
            auto db = result.error.isEmpty() ? library->openConnection(&result.error) : nullptr;
            if (!db)
                return result;
            // The file dialog asked before an existing file was chosen.
            if (Exporter::writeCsv(Catalog(*db).documents(chosen), path, &result.error, true))
                result.written.append(path);
            return result;
        },
        [this](const Exporter::Result &result) { finish(result); });
}

void ExportController::finish(const Exporter::Result &result)
{
    if (m_dialog) {
        m_dialog->hide(); // now: deleteLater() alone would leave it on screen over the result
        m_dialog->deleteLater();
    }
    m_running = false;
    emit finished(result);
    showResult(result);
}

void ExportController::showResult(const Exporter::Result &result)
{
    // Shown without blocking (open(), not exec()): the window stays usable behind it.
    const QString target = QDir::toNativeSeparators(result.target);
    // Plain text: the result names files and folders.
    QMessageBox *box = DisplayText::messageBox(QMessageBox::Information, tr("Export"), QString(),
                                               QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (result.cancelled) {
        box->setIcon(QMessageBox::Information);
        box->setText(tr("The export was cancelled; nothing was left behind in %1.").arg(target));
    } else if (!result.error.isEmpty()) {
        box->setIcon(QMessageBox::Warning);
        box->setText(tr("The export to %1 failed: %2").arg(target, result.error));
    } else {
        box->setIcon(result.problems.isEmpty() ? QMessageBox::Information : QMessageBox::Warning);
        box->setText(tr("%n file(s) written to %1.", nullptr, int(result.written.size())).arg(target));
        // Where the files went, one click away, as after a download.
        const QFileInfo written(result.target);
        const QString folder = written.isDir() ? written.absoluteFilePath() : written.absolutePath();
        QPushButton *open = box->addButton(tr("Open folder"), QMessageBox::ActionRole);
        open->setObjectName(QStringLiteral("openFolderButton"));
        connect(open, &QPushButton::clicked, this, [this, folder] {
            QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
            emit folderOpened(folder);
        });
        if (!result.problems.isEmpty()) {
            box->setInformativeText(tr("%n document(s) left out; see the details.", nullptr, int(result.problems.size())));
            box->setDetailedText(result.problems.join(QLatin1Char('\n')));
        }
    }
    DisplayText::plainMessages(box);
    box->open();
}
