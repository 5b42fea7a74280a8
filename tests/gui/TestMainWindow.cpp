#include "TestLibraryHelpers.h"
#include "TestScanWriter.h"
#include "core/extract/OcrEngine.h"
#include "core/import/Importer.h"
#include "core/library/Library.h"
#include "gui/main/MainWindow.h"
#include "gui/preview/PreviewPane.h"
#include "gui/search/SearchResultModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

// Drives the window as a user would: type a query, narrow by a facet, select a hit, look at the
// preview, go to the next hit.
class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;

    int rowOf(MainWindow &window, const QString &title)
    {
        SearchResultModel *model = window.resultModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->hitAt(row)->title.startsWith(title))
                return row;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_library = Library::open(m_dir.path(), &error);
        QVERIFY2(m_library, qPrintable(error));
        const ImportReport report = Importer(*m_library).run({TestHelpers::samplePackPath()});
        QCOMPARE(report.totals().added, 37);
    }

    void modelPassesTheModelTester()
    {
        MainWindow window(*m_library);
        QAbstractItemModelTester tester(window.resultModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(window.resultModel()->total(), 37);
        window.setQueryText(QStringLiteral("LoRaWAN"));
        window.search();
        QTRY_VERIFY(window.resultModel()->total() > 0 && window.resultModel()->total() < 37);
    }

    void searchFacetSelectPreviewNextHit()
    {
        MainWindow window(*m_library);
        window.resize(1300, 850);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.resultModel()->total(), 37); // browsing everything at start

        // Type as a user: the search runs once typing pauses.
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("Straßenbeleuchtung"));
        QTRY_VERIFY(window.resultModel()->total() > 0 && window.resultModel()->total() < 37);
        const qint64 before = window.resultModel()->total();

        // Narrow by the facet "Format: pdf" (a click adds the filter, a second click removes it).
        auto *facets = window.findChild<QTreeWidget *>(QStringLiteral("facetTree"));
        QTreeWidgetItem *pdf = nullptr;
        auto findPdf = [&] {
            pdf = nullptr;
            for (int i = 0; i < facets->topLevelItemCount(); ++i) {
                for (int j = 0; j < facets->topLevelItem(i)->childCount(); ++j) {
                    QTreeWidgetItem *item = facets->topLevelItem(i)->child(j);
                    if (item->data(0, Qt::UserRole).toString() == QLatin1String("format") && item->data(0, Qt::UserRole + 1).toString() == QLatin1String("pdf"))
                        pdf = item;
                }
            }
            return pdf != nullptr;
        };
        QTRY_VERIFY(findPdf()); // the facets arrive after the rows
        emit facets->itemActivated(pdf, 0);
        QCOMPARE(window.queryText(), QStringLiteral("Straßenbeleuchtung format:pdf"));
        QTRY_VERIFY(window.resultModel()->total() < before);
        for (int row = 0; row < window.resultModel()->rowCount(); ++row)
            QCOMPARE(window.resultModel()->hitAt(row)->format, QStringLiteral("pdf"));

        // Select the funding application: the preview opens on the page of the best hit, highlighted.
        const int row = rowOf(window, QStringLiteral("Förderantrag"));
        QVERIFY(row >= 0);
        const SearchHit hit = *window.resultModel()->hitAt(row);
        QVERIFY(hit.page >= 1);
        auto *view = window.findChild<QTableView *>(QStringLiteral("resultView"));
        view->setCurrentIndex(window.resultModel()->index(row, 0));
        PreviewPane *preview = window.previewPane();
        QTRY_VERIFY(preview->isShowingPage());
        QCOMPARE(preview->currentPage(), hit.page - 1);
        QVERIFY(preview->pageCount() >= 3);
        QVERIFY(preview->hitsOnPage() > 0);

        // Next hit: a later page that holds the word.
        QTRY_VERIFY(!preview->hitPages().isEmpty());
        const QList<int> hitPages = preview->hitPages();
        int expected = -1;
        for (int page : hitPages) {
            if (page > preview->currentPage()) {
                expected = page;
                break;
            }
        }
        if (expected >= 0) {
            preview->nextHit();
            QTRY_COMPARE(preview->currentPage(), expected);
            QTRY_VERIFY(preview->hitsOnPage() > 0);
        }

        // The second click on the facet widens again.
        emit facets->itemActivated(pdf = [&] {
            for (int i = 0; i < facets->topLevelItemCount(); ++i)
                for (int j = 0; j < facets->topLevelItem(i)->childCount(); ++j)
                    if (facets->topLevelItem(i)->child(j)->data(0, Qt::UserRole + 1).toString() == QLatin1String("pdf"))
                        return facets->topLevelItem(i)->child(j);
            return static_cast<QTreeWidgetItem *>(nullptr);
        }(), 0);
        QCOMPARE(window.queryText(), QStringLiteral("Straßenbeleuchtung"));
        QTRY_COMPARE(window.resultModel()->total(), before);
    }

    void emptyLibraryOffersTheSamplePack()
    {
        // Decided from the first browse on a worker thread, never by counting on the GUI thread.
        QTemporaryDir dir;
        QString error;
        auto empty = Library::open(dir.path(), &error);
        QVERIFY2(empty, qPrintable(error));
        MainWindow window(*empty);
        window.show();
        window.offerSamplePack();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>()) && box->isVisible());
        box->button(QMessageBox::No)->click();

        MainWindow full(*m_library);
        full.show();
        full.offerSamplePack();
        QTRY_COMPARE(full.resultModel()->total(), m_library->catalog().stats().documents);
        QTest::qWait(50);
        QVERIFY(!full.findChild<QMessageBox *>());
    }

    void typoOffersASuggestion()
    {
        MainWindow window(*m_library);
        window.setQueryText(QStringLiteral("Bürgerbeteilgung"));
        window.search();
        auto *label = window.findChild<QLabel *>(QStringLiteral("suggestionLabel"));
        QTRY_VERIFY(!label->isHidden());
        QVERIFY(label->text().contains(QStringLiteral("Bürgerbeteiligung")));
        emit label->linkActivated(QStringLiteral("Bürgerbeteiligung"));
        QTRY_VERIFY(window.resultModel()->total() > 0);
    }

    void aWordTooLongToSearchFindsNothingAndSaysWhy()
    {
        MainWindow window(*m_library);
        window.setQueryText(QStringLiteral("Förderung ") + QString(70, QLatin1Char('x')));
        window.search();
        auto *label = window.findChild<QLabel *>(QStringLiteral("suggestionLabel"));
        QTRY_VERIFY(!label->isHidden());
        QCOMPARE(window.resultModel()->total(), 0);
        QVERIFY2(label->text().contains(QStringLiteral("64")), qPrintable(label->text()));
        // The next search without it clears the note.
        window.setQueryText(QStringLiteral("Förderung"));
        window.search();
        QTRY_VERIFY(label->isHidden());
    }

    // A scanned PDF (pages that are images only): found by a word on its second page, opened on
    // that page with the word highlighted on the scan, marked as read by OCR in the details and in
    // the format facet.
    void scannedPdfOpensOnItsHitPage()
    {
        if (!OcrEngine::forThisThread().isAvailable())
            QSKIP("Tesseract with German data is not installed");
        QTemporaryDir dir;
        TestScanWriter scan;
        scan.addScannedPage({ QStringLiteral("Gemeinde Musterstadt"), QStringLiteral("Bekanntmachung") })
            .addScannedPage({ QStringLiteral("Friedhofssatzung"), QStringLiteral("vom 1. Mai 2024") });
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("pack"))));
        QVERIFY(scan.writePdf(dir.filePath(QStringLiteral("pack/scan.pdf"))));
        QString error;
        auto library = Library::open(dir.filePath(QStringLiteral("library")), &error);
        QVERIFY2(library, qPrintable(error));
        QCOMPARE(Importer(*library).run({ dir.filePath(QStringLiteral("pack")) }).totals().added, 1);

        MainWindow window(*library);
        window.resize(1300, 850);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setQueryText(QStringLiteral("Friedhofssatzung"));
        window.search();
        QTRY_COMPARE(window.resultModel()->total(), 1);
        QCOMPARE(window.resultModel()->hitAt(0)->page, 2);
        window.findChild<QTableView *>(QStringLiteral("resultView"))
            ->setCurrentIndex(window.resultModel()->index(0, 0));
        PreviewPane *preview = window.previewPane();
        QTRY_VERIFY(preview->isShowingPage());
        QCOMPARE(preview->currentPage(), 1);
        QTRY_COMPARE(preview->hitsOnPage(), 1);
        QTRY_COMPARE(preview->hitPages(), QList<int>({ 1 }));
        auto *details = window.findChild<QLabel *>(QStringLiteral("metadataLabel"));
        QTRY_VERIFY2(details->text().contains(QStringLiteral("text recognition (OCR)")),
                     qPrintable(details->text()));

        auto *facets = window.findChild<QTreeWidget *>(QStringLiteral("facetTree"));
        const auto scanFacet = [&] {
            for (int i = 0; i < facets->topLevelItemCount(); ++i) {
                for (int j = 0; j < facets->topLevelItem(i)->childCount(); ++j) {
                    QTreeWidgetItem *item = facets->topLevelItem(i)->child(j);
                    if (item->data(0, Qt::UserRole + 1).toString() == QLatin1String("scan"))
                        return item;
                }
            }
            return static_cast<QTreeWidgetItem *>(nullptr);
        };
        QTRY_VERIFY(scanFacet());
        QVERIFY2(scanFacet()->text(0).startsWith(QStringLiteral("Scan (text by OCR)")),
                 qPrintable(scanFacet()->text(0)));
    }

    void brokenPdfShowsAMessageInThePane()
    {
        QTemporaryDir source;
        TestHelpers::writeFile(source.path(), QStringLiteral("kaputt.pdf"), "%PDF-1.4\nthis is not really a PDF\n");
        Importer(*m_library).run({source.path() + QStringLiteral("/kaputt.pdf")});
        MainWindow window(*m_library);
        window.setQueryText(QStringLiteral("kaputt"));
        window.search();
        QTRY_COMPARE(window.resultModel()->total(), 1);
        auto *view = window.findChild<QTableView *>(QStringLiteral("resultView"));
        view->setCurrentIndex(window.resultModel()->index(0, 0));
        QTRY_VERIFY(!window.previewPane()->message().isEmpty() && window.previewPane()->message().contains(QStringLiteral("PDF")));
        QVERIFY(!window.previewPane()->isShowingPage());
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
