#include "TestLibraryHelpers.h"
#include "TestScanWriter.h"
#include "core/extract/OcrEngine.h"
#include "core/import/Importer.h"
#include "core/library/Library.h"
#include "gui/exporting/ExportDialog.h"
#include "gui/main/MainWindow.h"
#include "gui/preview/PreviewPane.h"
#include "gui/search/SearchResultModel.h"
#include "gui/settings/SettingsDialog.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QWheelEvent>

// Drives the window as a user would: type a query, narrow by a facet, select a hit, look at the
// preview, go to the next hit.
class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    QList<QUrl> m_opened; // what the window asked the system to open

public slots:
    void openUrl(const QUrl &url) { m_opened.append(url); }

private:
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
            // Through the places on this page first, then to the next page that has one.
            const int start = preview->currentPage();
            for (int step = 0; step < 200 && preview->currentPage() == start; ++step)
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

    // #16, item 6: double-click and Return open the document, as in Explorer; "Show in folder".
    void doubleClickAndReturnOpenTheDocument()
    {
        QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "openUrl");
        MainWindow window(*m_library);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.resultModel()->rowCount() > 1);
        auto *view = window.findChild<QTableView *>(QStringLiteral("resultView"));
        const QModelIndex second = window.resultModel()->index(1, 0);
        QSignalSpy opened(&window, &MainWindow::originalOpened);
        const QPoint at = view->visualRect(second).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(opened.size(), 1);
        QCOMPARE(QFileInfo(opened.first().first().toString()).fileName(),
                 window.resultModel()->hitAt(1)->filename);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_COMPARE(opened.size(), 2);
        QSignalSpy shown(&window, &MainWindow::shownInFolder);
        window.findChild<QAction *>(QStringLiteral("showInFolderAction"))->trigger();
        QTRY_COMPARE(shown.size(), 1);
        QTRY_VERIFY(m_opened.contains(
            QUrl::fromLocalFile(QFileInfo(shown.first().first().toString()).absolutePath())));
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    }

    // #16, item 6: one "+" from the fitted width went to about three times the size.
    void zoomStepsFromTheSizeShown()
    {
        MainWindow window(*m_library);
        window.resize(1300, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setQueryText(QStringLiteral("Förderantrag"));
        window.search();
        QTRY_VERIFY(rowOf(window, QStringLiteral("Förderantrag")) >= 0);
        auto *view = window.findChild<QTableView *>(QStringLiteral("resultView"));
        view->setCurrentIndex(window.resultModel()->index(rowOf(window, QStringLiteral("Förderantrag")), 0));
        PreviewPane *preview = window.previewPane();
        QTRY_VERIFY(preview->isShowingPage());
        const int fitted = preview->zoomPercent();
        preview->zoomIn();
        QCOMPARE(preview->zoomPercent(), PreviewPane::zoomStep(fitted, 1));
        QVERIFY(preview->zoomPercent() <= fitted * 1.34);
        auto *scroll = preview->findChild<QScrollArea *>();
        const int before = preview->zoomPercent();
        QWheelEvent wheel(QPointF(20, 20), scroll->viewport()->mapToGlobal(QPointF(20, 20)), QPoint(),
                          QPoint(0, 120), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(scroll->viewport(), &wheel);
        QCOMPARE(preview->zoomPercent(), PreviewPane::zoomStep(before, 1));
        QTRY_VERIFY(preview->isShowingPage());
        bool percentShown = false;
        for (const QLabel *label : preview->findChildren<QLabel *>())
            percentShown
                = percentShown || label->text() == QStringLiteral("%1 %").arg(preview->zoomPercent());
        QVERIFY(percentShown);
    }

    // #16, item 5: no word while typing, no hint with no hits.
    void saysWhatItDoesAndWhatToTryWithNoHits()
    {
        MainWindow window(*m_library);
        window.show();
        QTRY_COMPARE(window.resultModel()->total(), 37);
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QTest::keyClicks(search, QStringLiteral("Stra"));
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Searching…"));
        window.setQueryText(QStringLiteral("Straßenbeleuchtung format:xlsx"));
        window.search();
        auto *notes = window.findChild<QLabel *>(QStringLiteral("suggestionLabel"));
        auto *filters = window.findChild<QLabel *>(QStringLiteral("filterLabel"));
        QTRY_VERIFY(!notes->isHidden());
        QCOMPARE(window.resultModel()->total(), 0);
        QVERIFY2(notes->text().contains(QStringLiteral("help:"))
                     && notes->text().contains(QStringLiteral("filter")),
                 qPrintable(notes->text()));
        QVERIFY(!filters->isHidden());
        QVERIFY(filters->text().contains(QStringLiteral("drop:format:xlsx")));
        emit filters->linkActivated(QStringLiteral("drop:format:xlsx"));
        QCOMPARE(window.queryText(), QStringLiteral("Straßenbeleuchtung"));
        QTRY_VERIFY(window.resultModel()->total() > 0);
        QTRY_VERIFY(filters->isHidden() && notes->isHidden());
    }

    // #15: choosing one of the "Related documents" goes to it (it did nothing).
    void choosingARelatedDocumentGoesToIt()
    {
        MainWindow window(*m_library);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setQueryText(QStringLiteral("LoRaWAN"));
        window.search();
        QTRY_VERIFY(window.currentDocument().has_value());
        const qint64 first = window.currentDocument()->id;
        QListWidget *related = nullptr;
        for (QListWidget *list : window.findChildren<QListWidget *>()) {
            if (list->accessibleName() == QLatin1String("Related documents"))
                related = list;
        }
        QVERIFY(related);
        QTRY_VERIFY(related->count() > 0);
        QListWidgetItem *item = related->item(0);
        const qint64 target = item->data(Qt::UserRole).toLongLong();
        QVERIFY(target != first);
        emit related->itemActivated(item);
        QTRY_COMPARE(window.currentDocument() ? window.currentDocument()->id : 0, target);
        QVERIFY2(window.queryText().startsWith(QStringLiteral("titel:")), qPrintable(window.queryText()));
    }

    // #16, item 11: Shift+Tab from the search field went into the preview, out of sight.
    void shiftTabFromTheSearchGoesToTheFilters()
    {
        MainWindow window(*m_library);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_VERIFY(window.currentDocument().has_value());
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        search->setFocus();
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClick(search, Qt::Key_Backtab, Qt::ShiftModifier);
        QTRY_VERIFY(window.findChild<QWidget *>(QStringLiteral("facetTree"))->hasFocus());
        // #16, item 7: the system adds the program's name; the title names the library, no path.
        QVERIFY(!window.windowTitle().contains(QLatin1Char('/')));
        QVERIFY(!window.windowTitle().contains(QStringLiteral("Smart Region Toolbox")));
    }

    // #16, items 7 and 8: words for people, and a re-import of an unchanged pack says so.
    void wordsForPeople()
    {
        SettingsDialog settings(m_library->path());
        ExportDialog exportDialog(2);
        for (QWidget *dialog : { static_cast<QWidget *>(&settings), static_cast<QWidget *>(&exportDialog) }) {
            for (const QWidget *widget : dialog->findChildren<QWidget *>()) {
                QString text;
                if (const auto *label = qobject_cast<const QLabel *>(widget))
                    text = label->text();
                else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
                    text = button->text();
                for (const char *word :
                     { "--library", "SRTOOLBOX_LIBRARY", "toolbox.json", "index.csv", "manifest" })
                    QVERIFY2(!text.contains(QLatin1String(word), Qt::CaseInsensitive), qPrintable(text));
            }
        }
        MainWindow window(*m_library);
        window.show();
        QTRY_VERIFY(window.resultModel()->total() > 0);
        window.findChild<QAction *>(QStringLiteral("importSamplePackAction"))->trigger();
        QMessageBox *report = nullptr;
        auto reportShown = [&] {
            for (QMessageBox *box : window.findChildren<QMessageBox *>())
                if (box->isVisible())
                    report = box;
            return report != nullptr;
        };
        QTRY_VERIFY_WITH_TIMEOUT(reportShown(), 30000);
        QVERIFY2(report->text().startsWith(QStringLiteral("Nothing changed")), qPrintable(report->text()));
        report->close();
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
        // Declined, the offer stays: the first steps in place of the list, and the File menu (#16, item 8).
        auto *firstSteps = window.findChild<QLabel *>(QStringLiteral("emptyLibraryLabel"));
        QTRY_VERIFY(!firstSteps->isHidden());
        QVERIFY(window.findChild<QTableView *>(QStringLiteral("resultView"))->isHidden());
        QVERIFY(firstSteps->text().contains(QStringLiteral("href=\"sample\"")));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("importSamplePackAction"))->isEnabled());

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
        QVERIFY(label->text().contains(QStringLiteral("suggest:Bürgerbeteiligung")));
        emit label->linkActivated(QStringLiteral("suggest:Bürgerbeteiligung"));
        QCOMPARE(window.queryText(), QStringLiteral("Bürgerbeteiligung"));
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
        // Waits for this search's result: the one document is also the whole list shown at the start.
        QTRY_COMPARE(window.resultModel()->hitAt(0)->page, 2);
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
