#include "core/preview/PdfPageRenderer.h"

#include "core/preview/OcrHighlighter.h"

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

// Prefix words ("vertr*") are searched without the star; Poppler matches inside words anyway.
QStringList searchable(const QStringList &words)
{
    QStringList result;
    for (QString word : words) {
        word.remove(QLatin1Char('*'));
        if (word.trimmed().size() >= 2)
            result.append(word.trimmed());
    }
    return result;
}

constexpr auto SearchFlags = Poppler::Page::IgnoreCase | Poppler::Page::IgnoreDiacritics;
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
    for (const QString &word : searchable(highlightWords)) {
        const QList<QRectF> rects = p->search(word, SearchFlags);
        for (const QRectF &r : rects) {
            const QRectF place(r.x() * scale, r.y() * scale, r.width() * scale, r.height() * scale);
            painter.drawRect(place);
            result.hitRects.append(place);
            ++result.hitCount;
        }
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
    const QStringList terms = searchable(words);
    for (int i = 0; i < doc->numPages() && !terms.isEmpty(); ++i) {
        std::unique_ptr<Poppler::Page> p = doc->page(i);
        if (!p)
            continue;
        for (const QString &word : terms) {
            if (!p->search(word, SearchFlags).isEmpty()) {
                pages.append(i);
                break;
            }
        }
    }
    return pages;
}
