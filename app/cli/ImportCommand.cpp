#include "cli/CliCommand.h"
#include "cli/PageConversion.h"
#include "core/import/ImportLog.h"
#include "core/import/Importer.h"
#include "core/library/Library.h"
#include "core/platform/ProcessInfo.h"
#include "core/platform/SignalCancel.h"
#include "core/util/Logging.h"

#include <QElapsedTimer>
#include <QLocale>

namespace {
class ImportCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString description() const override
    {
        return tr("Import packs: archives (zip, tar, tar.gz, tar.bz2, tar.xz, 7z), folders or single files.");
    }
    bool writes() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption({QStringLiteral("pack-name"), tr("Name of the pack (instead of the manifest's or the file name)."), QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("dry-run"), tr("Check and extract everything, but change nothing.")});
        parser.addOption({QStringLiteral("no-pages"),
                          tr("Do not make the pages of office documents now (LibreOffice); 'pages --wait' makes them later.")});
        parser.addOption({QStringLiteral("jobs"), tr("Extraction threads (default: one per core)."), QStringLiteral("N")});
        parser.addOption({QStringLiteral("max-file-size"), tr("Largest file accepted, in MB (default 1024)."), QStringLiteral("MB")});
        parser.addOption({QStringLiteral("max-entries"), tr("Most entries accepted in one archive (default 100000)."), QStringLiteral("N")});
        parser.addOption({ QStringLiteral("log"),
                           tr("Also write the import log for support to FILE (it is always kept in %1).")
                               .arg(ImportLog::defaultFolder()),
                           QStringLiteral("FILE") });
        parser.addPositionalArgument(QStringLiteral("PATH"), tr("Archives, folders or files to import."), QStringLiteral("PATH..."));
    }

    int run(const QCommandLineParser &parser, Library &library) override
    {
        const QStringList paths = parser.positionalArguments();
        if (paths.isEmpty()) {
            err() << tr("import: name at least one archive, folder or file.") << '\n';
            return ExitCode::Usage;
        }
        ImportOptions options;
        options.packName = parser.value(QStringLiteral("pack-name"));
        options.dryRun = parser.isSet(QStringLiteral("dry-run"));
        bool ok = true;
        if (parser.isSet(QStringLiteral("jobs")))
            options.threads = parser.value(QStringLiteral("jobs")).toInt(&ok);
        if (ok && parser.isSet(QStringLiteral("max-file-size")))
            options.limits.maxFileBytes = parser.value(QStringLiteral("max-file-size")).toLongLong(&ok) * 1024 * 1024;
        if (ok && parser.isSet(QStringLiteral("max-entries")))
            options.limits.maxEntries = parser.value(QStringLiteral("max-entries")).toLongLong(&ok);
        if (!ok) {
            err() << tr("import: --jobs, --max-file-size and --max-entries take whole numbers.") << '\n';
            return ExitCode::Usage;
        }

        const SignalCancel cancel;
        const bool terminal = ProcessInfo::stderrIsTerminal();
        QElapsedTimer sinceLastLine;
        sinceLastLine.start();
        ImportLog log;
        log.begin(library.path(), paths, options);
        Importer importer(library, options);
        const ImportReport report = importer.run(
            paths,
            [&](const ImportProgress &progress) {
                log.progress(progress);
                // Progress only on a terminal, at most ten lines a second: quiet in scripts and logs.
                if (!terminal || sinceLastLine.elapsed() < 100)
                    return;
                sinceLastLine.restart();
                QString line = printable(tr("%1: %n file(s), %2", nullptr, progress.filesDone)
                                             .arg(progress.pack, progress.currentFile));
                if (line.size() > 100)
                    line = line.left(97) + QStringLiteral("...");
                err() << '\r' << line.leftJustified(100) << Qt::flush;
            },
            cancel.flag());
        if (terminal)
            err() << '\r' << QString(100, QLatin1Char(' ')) << '\r' << Qt::flush;
        const int result = finish(parser, library, options, report, log);
        log.finish(report);
        writeLog(parser, log);
        return result;
    }

private:
    int finish(const QCommandLineParser &parser, Library &library, const ImportOptions &options,
               const ImportReport &report, ImportLog &log)
    {
        for (const QString &line : report.problemLines())
            out() << printable(line) << '\n';
        out() << printable(report.summaryLine()) << '\n';
        out().flush();
        if (report.cancelled) {
            err() << tr("Import cancelled.") << '\n';
            return ExitCode::Cancelled;
        }
        if (report.failed())
            return ExitCode::Failure;
        // The pages of the new office documents, before the command ends: an admin's library is
        // complete when it returns. A failure there costs only the pages of that file.
        if (!options.dryRun && !parser.isSet(QStringLiteral("no-pages"))) {
            log.startStage(QStringLiteral("office pages (LibreOffice)"));
            const int pages = PageConversion::run(library);
            log.endStage();
            if (pages == ExitCode::Cancelled)
                return pages;
        }
        if (!report.backupError.isEmpty())
            return ExitCode::NoBackup; // the reason is among the problem lines above
        return report.hasRejections() ? ExitCode::PartlyRejected : ExitCode::Ok;
    }

    // The log goes to the user's data folder always and to --log FILE when given; a log that
    // cannot be written is said, but costs the import nothing.
    void writeLog(const QCommandLineParser &parser, const ImportLog &log)
    {
        QString error;
        const QString kept = log.writeToDefaultFolder(&error);
        if (kept.isEmpty())
            err() << tr("The import log could not be written: %1").arg(printable(error)) << '\n';
        else
            qCInfo(lcCli).noquote() << "import log:" << kept;
        const QString wanted = parser.value(QStringLiteral("log"));
        if (!wanted.isEmpty() && !log.write(wanted, &error))
            err() << tr("The import log could not be written: %1").arg(printable(error)) << '\n';
    }
};
} // namespace

std::unique_ptr<CliCommand> makeImportCommand()
{
    return std::make_unique<ImportCommand>();
}
