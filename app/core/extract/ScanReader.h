#pragma once

#include "core/extract/Extraction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QList>
#include <QString>

// Reads the pages of one document that have no usable text (scanned pages, images) with OCR,
// within the document's limits, and records them in its Extraction: the boxes of each page read,
// and at the end one warning per kind of shortfall (OCR not installed, pages over the limit, pages
// stopped at the time limit), so that the details say what is missing and why.
class ScanReader
{
    Q_DECLARE_TR_FUNCTIONS(ScanReader)

public:
    ScanReader(Extraction &result, const ExtractionLimits &limits);

    // Whether a page's text layer is usable: it has a few letters or digits. A scan has none, or
    // a page number.
    static bool isUsableText(const QString &text);

    // True when the page (1-based) should be read: OCR is installed and neither the page limit nor
    // the document's time limit (counted from construction) is reached.
    // Counts the page as needing OCR either way, for the warnings.
    bool wantsPage(int page);
    // Recognizes the image of a page wantsPage() accepted. Returns the text read (empty when none);
    // records the page's boxes in the Extraction when it has words.
    QString read(int page, const QImage &image, int dpi);
    // Adds the warnings. Call once, after the last page.
    void finish();

private:
    int remainingSeconds() const;

    Extraction &m_result;
    const ExtractionLimits &m_limits;
    int m_needed = 0;
    int m_read = 0;
    bool m_unavailable = false;
    bool m_outOfTime = false;
    QElapsedTimer m_clock;
    QList<int> m_timedOut;
    QList<int> m_failed;
};
