// QueryParser + Fts5QueryBuilder + Searcher: any input is a valid query, so a search with it on a
// real (in-memory) catalog must never report an error, and FTS5 must accept every MATCH built.
#include "FuzzSupport.h"
#include "core/library/Catalog.h"
#include "core/library/SchemaMigrator.h"
#include "core/library/SqliteDatabase.h"
#include "core/search/Fts5QueryBuilder.h"
#include "core/search/QueryParser.h"
#include "core/search/Searcher.h"

namespace {
SqliteDatabase &database()
{
    static SqliteDatabase *db = [] {
        auto *d = new SqliteDatabase;
        QString error;
        if (!d->openInMemory(&error) || !SchemaMigrator().migrate(*d, &error))
            FuzzSupport::fail("cannot set up the catalog", error);
        Catalog catalog(*d);
        const char *const texts[][3] = {
            {"Datennutzungsvereinbarung", "Vertrag", "Regelt die Weitergabe der Daten an Dritte. Vertrages, Verträge."},
            {"Förderung von Radwegen", "Förderung/Bund", "Zuschüsse für Radwege an der Straße. Open Data."},
            {"Sensornetz im Stadtpark", "LoRaWAN", "Der Sensor misst Feinstaub; Gateways auf dem Rathaus."},
        };
        int n = 0;
        for (const auto &t : texts) {
            DocumentRecord record;
            record.sha256 = QString(64, QLatin1Char('a' + n++));
            record.filename = QStringLiteral("doc%1.txt").arg(n);
            record.title = QString::fromUtf8(t[0]);
            record.category = QStringLiteral("Kategorie");
            record.year = 2020 + n;
            record.format = QStringLiteral("txt");
            record.tags = QStringList{QString::fromUtf8(t[1])};
            if (!catalog.insertDocument(record, QString::fromUtf8(t[2])))
                FuzzSupport::fail("cannot insert a document", d->lastError());
        }
        return d;
    }();
    return *db;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(FuzzSupport::bytes(data, size));
    const Query query = QueryParser::parse(input);
    query.toString();
    query.positiveTerms();

    const Fts5QueryBuilder builder;
    if (builder.isExpressible(query) && builder.build(query).isEmpty())
        FuzzSupport::fail("an expressible query builds to nothing", query.toString());
    builder.plan(query);

    Searcher searcher(database());
    SearchRequest request;
    request.query = input;
    request.limit = 5;
    request.facets = (size % 2) == 0;
    const SearchResult result = searcher.search(request);
    if (!result.error.isEmpty())
        FuzzSupport::fail("a query gave an error", result.error + QStringLiteral(" for ") + query.toString());
    return 0;
}
