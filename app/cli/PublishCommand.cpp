#include "cli/CliCommand.h"
#include "core/library/Library.h"
#include "core/platform/SignalCancel.h"
#include "core/publish/Publisher.h"

#include <QLocale>

namespace {
class PublishCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("publish"); }
    QString description() const override
    {
        return tr("Publish the library as a new version into a folder for many readers (a file share).");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption({ QStringLiteral("to"),
                           tr("The folder to publish into (empty, or published before)."),
                           QStringLiteral("DIR") });
        parser.addOption(
            { QStringLiteral("keep"),
              tr("Keep the newest N versions (default %1); older ones are removed unless a reader still "
                 "uses them.")
                  .arg(Publisher::DefaultKeep),
              QStringLiteral("N") });
    }

    int run(const QCommandLineParser &parser, Library &library) override
    {
        const QString target = parser.value(QStringLiteral("to"));
        if (target.isEmpty()) {
            err() << tr("Name the folder to publish into with --to DIR.") << '\n';
            return ExitCode::Usage;
        }
        Publisher publisher(library, target);
        if (parser.isSet(QStringLiteral("keep"))) {
            bool ok = false;
            const int keep = parser.value(QStringLiteral("keep")).toInt(&ok);
            if (!ok || keep < 1) {
                err() << tr("--keep needs a number of at least 1.") << '\n';
                return ExitCode::Usage;
            }
            publisher.setKeep(keep);
        }
        const SignalCancel cancel;
        publisher.setProgress([&cancel](qint64, qint64) { return !cancel.flag()->load(); });
        PublishSummary summary;
        QString error;
        if (!publisher.publish(&summary, &error)) {
            err() << printable(error) << '\n';
            return cancel.flag()->load() ? ExitCode::Cancelled : ExitCode::Failure;
        }
        const QLocale locale;
        out() << tr("Published version %1 to %2.").arg(summary.version, printable(target)) << '\n'
              << tr("Documents: %1 (added %2, changed %3, removed %4 since the previous version)")
                     .arg(locale.toString(summary.documents), locale.toString(summary.added),
                          locale.toString(summary.changed), locale.toString(summary.removed))
              << '\n'
              << tr("Copied:    %1 files, %2")
                     .arg(locale.toString(summary.filesCopied), locale.formattedDataSize(summary.bytesCopied))
              << '\n';
        if (!summary.removedVersions.isEmpty())
            out() << tr("Removed old versions: %1").arg(summary.removedVersions.join(QStringLiteral(", ")))
                  << '\n';
        return ExitCode::Ok;
    }
};
} // namespace

std::unique_ptr<CliCommand> makePublishCommand()
{
    return std::make_unique<PublishCommand>();
}
