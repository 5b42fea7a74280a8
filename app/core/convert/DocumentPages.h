#pragma once

#include "core/library/CatalogRecords.h"

#include <QString>

class Library;

// Where a document's pages come from, for everything that shows or renders pages (preview, the
// command line's render): a PDF is its own pages; an office document has the PDF LibreOffice made
// of it (derived/) once PageBuilder is done with it; other documents have none.
class DocumentPages
{
public:
    // The PDF to render; empty when the document has no pages (yet).
    static QString pdfPath(const Library &library, const DocumentRecord &document, const PageStatus &status);
    // True while an office document's pages are queued (shown as text until then).
    static bool coming(const PageStatus &status) { return status.isPending(); }
};
