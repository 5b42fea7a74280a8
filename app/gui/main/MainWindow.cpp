#include "main/MainWindow.h"

#include "document/DocumentTableModel.h"
#include "importing/ImportController.h"
#include "library/Library.h"
#include "ui_MainWindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QtConcurrent>

namespace {
// Reads on a connection of its own: the GUI thread never waits for the catalog.
QList<DocumentRecord> loadDocuments(const Library *library)
{
    auto db = library->openConnection(nullptr);
    if (!db)
        return {};
    return Catalog(*db).documents();
}

QString loadText(const Library *library, qint64 id)
{
    auto db = library->openConnection(nullptr);
    return db ? Catalog(*db).documentText(id) : QString();
}
} // namespace

MainWindow::MainWindow(Library &library, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_library(library)
    , m_model(new DocumentTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_importer(new ImportController(library, this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Smart Region Toolbox – %1").arg(QDir::toNativeSeparators(library.path())));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortLocaleAware(true);
    m_ui->resultView->setModel(m_proxy);
    m_ui->resultView->horizontalHeader()->setSectionResizeMode(DocumentTableModel::Title, QHeaderView::Interactive);
    m_ui->resultView->setColumnWidth(DocumentTableModel::Title, 340);
    m_ui->resultView->sortByColumn(DocumentTableModel::Title, Qt::AscendingOrder);
    m_ui->mainSplitter->setSizes({220, 640, 420});
    m_ui->mainSplitter->setStretchFactor(1, 1);

    setupActions();
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &MainWindow::applyFilter);
    connect(m_ui->resultView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showPreview);
    connect(m_ui->facetTree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_categoryFilter = item ? item->data(0, Qt::UserRole).toString() : QString();
        applyFilter();
    });
    connect(m_importer, &ImportController::finished, this, &MainWindow::reload);
    if (library.isReadOnly())
        statusBar()->showMessage(tr("Read-only: %1 Importing and editing are disabled.").arg(library.readOnlyReason()));
    reload();
}

MainWindow::~MainWindow() = default;

void MainWindow::setupActions()
{
    const bool writable = !m_library.isReadOnly();
    m_ui->importAction->setEnabled(writable);
    m_ui->importFolderAction->setEnabled(writable);
    connect(m_ui->importAction, &QAction::triggered, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Import packs"), QDir::homePath(),
            tr("Packs and documents (*.zip *.tar *.tar.gz *.tgz *.tar.bz2 *.tar.xz *.7z *.pdf *.docx *.odt *.xlsx *.txt *.md);;All files (*)"));
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
                              "programme: search, preview, export.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
    auto *focusSearch = new QShortcut(QKeySequence::Find, this);
    connect(focusSearch, &QShortcut::activated, this, [this] {
        m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchEdit->selectAll();
    });
}

void MainWindow::reload()
{
    auto *watcher = new QFutureWatcher<QList<DocumentRecord>>(this);
    connect(watcher, &QFutureWatcher<QList<DocumentRecord>>::finished, this, [this, watcher] {
        showDocuments(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(loadDocuments, &m_library));
}

void MainWindow::showDocuments(const QList<DocumentRecord> &documents)
{
    m_model->setDocuments(documents);
    rebuildFacets(documents);
    applyFilter();
    statusBar()->showMessage(tr("%n document(s) in the library", nullptr, int(documents.size())));
}

void MainWindow::rebuildFacets(const QList<DocumentRecord> &documents)
{
    QMap<QString, int> counts;
    for (const DocumentRecord &d : documents)
        ++counts[d.category.isEmpty() ? tr("(no category)") : d.category];
    QSignalBlocker blocker(m_ui->facetTree);
    m_ui->facetTree->clear();
    auto *all = new QTreeWidgetItem(m_ui->facetTree, {tr("All documents (%1)").arg(documents.size())});
    all->setData(0, Qt::UserRole, QString());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        auto *item = new QTreeWidgetItem(all, {QStringLiteral("%1 (%2)").arg(it.key()).arg(it.value())});
        item->setData(0, Qt::UserRole, it.key());
    }
    m_ui->facetTree->expandAll();
    m_ui->facetTree->setCurrentItem(all);
    m_categoryFilter.clear();
}

void MainWindow::applyFilter()
{
    // Until full-text search lands this narrows by title, category, type and tags.
    const QString text = m_ui->searchEdit->text().trimmed();
    const QString category = m_categoryFilter;
    m_proxy->setFilterRegularExpression(QRegularExpression(QRegularExpression::escape(text), QRegularExpression::CaseInsensitiveOption));
    if (!category.isEmpty()) {
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QModelIndex index = m_proxy->index(row, DocumentTableModel::Category);
            m_ui->resultView->setRowHidden(row, index.data().toString() != category);
        }
    } else {
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            m_ui->resultView->setRowHidden(row, false);
    }
}

void MainWindow::showPreview()
{
    const QModelIndex current = m_proxy->mapToSource(m_ui->resultView->currentIndex());
    const DocumentRecord *doc = m_model->documentAt(current.row());
    if (!doc) {
        m_ui->previewTitle->clear();
        m_ui->previewText->clear();
        m_ui->metadataLabel->clear();
        return;
    }
    m_ui->previewTitle->setText(QStringLiteral("<b>%1</b>").arg(doc->title.toHtmlEscaped()));
    const QLocale locale;
    auto row = [](const QString &label, const QString &value) {
        return value.isEmpty() ? QString() : QStringLiteral("<tr><td><i>%1</i></td><td>%2</td></tr>").arg(label, value.toHtmlEscaped());
    };
    m_ui->metadataLabel->setText(
        QStringLiteral("<table>") + row(tr("File"), doc->filename) + row(tr("Description"), doc->description)
        + row(tr("Category"), doc->category) + row(tr("Type"), doc->type) + row(tr("Municipality"), doc->municipality)
        + row(tr("Year"), doc->year > 0 ? QString::number(doc->year) : QString()) + row(tr("Tags"), doc->tags.join(QStringLiteral(", ")))
        + row(tr("License"), doc->license) + row(tr("Size"), locale.formattedDataSize(doc->size))
        + row(tr("Pages"), doc->pages > 0 ? locale.toString(doc->pages) : QString()) + row(tr("Pack"), doc->packName)
        + row(tr("Notes"), doc->warnings.join(QStringLiteral("; "))) + QStringLiteral("</table>"));
    m_ui->previewText->setPlainText(tr("Loading…"));
    const quint64 request = ++m_previewRequest;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, request] {
        if (request == m_previewRequest) {
            const QString text = watcher->result();
            m_ui->previewText->setPlainText(text.isEmpty() ? tr("No text was extracted from this document.")
                                                           : QString(text).replace(QChar(0x0C), QStringLiteral("\n\n――――――――\n\n")));
        }
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(loadText, &m_library, doc->id));
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
        tr("The library is still empty. Import the bundled sample pack of the Smart Region toolbox to look around?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        importPaths({pack});
}
