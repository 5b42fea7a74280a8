#pragma once

#include "core/extract/Extraction.h"

#include <QByteArray>
#include <QString>

// Extracts text and metadata from one file. Implementations are stateless and thread-safe:
// the importer calls them from several worker threads at once.
class Extractor
{
public:
    virtual ~Extractor() = default;
    virtual Extraction extract(const QString &path, const ExtractionLimits &limits = {}) const = 0;
};
