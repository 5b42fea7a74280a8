#include "core/extract/ImageExtractor.h"

#include "core/extract/PdfExtractor.h"
#include "core/extract/ScanImage.h"
#include "core/extract/ScanReader.h"
#include "core/extract/TextBudget.h"

Extraction ImageExtractor::extract(const QString &path, const ExtractionLimits &limits) const
{
    Extraction result;
    QString error;
    const QImage image = ScanImage::load(path, &error);
    if (image.isNull()) {
        // An image is kept with its metadata even when it cannot be read, as before OCR.
        result.textExtracted = false;
        result.warnings.append(tr("Only metadata is cataloged for this image: %1").arg(error));
        return result;
    }
    result.paged = true;
    result.pageCount = 1;
    ScanReader scans(result, limits);
    QString text;
    if (scans.wantsPage(1))
        text = PdfExtractor::normalizePageText(scans.read(1, image, ScanImage::resolution(image)));
    scans.finish();
    result.textExtracted = !result.ocrPages.isEmpty() || !text.isEmpty();
    // Nothing read (OCR missing, or a picture without words): metadata only, as before. A photo
    // without text is no problem worth a warning; missing OCR is (ScanReader said so).
    if (!result.textExtracted)
        return result;
    TextBudget budget(limits.maxTextChars);
    QString page;
    budget.append(page, text);
    if (budget.exhausted())
        result.warnings.append(budget.warning());
    result.pages.append(page);
    return result;
}
