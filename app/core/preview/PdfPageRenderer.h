#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QRectF>
#include <QString>
#include <QStringList>

// Renders one page of a PDF with Poppler, the words the search matched highlighted (highlightWords
// is SearchResult::highlightTerms, matched by HighlightMatcher). Stateless and thread-safe:
// the GUI calls it on a worker thread and caches the images it gets back.
class PdfPageRenderer
{
    Q_DECLARE_TR_FUNCTIONS(PdfPageRenderer)

public:
    struct Result
    {
        QImage image;
        int pageCount = 0;
        int hitCount = 0;  // highlighted places on this page
        QList<QRectF> hitRects; // those places in the image's pixels, top to bottom, left to right
        QString error;     // for the user: broken, encrypted, no such page
    };

    // page is 0-based; dpi 100 shows a page at about its printed size on a normal screen.
    // ocrBoxes: the page's word boxes when its text was read by OCR (Catalog::ocrBoxes), so that
    // hits on a scanned page are highlighted too.
    static Result render(const QString &path, int page, double dpi, const QStringList &highlightWords,
                         const QByteArray &ocrBoxes = {});
    // Pages (0-based) holding any of the words, in order; used for "next hit" across pages.
    static QList<int> pagesWithHits(const QString &path, const QStringList &words);
};
