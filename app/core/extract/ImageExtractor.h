#pragma once

#include "core/extract/Extractor.h"

#include <QCoreApplication>

// The text of an image (a scanned page, a photo of a signed decision) by text recognition (OCR).
// The image is one page; its words' boxes are kept like a scanned PDF page's. Images this cannot
// decode (SVG) and installations without OCR are cataloged with metadata only, as before, with a
// warning that says what would give text.
class ImageExtractor : public Extractor
{
    Q_DECLARE_TR_FUNCTIONS(ImageExtractor)

public:
    Extraction extract(const QString &path, const ExtractionLimits &limits = {}) const override;
};
