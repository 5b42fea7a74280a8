#include "gui/main/MainWindow.h"

#include "core/convert/PageBuilder.h"
#include "core/i18n/Translations.h"
#include "core/library/Library.h"
#include "core/library/TagNames.h"
#include "core/search/Searcher.h"
#include "core/templating/MunicipalityProfile.h"
#include "gui/async/AsyncTask.h"
#include "gui/details/DetailsSplitter.h"
#include "gui/details/MetadataDialog.h"
#include "gui/details/RelatedDocumentsList.h"
#include "gui/details/TemporaryCopies.h"
#include "gui/editing/CatalogEditor.h"
#include "gui/editing/EditCommands.h"
#include "gui/exporting/ExportController.h"
#include "gui/exporting/ExportDialog.h"
#include "gui/importing/ImportController.h"
#include "gui/importing/PageController.h"
#include "gui/main/WindowLayout.h"
#include "gui/personal/PersonalMarks.h"
#include "gui/personal/PersonalNoteEdit.h"
#include "gui/personal/RecentDocuments.h"
#include "gui/preview/PreviewPane.h"
#include "gui/publishing/PublishController.h"
#include "gui/publishing/VersionWatcher.h"
#include "gui/search/FacetTree.h"
#include "gui/search/QueryHelpDialog.h"
#include "gui/search/QueryText.h"
#include "gui/search/ResultItemDelegate.h"
#include "gui/search/SearchConnections.h"
#include "gui/search/SearchResultModel.h"
#include "gui/settings/AppSettings.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/tags/TagEditDialog.h"
#include "gui/tags/TagManagerDialog.h"
#include "gui/templating/UseTemplateDialog.h"
#include "gui/text/DisplayText.h"
#include "ui_MainWindow.h"

#include <QAbstractButton>
#include <QBoxLayout>
#include <QCloseEvent>
#include <QCompleter>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QStringListModel>
#include <QThreadPool>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

namespace {
constexpr int PageSize = 200;       // rows fetched each time the view scrolls to the end
// Rows fetched by a new search: more than the tallest list shows (about 30 at 1920×1080), fewer
// than a page: with the page cache dropped each row is a disk read (the rows lie between the
// documents' text), and 200 of them made a cold start take 1.2 s at 100,000 documents.
constexpr int FirstPageSize = 50;
constexpr int SearchDelayMs = 250; // search as you type, once typing pauses

SearchResult runQuery(SearchConnections *connections, const SearchRequest &request)
{
    QString error;
    std::unique_ptr<SqliteDatabase> db = connections->take(&error);
    if (!db) {
        SearchResult failed;
        failed.error = error;
        return failed;
    }
    SearchResult result = Searcher(*db).search(request);
    connections->give(std::move(db));
    return result;
}

std::optional<DocumentRecord> loadDocument(const Library *library, qint64 id)
{
    auto db = library->openConnection(nullptr);
    return db ? Catalog(*db).document(id) : std::nullopt;
}

QList<TagRecord> loadTags(const Library *library)
{
    auto db = library->openConnection(nullptr);
    return db ? Catalog(*db).tags() : QList<TagRecord>();
}

// Local files and folders of a drop; empty when anything else is dropped.
QStringList localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            return {};
        paths.append(url.toLocalFile());
    }
    return paths;
}
} // namespace

MainWindow::MainWindow(Library &library, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_library(library)
    , m_model(new SearchResultModel(this))
    , m_preview(new PreviewPane(library, this))
    , m_related(new RelatedDocumentsList(library, this))
    , m_importer(new ImportController(library, this))
    , m_pages(new PageController(library, this))
    , m_exporter(new ExportController(library, this))
    , m_editor(new CatalogEditor(library, this))
    , m_publisher(new PublishController(library, this))
    , m_personal(new PersonalMarks(this))
    , m_recent(new RecentDocuments(this))
    , m_undoStack(new QUndoStack(this))
    , m_copies(std::make_unique<TemporaryCopies>(library))
    , m_connections(std::make_unique<SearchConnections>(library))
    , m_searchDelay(new QTimer(this))
    , m_history(new QStringListModel(AppSettings::searchHistory(), this))
{
    m_ui->setupUi(this);
    setupPanes();
    setupResultView();
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    auto *completer = new QCompleter(m_history, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->searchEdit->setCompleter(completer);
    setAcceptDrops(!library.isReadOnly());
    m_undoStack->setUndoLimit(200);

    setupActions();
    retranslate();
    setupTabOrder();
    restoreWindowState();
    listenForDamage();
    connectSearch();
    connectDocumentJobs();
    updateActions();
    refreshTags();
    search();
}

// The preview with its details below it, beside the filters and the results.
void MainWindow::setupPanes()
{
    m_ui->previewHostLayout->addWidget(m_preview);
    // The details scroll below the page view instead of squeezing it (a 1366×768 laptop).
    auto *details = new DetailsSplitter(m_ui->previewHost, m_ui->previewPanel);
    details->addDetail(m_ui->metadataLabel);
    details->addDetail(m_related);
    details->addDetail(m_personal->noteEditor());
    m_ui->mainSplitter->setSizes(
        { WindowLayout::FilterPaneWidth, WindowLayout::ResultPaneWidth, WindowLayout::PreviewPaneWidth });
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setStretchFactor(2, 1); // a wide screen widens the preview too
}

void MainWindow::setupResultView()
{
    m_ui->resultView->setModel(m_model);
    // One column drawn as a search result (title, snippet, metadata, tags): the marked words are
    // in view at any width. The other columns stay in the model for the delegate, the CSV and
    // the tests; sorting is the search's job (the sort box).
    m_ui->resultView->setItemDelegateForColumn(SearchResultModel::Title, new ResultItemDelegate(this));
    for (int column = SearchResultModel::Title + 1; column < SearchResultModel::ColumnCount; ++column)
        m_ui->resultView->setColumnHidden(column, true);
    m_ui->resultView->horizontalHeader()->setSectionResizeMode(SearchResultModel::Title,
                                                               QHeaderView::Stretch);
    m_ui->resultView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->resultView->verticalHeader()->setDefaultSectionSize(
        ResultItemDelegate::rowHeight(m_ui->resultView->font()));
    m_ui->resultView->setDragEnabled(true);
    m_ui->resultView->setDragDropMode(QAbstractItemView::DragOnly);
    m_ui->resultView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_model->setFileProvider([this](const QList<qint64> &ids) {
        // A drag needs the files before it starts; these are the documents at hand, copied once.
        QString error;
        const QStringList files = m_copies->copy(ids, &error);
        if (files.isEmpty())
            statusBar()->showMessage(tr("Cannot drag the files: %1").arg(DisplayText::elided(error)));
        return files;
    });
}

void MainWindow::listenForDamage()
{
    // Damage met by any job (search, details, edits, the background check) on its worker thread
    // comes here once, queued to this thread.
    QPointer<MainWindow> self(this);
    m_library.setDamageListener([self](const QString &) {
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self] {
            if (self)
                self->offerRepair();
        }, Qt::QueuedConnection);
    });
}

// The search field, the sort box, the filters and the links of the notes above the results.
void MainWindow::connectSearch()
{
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::search);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this] {
        // Typing: the list keeps the last result until the new one is there, and says so.
        m_searchDelay->start();
        m_editNote.clear();
        statusBar()->showMessage(tr("Searching…"));
    });
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        rememberQuery();
        search();
    });
    connect(m_model, &SearchResultModel::moreRequested, this, &MainWindow::runSearch);
    connect(m_ui->resultView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showPreview);
    connect(m_ui->resultView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_ui->sortCombo, qOverload<int>(&QComboBox::activated), this, [this] {
        // The whole result is sorted by the search, not the rows loaded so far.
        m_sort = SearchRequest::Sort(m_ui->sortCombo->currentData().toInt());
        search();
    });
    // Double-click and Return open the document, as in a file manager or a mail program.
    connect(m_ui->resultView, &QAbstractItemView::activated, this, &MainWindow::openOriginal);
    connect(m_ui->facetTree, &FacetTree::filterChosen, this, &MainWindow::toggleFilter);
    connect(m_ui->facetTree, &FacetTree::savedSearchChosen, this, [this](const QString &query) {
        setQueryText(query);
        search();
    });
    connect(m_ui->facetTree, &FacetTree::savedSearchRemoveRequested, this, &MainWindow::removeSavedSearch);
    connect(m_ui->suggestionLabel, &QLabel::linkActivated, this, &MainWindow::followQueryLink);
    connect(m_ui->filterLabel, &QLabel::linkActivated, this, &MainWindow::followQueryLink);
    connect(m_ui->emptyLibraryLabel, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("sample"))
            m_ui->importSamplePackAction->trigger();
        else if (link == QLatin1String("import"))
            m_ui->importAction->trigger();
        else if (link == QLatin1String("settings"))
            showSettings();
    });
}

// Imports, page runs, edits and the buttons under the details.
void MainWindow::connectDocumentJobs()
{
    connect(m_importer, &ImportController::finished, this, [this] {
        refreshTags();
        search();
        m_pages->start(); // the new office documents' pages, after their text
    });
    // Pages made: hits of office documents name their page now.
    connect(m_pages, &PageController::pagesMade, this, [this] { search(); });
    // A related document is looked up by its title (the query shows what happened) and selected.
    connect(m_related, &RelatedDocumentsList::documentActivated, this, [this](qint64 id) {
        if (const std::optional<DocumentRecord> doc = m_library.catalog().document(id))
            findDocument(*doc);
    });
    statusBar()->addPermanentWidget(m_pages->statusWidget());
    m_pages->start(); // what an earlier session left queued
    connect(m_editor, &CatalogEditor::changed, this, &MainWindow::afterEdit);
    connect(m_editor, &CatalogEditor::failed, this, [this](const QString &what, const QString &error) {
        DisplayText::warning(this, tr("Edit failed"), tr("%1 failed: %2").arg(what, error));
        afterEdit();
    });
    connect(m_ui->editDetailsButton, &QPushButton::clicked, this, &MainWindow::editDetails);
    connect(m_ui->editTagsButton, &QPushButton::clicked, this, &MainWindow::editTags);
    connect(m_ui->openOriginalButton, &QPushButton::clicked, this, &MainWindow::openOriginal);
    connect(m_ui->useTemplateButton, &QPushButton::clicked, this, &MainWindow::useTemplate);
    connect(m_ui->queryHelpButton, &QToolButton::clicked, this, &MainWindow::showQueryHelp);
}

MainWindow::~MainWindow()
{
    m_library.setDamageListener({});
    // The stack clears itself when the children go, after the undo and redo actions: its texts
    // must no longer reach them.
    m_undoStack->disconnect();
    // Jobs on worker threads use the library, which the caller closes after this window: an edit
    // in flight is committed, an import or export is cancelled (both clean up), and every search,
    // page render and copy finishes before the window is gone.
    m_importer->cancel();
    m_pages->cancel();
    m_exporter->cancel();
    m_publisher->cancel();
    m_editor->waitForDone();
    QThreadPool::globalInstance()->waitForDone();
}

QString MainWindow::queryText() const
{
    return m_ui->searchEdit->text();
}

void MainWindow::setQueryText(const QString &text)
{
    m_ui->searchEdit->setText(text);
}

void MainWindow::toggleFilter(const QString &field, const QString &value)
{
    const QString token = FacetTree::filterToken(field, value);
    QString query = queryText();
    if (query.contains(token, Qt::CaseInsensitive))
        query.remove(token, Qt::CaseInsensitive); // a second click widens again
    else
        query = query.trimmed() + QLatin1Char(' ') + token;
    setQueryText(query.simplified());
    search();
}

void MainWindow::setupTabOrder()
{
    // Left to right as the window reads: the search row, the notes under it, the results, the
    // preview and its details, the filters; and round again. The preview was made before the form:
    // without this, Shift+Tab from the search field went into it, out of sight.
    QList<QWidget *> chain { m_ui->searchEdit,  m_ui->queryHelpButton, m_ui->sortCombo,
                             m_ui->filterLabel, m_ui->suggestionLabel, m_ui->emptyLibraryLabel,
                             m_ui->resultView };
    const auto focusable = [&chain](const QWidget *parent) {
        for (QWidget *widget : parent->findChildren<QWidget *>()) {
            if ((widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy())
                chain.append(widget);
        }
    };
    focusable(m_preview);
    chain.append(
        { m_ui->editDetailsButton, m_ui->editTagsButton, m_ui->openOriginalButton, m_ui->useTemplateButton });
    focusable(m_related);
    focusable(m_personal->noteEditor());
    focusable(m_pages->statusWidget()); // the status bar's pause button, while pages are made
    chain.append(m_ui->facetTree); // last: Shift+Tab from the search field goes to the filters
    for (int i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

void MainWindow::followQueryLink(const QString &link)
{
    const QString target = link.section(QLatin1Char(':'), 1);
    if (link.startsWith(QLatin1String("suggest:")))
        setQueryText(QueryText::withSuggestion(queryText(), target));
    else if (link.startsWith(QLatin1String("drop:")))
        setQueryText(QueryText::withoutFilter(queryText(), target));
    else if (link.startsWith(QLatin1String("help:"))) {
        showQueryHelp();
        return;
    }
    rememberQuery();
    search();
}

QList<qint64> MainWindow::selectedDocumentIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_ui->resultView->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        if (const SearchHit *hit = m_model->hitAt(row.row()))
            ids.append(hit->id);
    }
    if (ids.isEmpty() && m_current)
        ids.append(m_current->id);
    return ids;
}

void MainWindow::setupActions()
{
    setupUndoActions();
    connectFileActions();
    setupTeamActions();
    connectSearchActions();
    // The result list's context menu: what can be done with the selection.
    m_ui->resultView->addActions({ m_ui->openOriginalAction, m_ui->showInFolderAction,
                                   m_ui->useTemplateAction, m_ui->editTagsAction, m_ui->editDetailsAction,
                                   m_ui->exportSelectedAction });
}

// Undo and redo in the Edit menu, their texts naming the step.
void MainWindow::setupUndoActions()
{
    QAction *undo = m_undoStack->createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this);
    redo->setShortcut(QKeySequence::Redo);
    // "Undo: Change tags of 3 documents" (the stack's own text has no colon and is Qt's).
    auto undoText = [undo, redo, this] {
        const QString undoStep = m_undoStack->undoText();
        const QString redoStep = m_undoStack->redoText();
        // The commands' texts are action texts already (EditCommands).
        undo->setText(undoStep.isEmpty() ? tr("Undo") : tr("Undo: %1").arg(undoStep));
        redo->setText(redoStep.isEmpty() ? tr("Redo") : tr("Redo: %1").arg(redoStep));
    };
    connect(m_undoStack, &QUndoStack::undoTextChanged, undo, undoText);
    connect(m_undoStack, &QUndoStack::redoTextChanged, redo, undoText);
    connect(this, &MainWindow::languageChanged, undo, undoText);
    undoText();
    m_ui->editMenu->insertActions(m_ui->editTagsAction, {undo, redo, m_ui->editMenu->insertSeparator(m_ui->editTagsAction)});
    undo->setObjectName(QStringLiteral("undoAction"));
    redo->setObjectName(QStringLiteral("redoAction"));
}

// Import, export, the document at hand, settings and quit.
void MainWindow::connectFileActions()
{
    connect(m_ui->importAction, &QAction::triggered, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Import packs or files"), AppSettings::lastFolder(),
            tr("Packs and documents (*.zip *.tar *.tar.gz *.tgz *.tar.bz2 *.tar.xz *.7z *.pdf *.docx *.xlsx "
               "*.pptx *.odt *.ods *.odp *.txt *.md *.csv *.html);;All files (*)"));
        if (files.isEmpty())
            return;
        AppSettings::setLastFolder(files.first());
        importPaths(files);
    });
    connect(m_ui->importFolderAction, &QAction::triggered, this, [this] {
        const QString dir
            = QFileDialog::getExistingDirectory(this, tr("Import a folder"), AppSettings::lastFolder());
        if (dir.isEmpty())
            return;
        AppSettings::setLastFolder(dir);
        importPaths({ dir });
    });
    connect(m_ui->importSamplePackAction, &QAction::triggered, this, [this] {
        if (!samplePackPath().isEmpty())
            importPaths({ samplePackPath() });
    });
    connect(m_ui->showInFolderAction, &QAction::triggered, this, &MainWindow::showInFolder);
    connect(m_ui->printAction, &QAction::triggered, m_preview, &PreviewPane::printDocument);
    connect(m_preview, &PreviewPane::printableChanged, m_ui->printAction, &QAction::setEnabled);
    m_ui->printAction->setEnabled(false);
    connect(m_ui->exportSelectedAction, &QAction::triggered, this, &MainWindow::exportSelected);
    connect(m_ui->exportHitsAction, &QAction::triggered, this, &MainWindow::exportHits);
    connect(m_ui->exportCsvAction, &QAction::triggered, this, &MainWindow::exportCsv);
    connect(m_ui->openOriginalAction, &QAction::triggered, this, &MainWindow::openOriginal);
    connect(m_ui->useTemplateAction, &QAction::triggered, this, &MainWindow::useTemplate);
    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->editTagsAction, &QAction::triggered, this, &MainWindow::editTags);
    connect(m_ui->manageTagsAction, &QAction::triggered, this, &MainWindow::manageTags);
    connect(m_ui->editDetailsAction, &QAction::triggered, this, &MainWindow::editDetails);
}

void MainWindow::setupTeamActions()
{
    // The team library (issue 18): publishing for the readers on the share, one's own Merkliste.
    auto *publish = new QAction(tr("&Publish library…"), this);
    publish->setObjectName(QStringLiteral("publishAction"));
    publish->setToolTip(tr("Write this library as a new version into a folder, e.g. on the file share, where "
                           "colleagues read it."));
    m_ui->fileMenu->insertActions(m_ui->settingsAction,
                                  { publish, m_ui->fileMenu->insertSeparator(m_ui->settingsAction) });
    connect(publish, &QAction::triggered, m_publisher, &PublishController::choosePublishFolder);
    // The documents she looked at last (per user), in the File menu as recent files are.
    m_ui->fileMenu->insertMenu(publish, m_recent->menu());
    connect(m_recent, &RecentDocuments::documentChosen, this, [this](const QString &sha256) {
        const std::optional<DocumentRecord> doc = m_library.catalog().documentBySha256(sha256);
        if (!doc) {
            statusBar()->showMessage(tr("That document is not in this library."));
            return;
        }
        findDocument(*doc);
    });
    m_ui->editMenu->addSeparator();
    m_ui->editMenu->addAction(m_personal->favoriteAction());
    m_ui->resultView->addAction(m_personal->favoriteAction());
    connect(m_personal, &PersonalMarks::favoritesChanged, this, [this] {
        if (queryText().contains(QStringLiteral("meine:"), Qt::CaseInsensitive)
            || queryText().contains(QStringLiteral("mine:"), Qt::CaseInsensitive))
            afterEdit();
    });
    connect(m_personal, &PersonalMarks::marksLoaded, this,
            [this](const QString &sha256, bool, const QStringList &tags) {
                if (tags.isEmpty() || !m_current || m_current->sha256 != sha256)
                    return;
                // The user's own tags apart from the library's: their own row, in italics.
                QString html = m_ui->metadataLabel->text();
                html.replace(QStringLiteral("</table>"),
                             QStringLiteral("<tr><td><i>%1</i>&nbsp;</td><td><i>%2</i></td></tr></table>")
                                 .arg(tr("My tags").toHtmlEscaped(),
                                      DisplayText::html(tags.join(QStringLiteral(", ")))));
                m_ui->metadataLabel->setText(html);
            });
    if (m_library.isPublished()) {
        auto *watcher = new VersionWatcher(m_library, this);
        connect(watcher, &VersionWatcher::newerVersionAvailable, this, &MainWindow::offerNewerVersion);
    }
}

// Moving in the search and its hits, and the help.
void MainWindow::connectSearchActions()
{
    connect(m_ui->focusSearchAction, &QAction::triggered, this, [this] {
        m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchEdit->selectAll();
    });
    connect(m_ui->saveSearchAction, &QAction::triggered, this, [this] {
        const QString query = queryText().simplified();
        if (query.isEmpty())
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save search"), tr("Name of the saved search:"), QLineEdit::Normal, query, &ok);
        if (ok && !name.trimmed().isEmpty())
            saveSearch(name.trimmed(), query);
    });
    connect(m_ui->nextHitAction, &QAction::triggered, m_preview, &PreviewPane::nextHit);
    connect(m_ui->previousHitAction, &QAction::triggered, m_preview, &PreviewPane::previousHit);
    connect(m_ui->queryHelpAction, &QAction::triggered, this, &MainWindow::showQueryHelp);
    connect(m_ui->shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_ui->aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Smart Region Toolbox"),
                           tr("<h3>Smart Region Toolbox %1</h3><p>Templates and sample documents of Hessen's Smart Region "
                              "programme: search, preview and reuse them.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

// Every shortcut of the menus, for a clerk who works with the keyboard.
void MainWindow::showShortcuts()
{
    QStringList rows;
    for (const QMenu *menu : { m_ui->fileMenu, m_ui->editMenu, m_ui->searchMenu, m_ui->helpMenu }) {
        for (const QAction *action : menu->actions()) {
            if (!action->shortcut().isEmpty())
                rows.append(QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                                .arg(action->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped(),
                                     action->iconText().toHtmlEscaped())); // the text without "&" marks
        }
    }
    QMessageBox::information(
        this, tr("Keyboard shortcuts"),
        QStringLiteral("<table cellspacing=\"4\">%1</table><p>%2</p>")
            .arg(rows.join(QString()),
                 tr("Tab moves between the search field, the results, the details and the filters; "
                    "Space or Return on a filter narrows the search.")));
}

void MainWindow::updateActions()
{
    const bool writable = !m_library.isReadOnly();
    const bool selection = !selectedDocumentIds().isEmpty();
    m_ui->importAction->setEnabled(writable);
    m_ui->importFolderAction->setEnabled(writable);
    m_ui->importSamplePackAction->setEnabled(writable && !samplePackPath().isEmpty());
    m_ui->showInFolderAction->setEnabled(m_ui->resultView->currentIndex().isValid() || m_current.has_value());
    m_ui->manageTagsAction->setEnabled(writable);
    m_ui->editTagsAction->setEnabled(writable && selection);
    m_ui->editTagsButton->setEnabled(writable && m_current.has_value());
    m_ui->editDetailsAction->setEnabled(writable && m_current.has_value());
    m_ui->editDetailsButton->setEnabled(writable && m_current.has_value());
    m_ui->openOriginalAction->setEnabled(m_ui->resultView->currentIndex().isValid() || m_current.has_value());
    m_ui->openOriginalButton->setEnabled(m_current.has_value());
    // Reads only: also on a read-only or published library.
    m_ui->useTemplateAction->setEnabled(m_ui->resultView->currentIndex().isValid() || m_current.has_value());
    m_ui->useTemplateButton->setEnabled(m_current.has_value());
    m_ui->exportSelectedAction->setEnabled(selection);
    m_ui->exportHitsAction->setEnabled(m_model->total() > 0);
    m_ui->exportCsvAction->setEnabled(m_model->total() > 0);
}

void MainWindow::search()
{
    m_searchDelay->stop();
    runSearch(0);
}

void MainWindow::runSearch(int offset)
{
    SearchRequest request;
    request.query = queryText();
    request.offset = offset;
    // A refresh after an edit reloads the rows that were there, so the selection stays.
    const bool refresh = m_keepDocument != 0 || !m_keepSelection.isEmpty();
    request.limit = offset > 0 ? PageSize : refresh ? qMax(FirstPageSize, m_model->rowCount()) : FirstPageSize;
    request.sort = m_sort;
    SearchConnections *connections = m_connections.get();
    // A further page belongs to the search shown; a first page starts a new search, and what an
    // older search still delivers (rows, more rows, facets) is dropped.
    auto showRows = [this, offset](const SearchResult &result) { showResult(result, offset); };
    if (offset > 0) {
        m_search.add([connections, request] { return runQuery(connections, request); }, showRows);
        return;
    }
    m_search.start([connections, request] { return runQuery(connections, request); }, showRows);
    // The facets come in a request of their own: counting them over a large hit list costs more
    // than the first rows, which should not wait for it.
    SearchRequest facetRequest = request;
    facetRequest.limit = 0;
    facetRequest.facets = true;
    m_search.add([connections, facetRequest] { return runQuery(connections, facetRequest); },
                 [this](const SearchResult &result) {
                     m_ui->facetTree->setFacets(result.facets);
                     rebuildFacets();
                     emit facetsShown();
                 });
}

void MainWindow::showResult(const SearchResult &result, int offset)
{
    if (!result.error.isEmpty()) {
        statusBar()->showMessage(tr("Search failed: %1").arg(DisplayText::elided(result.error)));
        return;
    }
    if (offset > 0) {
        m_model->appendHits(result.hits);
        return;
    }
    m_highlightTerms = result.highlightTerms;
    const qint64 keep = m_keepDocument ? m_keepDocument : (m_current ? m_current->id : 0);
    m_keepDocument = 0;
    m_model->setResult(result);
    m_total = result.total;
    if (m_firstBrowseTotal < 0 && queryText().trimmed().isEmpty()) {
        m_firstBrowseTotal = result.total;
        if (m_offerSamplePack && result.total == 0)
            QTimer::singleShot(0, this, &MainWindow::askForSamplePack);
        m_offerSamplePack = false;
    }
    const QString query = queryText().simplified();
    const QStringList filters = QueryText::filters(query);
    showQueryNotes(result, query, !filters.isEmpty());
    showFilterChips(filters);
    // An empty library shows the first steps instead of an empty list.
    const bool emptyLibrary = result.total == 0 && query.isEmpty();
    m_ui->emptyLibraryLabel->setVisible(emptyLibrary);
    m_ui->resultView->setVisible(!emptyLibrary);
    showStatusCount();
    selectAgain(keep);
    updateActions();
    emit searchFinished(result.total);
}

void MainWindow::showQueryNotes(const SearchResult &result, const QString &query, bool filtered)
{
    // Parts of the query that could not be searched (a word too long for the index) say so: the
    // query then finds less, never more, and the clerk sees why.
    QStringList notes;
    for (const QString &warning : result.warnings)
        notes.append(DisplayText::html(warning, DisplayText::MaxText));
    // Nothing found: why, and what to try (a suggestion, fewer filters, the query help).
    if (result.total == 0 && !query.isEmpty()) {
        if (result.warnings.isEmpty())
            notes.append(tr("No document contains all of these words."));
        if (!result.suggestions.isEmpty()) {
            QStringList links;
            for (const QString &word : result.suggestions)
                links.append(QStringLiteral("<a href=\"suggest:%1\">%2</a>")
                                 .arg(word.toHtmlEscaped(), DisplayText::html(word)));
            notes.append(tr("Did you mean %1?").arg(links.join(QStringLiteral(", "))));
        }
        if (filtered)
            notes.append(tr("Each filter narrows the search: remove one above to find more."));
        notes.append(tr("A word with * finds everything that begins with it, e.g. Förder*. <a "
                        "href=\"help:\">How to search</a>"));
    }
    m_ui->suggestionLabel->setText(notes.join(QStringLiteral("<br>")));
    m_ui->suggestionLabel->setVisible(!notes.isEmpty());
}

void MainWindow::showFilterChips(const QStringList &filters)
{
    // The filters of the query as removable chips: the query text is for experts.
    QStringList chips;
    for (const QString &filter : filters) {
        const QString field = filter.section(QLatin1Char(':'), 0, 0);
        const QString value = filter.section(QLatin1Char(':'), 1).remove(QLatin1Char('"'));
        chips.append(
            QStringLiteral("<a href=\"drop:%1\" style=\"text-decoration:none\">%2:&nbsp;%3&nbsp;✕</a>")
                .arg(filter.toHtmlEscaped(), DisplayText::html(field.left(1).toUpper() + field.mid(1), 40),
                     DisplayText::html(value, 60)));
    }
    m_ui->filterLabel->setText(tr("Filters (click to remove):") + QStringLiteral(" ")
                               + chips.join(QStringLiteral(" &nbsp; ")));
    m_ui->filterLabel->setVisible(!chips.isEmpty());
    m_ui->filterLabel->setAccessibleName(tr("Active filters"));
}

void MainWindow::selectAgain(qint64 keep)
{
    // The document shown before stays selected when it is still among the hits (after an edit, too).
    const int keptRow = keep ? m_model->rowOfDocument(keep) : -1;
    // After an edit the rows that were selected stay so (tag three documents, then tag them again).
    QItemSelection kept;
    for (qint64 id : std::as_const(m_keepSelection)) {
        const int row = m_model->rowOfDocument(id);
        if (row >= 0)
            kept.select(m_model->index(row, 0), m_model->index(row, SearchResultModel::ColumnCount - 1));
    }
    m_keepSelection.clear();
    if (!kept.isEmpty()) {
        m_ui->resultView->selectionModel()->setCurrentIndex(m_model->index(keptRow >= 0 ? keptRow : 0, 0),
                                                            QItemSelectionModel::NoUpdate);
        m_ui->resultView->selectionModel()->select(
            kept, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    } else if (m_model->rowCount() > 0)
        m_ui->resultView->setCurrentIndex(m_model->index(keptRow >= 0 ? keptRow : 0, 0));
    else
        showPreview();
}

void MainWindow::showStatusCount()
{
    const int total = int(m_total);
    const QString count = queryText().trimmed().isEmpty()
        ? tr("%n document(s) in the library", nullptr, total)
        : tr("%n document(s) found", nullptr, total);
    statusBar()->showMessage(m_editNote.isEmpty() ? count : tr("%1 – %2").arg(count, m_editNote));
}

void MainWindow::rebuildFacets()
{
    m_ui->facetTree->rebuild(queryText());
}

void MainWindow::showPreview()
{
    const SearchHit *hit = m_model->hitAt(m_ui->resultView->currentIndex().row());
    if (!hit) {
        m_details.supersede();
        m_current.reset();
        m_preview->clear();
        m_related->clear();
        m_personal->show({});
        m_ui->previewTitle->clear();
        m_ui->metadataLabel->clear();
        updateActions();
        return;
    }
    const int page = hit->page;
    const Library *library = &m_library;
    m_details.start([library, id = hit->id] { return loadDocument(library, id); },
                    [this, page](const std::optional<DocumentRecord> &doc) {
                        if (!doc)
                            return;
                        const bool sameDocument = m_current && m_current->id == doc->id;
                        showDetails(*doc);
                        // After an edit of the shown document the preview stays where the user is;
                        // a new query shows its own highlights and best page.
                        if (!sameDocument || m_preview->pageCount() == 0
                            || m_preview->terms() != m_highlightTerms)
                            m_preview->showDocument(*doc, page, m_highlightTerms);
                        if (!sameDocument)
                            m_related->showFor(doc->id);
                        emit detailsShown(doc->id);
                    });
}

void MainWindow::findDocument(const DocumentRecord &doc)
{
    m_keepDocument = doc.id;
    setQueryText(FacetTree::filterToken(QStringLiteral("titel"), doc.title));
    search();
}

QString MainWindow::ocrNote(const DocumentRecord &doc)
{
    if (doc.ocrPages.isEmpty())
        return {};
    if (doc.pages <= 1 || doc.ocrPages.size() == doc.pages)
        return tr("Text obtained by text recognition (OCR)");
    QStringList pages;
    for (const int page : doc.ocrPages)
        pages.append(QString::number(page));
    return tr("Text of page(s) %1 obtained by text recognition (OCR)").arg(pages.join(QStringLiteral(", ")));
}

void MainWindow::showDetails(const DocumentRecord &doc)
{
    m_current = doc;
    // Rich text of our own around escaped, elided data: a value of any length or markup shows as
    // text and never widens the pane (the labels also ignore their width hint, see the form).
    m_ui->previewTitle->setText(QStringLiteral("<b>%1</b>").arg(DisplayText::html(doc.title)));
    const QLocale locale;
    auto row = [](const QString &label, const QString &value) {
        return value.isEmpty() ? QString()
                               : QStringLiteral("<tr><td><i>%1</i>&nbsp;</td><td>%2</td></tr>")
                                     .arg(label.toHtmlEscaped(), DisplayText::html(value));
    };
    m_ui->metadataLabel->setText(
        QStringLiteral("<table>") + row(tr("File"), doc.filename) + row(tr("Description"), doc.description)
        + row(tr("Category"), doc.category) + row(tr("Type"), doc.type)
        + row(tr("Municipality"), doc.municipality)
        + row(tr("Year"), doc.year > 0 ? QString::number(doc.year) : QString())
        + row(tr("Tags"), doc.tags.join(QStringLiteral(", "))) + row(tr("License"), doc.license)
        + row(tr("Size"), locale.formattedDataSize(doc.size))
        + row(tr("Pages"), doc.pages > 0 ? locale.toString(doc.pages) : QString())
        + row(tr("Pack"), doc.packName)
        + row(tr("Imported on"), locale.toString(doc.importedAt.toLocalTime(), QLocale::ShortFormat))
        + row(tr("Page view"), pagesNote(doc)) + row(tr("Text"), ocrNote(doc))
        + row(tr("Notes"), doc.warnings.join(QStringLiteral("; ")))
        + QStringLiteral("</table>"));
    m_personal->show(doc.sha256);
    m_recent->add(doc.sha256, doc.title);
    updateActions();
}

QString MainWindow::pagesNote(const DocumentRecord &doc) const
{
    // Why an office document has no pages (yet): queued, failed, or LibreOffice is missing.
    const PageStatus status = m_library.catalog().pageStatus(doc.id);
    if (status.state == PageStatus::State::Failed)
        return tr("not possible: %1").arg(status.reason);
    if (status.isPending())
        return PageBuilder::missingPagesNote(OfficeConverter().isAvailable());
    return {};
}

void MainWindow::offerNewerVersion()
{
    // Unobtrusive: a button in the status bar, nothing that takes the focus or hides the results.
    if (findChild<QPushButton *>(QStringLiteral("newVersionButton")))
        return;
    auto *button = new QPushButton(tr("New version of the library – load now"), this);
    button->setObjectName(QStringLiteral("newVersionButton"));
    button->setFlat(true);
    button->setToolTip(tr("The library was published again. Loading it keeps your search and selection."));
    statusBar()->addPermanentWidget(button);
    connect(button, &QPushButton::clicked, this, [this] {
        m_reload = Reload { queryText(), m_current ? m_current->id : 0 };
        close();
    });
}

void MainWindow::restore(const Reload &state)
{
    setQueryText(state.query);
    m_keepDocument = state.documentId;
    search();
}

void MainWindow::refreshTags()
{
    // Every refresh is applied, none supersedes another: they come after edits and imports, and
    // each one reads the tags as they are by then.
    const Library *library = &m_library;
    AsyncTask::runThenCallback(
        this, [library] { return loadTags(library); },
        [this](const QList<TagRecord> &tags) {
            m_tags = tags;
            QHash<QString, QString> colors; // TagNames::key() → color
            for (const TagRecord &tag : std::as_const(m_tags))
                colors.insert(TagNames::key(tag.name), tag.color);
            m_model->setTagColors(colors);
            m_ui->facetTree->setTagColors(colors);
            if (m_tagManager)
                m_tagManager->setTags(m_tags);
            rebuildFacets();
            emit tagsChanged();
        });
}

void MainWindow::afterEdit()
{
    // Only once the edits queued so far are all done: a burst of commands refreshes once.
    if (m_editor->isBusy())
        return;
    if (m_current)
        m_keepDocument = m_current->id;
    for (const QModelIndex &row : m_ui->resultView->selectionModel()->selectedRows())
        if (const SearchHit *hit = m_model->hitAt(row.row()))
            m_keepSelection.append(hit->id);
    refreshTags();
    runSearch(0);
}

void MainWindow::changeTagsOfSelection(const QStringList &add, const QStringList &remove)
{
    const QList<qint64> ids = selectedDocumentIds();
    if (ids.isEmpty() || (add.isEmpty() && remove.isEmpty()) || m_library.isReadOnly())
        return;
    m_undoStack->beginMacro(tr("Change tags of %n document(s)", nullptr, int(ids.size())));
    for (const QString &tag : add)
        m_undoStack->push(new TagDocumentsCommand(m_editor, TagDocumentsCommand::Add, ids, tag));
    for (const QString &tag : remove)
        m_undoStack->push(new TagDocumentsCommand(m_editor, TagDocumentsCommand::Remove, ids, tag));
    m_undoStack->endMacro();
    m_editNote = tr("Tags of %n document(s) changed (Ctrl+Z undoes it)", nullptr, int(ids.size()));
    showStatusCount();
}

void MainWindow::editTags()
{
    const QModelIndexList rows = m_ui->resultView->selectionModel()->selectedRows();
    QList<QStringList> tagsPerDocument;
    for (const QModelIndex &row : rows) {
        if (const SearchHit *hit = m_model->hitAt(row.row()))
            tagsPerDocument.append(hit->tags);
    }
    if (tagsPerDocument.isEmpty() && m_current)
        tagsPerDocument.append(m_current->tags);
    if (tagsPerDocument.isEmpty() || m_library.isReadOnly())
        return;
    QStringList names;
    for (const TagRecord &tag : std::as_const(m_tags))
        names.append(tag.name);
    auto *dialog = new TagEditDialog(tagsPerDocument, names, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { changeTagsOfSelection(dialog->addedTags(), dialog->removedTags()); });
    dialog->open();
}

void MainWindow::manageTags()
{
    if (m_library.isReadOnly())
        return;
    if (!m_tagManager) {
        m_tagManager = new TagManagerDialog(m_undoStack, m_editor, this);
        m_tagManager->setTags(m_tags);
    }
    m_tagManager->show();
    m_tagManager->raise();
    m_tagManager->activateWindow();
}

void MainWindow::editDetails()
{
    if (!m_current || m_library.isReadOnly())
        return;
    QHash<QString, QStringList> known;
    for (const char *field : {"category", "type", "municipality"}) {
        for (const auto &[value, count] : m_ui->facetTree->facets().value(QLatin1String(field)))
            known[QLatin1String(field)].append(value);
    }
    auto *dialog = new MetadataDialog(*m_current, known, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const DocumentRecord before = *m_current;
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] {
        const DocumentRecord after = dialog->record();
        if (after.title != before.title || after.description != before.description || after.category != before.category
            || after.type != before.type || after.municipality != before.municipality || after.year != before.year
            || after.license != before.license)
            m_undoStack->push(new EditMetadataCommand(m_editor, before, after));
    });
    dialog->open();
}

std::optional<QPair<qint64, QString>> MainWindow::documentAtHand() const
{
    // The row under the cursor, even before its details have arrived (a quick double-click).
    if (const SearchHit *hit = m_model->hitAt(m_ui->resultView->currentIndex().row()))
        return qMakePair(hit->id, hit->filename);
    if (m_current)
        return qMakePair(m_current->id, m_current->filename);
    return std::nullopt;
}

void MainWindow::withCopy(const QString &title, const std::function<void(const QString &path)> &then)
{
    const auto document = documentAtHand();
    if (!document)
        return;
    statusBar()->showMessage(tr("Opening %1…").arg(DisplayText::quoted(document->second)));
    TemporaryCopies *copies = m_copies.get();
    AsyncTask::runThenCallback(
        this,
        [copies, id = document->first] {
            QString error;
            const QStringList files = copies->copy({ id }, &error);
            return qMakePair(files.value(0), error);
        },
        [this, title, then](const QPair<QString, QString> &copy) {
            const auto &[path, error] = copy;
            if (path.isEmpty()) {
                statusBar()->clearMessage();
                DisplayText::warning(this, title, tr("Cannot open the document: %1").arg(error));
                return;
            }
            then(path);
        });
}

void MainWindow::openOriginal()
{
    withCopy(tr("Open original"), [this](const QString &path) {
        emit originalOpened(path);
        if (QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
            statusBar()->showMessage(tr("Opened a copy: %1").arg(QDir::toNativeSeparators(path)), 5000);
            return;
        }
        statusBar()->clearMessage();
        DisplayText::information(
            this, tr("Open original"),
            tr("This computer has no program for this kind of file. A copy was saved at %1; "
               "\"Show in folder\" opens its folder.")
                .arg(QDir::toNativeSeparators(path)));
    });
}

void MainWindow::showInFolder()
{
    withCopy(tr("Show in folder"), [this](const QString &path) {
        const QString folder = QFileInfo(path).absolutePath();
        emit shownInFolder(path);
        statusBar()->showMessage(tr("A copy is in %1").arg(QDir::toNativeSeparators(folder)), 5000);
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    });
}

void MainWindow::useTemplate()
{
    const auto document = documentAtHand();
    if (!document)
        return;
    const std::optional<DocumentRecord> record = m_current && m_current->id == document->first
        ? m_current
        : m_library.catalog().document(document->first);
    if (!record) {
        DisplayText::warning(
            this, tr("Use template"),
            tr("The document cannot be read from the library: %1").arg(m_library.catalog().lastError()));
        return;
    }
    QString problem;
    const auto libraryDefault = ProfileStore::loadLibraryDefault(m_library.catalog(), &problem);
    if (!libraryDefault)
        statusBar()->showMessage(problem, 8000); // the user's own profile still fills in
    UseTemplateDialog::Template source;
    source.sourcePath = m_library.store().pathFor(record->sha256);
    source.fileName = record->filename;
    source.title = record->title;
    source.declared
        = m_library.catalog().declaredPlaceholders(record->id); // the pack's manifest says what they mean
    auto *dialog = new UseTemplateDialog(source, ProfileStore::userProfilePath(),
                                         libraryDefault.value_or(MunicipalityProfile()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::exportSelected()
{
    const QList<qint64> ids = selectedDocumentIds();
    if (ids.isEmpty() || m_exporter->isRunning())
        return;
    ExportDialog dialog(int(ids.size()), this);
    if (dialog.exec() == QDialog::Accepted)
        m_exporter->exportFiles(ids, std::nullopt, dialog.toZip(), dialog.target(), dialog.options());
}

void MainWindow::exportHits()
{
    if (m_model->total() == 0 || m_exporter->isRunning())
        return;
    ExportDialog dialog(int(m_model->total()), this);
    if (dialog.exec() == QDialog::Accepted)
        m_exporter->exportFiles({}, queryText(), dialog.toZip(), dialog.target(), dialog.options());
}

void MainWindow::exportCsv()
{
    if (m_model->total() == 0 || m_exporter->isRunning())
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("Export the result list"),
                                                QDir(AppSettings::lastFolder()).filePath(tr("Documents.csv")),
                                                tr("CSV for spreadsheets (*.csv)"));
    if (path.isEmpty())
        return;
    AppSettings::setLastFolder(path);
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    m_exporter->exportCsv({}, queryText(), path);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_library.path(), this, &m_library);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.language() != AppSettings::language()) {
        AppSettings::setLanguage(dialog.language());
        Translations::install(dialog.language()); // every window retranslates on LanguageChange
    }
    const QString library = dialog.libraryPath();
    if (QDir(library) != QDir(m_library.path()) || !AppSettings::libraryPath().isEmpty())
        AppSettings::setLibraryPath(QDir(library) == QDir(Library::resolveLocation()) ? QString() : library);
    if (QDir(library) != QDir(m_library.path()))
        DisplayText::information(
            this, tr("Settings"),
            tr("The library %1 is opened at the next start.").arg(QDir::toNativeSeparators(library)));
}

void MainWindow::showQueryHelp()
{
    if (!m_queryHelp) {
        m_queryHelp = new QueryHelpDialog(this);
        connect(m_queryHelp, &QueryHelpDialog::exampleChosen, this, [this](const QString &query) {
            setQueryText(query);
            search();
        });
    }
    m_queryHelp->show();
    m_queryHelp->raise();
    m_queryHelp->activateWindow();
}

void MainWindow::saveSearch(const QString &name, const QString &query)
{
    QList<AppSettings::SavedSearch> saved = AppSettings::savedSearches();
    saved.removeIf([&](const AppSettings::SavedSearch &s) { return s.first.compare(name, Qt::CaseInsensitive) == 0; });
    saved.append({name, query});
    AppSettings::setSavedSearches(saved);
    rebuildFacets();
}

void MainWindow::removeSavedSearch(const QString &name)
{
    QList<AppSettings::SavedSearch> saved = AppSettings::savedSearches();
    saved.removeIf([&](const AppSettings::SavedSearch &s) { return s.first == name; });
    AppSettings::setSavedSearches(saved);
    rebuildFacets();
}

void MainWindow::rememberQuery()
{
    AppSettings::addToSearchHistory(queryText());
    m_history->setStringList(AppSettings::searchHistory());
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (m_library.isReadOnly()) {
        DisplayText::information(this, tr("Import"),
                                 tr("This library is read-only: %1").arg(m_library.readOnlyReason()));
        return;
    }
    m_importer->start(paths);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    // Files from outside only: a drag out of the result list dropped back here is no import.
    if (!event->source() && !localPaths(event->mimeData()).isEmpty() && !m_importer->isRunning())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (event->source() || paths.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drop has finished: the import's dialog must not run inside the drag's event.
    QTimer::singleShot(0, this, [this, paths] { importPaths(paths); });
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        rebuildFacets();
        showStatusCount();
        emit m_model->headerDataChanged(Qt::Horizontal, 0, SearchResultModel::ColumnCount - 1);
        if (m_current)
            showDetails(*m_current);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    // The system adds the program's name; the title names the library (its folder is in the settings).
    setWindowTitle(DisplayText::windowTitle(
        tr("Library %1").arg(DisplayText::quoted(QDir(m_library.path()).dirName()))));
    m_recent->retranslate();
    const int sort = m_ui->sortCombo->currentIndex();
    m_ui->sortCombo->clear();
    m_ui->sortCombo->addItem(tr("Best match"), int(SearchRequest::Sort::Relevance));
    m_ui->sortCombo->addItem(tr("Title A–Z"), int(SearchRequest::Sort::Title));
    m_ui->sortCombo->addItem(tr("Newest first"), int(SearchRequest::Sort::Date));
    m_ui->sortCombo->addItem(tr("Category"), int(SearchRequest::Sort::Category));
    m_ui->sortCombo->setCurrentIndex(qMax(0, sort));
    m_ui->emptyLibraryLabel->setText(tr(
        "<h3>The library is still empty</h3><p>First steps:</p><ul>"
        "<li><a href=\"import\">Import a pack or documents</a> – or drag files onto this window.</li>"
        "<li><a href=\"sample\">Import the sample pack</a> of the Smart Region Toolbox to look around.</li>"
        "<li><a href=\"settings\">Open a shared library</a> of your team (Settings, library "
        "folder).</li></ul>"));
    emit languageChanged();
    if (m_library.isReadOnly())
        statusBar()->showMessage(tr("Read-only: %1 Importing and editing are disabled.").arg(m_library.readOnlyReason()));
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = AppSettings::windowValue(QStringLiteral("geometry"));
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    else if (const QScreen *screen = this->screen())
        // The first window uses the screen, up to a size where lines get too long to read: at
        // 1920×1080 the form's 1280×800 left titles cut beside an empty third of the screen.
        setGeometry(firstGeometry(screen->availableGeometry()));
    fitToScreen();
    restoreState(AppSettings::windowValue(QStringLiteral("state")));
    m_ui->mainSplitter->restoreState(AppSettings::windowValue(QStringLiteral("splitter")));
}

void MainWindow::fitToScreen()
{
    const QScreen *screen = this->screen();
    if (!screen || isMaximized() || isFullScreen())
        return;
    const QRect fitted = fittedToScreen(QRect(pos(), size()), screen->availableGeometry());
    resize(fitted.size());
    move(fitted.topLeft());
}

QRect MainWindow::firstGeometry(const QRect &available)
{
    const QSize size
        = (available.size() - WindowLayout::FrameAllowance).boundedTo(WindowLayout::FirstWindowMaximum);
    QRect first(QPoint(), size);
    first.moveCenter(available.center());
    return first;
}

QRect MainWindow::fittedToScreen(const QRect &window, const QRect &available)
{
    // The first window (1280×800) and one remembered from a larger screen would put the status bar
    // and the buttons under the details below the edge of a 1366×768 laptop's screen. The window
    // manager's frame is not known before the window is shown: room is left for it.
    QRect fitted(window.topLeft(), window.size().boundedTo(available.size() - WindowLayout::FrameAllowance));
    if (!available.contains(fitted))
        fitted.moveTopLeft(available.topLeft());
    return fitted;
}

void MainWindow::saveWindowState() const
{
    AppSettings::setWindowValue(QStringLiteral("geometry"), saveGeometry());
    AppSettings::setWindowValue(QStringLiteral("state"), saveState());
    AppSettings::setWindowValue(QStringLiteral("splitter"), m_ui->mainSplitter->saveState());
}

void MainWindow::checkCatalogInBackground()
{
    QThreadPool::globalInstance()->start([library = &m_library] { library->quickCheck(); });
}

void MainWindow::offerRepair()
{
    if (m_repairOffered)
        return;
    m_repairOffered = true;
    const QString message = m_library.damageMessage();
    statusBar()->showMessage(message);
    LibraryProblemDialog dialog(m_library.path(), message, LibraryProblemDialog::Situation::Damaged, this);
    dialog.exec();
    m_problemOutcome = dialog.outcome();
    close();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    rememberQuery();
    QMainWindow::closeEvent(event);
}

QString MainWindow::samplePackPath()
{
    const QString installed = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/smart-region-toolbox/sample-pack");
    for (const QString &candidate : { installed, QStringLiteral(SRT_INSTALLED_SAMPLE_PACK) }) {
        if (QFileInfo::exists(candidate + QStringLiteral("/toolbox.json")))
            return QDir(candidate).absolutePath();
    }
    return {};
}

void MainWindow::offerSamplePack()
{
    // Decided by the first browse's total (counting here, on the GUI thread, would hold up the
    // start on a large library).
    if (m_library.isReadOnly() || samplePackPath().isEmpty())
        return;
    if (m_firstBrowseTotal == 0)
        askForSamplePack();
    else if (m_firstBrowseTotal < 0)
        m_offerSamplePack = true; // asked when the first browse arrives
}

void MainWindow::askForSamplePack()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Empty library"),
                                tr("The library is still empty. Import the bundled sample pack of the Smart Region Toolbox to look around?"),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Yes);
    connect(box, &QMessageBox::buttonClicked, this, [this, box](QAbstractButton *button) {
        if (box->standardButton(button) == QMessageBox::Yes)
            importPaths({samplePackPath()});
    });
    box->open();
}
