#pragma once

#include "core/preview/PdfPageRenderer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Shows a page of an image document (a scan, a photo of a page; a multi-page TIFF has many) like a
// PDF page: at the requested zoom, with the query's words highlighted from the boxes OCR found on it.
class ImagePageRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ImagePageRenderer)

public:
    // page (0-based) and dpi as for PdfPageRenderer::render; the image counts as scanned at 300 dpi unless it
    // says otherwise.
    static PdfPageRenderer::Result render(const QString &path, int page, double dpi,
                                          const QStringList &highlightWords, const QByteArray &ocrBoxes = {});
};
