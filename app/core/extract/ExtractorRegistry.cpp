#include "core/extract/ExtractorRegistry.h"

#include "core/extract/HtmlExtractor.h"
#include "core/extract/ImageExtractor.h"
#include "core/extract/OdfExtractor.h"
#include "core/extract/OoxmlExtractor.h"
#include "core/extract/PdfExtractor.h"
#include "core/extract/PlainTextExtractor.h"

#include <exception>
#include <new>

const Extractor *ExtractorRegistry::forFormat(DocumentFormat format)
{
    // Function-local statics: constructed once, thread-safe, never mutated afterwards.
    static const PdfExtractor pdf;
    static const OoxmlExtractor ooxml;
    static const OdfExtractor odf;
    static const PlainTextExtractor text(DocumentFormat::Text);
    static const PlainTextExtractor markdown(DocumentFormat::Markdown);
    static const PlainTextExtractor csv(DocumentFormat::Csv);
    static const HtmlExtractor html;
    static const ImageExtractor image;

    switch (format) {
    case DocumentFormat::Pdf:
        return &pdf;
    case DocumentFormat::Docx:
    case DocumentFormat::Xlsx:
    case DocumentFormat::Pptx:
        return &ooxml;
    case DocumentFormat::Odt:
    case DocumentFormat::Ods:
    case DocumentFormat::Odp:
        return &odf;
    case DocumentFormat::Text:
        return &text;
    case DocumentFormat::Markdown:
        return &markdown;
    case DocumentFormat::Csv:
        return &csv;
    case DocumentFormat::Html:
        return &html;
    case DocumentFormat::Image:
        return &image;
    case DocumentFormat::Doc:
    case DocumentFormat::Xls:
    case DocumentFormat::Ppt:
    case DocumentFormat::Rtf:
    case DocumentFormat::Unknown:
        return nullptr;
    }
    return nullptr;
}

Extraction ExtractorRegistry::extractFile(const QString &path, DocumentFormat format,
                                          const ExtractionLimits &limits)
{
    const Extractor *extractor = forFormat(format);
    if (!extractor) {
        Extraction result;
        result.textExtracted = false;
        // The old Office formats and RTF get their text from their pages (LibreOffice) later.
        if (!DocumentFormats::hasPages(format))
            result.warnings.append(
                tr("Format %1: only metadata is cataloged, no text extracted.").arg(DocumentFormats::id(format)));
        return result;
    }
    try {
        Extraction result = extractor->extract(path, limits);
        if (!result.ok()) {
            result.textExtracted = false;
            result.pages.clear();
        }
        return result;
    } catch (const std::bad_alloc &) {
        Extraction result;
        result.error = tr("There was not enough memory to extract the text.");
        return result;
    } catch (const std::exception &e) {
        Extraction result;
        result.error = tr("The text could not be extracted: %1").arg(QString::fromLocal8Bit(e.what()));
        return result;
    }
}
