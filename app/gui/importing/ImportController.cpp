#include "gui/importing/ImportController.h"

#include "core/import/ImportLog.h"
#include "core/import/Importer.h"
#include "core/library/Library.h"
#include "core/util/Logging.h"
#include "gui/async/AsyncTask.h"
#include "gui/text/DisplayText.h"

#include <QMetaObject>
#include <QProgressDialog>

ImportController::ImportController(Library &library, QWidget *parentWindow)
    : QObject(parentWindow)
    , m_library(library)
    , m_window(parentWindow)
{
}

void ImportController::start(const QStringList &paths, const QString &packName)
{
    if (m_running)
        return;
    m_running = true;
    m_cancel = false;
    m_dialog = new QProgressDialog(QString(), tr("Cancel"), 0, 0, m_window);
    m_dialog->setWindowTitle(tr("Import"));
    m_dialog->setLabel(DisplayText::plainLabel()); // it shows pack and file names
    m_dialog->setLabelText(tr("Preparing the import…"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(0);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    connect(m_dialog, &QProgressDialog::canceled, this, [this] {
        m_cancel = true;
        if (m_dialog)
            m_dialog->setLabelText(tr("Cancelling: the library is being restored…"));
    });

    ImportOptions options;
    options.packName = packName;
    QPointer<QProgressDialog> dialog = m_dialog;
    Library *library = &m_library;
    std::atomic_bool *cancel = &m_cancel;
    AsyncTask::runThenCallback(
        this,
        [library, paths, options, dialog, cancel] {
            ImportLog log; // for support, in the user's data folder (ImportLog::defaultFolder)
            log.begin(library->path(), paths, options);
            Importer importer(*library, options);
            const ImportReport report = importer.run(
                paths,
                [dialog, &log](const ImportProgress &progress) {
                    log.progress(progress);
                    // Progress arrives on the worker thread; the dialog is updated on the GUI thread.
                    QMetaObject::invokeMethod(
                        dialog,
                        [dialog, progress] {
                            if (dialog && !dialog->wasCanceled())
                                dialog->setLabelText(ImportController::tr("%1\n%n file(s) imported\n%2",
                                                                          nullptr, progress.filesDone)
                                                         .arg(DisplayText::quoted(progress.pack),
                                                              DisplayText::quoted(progress.currentFile)));
                        },
                        Qt::QueuedConnection);
                },
                cancel);
            log.finish(report);
            QString error;
            if (log.writeToDefaultFolder(&error).isEmpty())
                qCWarning(lcGui).noquote() << "The import log could not be written:" << error;
            return report;
        },
        [this](const ImportReport &report) { finish(report); });
}

void ImportController::finish(const ImportReport &report)
{
    if (m_dialog) {
        m_dialog->hide(); // now: deleteLater() alone would leave it on screen over the report
        m_dialog->deleteLater();
    }
    m_running = false;
    emit finished(report);
    showReport(report);
}

void ImportController::showReport(const ImportReport &report)
{
    // Shown without blocking (open(), not exec()): the window stays usable behind it.
    // Plain text: the report names files and packs.
    QMessageBox *box = DisplayText::messageBox(
        report.failed() || report.cancelled || !report.backupError.isEmpty() ? QMessageBox::Warning
                                                                             : QMessageBox::Information,
        tr("Import report"), report.summaryLine(), QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // A pack imported again unchanged: say so in words before the counts.
    const ImportReport::Pack totals = report.totals();
    if (!report.failed() && !report.cancelled && totals.added == 0 && totals.updated == 0
        && totals.rejected == 0 && totals.noLongerInPack == 0 && totals.duplicates > 0)
        box->setText(
            tr("Nothing changed: all %n document(s) are in the library already.", nullptr, totals.duplicates)
            + QLatin1Char('\n') + report.summaryLine());
    const QStringList problems = report.problemLines();
    if (!problems.isEmpty()) {
        box->setInformativeText(tr("%n entry(ies) need attention; see the details.", nullptr, int(problems.size())));
        box->setDetailedText(problems.join(QLatin1Char('\n')));
    }
    DisplayText::plainMessages(box);
    box->open();
}
