#include "core/pack/Manifest.h"
#include "core/pack/MetadataLimits.h"
#include "core/pack/MetadataSanitizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    // "placeholders" (#14): written form → meaning; wrong types warned about and skipped, bounded.
    void readsDeclaredPlaceholders()
    {
        const QByteArray json = R"({"documents": [
  {"file": "a.docx", "placeholders": {"[Gemeinde]": "municipality", "Musterstadt": "municipality", "{{Kreis}}": 3}},
  {"file": "b.docx", "placeholders": ["[Gemeinde]"]}
]})";
        const Manifest m = Manifest::parse(json);
        QCOMPARE(m.entries().size(), 2);
        const QHash<QString, QString> expected{{QStringLiteral("[Gemeinde]"), QStringLiteral("municipality")},
                                               {QStringLiteral("Musterstadt"), QStringLiteral("municipality")}};
        QCOMPARE(m.entries().at(0).placeholders, expected);
        QVERIFY(m.entries().at(1).placeholders.isEmpty());
        QCOMPARE(m.problems().size(), 2);
        QVERIFY2(m.problems().at(0).startsWith(QLatin1String("toolbox.json:2: ")), qPrintable(m.problems().at(0)));
        QVERIFY2(m.problems().at(1).contains(QLatin1String("not an object")), qPrintable(m.problems().at(1)));
        // Written back by an export, read the same.
        QCOMPARE(Manifest::parse(m.toJson()).entries().at(0).placeholders, expected);

        QJsonObject many;
        for (int i = 0; i < MetadataLimits::MaxPlaceholdersPerDocument + 5; ++i)
            many.insert(QStringLiteral("[Feld %1]").arg(i), QStringLiteral("x"));
        const QJsonObject doc{{QStringLiteral("file"), QStringLiteral("c.docx")}, {QStringLiteral("placeholders"), many}};
        const Manifest bounded = Manifest::parse(
            QJsonDocument(QJsonObject{{QStringLiteral("documents"), QJsonArray{doc}}}).toJson());
        QCOMPARE(bounded.entries().first().placeholders.size(), MetadataLimits::MaxPlaceholdersPerDocument);
        QVERIFY(bounded.problems().join(u' ').contains(QLatin1String("left out")));
    }

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
                 QStringList { QStringLiteral("toolbox.json:1: \"documents\" must be an array") });
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

    void reportsWrongTypesAtTheirLines()
    {
        const QByteArray json
            = "{\n" // 1
              "  \"format\": 7,\n" // 2
              "  \"pack\": {\"name\": [\"Paket\"], \"version\": 2},\n" // 3
              "  \"documents\": [\n" // 4
              "    {\"file\": \"Vergabe/a.pdf\",\n" // 5
              "     \"title\": 12345,\n" // 6
              "     \"tags\": {\"Vergabe\": true},\n" // 7
              "     \"year\": 1e20,\n" // 8
              "     \"category\": null,\n" // 9
              "     \"description\": false},\n" // 10
              "    {\"file\": \"Vergabe/b.pdf\", \"tags\": [\"LoRaWAN\", 3, {}], \"year\": 2023.5},\n" // 11
              "    {\"file\": 42},\n" // 12
              "    7\n" // 13
              "  ]\n"
              "}\n";
        const Manifest m = Manifest::parse(json);
        QVERIFY(m.isUsable());
        QVERIFY(m.pack().name.isEmpty());
        QCOMPARE(m.pack().version, QStringLiteral("2")); // a number is fine for a version
        QCOMPARE(m.entries().size(), 2);
        const Manifest::Entry &a = m.entries().at(0);
        QVERIFY(a.title.isEmpty());
        QVERIFY(a.tags.isEmpty());
        QCOMPARE(a.year, 0);
        QVERIFY(a.description.isEmpty());
        const Manifest::Entry &b = m.entries().at(1);
        QCOMPARE(b.tags, QStringList { QStringLiteral("LoRaWAN") });
        QCOMPARE(b.year, 0);

        const QStringList expected {
            QStringLiteral("toolbox.json:2: unknown format"),
            QStringLiteral("toolbox.json:3: \"name\" of the pack is a list, not text"),
            QStringLiteral("toolbox.json:6: \"title\" of Vergabe/a.pdf is a number, not text"),
            QStringLiteral("toolbox.json:7: \"tags\" of Vergabe/a.pdf is an object, not a list"),
            QStringLiteral("toolbox.json:8: \"year\" of Vergabe/a.pdf is not a year: 1e+20"),
            QStringLiteral("toolbox.json:10: \"description\" of Vergabe/a.pdf is true or false, not text"),
            QStringLiteral("toolbox.json:11: 2 tag(s) of Vergabe/b.pdf are not text"),
            QStringLiteral("toolbox.json:11: \"year\" of Vergabe/b.pdf is not a year: 2023.5"),
            QStringLiteral("toolbox.json:12: \"file\" of document 3 is a number, not text; skipped"),
            QStringLiteral("toolbox.json:13: document 4 is not an object; skipped"),
        };
        const QString problems = m.problems().join(QLatin1Char('\n'));
        QCOMPARE(m.problems().size(), expected.size());
        for (const QString &line : expected)
            QVERIFY2(problems.contains(line), qPrintable(line + QStringLiteral(" not in:\n") + problems));
    }

    void reportsKeysGivenTwice()
    {
        const QByteArray json
            = "{\n" // 1
              "  \"pack\": {\"name\": \"Erster Name\"},\n" // 2
              "  \"documents\": [\n" // 3
              "    {\"file\": \"a.pdf\", \"title\": \"Alt\",\n" // 4
              "     \"title\": \"Neu\", \"tags\": [\"x\"]}\n" // 5
              "  ],\n" // 6
              "  \"pack\": {\"name\": \"Zweiter \\u004eame\", \"n\\u0061me\": \"Dritter Name\"}\n" // 7
              "}\n";
        const Manifest m = Manifest::parse(json);
        // QJsonDocument keeps the last value; the warning says so.
        QCOMPARE(m.entries().size(), 1);
        QCOMPARE(m.entries().first().title, QStringLiteral("Neu"));
        QCOMPARE(m.pack().name, QStringLiteral("Dritter Name"));
        QCOMPARE(
            m.problems(),
            (QStringList {
                QStringLiteral(
                    "toolbox.json:5: \"title\" appears twice in the same {…} block; the last value counts"),
                QStringLiteral(
                    "toolbox.json:7: \"pack\" appears twice in the same {…} block; the last value counts"),
                QStringLiteral("toolbox.json:7: \"name\" appears twice in the same {…} block; the last value "
                               "counts") }));
    }

    void refusesAnUnknownFormatVersion_data()
    {
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<QString>("shown");
        QTest::newRow("word") << QByteArray("\"eins\"") << QStringLiteral("\"eins\"");
        QTest::newRow("newer") << QByteArray("99") << QStringLiteral("99");
        QTest::newRow("zero") << QByteArray("0") << QStringLiteral("0");
        QTest::newRow("fraction") << QByteArray("1.5") << QStringLiteral("1.5");
        QTest::newRow("huge") << QByteArray("1e300") << QStringLiteral("1e+300");
        QTest::newRow("string") << QByteArray("\"1\"") << QStringLiteral("\"1\"");
        QTest::newRow("list") << QByteArray("[1]") << QStringLiteral("a list");
    }
    void refusesAnUnknownFormatVersion()
    {
        QFETCH(QByteArray, version);
        QFETCH(QString, shown);
        const Manifest m
            = Manifest::parse("{\n  \"pack\": {\"name\": \"Paket\"},\n  \"formatVersion\": " + version
                              + ",\n  \"documents\": [{\"file\": \"a.pdf\", \"title\": \"A\"}]\n}\n");
        QVERIFY(m.isPresent());
        QVERIFY(!m.isUsable());
        QVERIFY(m.entries().isEmpty());
        QVERIFY(m.pack().name.isEmpty());
        QCOMPARE(
            m.problems(),
            QStringList { QStringLiteral("toolbox.json:3: format version %1 is not supported (this program "
                                         "reads version 1); the manifest is ignored")
                              .arg(shown) });

        for (const QByteArray &good : { QByteArray(", \"formatVersion\": 1"), QByteArray() }) {
            const Manifest ok = Manifest::parse("{\"documents\": [{\"file\": \"a.pdf\"}]" + good + "}");
            QVERIFY(ok.isUsable());
            QVERIFY2(ok.problems().isEmpty(), qPrintable(ok.problems().join(QLatin1Char('\n'))));
            QCOMPARE(ok.entries().size(), 1);
        }
    }

    void boundsTheLengthsAndTheNumberOfTags()
    {
        QJsonArray tags;
        for (int i = 0; i < 250; ++i)
            tags.append(QStringLiteral("Schlagwort %1").arg(i));
        tags.append(QString(150, QLatin1Char('t')));
        QJsonObject doc { { QStringLiteral("file"), QStringLiteral("a.pdf") },
                          { QStringLiteral("title"), QString(600, QLatin1Char('T')) },
                          { QStringLiteral("description"), QString(20000, QLatin1Char('d')) },
                          { QStringLiteral("category"), QString(300, QLatin1Char('c')) },
                          { QStringLiteral("type"), QString(300, QLatin1Char('y')) },
                          { QStringLiteral("municipality"), QString(300, QLatin1Char('m')) },
                          { QStringLiteral("license"), QString(300, QLatin1Char('l')) },
                          { QStringLiteral("language"), QString(300, QLatin1Char('s')) },
                          { QStringLiteral("tags"), tags } };
        QJsonObject shortTags { { QStringLiteral("file"), QStringLiteral("b.pdf") },
                                { QStringLiteral("title"), QString(500, QLatin1Char('T')) },
                                { QStringLiteral("tags"),
                                  QJsonArray { QString(150, QLatin1Char('u')), QStringLiteral("kurz") } } };
        QJsonObject root { { QStringLiteral("pack"),
                             QJsonObject {
                                 { QStringLiteral("name"), QString(300, QLatin1Char('p')) },
                                 { QStringLiteral("description"), QString(20000, QLatin1Char('q')) } } },
                           { QStringLiteral("documents"), QJsonArray { doc, shortTags } } };
        const Manifest m = Manifest::parse(QJsonDocument(root).toJson());
        QCOMPARE(m.pack().name.size(), MetadataLimits::MaxFieldLength);
        QCOMPARE(m.pack().description.size(), MetadataLimits::MaxDescriptionLength);
        QCOMPARE(m.entries().size(), 2);
        const Manifest::Entry &a = m.entries().at(0);
        QCOMPARE(a.title, QString(MetadataLimits::MaxTitleLength, QLatin1Char('T')));
        QCOMPARE(a.description.size(), MetadataLimits::MaxDescriptionLength);
        for (const QString &field : { a.category, a.type, a.municipality, a.license, a.language })
            QCOMPARE(field.size(), MetadataLimits::MaxFieldLength);
        QCOMPARE(a.tags.size(), MetadataLimits::MaxTagsPerDocument);
        QCOMPARE(a.tags.first(), QStringLiteral("Schlagwort 0"));
        QCOMPARE(a.tags.last(), QStringLiteral("Schlagwort 199"));
        const Manifest::Entry &b = m.entries().at(1);
        QCOMPARE(b.title.size(), 500); // at the limit: kept whole
        QCOMPARE(b.tags,
                 (QStringList { QString(MetadataLimits::MaxTagLength, QLatin1Char('u')),
                                QStringLiteral("kurz") }));

        // One warning per field, naming the file and the field; one for all the tags left out.
        const QString problems = m.problems().join(QLatin1Char('\n'));
        QCOMPARE(m.problems().size(), 2 + 7 + 1 + 1);
        for (const char *field :
             { "title", "description", "category", "type", "municipality", "license", "language" })
            QVERIFY2(
                problems.contains(QStringLiteral("\"%1\" of a.pdf is longer than").arg(QLatin1String(field))),
                qPrintable(problems));
        QVERIFY2(problems.contains(
                     QStringLiteral("\"name\" of the pack is longer than 200 characters; it was cut")),
                 qPrintable(problems));
        QVERIFY2(
            problems.contains(QStringLiteral("a.pdf has more than 200 tags; the other 51 were left out")),
            qPrintable(problems));
        QVERIFY2(problems.contains(
                     QStringLiteral("1 tag(s) of b.pdf are longer than 100 characters; they were cut")),
                 qPrintable(problems));
        QVERIFY2(!problems.contains(QStringLiteral("\"title\" of b.pdf")), qPrintable(problems));
    }

    void removesControlAndDirectionCharacters()
    {
        // ESC, BEL, NUL, CR, a C1 control (CSI), direction overrides, isolates and marks.
        const QByteArray json
            = "{\"pack\": {\"name\": \"Paket\\u001b]0;owned\\u0007\", \"description\": \"Zeile 1\\r\\nZeile "
              "2\"},\n"
              " \"documents\": [\n"
              "  {\"file\": \"a.pdf\",\n"
              "   \"title\": \"Rechnung\\u202egnp.exe\",\n"
              "   \"description\": \"Erste Zeile\\nZweite\\u0000 Zeile\\tmit Tab\",\n"
              "   \"category\": \"\\u009b31mVergabe\\r\",\n"
              "   \"type\": \"\\u2066Muster\\u2069\", \"municipality\": \"\\u200fMusterbach\\u200e\",\n"
              "   \"license\": \"CC\\u061c BY\", \"language\": "
              "\"de\\u202a\\u202b\\u202c\\u202d\\u2067\\u2068\",\n"
              "   \"tags\": [\"Vergabe\\u001b[2J\", \"\\u202eLoRaWAN\", \"\\u0007\"]}\n"
              " ]}\n";
        const Manifest m = Manifest::parse(json);
        QCOMPARE(m.pack().name, QStringLiteral("Paket]0;owned"));
        QCOMPARE(m.pack().description,
                 QStringLiteral("Zeile 1\nZeile 2")); // a Windows line end is no control
        QCOMPARE(m.entries().size(), 1);
        const Manifest::Entry &e = m.entries().first();
        QCOMPARE(e.title, QStringLiteral("Rechnunggnp.exe"));
        QCOMPARE(e.description, QStringLiteral("Erste Zeile\nZweite Zeile\tmit Tab"));
        QCOMPARE(e.category, QStringLiteral("31mVergabe"));
        QCOMPARE(e.type, QStringLiteral("Muster"));
        QCOMPARE(e.municipality, QStringLiteral("Musterbach"));
        QCOMPARE(e.license, QStringLiteral("CC BY"));
        QCOMPARE(e.language, QStringLiteral("de"));
        QCOMPARE(e.tags, (QStringList { QStringLiteral("Vergabe[2J"), QStringLiteral("LoRaWAN") }));
        const QStringList expected {
            QStringLiteral(
                "toolbox.json:1: \"name\" of the pack contains control characters; they were removed"),
            QStringLiteral(
                "toolbox.json:4: \"title\" of a.pdf contains control characters; they were removed"),
            QStringLiteral(
                "toolbox.json:5: \"description\" of a.pdf contains control characters; they were removed"),
            QStringLiteral(
                "toolbox.json:6: \"category\" of a.pdf contains control characters; they were removed"),
            QStringLiteral(
                "toolbox.json:7: \"type\" of a.pdf contains control characters; they were removed"),
            QStringLiteral(
                "toolbox.json:7: \"municipality\" of a.pdf contains control characters; they were removed"),
            QStringLiteral(
                "toolbox.json:8: \"license\" of a.pdf contains control characters; they were removed"),
            QStringLiteral(
                "toolbox.json:8: \"language\" of a.pdf contains control characters; they were removed"),
            QStringLiteral("toolbox.json:9: \"tags\" of a.pdf contain control characters; they were removed"),
        };
        QCOMPARE(m.problems(), expected);
    }

    void matchesFileNamesInAnyNormalForm()
    {
        const QString nfc = QStringLiteral("Förderung/Übersicht.pdf");
        const QString nfd = nfc.normalized(QString::NormalizationForm_D);
        QVERIFY(nfc != nfd);
        const Manifest written = Manifest::parse(
            QJsonDocument(QJsonObject { { QStringLiteral("documents"),
                                          QJsonArray { QJsonObject {
                                              { QStringLiteral("file"), nfc },
                                              { QStringLiteral("title"), QStringLiteral("A") } } } } })
                .toJson());
        QVERIFY(written.entryFor(nfd));
        QVERIFY(written.entryFor(nfc));
        // Written on a Mac: the manifest itself in normal form D, listed twice in two forms.
        const Manifest mac = Manifest::parse(
            QJsonDocument(QJsonObject { { QStringLiteral("documents"),
                                          QJsonArray { QJsonObject { { QStringLiteral("file"), nfd } },
                                                       QJsonObject { { QStringLiteral("file"), nfc } } } } })
                .toJson());
        QCOMPARE(mac.entries().size(), 1);
        QCOMPARE(mac.entries().first().file, nfc);
        QVERIFY(mac.entryFor(nfc));
        QCOMPARE(mac.problems().size(), 1);
        QVERIFY2(mac.problems().first().contains(QStringLiteral("listed twice")),
                 qPrintable(mac.problems().first()));
    }

    void parsesFiftyThousandTagsAndEntriesLinearly()
    {
        // The counts of the "quadratic manifest": they must parse in a blink (bench/ measures it);
        // here the result counts.
        QByteArray json = "{\"documents\": [\n  {\"file\": \"viele-tags.pdf\",\n   \"tags\": [";
        for (int i = 0; i < 50000; ++i)
            json += "\"Schlagwort-" + QByteArray::number(i) + "\", ";
        json += "\"SCHLAGWORT-0\"]}"; // a repetition as the catalog compares tags
        for (int i = 0; i < 50000; ++i) {
            const QByteArray n = QByteArray::number(i);
            json += ",\n  {\"file\": \"Ordner/Datei-" + n + ".pdf\", \"title\": \"Datei " + n
                + "\", \"tags\": [\"a\", \"b\"]}";
        }
        json += "\n]}\n";
        const Manifest m = Manifest::parse(json);
        QCOMPARE(m.entries().size(), 50001);
        QCOMPARE(m.entries().first().tags.size(), MetadataLimits::MaxTagsPerDocument);
        QCOMPARE(
            m.problems(),
            QStringList { QStringLiteral("toolbox.json:%1: viele-tags.pdf has more than 200 tags; the other "
                                         "49800 were left out")
                              .arg(m.entries().first().line + 1) });
        const Manifest::Entry *last = m.entryFor(QStringLiteral("Ordner/Datei-49999.pdf"));
        QVERIFY(last);
        QCOMPARE(last->title, QStringLiteral("Datei 49999"));
        QCOMPARE(last->line, int(json.left(json.indexOf("\"Ordner/Datei-49999.pdf\"")).count('\n')) + 1);
    }

    void quotesNoControlCharactersInItsMessages()
    {
        // Values the messages quote (a key, a format, a year, a file name) reach the terminal too.
        const QByteArray json
            = "{\"format\": \"x\\u001b[2J\", \"pack\": {}, \"p\\u001back\": 1, \"p\\u001back\": 2,\n"
              " \"documents\": [{\"file\": \"a\\u001b]0;x\\u0007.pdf\"},\n"
              "                {\"file\": \"b.pdf\", \"year\": \"\\u001b[31m\"}]}\n";
        const Manifest m = Manifest::parse(json);
        QCOMPARE(m.entries().size(), 1);
        QCOMPARE(m.problems().size(), 4);
        for (const QString &problem : m.problems()) {
            QVERIFY2(!MetadataSanitizer::containsUnsafe(problem), qPrintable(problem));
        }
        QVERIFY(m.problems()
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral(
                        "toolbox.json:2: \"file\" of document 1 contains control characters; skipped")));
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
