#include "core/preview/PdfPageRenderer.h"

#include "core/preview/OcrHighlighter.h"
#include "core/text/HighlightMatcher.h"

#include <QPainter>
#include <algorithm>
#include <memory>
#include <poppler-qt6.h>

namespace {
std::unique_ptr<Poppler::Document> openDocument(const QString &path, QString *error)
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc) {
        *error = PdfPageRenderer::tr("The PDF cannot be read; it may be damaged.");
        return nullptr;
    }
    if (doc->isLocked()) {
        *error = PdfPageRenderer::tr("The PDF is password-protected and cannot be shown.");
        return nullptr;
    }
    doc->setRenderHint(Poppler::Document::Antialiasing);
    doc->setRenderHint(Poppler::Document::TextAntialiasing);
    return doc;
}

// The boxes of the page's words that hold a match: the words as the search matched them (folded,
// stemmed, compound parts, hyphen variants, abbreviations: HighlightMatcher), not the query as typed,
// which Poppler's own search would only find letter for letter ("foerderung" never marks "Förderung").
QList<QRectF> matchedBoxes(Poppler::Page &page, const HighlightMatcher &matcher)
{
    QList<QRectF> boxes;
    if (matcher.isEmpty())
        return boxes;
    for (const std::unique_ptr<Poppler::TextBox> &box : page.textList()) {
        if (box && matcher.matchesWord(box->text()))
            boxes.append(box->boundingBox());
    }
    return boxes;
}

} // namespace

PdfPageRenderer::Result PdfPageRenderer::render(const QString &path, int page, double dpi,
                                                const QStringList &highlightWords, const QByteArray &ocrBoxes)
{
    Result result;
    auto doc = openDocument(path, &result.error);
    if (!doc)
        return result;
    result.pageCount = doc->numPages();
    if (page < 0 || page >= result.pageCount) {
        result.error = tr("The PDF has no page %1.").arg(page + 1);
        return result;
    }
    std::unique_ptr<Poppler::Page> p = doc->page(page);
    if (!p) {
        result.error = tr("Page %1 cannot be read.").arg(page + 1);
        return result;
    }
    result.image = p->renderToImage(dpi, dpi);
    if (result.image.isNull()) {
        result.error = tr("Page %1 cannot be rendered.").arg(page + 1);
        return result;
    }
    QPainter painter(&result.image);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 200, 0, 110));
    const double scale = dpi / 72.0; // search results are in points
    for (const QRectF &r : matchedBoxes(*p, HighlightMatcher(highlightWords))) {
        const QRectF place(r.x() * scale, r.y() * scale, r.width() * scale, r.height() * scale);
        painter.drawRect(place);
        result.hitRects.append(place);
    }
    painter.end();
    result.hitRects.append(OcrHighlighter::paint(result.image, ocrBoxes, highlightWords));
    result.hitCount = int(result.hitRects.size());
    // In reading order, for "next hit" within the page (each word was searched on its own).
    std::sort(result.hitRects.begin(), result.hitRects.end(), [](const QRectF &a, const QRectF &b) {
        return qRound(a.top()) != qRound(b.top()) ? a.top() < b.top() : a.left() < b.left();
    });
    return result;
}

QList<int> PdfPageRenderer::pagesWithHits(const QString &path, const QStringList &words)
{
    QString error;
    auto doc = openDocument(path, &error);
    QList<int> pages;
    if (!doc)
        return pages;
    const HighlightMatcher matcher(words);
    for (int i = 0; i < doc->numPages() && !matcher.isEmpty(); ++i) {
        std::unique_ptr<Poppler::Page> p = doc->page(i);
        if (p && !matchedBoxes(*p, matcher).isEmpty())
            pages.append(i);
    }
    return pages;
}
