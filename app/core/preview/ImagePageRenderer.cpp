#include "core/preview/ImagePageRenderer.h"

#include "core/extract/ScanImage.h"
#include "core/preview/OcrHighlighter.h"

PdfPageRenderer::Result ImagePageRenderer::render(const QString &path, int page, double dpi,
                                                  const QStringList &highlightWords,
                                                  const QByteArray &ocrBoxes)
{
    PdfPageRenderer::Result result;
    const ScanImage scan(path);
    QString error;
    QImage image = scan.page(page, &error);
    if (image.isNull()) {
        result.error = tr("The image cannot be shown: %1").arg(error);
        return result;
    }
    result.pageCount = scan.pageCount();
    const QSize size
        = (QSizeF(image.size()) * (dpi / ScanImage::resolution(image))).toSize().expandedTo(QSize(1, 1));
    result.image = image.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                       .convertToFormat(QImage::Format_ARGB32_Premultiplied);
    result.hitRects = OcrHighlighter::paint(result.image, ocrBoxes, highlightWords);
    result.hitCount = int(result.hitRects.size());
    return result;
}
