#pragma once

#include "core/library/CatalogRecords.h"
#include "gui/async/AsyncTask.h"
#include "gui/main/WindowLayout.h"

#include <QHash>
#include <QImage>
#include <QWidget>

class Library;
class PageThumbnails;
class QLabel;
class QLayout;
class QScrollArea;
class QTabWidget;
class QTextBrowser;
class QToolButton;

// The right-hand preview: PDF pages rendered by Poppler on a worker thread (with a page cache),
// page navigation, zoom, the query's words highlighted, "next hit" across pages; other formats show
// their extracted text with the words marked.
class PreviewPane : public QWidget
{
    Q_OBJECT

public:
    // The page thumbnails show from this width of the pane on: narrower, the page needs the room.
    static constexpr int ThumbnailsFromWidth = WindowLayout::ThumbnailsFromWidth;

    explicit PreviewPane(Library &library, QWidget *parent = nullptr);

    // page: 1-based page of the best hit, 0 for the first page.
    void showDocument(const DocumentRecord &document, int page, const QStringList &terms);
    void clear();

    int currentPage() const { return m_page; } // 0-based
    int pageCount() const { return m_pageCount; }
    int hitsOnPage() const { return m_hitsOnPage; }
    int hitOnPage() const { return m_hitIndex; } // 0-based, of the hit shown; -1 when none
    QStringList terms() const { return m_terms; }
    // The zoom in percent (100 % shows a page at about its printed size); the fitted one too.
    int zoomPercent() const;
    // The next zoom step from percent in that direction (+1 larger, -1 smaller): steps of 10–25 %.
    static int zoomStep(int percent, int direction);
    int scrollPosition() const; // of the page, vertical, in pixels
    QList<int> hitPages() const { return m_hitPages; }
    bool isShowingPage() const;
    bool canPrint() const; // a PDF with pages is shown
    QString message() const; // the error or note shown instead of a page, if any

public slots:
    void nextPage();
    void previousPage();
    void nextHit();
    void previousHit();
    void zoomIn();
    void zoomOut();
    void fitWidth();
    // The system's print dialog with a page range, then the rendered pages (PDF documents).
    void printDocument();

signals:
    void pageShown(int page, int hitCount); // 0-based
    void printableChanged(bool printable);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLayout *makePageBar();
    QLayout *makePageView();
    void retranslate();
    void showHit();
    void setZoom(int percent);
    static bool isImage(const DocumentRecord &document);
    void goToPage(int page);
    void requestRender();
    void showImage(const QImage &image);
    void showMessage(const QString &text);
    void updateControls();
    void updateThumbnails();
    void loadText();
    void findHitPages();
    double dpi() const;

    Library &m_library;
    DocumentRecord m_document;
    QString m_pagesPath; // the PDF showing its pages (its own, or LibreOffice's of an office file)
    QString m_pagesNote; // why an office document shows text only: its pages are coming
    QStringList m_terms;
    int m_page = 0;
    int m_pageCount = 0;
    int m_hitsOnPage = 0;
    int m_hitIndex = -1; // the hit on the page scrolled to
    int m_pendingHit = 0; // the hit to scroll to once the page arrives; -1: the last one
    QList<QRectF> m_hitRects; // on the shown page
    int m_zoomPercent = 100;
    bool m_fitWidth = true;
    QList<int> m_hitPages;
    AsyncTask::LatestRequest m_requests { this }; // page, text and hit pages of the shown document
    QHash<QString, QImage> m_cache; // "page@dpi" → image, for the current document
    QHash<QString, QList<QRectF>> m_cachedHits;

    QTabWidget *m_tabs;
    PageThumbnails *m_thumbnails; // beside the page, where the pane is wide enough
    QScrollArea *m_scroll;
    QLabel *m_pageView;
    QLabel *m_pageInfo;
    QToolButton *m_previousPage;
    QToolButton *m_nextPage;
    QToolButton *m_previousHit;
    QToolButton *m_nextHitButton;
    QToolButton *m_zoomOut;
    QToolButton *m_zoomIn;
    QToolButton *m_fitWidthButton;
    QLabel *m_zoomInfo;
    QTextBrowser *m_text;
    QWidget *m_pageTab;
};
