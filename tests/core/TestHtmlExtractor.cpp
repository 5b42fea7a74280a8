#include "core/extract/HtmlExtractor.h"

#include <QtTest>

class TestHtmlExtractor : public QObject
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

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void pageTextTitleAndMeta()
    {
        const QByteArray html
            = "<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\">\n"
              "<title>Stra&szlig;enreinigung &amp; Winterdienst</title>\n"
              "<meta name=\"author\" content=\"Stadt M&uuml;nster\"><meta name=\"Description\" "
              "content='Geb&uuml;hren 2024'>\n"
              "<style>body { font-family: sans-serif; } p > b { color: red; }</style>\n"
              "<script>var html = \"<p>nicht sichtbar</p>\"; if (a < b && c > d) {}</script></head>\n"
              "<body><!-- Kommentar <p>auch nicht</p> -->\n"
              "<h1>Geb&uuml;hren&shy;ordnung</h1>\n"
              "<p>Die   Reinigung\n   erfolgt <b>w&ouml;chentlich</b>&nbsp;am Montag.</p>"
              "<noscript><p>Bitte JavaScript aktivieren</p></noscript>"
              "<template><p>Vorlage</p></template>"
              "<ul><li>&Auml;mter</li><li>&#214;ffnungszeiten &#x2013; &#8222;neu&#8220;</li></ul>"
              "<table><tr><th>Stra&szlig;e</th><th>Tag</th></tr><tr><td>Hauptstr.</td><td>Mo</td></tr></"
              "table>"
              "<p>Zeile<br>umbruch &lt;tag&gt; &quot;zitiert&quot; &unbekannt; &amp</p>"
              "<SCRIPT type=\"text/javascript\">document.write('</p>x');</SCRIPT>"
              "<div>Ende</div></body></html>";
        const Extraction x = HtmlExtractor().extract(write(QStringLiteral("seite.html"), html));
        QVERIFY2(x.ok(), qPrintable(x.error));
        QVERIFY(x.textExtracted);
        QCOMPARE(x.title, QStringLiteral("Straßenreinigung & Winterdienst"));
        QCOMPARE(x.author, QStringLiteral("Stadt Münster"));
        QCOMPARE(x.subject, QStringLiteral("Gebühren 2024"));
        QCOMPARE(x.pages,
                 QStringList(QStringLiteral("Gebührenordnung\n"
                                            "Die Reinigung erfolgt wöchentlich am Montag.\n"
                                            "Ämter\n"
                                            "Öffnungszeiten – „neu“\n"
                                            "Straße\tTag\n"
                                            "Hauptstr.\tMo\n"
                                            "Zeile\n"
                                            "umbruch <tag> \"zitiert\" &unbekannt; &amp\n"
                                            "Ende")));
    }

    void decodeEntities_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("umlauts") << "&auml;&ouml;&uuml;&Auml;&Ouml;&Uuml;&szlig;"
                                 << "äöüÄÖÜß";
        QTest::newRow("basics") << "&amp;&lt;&gt;&quot;&apos;&nbsp;" << QString("&<>\"'\u00A0");
        QTest::newRow("decimal") << "&#228;&#223;"
                                 << "äß";
        QTest::newRow("hex") << "&#xE4;&#XDF;&#x20AC;"
                             << "äß€";
        QTest::newRow("astral") << "&#x1F600;" << QString::fromUtf8("\xF0\x9F\x98\x80");
        QTest::newRow("windows-1252 range") << "&#128;&#150;"
                                            << "€–";
        QTest::newRow("invalid numbers") << "&#0;&#xD800;&#99999999;" << QString("\uFFFD\uFFFD\uFFFD");
        QTest::newRow("missing semicolon, numeric") << "&#228 x"
                                                    << "ä x";
        QTest::newRow("missing semicolon, named") << "&auml x"
                                                  << "&auml x";
        QTest::newRow("unknown") << "&foo; & bar &;"
                                 << "&foo; & bar &;";
        QTest::newRow("case matters") << "&AUML;&Auml;"
                                      << "&AUML;Ä";
        QTest::newRow("typography") << "&bdquo;Hallo&ldquo; &ndash; &euro;&hellip;"
                                    << "„Hallo“ – €…";
    }

    void decodeEntities()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(HtmlExtractor::decodeEntities(input), expected);
    }

    void charsets_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("expected");
        QTest::newRow("meta charset windows-1252")
            << QByteArray("<html><head><meta charset=\"windows-1252\"></head><body><p>Gr\xFC\xDF"
                          "e \x80</p></body></html>")
            << QStringLiteral("Grüße €");
        QTest::newRow("http-equiv iso-8859-1") << QByteArray(
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head>"
            "<body>K\xF6ln</body></html>") << QStringLiteral("Köln");
        QTest::newRow("no declaration, utf-8") << QByteArray("<p>K\xC3\xB6ln</p>") << QStringLiteral("Köln");
        QTest::newRow("no declaration, not utf-8") << QByteArray("<p>K\xF6ln</p>") << QStringLiteral("Köln");
        QTest::newRow("declared utf-8 but is ansi")
            << QByteArray("<meta charset=utf-8><p>K\xF6ln</p>") << QStringLiteral("Köln");
        QTest::newRow("BOM beats declaration")
            << QByteArray("\xEF\xBB\xBF<meta charset=\"iso-8859-1\"><p>K\xC3\xB6ln</p>")
            << QStringLiteral("Köln");
        QTest::newRow("xml declaration") << QByteArray(
            "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><html><body>M\xFCnster</body></html>")
                                         << QStringLiteral("Münster");
    }

    void charsets()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, expected);
        const Extraction x = HtmlExtractor().extractData(html);
        QVERIFY2(x.ok(), qPrintable(x.error));
        QCOMPARE(x.pages, QStringList(expected));
    }

    void tolerantScanner()
    {
        const QByteArray html = "<P CLASS=x>Gro&szlig;buchstaben-Tags<BR/>und a < b, c<3</P>"
                                "<a href=\"x?a=1&b=2\" title=\"a > b\">Link</a> text"
                                "<img src=x alt='Bild'><pre>  eingerückt\n    bleibt  so</pre>"
                                "<div><div><p>verschachtelt</p></div></div>"
                                "<p>offener Absatz<p>zweiter<script>nie geschlossen";
        const Extraction x = HtmlExtractor().extractData(html);
        QVERIFY2(x.ok(), qPrintable(x.error));
        QCOMPARE(x.pages,
                 QStringList(QStringLiteral("Großbuchstaben-Tags\n"
                                            "und a < b, c<3\n"
                                            "Link text\n"
                                            "  eingerückt\n"
                                            "    bleibt  so\n"
                                            "verschachtelt\n"
                                            "offener Absatz\n"
                                            "zweiter")));
    }

    void unfinishedInput()
    {
        Extraction x = HtmlExtractor().extractData("<p>Text <a href=\"nie zu");
        QVERIFY(x.ok());
        QCOMPARE(x.pages, QStringList(QStringLiteral("Text")));
        x = HtmlExtractor().extractData("<p>Text<!-- offener Kommentar <p>weg");
        QCOMPARE(x.pages, QStringList(QStringLiteral("Text")));
        x = HtmlExtractor().extractData("<title>Nur ein Titel");
        QCOMPARE(x.title, QStringLiteral("Nur ein Titel"));
        QCOMPARE(x.pages, QStringList(QString()));
    }

    void textLimit()
    {
        ExtractionLimits limits;
        limits.maxTextChars = 12;
        const Extraction x = HtmlExtractor().extractData("<p>Bekanntmachung der Stadt</p>", limits);
        QVERIFY(x.ok());
        QCOMPARE(x.pages, QStringList(QStringLiteral("Bekanntmachu")));
        QCOMPARE(x.warnings.size(), 1);
    }

    void badFiles()
    {
        Extraction x = HtmlExtractor().extract(write(QStringLiteral("leer.html"), QByteArray()));
        QVERIFY(!x.ok());
        QVERIFY2(x.error.contains(QLatin1String("empty")), qPrintable(x.error));

        x = HtmlExtractor().extract(write(QStringLiteral("binaer.html"), QByteArray(2000, '\0')));
        QVERIFY(!x.ok());
        QVERIFY2(x.error.contains(QLatin1String("binary")), qPrintable(x.error));
    }
};

QTEST_GUILESS_MAIN(TestHtmlExtractor)
#include "TestHtmlExtractor.moc"
