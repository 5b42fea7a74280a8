#include "extract/PdfExtractor.h"
#include "i18n/Translations.h"
#include "library/Library.h"
#include "main/MainWindow.h"
#include "settings/AppSettings.h"
#include "startup/LibraryProblemDialog.h"
#include "text/DisplayText.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

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
    parser.addOptions({libraryOption, readOnlyOption, languageOption, queryOption});
    parser.process(app);
    // The command line wins over the settings (Settings dialog), which win over the system.
    Translations::install(parser.isSet(languageOption) ? parser.value(languageOption) : AppSettings::language());
    PdfExtractor::silencePopplerMessages();

    Library::OpenOptions options;
    options.readOnly = parser.isSet(readOnlyOption);
    QString location = parser.value(libraryOption);
    if (location.isEmpty() && qEnvironmentVariableIsEmpty("SRTOOLBOX_LIBRARY"))
        location = AppSettings::libraryPath();
    location = Library::resolveLocation(location);
    std::unique_ptr<Library> library;
    // A library that cannot be opened (a damaged catalog above all) is never recreated: the user
    // restores a backup, picks another library, or quits.
    for (;;) {
        Library::OpenError error;
        library = Library::open(location, &error, options);
        if (library)
            break;
        LibraryProblemDialog dialog(location, error.message);
        if (dialog.exec() != QDialog::Accepted)
            return 1;
        if (dialog.choice() == LibraryProblemDialog::RestoreBackup) {
            QString restoreError;
            if (!Library::restoreBackup(location, dialog.backupPath(), &restoreError))
                DisplayText::critical(nullptr, QObject::tr("Smart Region Toolbox"), restoreError);
        } else {
            location = dialog.otherLibrary();
        }
    }
    MainWindow window(*library);
    if (parser.isSet(queryOption))
        window.setQueryText(parser.value(queryOption));
    window.show();
    QTimer::singleShot(0, &window, &MainWindow::offerSamplePack);
    return app.exec();
}
