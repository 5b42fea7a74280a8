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
#include <utility>

namespace {
// The whole catalog is checked (PRAGMA quick_check, seconds for 100,000 documents) once the window
// is up and the first search is shown, on a worker thread.
constexpr int StartupCheckDelayMs = 3000;
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("srtoolbox"));
    QApplication::setApplicationDisplayName(QStringLiteral("Smart Region Toolbox"));
    QApplication::setOrganizationName(QStringLiteral("smart-region-toolbox"));
    QApplication::setApplicationVersion(QStringLiteral(SRT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("de.hessen.smartregion.toolbox"));

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

    Library::OpenOptions options;
    options.readOnly = parser.isSet(readOnlyOption);
    // The user's own marks, searchable from the start (meine:, tag:): the file is made when missing.
    options.personal = PersonalOverlay::defaultPath();
    PersonalOverlay().open(options.personal, nullptr);
    QString location = parser.value(libraryOption);
    if (location.isEmpty() && qEnvironmentVariableIsEmpty("SRTOOLBOX_LIBRARY"))
        location = AppSettings::libraryPath();
    location = Library::resolveLocation(location);
    // A library that cannot be opened (a damaged catalog above all) is never recreated: the user
    // restores a backup, picks another library, or quits. The same choice comes from the window when
    // damage is found while the library is open; the library is closed before it is carried out.
    std::optional<LibraryProblemDialog::Outcome> outcome;
    std::optional<MainWindow::Reload> reload; // a newer published version, asked for in the window
    bool lockOffered = false; // a lock left by a writer that no longer runs: asked about once
    bool queryPending = parser.isSet(queryOption);
    for (;;) {
        if (outcome && outcome->choice == LibraryProblemDialog::RestoreBackup) {
            QString restoreError;
            if (!Library::restoreBackup(location, outcome->backupPath, &restoreError))
                DisplayText::critical(nullptr, QObject::tr("Smart Region Toolbox"), restoreError);
        } else if (outcome && outcome->choice == LibraryProblemDialog::OpenOther) {
            location = outcome->otherLibrary;
        } else if (outcome) {
            return 1;
        }
        outcome.reset();
        Library::OpenError error;
        std::unique_ptr<Library> library = Library::open(location, &error, options);
        if (!library) {
            LibraryProblemDialog dialog(location, error.message);
            dialog.exec();
            outcome = dialog.outcome();
            continue;
        }
        if (library->isReadOnly() && !options.readOnly && !library->isPublished() && !lockOffered) {
            lockOffered = true;
            if (StaleLockOffer::offer(nullptr, location))
                continue; // opened again, for changes
        }
        MainWindow window(*library);
        if (std::exchange(queryPending, false))
            window.setQueryText(parser.value(queryOption));
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
