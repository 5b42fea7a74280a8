#pragma once

#include "core/library/CatalogRecords.h"
#include "core/search/SearchTypes.h"
#include "gui/async/AsyncTask.h"
#include "gui/startup/LibraryProblemDialog.h"

#include <QMainWindow>
#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class MainWindow;
}
class CatalogEditor;
class ExportController;
class ImportController;
class PageController;
class Library;
class PersonalMarks;
class RecentDocuments;
class PreviewPane;
class RelatedDocumentsList;
class PublishController;
class QStringListModel;
class QTimer;
class QUndoStack;
class QueryHelpDialog;
class SearchConnections;
class SearchResultModel;
class TagManagerDialog;
class TemporaryCopies;

// The catalog window: filters (facets of the current query, saved searches) on the left, the search
// field and the ranked results in the middle, the preview and details of the selected document on
// the right. Searches, page rendering, catalog reads and edits run on worker threads; this thread
// only paints. Tag and metadata edits are undoable commands (Ctrl+Z).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Library &library, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Offers the bundled sample pack when the library is empty (first start).
    void offerSamplePack();
    // Where a window of that geometry goes on a screen with that available area: no larger than the
    // area less room for the window manager's frame, moved into it when it would stick out.
    static QRect fittedToScreen(const QRect &window, const QRect &available);
    // The first window, without a remembered one: the available area less the frame, centred,
    // no larger than WindowLayout::FirstWindowMaximum.
    static QRect firstGeometry(const QRect &available);
    static QString samplePackPath();
    // Set when damage to the catalog was found and the user chose what to do in the problem dialog
    // (the window then closes; the caller closes the library and restores a backup or opens another).
    std::optional<LibraryProblemDialog::Outcome> problemOutcome() const { return m_problemOutcome; }
    // Set when the user chose to load a newer version of a published library (the window then
    // closes; the caller opens the library again and restores query and selection).
    struct Reload
    {
        QString query;
        qint64 documentId = 0;
    };
    std::optional<Reload> reloadRequest() const { return m_reload; }
    // Searches query and selects the document again when it is among the hits (after a reload).
    void restore(const Reload &state);
    // Runs PRAGMA quick_check on a worker thread; damage found shows the problem dialog. Started a
    // moment after the window is up: on a large catalog it reads for seconds.
    void checkCatalogInBackground();

    SearchResultModel *resultModel() const { return m_model; }
    PreviewPane *previewPane() const { return m_preview; }
    QUndoStack *undoStack() const { return m_undoStack; }
    CatalogEditor *catalogEditor() const { return m_editor; }
    QString queryText() const;
    void setQueryText(const QString &text);
    // Toggles a facet filter ("kategorie:Vergabe") in the query: added if absent, removed if present.
    void toggleFilter(const QString &field, const QString &value);
    QList<qint64> selectedDocumentIds() const;
    std::optional<DocumentRecord> currentDocument() const { return m_current; }
    QList<TagRecord> tags() const { return m_tags; }

    // What the tag dialog's OK does: one undoable step that adds and removes tags on the selection.
    void changeTagsOfSelection(const QStringList &add, const QStringList &remove);
    void saveSearch(const QString &name, const QString &query);
    void removeSavedSearch(const QString &name);

public slots:
    void search();
    void editTags();
    void manageTags();
    void editDetails();
    void openOriginal();
    void showInFolder(); // a copy, in the file manager
    void useTemplate(); // a filled copy of the document at hand (UseTemplateDialog)
    void exportSelected();
    void exportHits();
    void exportCsv();
    void showSettings();
    void showQueryHelp();

signals:
    void searchFinished(qint64 total);
    void facetsShown();
    void detailsShown(qint64 documentId);
    void tagsChanged();
    void originalOpened(const QString &path);
    void shownInFolder(const QString &path);
    void languageChanged();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setupPanes();
    void setupResultView();
    void listenForDamage();
    void connectSearch();
    void connectDocumentJobs();
    void setupActions();
    void setupUndoActions();
    void connectFileActions();
    void setupTeamActions();
    void connectSearchActions();
    void showShortcuts();
    void setupTabOrder();
    void followQueryLink(const QString &link); // "suggest:word", "drop:filter", "help:"
    std::optional<QPair<qint64, QString>> documentAtHand() const; // id and file name
    // Copies the document at hand on a worker thread, then hands the copy's path to then.
    void withCopy(const QString &title, const std::function<void(const QString &path)> &then);
    void runSearch(int offset);
    void showResult(const SearchResult &result, int offset);
    // Why nothing was found and what to try; filtered: the query has filters.
    void showQueryNotes(const SearchResult &result, const QString &query, bool filtered);
    void showFilterChips(const QStringList &filters);
    void selectAgain(qint64 keep);
    void rebuildFacets();
    void showPreview();
    void showDetails(const DocumentRecord &doc);
    // Searches the document by its title and selects it (a related or recently viewed one).
    void findDocument(const DocumentRecord &doc);
    // The details' note on text read by OCR; empty for documents with a text layer.
    static QString ocrNote(const DocumentRecord &doc);
    void importPaths(const QStringList &paths);
    void refreshTags();
    QString pagesNote(const DocumentRecord &doc) const;
    void afterEdit();
    void updateActions();
    void restoreWindowState();
    void fitToScreen();
    void saveWindowState() const;
    void retranslate();
    void showStatusCount();
    void rememberQuery();
    void askForSamplePack();
    void offerRepair();
    void offerNewerVersion();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Library &m_library;
    SearchResultModel *m_model;
    PreviewPane *m_preview;
    RelatedDocumentsList *m_related; // under the details of the selected document
    ImportController *m_importer;
    PageController *m_pages; // pages of office documents, in the background
    ExportController *m_exporter;
    CatalogEditor *m_editor;
    PublishController *m_publisher;
    PersonalMarks *m_personal;
    RecentDocuments *m_recent; // "Recently viewed" in the File menu
    QUndoStack *m_undoStack;
    std::unique_ptr<TemporaryCopies> m_copies;
    std::unique_ptr<SearchConnections> m_connections;
    QTimer *m_searchDelay;
    QStringListModel *m_history;
    QueryHelpDialog *m_queryHelp = nullptr;
    TagManagerDialog *m_tagManager = nullptr;
    SearchRequest::Sort m_sort = SearchRequest::Sort::Relevance;
    AsyncTask::LatestRequest m_search { this }; // rows, further rows and facets of the latest search
    AsyncTask::LatestRequest m_details { this }; // the selected document's record
    QStringList m_highlightTerms;
    qint64 m_total = 0;                                  // of the shown search (hits live in the model)
    qint64 m_firstBrowseTotal = -1;                      // documents in the library at start, once known
    bool m_offerSamplePack = false;
    std::optional<DocumentRecord> m_current;
    qint64 m_keepDocument = 0; // the document to select again after a refresh
    QList<qint64> m_keepSelection; // the documents selected at an edit, selected again after it
    QString m_editNote; // what the last edit did, beside the hit count until the query changes
    QList<TagRecord> m_tags;
    bool m_repairOffered = false;
    std::optional<LibraryProblemDialog::Outcome> m_problemOutcome;
    std::optional<Reload> m_reload;
};
