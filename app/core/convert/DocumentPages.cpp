#include "core/convert/DocumentPages.h"

#include "core/library/Library.h"
#include "core/library/PageSource.h"

QString DocumentPages::pdfPath(const Library &library, const DocumentRecord &document,
                               const PageStatus &status)
{
    switch (PageSource::of(document.format, status.isDone())) {
    case PageSource::Kind::OwnPdf:
        return library.store().pathFor(document.sha256);
    case PageSource::Kind::MadePdf:
        return library.derived().hasPdf(document.sha256) ? library.derived().pdfPath(document.sha256)
                                                         : QString();
    case PageSource::Kind::OwnImage: // rendered from the stored image itself (ImagePageRenderer)
    case PageSource::Kind::None:
        break;
    }
    return {};
}
