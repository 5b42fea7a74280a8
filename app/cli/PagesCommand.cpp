#include "cli/CliCommand.h"
#include "cli/PageConversion.h"
#include "core/convert/OfficeConverter.h"
#include "core/convert/PageBuilder.h"
#include "core/library/Library.h"

namespace {
class PagesCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("pages"); }
    QString description() const override
    {
        return tr("Pages of office documents (made with LibreOffice): show what is queued and failed; --wait "
                  "makes them now.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption(
            { QStringLiteral("wait"), tr("Make the queued pages now and wait until they are done.") });
        parser.addOption({ QStringLiteral("retry-failed"),
                           tr("With --wait: try the documents that failed before again.") });
    }
    using CliCommand::writes;
    bool writes(const QCommandLineParser &parser) const override
    {
        return parser.isSet(QStringLiteral("wait"));
    }

    int run(const QCommandLineParser &parser, Library &library) override
    {
        if (parser.isSet(QStringLiteral("wait"))) {
            if (parser.isSet(QStringLiteral("retry-failed")) && !library.catalog().retryFailedPages()) {
                err() << printable(library.catalog().lastError()) << '\n';
                return ExitCode::Failure;
            }
            return PageConversion::run(library);
        }
        const PageCounts counts = library.catalog().pageCounts();
        if (catalogReadFailed(library))
            return ExitCode::Failure;
        out() << tr("Office documents with pages: %1, queued: %2, failed: %3")
                     .arg(counts.done)
                     .arg(counts.pending)
                     .arg(counts.failed)
              << '\n';
        for (const DocumentRecord &doc : library.catalog().documents()) {
            const PageStatus status = library.catalog().pageStatus(doc.id);
            if (status.state == PageStatus::State::Failed)
                out() << printable(
                    tr("No pages: %1 (document %2): %3").arg(doc.filename).arg(doc.id).arg(status.reason))
                      << '\n';
        }
        if (counts.pending > 0 && !OfficeConverter().isAvailable())
            out() << printable(PageBuilder::missingPagesNote(false)) << '\n';
        return ExitCode::Ok;
    }
};
} // namespace

std::unique_ptr<CliCommand> makePagesCommand()
{
    return std::make_unique<PagesCommand>();
}
