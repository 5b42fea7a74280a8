#pragma once

#include "core/search/SearchTypes.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

// The hits of the current query, one row each, fetched page by page as the view scrolls (a library
// of 100,000 documents never loads at once). The window runs the searches; the model asks for more
// rows through moreRequested().
class SearchResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Type, Category, Year, Format, Tags, Snippet, ColumnCount };
    // SnippetRole: the snippet as plain text with SearchHit's mark characters around the hits.
    enum Role {
        DocumentIdRole = Qt::UserRole + 1,
        SnippetRole,
        PageRole,
        FormatRole,
        TagsRole,
        TagColorsRole,
        FileNameRole,
        PersonalTagsRole // the user's own tags (SearchHit::personalTags)
    };
    // Files for a drag into a file manager: copies of the documents under their original names.
    using FileProvider = std::function<QStringList(const QList<qint64> &ids)>;

    explicit SearchResultModel(QObject *parent = nullptr);

    void setResult(const SearchResult &result);
    void appendHits(const QList<SearchHit> &hits);
    const SearchHit *hitAt(int row) const;
    qint64 total() const { return m_total; }
    int rowOfDocument(qint64 id) const; // -1 when not loaded
    // Tag colors by TagNames::key(), for the chips in the tags column.
    void setTagColors(const QHash<QString, QString> &colors);
    void setFileProvider(FileProvider provider) { m_fileProvider = std::move(provider); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void moreRequested(int offset);

private:
    // The parts of data(), one per role that computes its value.
    QVariant displayData(const SearchHit &hit, int column) const;
    QString accessibleText(const SearchHit &hit) const;
    QStringList tagColors(const SearchHit &hit) const;
    QString toolTip(const SearchHit &hit, int column) const;

    QList<SearchHit> m_hits;
    qint64 m_total = 0;
    bool m_fetching = false;
    QHash<QString, QString> m_tagColors;
    FileProvider m_fileProvider;
};
