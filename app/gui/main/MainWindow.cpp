#include "gui/main/MainWindow.h"

#include "core/i18n/Translations.h"
#include "core/library/Library.h"
#include "core/search/Searcher.h"
#include "gui/details/MetadataDialog.h"
#include "gui/details/TemporaryCopies.h"
#include "gui/editing/CatalogEditor.h"
#include "gui/editing/EditCommands.h"
#include "gui/exporting/ExportController.h"
#include "gui/exporting/ExportDialog.h"
#include "gui/importing/ImportController.h"
#include "gui/preview/PreviewPane.h"
#include "gui/search/HtmlItemDelegate.h"
#include "gui/search/QueryHelpDialog.h"
#include "gui/search/SearchConnections.h"
#include "gui/search/SearchResultModel.h"
#include "gui/search/TagChipDelegate.h"
#include "gui/settings/AppSettings.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/tags/TagEditDialog.h"
#include "gui/tags/TagManagerDialog.h"
#include "gui/text/DisplayText.h"
#include "ui_MainWindow.h"

#include <QAbstractButton>
#include <QCloseEvent>
#include <QCompleter>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QRegularExpression>
#include <QStringListModel>
#include <QThreadPool>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>
#include <QtConcurrent>

namespace {
constexpr int PageSize = 200;       // rows fetched per search; more as the view scrolls
constexpr int SearchDelayMs = 250;  // search as you type, once typing pauses
constexpr int FieldRole = Qt::UserRole;          // facet item: query field
constexpr int ValueRole = Qt::UserRole + 1;      // facet item: value
constexpr int SavedQueryRole = Qt::UserRole + 2; // saved-search item: its query

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

// Facet fields as the query language names them, with the heading shown for them.
struct FacetField
{
    const char *name;  // key in SearchResult::facets
    const char *field; // query field (German keyword)
};
const FacetField FacetFields[] = {{"category", "kategorie"}, {"tag", "tag"},       {"type", "typ"},  {"year", "jahr"},
                                  {"format", "format"},      {"municipality", "kommune"}, {"pack", "paket"}};

QString facetHeading(const QString &name)
{
    if (name == QLatin1String("category"))
        return MainWindow::tr("Categories");
    if (name == QLatin1String("tag"))
        return MainWindow::tr("Tags");
    if (name == QLatin1String("type"))
        return MainWindow::tr("Document types");
    if (name == QLatin1String("year"))
        return MainWindow::tr("Years");
    if (name == QLatin1String("format"))
        return MainWindow::tr("Formats");
    if (name == QLatin1String("municipality"))
        return MainWindow::tr("Municipalities");
    return MainWindow::tr("Packs");
}

QString filterToken(const QString &field, const QString &value)
{
    const bool plain = !value.contains(QRegularExpression(QStringLiteral("[\\s\"()]")));
    return field + QLatin1Char(':') + (plain ? value : QLatin1Char('"') + QString(value).remove(QLatin1Char('"')) + QLatin1Char('"'));
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
    , m_importer(new ImportController(library, this))
    , m_exporter(new ExportController(library, this))
    , m_editor(new CatalogEditor(library, this))
    , m_undoStack(new QUndoStack(this))
    , m_copies(std::make_unique<TemporaryCopies>(library))
    , m_connections(std::make_unique<SearchConnections>(library))
    , m_searchDelay(new QTimer(this))
    , m_history(new QStringListModel(AppSettings::searchHistory(), this))
{
    m_ui->setupUi(this);
    m_ui->previewHostLayout->addWidget(m_preview);
    m_ui->resultView->setModel(m_model);
    m_ui->resultView->setSortingEnabled(false); // sorting is the search's job: see the header below
    m_ui->resultView->setItemDelegateForColumn(SearchResultModel::Snippet, new HtmlItemDelegate(SearchResultModel::SnippetHtmlRole, this));
    m_ui->resultView->setItemDelegateForColumn(SearchResultModel::Tags, new TagChipDelegate(this));
    m_ui->resultView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
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
    QHeaderView *header = m_ui->resultView->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(false);
    m_ui->resultView->setColumnWidth(SearchResultModel::Title, 320);
    m_ui->resultView->setColumnWidth(SearchResultModel::Type, 110);
    m_ui->resultView->setColumnWidth(SearchResultModel::Category, 130);
    m_ui->resultView->setColumnWidth(SearchResultModel::Year, 50);
    m_ui->resultView->setColumnWidth(SearchResultModel::Format, 55);
    m_ui->resultView->setColumnWidth(SearchResultModel::Tags, 200);
    m_ui->mainSplitter->setSizes({230, 700, 480});
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->facetTree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    auto *completer = new QCompleter(m_history, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->searchEdit->setCompleter(completer);
    setAcceptDrops(!library.isReadOnly());
    m_undoStack->setUndoLimit(200);

    setupActions();
    retranslate();
    restoreWindowState();
    // Damage met by any job (search, details, edits, the background check) on its worker thread
    // comes here once, queued to this thread.
    QPointer<MainWindow> self(this);
    m_library.setDamageListener([self](const QString &) {
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self] {
            if (self)
                self->offerRepair();
        }, Qt::QueuedConnection);
    });
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::search);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        rememberQuery();
        search();
    });
    connect(m_model, &SearchResultModel::moreRequested, this, &MainWindow::runSearch);
    connect(m_ui->resultView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showPreview);
    connect(m_ui->resultView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(header, &QHeaderView::sectionClicked, this, [this, header](int section) {
        // Title, category and year sort the whole result; any other column returns to relevance.
        switch (section) {
        case SearchResultModel::Title:
            m_sort = SearchRequest::Sort::Title;
            break;
        case SearchResultModel::Category:
            m_sort = SearchRequest::Sort::Category;
            break;
        case SearchResultModel::Year:
            m_sort = SearchRequest::Sort::Date;
            break;
        default:
            m_sort = SearchRequest::Sort::Relevance;
        }
        header->setSortIndicatorShown(m_sort != SearchRequest::Sort::Relevance);
        header->setSortIndicator(section, section == SearchResultModel::Year ? Qt::DescendingOrder : Qt::AscendingOrder);
        search();
    });
    connect(m_ui->facetTree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString saved = item->data(0, SavedQueryRole).toString();
        if (!saved.isEmpty()) {
            setQueryText(saved);
            search();
            return;
        }
        const QString field = item->data(0, FieldRole).toString();
        if (!field.isEmpty())
            toggleFilter(field, item->data(0, ValueRole).toString());
    });
    connect(m_ui->facetTree, &QTreeWidget::itemClicked, m_ui->facetTree, &QTreeWidget::itemActivated);
    connect(m_ui->facetTree, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QTreeWidgetItem *item = m_ui->facetTree->itemAt(pos);
        if (!item || item->data(0, SavedQueryRole).toString().isEmpty())
            return;
        QMenu menu;
        const QString name = item->data(0, ValueRole).toString();
        menu.addAction(
            DisplayText::actionText(tr("Delete saved search \"%1\"").arg(DisplayText::quoted(name))), this,
            [this, name] { removeSavedSearch(name); });
        menu.exec(m_ui->facetTree->viewport()->mapToGlobal(pos));
    });
    connect(m_ui->suggestionLabel, &QLabel::linkActivated, this, [this](const QString &word) {
        setQueryText(word);
        search();
    });
    connect(m_importer, &ImportController::finished, this, [this] {
        refreshTags();
        search();
    });
    connect(m_editor, &CatalogEditor::changed, this, &MainWindow::afterEdit);
    connect(m_editor, &CatalogEditor::failed, this, [this](const QString &what, const QString &error) {
        DisplayText::warning(this, tr("Edit failed"), tr("%1 failed: %2").arg(what, error));
        afterEdit();
    });
    connect(m_ui->editDetailsButton, &QPushButton::clicked, this, &MainWindow::editDetails);
    connect(m_ui->editTagsButton, &QPushButton::clicked, this, &MainWindow::editTags);
    connect(m_ui->openOriginalButton, &QPushButton::clicked, this, &MainWindow::openOriginal);
    connect(m_ui->queryHelpButton, &QToolButton::clicked, this, &MainWindow::showQueryHelp);
    updateActions();
    refreshTags();
    search();
}

MainWindow::~MainWindow()
{
    m_library.setDamageListener({});
    // Jobs on worker threads use the library, which the caller closes after this window: an edit
    // in flight is committed, an import or export is cancelled (both clean up), and every search,
    // page render and copy finishes before the window is gone.
    m_importer->cancel();
    m_exporter->cancel();
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
    const QString token = filterToken(field, value);
    QString query = queryText();
    if (query.contains(token, Qt::CaseInsensitive))
        query.remove(token, Qt::CaseInsensitive); // a second click widens again
    else
        query = query.trimmed() + QLatin1Char(' ') + token;
    setQueryText(query.simplified());
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
    QAction *undo = m_undoStack->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    m_ui->editMenu->insertActions(m_ui->editTagsAction, {undo, redo, m_ui->editMenu->insertSeparator(m_ui->editTagsAction)});
    undo->setObjectName(QStringLiteral("undoAction"));
    redo->setObjectName(QStringLiteral("redoAction"));

    connect(m_ui->importAction, &QAction::triggered, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Import packs or files"), QDir::homePath(),
            tr("Packs and documents (*.zip *.tar *.tar.gz *.tgz *.tar.bz2 *.tar.xz *.7z *.pdf *.docx *.xlsx *.pptx *.odt *.ods *.odp *.txt *.md *.csv *.html);;All files (*)"));
        if (!files.isEmpty())
            importPaths(files);
    });
    connect(m_ui->importFolderAction, &QAction::triggered, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Import a folder"), QDir::homePath());
        if (!dir.isEmpty())
            importPaths({dir});
    });
    connect(m_ui->exportSelectedAction, &QAction::triggered, this, &MainWindow::exportSelected);
    connect(m_ui->exportHitsAction, &QAction::triggered, this, &MainWindow::exportHits);
    connect(m_ui->exportCsvAction, &QAction::triggered, this, &MainWindow::exportCsv);
    connect(m_ui->openOriginalAction, &QAction::triggered, this, &MainWindow::openOriginal);
    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->editTagsAction, &QAction::triggered, this, &MainWindow::editTags);
    connect(m_ui->manageTagsAction, &QAction::triggered, this, &MainWindow::manageTags);
    connect(m_ui->editDetailsAction, &QAction::triggered, this, &MainWindow::editDetails);
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
    connect(m_ui->shortcutsAction, &QAction::triggered, this, [this] {
        QStringList rows;
        for (const QMenu *menu : {m_ui->fileMenu, m_ui->editMenu, m_ui->searchMenu, m_ui->helpMenu}) {
            for (const QAction *action : menu->actions()) {
                if (!action->shortcut().isEmpty())
                    rows.append(
                        QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                            .arg(action->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped(),
                                 action->iconText().toHtmlEscaped())); // the text without "&" marks
            }
        }
        QMessageBox::information(this, tr("Keyboard shortcuts"),
                                 QStringLiteral("<table cellspacing=\"4\">%1</table><p>%2</p>")
                                     .arg(rows.join(QString()),
                                          tr("Tab moves between the search field, the results, the details and the filters; "
                                             "Space or Return on a filter narrows the search.")));
    });
    connect(m_ui->aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Smart Region Toolbox"),
                           tr("<h3>Smart Region Toolbox %1</h3><p>Templates and sample documents of Hessen's Smart Region "
                              "programme: search, preview and reuse them.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
    // The result list's context menu: what can be done with the selection.
    m_ui->resultView->addActions({m_ui->openOriginalAction, m_ui->editTagsAction, m_ui->editDetailsAction, m_ui->exportSelectedAction});
}

void MainWindow::updateActions()
{
    const bool writable = !m_library.isReadOnly();
    const bool selection = !selectedDocumentIds().isEmpty();
    m_ui->importAction->setEnabled(writable);
    m_ui->importFolderAction->setEnabled(writable);
    m_ui->manageTagsAction->setEnabled(writable);
    m_ui->editTagsAction->setEnabled(writable && selection);
    m_ui->editTagsButton->setEnabled(writable && m_current.has_value());
    m_ui->editDetailsAction->setEnabled(writable && m_current.has_value());
    m_ui->editDetailsButton->setEnabled(writable && m_current.has_value());
    m_ui->openOriginalAction->setEnabled(m_current.has_value());
    m_ui->openOriginalButton->setEnabled(m_current.has_value());
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
    request.limit = PageSize;
    request.sort = m_sort;
    const quint64 generation = offset == 0 ? ++m_searchGeneration : m_searchGeneration;
    auto *watcher = new QFutureWatcher<SearchResult>(this);
    connect(watcher, &QFutureWatcher<SearchResult>::finished, this, [this, watcher, generation, offset] {
        watcher->deleteLater();
        if (generation == m_searchGeneration) // an older search that a newer one overtook is dropped
            showResult(watcher->result(), offset);
    });
    watcher->setFuture(QtConcurrent::run(runQuery, m_connections.get(), request));
    if (offset > 0)
        return;
    // The facets come in a request of their own: counting them over a large hit list costs more
    // than the first rows, which should not wait for it.
    SearchRequest facetRequest = request;
    facetRequest.limit = 0;
    facetRequest.facets = true;
    auto *facetWatcher = new QFutureWatcher<SearchResult>(this);
    connect(facetWatcher, &QFutureWatcher<SearchResult>::finished, this, [this, facetWatcher, generation] {
        facetWatcher->deleteLater();
        if (generation != m_searchGeneration)
            return;
        m_facets = facetWatcher->result().facets;
        rebuildFacets();
        emit facetsShown();
    });
    facetWatcher->setFuture(QtConcurrent::run(runQuery, m_connections.get(), facetRequest));
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
    // Parts of the query that could not be searched (a word too long for the index) say so: the
    // query then finds less, never more, and the clerk sees why.
    QStringList notes;
    for (const QString &warning : result.warnings)
        notes.append(DisplayText::html(warning, DisplayText::MaxText));
    if (!result.suggestions.isEmpty()) {
        QStringList links;
        for (const QString &word : result.suggestions)
            links.append(QStringLiteral("<a href=\"%1\">%1</a>").arg(word.toHtmlEscaped()));
        notes.append(tr("Nothing found. Did you mean %1?").arg(links.join(QStringLiteral(", "))));
    }
    m_ui->suggestionLabel->setText(notes.join(QStringLiteral("<br>")));
    m_ui->suggestionLabel->setVisible(!notes.isEmpty());
    showStatusCount();
    // The document shown before stays selected when it is still among the hits (after an edit, too).
    const int keptRow = keep ? m_model->rowOfDocument(keep) : -1;
    if (m_model->rowCount() > 0)
        m_ui->resultView->setCurrentIndex(m_model->index(keptRow >= 0 ? keptRow : 0, 0));
    else
        showPreview();
    updateActions();
    emit searchFinished(result.total);
}

void MainWindow::showStatusCount()
{
    const int total = int(m_total);
    statusBar()->showMessage(queryText().trimmed().isEmpty() ? tr("%n document(s) in the library", nullptr, total)
                                                             : tr("%n document(s) found", nullptr, total));
}

void MainWindow::rebuildFacets()
{
    const QString query = queryText();
    QSignalBlocker blocker(m_ui->facetTree);
    m_ui->facetTree->clear();
    const QList<AppSettings::SavedSearch> saved = AppSettings::savedSearches();
    if (!saved.isEmpty()) {
        auto *group = new QTreeWidgetItem(m_ui->facetTree, {tr("Saved searches")});
        group->setFlags(Qt::ItemIsEnabled);
        for (const auto &[name, savedQuery] : saved) {
            auto *item = new QTreeWidgetItem(group, { DisplayText::elided(name) });
            item->setData(0, SavedQueryRole, savedQuery);
            item->setData(0, ValueRole, name);
            item->setToolTip(0, DisplayText::toolTip(savedQuery));
            item->setData(0, Qt::AccessibleTextRole, tr("Saved search %1: %2").arg(name, savedQuery));
        }
        group->setExpanded(true);
    }
    for (const FacetField &facet : FacetFields) {
        const auto values = m_facets.value(QLatin1String(facet.name));
        if (values.isEmpty())
            continue;
        const bool isTag = QLatin1String(facet.name) == QLatin1String("tag");
        auto *group = new QTreeWidgetItem(m_ui->facetTree, {facetHeading(QLatin1String(facet.name))});
        group->setFlags(Qt::ItemIsEnabled);
        QHash<QString, QTreeWidgetItem *> tagNodes; // nested tags below their parent
        for (const auto &[value, count] : values) {
            QTreeWidgetItem *parent = group;
            QString label = value;
            if (isTag && value.contains(QLatin1Char('/'))) {
                const QString parentKey = Catalog::tagKey(value.section(QLatin1Char('/'), 0, -2));
                if (QTreeWidgetItem *node = tagNodes.value(parentKey)) {
                    parent = node;
                    label = value.section(QLatin1Char('/'), -1);
                }
            }
            auto *item = new QTreeWidgetItem(
                parent,
                { QStringLiteral("%1 (%2)").arg(DisplayText::elided(label), QLocale().toString(count)) });
            item->setData(0, FieldRole, QLatin1String(facet.field));
            item->setData(0, ValueRole, value);
            item->setToolTip(0, DisplayText::toolTip(value));
            const bool active = query.contains(filterToken(QLatin1String(facet.field), value), Qt::CaseInsensitive);
            item->setCheckState(0, active ? Qt::Checked : Qt::Unchecked);
            item->setData(0, Qt::AccessibleTextRole, tr("%1, %n document(s)", nullptr, count).arg(value));
            if (isTag) {
                item->setIcon(0, TagManagerDialog::colorIcon(m_tagColors.value(Catalog::tagKey(value))));
                tagNodes.insert(Catalog::tagKey(value), item);
                item->setExpanded(true);
            }
        }
        const bool small = !isTag && QLatin1String(facet.name) != QLatin1String("municipality");
        group->setExpanded(small);
    }
}

void MainWindow::showPreview()
{
    const SearchHit *hit = m_model->hitAt(m_ui->resultView->currentIndex().row());
    if (!hit) {
        ++m_detailsGeneration;
        m_current.reset();
        m_preview->clear();
        m_ui->previewTitle->clear();
        m_ui->metadataLabel->clear();
        updateActions();
        return;
    }
    const int page = hit->page;
    const quint64 generation = ++m_detailsGeneration;
    auto *watcher = new QFutureWatcher<std::optional<DocumentRecord>>(this);
    connect(watcher, &QFutureWatcher<std::optional<DocumentRecord>>::finished, this, [this, watcher, generation, page] {
        watcher->deleteLater();
        if (generation != m_detailsGeneration)
            return;
        const std::optional<DocumentRecord> doc = watcher->result();
        if (!doc)
            return;
        const bool sameDocument = m_current && m_current->id == doc->id;
        showDetails(*doc);
        // After an edit of the shown document the preview stays where the user is.
        if (!sameDocument || m_preview->pageCount() == 0)
            m_preview->showDocument(*doc, page, m_highlightTerms);
        emit detailsShown(doc->id);
    });
    watcher->setFuture(QtConcurrent::run(loadDocument, &m_library, hit->id));
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
        + row(tr("Category"), doc.category) + row(tr("Type"), doc.type) + row(tr("Municipality"), doc.municipality)
        + row(tr("Year"), doc.year > 0 ? QString::number(doc.year) : QString()) + row(tr("Tags"), doc.tags.join(QStringLiteral(", ")))
        + row(tr("License"), doc.license) + row(tr("Size"), locale.formattedDataSize(doc.size))
        + row(tr("Pages"), doc.pages > 0 ? locale.toString(doc.pages) : QString()) + row(tr("Pack"), doc.packName)
        + row(tr("Imported on"), locale.toString(doc.importedAt.toLocalTime(), QLocale::ShortFormat))
        + row(tr("Notes"), doc.warnings.join(QStringLiteral("; "))) + QStringLiteral("</table>"));
    updateActions();
}

void MainWindow::refreshTags()
{
    auto *watcher = new QFutureWatcher<QList<TagRecord>>(this);
    connect(watcher, &QFutureWatcher<QList<TagRecord>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_tags = watcher->result();
        m_tagColors.clear();
        for (const TagRecord &tag : std::as_const(m_tags))
            m_tagColors.insert(Catalog::tagKey(tag.name), tag.color);
        m_model->setTagColors(m_tagColors);
        if (m_tagManager)
            m_tagManager->setTags(m_tags);
        rebuildFacets();
        emit tagsChanged();
    });
    watcher->setFuture(QtConcurrent::run(loadTags, &m_library));
}

void MainWindow::afterEdit()
{
    // Only once the edits queued so far are all done: a burst of commands refreshes once.
    if (m_editor->isBusy())
        return;
    if (m_current)
        m_keepDocument = m_current->id;
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
        for (const auto &[value, count] : m_facets.value(QLatin1String(field)))
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

void MainWindow::openOriginal()
{
    if (!m_current)
        return;
    const qint64 id = m_current->id;
    statusBar()->showMessage(tr("Opening %1…").arg(DisplayText::quoted(m_current->filename)));
    auto *watcher = new QFutureWatcher<QPair<QString, QString>>(this);
    connect(watcher, &QFutureWatcher<QPair<QString, QString>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const auto [path, error] = watcher->result();
        if (path.isEmpty()) {
            DisplayText::warning(this, tr("Open original"), tr("Cannot open the original: %1").arg(error));
            return;
        }
        statusBar()->showMessage(tr("Opened a copy: %1").arg(QDir::toNativeSeparators(path)), 5000);
        emit originalOpened(path);
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
            DisplayText::information(this, tr("Open original"),
                                     tr("No application is set up for this kind of file. The copy is at %1")
                                         .arg(QDir::toNativeSeparators(path)));
    });
    TemporaryCopies *copies = m_copies.get();
    watcher->setFuture(QtConcurrent::run([copies, id] {
        QString error;
        const QStringList files = copies->copy({id}, &error);
        return qMakePair(files.value(0), error);
    }));
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
    QString path = QFileDialog::getSaveFileName(this, tr("Export the result list"), QDir::home().filePath(tr("Documents.csv")),
                                                tr("CSV for spreadsheets (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    m_exporter->exportCsv({}, queryText(), path);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_library.path(), this);
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
    setWindowTitle(DisplayText::windowTitle(
        tr("Smart Region Toolbox – %1").arg(QDir::toNativeSeparators(m_library.path()))));
    if (m_library.isReadOnly())
        statusBar()->showMessage(tr("Read-only: %1 Importing and editing are disabled.").arg(m_library.readOnlyReason()));
}

void MainWindow::restoreWindowState()
{
    restoreGeometry(AppSettings::windowValue(QStringLiteral("geometry")));
    restoreState(AppSettings::windowValue(QStringLiteral("state")));
    m_ui->mainSplitter->restoreState(AppSettings::windowValue(QStringLiteral("splitter")));
    m_ui->resultView->horizontalHeader()->restoreState(AppSettings::windowValue(QStringLiteral("columns")));
}

void MainWindow::saveWindowState() const
{
    AppSettings::setWindowValue(QStringLiteral("geometry"), saveGeometry());
    AppSettings::setWindowValue(QStringLiteral("state"), saveState());
    AppSettings::setWindowValue(QStringLiteral("splitter"), m_ui->mainSplitter->saveState());
    AppSettings::setWindowValue(QStringLiteral("columns"), m_ui->resultView->horizontalHeader()->saveState());
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
    for (const QString &candidate : {QStringLiteral(SRT_SOURCE_SAMPLE_PACK), installed, QStringLiteral(SRT_INSTALLED_SAMPLE_PACK)}) {
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
