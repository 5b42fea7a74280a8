#pragma once

#include "core/extract/Extractor.h"

#include <QCoreApplication>

// Text and metadata (meta.xml) of OpenDocument files: ODT, ODS and ODP (and their templates).
// The kind comes from the body of content.xml, not the file name.
//  - ODT: one page with all paragraphs and headings.
//  - ODS: one page per table: the table name, then one line per row with cells separated by tabs.
//  - ODP: one page per slide (draw:page), speaker notes left out; pageCount = slides, paged = false.
// Author is meta:initial-creator (who wrote it) and dc:creator (who saved it last) otherwise.
class OdfExtractor : public Extractor
{
    Q_DECLARE_TR_FUNCTIONS(OdfExtractor)

public:
    Extraction extract(const QString &path, const ExtractionLimits &limits = {}) const override;
};
