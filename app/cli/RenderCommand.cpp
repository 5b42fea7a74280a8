#include "cli/CliCommand.h"
#include "core/convert/DocumentPages.h"
#include "core/library/Library.h"
#include "core/preview/ImagePageRenderer.h"
#include "core/preview/PdfPageRenderer.h"

#include <QImageWriter>

namespace {
class RenderCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("render"); }
    QString description() const override
    {
        return tr("Render a page of a document that has pages (PDF, converted office file, scan or photo) to "
                  "a PNG image.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption(
            { QStringLiteral("page"), tr("The page, from 1 (default 1)."), QStringLiteral("N") });
        parser.addOption({ QStringLiteral("dpi"),
                           tr("Resolution in dots per inch (default 100, at most 600)."),
                           QStringLiteral("D") });
        parser.addOption({ QStringLiteral("out"), tr("The PNG file to write."), QStringLiteral("FILE") });
        parser.addPositionalArgument(QStringLiteral("ID"), tr("The document's id (see list and search)."));
    }

    int run(const QCommandLineParser &parser, Library &library) override
    {
        bool idOk = false;
        const qint64 id = parser.positionalArguments().value(0).toLongLong(&idOk);
        bool pageOk = true;
        bool dpiOk = true;
        const int page
            = parser.isSet(QStringLiteral("page")) ? parser.value(QStringLiteral("page")).toInt(&pageOk) : 1;
        const double dpi = parser.isSet(QStringLiteral("dpi"))
            ? parser.value(QStringLiteral("dpi")).toDouble(&dpiOk)
            : 100.0;
        const QString target = parser.value(QStringLiteral("out"));
        if (parser.positionalArguments().size() != 1 || !idOk || !pageOk || page < 1 || !dpiOk || dpi < 10
            || dpi > 600 || target.isEmpty()) {
            err() << tr(
                "render: give one document id, --out FILE.png, a --page from 1 and a --dpi from 10 to 600.")
                  << '\n';
            return ExitCode::Usage;
        }
        const auto doc = library.catalog().document(id);
        if (!doc) {
            if (catalogReadFailed(library))
                return ExitCode::Failure;
            err() << tr("There is no document %1.").arg(id) << '\n';
            return ExitCode::Failure;
        }
        const PageStatus status = library.catalog().pageStatus(id);
        // An image (a scan, each page of a multi-page TIFF) is its own pages, as in the preview.
        const bool image = doc->format == QLatin1String("image");
        const QString pdf
            = image ? library.store().pathFor(doc->sha256) : DocumentPages::pdfPath(library, *doc, status);
        if (pdf.isEmpty()) {
            err() << printable(
                DocumentPages::coming(status)
                    ? tr("Document %1 (%2) has no pages yet: they are queued ('srtoolbox-cli pages --wait').")
                          .arg(id)
                          .arg(doc->filename)
                    : tr("Document %1 (%2) has no pages.").arg(id).arg(doc->filename))
                  << '\n';
            return ExitCode::Failure;
        }
        const PdfPageRenderer::Result result = image ? ImagePageRenderer::render(pdf, page - 1, dpi, {})
                                                     : PdfPageRenderer::render(pdf, page - 1, dpi, {});
        if (!result.error.isEmpty() || result.image.isNull()) {
            err() << printable(
                tr("Cannot render page %1 of document %2: %3").arg(page).arg(id).arg(result.error))
                  << '\n';
            return ExitCode::Failure;
        }
        QImageWriter writer(target, "png");
        if (!writer.write(result.image)) {
            err() << printable(tr("Cannot write %1: %2").arg(target, writer.errorString())) << '\n';
            return ExitCode::Failure;
        }
        out() << printable(tr("Page %1 of %2 written to %3.").arg(page).arg(result.pageCount).arg(target))
              << '\n';
        return ExitCode::Ok;
    }
};
} // namespace

std::unique_ptr<CliCommand> makeRenderCommand()
{
    return std::make_unique<RenderCommand>();
}
