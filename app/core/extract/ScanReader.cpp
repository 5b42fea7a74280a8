#include "core/extract/ScanReader.h"

#include "core/extract/OcrBoxes.h"
#include "core/extract/OcrEngine.h"

namespace {
QString pageList(const QList<int> &pages)
{
    QStringList numbers;
    for (int page : pages)
        numbers.append(QString::number(page));
    return numbers.join(QStringLiteral(", "));
}
} // namespace

ScanReader::ScanReader(Extraction &result, const ExtractionLimits &limits)
    : m_result(result)
    , m_limits(limits)
{
    m_clock.start();
}

bool ScanReader::isUsableText(const QString &text)
{
    // Low, so that a text page is never read twice; a scan has no text layer at all, or a page number.
    constexpr int MinCharacters = 3;
    int count = 0;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() && ++count >= MinCharacters)
            return true;
    }
    return false;
}

bool ScanReader::wantsPage(int)
{
    ++m_needed;
    if (!OcrEngine::forThisThread().isAvailable()) {
        m_unavailable = true;
        return false;
    }
    if (m_read >= m_limits.maxOcrPages)
        return false;
    if (remainingSeconds() <= 0) {
        m_outOfTime = true;
        return false;
    }
    return true;
}

int ScanReader::remainingSeconds() const
{
    return m_limits.ocrSecondsPerDocument - int(m_clock.elapsed() / 1000);
}

QString ScanReader::read(int page, const QImage &image, int dpi)
{
    ++m_read;
    // A page may take its own limit, but not past the document's.
    const int seconds = qMax(1, qMin(m_limits.ocrSecondsPerPage, remainingSeconds()));
    const OcrEngine::Page recognized = OcrEngine::forThisThread().recognize(image, dpi, seconds);
    if (!recognized.error.isEmpty()) {
        m_failed.append(page);
        return {};
    }
    if (recognized.timedOut)
        m_timedOut.append(page);
    if (!recognized.words.isEmpty())
        m_result.ocrPages.append({ page, OcrBoxes::encode(recognized.words) });
    return recognized.text;
}

void ScanReader::finish()
{
    if (m_unavailable) {
        m_result.warnings.append(tr("%n page(s) have no text layer (scanned).", nullptr, m_needed)
                                 + QLatin1Char(' ') + OcrEngine::missingReason());
    } else if (m_outOfTime) {
        m_result.warnings.append(tr("Text recognition (OCR) stopped after %1 seconds for this document; %n "
                                    "scanned page(s) were not read.",
                                    nullptr, m_needed - m_read)
                                     .arg(m_limits.ocrSecondsPerDocument));
    } else if (m_needed > m_read) {
        m_result.warnings.append(
            tr("Text recognition (OCR) read the first %1 scanned pages only; %n more were not read.", nullptr,
               m_needed - m_read)
                .arg(m_limits.maxOcrPages));
    }
    if (!m_timedOut.isEmpty())
        m_result.warnings.append(tr("Text recognition (OCR) stopped at the time limit on page(s) %1; their "
                                    "text may be incomplete.")
                                     .arg(pageList(m_timedOut)));
    if (!m_failed.isEmpty())
        m_result.warnings.append(tr("Text recognition (OCR) failed on page(s) %1.").arg(pageList(m_failed)));
}
