#include "core/extract/PlainTextExtractor.h"
#include "core/extract/TextCodec.h"

#include <QtTest>

class TestPlainTextExtractor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        [&] { QVERIFY(file.open(QIODevice::WriteOnly)); }();
        file.write(bytes);
        return path;
    }

    static QByteArray utf16(const QString &text, bool bigEndian, bool bom)
    {
        QByteArray bytes;
        if (bom)
            bytes = bigEndian ? QByteArray("\xFE\xFF") : QByteArray("\xFF\xFE");
        for (const QChar c : text) {
            const char high = char(c.unicode() >> 8);
            const char low = char(c.unicode() & 0xFF);
            bytes.append(bigEndian ? high : low).append(bigEndian ? low : high);
        }
        return bytes;
    }

    Extraction extractText(const QByteArray &bytes, const QString &name = QStringLiteral("datei.txt"))
    {
        return PlainTextExtractor(DocumentFormat::Text).extract(write(name, bytes));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void encodings_data()
    {
        const QString german = QStringLiteral("Grüße aus Köln: Maß, Öl, Übung, „Zitat“ – 5 €");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("utf-8") << german.toUtf8() << german;
        QTest::newRow("utf-8 with BOM") << QByteArray("\xEF\xBB\xBF") + german.toUtf8() << german;
        QTest::newRow("windows-1252") << QByteArray("Gr\xFC\xDF"
                                                    "e aus K\xF6ln: Ma\xDF, \xD6l, \xDC"
                                                    "bung, \x84Zitat\x93 \x96 5 \x80")
                                      << german;
        QTest::newRow("utf-16le with BOM") << utf16(german, false, true) << german;
        QTest::newRow("utf-16be with BOM") << utf16(german, true, true) << german;
        QTest::newRow("utf-16le without BOM") << utf16(german, false, false) << german;
        QTest::newRow("latin-1 umlauts only") << QByteArray("\xC4rger \xFC"
                                                            "ber Stra\xDF"
                                                            "en")
                                              << QStringLiteral("Ärger über Straßen");
        QTest::newRow("crlf and cr") << QByteArray("eins\r\nzwei\rdrei\n")
                                     << QStringLiteral("eins\nzwei\ndrei\n");
    }

    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const Extraction x = extractText(bytes);
        QVERIFY2(x.ok(), qPrintable(x.error));
        QVERIFY(x.textExtracted);
        QVERIFY(!x.paged);
        QCOMPARE(x.pageCount, 0);
        QCOMPARE(x.pages, QStringList(expected));
    }

    void codecDetails()
    {
        QByteArray used;
        QCOMPARE(TextCodec::decode("Stra\xDF"
                                   "e",
                                   QByteArray(), &used),
                 QStringLiteral("Straße"));
        QCOMPARE(used, QByteArray("Windows-1252"));
        QCOMPARE(TextCodec::decode("Stra\xC3\x9F"
                                   "e",
                                   QByteArray(), &used),
                 QStringLiteral("Straße"));
        QCOMPARE(used, QByteArray("UTF-8"));
        QCOMPARE(TextCodec::decode("\xA4 100", "ISO-8859-15", &used), QStringLiteral("€ 100"));
        QCOMPARE(TextCodec::windows1252(0x80), QChar(0x20AC));
        QCOMPARE(TextCodec::windows1252(0x81), QChar(0x81));
        QCOMPARE(TextCodec::windows1252(0xE4), QChar(0xE4));
        QVERIFY(TextCodec::isValidUtf8("\xC3\xA4"));
        QVERIFY(!TextCodec::isValidUtf8("\xC3"));
        QVERIFY(!TextCodec::isValidUtf8("\xE4\x20"));
    }

    void binaryDataIsRefused()
    {
        QByteArray garbage;
        for (int i = 0; i < 4096; ++i)
            garbage.append(char((i * 7919) % 256));
        const Extraction x = extractText(garbage, QStringLiteral("programm.txt"));
        QVERIFY(!x.ok());
        QVERIFY2(x.error.contains(QLatin1String("not a text file")), qPrintable(x.error));
        QVERIFY(x.pages.isEmpty());

        // A few stray control characters in real text are tolerated (and replaced).
        const Extraction y = extractText(QByteArray("Text mit \x01 Steuerzeichen\x0c"
                                                    "Seite 2"));
        QVERIFY2(y.ok(), qPrintable(y.error));
        QCOMPARE(y.pages, QStringList(QStringLiteral("Text mit   Steuerzeichen\nSeite 2")));
    }

    void emptyFile()
    {
        const Extraction x = extractText(QByteArray(), QStringLiteral("leer.txt"));
        QVERIFY(!x.ok());
        QVERIFY2(x.error.contains(QLatin1String("empty")), qPrintable(x.error));
    }

    void sizeLimits()
    {
        ExtractionLimits limits;
        limits.maxTextChars = 10;
        // More than 4 bytes per allowed character: refused without reading.
        Extraction x
            = PlainTextExtractor().extract(write(QStringLiteral("gross.txt"), QByteArray(41, 'a')), limits);
        QVERIFY(!x.ok());
        QVERIFY2(x.error.contains(QLatin1String("too large")) && x.error.contains(QLatin1String("40 bytes")),
                 qPrintable(x.error));

        // Within the file limit but over the text limit: cut with a warning.
        x = PlainTextExtractor().extract(write(QStringLiteral("mittel.txt"), "Verwaltungsvorschrift"),
                                         limits);
        QVERIFY2(x.ok(), qPrintable(x.error));
        QCOMPARE(x.pages, QStringList(QStringLiteral("Verwaltung")));
        QCOMPARE(x.warnings.size(), 1);
        QVERIFY(x.warnings.first().contains(QLatin1String("10 characters")));
    }

    void markdownTitle_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("title");
        QTest::newRow("first line") << "# Satzung über Gebühren\n\nText"
                                    << "Satzung über Gebühren";
        QTest::newRow("after text and level 2") << "Vorwort\n## Unterpunkt\n# Haupttitel\n# Zweiter"
                                                << "Haupttitel";
        QTest::newRow("closing hashes") << "#   Titel mit Abschluss ##   "
                                        << "Titel mit Abschluss";
        QTest::newRow("hash in word kept") << "# Programmieren in C#"
                                           << "Programmieren in C#";
        QTest::newRow("indented up to three") << "   # Eingerückt"
                                              << "Eingerückt";
        QTest::newRow("four spaces is code") << "    # Code\n# Echt"
                                             << "Echt";
        QTest::newRow("inside fence") << "```bash\n# Kommentar\n```\n# Nach dem Code"
                                      << "Nach dem Code";
        QTest::newRow("no space after hash") << "#hashtag\n"
                                             << "";
        QTest::newRow("none") << "Nur Text\n====\n"
                              << "";
    }

    void markdownTitle()
    {
        QFETCH(QString, text);
        QFETCH(QString, title);
        QCOMPARE(PlainTextExtractor::markdownTitle(text), title);
    }

    void markdownFile()
    {
        const Extraction x = PlainTextExtractor(DocumentFormat::Markdown)
                                 .extract(write(QStringLiteral("README.md"),
                                                "\xEF\xBB\xBF# Anleitung für Ämter\r\n\r\nSchritt 1"));
        QVERIFY2(x.ok(), qPrintable(x.error));
        QCOMPARE(x.title, QStringLiteral("Anleitung für Ämter"));
        QCOMPARE(x.pages, QStringList(QStringLiteral("# Anleitung für Ämter\n\nSchritt 1")));

        // Plain text files do not get a title from a "#" line.
        const Extraction y = PlainTextExtractor(DocumentFormat::Text)
                                 .extract(write(QStringLiteral("hash.txt"), "# Kein Titel"));
        QVERIFY(y.title.isEmpty());
    }

    void csvSeparator_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("separator");
        QTest::newRow("semicolon with decimal commas")
            << "Name;Betrag;Anteil\nA;1,5;2,25\nB;3,75;0,5" << QChar(u';');
        QTest::newRow("comma") << "name,amount\nA,1.5\nB,2" << QChar(u',');
        QTest::newRow("tab") << "Name\tOrt\nMüller\tKöln" << QChar(u'\t');
        QTest::newRow("commas only inside quotes")
            << "\"Müller, Hans\";Köln\n\"Bär, Eva\";Bonn" << QChar(u';');
        QTest::newRow("single column") << "Name\nMüller" << QChar(u';');
    }

    void csvSeparator()
    {
        QFETCH(QString, text);
        QFETCH(QChar, separator);
        QCOMPARE(PlainTextExtractor::detectCsvSeparator(text), separator);
    }

    void csvFile()
    {
        const QByteArray csv = "Name;Stra\xDF"
                               "e;Bemerkung\r\n"
                               "\"M\xFCller, Hans\";Hauptstra\xDF"
                               "e 1;\"sagt \"\"Hallo\"\"\"\r\n"
                               ";;\r\n"
                               "B\xE4r;\"Am Markt\r\n2\";  mit Leerzeichen  \r\n";
        const Extraction x
            = PlainTextExtractor(DocumentFormat::Csv).extract(write(QStringLiteral("adressen.csv"), csv));
        QVERIFY2(x.ok(), qPrintable(x.error));
        QCOMPARE(x.pages,
                 QStringList(QStringLiteral("Name\tStraße\tBemerkung\n"
                                            "Müller, Hans\tHauptstraße 1\tsagt \"Hallo\"\n"
                                            "Bär\tAm Markt 2\tmit Leerzeichen")));
        QVERIFY(x.title.isEmpty());
    }

    void csvWithCommas()
    {
        const Extraction x
            = PlainTextExtractor(DocumentFormat::Csv)
                  .extract(write(QStringLiteral("en.csv"), "id,city\n1,\"Frankfurt am Main\"\n2,Köln\n"));
        QVERIFY(x.ok());
        QCOMPARE(x.pages, QStringList(QStringLiteral("id\tcity\n1\tFrankfurt am Main\n2\tKöln")));
    }
};

QTEST_GUILESS_MAIN(TestPlainTextExtractor)
#include "TestPlainTextExtractor.moc"
