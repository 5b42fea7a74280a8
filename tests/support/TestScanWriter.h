#pragma once

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

// Writes "scanned" documents for the OCR tests: the pages are first written as a text PDF (large
// type on small pages, so recognition is quick and sure), then the pages meant as scans are
// rendered with Poppler and put back as images, without a text layer, the way a scanner's PDF
// holds them. Text pages stay text, which gives a mixed PDF.
class TestScanWriter
{
public:
    static constexpr int Dpi = 300;

    TestScanWriter &addTextPage(const QStringList &lines);
    TestScanWriter &addScannedPage(const QStringList &lines);

    bool writePdf(const QString &path) const;
    // The first page rendered to an image file (format from the suffix: .png, .jpg, .tif via Qt where it
    // can).
    bool writeImage(const QString &path) const;
    // Every page rendered to one multi-page TIFF (uncompressed grey, at Dpi), as a scanner writes
    // them; Qt cannot write more than one page, so the test writes the TIFF itself.
    bool writeTiff(const QString &path) const;
    QImage renderPage(int index) const;

private:
    struct Page
    {
        QStringList lines;
        bool scanned = false;
    };
    QByteArray textPdf() const;

    QList<Page> m_pages;
};
