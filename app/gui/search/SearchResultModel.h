#pragma once

#include "search/SearchTypes.h"

#include <QAbstractTableModel>

// The hits of the current query, one row each, fetched page by page as the view scrolls (a library
// of 100,000 documents never loads at once). The window runs the searches; the model asks for more
// rows through moreRequested().
class SearchResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Type, Category, Year, Format, Tags, Snippet, ColumnCount };
    enum Role { DocumentIdRole = Qt::UserRole + 1, SnippetHtmlRole, PageRole, FormatRole };

    explicit SearchResultModel(QObject *parent = nullptr);

    void setResult(const SearchResult &result);
    void appendHits(const QList<SearchHit> &hits);
    const SearchHit *hitAt(int row) const;
    qint64 total() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void moreRequested(int offset);

private:
    QList<SearchHit> m_hits;
    qint64 m_total = 0;
    bool m_fetching = false;
};
