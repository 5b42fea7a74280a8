#include "cli/PageConversion.h"
#include "cli/QueueCommand.h"
#include "core/convert/OfficeConverter.h"
#include "core/convert/PageBuilder.h"
#include "core/library/Library.h"

namespace {
class PagesCommand : public QueueCommand
{
public:
    QString name() const override { return QStringLiteral("pages"); }
    QString description() const override
    {
        return tr("Pages of office documents (made with LibreOffice): show what is queued and failed; --wait "
                  "makes them now.");
    }

protected:
    QString waitHelp() const override
    {
        return tr("Make the queued pages now and wait until they are done.");
    }
    bool retryFailed(Library &library) override { return library.catalog().retryFailedPages(); }
    int work(Library &library) override { return PageConversion::run(library); }
    int status(Library &library) override
    {
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
