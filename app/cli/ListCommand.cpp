#include "cli/CliCommand.h"
#include "core/library/Library.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
class ListCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("list"); }
    QString description() const override { return tr("List every document of the library."); }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption({QStringLiteral("json"), tr("Print a JSON array of documents.")});
    }

    static QJsonObject toJson(const DocumentRecord &d)
    {
        auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
        return QJsonObject{{QStringLiteral("id"), d.id},
                           {QStringLiteral("title"), d.title},
                           {QStringLiteral("filename"), d.filename},
                           {QStringLiteral("sha256"), d.sha256},
                           {QStringLiteral("description"), orNull(d.description)},
                           {QStringLiteral("category"), orNull(d.category)},
                           {QStringLiteral("type"), orNull(d.type)},
                           {QStringLiteral("tags"), QJsonArray::fromStringList(d.tags)},
                           {QStringLiteral("municipality"), orNull(d.municipality)},
                           {QStringLiteral("year"), d.year > 0 ? QJsonValue(d.year) : QJsonValue()},
                           {QStringLiteral("license"), orNull(d.license)},
                           {QStringLiteral("language"), orNull(d.language)},
                           {QStringLiteral("format"), d.format},
                           {QStringLiteral("mime"), orNull(d.mime)},
                           {QStringLiteral("size"), d.size},
                           {QStringLiteral("pages"), d.pages > 0 ? QJsonValue(d.pages) : QJsonValue()},
                           {QStringLiteral("pack"), orNull(d.packName)},
                           {QStringLiteral("imported_at"), d.importedAt.toString(Qt::ISODate)},
                           {QStringLiteral("extraction"), d.extraction},
                           {QStringLiteral("warnings"), QJsonArray::fromStringList(d.warnings)}};
    }

    int run(const QCommandLineParser &parser, Library &library) override
    {
        const QList<DocumentRecord> documents = library.catalog().documents();
        if (catalogReadFailed(library))
            return ExitCode::Failure;
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const DocumentRecord &d : documents)
                array.append(toJson(d));
            out() << printableJson(QJsonDocument(array));
            return ExitCode::Ok;
        }
        for (const DocumentRecord &d : documents) {
            out() << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\n")
                         .arg(d.id)
                         .arg(printable(d.format), printable(d.category), printable(d.title),
                              printable(d.filename), printable(d.tags.join(QStringLiteral(", "))));
        }
        return ExitCode::Ok;
    }
};
} // namespace

std::unique_ptr<CliCommand> makeListCommand()
{
    return std::make_unique<ListCommand>();
}
