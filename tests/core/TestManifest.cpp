#include "import/Manifest.h"

#include <QTest>

namespace {

const QByteArray FullManifest = R"({
  "format": "smart-region-toolbox-pack",
  "formatVersion": 1,
  "pack": {
    "name": "Smarte Straßenbeleuchtung",
    "version": "2.1",
    "publisher": "Landkreis Vogelsberg-Süd",
    "date": "2024-05-02",
    "description": "Vorlagen für die Umrüstung der Straßenbeleuchtung"
  },
  "documents": [
    {
      "file": "Vergabe/Leistungsbeschreibung_LED.pdf",
      "title": "Leistungsbeschreibung LED-Straßenleuchten",
      "description": "Muster für die Ausschreibung von 1.200 Leuchten",
      "category": "Vergabe",
      "type": "Muster",
      "tags": ["Beleuchtung", "Vergabe/Ausschreibung"],
      "municipality": "Gemeinde Musterbach",
      "year": 2023,
      "license": "CC BY 4.0",
      "language": "de"
    },
    {
      "file": "Förderung/Förderantrag.docx",
      "title": "Förderantrag Kommunalrichtlinie",
      "year": "2022",
      "tags": "Förderung, Klimaschutz ,, Beleuchtung"
    }
  ]
}
)";

} // namespace

class TestManifest : public QObject
{
    Q_OBJECT

private slots:
    void readsPackAndDocumentFields()
    {
        const Manifest m = Manifest::parse(FullManifest);
        QVERIFY(m.isPresent());
        QVERIFY2(m.problems().isEmpty(), qPrintable(m.problems().join(QLatin1Char('\n'))));
        QCOMPARE(m.pack().name, QStringLiteral("Smarte Straßenbeleuchtung"));
        QCOMPARE(m.pack().version, QStringLiteral("2.1"));
        QCOMPARE(m.pack().publisher, QStringLiteral("Landkreis Vogelsberg-Süd"));
        QCOMPARE(m.pack().date, QStringLiteral("2024-05-02"));
        QCOMPARE(m.pack().description, QStringLiteral("Vorlagen für die Umrüstung der Straßenbeleuchtung"));

        QCOMPARE(m.entries().size(), 2);
        const Manifest::Entry &e = m.entries().at(0);
        QCOMPARE(e.file, QStringLiteral("Vergabe/Leistungsbeschreibung_LED.pdf"));
        QCOMPARE(e.title, QStringLiteral("Leistungsbeschreibung LED-Straßenleuchten"));
        QCOMPARE(e.description, QStringLiteral("Muster für die Ausschreibung von 1.200 Leuchten"));
        QCOMPARE(e.category, QStringLiteral("Vergabe"));
        QCOMPARE(e.type, QStringLiteral("Muster"));
        QCOMPARE(e.tags,
                 (QStringList { QStringLiteral("Beleuchtung"), QStringLiteral("Vergabe/Ausschreibung") }));
        QCOMPARE(e.municipality, QStringLiteral("Gemeinde Musterbach"));
        QCOMPARE(e.year, 2023);
        QCOMPARE(e.license, QStringLiteral("CC BY 4.0"));
        QCOMPARE(e.language, QStringLiteral("de"));
        QCOMPARE(e.line, 13);

        const Manifest::Entry *second = m.entryFor(QStringLiteral("Förderung/Förderantrag.docx"));
        QVERIFY(second);
        QCOMPARE(second->title, QStringLiteral("Förderantrag Kommunalrichtlinie"));
        QCOMPARE(second->year, 2022); // a year written as a string
        // Tags as one comma-separated string: trimmed, empty ones dropped.
        QCOMPARE(second->tags,
                 (QStringList { QStringLiteral("Förderung"), QStringLiteral("Klimaschutz"),
                                QStringLiteral("Beleuchtung") }));
        QCOMPARE(second->line, 25);
        QVERIFY(second->category.isEmpty());
        QVERIFY(!m.entryFor(QStringLiteral("Förderung/fehlt.pdf")));
    }

    void numericVersionAndTrimmedValues()
    {
        const Manifest m = Manifest::parse(R"({"pack": {"name": "  Beispielpaket  ", "version": 3},
            "documents": [{"file": "  ./Vergabe\\Vermerk.docx ", "title": "  Vergabevermerk  ",
                           "tags": ["  LoRaWAN ", "", "  "]}]})");
        QVERIFY2(m.problems().isEmpty(), qPrintable(m.problems().join(QLatin1Char('\n'))));
        QCOMPARE(m.pack().name, QStringLiteral("Beispielpaket"));
        QCOMPARE(m.pack().version, QStringLiteral("3"));
        QCOMPARE(m.entries().size(), 1);
        QCOMPARE(m.entries().first().file, QStringLiteral("Vergabe/Vermerk.docx"));
        QCOMPARE(m.entries().first().title, QStringLiteral("Vergabevermerk"));
        QCOMPARE(m.entries().first().tags, QStringList { QStringLiteral("LoRaWAN") });
        QVERIFY(m.entryFor(QStringLiteral("Vergabe/Vermerk.docx")));
        QCOMPARE(m.entries().first().line, 2);
    }

    void reportsAYearThatIsNoNumber()
    {
        const Manifest m
            = Manifest::parse("{\n"
                              "  \"documents\": [\n"
                              "    {\"file\": \"Haushalt.xlsx\", \"year\": \"zweitausendzwanzig\"}\n"
                              "  ]\n"
                              "}\n");
        QCOMPARE(m.entries().size(), 1);
        QCOMPARE(m.entries().first().year, 0);
        QCOMPARE(m.problems().size(), 1);
        QVERIFY2(m.problems().first().startsWith(QStringLiteral("toolbox.json:3: ")),
                 qPrintable(m.problems().first()));
        QVERIFY(m.problems().first().contains(QStringLiteral("Haushalt.xlsx")));
        QVERIFY(m.problems().first().contains(QStringLiteral("zweitausendzwanzig")));
    }

    void reportsMalformedJsonWithItsLine_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("line");
        QTest::newRow("missing comma") << QByteArray("{\n"
                                                     "  \"pack\": {\n"
                                                     "    \"name\": \"Beispielpaket\",\n"
                                                     "    \"version\": \"1.0\"\n"
                                                     "    \"publisher\": \"Landkreis\"\n"
                                                     "  }\n"
                                                     "}\n")
                                       << 5;
        QTest::newRow("trailing comma") << QByteArray("{\n"
                                                      "  \"documents\": [\n"
                                                      "    {\"file\": \"a.pdf\"},\n"
                                                      "  ]\n"
                                                      "}\n")
                                        << 4;
        QTest::newRow("unquoted value") << QByteArray("{\n"
                                                      "  \"pack\": {\n"
                                                      "    \"name\": Förderung\n"
                                                      "  }\n"
                                                      "}\n")
                                        << 3;
        QTest::newRow("cut off") << QByteArray("{\n  \"pack\": {\n    \"name\": \"Beispielpaket\"\n") << 4;
    }
    void reportsMalformedJsonWithItsLine()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, line);
        const Manifest m = Manifest::parse(json, QStringLiteral("Paket/toolbox.json"));
        QVERIFY(m.isPresent());
        QVERIFY(m.entries().isEmpty());
        QVERIFY(m.pack().name.isEmpty());
        QCOMPARE(m.problems().size(), 1);
        const QString expected = QStringLiteral("Paket/toolbox.json:%1: malformed JSON").arg(line);
        QVERIFY2(m.problems().first().startsWith(expected), qPrintable(m.problems().first()));
    }

    void acceptsAByteOrderMark()
    {
        // Windows editors like to put one in front of UTF-8.
        const Manifest m = Manifest::parse(QByteArray("\xEF\xBB\xBF") + FullManifest);
        QVERIFY2(m.problems().isEmpty(), qPrintable(m.problems().join(QLatin1Char('\n'))));
        QCOMPARE(m.pack().name, QStringLiteral("Smarte Straßenbeleuchtung"));
        QCOMPARE(m.entries().size(), 2);
        QCOMPARE(m.entries().first().line, 13);
    }

    void reportsStructuralProblems()
    {
        QCOMPARE(Manifest::parse("[1, 2]").problems(),
                 QStringList {
                     QStringLiteral("toolbox.json:1: the manifest must be a JSON object; it is ignored") });

        const Manifest m = Manifest::parse(R"({"format": "anderes-format",
            "pack": {"name": "Beispielpaket"},
            "documents": [
              {"title": "ohne Datei"},
              "Vergabe/a.pdf",
              {"file": "Vergabe/b.pdf", "title": "Bewertungsmatrix"}
            ]})");
        QCOMPARE(m.pack().name, QStringLiteral("Beispielpaket"));
        QCOMPARE(m.entries().size(), 1);
        QCOMPARE(m.entries().first().title, QStringLiteral("Bewertungsmatrix"));
        QCOMPARE(m.entries().first().line, 6);
        const QString problems = m.problems().join(QLatin1Char('\n'));
        QCOMPARE(m.problems().size(), 3);
        QVERIFY2(problems.contains(QStringLiteral("unknown format \"anderes-format\"")),
                 qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("document 1 has no \"file\"")), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("document 2 is not an object")), qPrintable(problems));

        const Manifest notArray = Manifest::parse(R"({"documents": {"file": "a.pdf"}})");
        QCOMPARE(notArray.entries().size(), 0);
        QCOMPARE(notArray.problems(),
                 QStringList { QStringLiteral("toolbox.json: \"documents\" must be an array") });
    }

    void reportsDuplicateEntriesAtTheirLine()
    {
        const QByteArray json = "{\n" // 1
                                "  \"documents\": [\n" // 2
                                "    {\"file\": \"Vergabe/Vermerk.docx\", \"title\": \"Erster\"},\n" // 3
                                "    {\"file\": \"Gremien/Vorlage.docx\"},\n" // 4
                                "    {\n" // 5
                                "      \"title\": \"Zweiter\",\n" // 6
                                "      \"file\": \"./Vergabe/Vermerk.docx\"\n" // 7
                                "    }\n" // 8
                                "  ]\n" // 9
                                "}\n";
        const Manifest m = Manifest::parse(json);
        QCOMPARE(m.entries().size(), 2);
        QCOMPARE(m.entries().at(0).line, 3);
        QCOMPARE(m.entries().at(1).line, 4);
        QCOMPARE(m.entryFor(QStringLiteral("Vergabe/Vermerk.docx"))->title, QStringLiteral("Erster"));
        QCOMPARE(m.problems(),
                 QStringList { QStringLiteral(
                     "toolbox.json:7: Vergabe/Vermerk.docx is listed twice; the first entry counts") });
    }

    void findsTheLineOfTheSameNameListedTwiceLiterally()
    {
        const QByteArray json = "{\"documents\": [\n"
                                "  {\"file\": \"Plan.pdf\"},\n"
                                "  {\"file\": \"Plan.pdf\"}\n"
                                "]}";
        const Manifest m = Manifest::parse(json);
        QCOMPARE(m.entries().size(), 1);
        QCOMPARE(m.entries().first().line, 2);
        QCOMPARE(m.problems(),
                 QStringList {
                     QStringLiteral("toolbox.json:3: Plan.pdf is listed twice; the first entry counts") });
    }

    void roundTripsThroughJson()
    {
        Manifest original = Manifest::parse(FullManifest);
        QVERIFY(original.problems().isEmpty());
        const Manifest copy = Manifest::parse(original.toJson());
        QVERIFY2(copy.problems().isEmpty(), qPrintable(copy.problems().join(QLatin1Char('\n'))));
        QCOMPARE(copy.pack().name, original.pack().name);
        QCOMPARE(copy.pack().version, original.pack().version);
        QCOMPARE(copy.pack().publisher, original.pack().publisher);
        QCOMPARE(copy.pack().date, original.pack().date);
        QCOMPARE(copy.pack().description, original.pack().description);
        QCOMPARE(copy.entries().size(), original.entries().size());
        for (int i = 0; i < copy.entries().size(); ++i) {
            const Manifest::Entry &a = original.entries().at(i);
            const Manifest::Entry &b = copy.entries().at(i);
            QCOMPARE(b.file, a.file);
            QCOMPARE(b.title, a.title);
            QCOMPARE(b.description, a.description);
            QCOMPARE(b.category, a.category);
            QCOMPARE(b.type, a.type);
            QCOMPARE(b.tags, a.tags);
            QCOMPARE(b.municipality, a.municipality);
            QCOMPARE(b.year, a.year);
            QCOMPARE(b.license, a.license);
            QCOMPARE(b.language, a.language);
            QVERIFY(b.line > 0);
        }

        // A manifest built in code (as the export does) reads back the same.
        Manifest built;
        built.pack().name = QStringLiteral("Export Musterbach");
        Manifest::Entry e;
        e.file = QStringLiteral("Open Data/Leitlinie \"Offene Daten\".pdf");
        e.title = QStringLiteral("Leitlinie „Offene Daten“");
        e.tags = QStringList { QStringLiteral("Open Data"), QStringLiteral("Leitlinie") };
        e.year = 2021;
        built.entries().append(e);
        const QByteArray json = built.toJson();
        QVERIFY(json.contains("\"format\": \"smart-region-toolbox-pack\""));
        const Manifest read = Manifest::parse(json);
        QVERIFY2(read.problems().isEmpty(), qPrintable(read.problems().join(QLatin1Char('\n'))));
        QCOMPARE(read.pack().name, QStringLiteral("Export Musterbach"));
        QCOMPARE(read.entries().size(), 1);
        QCOMPARE(read.entries().first().file, e.file);
        QCOMPARE(read.entries().first().title, e.title);
        QCOMPARE(read.entries().first().tags, e.tags);
        QCOMPARE(read.entries().first().year, 2021);
        QVERIFY(read.entries().first().line > 0);
    }
};

QTEST_GUILESS_MAIN(TestManifest)
#include "TestManifest.moc"
