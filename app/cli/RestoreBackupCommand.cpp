#include "cli/CliCommand.h"
#include "core/library/Library.h"

#include <QLocale>

namespace {
// Lists the catalog backups or puts one in place of the catalog. Works on the library folder, not on
// an opened library: the catalog it replaces is usually one that cannot be opened.
class RestoreBackupCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("restore-backup"); }
    QString description() const override
    {
        return tr("List the catalog backups, or restore one (after a damaged catalog).");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption({QStringLiteral("force"), tr("Restore even though the current catalog is intact.")});
        parser.addPositionalArgument(QStringLiteral("BACKUP"),
                                     tr("Number (1 = newest) or path of the backup to restore; without it the backups are listed."),
                                     QStringLiteral("[BACKUP]"));
    }
    bool opensLibrary() const override { return false; }
    int run(const QCommandLineParser &, Library &) override { return ExitCode::Failure; }

    int runOnFolder(const QCommandLineParser &parser, const QString &location) override
    {
        const QList<CatalogBackup::Info> backups = Library::backups(location);
        const QStringList args = parser.positionalArguments();
        if (args.isEmpty()) {
            if (backups.isEmpty()) {
                out() << tr("The library %1 has no catalog backups.").arg(location) << '\n';
                return ExitCode::Ok;
            }
            const QLocale locale;
            for (qsizetype i = 0; i < backups.size(); ++i) {
                const CatalogBackup::Info &b = backups.at(i);
                out() << QStringLiteral("%1  %2  %3  %4\n")
                             .arg(i + 1)
                             .arg(locale.toString(b.created.toLocalTime(), QLocale::ShortFormat))
                             .arg(locale.formattedDataSize(b.size))
                             .arg(b.path);
            }
            return ExitCode::Ok;
        }
        if (args.size() > 1) {
            err() << tr("restore-backup: name one backup.") << '\n';
            return ExitCode::Usage;
        }
        bool isNumber = false;
        const int number = args.first().toInt(&isNumber);
        QString backup = args.first();
        if (isNumber) {
            if (number < 1 || number > backups.size()) {
                err() << tr("restore-backup: there is no backup %1 (the library has %n backup(s)).", nullptr, int(backups.size())).arg(number) << '\n';
                return ExitCode::Usage;
            }
            backup = backups.at(number - 1).path;
        }
        if (!parser.isSet(QStringLiteral("force"))) {
            Library::OpenOptions options;
            options.readOnly = true;
            options.create = false;
            Library::OpenError error;
            if (Library::open(location, &error, options)) {
                err() << tr("The catalog of %1 is intact; restoring a backup would drop what changed since. Use --force to restore anyway.")
                             .arg(location)
                      << '\n';
                return ExitCode::Failure;
            }
        }
        QString error;
        if (!Library::restoreBackup(location, backup, &error)) {
            err() << error << '\n';
            return ExitCode::Failure;
        }
        Library::OpenError openError;
        auto library = Library::open(location, &openError, Library::OpenOptions());
        if (!library) {
            err() << openError.message << '\n';
            return ExitCode::Failure;
        }
        out() << tr("Restored the catalog from %1: %n document(s).", nullptr, int(library->catalog().stats().documents)).arg(backup) << '\n';
        return ExitCode::Ok;
    }
};
} // namespace

std::unique_ptr<CliCommand> makeRestoreBackupCommand()
{
    return std::make_unique<RestoreBackupCommand>();
}
