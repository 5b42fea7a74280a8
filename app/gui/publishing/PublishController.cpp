#include "gui/publishing/PublishController.h"

#include "core/library/Library.h"
#include "gui/async/AsyncTask.h"
#include "gui/text/DisplayText.h"

#include <QFileDialog>
#include <QLocale>
#include <QProgressDialog>
#include <QSettings>

namespace {
const QString LastFolderKey = QStringLiteral("publish/lastFolder");
}

PublishController::PublishController(const Library &library, QWidget *parentWindow)
    : QObject(parentWindow)
    , m_library(library)
    , m_window(parentWindow)
{
}

void PublishController::choosePublishFolder()
{
    if (m_running)
        return;
    const QString folder = QFileDialog::getExistingDirectory(
        m_window, tr("Publish the library to a folder (for example on the file share)"),
        QSettings().value(LastFolderKey).toString());
    if (folder.isEmpty())
        return;
    QSettings().setValue(LastFolderKey, folder);
    publishTo(folder);
}

void PublishController::publishTo(const QString &folder)
{
    if (m_running)
        return;
    m_running = true;
    m_cancel = false;
    m_dialog = new QProgressDialog(tr("Publishing the library…"), tr("Cancel"), 0, 1000, m_window);
    m_dialog->setWindowTitle(tr("Publish library"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(300);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    connect(m_dialog, &QProgressDialog::canceled, this, [this] { m_cancel = true; });

    const Library *library = &m_library;
    std::atomic_bool *cancel = &m_cancel;
    AsyncTask::runThenCallback(
        this,
        [this, library, folder, cancel] {
            Publisher publisher(*library, folder);
            publisher.setProgress([this, cancel](qint64 done, qint64 total) {
                const int permille = total > 0 ? int(done * 1000 / total) : 0;
                QMetaObject::invokeMethod(
                    this,
                    [this, permille] {
                        if (m_dialog && !m_dialog->wasCanceled())
                            m_dialog->setValue(permille);
                    },
                    Qt::QueuedConnection);
                return !cancel->load();
            });
            Outcome outcome;
            outcome.ok = publisher.publish(&outcome.summary, &outcome.error);
            return outcome;
        },
        [this](const Outcome &outcome) { finish(outcome); });
}

void PublishController::finish(const Outcome &outcome)
{
    m_running = false;
    if (m_dialog)
        m_dialog->deleteLater();
    if (!outcome.ok) {
        DisplayText::warning(m_window, tr("Publish library"), outcome.error);
        emit finished(false, outcome.error);
        return;
    }
    const QLocale locale;
    const PublishSummary &s = outcome.summary;
    const QString message
        = tr("The library was published as version %1: %n document(s)", nullptr, s.documents).arg(s.version)
        + QLatin1Char('\n')
        + tr("Since the previous version: %1 added, %2 changed, %3 removed.")
              .arg(locale.toString(s.added), locale.toString(s.changed), locale.toString(s.removed))
        + QLatin1Char('\n')
        + tr("Copied: %n file(s), %1.", nullptr, s.filesCopied).arg(locale.formattedDataSize(s.bytesCopied));
    DisplayText::information(m_window, tr("Publish library"), message);
    emit finished(true, message);
}
