#include "core/extract/ImageExtractor.h"

#include "core/extract/PdfExtractor.h"
#include "core/extract/ScanImage.h"
#include "core/extract/ScanReader.h"
#include "core/extract/TextBudget.h"

Extraction ImageExtractor::extract(const QString &path, const ExtractionLimits &limits) const
{
    Extraction result;
    const ScanImage scan(path);
    QString error = scan.error();
    if (error.isEmpty() && scan.pageCount() > limits.maxPages)
        error = tr("The image has %1 pages, more than the limit of %2 pages.")
                    .arg(scan.pageCount())
                    .arg(limits.maxPages);
    // The first page decoded before anything else, so that an image that cannot be shown at all is
    // cataloged as before OCR: with its metadata and the reason.
    QImage image;
    if (error.isEmpty())
        image = scan.page(0, &error);
    if (image.isNull()) {
        result.textExtracted = false;
        result.warnings.append(tr("Only metadata is cataloged for this image: %1").arg(error));
        return result;
    }
    result.paged = true;
    result.pageCount = scan.pageCount();
    ScanReader scans(result, limits);
    TextBudget budget(limits.maxTextChars);
    QStringList texts;
    QStringList unreadable;
    // Every page of a multi-page TIFF within the OCR limits; a page past them stays empty, so that
    // page numbers line up with the image's pages.
    for (int index = 0; index < result.pageCount; ++index) {
        QString page;
        if (!budget.exhausted() && scans.wantsPage(index + 1)) {
            if (index > 0)
                image = scan.page(index, &error);
            if (image.isNull())
                unreadable.append(QString::number(index + 1));
            else
                budget.append(page,
                              PdfExtractor::normalizePageText(
                                  scans.read(index + 1, image, ScanImage::resolution(image))));
            image = QImage();
        }
        texts.append(page);
    }
    scans.finish();
    if (!unreadable.isEmpty())
        result.warnings.append(tr("Page(s) %1 of the image cannot be read: %2")
                                   .arg(unreadable.join(QStringLiteral(", ")), error));
    result.textExtracted = !result.ocrPages.isEmpty()
        || std::any_of(texts.cbegin(), texts.cend(), [](const QString &t) { return !t.isEmpty(); });
    // Nothing read (OCR missing, or a picture without words): metadata only, as before. A photo
    // without text is no problem worth a warning; missing OCR is (ScanReader said so).
    if (!result.textExtracted)
        return result;
    if (budget.exhausted())
        result.warnings.append(budget.warning());
    result.pages = texts;
    return result;
}
