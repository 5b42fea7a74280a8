#pragma once

#include <QString>

// Which documents have pages, and where they come from, decided here once for the search (the page
// of the first hit), DocumentPages (what the preview and the command line render) and the preview:
// a PDF is its own pages (scanned pages read by OCR included), an image is one page, an office
// document has the pages of the PDF made of it once its conversion is done (document_pages state
// 'done'); other documents (text, HTML) have none, and "page 1" of them means nothing.
namespace PageSource {
enum class Kind { None, OwnPdf, OwnImage, MadePdf };

Kind of(const QString &format, bool pagesMade);
// SQL that is true when the document whose id is the expression documentId has pages, by the
// same rule (documents.format, document_pages.state).
QString sqlHasPages(const QString &documentId);
} // namespace PageSource
