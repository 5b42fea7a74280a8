#include "TestPdfWriter.h"
#include "TestScanWriter.h"
#include "core/extract/OcrBoxes.h"
#include "core/extract/OcrEngine.h"
#include "core/extract/PdfExtractor.h"

#include <QtTest>

#include <thread>

class TestPdfExtractor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const TestPdfWriter &writer)
    {
        const QString path = m_dir.filePath(name);
        [&] { QVERIFY(writer.writeTo(path)); }();
        return path;
    }

    QString writeScan(const QString &name, const TestScanWriter &writer)
    {
        const QString path = m_dir.filePath(name);
        [&] { QVERIFY(writer.writePdf(path)); }();
        return path;
    }

    static QStringList wordsOn(const Extraction &x, int page)
    {
        QStringList words;
        for (const OcrPage &p : x.ocrPages) {
            QList<OcrWord> decoded;
            if (p.page == page && OcrBoxes::decode(p.boxes, &decoded)) {
                for (const OcrWord &w : decoded)
                    words.append(w.text);
            }
        }
        return words;
    }

    static QList<int> ocrPageNumbers(const Extraction &x)
    {
        QList<int> pages;
        for (const OcrPage &p : x.ocrPages)
            pages.append(p.page);
        return pages;
    }

    static TestPdfWriter twoPages()
    {
        TestPdfWriter writer;
        writer.setInfo(QStringLiteral("Title"), QStringLiteral("Straßenreinigungssatzung"))
            .setInfo(QStringLiteral("Author"), QStringLiteral("Jörg Müller"))
            .setInfo(QStringLiteral("Subject"), QStringLiteral("Gebühren für Anlieger"));
        writer.addPage({ QStringLiteral("Seite eins: Grüße aus Köln"), QStringLiteral("Der Daten-"),
                         QStringLiteral("schutz gilt für Bundes-"), QStringLiteral("und Landesrecht.") });
        writer.addPage({ QStringLiteral("Zweite Seite: Ölheizung, Maß & Gewicht (€ 12)") });
        return writer;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void textPerPageAndMetadata()
    {
        const Extraction x = PdfExtractor().extract(write(QStringLiteral("zwei.pdf"), twoPages()));
        QVERIFY2(x.ok(), qPrintable(x.error));
        QVERIFY(x.textExtracted);
        QVERIFY(x.paged);
        QCOMPARE(x.pageCount, 2);
        QCOMPARE(x.pages.size(), 2);
        QCOMPARE(x.title, QStringLiteral("Straßenreinigungssatzung"));
        QCOMPARE(x.author, QStringLiteral("Jörg Müller"));
        QCOMPARE(x.subject, QStringLiteral("Gebühren für Anlieger"));
        QCOMPARE(
            x.pages.at(0),
            QStringLiteral("Seite eins: Grüße aus Köln\nDer Datenschutz gilt für Bundes-\nund Landesrecht."));
        QCOMPARE(x.pages.at(1), QStringLiteral("Zweite Seite: Ölheizung, Maß & Gewicht (€ 12)"));
        QVERIFY(x.warnings.isEmpty());
    }

    void normalizePageText_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("hyphen at line end, lowercase next") << "Daten-\nschutz"
                                                            << "Datenschutz";
        QTest::newRow("blanks around the break") << "Daten-  \n   schutz ist"
                                                 << "Datenschutz ist";
        QTest::newRow("uppercase next: a compound with a noun") << "Nord-\nSüd-Achse"
                                                                << "Nord-\nSüd-Achse";
        QTest::newRow("suspended compound") << "Ein-\nund Ausgang"
                                            << "Ein-\nund Ausgang";
        QTest::newRow("suspended with bzw.") << "Bundes-\nbzw. Landesrecht"
                                             << "Bundes-\nbzw. Landesrecht";
        QTest::newRow("number before hyphen") << "2023-\nheute"
                                              << "2023-\nheute";
        QTest::newRow("soft hyphen at line end")
            << QString("Verwal\u00ADtung\nVerwal\u00AD\nTungsakt") << "Verwaltung\nVerwalTungsakt";
        QTest::newRow("ligatures") << QString("Deﬁnition der Pﬂicht") << "Definition der Pflicht";
        QTest::newRow("crlf and trailing blanks") << "a  \r\nb\t\r\n\r\n"
                                                  << "a\nb";
        QTest::newRow("two hyphenations in a row") << "Ver-\nwal-\ntung"
                                                   << "Verwaltung";
    }

    void normalizePageText()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(PdfExtractor::normalizePageText(input), expected);
    }

    void passwordProtectedPdfIsRefused()
    {
        TestPdfWriter writer = twoPages();
        writer.setPasswords("benutzer", "eigentümer");
        const Extraction x = PdfExtractor().extract(write(QStringLiteral("gesperrt.pdf"), writer));
        QVERIFY(!x.ok());
        QVERIFY2(x.error.contains(QLatin1String("password-protected")), qPrintable(x.error));
        QVERIFY(x.pages.isEmpty());
        QVERIFY(!x.textExtracted);
    }

    void ownerPasswordOnlyStillReadable()
    {
        // Encrypted (RC4) but openable without a password: Poppler decrypts strings and streams.
        TestPdfWriter writer = twoPages();
        writer.setPasswords(QByteArray(), "eigentümer");
        const Extraction x = PdfExtractor().extract(write(QStringLiteral("verschluesselt.pdf"), writer));
        QVERIFY2(x.ok(), qPrintable(x.error));
        QCOMPARE(x.title, QStringLiteral("Straßenreinigungssatzung"));
        QCOMPARE(x.pages.at(1), QStringLiteral("Zweite Seite: Ölheizung, Maß & Gewicht (€ 12)"));
    }

    void notAPdf()
    {
        const QString path = m_dir.filePath(QStringLiteral("kaputt.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Das ist keine PDF-Datei, nur Text.\n");
        file.close();
        const Extraction x = PdfExtractor().extract(path);
        QVERIFY(!x.ok());
        QVERIFY2(x.error.contains(QLatin1String("not a readable PDF")), qPrintable(x.error));
    }

    void truncatedPdfIsRefused()
    {
        // Cut in the middle of page 2: no trailer left, so Poppler cannot find the catalog.
        QByteArray bytes = twoPages().toByteArray();
        const qsizetype cut = bytes.indexOf("Zweite Seite");
        QVERIFY(cut > 0);
        bytes.truncate(cut);
        const QString path = m_dir.filePath(QStringLiteral("abgeschnitten.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const Extraction x = PdfExtractor().extract(path);
        QVERIFY(!x.ok());
        QVERIFY2(x.error.contains(QLatin1String("not a readable PDF")), qPrintable(x.error));
    }

    void brokenCrossReferenceIsRepaired()
    {
        // A wrong startxref offset (typical of files edited by hand or transferred as text):
        // Poppler rebuilds the table by scanning the objects.
        QByteArray bytes = twoPages().toByteArray();
        const qsizetype startxref = bytes.lastIndexOf("startxref\n");
        QVERIFY(startxref > 0);
        bytes.truncate(startxref);
        bytes += "startxref\n17\n%%EOF\n";
        const QString path = m_dir.filePath(QStringLiteral("xref.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const Extraction x = PdfExtractor().extract(path);
        QVERIFY2(x.ok(), qPrintable(x.error));
        QCOMPARE(x.pageCount, 2);
        QCOMPARE(x.pages.at(1), QStringLiteral("Zweite Seite: Ölheizung, Maß & Gewicht (€ 12)"));
    }

    void tooManyPages()
    {
        TestPdfWriter writer;
        for (int i = 0; i < 5; ++i)
            writer.addPage({ QStringLiteral("Seite %1").arg(i + 1) });
        ExtractionLimits limits;
        limits.maxPages = 4;
        const Extraction x = PdfExtractor().extract(write(QStringLiteral("fuenf.pdf"), writer), limits);
        QVERIFY(!x.ok());
        QVERIFY2(x.error.contains(QLatin1String("5 pages")) && x.error.contains(QLatin1String("limit of 4")),
                 qPrintable(x.error));

        limits.maxPages = 5;
        const Extraction ok = PdfExtractor().extract(m_dir.filePath(QStringLiteral("fuenf.pdf")), limits);
        QVERIFY(ok.ok());
        QCOMPARE(ok.pages, QStringList({ "Seite 1", "Seite 2", "Seite 3", "Seite 4", "Seite 5" }));
    }

    void textLimitCutsAndWarns()
    {
        ExtractionLimits limits;
        limits.maxTextChars = 30;
        const Extraction x = PdfExtractor().extract(write(QStringLiteral("limit.pdf"), twoPages()), limits);
        QVERIFY(x.ok());
        QCOMPARE(x.pageCount, 2);
        QCOMPARE(x.pages.size(), 2); // page numbers still line up
        QCOMPARE(x.pages.at(0), QStringLiteral("Seite eins: Grüße aus Köln\nDer"));
        QCOMPARE(x.pages.at(1), QString());
        QCOMPARE(x.warnings.size(), 1);
        QVERIFY2(x.warnings.first().contains(QLatin1String("30 characters")), qPrintable(x.warnings.first()));
    }

    // A scanner's PDF: two pages that are images only. Both are read by OCR, the boxes kept.
    void scannedPagesAreRead()
    {
        if (!OcrEngine::forThisThread().isAvailable())
            QSKIP("Tesseract with German data is not installed");
        TestScanWriter scan;
        scan.addScannedPage({ QStringLiteral("Gemeinde Musterstadt"), QStringLiteral("Bekanntmachung") })
            .addScannedPage({ QStringLiteral("Friedhofssatzung"), QStringLiteral("vom 1. Mai 2024") });
        const Extraction x = PdfExtractor().extract(writeScan(QStringLiteral("scan.pdf"), scan));
        QVERIFY2(x.ok(), qPrintable(x.error));
        QVERIFY(x.textExtracted);
        QCOMPARE(x.pageCount, 2);
        QVERIFY2(x.pages.at(0).contains(QStringLiteral("Bekanntmachung")), qPrintable(x.pages.at(0)));
        QVERIFY2(x.pages.at(1).contains(QStringLiteral("Friedhofssatzung")), qPrintable(x.pages.at(1)));
        QCOMPARE(ocrPageNumbers(x), QList<int>({ 1, 2 }));
        QVERIFY2(wordsOn(x, 2).contains(QStringLiteral("Friedhofssatzung")),
                 qPrintable(wordsOn(x, 2).join(u' ')));
        QVERIFY2(x.warnings.isEmpty(), qPrintable(x.warnings.join(u'\n')));
    }

    // Text pages keep their text layer; only the scanned page is read.
    void mixedPdfReadsOnlyTheScannedPages()
    {
        if (!OcrEngine::forThisThread().isAvailable())
            QSKIP("Tesseract with German data is not installed");
        TestScanWriter mixed;
        mixed.addTextPage({ QStringLiteral("Anschreiben an den Rat") })
            .addScannedPage({ QStringLiteral("Unterschriebener Beschluss") })
            .addTextPage({ QStringLiteral("Anlage zum Beschluss") });
        const Extraction x = PdfExtractor().extract(writeScan(QStringLiteral("gemischt.pdf"), mixed));
        QVERIFY2(x.ok(), qPrintable(x.error));
        QCOMPARE(x.pageCount, 3);
        QCOMPARE(ocrPageNumbers(x), QList<int>({ 2 }));
        QCOMPARE(x.pages.at(0), QStringLiteral("Anschreiben an den Rat"));
        QVERIFY2(x.pages.at(1).contains(QStringLiteral("Unterschriebener")), qPrintable(x.pages.at(1)));
        QCOMPARE(x.pages.at(2), QStringLiteral("Anlage zum Beschluss"));
    }

    void ocrPageLimit()
    {
        if (!OcrEngine::forThisThread().isAvailable())
            QSKIP("Tesseract with German data is not installed");
        TestScanWriter scan;
        scan.addScannedPage({ QStringLiteral("Erste Seite") })
            .addScannedPage({ QStringLiteral("Friedhofssatzung") });
        ExtractionLimits limits;
        limits.maxOcrPages = 1;
        const Extraction x = PdfExtractor().extract(writeScan(QStringLiteral("lang.pdf"), scan), limits);
        QVERIFY(x.ok());
        QCOMPARE(ocrPageNumbers(x), QList<int>({ 1 }));
        QCOMPARE(x.pages.size(), 2); // page numbers still line up
        QVERIFY(x.pages.at(1).isEmpty());
        QCOMPARE(x.warnings.size(), 1);
        QVERIFY2(x.warnings.at(0).contains(QStringLiteral("first 1 scanned pages only; 1 more")),
                 qPrintable(x.warnings.at(0)));
    }

    // A document's OCR time is bounded as a whole: past it, the pages read are kept and the rest
    // named in a warning (instead of the worker's time limit rejecting the whole file).
    void ocrTimeLimitPerDocument()
    {
        if (!OcrEngine::forThisThread().isAvailable())
            QSKIP("Tesseract with German data is not installed");
        TestScanWriter scan;
        scan.addTextPage({ QStringLiteral("Deckblatt mit Text") })
            .addScannedPage({ QStringLiteral("Friedhofssatzung") });
        ExtractionLimits limits;
        limits.ocrSecondsPerDocument = 0;
        const Extraction x = PdfExtractor().extract(writeScan(QStringLiteral("zeit.pdf"), scan), limits);
        QVERIFY(x.ok());
        QVERIFY(x.ocrPages.isEmpty());
        QCOMPARE(x.pages.at(0), QStringLiteral("Deckblatt mit Text"));
        QCOMPARE(x.warnings.size(), 1);
        QVERIFY2(x.warnings.at(0).contains(QStringLiteral(
                     "stopped after 0 seconds for this document; 1 scanned page(s) were not read")),
                 qPrintable(x.warnings.at(0)));
    }

    // Without Tesseract's German data the scan is cataloged as before (no text), and the warning
    // says what would make it searchable; nothing fails.
    void withoutOcrDataScansStayWithoutText()
    {
        TestScanWriter scan;
        scan.addScannedPage({ QStringLiteral("Friedhofssatzung") });
        const QString path = writeScan(QStringLiteral("ohne-ocr.pdf"), scan);
        QTemporaryDir noData;
        const QByteArray saved = qgetenv("TESSDATA_PREFIX");
        qputenv("TESSDATA_PREFIX", noData.path().toUtf8());
        Extraction x;
        // A fresh thread has a fresh engine, which looks for the data again.
        std::thread([&] { x = PdfExtractor().extract(path); }).join();
        if (saved.isNull())
            qunsetenv("TESSDATA_PREFIX");
        else
            qputenv("TESSDATA_PREFIX", saved);
        QVERIFY2(x.ok(), qPrintable(x.error));
        QCOMPARE(x.pageCount, 1);
        QVERIFY(x.pages.at(0).isEmpty());
        QVERIFY(x.ocrPages.isEmpty());
        QCOMPARE(x.warnings.size(), 1);
        QVERIFY2(x.warnings.at(0).contains(QStringLiteral("tesseract-ocr-deu")),
                 qPrintable(x.warnings.at(0)));
    }

    void emptyAndMissingFiles()
    {
        const QString empty = m_dir.filePath(QStringLiteral("leer.pdf"));
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        Extraction x = PdfExtractor().extract(empty);
        QVERIFY(!x.ok());
        QVERIFY2(x.error.contains(QLatin1String("empty")), qPrintable(x.error));

        x = PdfExtractor().extract(m_dir.filePath(QStringLiteral("gibtsnicht.pdf")));
        QVERIFY(!x.ok());
        QVERIFY2(x.error.contains(QLatin1String("does not exist")), qPrintable(x.error));
    }
};

QTEST_MAIN(TestPdfExtractor) // QPdfWriter draws the scans' text with the system fonts
#include "TestPdfExtractor.moc"
