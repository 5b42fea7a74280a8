#include "cli/CliCommand.h"
#include "core/export/Exporter.h"
#include "core/library/Library.h"
#include "core/platform/ProcessInfo.h"
#include "core/platform/SignalCancel.h"
#include "core/search/QueryParser.h"
#include "core/search/Searcher.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>

namespace {

class ExportCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString description() const override
    {
        return tr("Export documents (by id, or every hit of --query) to a folder, a zip archive or a CSV list.");
    }
    // Reads the library only: read-only libraries export too.
    bool writes() const override { return false; }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption({QStringLiteral("to"), tr("Copy the files to this folder (created when missing)."), QStringLiteral("DIR")});
        parser.addOption({QStringLiteral("zip"),
                          tr("Write a zip archive with the files, toolbox.json (for importing it again) and index.csv."),
                          QStringLiteral("FILE")});
        parser.addOption({QStringLiteral("csv"), tr("Write the metadata alone as a CSV list (no files)."), QStringLiteral("FILE")});
        parser.addOption({QStringLiteral("by-category"), tr("Put the files in one subfolder per category.")});
        parser.addOption({QStringLiteral("replace"),
                          tr("Folder: overwrite files of the same name instead of writing \"Name (2).pdf\".")});
        parser.addOption({QStringLiteral("force"), tr("Replace an existing zip or CSV file.")});
        parser.addOption({QStringLiteral("query"), tr("Export every hit of this query (the syntax of 'search')."), QStringLiteral("QUERY")});
        parser.addPositionalArgument(QStringLiteral("ID"), tr("Ids of the documents to export (see 'list' or 'search')."),
                                     QStringLiteral("[ID...]"));
    }

    int run(const QCommandLineParser &parser, Library &library) override
    {
        const QString toDir = parser.value(QStringLiteral("to"));
        const QString zipFile = parser.value(QStringLiteral("zip"));
        const QString csvFile = parser.value(QStringLiteral("csv"));
        const int targets = int(parser.isSet(QStringLiteral("to"))) + int(parser.isSet(QStringLiteral("zip")))
            + int(parser.isSet(QStringLiteral("csv")));
        if (targets != 1 || (parser.isSet(QStringLiteral("to")) && toDir.isEmpty())
            || (parser.isSet(QStringLiteral("zip")) && zipFile.isEmpty()) || (parser.isSet(QStringLiteral("csv")) && csvFile.isEmpty())) {
            err() << tr("export: name one target: --to DIR, --zip FILE or --csv FILE.") << '\n';
            return ExitCode::Usage;
        }
        const bool byQuery = parser.isSet(QStringLiteral("query"));
        const QStringList idArgs = parser.positionalArguments();
        if (byQuery == !idArgs.isEmpty()) {
            err() << tr("export: name the documents by their ids or with --query QUERY (not both).") << '\n';
            return ExitCode::Usage;
        }
        QList<qint64> ids;
        for (const QString &arg : idArgs) {
            bool ok = false;
            const qint64 id = arg.toLongLong(&ok);
            if (!ok || id <= 0) {
                err() << tr("export: \"%1\" is not a document id (a whole number, see 'list').")
                             .arg(printable(arg))
                      << '\n';
                return ExitCode::Usage;
            }
            if (!ids.contains(id))
                ids.append(id);
        }
        if (byQuery) {
            const QString query = parser.value(QStringLiteral("query"));
            if (!query.trimmed().isEmpty() && QueryParser::parse(query).isEmpty()) {
                // "&" or "-" alone: a search shows every document for it, an export must not take them.
                err() << tr("export: the query \"%1\" holds nothing to search for (only punctuation or "
                            "symbols); --query \"\" exports every document.")
                             .arg(printable(query))
                      << '\n';
                return ExitCode::Usage;
            }
            for (const QString &warning : Searcher::warnings(query))
                err() << QStringLiteral("export: ") << printable(warning) << '\n';
            QString error;
            ids = Searcher::hitIds(library.database(), query, &error);
            if (!error.isEmpty()) {
                err() << tr("export: the search failed: %1").arg(printable(error)) << '\n';
                return ExitCode::Failure;
            }
            if (ids.isEmpty()) {
                err() << tr("export: no document matches the query; nothing was written.") << '\n';
                return ExitCode::Failure;
            }
        }

        if (parser.isSet(QStringLiteral("csv")))
            return writeCsv(library, ids, csvFile, parser.isSet(QStringLiteral("force")));

        Exporter::Options options;
        options.byCategory = parser.isSet(QStringLiteral("by-category"));
        options.replaceExisting = parser.isSet(QStringLiteral("replace"));
        options.overwriteZip = parser.isSet(QStringLiteral("force"));
        const bool toZip = parser.isSet(QStringLiteral("zip"));
        if (toZip && !options.overwriteZip && (QFileInfo::exists(zipFile) || QFileInfo(zipFile).isSymLink())) {
            err() << tr("export: %1 exists already; --force replaces it.")
                         .arg(printable(QDir::toNativeSeparators(zipFile)))
                  << '\n';
            return ExitCode::Failure;
        }

        const SignalCancel cancel;
        const bool terminal = ProcessInfo::stderrIsTerminal();
        QElapsedTimer sinceLastLine;
        sinceLastLine.start();
        auto progress = [&](int done, int total, const QString &current) {
            if (!terminal || sinceLastLine.elapsed() < 100 || current.isEmpty())
                return;
            sinceLastLine.restart();
            QString line = tr("%1 of %2: %3").arg(done + 1).arg(total).arg(printable(current));
            if (line.size() > 100)
                line = line.left(97) + QStringLiteral("...");
            err() << '\r' << line.leftJustified(100) << Qt::flush;
        };
        Exporter exporter(library, options);
        const Exporter::Result result = toZip ? exporter.exportToZip(ids, zipFile, progress, cancel.flag())
                                              : exporter.exportToFolder(ids, toDir, progress, cancel.flag());
        if (terminal)
            err() << '\r' << QString(100, QLatin1Char(' ')) << '\r' << Qt::flush;

        for (const QString &file : result.written)
            out() << printable(QDir::toNativeSeparators(file)) << '\n';
        out().flush();
        for (const QString &problem : result.problems)
            err() << printable(problem) << '\n';
        if (result.cancelled) {
            err() << tr("export: cancelled; nothing was left behind.") << '\n';
            return ExitCode::Failure;
        }
        if (!result.error.isEmpty()) {
            err() << tr("export failed: %1").arg(printable(result.error)) << '\n';
            return ExitCode::Failure;
        }
        const QString target = printable(QDir::toNativeSeparators(result.target));
        const int count = int(result.written.size());
        out() << (toZip ? tr("%n document(s) written to %1", nullptr, count).arg(target)
                        : tr("%n document(s) copied to %1", nullptr, count).arg(target));
        if (!result.problems.isEmpty())
            out() << tr("; %n document(s) left out", nullptr, int(result.problems.size()));
        out() << '\n';
        return result.problems.isEmpty() ? ExitCode::Ok : ExitCode::Failure;
    }

private:
    static int writeCsv(Library &library, const QList<qint64> &ids, const QString &path, bool force)
    {
        if (!force && (QFileInfo::exists(path) || QFileInfo(path).isSymLink())) {
            err() << tr("export: %1 exists already; --force replaces it.")
                         .arg(printable(QDir::toNativeSeparators(path)))
                  << '\n';
            return ExitCode::Failure;
        }
        const QList<DocumentRecord> documents = library.catalog().documents(ids);
        QSet<qint64> found;
        for (const DocumentRecord &d : documents)
            found.insert(d.id);
        for (qint64 id : ids) {
            if (!found.contains(id))
                err() << tr("There is no document with the id %1.").arg(id) << '\n';
        }
        if (documents.isEmpty()) {
            err() << tr("export: none of the chosen documents is in the library; nothing was written.") << '\n';
            return ExitCode::Failure;
        }
        QString error;
        if (!Exporter::writeCsv(documents, path, &error, force)) {
            err() << tr("export failed: %1").arg(printable(error)) << '\n';
            return ExitCode::Failure;
        }
        const QString target = printable(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
        out() << target << '\n';
        out() << tr("%n document(s) listed in %1", nullptr, int(documents.size())).arg(target) << '\n';
        return documents.size() == ids.size() ? ExitCode::Ok : ExitCode::Failure;
    }
};
} // namespace

std::unique_ptr<CliCommand> makeExportCommand()
{
    return std::make_unique<ExportCommand>();
}
