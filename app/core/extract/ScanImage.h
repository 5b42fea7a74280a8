#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>

// An image file (a photo or scan of pages) for text recognition and for the preview: PNG, JPEG,
// GIF and BMP through Qt, TIFF and WebP through Leptonica, Tesseract's image library. A TIFF may
// hold many pages (a scanner's or a fax's multi-page TIFF); every other image is one page.
// Leptonica reads TIFF even where Qt's TIFF plugin is installed, because it reads every page the
// same way on every installation without another package. Bounded: a page of more than MaxPixels
// is refused before it is decoded.
class ScanImage
{
    Q_DECLARE_TR_FUNCTIONS(ScanImage)

public:
    static constexpr qint64 MaxPixels = 100ll * 1000 * 1000; // a 10,000 × 10,000 scan: A4 at 1200 dpi

    // Looks at the file: its kind and pages. Decodes nothing yet.
    explicit ScanImage(const QString &path);

    // Set when the file is not an image this can read; then pageCount() is 0.
    QString error() const { return m_error; }
    int pageCount() const { return m_pageCount; }
    // A page (0-based); null with *error set when it cannot be decoded or is too large.
    QImage page(int index, QString *error) const;

    // The first page. Null with *error set when the file is not an image this can read, or too large.
    static QImage load(const QString &path, QString *error);
    // The resolution the image was scanned at: what the file says when that is a plausible scanning
    // resolution (phones write 72 dpi for anything), otherwise 300 dpi.
    static int resolution(const QImage &image);

private:
    QImage readWithQt(QString *error) const;
    QImage readWithLeptonica(int index, QString *error) const;

    QString m_path;
    QByteArray m_data; // the file, when Leptonica reads it
    bool m_qt = false;
    bool m_tiff = false;
    int m_pageCount = 0;
    QString m_error;
};
