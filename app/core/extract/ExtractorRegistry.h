#pragma once

#include "core/extract/DocumentFormat.h"
#include "core/extract/Extraction.h"

#include <QCoreApplication>
#include <QString>

class Extractor;

// The extractor for each format. Extractors are stateless, so one shared instance per format serves
// every thread.
class ExtractorRegistry
{
    Q_DECLARE_TR_FUNCTIONS(ExtractorRegistry)

public:
    // nullptr for formats cataloged with metadata only (Unknown, and the formats whose text comes
    // from their pages: Doc, Xls, Ppt, Rtf).
    static const Extractor *forFormat(DocumentFormat format);

    // Extracts with forFormat(format). For metadata-only formats: textExtracted = false and a
    // warning saying so, no error. Never throws: running out of memory becomes an error.
    static Extraction extractFile(const QString &path, DocumentFormat format,
                                  const ExtractionLimits &limits = {});
};
