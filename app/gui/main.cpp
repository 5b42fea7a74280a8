#include "core/extract/PdfExtractor.h"
#include "core/i18n/Translations.h"
#include "core/library/Library.h"
#include "core/library/PersonalOverlay.h"
#include "core/util/Logging.h"
#include "gui/main/MainWindow.h"
#include "gui/settings/AppSettings.h"
#include "gui/startup/LibraryProblemDialog.h"
#include "gui/startup/StaleLockOffer.h"
#include "gui/text/DisplayText.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>
#include <optional>

namespace {
// The whole catalog is checked (PRAGMA quick_check, seconds for 100,000 documents) once the window
// is up and the first search is shown, on a worker thread.
constexpr int StartupCheckDelayMs = 3000;

// What the command line asks for, once the language, the logging and the PDF reader are set up.
struct StartOptions
{
    QString location; // the library folder, resolved
    Library::OpenOptions open;
    std::optional<QString> query; // the search to start with
};

void setApplicationNames()
{
    QApplication::setApplicationName(QStringLiteral("srtoolbox"));
    QApplication::setApplicationDisplayName(QStringLiteral("Smart Region Toolbox"));
    QApplication::setOrganizationName(QStringLiteral("smart-region-toolbox"));
    QApplication::setApplicationVersion(QStringLiteral(SRT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("de.hessen.smartregion.toolbox"));
}

StartOptions parseCommandLine(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Smart Region Toolbox"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption libraryOption(QStringLiteral("library"), QStringLiteral("The library folder."), QStringLiteral("DIR"));
    const QCommandLineOption readOnlyOption(QStringLiteral("read-only"), QStringLiteral("Open the library read-only."));
    const QCommandLineOption languageOption(QStringLiteral("lang"), QStringLiteral("de, en or system."), QStringLiteral("LANG"));
    const QCommandLineOption queryOption(QStringLiteral("query"), QStringLiteral("Start with this search."), QStringLiteral("QUERY"));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"), QStringLiteral("Describe on stderr what is being done (for support)."));
    parser.addOptions({ libraryOption, readOnlyOption, languageOption, queryOption, verboseOption });
    parser.process(app);
    Logging::setVerbose(parser.isSet(verboseOption));
    // The command line wins over the settings (Settings dialog), which win over the system.
    Translations::install(parser.isSet(languageOption) ? parser.value(languageOption) : AppSettings::language());
    PdfExtractor::silencePopplerMessages();

    StartOptions start;
    start.open.readOnly = parser.isSet(readOnlyOption);
    // The user's own marks, searchable from the start (meine:, tag:): the file is made when missing.
    start.open.personal = PersonalOverlay::defaultPath();
    PersonalOverlay().open(start.open.personal, nullptr);
    QString location = parser.value(libraryOption);
    if (location.isEmpty() && qEnvironmentVariableIsEmpty("SRTOOLBOX_LIBRARY"))
        location = AppSettings::libraryPath();
    start.location = Library::resolveLocation(location);
    if (parser.isSet(queryOption))
        start.query = parser.value(queryOption);
    return start;
}

// Carries out the user's choice for a library that could not be opened; false when she quits.
bool followProblemOutcome(const LibraryProblemDialog::Outcome &outcome, QString *location)
{
    if (outcome.choice == LibraryProblemDialog::RestoreBackup) {
        QString restoreError;
        if (!Library::restoreBackup(*location, outcome.backupPath, &restoreError))
            DisplayText::critical(nullptr, QObject::tr("Smart Region Toolbox"), restoreError);
    } else if (outcome.choice == LibraryProblemDialog::OpenOther) {
        *location = outcome.otherLibrary;
    } else {
        return false;
    }
    return true;
}

// Opens the library and shows the window, and again as long as the window asks for it.
// A library that cannot be opened (a damaged catalog above all) is never recreated: the user
// restores a backup, picks another library, or quits. The same choice comes from the window when
// damage is found while the library is open; the library is closed before it is carried out.
int runWindow(QApplication &app, StartOptions start)
{
    std::optional<LibraryProblemDialog::Outcome> outcome;
    std::optional<MainWindow::Reload> reload; // a newer published version, asked for in the window
    bool lockOffered = false; // a lock left by a writer that no longer runs: asked about once
    for (;;) {
        if (outcome && !followProblemOutcome(*outcome, &start.location))
            return 1;
        outcome.reset();
        Library::OpenError error;
        std::unique_ptr<Library> library = Library::open(start.location, &error, start.open);
        if (!library) {
            LibraryProblemDialog dialog(start.location, error.message);
            dialog.exec();
            outcome = dialog.outcome();
            continue;
        }
        if (library->isReadOnly() && !start.open.readOnly && !library->isPublished() && !lockOffered) {
            lockOffered = true;
            if (StaleLockOffer::offer(nullptr, start.location))
                continue; // opened again, for changes
        }
        MainWindow window(*library);
        if (start.query) {
            window.setQueryText(*start.query);
            start.query.reset(); // the first window only
        }
        if (reload)
            window.restore(*reload);
        window.show();
        QTimer::singleShot(0, &window, &MainWindow::offerSamplePack);
        QTimer::singleShot(StartupCheckDelayMs, &window, &MainWindow::checkCatalogInBackground);
        const int code = app.exec();
        outcome = window.problemOutcome();
        reload = window.reloadRequest();
        if (!outcome && !reload)
            return code;
    }
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    setApplicationNames();
    return runWindow(app, parseCommandLine(app));
}
