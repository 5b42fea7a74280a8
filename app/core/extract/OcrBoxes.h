#pragma once

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QString>

// One word Tesseract read on a page, with where it sits.
struct OcrWord
{
    QString text;
    // In page coordinates as fractions of the page's width and height, 0..1: the same box fits the
    // page at any zoom, whether it was rendered from a PDF at 300 dpi or is an image's own pixels.
    QRectF box;
};

// The compact form the words of one OCRed page travel in (worker → importer) and are kept in
// (the catalog's ocr_pages table), and its reader, which trusts nothing: the bytes come from a
// worker that read a hostile file, or from a catalog on disk.
//
// Layout: "SRTB", a version byte, the word count (varint), then per word x, y, width and height as
// unsigned 16-bit big-endian fractions of 65535, the UTF-8 length (varint) and the UTF-8 text.
// A page's boxes take about 8 bytes plus the word itself: a dense A4 page of 500 words is ~7 KB.
namespace OcrBoxes {
constexpr int MaxWordsPerPage = 100000;
constexpr int MaxWordBytes = 1024;

// Words beyond MaxWordsPerPage and bytes beyond MaxWordBytes are dropped; boxes are clamped to the page.
QByteArray encode(const QList<OcrWord> &words);
// False (and *words untouched) for anything malformed: wrong magic or version, a count or length
// past the bytes there are or the bounds above, a box outside the page, invalid UTF-8, trailing bytes.
bool decode(const QByteArray &bytes, QList<OcrWord> *words);
} // namespace OcrBoxes
