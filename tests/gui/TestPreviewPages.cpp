#include "TestLibraryHelpers.h"
#include "TestOfficeFiles.h"
#include "TestPdfWriter.h"
#include "TestScanWriter.h"
#include "core/convert/PageBuilder.h"
#include "core/extract/OcrEngine.h"
#include "core/import/Importer.h"
#include "core/library/Library.h"
#include "gui/preview/PreviewPane.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

// The preview of an office document (#13): as text with a note while its pages are coming, then
// exactly like a PDF: its pages, opening on the page of the best hit, the hit highlighted there.
class TestPreviewPages : public QObject
{
    Q_OBJECT

private slots:
    void officeDocumentPreviewsAsPagesOnceConverted()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("made.pdf"));
        QVERIFY(TestPdfWriter()
                    .addPage({ QStringLiteral("Erste Seite") })
                    .addPage({ QStringLiteral("Zweite Seite zur Kehrwoche") })
                    .addPage({ QStringLiteral("Dritte Seite") })
                    .writeTo(pdf));
        TestHelpers::writeFile(
            dir.path(), QStringLiteral("pack/satzung.docx"),
            TestOfficeFiles::docx(QStringLiteral("Satzung"), { QStringLiteral("Kehrwoche im Text") }));
        QString error;
        auto library = Library::open(dir.filePath(QStringLiteral("lib")), &error);
        QVERIFY2(library, qPrintable(error));
        Importer importer(*library, ImportOptions());
        QVERIFY(!importer.run({ dir.filePath(QStringLiteral("pack")) }).failed());
        const DocumentRecord queued = library->catalog().documents().first();

        PreviewPane pane(*library);
        pane.resize(600, 800);
        pane.show();
        auto *tabs = pane.findChild<QTabWidget *>();
        QVERIFY(tabs);
        // Not converted yet: the text, with the note that its pages are coming.
        pane.showDocument(queued, 0, { QStringLiteral("Kehrwoche") });
        QVERIFY(!tabs->isTabEnabled(0));
        auto *text = pane.findChild<QTextBrowser *>();
        QTRY_VERIFY(text->toPlainText().contains(QLatin1String("Kehrwoche")));
        QVERIFY2(text->toPlainText().contains(QLatin1String("LibreOffice")), qPrintable(text->toPlainText()));

        OfficeConverter::Options options;
        options.program = TestOfficeFiles::fakeSoffice(dir.path(), pdf, QStringLiteral("HAENGT"));
        options.processes = 1;
        PageBuilder builder(*library, library->catalog(), options);
        QCOMPARE(builder.run().converted, 1);
        const DocumentRecord converted = *library->catalog().document(queued.id);

        // Converted: pages, opened on the best hit's page (2), the hit highlighted there.
        QSignalSpy shown(&pane, &PreviewPane::pageShown);
        pane.showDocument(converted, 2, { QStringLiteral("Kehrwoche") });
        QVERIFY(tabs->isTabEnabled(0));
        QCOMPARE(tabs->currentIndex(), 0);
        QTRY_VERIFY(!shown.isEmpty());
        QCOMPARE(shown.first().at(0).toInt(), 1);
        QCOMPARE(shown.first().at(1).toInt(), 1);
        QVERIFY(pane.isShowingPage());
        QCOMPARE(pane.pageCount(), 3);
        QTRY_COMPARE(pane.hitPages(), QList<int>({ 1 }));
        pane.nextPage();
        QTRY_COMPARE(pane.currentPage(), 2);
        pane.previousHit();
        QTRY_COMPARE(pane.currentPage(), 1);
    }

    // A multi-page TIFF (a scanner's) previews page by page like a PDF: opened on the page of the
    // hit, the word highlighted there from the boxes OCR found, next page and back.
    void multiPageTiffPreviewsPageByPage()
    {
        if (!OcrEngine::forThisThread().isAvailable())
            QSKIP("Tesseract with German data is not installed");
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("pack"))));
        TestScanWriter fax;
        fax.addScannedPage({ QStringLiteral("Deckblatt") })
            .addScannedPage({ QStringLiteral("Winterdienst") });
        QVERIFY(fax.writeTiff(dir.filePath(QStringLiteral("pack/fax.tif"))));
        QString error;
        auto library = Library::open(dir.filePath(QStringLiteral("lib")), &error);
        QVERIFY2(library, qPrintable(error));
        QVERIFY(!Importer(*library, ImportOptions()).run({ dir.filePath(QStringLiteral("pack")) }).failed());
        const DocumentRecord doc = *library->catalog().document(library->catalog().documentIds().first());
        QCOMPARE(doc.pages, 2);

        PreviewPane pane(*library);
        pane.resize(600, 800);
        pane.show();
        QSignalSpy shown(&pane, &PreviewPane::pageShown);
        pane.showDocument(doc, 2, { QStringLiteral("winterdienst") });
        QTRY_VERIFY(!shown.isEmpty());
        QCOMPARE(shown.first().at(0).toInt(), 1); // page 2, 0-based
        QCOMPARE(shown.first().at(1).toInt(), 1); // the word highlighted on it
        QCOMPARE(pane.pageCount(), 2);
        QTRY_COMPARE(pane.hitPages(), QList<int>({ 1 }));
        shown.clear();
        pane.previousPage();
        QTRY_VERIFY(!shown.isEmpty());
        QCOMPARE(shown.last().at(0).toInt(), 0);
        QCOMPARE(shown.last().at(1).toInt(), 0);
    }

    // With LibreOffice: a DOCX and an ODT with a heading, a table and two pages preview as pages,
    // opening on page 2 where the word is, highlighted there. SRT_SCREENSHOT_DIR keeps a picture.
    void docxAndOdtPreviewAsPagesWithLibreOffice()
    {
        const QString soffice = TestOfficeFiles::soffice();
        if (soffice.isEmpty())
            QSKIP("LibreOffice (soffice) is not installed");
        QTemporaryDir dir;
        const QStringList pages = { QStringLiteral("Einleitung zur Satzung über die Straßenreinigung."),
                                    QStringLiteral("Die Kehrwoche beginnt am Montag.") };
        TestHelpers::writeFile(dir.path(), QStringLiteral("pack/satzung.docx"),
                               TestOfficeFiles::docx(QStringLiteral("Satzung Musterstadt"), pages));
        TestHelpers::writeFile(dir.path(), QStringLiteral("pack/satzung.odt"),
                               TestOfficeFiles::odt(QStringLiteral("Satzung Musterstadt"), pages));
        QString error;
        auto library = Library::open(dir.filePath(QStringLiteral("lib")), &error);
        QVERIFY2(library, qPrintable(error));
        Importer importer(*library, ImportOptions());
        QVERIFY(!importer.run({ dir.filePath(QStringLiteral("pack")) }).failed());
        OfficeConverter::Options options;
        options.program = soffice;
        options.processes = 1;
        PageBuilder builder(*library, library->catalog(), options);
        QCOMPARE(builder.run().converted, 2);

        PreviewPane pane(*library);
        pane.resize(700, 900);
        pane.show();
        for (const DocumentRecord &doc : library->catalog().documents()) {
            QSignalSpy shown(&pane, &PreviewPane::pageShown);
            pane.showDocument(doc, 2, { QStringLiteral("Kehrwoche") });
            QTRY_VERIFY(!shown.isEmpty());
            QCOMPARE(shown.last().at(0).toInt(), 1);
            QVERIFY2(shown.last().at(1).toInt() >= 1, qPrintable(doc.filename)); // the hit, highlighted
            QCOMPARE(pane.pageCount(), 2);
            QTRY_COMPARE(pane.hitPages(), QList<int>({ 1 }));
            const QString screenshots = qEnvironmentVariable("SRT_SCREENSHOT_DIR");
            if (!screenshots.isEmpty())
                pane.grab().save(screenshots + QStringLiteral("/preview-%1.png").arg(doc.filename));
        }
    }
};

QTEST_MAIN(TestPreviewPages)
#include "TestPreviewPages.moc"
