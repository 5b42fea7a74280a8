#pragma once

#include "search/SearchTypes.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}
class ImportController;
class Library;
class PreviewPane;
class QTimer;
class QTreeWidgetItem;
class SearchResultModel;

// The catalog window: filters (facets of the current query) on the left, the search field and the
// ranked results in the middle, the preview and details of the selected document on the right.
// Searches, page rendering and catalog reads run on worker threads; this thread only paints.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Library &library, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Offers the bundled sample pack when the library is empty (first start).
    void offerSamplePack();
    static QString samplePackPath();

    SearchResultModel *resultModel() const { return m_model; }
    PreviewPane *previewPane() const { return m_preview; }
    QString queryText() const;
    void setQueryText(const QString &text);
    // Toggles a facet filter ("kategorie:Vergabe") in the query: added if absent, removed if present.
    void toggleFilter(const QString &field, const QString &value);

public slots:
    void search();

signals:
    void searchFinished(qint64 total);

private:
    void setupActions();
    void runSearch(int offset);
    void showResult(const SearchResult &result, int offset);
    void rebuildFacets(const SearchResult &result);
    void showPreview();
    void importPaths(const QStringList &paths);

    std::unique_ptr<Ui::MainWindow> m_ui;
    Library &m_library;
    SearchResultModel *m_model;
    PreviewPane *m_preview;
    ImportController *m_importer;
    QTimer *m_searchDelay;
    SearchRequest::Sort m_sort = SearchRequest::Sort::Relevance;
    quint64 m_searchGeneration = 0;
    quint64 m_detailsGeneration = 0;
    QStringList m_highlightTerms;
};
