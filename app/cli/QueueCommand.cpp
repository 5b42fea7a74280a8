#include "cli/QueueCommand.h"

#include "core/library/Library.h"

void QueueCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({ QStringLiteral("wait"), waitHelp() });
    parser.addOption(
        { QStringLiteral("retry-failed"), tr("With --wait: try the documents that failed before again.") });
}

bool QueueCommand::writes(const QCommandLineParser &parser) const
{
    return parser.isSet(QStringLiteral("wait"));
}

int QueueCommand::run(const QCommandLineParser &parser, Library &library)
{
    if (!parser.isSet(QStringLiteral("wait")))
        return status(library);
    if (parser.isSet(QStringLiteral("retry-failed")) && !retryFailed(library)) {
        err() << printable(library.catalog().lastError()) << '\n';
        return ExitCode::Failure;
    }
    return work(library);
}
