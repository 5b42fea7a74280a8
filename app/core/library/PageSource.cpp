#include "core/library/PageSource.h"

namespace {
const QLatin1String PdfFormat("pdf");
const QLatin1String ImageFormat("image");
const QLatin1String DoneState("done"); // document_pages.state of a finished conversion (Catalog)
} // namespace

PageSource::Kind PageSource::of(const QString &format, bool pagesMade)
{
    if (format == PdfFormat)
        return Kind::OwnPdf;
    if (format == ImageFormat)
        return Kind::OwnImage;
    return pagesMade ? Kind::MadePdf : Kind::None;
}

QString PageSource::sqlHasPages(const QString &documentId)
{
    return QStringLiteral(
               "(EXISTS (SELECT 1 FROM documents pd WHERE pd.id = %1 AND pd.format IN ('%2', '%3')) "
               "OR EXISTS (SELECT 1 FROM document_pages pp WHERE pp.document_id = %1 AND pp.state = '%4'))")
        .arg(documentId, PdfFormat, ImageFormat, DoneState);
}
