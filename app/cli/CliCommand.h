#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

class Library;

// Exit codes shared by every command.
namespace ExitCode {
constexpr int Ok = 0;
constexpr int Failure = 1;
constexpr int Usage = 2;
constexpr int PartlyRejected = 3;
constexpr int NoBackup = 4; // the import landed, but the catalog could not be backed up after it
constexpr int Cancelled = 130; // stopped by Ctrl+C or SIGTERM (128 + SIGINT, as shells report it)
} // namespace ExitCode

// One subcommand of srtoolbox-cli. The command declares its options on a parser; run() gets the
// parsed arguments and the library (opened by the caller with the global --library option).
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliCommand)

public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString description() const = 0;
    virtual void addOptions(QCommandLineParser &parser) const = 0;
    // Whether the command writes to the library (a read-only library is refused up front).
    virtual bool writes() const { return false; }
    virtual int run(const QCommandLineParser &parser, Library &library) = 0;
    // Commands that work on the library folder without opening it (restore a damaged catalog)
    // return false and implement runOnFolder() instead of run().
    virtual bool opensLibrary() const { return true; }
    virtual int runOnFolder(const QCommandLineParser &, const QString &) { return ExitCode::Failure; }

    static QTextStream &out();
    static QTextStream &err();
};

std::unique_ptr<CliCommand> makeImportCommand();
std::unique_ptr<CliCommand> makeListCommand();
std::unique_ptr<CliCommand> makeCheckCommand();
std::unique_ptr<CliCommand> makeStatsCommand();
std::unique_ptr<CliCommand> makeSearchCommand();
std::unique_ptr<CliCommand> makeExportCommand();
std::unique_ptr<CliCommand> makeRestoreBackupCommand();
