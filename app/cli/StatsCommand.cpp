#include "cli/CliCommand.h"
#include "core/library/Library.h"
#include "core/library/SchemaMigrator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {
class StatsCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("stats"); }
    QString description() const override { return tr("Print counts: documents, packs, tags, bytes, pages."); }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption({QStringLiteral("json"), tr("Print a JSON object.")});
    }

    int run(const QCommandLineParser &parser, Library &library) override
    {
        const CatalogStats s = library.catalog().stats();
        if (catalogReadFailed(library))
            return ExitCode::Failure;
        if (parser.isSet(QStringLiteral("json"))) {
            const QJsonObject o{{QStringLiteral("library"), library.path()},
                                {QStringLiteral("schema_version"), SchemaMigrator::currentVersion(library.database())},
                                {QStringLiteral("read_only"), library.isReadOnly()},
                                {QStringLiteral("documents"), s.documents},
                                {QStringLiteral("packs"), s.packs},
                                {QStringLiteral("tags"), s.tags},
                                {QStringLiteral("bytes"), s.bytes},
                                {QStringLiteral("pages"), s.pages},
                                {QStringLiteral("text_chars"), s.textChars}};
            out() << printableJson(QJsonDocument(o));
            return ExitCode::Ok;
        }
        const QLocale locale;
        out() << tr("Library:   %1%2")
                     .arg(printable(library.path()), library.isReadOnly() ? tr(" (read-only)") : QString())
              << '\n'
              << tr("Documents: %1").arg(locale.toString(s.documents)) << '\n'
              << tr("Packs:     %1").arg(locale.toString(s.packs)) << '\n'
              << tr("Tags:      %1").arg(locale.toString(s.tags)) << '\n'
              << tr("Size:      %1").arg(locale.formattedDataSize(s.bytes)) << '\n'
              << tr("Pages:     %1").arg(locale.toString(s.pages)) << '\n';
        return ExitCode::Ok;
    }
};
} // namespace

std::unique_ptr<CliCommand> makeStatsCommand()
{
    return std::make_unique<StatsCommand>();
}
