#pragma once

#include "core/extract/Extractor.h"

#include <QCoreApplication>

// Text per page and the Info dictionary's title, author and subject of a PDF, through Poppler.
// Each call loads its own Poppler::Document, so calls from several threads do not interfere.
class PdfExtractor : public Extractor
{
    Q_DECLARE_TR_FUNCTIONS(PdfExtractor)

public:
    Extraction extract(const QString &path, const ExtractionLimits &limits = {}) const override;

    // Cleans the text Poppler gives for one page: unifies line ends, strips trailing blanks,
    // resolves typographic ligatures (U+FB00-FB06), drops soft hyphens and joins words hyphenated
    // at a line end ("Daten-\nschutz" -> "Datenschutz") unless the next word shows that the hyphen
    // belongs there ("Bundes- und Landesrecht").
    // Poppler prints every syntax problem of a PDF to stderr; a catalog of real-world PDFs makes that
    // a flood users cannot act on. Broken files are reported through Extraction::error instead.
    static void silencePopplerMessages();
    static QString normalizePageText(const QString &text);
};
