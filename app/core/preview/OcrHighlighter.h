#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QStringList>

// Highlights a query's words on a page read by OCR, where Poppler has no text to search: the
// page's word boxes (OcrBoxes, from the catalog) are matched as HighlightMatcher matches a PDF
// page's words and painted over the rendered page, whatever its size.
namespace OcrHighlighter {
// Paints the boxes of matching words onto image (the whole page). Returns the places painted, in
// the image's pixels; none also when boxes is empty or malformed.
QList<QRectF> paint(QImage &image, const QByteArray &boxes, const QStringList &words);
// Whether any word of the page matches.
bool hasHits(const QByteArray &boxes, const QStringList &words);
} // namespace OcrHighlighter
