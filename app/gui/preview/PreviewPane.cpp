#include "gui/preview/PreviewPane.h"

#include "core/convert/DocumentPages.h"
#include "core/convert/PageBuilder.h"
#include "core/library/Catalog.h"
#include "core/library/Library.h"
#include "core/library/PageSource.h"
#include "core/preview/ImagePageRenderer.h"
#include "core/preview/OcrHighlighter.h"
#include "core/preview/PdfPageRenderer.h"
#include "core/text/HighlightMatcher.h"
#include "core/util/PageText.h"
#include "gui/async/AsyncTask.h"
#include "gui/main/WindowLayout.h"
#include "gui/preview/DocumentPrinter.h"
#include "gui/preview/PageThumbnails.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <iterator>

namespace {
constexpr int MaxCachedPages = 24;

// The text as HTML with every form the search matched marked (HighlightMatcher).
QString highlightedHtml(const QString &text, const QStringList &terms)
{
    QString html;
    html.reserve(text.size() + text.size() / 8);
    qsizetype last = 0;
    int page = 1;
    auto appendPlain = [&](QStringView part) {
        for (const QChar c : part) {
            if (c == PageText::Separator)
                html += QStringLiteral("<hr><p style='color:gray'>%1</p>").arg(PreviewPane::tr("Page %1").arg(++page));
            else if (c == QLatin1Char('<'))
                html += QStringLiteral("&lt;");
            else if (c == QLatin1Char('>'))
                html += QStringLiteral("&gt;");
            else if (c == QLatin1Char('&'))
                html += QStringLiteral("&amp;");
            else if (c == QLatin1Char('\n'))
                html += QStringLiteral("<br>");
            else
                html += c;
        }
    };
    for (const auto &[start, end] : HighlightMatcher(terms).spans(text)) {
        appendPlain(QStringView(text).mid(last, start - last));
        html += QStringLiteral("<span style='background-color:#ffd54f;color:black'>");
        appendPlain(QStringView(text).mid(start, end - start));
        html += QStringLiteral("</span>");
        last = end;
    }
    appendPlain(QStringView(text).mid(last));
    return html;
}

// Zoom steps in percent, each 10–25 % above the one before (100 % is 100 dpi).
constexpr int ZoomSteps[] = { 25, 30, 35, 40, 50, 60, 70, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300 };

QToolButton *toolButton(const QKeySequence &shortcut, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setShortcut(shortcut);
    button->setAutoRaise(true);
    return button;
}

void setTexts(QToolButton *button, const QString &text, const QString &toolTip, const QKeySequence &shortcut)
{
    button->setText(text);
    button->setToolTip(shortcut.isEmpty() ? toolTip
                                          : QStringLiteral("%1 (%2)").arg(
                                              toolTip, shortcut.toString(QKeySequence::NativeText)));
    button->setAccessibleName(toolTip);
}
} // namespace

PreviewPane::PreviewPane(Library &library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
{
    m_tabs = new QTabWidget(this);
    m_pageTab = new QWidget;
    auto *pageLayout = new QVBoxLayout(m_pageTab);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addLayout(makePageBar());
    pageLayout->addLayout(makePageView());
    m_text = new QTextBrowser(this);
    m_text->setTabChangesFocus(true); // Tab leaves the text: no keyboard trap
    m_pageView->setTextFormat(Qt::PlainText); // its messages can name files
    m_tabs->addTab(m_pageTab, QString());
    m_tabs->addTab(m_text, QString());
    retranslate();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_previousPage, &QToolButton::clicked, this, &PreviewPane::previousPage);
    connect(m_nextPage, &QToolButton::clicked, this, &PreviewPane::nextPage);
    connect(m_previousHit, &QToolButton::clicked, this, &PreviewPane::previousHit);
    connect(m_nextHitButton, &QToolButton::clicked, this, &PreviewPane::nextHit);
    connect(m_zoomIn, &QToolButton::clicked, this, &PreviewPane::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, this, &PreviewPane::zoomOut);
    connect(m_fitWidthButton, &QToolButton::clicked, this, &PreviewPane::fitWidth);
    connect(m_thumbnails, &PageThumbnails::pageChosen, this, &PreviewPane::goToPage);
    connect(this, &PreviewPane::pageShown, m_thumbnails, &PageThumbnails::setCurrentPage);
    clear();
}

// The buttons above the page: pages, hits, zoom.
QLayout *PreviewPane::makePageBar()
{
    auto *bar = new QHBoxLayout;
    m_previousPage = toolButton(QKeySequence(Qt::CTRL | Qt::Key_PageUp), this);
    m_nextPage = toolButton(QKeySequence(Qt::CTRL | Qt::Key_PageDown), this);
    // F3 and Shift+F3 belong to the window's Search menu: a second owner makes both ambiguous,
    // and then neither fires.
    m_previousHit = toolButton(QKeySequence(), this);
    m_nextHitButton = toolButton(QKeySequence(), this);
    m_zoomOut = toolButton(QKeySequence::ZoomOut, this);
    m_zoomIn = toolButton(QKeySequence::ZoomIn, this);
    m_fitWidthButton = toolButton(QKeySequence(Qt::CTRL | Qt::Key_0), this);
    m_pageInfo = new QLabel(this);
    m_zoomInfo = new QLabel(this);
    m_zoomInfo->setMinimumWidth(m_zoomInfo->fontMetrics().horizontalAdvance(QStringLiteral("300 %")));
    m_zoomInfo->setAlignment(Qt::AlignCenter);
    bar->addWidget(m_previousPage);
    bar->addWidget(m_pageInfo);
    bar->addWidget(m_nextPage);
    bar->addSpacing(WindowLayout::PageButtonGroupGap);
    bar->addWidget(m_previousHit);
    bar->addWidget(m_nextHitButton);
    bar->addStretch();
    bar->addWidget(m_zoomOut);
    bar->addWidget(m_zoomInfo);
    bar->addWidget(m_zoomIn);
    bar->addWidget(m_fitWidthButton);
    return bar;
}

// The page in its scroll area, the thumbnails beside it.
QLayout *PreviewPane::makePageView()
{
    m_scroll = new QScrollArea(this);
    m_scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_pageView = new QLabel;
    m_pageView->setAlignment(Qt::AlignCenter);
    m_pageView->setWordWrap(true);
    m_scroll->setWidget(m_pageView);
    m_scroll->setWidgetResizable(false);
    m_scroll->setFocusPolicy(Qt::StrongFocus);
    m_scroll->viewport()->installEventFilter(this); // Ctrl+wheel zooms
    // The page has the keyboard (arrows scroll it): a frame says so.
    m_scroll->setStyleSheet(QStringLiteral("QScrollArea:focus { border: 2px solid palette(highlight); }"));
    m_thumbnails = new PageThumbnails(this);
    auto *pages = new QHBoxLayout;
    pages->setSpacing(WindowLayout::ThumbnailsToPageGap);
    pages->addWidget(m_thumbnails);
    pages->addWidget(m_scroll, 1);
    return pages;
}

void PreviewPane::retranslate()
{
    setTexts(m_previousPage, QStringLiteral("◀"), tr("Previous page"), m_previousPage->shortcut());
    setTexts(m_nextPage, QStringLiteral("▶"), tr("Next page"), m_nextPage->shortcut());
    setTexts(m_previousHit, tr("◀ Hit"), tr("Previous hit"), QKeySequence(Qt::SHIFT | Qt::Key_F3));
    setTexts(m_nextHitButton, tr("Hit ▶"), tr("Next hit"), QKeySequence(Qt::Key_F3));
    setTexts(m_zoomOut, QStringLiteral("−"), tr("Zoom out"), m_zoomOut->shortcut());
    setTexts(m_zoomIn, QStringLiteral("+"), tr("Zoom in"), m_zoomIn->shortcut());
    setTexts(m_fitWidthButton, tr("Width"), tr("Fit the page width"), m_fitWidthButton->shortcut());
    m_pageInfo->setAccessibleName(tr("Page"));
    m_zoomInfo->setAccessibleName(tr("Zoom"));
    m_scroll->setAccessibleName(tr("Rendered page"));
    m_text->setAccessibleName(tr("Document text"));
    m_tabs->setTabText(0, tr("&Page"));
    m_tabs->setTabText(1, tr("&Text"));
    updateControls();
}

void PreviewPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_document.id == 0)
            showMessage(tr("Select a document to see it here."));
    }
    QWidget::changeEvent(event);
}

bool PreviewPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            if (m_zoomIn->isEnabled() && wheel->angleDelta().y() != 0)
                setZoom(zoomStep(zoomPercent(), wheel->angleDelta().y() > 0 ? 1 : -1));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PreviewPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateThumbnails();
}

void PreviewPane::updateThumbnails()
{
    m_thumbnails->setVisible(m_thumbnails->count() > 1 && width() >= ThumbnailsFromWidth);
}

bool PreviewPane::isShowingPage() const
{
    return m_pageView->pixmap().isNull() == false;
}

QString PreviewPane::message() const
{
    return isShowingPage() ? QString() : m_pageView->text();
}

void PreviewPane::clear()
{
    m_requests.supersede();
    m_document = DocumentRecord();
    m_pagesPath.clear();
    m_pagesNote.clear();
    m_cache.clear();
    m_pageCount = 0;
    m_page = 0;
    m_hitsOnPage = 0;
    m_hitRects.clear();
    m_hitIndex = -1;
    m_text->clear();
    m_thumbnails->clearPages();
    updateThumbnails();
    // The note on the page tab, in view: the text tab of the document before would stay blank.
    m_tabs->setTabEnabled(0, true);
    m_tabs->setCurrentIndex(0);
    showMessage(tr("Select a document to see it here."));
    updateControls();
}

void PreviewPane::showDocument(const DocumentRecord &document, int page, const QStringList &terms)
{
    m_requests.supersede(); // what is still on its way for the document before is dropped
    m_document = document;
    m_terms = terms;
    m_cache.clear();
    m_cachedHits.clear();
    m_hitPages.clear();
    m_pageCount = document.pages;
    m_page = qMax(0, page - 1);
    m_hitsOnPage = 0;
    m_hitRects.clear();
    m_hitIndex = -1;
    m_pendingHit = 0;
    const PageStatus pages = m_library.catalog().pageStatus(document.id);
    // PDFs, converted office files and images (scans, photos of pages) are shown as pages.
    m_pagesPath = isImage(document) ? m_library.store().pathFor(document.sha256)
                                    : DocumentPages::pdfPath(m_library, document, pages);
    const bool pdf = !m_pagesPath.isEmpty();
    // Not converted yet: the text, with a word that its pages are coming (or what would make them).
    m_pagesNote = !pdf && DocumentPages::coming(pages)
        ? PageBuilder::missingPagesNote(OfficeConverter(OfficeConverter::Options()).isAvailable())
        : QString();
    m_tabs->setTabEnabled(0, pdf);
    m_tabs->setCurrentIndex(pdf ? 0 : 1);
    loadText();
    m_thumbnails->showPages(pdf && !isImage(document) ? m_pagesPath : QString(), m_pageCount);
    updateThumbnails();
    if (pdf) {
        showMessage(tr("Loading page %1…").arg(m_page + 1));
        requestRender();
        findHitPages();
    }
    else if (!m_pagesNote.isEmpty())
        showMessage(m_pagesNote);
    else
        showMessage(tr("Only PDF and office documents are shown as pages; see the text tab."));
    updateControls();
}

bool PreviewPane::isImage(const DocumentRecord &document)
{
    return PageSource::of(document.format, false) == PageSource::Kind::OwnImage;
}

double PreviewPane::dpi() const
{
    if (m_fitWidth) {
        // A4 is 8.27 inches wide; keep a margin for the scroll bar.
        const int width = m_scroll->viewport()->width() - WindowLayout::FitWidthMargin;
        return qBound(30.0, width / 8.27, 300.0);
    }
    return 100.0 * m_zoomPercent / 100.0;
}

void PreviewPane::requestRender()
{
    const double resolution = dpi();
    const QString key = QStringLiteral("%1@%2").arg(m_page).arg(qRound(resolution));
    if (m_cache.contains(key)) {
        m_hitRects = m_cachedHits.value(key);
        m_hitsOnPage = int(m_hitRects.size());
        showImage(m_cache.value(key));
        emit pageShown(m_page, m_hitsOnPage);
        return;
    }
    const QString path = m_pagesPath;
    const int page = m_page;
    const QStringList terms = m_terms;
    const bool image = isImage(m_document);
    // A page read by OCR has no text for Poppler to search: its word boxes show the hits.
    const bool scanned = !terms.isEmpty() && m_document.ocrPages.contains(page + 1);
    Library *library = &m_library;
    const qint64 id = m_document.id;
    m_requests.add(
        [path, page, resolution, terms, image, scanned, library, id] {
            QByteArray boxes;
            if (scanned) {
                auto db = library->openConnection(nullptr);
                if (db)
                    boxes = Catalog(*db).ocrBoxes(id, page + 1);
            }
            return image ? ImagePageRenderer::render(path, page, resolution, terms, boxes)
                         : PdfPageRenderer::render(path, page, resolution, terms, boxes);
        },
        [this, key, page](const PdfPageRenderer::Result &result) {
            if (page != m_page)
                return; // the user moved to another page meanwhile
            if (!result.error.isEmpty()) {
                showMessage(result.error);
                return;
            }
            m_pageCount = result.pageCount;
            m_thumbnails->setPageCount(m_pageCount); // an office document's pages, counted now
            updateThumbnails();
            m_hitsOnPage = result.hitCount;
            m_hitRects = result.hitRects;
            if (m_cache.size() >= MaxCachedPages) {
                m_cache.clear();
                m_cachedHits.clear();
            }
            m_cache.insert(key, result.image);
            m_cachedHits.insert(key, result.hitRects);
            showImage(result.image);
            emit pageShown(m_page, m_hitsOnPage);
        });
}

void PreviewPane::showImage(const QImage &image)
{
    m_pageView->setPixmap(QPixmap::fromImage(image));
    m_pageView->resize(image.size());
    m_hitIndex = m_hitRects.isEmpty()
        ? -1
        : (m_pendingHit < 0 ? int(m_hitRects.size()) - 1 : qMin(m_pendingHit, int(m_hitRects.size()) - 1));
    if (m_hitIndex >= 0)
        showHit();
    else
        m_scroll->verticalScrollBar()->setValue(0);
    updateControls();
}

void PreviewPane::showHit()
{
    // The hit in the middle of the view, as a PDF viewer's search does: it may sit low on the page.
    const QRect place = m_hitRects.value(m_hitIndex).toAlignedRect();
    m_scroll->ensureVisible(place.center().x(), place.center().y(), m_scroll->viewport()->width() / 3,
                            m_scroll->viewport()->height() / 3);
}

bool PreviewPane::canPrint() const
{
    return !m_pagesPath.isEmpty() && !isImage(m_document) && m_pageCount > 0; // PDFs, converted office files
}

void PreviewPane::printDocument()
{
    if (!canPrint())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_document.title);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print %1").arg(m_document.filename.left(80)));
    dialog.setMinMax(1, m_pageCount);
    dialog.setFromTo(1, m_pageCount);
    dialog.setOption(QAbstractPrintDialog::PrintPageRange);
    dialog.setOption(QAbstractPrintDialog::PrintCurrentPage);
    if (dialog.exec() != QDialog::Accepted)
        return;
    int first = 1;
    int last = m_pageCount;
    if (printer.printRange() == QPrinter::PageRange) {
        first = qMax(1, printer.fromPage());
        last = qMin(m_pageCount, printer.toPage());
    } else if (printer.printRange() == QPrinter::CurrentPage) {
        first = last = m_page + 1;
    }
    QProgressDialog progress(tr("Printing…"), tr("Cancel"), first - 1, last, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const QString error = DocumentPrinter::print(printer, m_pagesPath, first,
                                                 last, [&progress](int page) {
                                                     progress.setValue(page - 1);
                                                     return !progress.wasCanceled();
                                                 });
    progress.setValue(last);
    if (!error.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Print"), tr("Printing failed: %1").arg(error),
                        QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText); // the reason can name a file
        box.exec();
    }
}

int PreviewPane::scrollPosition() const
{
    return m_scroll->verticalScrollBar()->value();
}

void PreviewPane::showMessage(const QString &text)
{
    m_pageView->setPixmap(QPixmap());
    m_pageView->setText(text);
    m_pageView->resize(m_scroll->viewport()->size());
    updateControls();
}

void PreviewPane::updateControls()
{
    const bool pdf = !m_pagesPath.isEmpty() && m_pageCount > 0;
    m_pageInfo->setText(pdf ? tr("%1 / %2").arg(m_page + 1).arg(m_pageCount) : QString());
    m_previousPage->setEnabled(pdf && m_page > 0);
    m_nextPage->setEnabled(pdf && m_page + 1 < m_pageCount);
    m_previousHit->setEnabled(pdf
                              && (m_hitIndex > 0 || (!m_hitPages.isEmpty() && m_hitPages.first() < m_page)));
    m_nextHitButton->setEnabled(pdf
                                && ((m_hitIndex >= 0 && m_hitIndex + 1 < m_hitRects.size())
                                    || (!m_hitPages.isEmpty() && m_hitPages.last() > m_page)));
    m_zoomIn->setEnabled(pdf && zoomPercent() < ZoomSteps[std::size(ZoomSteps) - 1]);
    m_zoomOut->setEnabled(pdf && zoomPercent() > ZoomSteps[0]);
    m_fitWidthButton->setEnabled(pdf);
    m_zoomInfo->setText(pdf ? tr("%1 %").arg(zoomPercent()) : QString());
    emit printableChanged(pdf);
}

void PreviewPane::loadText()
{
    const qint64 id = m_document.id;
    const QStringList terms = m_terms;
    Library *library = &m_library;
    m_text->setPlainText(tr("Loading…"));
    m_requests.add(
        [library, id, terms] {
            auto db = library->openConnection(nullptr);
            const QString text = db ? Catalog(*db).documentText(id) : QString();
            if (text.trimmed().isEmpty())
                return QStringLiteral("<i>%1</i>")
                    .arg(PreviewPane::tr("No text was extracted from this document."));
            return highlightedHtml(text, terms);
        },
        [this](const QString &html) {
            m_text->setHtml(m_pagesNote.isEmpty() ? html
                                                  : QStringLiteral("<p><i>%1</i></p>").arg(m_pagesNote.toHtmlEscaped()) + html);
        });
}

void PreviewPane::findHitPages()
{
    if (m_terms.isEmpty())
        return;
    const QString path = m_pagesPath;
    const QStringList terms = m_terms;
    const bool image = isImage(m_document);
    const QList<int> scannedPages = m_document.ocrPages;
    Library *library = &m_library;
    const qint64 id = m_document.id;
    m_requests.add(
        [path, terms, image, scannedPages, library, id] {
            QList<int> pages = image ? QList<int>() : PdfPageRenderer::pagesWithHits(path, terms);
            // Scanned pages: from the words OCR found on them.
            auto db = scannedPages.isEmpty() ? nullptr : library->openConnection(nullptr);
            if (db) {
                const Catalog catalog(*db);
                for (const int page : scannedPages) {
                    if (!pages.contains(page - 1)
                        && OcrHighlighter::hasHits(catalog.ocrBoxes(id, page), terms))
                        pages.append(page - 1);
                }
            }
            std::sort(pages.begin(), pages.end());
            return pages;
        },
        [this](const QList<int> &pages) {
            m_hitPages = pages;
            updateControls();
        });
}

void PreviewPane::goToPage(int page)
{
    if (page < 0 || (m_pageCount > 0 && page >= m_pageCount) || page == m_page)
        return;
    m_page = page;
    m_hitRects.clear();
    m_hitIndex = -1;
    updateControls();
    requestRender();
}

void PreviewPane::nextPage()
{
    m_pendingHit = 0;
    goToPage(m_page + 1);
}

void PreviewPane::previousPage()
{
    m_pendingHit = 0;
    goToPage(m_page - 1);
}

void PreviewPane::nextHit()
{
    // The next place on this page first, then the first one on the next page that has one.
    if (m_hitIndex >= 0 && m_hitIndex + 1 < m_hitRects.size()) {
        ++m_hitIndex;
        showHit();
        updateControls();
        return;
    }
    for (int page : std::as_const(m_hitPages)) {
        if (page > m_page) {
            m_pendingHit = 0;
            goToPage(page);
            return;
        }
    }
}

void PreviewPane::previousHit()
{
    if (m_hitIndex > 0) {
        --m_hitIndex;
        showHit();
        updateControls();
        return;
    }
    for (auto it = m_hitPages.crbegin(); it != m_hitPages.crend(); ++it) {
        if (*it < m_page) {
            m_pendingHit = -1; // the last place on that page
            goToPage(*it);
            return;
        }
    }
}

int PreviewPane::zoomPercent() const
{
    return qRound(dpi());
}

int PreviewPane::zoomStep(int percent, int direction)
{
    if (direction > 0) {
        for (int step : ZoomSteps)
            if (step > percent)
                return step;
        return ZoomSteps[std::size(ZoomSteps) - 1];
    }
    for (auto it = std::crbegin(ZoomSteps); it != std::crend(ZoomSteps); ++it)
        if (*it < percent)
            return *it;
    return ZoomSteps[0];
}

void PreviewPane::setZoom(int percent)
{
    // From the fitted width too: the step starts at the size shown, not at the last fixed zoom.
    m_fitWidth = false;
    m_zoomPercent = percent;
    m_pendingHit = qMax(0, m_hitIndex);
    requestRender();
    updateControls();
}

void PreviewPane::zoomIn()
{
    setZoom(zoomStep(zoomPercent(), 1));
}

void PreviewPane::zoomOut()
{
    setZoom(zoomStep(zoomPercent(), -1));
}

void PreviewPane::fitWidth()
{
    m_fitWidth = true;
    m_pendingHit = qMax(0, m_hitIndex);
    requestRender();
    updateControls();
}
