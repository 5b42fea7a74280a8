#include "TestLibraryHelpers.h"
#include "core/i18n/Translations.h"
#include "core/import/Importer.h"
#include "core/library/Library.h"
#include "gui/details/TemporaryCopies.h"
#include "gui/editing/CatalogEditor.h"
#include "gui/editing/EditCommands.h"
#include "gui/exporting/ExportController.h"
#include "gui/main/MainWindow.h"
#include "gui/search/SearchResultModel.h"
#include "gui/settings/AppSettings.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>
#include <unistd.h>

// The window's editing side: tags on many documents with undo, the tag commands, metadata, opening
// and dragging originals, export from the window, saved searches, language switch, window state.
class TestEditing : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<Library> m_library;

    QList<qint64> tagged(const QString &tag) { return m_library->catalog().documentsWithTag(tag); }

    static void waitForEdits(MainWindow &window, QSignalSpy &searches)
    {
        // The edit commits on the editor's thread, then the window searches again.
        QTRY_VERIFY(!window.catalogEditor()->isBusy());
        QTRY_VERIFY(searches.count() > 0);
        searches.clear();
    }

    // Selects the first `count` rows of the result list.
    static void selectRows(MainWindow &window, int count)
    {
        auto *view = window.findChild<QTableView *>(QStringLiteral("resultView"));
        view->setCurrentIndex(window.resultModel()->index(0, 0));
        view->selectionModel()->select(QItemSelection(window.resultModel()->index(0, 0), window.resultModel()->index(count - 1, 0)),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

private slots:
    void initTestCase()
    {
        // Settings go to a folder of this test, never to the user's.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("srtoolbox-test"));
        QCoreApplication::setApplicationName(QStringLiteral("TestEditing"));
        Translations::install(QStringLiteral("en"));
        QString error;
        m_library = Library::open(m_dir.path(), &error);
        QVERIFY2(m_library, qPrintable(error));
        QCOMPARE(Importer(*m_library).run({TestHelpers::samplePackPath()}).totals().added, 37);
    }

    void tagTwoDocumentsThenUndo()
    {
        MainWindow window(*m_library);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy searches(&window, &MainWindow::searchFinished);
        QTRY_COMPARE(window.resultModel()->total(), 37);
        selectRows(window, 2);
        const QList<qint64> ids = window.selectedDocumentIds();
        QCOMPARE(ids.size(), 2);
        searches.clear();

        window.changeTagsOfSelection({QStringLiteral("Prüfen/Eilig")}, {});
        waitForEdits(window, searches);
        QList<qint64> expected = ids;
        std::sort(expected.begin(), expected.end());
        QCOMPARE(tagged(QStringLiteral("prüfen/eilig")), expected); // tags compare case-insensitively
        // The list shows the new tag and the selection stays on the same document.
        const int row = window.resultModel()->rowOfDocument(ids.first());
        QVERIFY(window.resultModel()->hitAt(row)->tags.contains(QStringLiteral("Prüfen/Eilig")));

        // Ctrl+Z from the keyboard undoes it, and removes the tag it had created.
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        waitForEdits(window, searches);
        QVERIFY(tagged(QStringLiteral("Prüfen/Eilig")).isEmpty());
        QVERIFY(!m_library->catalog().tag(QStringLiteral("Prüfen/Eilig")));
        // ... and redo puts it back.
        window.undoStack()->redo();
        waitForEdits(window, searches);
        QCOMPARE(tagged(QStringLiteral("Prüfen/Eilig")), expected);
        window.undoStack()->undo();
        waitForEdits(window, searches);

        // Removing a tag only some of the selection carries, then undo: exactly those get it back.
        const QStringList before0 = m_library->catalog().documentTags(ids.at(0));
        const QStringList before1 = m_library->catalog().documentTags(ids.at(1));
        QVERIFY(!before0.isEmpty());
        window.changeTagsOfSelection({}, {before0.first()});
        waitForEdits(window, searches);
        QVERIFY(!m_library->catalog().documentTags(ids.at(0)).contains(before0.first()));
        window.undoStack()->undo();
        waitForEdits(window, searches);
        QCOMPARE(m_library->catalog().documentTags(ids.at(0)), before0);
        QCOMPARE(m_library->catalog().documentTags(ids.at(1)), before1);
    }

    void tagCommandsUndo()
    {
        CatalogEditor editor(*m_library);
        QUndoStack stack;
        auto settle = [&] { editor.waitForDone(); QCoreApplication::processEvents(); };
        Catalog &catalog = m_library->catalog();
        const QList<qint64> all = catalog.documentIds();
        QVERIFY(all.size() >= 4);

        stack.push(new TagDocumentsCommand(&editor, TagDocumentsCommand::Add, {all[0], all[1]}, QStringLiteral("Alt")));
        stack.push(new TagDocumentsCommand(&editor, TagDocumentsCommand::Add, {all[1], all[2]}, QStringLiteral("Neu")));
        stack.push(new RecolorTagCommand(&editor, QStringLiteral("Alt"), QStringLiteral("#cc0000")));
        settle();
        QCOMPARE(catalog.tag(QStringLiteral("Alt"))->color, QStringLiteral("#cc0000"));

        // Rename carries nested tags along; undo renames back.
        stack.push(new TagDocumentsCommand(&editor, TagDocumentsCommand::Add, {all[3]}, QStringLiteral("Alt/Kind")));
        stack.push(new RenameTagCommand(&editor, QStringLiteral("Alt"), QStringLiteral("Älter")));
        settle();
        QVERIFY(!catalog.tag(QStringLiteral("Alt")));
        QCOMPARE(catalog.documentsWithTag(QStringLiteral("Älter/Kind")), QList<qint64>{all[3]});
        stack.undo();
        settle();
        QCOMPARE(catalog.documentsWithTag(QStringLiteral("Alt/Kind")), QList<qint64>{all[3]});

        // Merge "Alt" into "Neu": all[0..2] carry Neu; undo restores both sets exactly, color included.
        stack.push(new MergeTagCommand(&editor, QStringLiteral("Alt"), QStringLiteral("Neu")));
        settle();
        QVERIFY(!catalog.tag(QStringLiteral("Alt")));
        QCOMPARE(catalog.documentsWithTag(QStringLiteral("Neu")), (QList<qint64>{all[0], all[1], all[2]}));
        stack.undo();
        settle();
        QCOMPARE(catalog.documentsWithTag(QStringLiteral("Alt")), (QList<qint64>{all[0], all[1]}));
        QCOMPARE(catalog.documentsWithTag(QStringLiteral("Neu")), (QList<qint64>{all[1], all[2]}));
        QCOMPARE(catalog.tag(QStringLiteral("Alt"))->color, QStringLiteral("#cc0000"));

        // Delete a used tag, undo brings tag and assignments back.
        stack.push(new DeleteTagCommand(&editor, QStringLiteral("Neu")));
        settle();
        QVERIFY(!catalog.tag(QStringLiteral("Neu")));
        stack.undo();
        settle();
        QCOMPARE(catalog.documentsWithTag(QStringLiteral("Neu")), (QList<qint64>{all[1], all[2]}));

        // Create an empty tag; undo deletes it.
        stack.push(new CreateTagCommand(&editor, QStringLiteral("Leer"), QStringLiteral("#00aa00")));
        settle();
        QVERIFY(catalog.tag(QStringLiteral("Leer")));
        stack.undo();
        settle();
        QVERIFY(!catalog.tag(QStringLiteral("Leer")));

        // Undo everything: the library is as before the test.
        while (stack.canUndo())
            stack.undo();
        settle();
        for (const char *name : {"Alt", "Neu", "Alt/Kind", "Älter"})
            QVERIFY2(!catalog.tag(QString::fromUtf8(name)), name);

        // A failing edit reports why and changes nothing.
        QSignalSpy failures(&editor, &CatalogEditor::failed);
        stack.push(new RenameTagCommand(&editor, QStringLiteral("gibt es nicht"), QStringLiteral("x")));
        settle();
        QTRY_COMPARE(failures.count(), 1);
        QVERIFY(failures.first().at(1).toString().contains(QStringLiteral("gibt es nicht")));
    }

    void editMetadataThenUndo()
    {
        CatalogEditor editor(*m_library);
        QUndoStack stack;
        const qint64 id = m_library->catalog().documentIds().first();
        const DocumentRecord before = *m_library->catalog().document(id);
        DocumentRecord after = before;
        after.title = QStringLiteral("Geänderter Titel Quokka");
        after.year = 2031;
        // Typed (or pasted) control and direction characters are cleaned as a pack's values are.
        after.category = QStringLiteral("Neue\x1b[2J Kategorie\u202E");
        stack.push(new EditMetadataCommand(&editor, before, after));
        editor.waitForDone();
        const DocumentRecord stored = *m_library->catalog().document(id);
        QCOMPARE(stored.title, after.title);
        QCOMPARE(stored.year, 2031);
        QCOMPARE(stored.category, QStringLiteral("Neue[2J Kategorie"));
        // The new title is searchable at once.
        MainWindow window(*m_library);
        window.setQueryText(QStringLiteral("quokka"));
        window.search();
        QTRY_COMPARE(window.resultModel()->total(), 1);
        stack.undo();
        editor.waitForDone();
        QCOMPARE(m_library->catalog().document(id)->title, before.title);
        QCOMPARE(m_library->catalog().document(id)->year, before.year);
        window.search();
        QTRY_COMPARE(window.resultModel()->total(), 0);
    }

    void originalAndDragCarryTheOriginalName()
    {
        const DocumentRecord doc = m_library->catalog().documents().first();
        TemporaryCopies copies(*m_library);
        QString error;
        const QStringList files = copies.copy({doc.id}, &error);
        QCOMPARE(files.size(), 1);
        QCOMPARE(QFileInfo(files.first()).fileName(), doc.filename);
        QFile file(files.first());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()), doc.sha256);
        QVERIFY(!QFileInfo(files.first()).isWritable() || geteuid() == 0); // read-only (root writes anyway)

        // Dragging two rows gives two file URLs with the original names.
        MainWindow window(*m_library);
        QTRY_COMPARE(window.resultModel()->total(), 37);
        const QModelIndexList rows{window.resultModel()->index(0, 0), window.resultModel()->index(1, 0)};
        QVERIFY(window.resultModel()->flags(rows.first()) & Qt::ItemIsDragEnabled);
        std::unique_ptr<QMimeData> mime(window.resultModel()->mimeData(rows));
        QVERIFY(mime);
        QCOMPARE(mime->urls().size(), 2);
        QCOMPARE(QFileInfo(mime->urls().at(0).toLocalFile()).fileName(), window.resultModel()->hitAt(0)->filename);
        QVERIFY(QFileInfo::exists(mime->urls().at(1).toLocalFile()));
    }

    void exportFromTheWindow()
    {
        MainWindow window(*m_library);
        window.setQueryText(QStringLiteral("format:pdf"));
        window.search();
        QTRY_VERIFY(window.resultModel()->total() > 0);
        const int hits = int(window.resultModel()->total());
        auto *exporter = window.findChild<ExportController *>();
        QVERIFY(exporter);
        QTemporaryDir target;
        QSignalSpy done(exporter, &ExportController::finished);
        exporter->exportFiles({}, window.queryText(), true, target.filePath(QStringLiteral("auswahl.zip")), {});
        QTRY_COMPARE(done.count(), 1);
        auto result = done.first().first().value<Exporter::Result>();
        QVERIFY2(result.ok(), qPrintable(result.error + result.problems.join(QLatin1Char('\n'))));
        QCOMPARE(result.written.size(), hits); // the members besides toolbox.json and index.csv
        QVERIFY(QFileInfo(target.filePath(QStringLiteral("auswahl.zip"))).size() > 0);

        // The result list as CSV: a header and one line per hit, for a German spreadsheet.
        done.clear();
        const QString csv = target.filePath(QStringLiteral("liste.csv"));
        exporter->exportCsv({}, window.queryText(), csv);
        QTRY_COMPARE(done.count(), 1);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFTitel;Datei;"));
        QCOMPARE(bytes.count("\r\n"), hits + 1);
    }

    void savedSearchesAndHistory()
    {
        MainWindow window(*m_library);
        window.saveSearch(QStringLiteral("LoRa-Vorlagen"), QStringLiteral("LoRaWAN typ:Mustertext"));
        QCOMPARE(AppSettings::savedSearches().size(), 1);
        auto *facets = window.findChild<QTreeWidget *>(QStringLiteral("facetTree"));
        QTRY_VERIFY(facets->topLevelItemCount() > 0);
        QTreeWidgetItem *saved = facets->topLevelItem(0)->child(0);
        QVERIFY(saved);
        QCOMPARE(saved->text(0), QStringLiteral("LoRa-Vorlagen"));
        emit facets->itemActivated(saved, 0);
        QCOMPARE(window.queryText(), QStringLiteral("LoRaWAN typ:Mustertext"));
        QTRY_VERIFY(window.resultModel()->total() > 0);
        window.removeSavedSearch(QStringLiteral("LoRa-Vorlagen"));
        QVERIFY(AppSettings::savedSearches().isEmpty());

        // Return in the search field remembers the query for completion.
        auto *edit = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        edit->setText(QStringLiteral("Datenschutz"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(AppSettings::searchHistory().first(), QStringLiteral("Datenschutz"));
    }

    void switchingTheLanguageRetranslates()
    {
        MainWindow window(*m_library);
        QTRY_COMPARE(window.resultModel()->total(), 37);
        auto *menuBar = window.menuBar();
        QCOMPARE(menuBar->actions().first()->text(), QStringLiteral("&File"));
        Translations::install(QStringLiteral("de"));
        QTRY_COMPARE(menuBar->actions().first()->text(), QStringLiteral("&Datei"));
        QCOMPARE(window.resultModel()->headerData(SearchResultModel::Title, Qt::Horizontal).toString(), QStringLiteral("Titel"));
        auto *facets = window.findChild<QTreeWidget *>(QStringLiteral("facetTree"));
        auto headings = [facets] {
            QStringList texts;
            for (int i = 0; i < facets->topLevelItemCount(); ++i)
                texts.append(facets->topLevelItem(i)->text(0));
            return texts;
        };
        QTRY_VERIFY2(headings().contains(QStringLiteral("Kategorien")), qPrintable(headings().join(QLatin1Char(','))));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Dokumente")));
        auto *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
        QVERIFY(undo);
        Translations::install(QStringLiteral("en"));
        QTRY_COMPARE(menuBar->actions().first()->text(), QStringLiteral("&File"));
    }

    void windowStateIsRemembered()
    {
        QSize remembered;
        {
            MainWindow window(*m_library);
            // A size that fits the (offscreen) screen: larger ones are fitted to it.
            remembered = window.screen()->availableGeometry().size() - QSize(111, 77);
            window.resize(remembered);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.close();
        }
        MainWindow again(*m_library);
        QCOMPARE(again.size(), remembered);
    }

    void theWindowFitsTheScreen_data()
    {
        QTest::addColumn<QRect>("window");
        QTest::addColumn<QRect>("available");
        QTest::addColumn<QRect>("fitted");
        // The first window (the default size) on a municipal laptop, the smallest screen, a large one.
        QTest::newRow("1366×768") << QRect(0, 0, 1280, 800) << QRect(0, 0, 1366, 768) << QRect(0, 0, 1280, 720);
        QTest::newRow("1280×720 with a panel") << QRect(0, 0, 1280, 800) << QRect(0, 30, 1280, 690)
                                              << QRect(0, 30, 1264, 642);
        QTest::newRow("1920×1080") << QRect(100, 80, 1280, 800) << QRect(0, 0, 1920, 1080) << QRect(100, 80, 1280, 800);
        // Remembered on a larger screen, placed beyond this one's edge.
        QTest::newRow("from a larger screen") << QRect(700, 400, 1600, 1000) << QRect(0, 0, 1366, 768)
                                              << QRect(0, 0, 1350, 720);
    }

    void theWindowFitsTheScreen()
    {
        QFETCH(QRect, window);
        QFETCH(QRect, available);
        QFETCH(QRect, fitted);
        QCOMPARE(MainWindow::fittedToScreen(window, available), fitted);
    }

    // #16, item 6: file dialogs open where the last one was left, home when that folder is gone.
    void fileDialogsRememberTheFolder()
    {
        QTemporaryDir folder;
        AppSettings::setLastFolder(folder.filePath(QStringLiteral("Liste.csv")));
        QCOMPARE(AppSettings::lastFolder(), QDir(folder.path()).absolutePath());
        AppSettings::setLastFolder(folder.path());
        QCOMPARE(AppSettings::lastFolder(), QDir(folder.path()).absolutePath());
        folder.remove();
        QCOMPARE(AppSettings::lastFolder(), QDir::homePath());
    }

    // #16, item 3: at 1920×1080 the first window (1280×800) cut titles beside an empty third.
    void theFirstWindowUsesTheScreen()
    {
        QCOMPARE(MainWindow::firstGeometry(QRect(0, 0, 1366, 768)), QRect(8, 24, 1350, 720));
        QCOMPARE(MainWindow::firstGeometry(QRect(0, 0, 1920, 1080)), QRect(60, 24, 1800, 1032));
        QCOMPARE(MainWindow::firstGeometry(QRect(0, 0, 2560, 1440)), QRect(380, 170, 1800, 1100));
    }
};

QTEST_MAIN(TestEditing)
#include "TestEditing.moc"
