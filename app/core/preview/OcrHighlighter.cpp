#include "core/preview/OcrHighlighter.h"

#include "core/extract/OcrBoxes.h"
#include "core/text/HighlightMatcher.h"

#include <QPainter>

namespace OcrHighlighter {
namespace {

// The recognized words the search matched, by the same rules as the text view and PDF pages
// (folded, stemmed, compound parts, the searcher's other forms).
QList<QRectF> matches(const QByteArray &boxes, const QStringList &words)
{
    QList<QRectF> found;
    const HighlightMatcher matcher(words);
    QList<OcrWord> page;
    if (matcher.isEmpty() || boxes.isEmpty() || !OcrBoxes::decode(boxes, &page))
        return found;
    for (const OcrWord &word : std::as_const(page)) {
        if (matcher.matchesWord(word.text))
            found.append(word.box);
    }
    return found;
}

} // namespace

QList<QRectF> paint(QImage &image, const QByteArray &boxes, const QStringList &words)
{
    QList<QRectF> places;
    const QList<QRectF> found = matches(boxes, words);
    if (found.isEmpty() || image.isNull())
        return places;
    QPainter painter(&image);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 200, 0, 110)); // as PdfPageRenderer's text hits
    const double w = image.width() / image.devicePixelRatio();
    const double h = image.height() / image.devicePixelRatio();
    for (const QRectF &box : found) {
        places.append(QRectF(box.x() * w, box.y() * h, box.width() * w, box.height() * h));
        painter.drawRect(places.last());
    }
    return places;
}

bool hasHits(const QByteArray &boxes, const QStringList &words)
{
    return !matches(boxes, words).isEmpty();
}

} // namespace OcrHighlighter
