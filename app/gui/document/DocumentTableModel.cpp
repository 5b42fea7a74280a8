#include "document/DocumentTableModel.h"

#include <QLocale>

DocumentTableModel::DocumentTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DocumentTableModel::setDocuments(QList<DocumentRecord> documents)
{
    beginResetModel();
    m_documents = std::move(documents);
    endResetModel();
}

const DocumentRecord *DocumentTableModel::documentAt(int row) const
{
    return row >= 0 && row < m_documents.size() ? &m_documents.at(row) : nullptr;
}

int DocumentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int DocumentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const DocumentRecord &d = m_documents.at(index.row());
    if (role == DocumentIdRole)
        return d.id;
    if (role == RecordRole)
        return QVariant::fromValue(d);
    if (role == Qt::ToolTipRole)
        return d.description.isEmpty() ? d.filename : d.description;
    if (role == Qt::TextAlignmentRole && (index.column() == Year || index.column() == Pages))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Title:
        return d.title;
    case Type:
        return d.type;
    case Category:
        return d.category;
    case Year:
        return d.year > 0 ? QVariant(d.year) : QVariant();
    case Format:
        return d.format.toUpper();
    case Pages:
        return d.pages > 0 ? QVariant(d.pages) : QVariant();
    case Tags:
        return d.tags.join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant DocumentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Title");
    case Type:
        return tr("Type");
    case Category:
        return tr("Category");
    case Year:
        return tr("Year");
    case Format:
        return tr("Format");
    case Pages:
        return tr("Pages");
    case Tags:
        return tr("Tags");
    default:
        return {};
    }
}
