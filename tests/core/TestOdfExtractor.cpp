#include "TestZipWriter.h"
#include "core/extract/OdfExtractor.h"

#include <QtTest>

namespace {

const QByteArray kNamespaces
    = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
      " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
      " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
      " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
      " xmlns:presentation=\"urn:oasis:names:tc:opendocument:xmlns:presentation:1.0\""
      " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
      " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
      " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\"";

QByteArray content(const QByteArray &body)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content" + kNamespaces
        + " office:version=\"1.3\"><office:automatic-styles><style:style "
          "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
          " style:name=\"P1\"/></office:automatic-styles><office:body>"
        + body + "</office:body></office:document-content>";
}

QByteArray meta(const QByteArray &elements)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta" + kNamespaces
        + "><office:meta>" + elements + "</office:meta></office:document-meta>";
}

TestZipWriter package(const QByteArray &mimeType, const QByteArray &contentXml,
                      const QByteArray &metaXml = QByteArray())
{
    TestZipWriter zip;
    zip.add(QStringLiteral("mimetype"), mimeType, TestZipWriter::Compression::Store)
        .add(QStringLiteral("content.xml"), contentXml)
        .add(
            QStringLiteral("META-INF/manifest.xml"),
            "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
            "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\""
                + mimeType
                + "\"/>"
                  "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                  "</manifest:manifest>");
    if (!metaXml.isEmpty())
        zip.add(QStringLiteral("meta.xml"), metaXml);
    return zip;
}

} // namespace

class TestOdfExtractor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, TestZipWriter zip)
    {
        const QString path = m_dir.filePath(name);
        const bool written = zip.writeTo(path);
        [&] { QVERIFY2(written, qPrintable(zip.errorString())); }();
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void textDocument()
    {
        const QByteArray body
            = "<office:text><text:sequence-decls><text:sequence-decl "
              "text:name=\"Illustration\"/></text:sequence-decls>"
              "<text:tracked-changes><text:changed-region><text:deletion><text:p>gelöschter Text</text:p>"
              "</text:deletion></text:changed-region></text:tracked-changes>"
              "<text:h text:outline-level=\"1\">Bekanntmachung   der\n   Gemeinde</text:h>"
              "<text:p text:style-name=\"P1\">Straßen<text:span text:style-name=\"T1\">reinigung</text:span> "
              "ab"
              "<text:s text:c=\"3\"/>Montag<text:tab/>früh<text:line-break/>zweite Zeile</text:p>"
              "<text:p>Fußnote<text:note "
              "text:note-class=\"footnote\"><text:note-citation>1</text:note-citation>"
              "<text:note-body><text:p>Siehe Satzung</text:p></text:note-body></text:note> und Ende.</text:p>"
              "<office:annotation><dc:creator>Prüfer</dc:creator><text:p>Kommentar</text:p></"
              "office:annotation>"
              "<text:list><text:list-item><text:p>Punkt eins</text:p></text:list-item></text:list>"
              "<text:p>Verwal\xC2\xADtung</text:p>"
              "<text:p><draw:frame><svg:title>Bildtitel</svg:title><draw:text-box><text:p>Im Rahmen</text:p>"
              "</draw:text-box></draw:frame></text:p>"
              "<text:p/><text:p/><text:p>Nach Leerzeilen</text:p></office:text>";
        const QByteArray metaXml
            = meta("<dc:title>Bekanntmachung</dc:title><dc:subject>Straßenreinigung</dc:subject>"
                   "<meta:initial-creator>Anna Öztürk</meta:initial-creator>"
                   "<dc:creator>Letzter Bearbeiter</dc:creator>");
        const Extraction x = OdfExtractor().extract(
            write(QStringLiteral("bekanntmachung.odt"),
                  package("application/vnd.oasis.opendocument.text", content(body), metaXml)));
        QVERIFY2(x.ok(), qPrintable(x.error));
        QVERIFY(x.textExtracted);
        QVERIFY(!x.paged);
        QCOMPARE(x.pageCount, 0);
        QCOMPARE(x.title, QStringLiteral("Bekanntmachung"));
        QCOMPARE(x.subject, QStringLiteral("Straßenreinigung"));
        QCOMPARE(x.author, QStringLiteral("Anna Öztürk"));
        QCOMPARE(x.pages,
                 QStringList(QStringLiteral("Bekanntmachung der Gemeinde\n"
                                            "Straßenreinigung ab   Montag\tfrüh\nzweite Zeile\n"
                                            "Fußnote\nSiehe Satzung\nund Ende.\n"
                                            "Punkt eins\n"
                                            "Verwaltung\n"
                                            "Im Rahmen\n\n"
                                            "Nach Leerzeilen")));
        QVERIFY(x.warnings.isEmpty());
    }

    void creatorWhenNoInitialCreator()
    {
        const Extraction x
            = OdfExtractor().extract(write(QStringLiteral("creator.odt"),
                                           package("application/vnd.oasis.opendocument.text",
                                                   content("<office:text><text:p>x</text:p></office:text>"),
                                                   meta("<dc:creator>Bernd Bär</dc:creator>"))));
        QVERIFY(x.ok());
        QCOMPARE(x.author, QStringLiteral("Bernd Bär"));
        QCOMPARE(x.title, QString());
    }

    void spreadsheetOnePagePerTable()
    {
        const QByteArray body
            = "<office:spreadsheet><table:calculation-settings/>"
              "<table:table table:name=\"Gebühren\"><table:table-column table:number-columns-repeated=\"3\"/>"
              "<table:table-header-rows><table:table-row><table:table-cell "
              "office:value-type=\"string\"><text:p>Leistung</text:p></table:table-cell>"
              "<table:table-cell><text:p>Preis</text:p></table:table-cell></table:table-row></"
              "table:table-header-rows>"
              "<table:table-row><table:table-cell><text:p>Müllabfuhr</text:p><text:p>(wöchentlich)</text:p></"
              "table:table-cell>"
              "<table:table-cell office:value-type=\"float\" office:value=\"12.5\"><text:p>12,50 "
              "€</text:p></table:table-cell>"
              "<table:table-cell table:number-columns-repeated=\"1000\"/></table:table-row>"
              "<table:table-row table:number-rows-repeated=\"1048000\"><table:table-cell "
              "table:number-columns-repeated=\"1024\"/></table:table-row>"
              "<table:table-row><table:table-cell "
              "table:number-columns-spanned=\"2\"><text:p>Zusammen</text:p></table:table-cell>"
              "<table:covered-table-cell/><table:table-cell office:value-type=\"float\" "
              "office:value=\"7\"/></table:table-row>"
              "<table:shapes><draw:frame><draw:text-box><text:p>Form</text:p></draw:text-box></draw:frame></"
              "table:shapes>"
              "</table:table>"
              "<table:table "
              "table:name=\"Tabelle2\"><table:table-row><table:table-cell><text:p>A<text:s/>B</text:p>"
              "</table:table-cell></table:table-row></table:table>"
              "<table:named-expressions/></office:spreadsheet>";
        const Extraction x = OdfExtractor().extract(
            write(QStringLiteral("gebuehren.ods"),
                  package("application/vnd.oasis.opendocument.spreadsheet", content(body))));
        QVERIFY2(x.ok(), qPrintable(x.error));
        QCOMPARE(x.pages.size(), 2);
        QCOMPARE(x.pages.at(0),
                 QStringLiteral("Gebühren\nLeistung\tPreis\nMüllabfuhr (wöchentlich)\t12,50 €\nZusammen\t7"));
        QCOMPARE(x.pages.at(1), QStringLiteral("Tabelle2\nA B"));
        QCOMPARE(x.pageCount, 0);
    }

    void presentationOnePagePerSlide()
    {
        const QByteArray body
            = "<office:presentation>"
              "<draw:page draw:name=\"page1\"><draw:frame><draw:text-box><text:p>Willkommen</text:p>"
              "<text:p>zur Bürgerversammlung</text:p></draw:text-box></draw:frame>"
              "<presentation:notes><draw:frame><draw:text-box><text:p>Sprechernotiz</text:p></"
              "draw:text-box></draw:frame>"
              "</presentation:notes></draw:page>"
              "<draw:page draw:name=\"page2\"/>"
              "<draw:page "
              "draw:name=\"page3\"><draw:frame><draw:text-box><text:list><text:list-item><text:p>"
              "Tagesordnung</text:p>"
              "</text:list-item></text:list></draw:text-box></draw:frame></draw:page>"
              "</office:presentation>";
        const Extraction x = OdfExtractor().extract(
            write(QStringLiteral("folien.odp"),
                  package("application/vnd.oasis.opendocument.presentation", content(body))));
        QVERIFY2(x.ok(), qPrintable(x.error));
        QCOMPARE(x.pages, QStringList({ "Willkommen\nzur Bürgerversammlung", "", "Tagesordnung" }));
        QCOMPARE(x.pageCount, 3);
        QVERIFY(!x.paged);
    }

    void tooManySlides()
    {
        const QByteArray body
            = "<office:presentation><draw:page/><draw:page/><draw:page/></office:presentation>";
        ExtractionLimits limits;
        limits.maxPages = 2;
        const Extraction x = OdfExtractor().extract(
            write(QStringLiteral("viele.odp"),
                  package("application/vnd.oasis.opendocument.presentation", content(body))),
            limits);
        QVERIFY(!x.ok());
        QVERIFY2(x.error.contains(QLatin1String("more than 2")), qPrintable(x.error));
        QVERIFY(x.pages.isEmpty());
    }

    void spaceCountIsCappedAndBudgeted()
    {
        // <text:s text:c="999999999"/> would be a gigabyte of spaces.
        const QByteArray body
            = "<office:text><text:p>a<text:s text:c=\"999999999\"/>b</text:p></office:text>";
        Extraction x = OdfExtractor().extract(write(
            QStringLiteral("leer.odt"), package("application/vnd.oasis.opendocument.text", content(body))));
        QVERIFY(x.ok());
        QCOMPARE(x.pages.first(), QStringLiteral("a") + QString(256, u' ') + QStringLiteral("b"));

        QByteArray many = "<office:text><text:p>";
        for (int i = 0; i < 1000; ++i)
            many += "<text:s text:c=\"200\"/>";
        many += "</text:p></office:text>";
        ExtractionLimits limits;
        limits.maxTextChars = 5000;
        x = OdfExtractor().extract(write(QStringLiteral("viele-leer.odt"),
                                         package("application/vnd.oasis.opendocument.text", content(many))),
                                   limits);
        QVERIFY(x.ok());
        QCOMPARE(x.warnings.size(), 1);
        QVERIFY2(x.warnings.first().contains(QLatin1String("5000 characters")),
                 qPrintable(x.warnings.first()));
    }

    void passwordProtectedDocument()
    {
        // ODF encryption keeps the zip readable but encrypts the parts; the manifest declares it.
        TestZipWriter zip;
        zip.add(QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text",
                TestZipWriter::Compression::Store)
            .add(QStringLiteral("content.xml"), QByteArray("\x8f\x12\x00\x99 binary", 12))
            .add(QStringLiteral("META-INF/manifest.xml"),
                 "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                 "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\">"
                 "<manifest:encryption-data "
                 "manifest:checksum-type=\"SHA1/1K\"/></manifest:file-entry></manifest:manifest>");
        const Extraction x = OdfExtractor().extract(write(QStringLiteral("geheim.odt"), zip));
        QVERIFY(!x.ok());
        QVERIFY2(x.error.contains(QLatin1String("password-protected")), qPrintable(x.error));
    }

    void zipEncryptedPackage()
    {
        TestZipWriter zip = package("application/vnd.oasis.opendocument.text",
                                    content("<office:text><text:p>x</text:p></office:text>"));
        zip.setPassphrase("geheim");
        const Extraction x = OdfExtractor().extract(write(QStringLiteral("zipcrypt.odt"), zip));
        QVERIFY(!x.ok());
        QVERIFY2(x.error.contains(QLatin1String("content.xml is encrypted")), qPrintable(x.error));
    }

    void malformedContent()
    {
        QByteArray xml = content("<office:text><text:p>Erster Absatz</text:p><text:p>Zweiter "
                                 "<text:span>Absatz</text:p></office:text>");
        const Extraction x = OdfExtractor().extract(
            write(QStringLiteral("kaputt.odt"), package("application/vnd.oasis.opendocument.text", xml)));
        QVERIFY2(x.ok(), qPrintable(x.error));
        QCOMPARE(x.pages.size(), 1);
        QVERIFY2(x.pages.first().startsWith(QLatin1String("Erster Absatz\nZweiter Absatz")),
                 qPrintable(x.pages.first()));
        QCOMPARE(x.warnings.size(), 1);
        QVERIFY2(x.warnings.first().contains(QLatin1String("content.xml")), qPrintable(x.warnings.first()));

        const Extraction garbage = OdfExtractor().extract(
            write(QStringLiteral("muell.odt"),
                  package("application/vnd.oasis.opendocument.text", "\x01\x02 kein XML")));
        QVERIFY(garbage.ok());
        QVERIFY(garbage.pages.isEmpty());
        QCOMPARE(garbage.warnings.size(), 1);
    }

    void missingContent()
    {
        TestZipWriter zip;
        zip.add(QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text",
                TestZipWriter::Compression::Store);
        const Extraction x = OdfExtractor().extract(write(QStringLiteral("ohne-inhalt.odt"), zip));
        QVERIFY(!x.ok());
        QVERIFY2(x.error.contains(QLatin1String("content.xml is missing")), qPrintable(x.error));
    }

    void truncatedZips()
    {
        const QByteArray bytes
            = package("application/vnd.oasis.opendocument.text",
                      content("<office:text><text:p>" + QByteArray(3000, 'z') + "</text:p></office:text>"))
                  .toByteArray();
        auto writeBytes = [this](const QString &name, const QByteArray &data) {
            const QString path = m_dir.filePath(name);
            QFile file(path);
            if (file.open(QIODevice::WriteOnly))
                file.write(data);
            return path;
        };

        // Without the central directory, libarchive falls back to reading the local headers in
        // sequence, and the members before the cut are still there.
        Extraction x
            = OdfExtractor().extract(writeBytes(QStringLiteral("ohne-verzeichnis.odt"), bytes.chopped(40)));
        QVERIFY2(x.ok(), qPrintable(x.error));
        QCOMPARE(x.pages, QStringList(QString(3000, u'z')));

        // Cut inside a member: refused.
        const qsizetype cut = bytes.indexOf("content.xml") + 40;
        x = OdfExtractor().extract(writeBytes(QStringLiteral("abgeschnitten.odt"), bytes.left(cut)));
        QVERIFY(!x.ok());
        QVERIFY2(x.error.contains(QLatin1String("The zip archive is damaged")), qPrintable(x.error));
    }

    void emptyFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("leer.odt"));
        QFile empty(path);
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        const Extraction x = OdfExtractor().extract(path);
        QVERIFY(!x.ok());
        QVERIFY2(x.error.contains(QLatin1String("empty")), qPrintable(x.error));
    }
};

QTEST_GUILESS_MAIN(TestOdfExtractor)
#include "TestOdfExtractor.moc"
