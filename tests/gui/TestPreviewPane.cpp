#include "TestPdfWriter.h"
#include "core/i18n/Translations.h"
#include "core/library/Catalog.h"
#include "core/library/Library.h"
#include "core/preview/PdfPageRenderer.h"
#include "gui/preview/DocumentPrinter.h"
#include "gui/preview/PageThumbnails.h"
#include "gui/preview/PreviewPane.h"

#include <QPrinter>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

// The preview's own controls (#16, items 6 and 10); a document in it: TestMainWindow.
class TestPreviewPane : public QObject
{
    Q_OBJECT

private slots:
    void zoomGoesInStepsOfTenToTwentyFivePercent()
    {
        // From any size shown (the fitted width is not a step) to the next step and back.
        for (int percent = 20; percent <= 320; ++percent) {
            const int larger = PreviewPane::zoomStep(percent, 1);
            const int smaller = PreviewPane::zoomStep(percent, -1);
            if (percent < 300) {
                QVERIFY(larger > percent);
                QVERIFY2(larger <= qMax(percent * 1.34, 30.0), qPrintable(QString::number(percent)));
            }
            if (percent > 25)
                QVERIFY(smaller < percent);
        }
        for (int step = 25; step < 300; step = PreviewPane::zoomStep(step, 1)) {
            const double ratio = double(PreviewPane::zoomStep(step, 1)) / step;
            QVERIFY2(ratio >= 1.08 && ratio <= 1.26, qPrintable(QString::number(step)));
        }
        QCOMPARE(PreviewPane::zoomStep(300, 1), 300);
        QCOMPARE(PreviewPane::zoomStep(25, -1), 25);
    }

    // #16, item 6: printing the rendered pages, with a page range.
    void printsTheChosenPages()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("drei.pdf"));
        QVERIFY(TestPdfWriter()
                    .addPage({ QStringLiteral("Seite eins") })
                    .addPage({ QStringLiteral("Seite zwei") })
                    .addPage({ QStringLiteral("Seite drei") })
                    .writeTo(source));
        QPrinter printer(QPrinter::ScreenResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printed = dir.filePath(QStringLiteral("gedruckt.pdf"));
        printer.setOutputFileName(printed);
        QList<int> asked;
        const QString error = DocumentPrinter::print(printer, source, 2, 3, [&asked](int page) {
            asked.append(page);
            return true;
        });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(asked, QList<int>({ 2, 3 }));
        QCOMPARE(PdfPageRenderer::render(printed, 0, 20, {}).pageCount, 2);
        // A page the document does not have is an error that says which.
        QPrinter again(QPrinter::ScreenResolution);
        again.setOutputFormat(QPrinter::PdfFormat);
        again.setOutputFileName(dir.filePath(QStringLiteral("nichts.pdf")));
        QVERIFY(DocumentPrinter::print(again, source, 4, 4).contains(QLatin1String("4")));
    }

    // #16, item 6: page thumbnails beside the page, as in a PDF viewer; a click goes to the page.
    void thumbnailsShowThePagesAndGoThere()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("drei.pdf"));
        QVERIFY(TestPdfWriter()
                    .addPage({ QStringLiteral("Seite eins") })
                    .addPage({ QStringLiteral("Seite zwei") })
                    .addPage({ QStringLiteral("Seite drei") })
                    .writeTo(source));
        PageThumbnails thumbnails;
        thumbnails.show(); // hidden, nothing is rendered
        QVERIFY(QTest::qWaitForWindowExposed(&thumbnails));
        thumbnails.showPages(source, 3);
        QCOMPARE(thumbnails.count(), 3);
        QTRY_COMPARE(thumbnails.renderedPages(), 3);
        // Rendered: the icon is the page (white with text), not the blank placeholder.
        const QImage icon = thumbnails.item(1)->icon().pixmap(thumbnails.iconSize()).toImage();
        QVERIFY(!icon.isNull());
        int marked = 0; // the blank placeholder is one colour; a page has its border and text
        for (int y = 0; y < icon.height(); ++y)
            for (int x = 0; x < icon.width(); ++x)
                marked += icon.pixel(x, y) != icon.pixel(0, 0) ? 1 : 0;
        QVERIFY(marked > 20);
        QSignalSpy chosen(&thumbnails, &PageThumbnails::pageChosen);
        thumbnails.setCurrentPage(2); // the page shown: marked, not reported
        QCOMPARE(thumbnails.currentRow(), 2);
        QCOMPARE(chosen.size(), 0);
        const QRect second = thumbnails.visualItemRect(thumbnails.item(1));
        QTest::mouseClick(thumbnails.viewport(), Qt::LeftButton, {}, second.center());
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().first().toInt(), 1);
        // One page: nothing to show.
        thumbnails.showPages(source, 1);
        QCOMPARE(thumbnails.count(), 1);
    }

    // In the preview: beside the page where the pane is wide enough, and following the page shown.
    void thumbnailsBesideTheWidePage()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("drei.pdf"));
        QVERIFY(TestPdfWriter()
                    .addPage({ QStringLiteral("Seite eins") })
                    .addPage({ QStringLiteral("Seite zwei") })
                    .addPage({ QStringLiteral("Seite drei") })
                    .writeTo(source));
        QString error;
        auto library = Library::open(dir.filePath(QStringLiteral("library")), &error);
        QVERIFY2(library, qPrintable(error));
        DocumentRecord doc;
        bool existed = false;
        QVERIFY(library->store().storeFile(source, &doc.sha256, &existed, &error));
        doc.filename = QStringLiteral("drei.pdf");
        doc.title = QStringLiteral("Drei Seiten");
        doc.format = QStringLiteral("pdf");
        doc.pages = 3;
        QVERIFY(library->catalog().insertDocument(doc, QStringLiteral("Seite eins\fSeite zwei\fSeite drei")));
        PreviewPane pane(*library);
        pane.resize(PreviewPane::ThumbnailsFromWidth + 200, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.showDocument(doc, 1, {});
        auto *thumbnails = pane.findChild<PageThumbnails *>();
        QVERIFY(thumbnails);
        QTRY_VERIFY(thumbnails->isVisible());
        QCOMPARE(thumbnails->count(), 3);
        emit thumbnails->pageChosen(2);
        QTRY_COMPARE(pane.currentPage(), 2);
        QTRY_COMPARE(thumbnails->currentRow(), 2);
        pane.resize(PreviewPane::ThumbnailsFromWidth - 100, 600); // a laptop's narrow pane: the page needs it
        QTRY_VERIFY(!thumbnails->isVisible());
    }

    // The tabs and tool buttons stayed German after switching to English.
    void followsTheLanguage()
    {
        QTemporaryDir dir;
        QString error;
        auto library = Library::open(dir.path(), &error);
        QVERIFY2(library, qPrintable(error));
        Translations::install(QStringLiteral("de"));
        PreviewPane pane(*library);
        auto *tabs = pane.findChild<QTabWidget *>();
        QCOMPARE(tabs->tabText(0), QStringLiteral("&Seite"));
        Translations::install(QStringLiteral("en"));
        QTRY_COMPARE(tabs->tabText(0), QStringLiteral("&Page")); // LanguageChange is posted
        QCOMPARE(tabs->tabText(1), QStringLiteral("&Text"));
        QStringList tips;
        for (const QToolButton *button : pane.findChildren<QToolButton *>())
            tips.append(button->toolTip());
        QVERIFY2(tips.contains(QStringLiteral("Next hit (F3)")), qPrintable(tips.join(QLatin1Char('|'))));
        // F3 is the Search menu's: a button with it too made both ambiguous.
        for (const QToolButton *button : pane.findChildren<QToolButton *>())
            QVERIFY(button->shortcut() != QKeySequence(Qt::Key_F3));
    }
};

QTEST_MAIN(TestPreviewPane)
#include "TestPreviewPane.moc"
