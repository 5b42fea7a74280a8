#include "TestLibraryHelpers.h"
#include "core/import/Importer.h"
#include "core/library/Library.h"
#include "gui/details/MetadataDialog.h"
#include "gui/exporting/ExportDialog.h"
#include "gui/main/MainWindow.h"
#include "gui/preview/PreviewPane.h"
#include "gui/search/QueryHelpDialog.h"
#include "gui/search/ResultItemDelegate.h"
#include "gui/search/SearchResultModel.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/tags/TagEditDialog.h"
#include "gui/tags/TagManagerDialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>
#include <QTimer>
#include <QUndoStack>

// The clerk's main path on a 1366×768 laptop screen (the offscreen platform configured to that
// size in main() below): the window and every dialog fit; search, see why a document matched, read
// it on the hit's page with the current query's highlights, F3 to the next hit, search again, tag
// three documents, undo, export two to a folder.
class TestClerkPath : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<Library> m_library;

    static QRect available() { return QGuiApplication::primaryScreen()->availableGeometry(); }

    static void verifyFits(QWidget *widget)
    {
        QVERIFY(QTest::qWaitForWindowExposed(widget));
        const QRect frame = widget->frameGeometry();
        QVERIFY2(available().contains(frame),
                 qPrintable(QStringLiteral("%1 at %2,%3 %4×%5 is not inside the screen")
                                .arg(widget->metaObject()->className())
                                .arg(frame.x())
                                .arg(frame.y())
                                .arg(frame.width())
                                .arg(frame.height())));
    }

    int rowOf(MainWindow &window, const QString &title)
    {
        for (int row = 0; row < window.resultModel()->rowCount(); ++row) {
            if (window.resultModel()->hitAt(row)->title.startsWith(title))
                return row;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("srtoolbox-test"));
        QCoreApplication::setApplicationName(QStringLiteral("TestClerkPath"));
        QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(), QSize(1366, 768));
        QString error;
        m_library = Library::open(m_dir.filePath(QStringLiteral("library")), &error);
        QVERIFY2(m_library, qPrintable(error));
        QCOMPARE(Importer(*m_library).run({ TestHelpers::samplePackPath() }).totals().added, 37);
    }

    void mainPath()
    {
        MainWindow window(*m_library);
        QAbstractItemModelTester tester(window.resultModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        verifyFits(&window);
        QTRY_COMPARE(window.resultModel()->total(), 37);

        // Search as she types it.
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        auto *view = window.findChild<QTableView *>(QStringLiteral("resultView"));
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("Straßenbeleuchtung"));
        QTRY_VERIFY(window.resultModel()->total() > 0 && window.resultModel()->total() < 37);

        // The hit's snippet is on screen: the row spans the list, and the first marked word lies
        // within the snippet's lines at that width.
        const int row = rowOf(window, QStringLiteral("Förderantrag"));
        QVERIFY(row >= 0);
        const SearchHit hit = *window.resultModel()->hitAt(row);
        view->scrollTo(window.resultModel()->index(row, 0));
        const QRect cell = view->visualRect(window.resultModel()->index(row, 0));
        QVERIFY(view->viewport()->rect().contains(cell));
        QVERIFY2(cell.width() >= view->viewport()->width() - 2, "the hit does not span the list");
        const ResultItemDelegate::MarkedText marked = ResultItemDelegate::markedText(hit.snippet);
        QVERIFY(!marked.marks.isEmpty());
        QTextLayout layout(marked.text, view->font());
        bool elided = false;
        ResultItemDelegate::layoutSnippet(layout, cell.width() - 10, &elided);
        const QTextLine last = layout.lineAt(layout.lineCount() - 1);
        QVERIFY2(marked.marks.first().first + marked.marks.first().second
                     <= last.textStart() + last.textLength(),
                 "the marked word is past the snippet's lines");

        // The preview on the hit's page with this query's highlights.
        view->setFocus();
        view->setCurrentIndex(window.resultModel()->index(row, 0));
        PreviewPane *preview = window.previewPane();
        QTRY_VERIFY(preview->isShowingPage() && window.currentDocument()
                    && window.currentDocument()->id == hit.id);
        QCOMPARE(preview->currentPage(), hit.page - 1);
        QTRY_VERIFY(preview->hitsOnPage() > 0);
        QVERIFY(preview->terms()
                    .join(QLatin1Char(' '))
                    .contains(QStringLiteral("straßenbeleuchtung"), Qt::CaseInsensitive));

        // F3: the next hit, on this page or a later one.
        QTRY_VERIFY(!preview->hitPages().isEmpty());
        auto place = [preview] { return preview->currentPage() * 1000 + preview->hitOnPage(); };
        const int before = place();
        QTest::keyClick(view, Qt::Key_F3);
        QTRY_VERIFY(place() != before);
        QTRY_VERIFY(preview->hitsOnPage() > 0);
        QTest::keyClick(view, Qt::Key_F3, Qt::ShiftModifier);
        QTRY_COMPARE(place(), before);

        // A second search that still finds the document: the highlights follow the query.
        search->selectAll();
        QTest::keyClicks(search, QStringLiteral("LoRaWAN"));
        QTRY_VERIFY(
            preview->terms().join(QLatin1Char(' ')).contains(QStringLiteral("lorawan"), Qt::CaseInsensitive));
        QVERIFY(!preview->terms()
                     .join(QLatin1Char(' '))
                     .contains(QStringLiteral("straßenbeleuchtung"), Qt::CaseInsensitive));
        QCOMPARE(window.currentDocument()->id, hit.id);
        QTRY_VERIFY(preview->isShowingPage() && preview->hitsOnPage() > 0);

        // Tag three documents: one step, the three stay selected, the status bar says so.
        QTRY_VERIFY(window.resultModel()->rowCount() >= 3);
        view->selectionModel()->select(
            QItemSelection(window.resultModel()->index(0, 0), window.resultModel()->index(2, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QList<qint64> three = window.selectedDocumentIds();
        QCOMPARE(three.size(), 3);
        window.changeTagsOfSelection({ QStringLiteral("Geprüft") }, {});
        auto tagged = [&] {
            for (qint64 id : three) {
                const int r = window.resultModel()->rowOfDocument(id);
                if (r < 0 || !window.resultModel()->hitAt(r)->tags.contains(QStringLiteral("Geprüft")))
                    return false;
            }
            return true;
        };
        QTRY_VERIFY(tagged());
        QTRY_COMPARE(view->selectionModel()->selectedRows().size(), 3);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("3")));
        auto *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
        QVERIFY2(undo->text().contains(QLatin1Char(':')), qPrintable(undo->text()));

        // Undo.
        undo->trigger();
        QTRY_VERIFY(!window.resultModel()
                         ->hitAt(window.resultModel()->rowOfDocument(three.first()))
                         ->tags.contains(QStringLiteral("Geprüft")));

        // Export two to a folder; the result offers to open it.
        view->selectionModel()->select(
            QItemSelection(window.resultModel()->index(0, 0), window.resultModel()->index(1, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QString target = m_dir.filePath(QStringLiteral("export"));
        QDir().mkpath(target);
        bool dialogFitted = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialogFitted = available().contains(dialog->frameGeometry());
            dialog->setTarget(false, target);
            dialog->accept();
        });
        window.exportSelected();
        QVERIFY(dialogFitted);
        QPushButton *openFolder = nullptr;
        QTRY_VERIFY((openFolder = window.findChild<QPushButton *>(QStringLiteral("openFolderButton"))));
        QCOMPARE(QDir(target).entryList(QDir::Files).size(), 2);
        openFolder->parentWidget()->window()->close();
    }

    void everyDialogFits()
    {
        MainWindow window(*m_library);
        window.show();
        QTRY_VERIFY(window.currentDocument().has_value());
        const DocumentRecord doc = *window.currentDocument();
        QList<QWidget *> dialogs {
            new TagEditDialog({ doc.tags },
                              { QStringLiteral("Datenschutz"), QStringLiteral("Mobilität/Parken") }, &window),
            new MetadataDialog(doc, {}, &window),
            new ExportDialog(2, &window),
            new SettingsDialog(m_library->path(), &window),
            new QueryHelpDialog(&window),
            new TagManagerDialog(window.undoStack(), window.catalogEditor(), &window),
        };
        for (QWidget *dialog : dialogs) {
            dialog->show();
            verifyFits(dialog);
            dialog->close();
            delete dialog;
        }
    }
};

int main(int argc, char **argv)
{
    // The offscreen platform with one 1366×768 screen, as a common office laptop.
    QTemporaryDir config;
    const QString file = config.filePath(QStringLiteral("screens.json"));
    QFile json(file);
    if (!json.open(QIODevice::WriteOnly)
        || json.write(
               R"({ "screens": [ { "name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96 } ] })")
            < 0)
        return 1;
    json.close();
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + QFile::encodeName(file));
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestClerkPath test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestClerkPath.moc"
