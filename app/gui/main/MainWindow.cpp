#include "main/MainWindow.h"

#include "importing/ImportController.h"
#include "library/Library.h"
#include "preview/PreviewPane.h"
#include "search/HtmlItemDelegate.h"
#include "search/SearchResultModel.h"
#include "search/Searcher.h"
#include "ui_MainWindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QRegularExpression>
#include <QShortcut>
#include <QTimer>
#include <QtConcurrent>

namespace {
constexpr int PageSize = 200;       // rows fetched per search; more as the view scrolls
constexpr int SearchDelayMs = 250;  // search as you type, once typing pauses

// Each search opens its own connection: one connection per thread.
SearchResult runQuery(const Library *library, const SearchRequest &request)
{
    QString error;
    auto db = library->openConnection(&error);
    if (!db) {
        SearchResult failed;
        failed.error = error;
        return failed;
    }
    return Searcher(*db).search(request);
}

std::optional<DocumentRecord> loadDocument(const Library *library, qint64 id)
{
    auto db = library->openConnection(nullptr);
    return db ? Catalog(*db).document(id) : std::nullopt;
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
} // namespace

MainWindow::MainWindow(Library &library, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_library(library)
    , m_model(new SearchResultModel(this))
    , m_preview(new PreviewPane(library, this))
    , m_importer(new ImportController(library, this))
    , m_searchDelay(new QTimer(this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Smart Region Toolbox – %1").arg(QDir::toNativeSeparators(library.path())));
    m_ui->previewHostLayout->addWidget(m_preview);
    m_ui->resultView->setModel(m_model);
    m_ui->resultView->setSortingEnabled(false); // sorting is the search's job: see the header below
    m_ui->resultView->setItemDelegateForColumn(SearchResultModel::Snippet, new HtmlItemDelegate(SearchResultModel::SnippetHtmlRole, this));
    m_ui->resultView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
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
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);

    setupActions();
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::search);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &MainWindow::search);
    connect(m_model, &SearchResultModel::moreRequested, this, &MainWindow::runSearch);
    connect(m_ui->resultView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showPreview);
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
        const QString field = item->data(0, Qt::UserRole).toString();
        if (!field.isEmpty())
            toggleFilter(field, item->data(0, Qt::UserRole + 1).toString());
    });
    connect(m_ui->facetTree, &QTreeWidget::itemClicked, m_ui->facetTree, &QTreeWidget::itemActivated);
    connect(m_ui->suggestionLabel, &QLabel::linkActivated, this, [this](const QString &word) {
        setQueryText(word);
        search();
    });
    connect(m_importer, &ImportController::finished, this, &MainWindow::search);
    if (library.isReadOnly())
        statusBar()->showMessage(tr("Read-only: %1 Importing and editing are disabled.").arg(library.readOnlyReason()));
    search();
}

MainWindow::~MainWindow() = default;

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

void MainWindow::setupActions()
{
    const bool writable = !m_library.isReadOnly();
    m_ui->importAction->setEnabled(writable);
    m_ui->importFolderAction->setEnabled(writable);
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
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Smart Region Toolbox"),
                           tr("<h3>Smart Region Toolbox %1</h3><p>Templates and sample documents of Hessen's Smart Region "
                              "programme: search, preview and reuse them.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
    auto *focusSearch = new QShortcut(QKeySequence::Find, this);
    connect(focusSearch, &QShortcut::activated, this, [this] {
        m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchEdit->selectAll();
    });
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
    request.facets = offset == 0;
    const quint64 generation = offset == 0 ? ++m_searchGeneration : m_searchGeneration;
    auto *watcher = new QFutureWatcher<SearchResult>(this);
    connect(watcher, &QFutureWatcher<SearchResult>::finished, this, [this, watcher, generation, offset] {
        watcher->deleteLater();
        if (generation == m_searchGeneration) // an older search that a newer one overtook is dropped
            showResult(watcher->result(), offset);
    });
    watcher->setFuture(QtConcurrent::run(runQuery, &m_library, request));
}

void MainWindow::showResult(const SearchResult &result, int offset)
{
    if (!result.error.isEmpty()) {
        statusBar()->showMessage(tr("Search failed: %1").arg(result.error));
        return;
    }
    if (offset > 0) {
        m_model->appendHits(result.hits);
        return;
    }
    m_highlightTerms = result.highlightTerms;
    m_model->setResult(result);
    rebuildFacets(result);
    if (!result.suggestions.isEmpty()) {
        QStringList links;
        for (const QString &word : result.suggestions)
            links.append(QStringLiteral("<a href=\"%1\">%1</a>").arg(word.toHtmlEscaped()));
        m_ui->suggestionLabel->setText(tr("Nothing found. Did you mean %1?").arg(links.join(QStringLiteral(", "))));
    }
    m_ui->suggestionLabel->setVisible(!result.suggestions.isEmpty());
    statusBar()->showMessage(queryText().trimmed().isEmpty()
                                 ? tr("%n document(s) in the library", nullptr, int(result.total))
                                 : tr("%n document(s) found", nullptr, int(result.total)));
    if (m_model->rowCount() > 0 && !m_ui->resultView->currentIndex().isValid())
        m_ui->resultView->setCurrentIndex(m_model->index(0, 0));
    else if (m_model->rowCount() == 0)
        m_preview->clear();
    emit searchFinished(result.total);
}

void MainWindow::rebuildFacets(const SearchResult &result)
{
    const QString query = queryText();
    QSignalBlocker blocker(m_ui->facetTree);
    m_ui->facetTree->clear();
    for (const FacetField &facet : FacetFields) {
        const auto values = result.facets.value(QLatin1String(facet.name));
        if (values.isEmpty())
            continue;
        auto *group = new QTreeWidgetItem(m_ui->facetTree, {facetHeading(QLatin1String(facet.name))});
        group->setFlags(Qt::ItemIsEnabled);
        for (const auto &[value, count] : values) {
            auto *item = new QTreeWidgetItem(group, {QStringLiteral("%1 (%2)").arg(value, QLocale().toString(count))});
            item->setData(0, Qt::UserRole, QLatin1String(facet.field));
            item->setData(0, Qt::UserRole + 1, value);
            const bool active = query.contains(filterToken(QLatin1String(facet.field), value), Qt::CaseInsensitive);
            item->setCheckState(0, active ? Qt::Checked : Qt::Unchecked);
            item->setData(0, Qt::AccessibleTextRole, tr("%1, %n document(s)", nullptr, count).arg(value));
        }
        const bool small = QLatin1String(facet.name) != QLatin1String("tag") && QLatin1String(facet.name) != QLatin1String("municipality");
        group->setExpanded(small);
    }
}

void MainWindow::showPreview()
{
    const SearchHit *hit = m_model->hitAt(m_ui->resultView->currentIndex().row());
    if (!hit) {
        m_preview->clear();
        m_ui->previewTitle->clear();
        m_ui->metadataLabel->clear();
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
        m_ui->previewTitle->setText(QStringLiteral("<b>%1</b>").arg(doc->title.toHtmlEscaped()));
        const QLocale locale;
        auto row = [](const QString &label, const QString &value) {
            return value.isEmpty() ? QString() : QStringLiteral("<tr><td><i>%1</i>&nbsp;</td><td>%2</td></tr>").arg(label, value.toHtmlEscaped());
        };
        m_ui->metadataLabel->setText(
            QStringLiteral("<table>") + row(tr("File"), doc->filename) + row(tr("Description"), doc->description)
            + row(tr("Category"), doc->category) + row(tr("Type"), doc->type) + row(tr("Municipality"), doc->municipality)
            + row(tr("Year"), doc->year > 0 ? QString::number(doc->year) : QString())
            + row(tr("Tags"), doc->tags.join(QStringLiteral(", "))) + row(tr("License"), doc->license)
            + row(tr("Size"), locale.formattedDataSize(doc->size))
            + row(tr("Pages"), doc->pages > 0 ? locale.toString(doc->pages) : QString()) + row(tr("Pack"), doc->packName)
            + row(tr("Imported on"), locale.toString(doc->importedAt.toLocalTime(), QLocale::ShortFormat))
            + row(tr("Notes"), doc->warnings.join(QStringLiteral("; "))) + QStringLiteral("</table>"));
        m_preview->showDocument(*doc, page, m_highlightTerms);
    });
    watcher->setFuture(QtConcurrent::run(loadDocument, &m_library, hit->id));
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (m_library.isReadOnly()) {
        QMessageBox::information(this, tr("Import"), tr("This library is read-only: %1").arg(m_library.readOnlyReason()));
        return;
    }
    m_importer->start(paths);
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
    if (m_library.isReadOnly() || m_library.catalog().stats().documents > 0)
        return;
    const QString pack = samplePackPath();
    if (pack.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Empty library"),
        tr("The library is still empty. Import the bundled sample pack of the Smart Region Toolbox to look around?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        importPaths({pack});
}
