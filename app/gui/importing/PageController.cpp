#include "gui/importing/PageController.h"

#include "core/convert/OcrBacklog.h"
#include "core/convert/PageBuilder.h"
#include "core/library/Library.h"
#include "gui/async/AsyncTask.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMetaObject>
#include <QPointer>
#include <QScopeGuard>
#include <QThreadPool>
#include <QToolButton>

PageController::PageController(Library &library, QWidget *parentWindow)
    : QObject(parentWindow)
    , m_library(library)
    , m_widget(new QWidget(parentWindow))
    , m_label(new QLabel(m_widget))
    , m_pauseButton(new QToolButton(m_widget))
{
    auto *layout = new QHBoxLayout(m_widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_pauseButton);
    m_pauseButton->setAutoRaise(true);
    m_pauseButton->setText(tr("Pause"));
    m_pauseButton->setToolTip(tr("Pause making the pages of office documents"));
    connect(m_pauseButton, &QToolButton::clicked, this, [this] { setPaused(!m_paused); });
    m_widget->hide();
}

void PageController::setPaused(bool paused)
{
    m_paused = paused;
    m_pauseButton->setText(paused ? tr("Resume") : tr("Pause"));
    m_pauseButton->setToolTip(paused ? tr("Go on making the pages of office documents")
                                     : tr("Pause making the pages of office documents"));
    if (paused) {
        m_cancel = true; // the run stops soon; what is left stays queued
        m_label->setText(tr("Page views paused"));
    } else {
        start();
    }
}

void PageController::showProgress(int done, int total, bool ocr)
{
    const QLocale locale;
    m_label->setText((ocr ? tr("Text recognition: %1 of %2") : tr("Page views: %1 of %2"))
                         .arg(locale.toString(done), locale.toString(total)));
    m_widget->show();
}

void PageController::start()
{
    if (m_running || m_paused || m_library.isReadOnly())
        return;
    if (m_library.catalog().pageCounts().pending == 0 && m_library.catalog().documentsWithPages().isEmpty()
        && m_library.catalog().ocrQueueCounts().pending == 0)
        return;
    m_running = true;
    m_cancel = false;
    Library *library = &m_library;
    std::atomic_bool *cancel = &m_cancel;
    QPointer<PageController> self = this;
    AsyncTask::runThenCallback(
        this,
        [library, cancel, self] {
            // The run mostly waits for LibreOffice: its pool thread is given back meanwhile, so that
            // searches and page renders do not queue behind it.
            QThreadPool::globalInstance()->releaseThread();
            const auto reserve = qScopeGuard([] { QThreadPool::globalInstance()->reserveThread(); });
            auto db = library->openConnection(nullptr);
            if (!db)
                return 0;
            Catalog catalog(*db);
            const auto progress = [self](bool ocr) {
                return [self, ocr](int done, int total) {
                    QMetaObject::invokeMethod(
                        self,
                        [self, done, total, ocr] {
                            if (self)
                                self->showProgress(done, total, ocr);
                        },
                        Qt::QueuedConnection);
                };
            };
            int made = 0;
            PageBuilder builder(*library, catalog);
            if (builder.isAvailable())
                made += builder.run(progress(false), cancel).converted;
            // Then the scans imported without OCR, once it is installed (they stay queued otherwise).
            if (!cancel->load() && catalog.ocrQueueCounts().pending > 0 && OcrBacklog::ocrInstalled())
                made += OcrBacklog(*library, catalog).run(progress(true), cancel).read;
            return made;
        },
        [this](int made) {
            m_running = false;
            if (!m_paused)
                m_widget->hide();
            if (made > 0)
                emit pagesMade(made);
        });
}
