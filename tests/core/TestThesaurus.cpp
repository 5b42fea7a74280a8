#include "core/library/Catalog.h"
#include "core/library/SchemaMigrator.h"
#include "core/library/SqliteDatabase.h"
#include "core/search/Searcher.h"
#include "core/search/Thesaurus.h"

#include <QTest>

// The abbreviation list: shipped with sources, used in both directions, extended per library.
class TestThesaurus : public QObject
{
    Q_OBJECT

private slots:
    void builtInListHasSourcesForEveryEntry()
    {
        const QList<Thesaurus::Entry> &entries = Thesaurus::builtIn();
        QSet<QString> abbreviations;
        for (const Thesaurus::Entry &entry : entries) {
            QVERIFY2(!entry.source.isEmpty(), qPrintable(entry.abbreviation));
            abbreviations.insert(entry.abbreviation);
        }
        QVERIFY2(abbreviations.size() >= 200, qPrintable(QString::number(abbreviations.size())));
        for (const char *wanted :
             { "DSGVO", "DSFA", "AVV", "BDSG", "HDSIG", "OZG",  "EGovG", "BSI",     "IT-SiG", "VgV", "UVgO",
               "GWB",   "VOB",  "HGO", "HKO",  "KAG",   "ÖPNV", "IoT",   "LoRaWAN", "KI",     "GIS" })
            QVERIFY2(abbreviations.contains(QString::fromUtf8(wanted)), wanted);
    }

    void parseReportsMalformedLines()
    {
        QStringList errors;
        const QList<Thesaurus::Entry> entries
            = Thesaurus::parse("# comment\nAVV\tAuftragsverarbeitungsvertrag | "
                               "Auftragsverarbeitungsvereinbarung\tDSGVO\nkaputt\n",
                               &errors);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(1).longForm, QStringLiteral("Auftragsverarbeitungsvereinbarung"));
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().contains(QLatin1String("3")));
    }

    // Both directions, any spelling of the long form, nothing for unknown words.
    void alternativesBothWays()
    {
        const Thesaurus thesaurus({ { QStringLiteral("DSGVO"), QStringLiteral("Datenschutz-Grundverordnung"),
                                      QStringLiteral("EU") },
                                    { QStringLiteral("DS-GVO"), QStringLiteral("Datenschutz-Grundverordnung"),
                                      QStringLiteral("DSK") } });
        QCOMPARE(thesaurus.alternativesFor(QStringLiteral("dsgvo")),
                 (QStringList { QStringLiteral("Datenschutz-Grundverordnung"), QStringLiteral("DS-GVO") }));
        for (const char *spelling :
             { "Datenschutz-Grundverordnung", "Datenschutzgrundverordnung", "datenschutz grundverordnung" }) {
            const QStringList forms = thesaurus.alternativesFor(QString::fromUtf8(spelling));
            QVERIFY2(forms.contains(QStringLiteral("DSGVO")) && forms.contains(QStringLiteral("DS-GVO")),
                     spelling);
        }
        // The same words are no alternative; another spelling of the words is (the index differs).
        QVERIFY(!thesaurus.alternativesFor(QStringLiteral("datenschutz grundverordnung"))
                     .contains(QStringLiteral("Datenschutz-Grundverordnung")));
        QVERIFY(thesaurus.alternativesFor(QStringLiteral("Datenschutzgrundverordnung"))
                    .contains(QStringLiteral("Datenschutz-Grundverordnung")));
        QCOMPARE(thesaurus.alternativesFor(QStringLiteral("Vulkan")), QStringList());
    }

    // The admin's entry takes effect with the next search, without re-indexing, after literal matches.
    void libraryEntriesWithoutReindex()
    {
        SqliteDatabase db;
        QString error;
        QVERIFY2(db.openInMemory(&error), qPrintable(error));
        QVERIFY2(SchemaMigrator().migrate(db, &error), qPrintable(error));
        Catalog catalog(db);
        int n = 0;
        for (const char *title : { "Kreisverkehrsverbund Fahrplan", "KVV Tarife" }) {
            DocumentRecord doc;
            doc.sha256 = QString::number(++n).rightJustified(64, QLatin1Char('0'));
            doc.filename = QStringLiteral("d%1.txt").arg(n);
            doc.title = QString::fromUtf8(title);
            doc.format = QStringLiteral("txt");
            doc.importedAt = QDateTime::currentDateTimeUtc();
            QVERIFY2(catalog.insertDocument(doc, QString()), qPrintable(catalog.lastError()));
        }
        Searcher searcher(db);
        SearchRequest request;
        request.query = QStringLiteral("KVV");
        QCOMPARE(searcher.search(request).total, 1);

        QVERIFY2(
            Thesaurus::addLibraryEntry(
                db, { QStringLiteral("KVV"), QStringLiteral("Kreisverkehrsverbund"), QString() }, &error),
            qPrintable(error));
        QCOMPARE(Thesaurus::libraryEntries(db).size(), 1);
        SearchResult result = searcher.search(request);
        QCOMPARE(result.total, 2);
        QCOMPARE(result.hits.at(0).title, QStringLiteral("KVV Tarife")); // the literal match first
        QVERIFY(result.hits.at(0).exact);
        QVERIFY(!result.hits.at(1).exact);
        QVERIFY(result.highlightTerms.contains(QStringLiteral("Kreisverkehrsverbund")));

        QVERIFY(Thesaurus::removeLibraryEntry(db, QStringLiteral("KVV"), &error));
        QCOMPARE(searcher.search(request).total, 1);
        QVERIFY(
            !Thesaurus::addLibraryEntry(db, { QStringLiteral(" "), QStringLiteral("x"), QString() }, &error));
    }
};

QTEST_GUILESS_MAIN(TestThesaurus)
#include "TestThesaurus.moc"
