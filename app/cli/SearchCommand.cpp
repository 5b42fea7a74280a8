#include "cli/CliCommand.h"
#include "core/library/Library.h"
#include "core/search/Searcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
class SearchCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("search"); }
    bool readsScatteredPages() const override { return true; }
    QString description() const override
    {
        return tr("Search the library (the query syntax is in the README; -- ends the options).");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption({QStringLiteral("json"), tr("Print one JSON object: total, hits, suggestions, facets.")});
        parser.addOption({QStringLiteral("facets"), tr("Include facet counts (category, type, tag, year, format, municipality, pack).")});
        parser.addOption({QStringLiteral("limit"), tr("Number of hits (default 50)."), QStringLiteral("N"), QStringLiteral("50")});
        parser.addOption({QStringLiteral("offset"), tr("Skip the first N hits."), QStringLiteral("N"), QStringLiteral("0")});
        parser.addOption({QStringLiteral("sort"), tr("Sort order: relevance (default), title, date (year, newest first) or category."), QStringLiteral("ORDER"), QStringLiteral("relevance")});
        parser.addPositionalArgument(QStringLiteral("QUERY"), tr("The query; several arguments are joined by spaces."), QStringLiteral("QUERY..."));
    }

    static QJsonObject toJson(const SearchHit &hit)
    {
        return QJsonObject{{QStringLiteral("id"), hit.id},
                           {QStringLiteral("title"), hit.title},
                           {QStringLiteral("filename"), hit.filename},
                           {QStringLiteral("score"), hit.score},
                           {QStringLiteral("exact"), hit.exact},
                           {QStringLiteral("snippet"), hit.snippetHtml()},
                           {QStringLiteral("page"), hit.page > 0 ? QJsonValue(hit.page) : QJsonValue()},
                           {QStringLiteral("tags"), QJsonArray::fromStringList(hit.tags)},
                           {QStringLiteral("category"), hit.category.isEmpty() ? QJsonValue() : QJsonValue(hit.category)},
                           {QStringLiteral("type"), hit.type.isEmpty() ? QJsonValue() : QJsonValue(hit.type)},
                           {QStringLiteral("format"), hit.format},
                           {QStringLiteral("year"), hit.year > 0 ? QJsonValue(hit.year) : QJsonValue()}};
    }

    int run(const QCommandLineParser &parser, Library &library) override
    {
        SearchRequest request;
        request.query = parser.positionalArguments().join(QLatin1Char(' '));
        bool okLimit = false, okOffset = false;
        request.limit = parser.value(QStringLiteral("limit")).toInt(&okLimit);
        request.offset = parser.value(QStringLiteral("offset")).toInt(&okOffset);
        const QString sort = parser.value(QStringLiteral("sort"));
        const QHash<QString, SearchRequest::Sort> sorts{{QStringLiteral("relevance"), SearchRequest::Sort::Relevance},
                                                        {QStringLiteral("title"), SearchRequest::Sort::Title},
                                                        {QStringLiteral("date"), SearchRequest::Sort::Date},
                                                        {QStringLiteral("category"), SearchRequest::Sort::Category}};
        if (!okLimit || !okOffset || request.limit < 0 || request.offset < 0 || !sorts.contains(sort)) {
            err() << tr("search: --limit and --offset take whole numbers, --sort one of relevance, title, date, category.") << '\n';
            return ExitCode::Usage;
        }
        request.sort = sorts.value(sort);
        request.facets = parser.isSet(QStringLiteral("facets"));
        const SearchResult result = Searcher(library.database()).search(request);
        if (!result.error.isEmpty()) {
            err() << tr("Search failed: %1").arg(printable(result.error)) << '\n';
            return ExitCode::Failure;
        }
        for (const QString &warning : result.warnings)
            err() << printable(warning) << '\n';
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray hits;
            for (const SearchHit &hit : result.hits)
                hits.append(toJson(hit));
            QJsonObject o{{QStringLiteral("query"), request.query},
                          {QStringLiteral("total"), result.total},
                          {QStringLiteral("hits"), hits},
                          {QStringLiteral("suggestions"), QJsonArray::fromStringList(result.suggestions)},
                          {QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings)}};
            if (request.facets) {
                QJsonObject facets;
                for (auto it = result.facets.cbegin(); it != result.facets.cend(); ++it) {
                    QJsonObject values;
                    for (const auto &[value, count] : it.value())
                        values.insert(value, count);
                    facets.insert(it.key(), values);
                }
                o.insert(QStringLiteral("facets"), facets);
            }
            out() << printableJson(QJsonDocument(o));
            return ExitCode::Ok;
        }
        out() << tr("%n document(s) found", nullptr, int(result.total)) << '\n';
        for (const SearchHit &hit : result.hits) {
            QString location = hit.filename;
            if (hit.page > 0)
                location += tr(", page %1").arg(hit.page);
            out() << QStringLiteral("%1\t%2\t(%3)\n")
                         .arg(hit.id)
                         .arg(printable(hit.title), printable(location));
            if (!hit.snippet.isEmpty())
                out() << QStringLiteral("\t%1\n").arg(
                    printable(QString(hit.snippet)
                                  .replace(SearchHit::MarkStart, QLatin1Char('['))
                                  .replace(SearchHit::MarkEnd, QLatin1Char(']'))));
        }
        if (!result.suggestions.isEmpty())
            out() << tr("Did you mean %1?").arg(printable(result.suggestions.join(QStringLiteral(", "))))
                  << '\n';
        if (request.facets) {
            for (auto it = result.facets.cbegin(); it != result.facets.cend(); ++it) {
                QStringList values;
                for (const auto &[value, count] : it.value())
                    values.append(QStringLiteral("%1 (%2)").arg(printable(value)).arg(count));
                out() << it.key() << ": " << values.join(QStringLiteral(", ")) << '\n';
            }
        }
        return ExitCode::Ok;
    }
};
} // namespace

std::unique_ptr<CliCommand> makeSearchCommand()
{
    return std::make_unique<SearchCommand>();
}
