#include "core/convert/DocumentPages.h"

#include "core/library/Library.h"

QString DocumentPages::pdfPath(const Library &library, const DocumentRecord &document,
                               const PageStatus &status)
{
    if (document.format == QLatin1String("pdf"))
        return library.store().pathFor(document.sha256);
    if (status.isDone() && library.derived().hasPdf(document.sha256))
        return library.derived().pdfPath(document.sha256);
    return {};
}
