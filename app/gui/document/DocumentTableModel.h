#pragma once

#include "library/CatalogRecords.h"

#include <QAbstractTableModel>
#include <QList>

// The documents of the current view, one row each. Holds records, not a database connection: the
// window fills it from the catalog (and later from search results) off the GUI thread.
class DocumentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Type, Category, Year, Format, Pages, Tags, ColumnCount };
    enum Role { DocumentIdRole = Qt::UserRole + 1, RecordRole };

    explicit DocumentTableModel(QObject *parent = nullptr);

    void setDocuments(QList<DocumentRecord> documents);
    const DocumentRecord *documentAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DocumentRecord> m_documents;
};
