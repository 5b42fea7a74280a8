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
