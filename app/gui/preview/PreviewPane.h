#pragma once

#include "core/library/CatalogRecords.h"
#include "gui/async/AsyncTask.h"

#include <QHash>
#include <QImage>
#include <QWidget>

class Library;
class QLabel;
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
    explicit PreviewPane(Library &library, QWidget *parent = nullptr);

    // page: 1-based page of the best hit, 0 for the first page.
    void showDocument(const DocumentRecord &document, int page, const QStringList &terms);
    void clear();

    int currentPage() const { return m_page; } // 0-based
    int pageCount() const { return m_pageCount; }
    int hitsOnPage() const { return m_hitsOnPage; }
    QList<int> hitPages() const { return m_hitPages; }
    bool isShowingPage() const;
    QString message() const; // the error or note shown instead of a page, if any

public slots:
    void nextPage();
    void previousPage();
    void nextHit();
    void previousHit();
    void zoomIn();
    void zoomOut();
    void fitWidth();

signals:
    void pageShown(int page, int hitCount); // 0-based

private:
    // PDFs and images (scans, photos of pages) are shown as pages; other formats as text.
    static bool showsPages(const DocumentRecord &document);
    static bool isImage(const DocumentRecord &document);
    void goToPage(int page);
    void requestRender();
    void showImage(const QImage &image);
    void showMessage(const QString &text);
    void updateControls();
    void loadText();
    void findHitPages();
    double dpi() const;

    Library &m_library;
    DocumentRecord m_document;
    QStringList m_terms;
    int m_page = 0;
    int m_pageCount = 0;
    int m_hitsOnPage = 0;
    int m_zoomPercent = 100;
    bool m_fitWidth = true;
    QList<int> m_hitPages;
    AsyncTask::LatestRequest m_requests { this }; // page, text and hit pages of the shown document
    QHash<QString, QImage> m_cache; // "page@dpi" → image, for the current document
    QHash<QString, int> m_cachedHits;

    QTabWidget *m_tabs;
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
    QTextBrowser *m_text;
    QWidget *m_pageTab;
};
