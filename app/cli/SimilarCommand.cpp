#include "cli/CliCommand.h"
#include "core/library/Library.h"
#include "core/search/Searcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
// The documents closest in content to one document: the same list as "Related documents" in the
// window's details.
class SimilarCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("similar"); }
    bool readsScatteredPages() const override { return true; }
    QString description() const override
    {
        return tr("List the documents closest in content to document ID.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption(
            { QStringLiteral("json"), tr("Print one JSON object: id and the related documents.") });
        parser.addOption({ QStringLiteral("limit"), tr("Number of documents (default 10)."),
                           QStringLiteral("N"), QStringLiteral("10") });
        parser.addPositionalArgument(QStringLiteral("ID"),
                                     tr("The document's number (as \"list\" and \"search\" print it)."));
    }

    int run(const QCommandLineParser &parser, Library &library) override
    {
        bool okId = false, okLimit = false;
        const QStringList args = parser.positionalArguments();
        const qint64 id = args.size() == 1 ? args.first().toLongLong(&okId) : 0;
        const int limit = parser.value(QStringLiteral("limit")).toInt(&okLimit);
        if (!okId || !okLimit || limit < 0) {
            err() << tr("similar: give one document number, and --limit a whole number.") << '\n';
            return ExitCode::Usage;
        }
        QString error;
        const QList<SearchHit> hits = Searcher(library.database()).similarDocuments(id, limit, &error);
        if (!error.isEmpty()) {
            err() << tr("Related documents: %1").arg(printable(error)) << '\n';
            return ExitCode::Failure;
        }
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray list;
            for (const SearchHit &hit : hits)
                list.append(QJsonObject {
                    { QStringLiteral("id"), hit.id },
                    { QStringLiteral("title"), hit.title },
                    { QStringLiteral("filename"), hit.filename },
                    { QStringLiteral("score"), hit.score },
                    { QStringLiteral("category"),
                      hit.category.isEmpty() ? QJsonValue() : QJsonValue(hit.category) },
                    { QStringLiteral("year"), hit.year > 0 ? QJsonValue(hit.year) : QJsonValue() } });
            out() << printableJson(QJsonDocument(
                QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("similar"), list } }));
            return ExitCode::Ok;
        }
        for (const SearchHit &hit : hits)
            out() << QStringLiteral("%1\t%2\t(%3)\n")
                         .arg(hit.id)
                         .arg(printable(hit.title), printable(hit.filename));
        return ExitCode::Ok;
    }
};
} // namespace

std::unique_ptr<CliCommand> makeSimilarCommand()
{
    return std::make_unique<SimilarCommand>();
}
