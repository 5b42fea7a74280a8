#include "cli/CliCommand.h"
#include "core/i18n/Translations.h"
#include "core/library/Library.h"
#include "core/library/PersonalOverlay.h"
#include "core/library/SqliteDatabase.h"
#include "core/util/Logging.h"

#include <QCoreApplication>
#include <vector>

namespace {
// The catalog size up to which every command runs PRAGMA quick_check at opening (measured 0.3-0.5 s
// for 128 MB, so some 0.2 s at 64 MB); $SRTOOLBOX_QUICK_CHECK_MB sets another (0: never, a large
// number: always).
qint64 quickCheckUpTo()
{
    bool ok = false;
    const qint64 megabytes = qEnvironmentVariable("SRTOOLBOX_QUICK_CHECK_MB").toLongLong(&ok);
    return (ok && megabytes >= 0 ? megabytes : 64) * 1024 * 1024;
}

std::vector<std::unique_ptr<CliCommand>> commands()
{
    std::vector<std::unique_ptr<CliCommand>> all;
    all.push_back(makeImportCommand());
    all.push_back(makeSearchCommand());
    all.push_back(makeSimilarCommand());
    for (int action = 0; action < 3; ++action)
        all.push_back(makeThesaurusCommand(action));
    all.push_back(makeListCommand());
    all.push_back(makeCheckCommand());
    all.push_back(makeStatsCommand());
    all.push_back(makeExportCommand());
    all.push_back(makeRestoreBackupCommand());
    all.push_back(makePagesCommand());
    all.push_back(makeRenderCommand());
    all.push_back(makeOcrCommand());
    all.push_back(makePublishCommand());
    all.push_back(makeTagCommand());
    all.push_back(makeFavoritesCommand());
    all.push_back(makePersonalCommand());
    all.push_back(makeUnlockCommand());
    all.push_back(makeProfileCommand());
    all.push_back(makeUseTemplateCommand());
    return all;
}

QString usage(const std::vector<std::unique_ptr<CliCommand>> &all)
{
    QString text
        = CliCommand::tr(
              "Usage: srtoolbox-cli [--library DIR] [--read-only] [--verbose] COMMAND [OPTIONS] [ARGS]\n\n"
              "The library is DIR, else $SRTOOLBOX_LIBRARY, else %1.\n\nCommands:\n")
              .arg(Library::resolveLocation());
    for (const auto &command : all)
        text += QStringLiteral("  %1%2\n").arg(command->name(), -16).arg(command->description());
    text += CliCommand::tr("\n'srtoolbox-cli COMMAND --help' describes a command.\n");
    return text;
}
// The options before the command's name; rest is the command's name and its own arguments.
struct GlobalOptions
{
    QString library;
    bool readOnly = false;
    QStringList rest;
};

// Parses the options before the command. False when there is nothing left to run: --help,
// --version, an error or no command at all were answered, with *exitCode for them.
bool parseGlobalOptions(const QStringList &arguments, const std::vector<std::unique_ptr<CliCommand>> &all,
                        GlobalOptions *options, int *exitCode)
{
    QCommandLineParser global;
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption libraryOption(QStringLiteral("library"), CliCommand::tr("The library folder."), QStringLiteral("DIR"));
    const QCommandLineOption readOnlyOption(QStringLiteral("read-only"), CliCommand::tr("Open the library read-only."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, CliCommand::tr("Show this help."));
    const QCommandLineOption versionOption(QStringLiteral("version"), CliCommand::tr("Show the version."));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"), CliCommand::tr("Describe on stderr what is being done (for support)."));
    global.addOptions({ libraryOption, readOnlyOption, helpOption, versionOption, verboseOption });
    if (!global.parse(arguments)) {
        CliCommand::err() << global.errorText() << '\n' << usage(all);
        *exitCode = ExitCode::Usage;
        return false;
    }
    Logging::setVerbose(global.isSet(verboseOption));
    if (global.isSet(versionOption)) {
        CliCommand::out() << "srtoolbox-cli " << QCoreApplication::applicationVersion() << '\n';
        *exitCode = ExitCode::Ok;
        return false;
    }
    const QStringList rest = global.positionalArguments();
    if (global.isSet(helpOption) || rest.isEmpty()) {
        (rest.isEmpty() && !global.isSet(helpOption) ? CliCommand::err() : CliCommand::out()) << usage(all);
        *exitCode = global.isSet(helpOption) ? ExitCode::Ok : ExitCode::Usage;
        return false;
    }
    options->library = global.value(libraryOption);
    options->readOnly = global.isSet(readOnlyOption);
    options->rest = rest;
    return true;
}

CliCommand *findCommand(const std::vector<std::unique_ptr<CliCommand>> &all, const QString &name)
{
    CliCommand *command = nullptr;
    for (const auto &candidate : all) {
        if (candidate->name() == name)
            command = candidate.get();
    }
    return command;
}

// Parses the command's own options into parser. False when there is nothing left to run (the
// command's --help or an error were answered), with *exitCode for them.
bool parseCommandOptions(const CliCommand &command, const QStringList &rest, QCommandLineParser *parser,
                         int *exitCode)
{
    parser->setApplicationDescription(command.description());
    parser->addHelpOption();
    command.addOptions(*parser);
    QStringList commandArgs = rest;
    commandArgs.first() = QStringLiteral("srtoolbox-cli %1").arg(command.name());
    if (!parser->parse(commandArgs)) {
        CliCommand::err() << parser->errorText() << "\n\n" << parser->helpText();
        *exitCode = ExitCode::Usage;
        return false;
    }
    if (parser->isSet(QStringLiteral("help"))) {
        CliCommand::out() << parser->helpText();
        *exitCode = ExitCode::Ok;
        return false;
    }
    return true;
}

// Opens the library at location as the command needs it, runs the command on it and reports a
// damaged catalog met on the way.
int runOnLibrary(CliCommand &command, const QCommandLineParser &parser, const QString &location,
                 bool readOnly)
{
    if (command.readsScatteredPages())
        SqliteDatabase::adviseRandomAccess();
    Library::OpenOptions options;
    options.readOnly = readOnly;
    const bool writes = command.writes(parser);
    options.create = writes;
    options.writer = writes;
    options.personal = PersonalOverlay::defaultPath();
    // The whole file is checked where that is quick; a larger catalog is judged by the pages the
    // command reads: any corruption error met on them ends the command below.
    options.quickCheckUpTo = command.checksCatalog() ? 0 : quickCheckUpTo();
    Library::OpenError error;
    std::unique_ptr<Library> library = Library::open(location, &error, options);
    if (!library) {
        CliCommand::err() << error.message << '\n';
        if (error.kind == Library::OpenError::Kind::CatalogCorrupt) {
            CliCommand::printRestoreHint(location);
            return ExitCode::CatalogDamaged;
        }
        return ExitCode::Failure;
    }
    if (command.readsScatteredPages()) {
        // Read, not memory-mapped: a mapped page brings its cached neighbours into the process with
        // it (the kernel maps up to 16 at every fault), and the few pages a search needs lie between
        // the text pages. A one-shot search at 100,000 documents touched ~200 MB of the catalog
        // mapped and reads ~18 MB this way, for the same CPU time.
        library->database().exec(QStringLiteral("PRAGMA mmap_size=0"));
    }
    if (writes && library->isReadOnly()) {
        CliCommand::err() << CliCommand::tr("The command \"%1\" needs write access: %2")
                                 .arg(command.name(), library->readOnlyReason())
                          << '\n';
        return ExitCode::Failure;
    }
    const int result = command.run(parser, *library);
    // Whatever the command printed, a damaged page met on the way makes its answer incomplete.
    if (!library->damage().isEmpty()) {
        CliCommand::out().flush();
        CliCommand::err() << library->damageMessage() << '\n';
        CliCommand::printRestoreHint(location);
        return ExitCode::CatalogDamaged;
    }
    return result;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("srtoolbox-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SRT_VERSION));
    Translations::install(Translations::systemLanguage());

    const auto all = commands();
    GlobalOptions global;
    int exitCode = ExitCode::Ok;
    if (!parseGlobalOptions(app.arguments(), all, &global, &exitCode))
        return exitCode;
    CliCommand *command = findCommand(all, global.rest.first());
    if (!command) {
        CliCommand::err() << CliCommand::tr("Unknown command \"%1\".").arg(global.rest.first()) << "\n\n"
                          << usage(all);
        return ExitCode::Usage;
    }
    QCommandLineParser parser;
    if (!parseCommandOptions(*command, global.rest, &parser, &exitCode))
        return exitCode;
    const QString location = Library::resolveLocation(global.library);
    if (!command->opensLibrary())
        return command->runOnFolder(parser, location);
    return runOnLibrary(*command, parser, location, global.readOnly);
}
