#pragma once

#include "library/CatalogRecords.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}
class DocumentTableModel;
class ImportController;
class Library;
class QSortFilterProxyModel;
class QTreeWidgetItem;

// The catalog window: categories on the left, documents in the middle, the selected document's
// text and details on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Library &library, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Offers the bundled sample pack when the library is empty (first start).
    void offerSamplePack();
    static QString samplePackPath();

    DocumentTableModel *documentModel() const { return m_model; }

public slots:
    void reload();

private:
    void setupActions();
    void showDocuments(const QList<DocumentRecord> &documents);
    void rebuildFacets(const QList<DocumentRecord> &documents);
    void applyFilter();
    void showPreview();
    void importPaths(const QStringList &paths);

    std::unique_ptr<Ui::MainWindow> m_ui;
    Library &m_library;
    DocumentTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    ImportController *m_importer;
    QString m_categoryFilter;
    quint64 m_previewRequest = 0;
};
