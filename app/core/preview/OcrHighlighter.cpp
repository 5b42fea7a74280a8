#include "core/preview/OcrHighlighter.h"

#include "core/extract/OcrBoxes.h"

#include <QPainter>

namespace OcrHighlighter {
namespace {

// Case-folded, without diacritics ("Gebühr" → "gebuhr"), as Poppler's IgnoreCase | IgnoreDiacritics.
QString folded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out.toCaseFolded();
}

// Prefix words ("vertr*") are searched without the star; shorter than two letters matches too much.
QStringList terms(const QStringList &words)
{
    QStringList result;
    for (QString word : words) {
        word.remove(QLatin1Char('*'));
        word = word.trimmed();
        if (word.size() >= 2)
            result.append(folded(word));
    }
    return result;
}

QList<QRectF> matches(const QByteArray &boxes, const QStringList &words)
{
    QList<QRectF> found;
    const QStringList wanted = terms(words);
    QList<OcrWord> page;
    if (wanted.isEmpty() || boxes.isEmpty() || !OcrBoxes::decode(boxes, &page))
        return found;
    for (const OcrWord &word : std::as_const(page)) {
        const QString text = folded(word.text);
        for (const QString &term : wanted) {
            if (text.contains(term)) {
                found.append(word.box);
                break;
            }
        }
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
