#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

class Library;
class QJsonDocument;

// Exit codes shared by every command.
namespace ExitCode {
constexpr int Ok = 0;
constexpr int Failure = 1;
constexpr int Usage = 2;
constexpr int PartlyRejected = 3;
// The catalog is damaged (found at opening or by any read of the command): restore a backup.
constexpr int CatalogDamaged = 4;
constexpr int NoBackup = 5; // the import landed, but the catalog could not be backed up after it
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
    // Whether the command writes to the library (a read-only library is refused up front; the
    // writer lock is taken for it).
    virtual bool writes() const { return false; }
    // The same, once the command's options are known (a command may write only with some of them).
    virtual bool writes(const QCommandLineParser &) const { return writes(); }
    // Whether the command checks the catalog itself (no quick_check at opening then).
    virtual bool checksCatalog() const { return false; }
    // Reads a few scattered pages of the catalog (a search), not long runs of it: then the pages
    // are read from disk without read-ahead (SqliteDatabase::adviseRandomAccess()), and after the
    // opening with read() instead of a memory map (main.cpp).
    virtual bool readsScatteredPages() const { return false; }
    virtual int run(const QCommandLineParser &parser, Library &library) = 0;
    // Commands that work on the library folder without opening it (restore a damaged catalog)
    // return false and implement runOnFolder() instead of run().
    virtual bool opensLibrary() const { return true; }
    virtual int runOnFolder(const QCommandLineParser &, const QString &) { return ExitCode::Failure; }

    static QTextStream &out();
    static QTextStream &err();

    // text with what a terminal would act on, or show in another order, made visible: C0 and C1
    // control characters and DEL as \xHH (tab and newline too: they separate the columns and lines of
    // our output), bidirectional controls (U+202E shows "x\u202Efdp.exe" as "xexe.pdf"), line and
    // paragraph separators and lone surrogates as \uHHHH. Every piece of library data printed as
    // text goes through here (titles, tags, file names, paths, messages that quote them): an older
    // library may hold anything.
    static QString printable(const QString &text);
    // The document as indented JSON text, with the characters above that JSON leaves raw (DEL, C1,
    // bidi controls, U+2028/U+2029) written as \uHHHH escapes: the same values, safe on a terminal.
    static QString printableJson(const QJsonDocument &document);
    // Whether the catalog's last read failed (a disk or share error, not only damage); says why.
    // A failed read must not pass for a shorter list.
    static bool catalogReadFailed(Library &library);
    // Prints the way out of a damaged catalog: the backups and the restore-backup command.
    static void printRestoreHint(const QString &libraryDir);
};

std::unique_ptr<CliCommand> makeImportCommand();
std::unique_ptr<CliCommand> makeListCommand();
std::unique_ptr<CliCommand> makeCheckCommand();
std::unique_ptr<CliCommand> makeStatsCommand();
std::unique_ptr<CliCommand> makeSearchCommand();
std::unique_ptr<CliCommand> makeSimilarCommand();
// action: 0 list ("abbreviations"), 1 add ("add-abbreviation"), 2 remove ("remove-abbreviation")
std::unique_ptr<CliCommand> makeThesaurusCommand(int action);
std::unique_ptr<CliCommand> makeExportCommand();
std::unique_ptr<CliCommand> makePersonalCommand();
std::unique_ptr<CliCommand> makeRestoreBackupCommand();
std::unique_ptr<CliCommand> makePagesCommand();
std::unique_ptr<CliCommand> makeRenderCommand();
std::unique_ptr<CliCommand> makeOcrCommand();
std::unique_ptr<CliCommand> makePublishCommand();
std::unique_ptr<CliCommand> makeTagCommand();
std::unique_ptr<CliCommand> makeFavoritesCommand();
std::unique_ptr<CliCommand> makeUnlockCommand();
std::unique_ptr<CliCommand> makeProfileCommand();
std::unique_ptr<CliCommand> makeUseTemplateCommand();
