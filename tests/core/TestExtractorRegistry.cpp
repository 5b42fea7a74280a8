#include "TestPdfWriter.h"
#include "TestZipWriter.h"
#include "core/extract/Extractor.h"
#include "core/extract/ExtractorRegistry.h"
#include "core/extract/HtmlExtractor.h"
#include "core/extract/ImageExtractor.h"
#include "core/extract/OdfExtractor.h"
#include "core/extract/OoxmlExtractor.h"
#include "core/extract/PdfExtractor.h"
#include "core/extract/PlainTextExtractor.h"

#include <QtConcurrent>
#include <QtTest>

Q_DECLARE_METATYPE(DocumentFormat)

class TestExtractorRegistry : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeBytes(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        [&] { QVERIFY(file.open(QIODevice::WriteOnly)); }();
        file.write(bytes);
        return path;
    }

    // One small file per extractor, each with its own recognizable text.
    QList<std::pair<QString, DocumentFormat>> fixtures()
    {
        QList<std::pair<QString, DocumentFormat>> files;

        TestPdfWriter pdf;
        pdf.setInfo(QStringLiteral("Title"), QStringLiteral("PDF-Titel"));
        for (int i = 1; i <= 12; ++i)
            pdf.addPage({ QStringLiteral("PDF Seite %1 mit Umlauten äöü").arg(i) });
        files.append({ writeBytes(QStringLiteral("a.pdf"), pdf.toByteArray()), DocumentFormat::Pdf });

        TestZipWriter docx;
        docx.add(
            QStringLiteral("word/document.xml"),
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            "<w:p><w:r><w:t>Word-Text Gr\xC3\xBC\xC3\x9F"
            "e</w:t></w:r></w:p></w:body></w:document>");
        files.append({ writeBytes(QStringLiteral("b.docx"), docx.toByteArray()), DocumentFormat::Docx });

        TestZipWriter xlsx;
        xlsx.add(QStringLiteral("xl/workbook.xml"),
                 "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets>"
                 "<sheet name=\"Blatt\" sheetId=\"1\"/></sheets></workbook>")
            .add(QStringLiteral("xl/sharedStrings.xml"),
                 "<sst "
                 "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>Geteilt</t></"
                 "si></sst>")
            .add(QStringLiteral("xl/worksheets/sheet1.xml"),
                 "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                 "<row><c t=\"s\"><v>0</v></c><c><v>3.5</v></c></row></sheetData></worksheet>");
        files.append({ writeBytes(QStringLiteral("c.xlsx"), xlsx.toByteArray()), DocumentFormat::Xlsx });

        TestZipWriter odt;
        odt.add(QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text",
                TestZipWriter::Compression::Store)
            .add(QStringLiteral("content.xml"),
                 "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                 "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                 "<text:p>ODF-Text \xC3\x96l</text:p></office:text></office:body></office:document-content>");
        files.append({ writeBytes(QStringLiteral("d.odt"), odt.toByteArray()), DocumentFormat::Odt });

        files.append(
            { writeBytes(QStringLiteral("e.html"), "<title>T</title><p>HTML &auml;</p><script>x</script>"),
              DocumentFormat::Html });
        files.append(
            { writeBytes(QStringLiteral("f.txt"), "Text in ANSI: M\xFCnchen"), DocumentFormat::Text });
        files.append({ writeBytes(QStringLiteral("g.csv"), "a;b\n1;2"), DocumentFormat::Csv });
        files.append({ writeBytes(QStringLiteral("h.md"), "# Titel\nText"), DocumentFormat::Markdown });
        return files;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void extractorPerFormat_data()
    {
        QTest::addColumn<DocumentFormat>("format");
        for (const DocumentFormat format : DocumentFormats::all())
            QTest::newRow(qPrintable(DocumentFormats::id(format))) << format;
        QTest::newRow("other") << DocumentFormat::Unknown;
    }

    void extractorPerFormat()
    {
        QFETCH(DocumentFormat, format);
        const Extractor *extractor = ExtractorRegistry::forFormat(format);
        QCOMPARE(extractor != nullptr, DocumentFormats::hasTextExtractor(format));
        // A shared instance, not a new one per call.
        QCOMPARE(ExtractorRegistry::forFormat(format), extractor);

        switch (format) {
        case DocumentFormat::Pdf:
            QVERIFY(dynamic_cast<const PdfExtractor *>(extractor));
            break;
        case DocumentFormat::Docx:
        case DocumentFormat::Xlsx:
        case DocumentFormat::Pptx:
            QVERIFY(dynamic_cast<const OoxmlExtractor *>(extractor));
            break;
        case DocumentFormat::Odt:
        case DocumentFormat::Ods:
        case DocumentFormat::Odp:
            QVERIFY(dynamic_cast<const OdfExtractor *>(extractor));
            break;
        case DocumentFormat::Text:
        case DocumentFormat::Markdown:
        case DocumentFormat::Csv: {
            const auto *text = dynamic_cast<const PlainTextExtractor *>(extractor);
            QVERIFY(text);
            QCOMPARE(text->format(), format);
            break;
        }
        case DocumentFormat::Html:
            QVERIFY(dynamic_cast<const HtmlExtractor *>(extractor));
            break;
        case DocumentFormat::Image:
            QVERIFY(dynamic_cast<const ImageExtractor *>(extractor));
            break;
        case DocumentFormat::Doc:
        case DocumentFormat::Xls:
        case DocumentFormat::Ppt:
        case DocumentFormat::Rtf:
        case DocumentFormat::Unknown:
            QCOMPARE(extractor, nullptr);
            break;
        }
    }

    void metadataOnlyFormats_data()
    {
        QTest::addColumn<DocumentFormat>("format");
        QTest::addColumn<QString>("id");
        QTest::newRow("unknown") << DocumentFormat::Unknown << "other";
    }

    void metadataOnlyFormats()
    {
        QFETCH(DocumentFormat, format);
        QFETCH(QString, id);
        const Extraction x
            = ExtractorRegistry::extractFile(writeBytes(QStringLiteral("bild.png"), "\x89PNG\r\n"), format);
        QVERIFY(x.ok());
        QVERIFY(!x.textExtracted);
        QVERIFY(x.pages.isEmpty());
        QCOMPARE(
            x.warnings,
            QStringList(QStringLiteral("Format %1: only metadata is cataloged, no text extracted.").arg(id)));
    }

    // The old Office formats and RTF have no extractor of their own: their text comes from the PDF
    // LibreOffice makes of them (#13), so the import does not warn that they have none.
    void formatsWithPagesWaitForThem_data()
    {
        QTest::addColumn<DocumentFormat>("format");
        QTest::newRow("doc") << DocumentFormat::Doc;
        QTest::newRow("xls") << DocumentFormat::Xls;
        QTest::newRow("ppt") << DocumentFormat::Ppt;
        QTest::newRow("rtf") << DocumentFormat::Rtf;
    }

    void formatsWithPagesWaitForThem()
    {
        QFETCH(DocumentFormat, format);
        const Extraction x = ExtractorRegistry::extractFile(writeBytes(QStringLiteral("alt.doc"), "\xD0\xCF\x11\xE0"), format);
        QVERIFY(x.ok());
        QVERIFY(!x.textExtracted);
        QVERIFY(x.warnings.isEmpty());
        QVERIFY(DocumentFormats::hasPages(format));
    }

    void extractFileUsesTheExtractor()
    {
        const Extraction x = ExtractorRegistry::extractFile(
            writeBytes(QStringLiteral("notiz.md"), "# Sitzung\nProtokoll"), DocumentFormat::Markdown);
        QVERIFY(x.ok());
        QVERIFY(x.textExtracted);
        QCOMPARE(x.title, QStringLiteral("Sitzung"));
        QCOMPARE(x.pages, QStringList(QStringLiteral("# Sitzung\nProtokoll")));
    }

    void failuresExtractNoText()
    {
        const Extraction x = ExtractorRegistry::extractFile(
            writeBytes(QStringLiteral("leer.docx"), QByteArray()), DocumentFormat::Docx);
        QVERIFY(!x.ok());
        QVERIFY(!x.textExtracted);
        QVERIFY(x.pages.isEmpty());
        QVERIFY2(x.error.contains(QLatin1String("empty")), qPrintable(x.error));
    }

    void concurrentExtractionGivesTheSameResults()
    {
        const QList<std::pair<QString, DocumentFormat>> files = fixtures();
        QList<Extraction> serial;
        for (const auto &[path, format] : files) {
            serial.append(ExtractorRegistry::extractFile(path, format));
            QVERIFY2(serial.last().ok(), qPrintable(path + QStringLiteral(": ") + serial.last().error));
            QVERIFY(!serial.last().pages.join(QString()).isEmpty());
        }
        QCOMPARE(serial.at(0).pages.at(11), QStringLiteral("PDF Seite 12 mit Umlauten äöü"));
        QCOMPARE(serial.at(2).pages, QStringList(QStringLiteral("Blatt\nGeteilt\t3.5")));
        QCOMPARE(serial.at(5).pages, QStringList(QStringLiteral("Text in ANSI: München")));

        // Every file 16 times, interleaved, on a pool of 8 threads.
        QList<int> jobs;
        for (int round = 0; round < 16; ++round) {
            for (int i = 0; i < files.size(); ++i)
                jobs.append(i);
        }
        QThreadPool pool;
        pool.setMaxThreadCount(8);
        const QList<std::pair<int, Extraction>> results
            = QtConcurrent::blockingMapped(&pool, jobs, [&files](int i) {
                  return std::make_pair(
                      i, ExtractorRegistry::extractFile(files.at(i).first, files.at(i).second));
              });
        QCOMPARE(results.size(), jobs.size());
        for (const auto &[i, x] : results) {
            const Extraction &expected = serial.at(i);
            QVERIFY2(x.ok(), qPrintable(x.error));
            QCOMPARE(x.pages, expected.pages);
            QCOMPARE(x.title, expected.title);
            QCOMPARE(x.pageCount, expected.pageCount);
            QCOMPARE(x.warnings, expected.warnings);
        }
    }
};

QTEST_GUILESS_MAIN(TestExtractorRegistry)
#include "TestExtractorRegistry.moc"
