#include "TestZipWriter.h"
#include "core/extract/DocumentFormat.h"

#include <QtTest>

Q_DECLARE_METATYPE(DocumentFormat)

class TestDocumentFormat : public QObject
{
    Q_OBJECT

private:
    static QByteArray odfHead(const QByteArray &mimeType)
    {
        TestZipWriter zip;
        zip.add(QStringLiteral("mimetype"), mimeType, TestZipWriter::Compression::Store);
        zip.add(QStringLiteral("content.xml"), "<office:document-content/>");
        return zip.toByteArray().left(4096);
    }

private slots:
    void fromFileName_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<DocumentFormat>("format");
        QTest::newRow("pdf") << "Satzung.pdf" << DocumentFormat::Pdf;
        QTest::newRow("upper case") << "ANTRAG.DOCX" << DocumentFormat::Docx;
        QTest::newRow("word template") << "Brief.dotx" << DocumentFormat::Docx;
        QTest::newRow("xlsx") << "Haushalt.xlsx" << DocumentFormat::Xlsx;
        QTest::newRow("pptx") << "Vortrag.pptx" << DocumentFormat::Pptx;
        QTest::newRow("odt") << "Bescheid.odt" << DocumentFormat::Odt;
        QTest::newRow("ods") << "Tabelle.ods" << DocumentFormat::Ods;
        QTest::newRow("odp") << "Folien.odp" << DocumentFormat::Odp;
        QTest::newRow("txt") << "liesmich.txt" << DocumentFormat::Text;
        QTest::newRow("md") << "README.md" << DocumentFormat::Markdown;
        QTest::newRow("markdown") << "notiz.markdown" << DocumentFormat::Markdown;
        QTest::newRow("csv") << "export.csv" << DocumentFormat::Csv;
        QTest::newRow("htm") << "seite.htm" << DocumentFormat::Html;
        QTest::newRow("html in folder") << "/tmp/a.b/seite.html" << DocumentFormat::Html;
        QTest::newRow("jpeg") << "Foto.JPEG" << DocumentFormat::Image;
        QTest::newRow("png") << "logo.png" << DocumentFormat::Image;
        QTest::newRow("doc") << "alt.doc" << DocumentFormat::Doc;
        QTest::newRow("xls") << "alt.xls" << DocumentFormat::Xls;
        QTest::newRow("ppt") << "alt.ppt" << DocumentFormat::Ppt;
        QTest::newRow("rtf") << "Brief.RTF" << DocumentFormat::Rtf;
        QTest::newRow("no suffix") << "Makefile" << DocumentFormat::Unknown;
        QTest::newRow("unknown suffix") << "archiv.7z" << DocumentFormat::Unknown;
        QTest::newRow("only dot") << "datei." << DocumentFormat::Unknown;
    }

    void fromFileName()
    {
        QFETCH(QString, fileName);
        QFETCH(DocumentFormat, format);
        QCOMPARE(DocumentFormats::fromFileName(fileName), format);
    }

    void detect_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<DocumentFormat>("format");

        QTest::newRow("pdf magic beats suffix")
            << "scan.txt" << QByteArray("%PDF-1.7\n%\xE2\xE3") << DocumentFormat::Pdf;
        QTest::newRow("pdf after junk, named pdf")
            << "x.pdf" << QByteArray("\r\n%PDF-1.4\n") << DocumentFormat::Pdf;
        QTest::newRow("odt mimetype, misleading name")
            << "brief.zip" << odfHead("application/vnd.oasis.opendocument.text") << DocumentFormat::Odt;
        QTest::newRow("ods mimetype")
            << "x" << odfHead("application/vnd.oasis.opendocument.spreadsheet") << DocumentFormat::Ods;
        QTest::newRow("odp mimetype")
            << "x.docx" << odfHead("application/vnd.oasis.opendocument.presentation") << DocumentFormat::Odp;
        QTest::newRow("ott template")
            << "vorlage.ott" << odfHead("application/vnd.oasis.opendocument.text-template")
            << DocumentFormat::Odt;
        QTest::newRow("other odf (graphics)")
            << "bild.odg" << odfHead("application/vnd.oasis.opendocument.graphics")
            << DocumentFormat::Unknown;

        TestZipWriter docx;
        docx.add(QStringLiteral("[Content_Types].xml"), "<Types/>")
            .add(QStringLiteral("word/document.xml"), "<w:document/>");
        const QByteArray docxHead = docx.toByteArray().left(4096);
        QTest::newRow("docx by suffix") << "Antrag.DOCX" << docxHead << DocumentFormat::Docx;
        QTest::newRow("xlsx by suffix") << "t.xlsm" << docxHead << DocumentFormat::Xlsx;
        QTest::newRow("docx by member names") << "download" << docxHead << DocumentFormat::Docx;
        TestZipWriter plainZip;
        plainZip.add(QStringLiteral("a.txt"), "x");
        QTest::newRow("plain zip") << "archiv.zip" << plainZip.toByteArray() << DocumentFormat::Unknown;

        QTest::newRow("png") << "bild" << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                             << DocumentFormat::Image;
        QTest::newRow("jpeg") << "foto.txt" << QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF", 10)
                              << DocumentFormat::Image;
        QTest::newRow("gif") << "a" << QByteArray("GIF89a\x01\0") << DocumentFormat::Image;
        QTest::newRow("tiff le") << "a" << QByteArray("II*\0\x08\0\0\0", 8) << DocumentFormat::Image;
        QTest::newRow("tiff be") << "a" << QByteArray("MM\0*\0\0\0\x08", 8) << DocumentFormat::Image;

        const QByteArray ole2("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10);
        QTest::newRow("ole2 doc") << "alt.doc" << ole2 << DocumentFormat::Doc;
        QTest::newRow("ole2 xls") << "alt.xls" << ole2 << DocumentFormat::Xls;
        QTest::newRow("ole2 ppt") << "alt.ppt" << ole2 << DocumentFormat::Ppt;
        QTest::newRow("ole2 no name") << "x" << ole2 << DocumentFormat::Doc;
        QTest::newRow("rtf no name") << "x" << QByteArray("{\\rtf1\\ansi Hallo}") << DocumentFormat::Rtf;
        QTest::newRow("ole2 named docx: encrypted OOXML") << "geheim.docx" << ole2 << DocumentFormat::Docx;

        QTest::newRow("doctype") << "seite.txt" << QByteArray("<!DOCTYPE html>\n<html>")
                                 << DocumentFormat::Html;
        QTest::newRow("html tag, BOM, blanks")
            << "x" << QByteArray("\xEF\xBB\xBF  \n<HTML lang=de>") << DocumentFormat::Html;
        QTest::newRow("xhtml")
            << "x"
            << QByteArray(
                   "<?xml version=\"1.0\"?>\n<!-- c -->\n<html xmlns=\"http://www.w3.org/1999/xhtml\">")
            << DocumentFormat::Html;
        QTest::newRow("xml, not html")
            << "daten.xml" << QByteArray("<?xml version=\"1.0\"?><root/>") << DocumentFormat::Unknown;

        QTest::newRow("text by suffix") << "notiz.txt" << QByteArray("Hallo Welt") << DocumentFormat::Text;
        QTest::newRow("csv by suffix") << "liste.csv" << QByteArray("a;b\n1;2") << DocumentFormat::Csv;
        QTest::newRow("markdown by suffix") << "x.md" << QByteArray("# Titel") << DocumentFormat::Markdown;
        QTest::newRow("empty head") << "leer.pdf" << QByteArray() << DocumentFormat::Pdf;
        QTest::newRow("unknown") << "x.bin" << QByteArray("\x01\x02\x03") << DocumentFormat::Unknown;
    }

    void detect()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, head);
        QFETCH(DocumentFormat, format);
        QCOMPARE(DocumentFormats::detect(fileName, head), format);
    }

    void ids()
    {
        const QList<std::pair<DocumentFormat, QString>> expected = {
            { DocumentFormat::Pdf, "pdf" },
            { DocumentFormat::Docx, "docx" },
            { DocumentFormat::Xlsx, "xlsx" },
            { DocumentFormat::Pptx, "pptx" },
            { DocumentFormat::Odt, "odt" },
            { DocumentFormat::Ods, "ods" },
            { DocumentFormat::Odp, "odp" },
            { DocumentFormat::Text, "txt" },
            { DocumentFormat::Markdown, "md" },
            { DocumentFormat::Csv, "csv" },
            { DocumentFormat::Html, "html" },
            { DocumentFormat::Image, "image" },
            { DocumentFormat::Doc, "doc" },
            { DocumentFormat::Xls, "xls" },
            { DocumentFormat::Ppt, "ppt" },
            { DocumentFormat::Rtf, "rtf" },
            { DocumentFormat::Unknown, "other" },
        };
        for (const auto &[format, id] : expected) {
            QCOMPARE(DocumentFormats::id(format), id);
            QCOMPARE(DocumentFormats::fromId(id), format);
        }
        QCOMPARE(DocumentFormats::fromId(QStringLiteral(" PDF ")), DocumentFormat::Pdf);
        QCOMPARE(DocumentFormats::fromId(QStringLiteral("htm")), DocumentFormat::Html);
        QCOMPARE(DocumentFormats::fromId(QStringLiteral("gibtsnicht")), DocumentFormat::Unknown);
        QCOMPARE(DocumentFormats::fromId(QString()), DocumentFormat::Unknown);
    }

    void allFormats()
    {
        const QList<DocumentFormat> formats = DocumentFormats::all();
        QCOMPARE(formats.size(), 16);
        QVERIFY(!formats.contains(DocumentFormat::Unknown));
        QCOMPARE(formats.first(), DocumentFormat::Pdf);
        QCOMPARE(formats.last(), DocumentFormat::Rtf);
    }

    void mimeTypes()
    {
        QCOMPARE(DocumentFormats::mimeType(DocumentFormat::Pdf), QStringLiteral("application/pdf"));
        QCOMPARE(DocumentFormats::mimeType(DocumentFormat::Docx),
                 QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        QCOMPARE(DocumentFormats::mimeType(DocumentFormat::Xlsx),
                 QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        QCOMPARE(DocumentFormats::mimeType(DocumentFormat::Pptx),
                 QStringLiteral("application/vnd.openxmlformats-officedocument.presentationml.presentation"));
        QCOMPARE(DocumentFormats::mimeType(DocumentFormat::Odt),
                 QStringLiteral("application/vnd.oasis.opendocument.text"));
        QCOMPARE(DocumentFormats::mimeType(DocumentFormat::Ods),
                 QStringLiteral("application/vnd.oasis.opendocument.spreadsheet"));
        QCOMPARE(DocumentFormats::mimeType(DocumentFormat::Odp),
                 QStringLiteral("application/vnd.oasis.opendocument.presentation"));
        QCOMPARE(DocumentFormats::mimeType(DocumentFormat::Text), QStringLiteral("text/plain"));
        QCOMPARE(DocumentFormats::mimeType(DocumentFormat::Markdown), QStringLiteral("text/markdown"));
        QCOMPARE(DocumentFormats::mimeType(DocumentFormat::Csv), QStringLiteral("text/csv"));
        QCOMPARE(DocumentFormats::mimeType(DocumentFormat::Html), QStringLiteral("text/html"));
        QCOMPARE(DocumentFormats::mimeType(DocumentFormat::Unknown),
                 QStringLiteral("application/octet-stream"));

        // With a file name, the grouped formats become precise.
        QCOMPARE(DocumentFormats::mimeType(DocumentFormat::Image, QStringLiteral("Foto.JPG")),
                 QStringLiteral("image/jpeg"));
        QCOMPARE(DocumentFormats::mimeType(DocumentFormat::Image, QStringLiteral("logo.png")),
                 QStringLiteral("image/png"));
        QCOMPARE(DocumentFormats::mimeType(DocumentFormat::Doc, QStringLiteral("a.doc")),
                 QStringLiteral("application/msword"));
        QCOMPARE(DocumentFormats::mimeType(DocumentFormat::Xls, QStringLiteral("a.xls")),
                 QStringLiteral("application/vnd.ms-excel"));
        QCOMPARE(DocumentFormats::mimeType(DocumentFormat::Docx, QStringLiteral("Brief.dotx")),
                 QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.template"));
        // A name that does not fit the format does not change the answer.
        QCOMPARE(DocumentFormats::mimeType(DocumentFormat::Pdf, QStringLiteral("a.png")),
                 QStringLiteral("application/pdf"));
        QCOMPARE(DocumentFormats::mimeType(DocumentFormat::Image, QStringLiteral("bild")),
                 QStringLiteral("image/*"));
    }

    void textExtractors()
    {
        for (const DocumentFormat format : DocumentFormats::all()) {
            const bool expected = format != DocumentFormat::Doc && format != DocumentFormat::Xls
                && format != DocumentFormat::Ppt && format != DocumentFormat::Rtf;
            QCOMPARE(DocumentFormats::hasTextExtractor(format), expected);
        }
        QVERIFY(!DocumentFormats::hasTextExtractor(DocumentFormat::Unknown));
    }

    // Office documents get pages from LibreOffice; the old binary formats and RTF get their text
    // from them (#13).
    void pages()
    {
        for (const DocumentFormat format : DocumentFormats::all()) {
            const QString id = DocumentFormats::id(format);
            const bool office = QStringList{"docx", "xlsx", "pptx", "odt", "ods", "odp", "doc", "xls", "ppt", "rtf"}.contains(id);
            QCOMPARE(DocumentFormats::hasPages(format), office);
        }
        QVERIFY(!DocumentFormats::hasPages(DocumentFormat::Pdf));
    }

    // The facet shows formats as people call them, not as ids (#13: "Word (alt)", not legacy-office).
    void displayNames()
    {
        QCOMPARE(DocumentFormats::displayName(QStringLiteral("doc")), QStringLiteral("Word (old)"));
        QCOMPARE(DocumentFormats::displayName(QStringLiteral("xls")), QStringLiteral("Excel (old)"));
        QCOMPARE(DocumentFormats::displayName(QStringLiteral("ppt")), QStringLiteral("PowerPoint (old)"));
        QCOMPARE(DocumentFormats::displayName(QStringLiteral("docx")), QStringLiteral("Word"));
        QCOMPARE(DocumentFormats::displayName(QStringLiteral("odt")), QStringLiteral("Writer"));
        QCOMPARE(DocumentFormats::displayName(QStringLiteral("pdf")), QStringLiteral("PDF"));
        for (const DocumentFormat format : DocumentFormats::all())
            QVERIFY(!DocumentFormats::displayName(DocumentFormats::id(format)).contains(QLatin1Char('-')));
    }
};

QTEST_GUILESS_MAIN(TestDocumentFormat)
#include "TestDocumentFormat.moc"
