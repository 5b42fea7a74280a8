#pragma once

#include "core/extract/Extractor.h"

#include <QCoreApplication>

// Text and core properties (docProps/core.xml) of Office Open XML files. Which of DOCX, XLSX and
// PPTX a file is comes from its package (the main part the relationships name), not its name.
//  - DOCX: one page with the body, then footnotes, endnotes, headers and footers.
//  - XLSX: one page per worksheet in workbook order: the sheet name, then one line per row with
//    the cells separated by tabs (shared and inline strings resolved, numbers as stored).
//  - PPTX: one page per slide in presentation order (else by slide number); pageCount = slides,
//    paged = false.
class OoxmlExtractor : public Extractor
{
    Q_DECLARE_TR_FUNCTIONS(OoxmlExtractor)

public:
    Extraction extract(const QString &path, const ExtractionLimits &limits = {}) const override;
};
