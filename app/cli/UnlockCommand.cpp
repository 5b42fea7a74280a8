#include "cli/CliCommand.h"
#include "core/library/LibraryLock.h"

namespace {
// unlock [--force]: a writer or publisher on another computer that died leaves its lock behind,
// which this computer cannot tell from a live one. The user looks at the holder and confirms.
class UnlockCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("unlock"); }
    QString description() const override
    {
        return tr("Show who holds the library's writer lock; with --force remove a lock whose holder no "
                  "longer runs.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption({ QStringLiteral("force"),
                           tr("Remove the lock: only when the program named no longer runs (e.g. its "
                              "computer was switched off).") });
    }
    bool opensLibrary() const override { return false; }
    int run(const QCommandLineParser &, Library &) override { return ExitCode::Failure; }

    int runOnFolder(const QCommandLineParser &parser, const QString &folder) override
    {
        const std::optional<LibraryLock::Holder> holder = LibraryLock::named(folder);
        if (!holder) {
            out() << tr("Nobody holds the writer lock of %1.").arg(printable(folder)) << '\n';
            return ExitCode::Ok;
        }
        if (!parser.isSet(QStringLiteral("force"))) {
            out()
                << tr("The writer lock of %1 names %2.").arg(printable(folder), printable(holder->describe()))
                << '\n'
                << tr("If that program no longer runs, remove the lock with --force.") << '\n';
            return ExitCode::Failure;
        }
        QString error;
        if (!LibraryLock::breakStale(folder, *holder, &error)) {
            err() << printable(error) << '\n';
            return ExitCode::Failure;
        }
        out() << tr("Removed the writer lock of %1.").arg(printable(holder->describe())) << '\n';
        return ExitCode::Ok;
    }
};
} // namespace

std::unique_ptr<CliCommand> makeUnlockCommand()
{
    return std::make_unique<UnlockCommand>();
}
