#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QString>

// Loads an image file (a photo or scan of a page) for text recognition and for the preview: PNG,
// JPEG, GIF and BMP through Qt, TIFF and WebP (which Qt reads only with extra plugins) through
// Leptonica, Tesseract's image library. Bounded: an image of more than MaxPixels is refused
// before it is decoded.
class ScanImage
{
    Q_DECLARE_TR_FUNCTIONS(ScanImage)

public:
    static constexpr qint64 MaxPixels = 100ll * 1000 * 1000; // a 10,000 × 10,000 scan: A4 at 1200 dpi

    // Null with *error set when the file is not an image this can read, or too large.
    static QImage load(const QString &path, QString *error);
    // The resolution the image was scanned at: what the file says when that is a plausible scanning
    // resolution (phones write 72 dpi for anything), otherwise 300 dpi.
    static int resolution(const QImage &image);
};
