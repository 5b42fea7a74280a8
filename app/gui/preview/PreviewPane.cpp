#include "gui/preview/PreviewPane.h"

#include "core/library/Library.h"
#include "core/preview/PdfPageRenderer.h"
#include "core/text/HighlightMatcher.h"
#include "gui/async/AsyncTask.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr int MaxCachedPages = 24;

// The text as HTML with every form the search matched marked (HighlightMatcher).
QString highlightedHtml(const QString &text, const QStringList &terms)
{
    QString html;
    html.reserve(text.size() + text.size() / 8);
    qsizetype last = 0;
    const QChar pageBreak(0x0C);
    int page = 1;
    auto appendPlain = [&](QStringView part) {
        for (const QChar c : part) {
            if (c == pageBreak)
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

QToolButton *toolButton(const QString &text, const QString &toolTip, const QKeySequence &shortcut, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(shortcut.isEmpty() ? toolTip : QStringLiteral("%1 (%2)").arg(toolTip, shortcut.toString(QKeySequence::NativeText)));
    button->setAccessibleName(toolTip);
    button->setShortcut(shortcut);
    button->setAutoRaise(true);
    return button;
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
    auto *bar = new QHBoxLayout;
    m_previousPage = toolButton(QStringLiteral("◀"), tr("Previous page"), QKeySequence(Qt::CTRL | Qt::Key_PageUp), this);
    m_nextPage = toolButton(QStringLiteral("▶"), tr("Next page"), QKeySequence(Qt::CTRL | Qt::Key_PageDown), this);
    m_previousHit = toolButton(tr("◀ Hit"), tr("Previous hit"), QKeySequence(Qt::SHIFT | Qt::Key_F3), this);
    m_nextHitButton = toolButton(tr("Hit ▶"), tr("Next hit"), QKeySequence(Qt::Key_F3), this);
    m_zoomOut = toolButton(QStringLiteral("−"), tr("Zoom out"), QKeySequence::ZoomOut, this);
    m_zoomIn = toolButton(QStringLiteral("+"), tr("Zoom in"), QKeySequence::ZoomIn, this);
    m_fitWidthButton = toolButton(tr("Width"), tr("Fit the page width"), QKeySequence(Qt::CTRL | Qt::Key_0), this);
    m_pageInfo = new QLabel(this);
    m_pageInfo->setAccessibleName(tr("Page"));
    bar->addWidget(m_previousPage);
    bar->addWidget(m_pageInfo);
    bar->addWidget(m_nextPage);
    bar->addSpacing(8);
    bar->addWidget(m_previousHit);
    bar->addWidget(m_nextHitButton);
    bar->addStretch();
    bar->addWidget(m_zoomOut);
    bar->addWidget(m_zoomIn);
    bar->addWidget(m_fitWidthButton);
    pageLayout->addLayout(bar);
    m_scroll = new QScrollArea(this);
    m_scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_pageView = new QLabel;
    m_pageView->setAlignment(Qt::AlignCenter);
    m_pageView->setWordWrap(true);
        m_scroll->setWidget(m_pageView);
    m_scroll->setWidgetResizable(false);
    m_scroll->setFocusPolicy(Qt::StrongFocus);
    m_scroll->setAccessibleName(tr("Rendered page"));
    pageLayout->addWidget(m_scroll);
    m_text = new QTextBrowser(this);
    m_text->setAccessibleName(tr("Document text"));
    m_text->setTabChangesFocus(true); // Tab leaves the text: no keyboard trap
    m_pageView->setTextFormat(Qt::PlainText); // its messages can name files
    m_tabs->addTab(m_pageTab, tr("&Page"));
    m_tabs->addTab(m_text, tr("&Text"));
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
    clear();
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
    m_cache.clear();
    m_pageCount = 0;
    m_page = 0;
    m_hitsOnPage = 0;
    m_text->clear();
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
    const bool pdf = document.format == QLatin1String("pdf");
    m_tabs->setTabEnabled(0, pdf);
    m_tabs->setCurrentIndex(pdf ? 0 : 1);
    loadText();
    if (pdf) {
        showMessage(tr("Loading page %1…").arg(m_page + 1));
        requestRender();
        findHitPages();
    }
    else
        showMessage(tr("Only PDF documents are shown as pages; see the text tab."));
    updateControls();
}

double PreviewPane::dpi() const
{
    if (m_fitWidth) {
        // A4 is 8.27 inches wide; keep a margin for the scroll bar.
        const int width = m_scroll->viewport()->width() - 24;
        return qBound(30.0, width / 8.27, 300.0);
    }
    return 100.0 * m_zoomPercent / 100.0;
}

void PreviewPane::requestRender()
{
    const double resolution = dpi();
    const QString key = QStringLiteral("%1@%2").arg(m_page).arg(qRound(resolution));
    if (m_cache.contains(key)) {
        m_hitsOnPage = m_cachedHits.value(key);
        showImage(m_cache.value(key));
        emit pageShown(m_page, m_hitsOnPage);
        return;
    }
    const QString path = m_library.store().pathFor(m_document.sha256);
    const int page = m_page;
    const QStringList terms = m_terms;
    m_requests.add(
        [path, page, resolution, terms] { return PdfPageRenderer::render(path, page, resolution, terms); },
        [this, key, page](const PdfPageRenderer::Result &result) {
            if (page != m_page)
                return; // the user moved to another page meanwhile
            if (!result.error.isEmpty()) {
                showMessage(result.error);
                return;
            }
            m_pageCount = result.pageCount;
            m_hitsOnPage = result.hitCount;
            if (m_cache.size() >= MaxCachedPages) {
                m_cache.clear();
                m_cachedHits.clear();
            }
            m_cache.insert(key, result.image);
            m_cachedHits.insert(key, result.hitCount);
            showImage(result.image);
            emit pageShown(m_page, m_hitsOnPage);
        });
}

void PreviewPane::showImage(const QImage &image)
{
    m_pageView->setPixmap(QPixmap::fromImage(image));
    m_pageView->resize(image.size());
    m_scroll->verticalScrollBar()->setValue(0);
    updateControls();
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
    const bool pdf = m_document.format == QLatin1String("pdf") && m_pageCount > 0;
    m_pageInfo->setText(pdf ? tr("%1 / %2").arg(m_page + 1).arg(m_pageCount) : QString());
    m_previousPage->setEnabled(pdf && m_page > 0);
    m_nextPage->setEnabled(pdf && m_page + 1 < m_pageCount);
    m_previousHit->setEnabled(pdf && !m_hitPages.isEmpty() && m_hitPages.first() < m_page);
    m_nextHitButton->setEnabled(pdf && !m_hitPages.isEmpty() && m_hitPages.last() > m_page);
    m_zoomIn->setEnabled(pdf);
    m_zoomOut->setEnabled(pdf);
    m_fitWidthButton->setEnabled(pdf);
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
        [this](const QString &html) { m_text->setHtml(html); });
}

void PreviewPane::findHitPages()
{
    if (m_terms.isEmpty())
        return;
    const QString path = m_library.store().pathFor(m_document.sha256);
    const QStringList terms = m_terms;
    m_requests.add([path, terms] { return PdfPageRenderer::pagesWithHits(path, terms); },
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
    updateControls();
    requestRender();
}

void PreviewPane::nextPage()
{
    goToPage(m_page + 1);
}

void PreviewPane::previousPage()
{
    goToPage(m_page - 1);
}

void PreviewPane::nextHit()
{
    for (int page : std::as_const(m_hitPages)) {
        if (page > m_page) {
            goToPage(page);
            return;
        }
    }
}

void PreviewPane::previousHit()
{
    for (auto it = m_hitPages.crbegin(); it != m_hitPages.crend(); ++it) {
        if (*it < m_page) {
            goToPage(*it);
            return;
        }
    }
}

void PreviewPane::zoomIn()
{
    m_fitWidth = false;
    m_zoomPercent = qMin(400, m_zoomPercent + 25);
    requestRender();
}

void PreviewPane::zoomOut()
{
    m_fitWidth = false;
    m_zoomPercent = qMax(25, m_zoomPercent - 25);
    requestRender();
}

void PreviewPane::fitWidth()
{
    m_fitWidth = true;
    requestRender();
}
