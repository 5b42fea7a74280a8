#include "cli/PageConversion.h"

#include "cli/CliCommand.h"
#include "core/convert/PageBuilder.h"
#include "core/library/Library.h"
#include "core/platform/ProcessInfo.h"
#include "core/platform/SignalCancel.h"

#include <QElapsedTimer>

int PageConversion::run(Library &library)
{
    PageBuilder builder(library, library.catalog());
    if (library.catalog().pageCounts().pending == 0 && builder.requeueMissing() == 0)
        return ExitCode::Ok;
    if (!builder.isAvailable()) {
        CliCommand::err() << CliCommand::printable(PageBuilder::missingPagesNote(false)) << '\n';
        return ExitCode::Ok; // the library works as before; the documents stay queued
    }
    const SignalCancel cancel;
    const bool terminal = ProcessInfo::stderrIsTerminal();
    QElapsedTimer sinceLastLine;
    sinceLastLine.start();
    const PageBuilder::Report report = builder.run(
        [&](int done, int total) {
            if (!terminal || sinceLastLine.elapsed() < 100)
                return;
            sinceLastLine.restart();
            CliCommand::err() << '\r' << tr("Pages: %1 of %2").arg(done).arg(total) << Qt::flush;
        },
        cancel.flag());
    if (terminal)
        CliCommand::err() << '\r' << QString(40, QLatin1Char(' ')) << '\r' << Qt::flush;
    for (const QString &failure : report.failures)
        CliCommand::out() << CliCommand::printable(tr("No pages: %1").arg(failure)) << '\n';
    CliCommand::out() << tr("Pages made for %n document(s).", nullptr, report.converted)
                      << (report.failures.isEmpty()
                              ? QString()
                              : QLatin1Char(' ') + tr("%n failed.", nullptr, int(report.failures.size())))
                      << '\n';
    if (report.cancelled) {
        CliCommand::err() << tr(
            "Making pages cancelled; the rest stays queued ('srtoolbox-cli pages --wait').")
                          << '\n';
        return ExitCode::Cancelled;
    }
    if (!report.error.isEmpty()) {
        CliCommand::err() << CliCommand::printable(report.error) << '\n';
        return ExitCode::Failure;
    }
    return report.failures.isEmpty() ? ExitCode::Ok : ExitCode::PartlyRejected;
}
