#include "gui/search/SearchResultModel.h"

#include "core/library/Catalog.h"
#include "core/library/TagNames.h"
#include "gui/text/DisplayText.h"

#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SearchResultModel::setResult(const SearchResult &result)
{
    beginResetModel();
    m_hits = result.hits;
    m_total = result.total;
    m_fetching = false;
    endResetModel();
}

void SearchResultModel::appendHits(const QList<SearchHit> &hits)
{
    m_fetching = false;
    if (hits.isEmpty()) {
        m_total = m_hits.size(); // the catalog changed meanwhile: stop asking
        return;
    }
    beginInsertRows({}, int(m_hits.size()), int(m_hits.size() + hits.size() - 1));
    m_hits.append(hits);
    endInsertRows();
}

const SearchHit *SearchResultModel::hitAt(int row) const
{
    return row >= 0 && row < m_hits.size() ? &m_hits.at(row) : nullptr;
}

int SearchResultModel::rowOfDocument(qint64 id) const
{
    for (int row = 0; row < m_hits.size(); ++row) {
        if (m_hits.at(row).id == id)
            return row;
    }
    return -1;
}

void SearchResultModel::setTagColors(const QHash<QString, QString> &colors)
{
    m_tagColors = colors;
    if (!m_hits.isEmpty())
        emit dataChanged(index(0, Title), index(rowCount() - 1, Tags), { TagColorsRole });
}

Qt::ItemFlags SearchResultModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && m_fileProvider)
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

QStringList SearchResultModel::mimeTypes() const
{
    return {QStringLiteral("text/uri-list")};
}

Qt::DropActions SearchResultModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

QMimeData *SearchResultModel::mimeData(const QModelIndexList &indexes) const
{
    if (!m_fileProvider)
        return nullptr;
    QList<qint64> ids;
    for (const QModelIndex &index : indexes) {
        const qint64 id = data(index, DocumentIdRole).toLongLong();
        if (id > 0 && !ids.contains(id))
            ids.append(id);
    }
    const QStringList files = m_fileProvider(ids);
    if (files.isEmpty())
        return nullptr;
    QList<QUrl> urls;
    for (const QString &file : files)
        urls.append(QUrl::fromLocalFile(file));
    auto *mime = new QMimeData;
    mime->setUrls(urls);
    return mime;
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool SearchResultModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetching && m_hits.size() < m_total;
}

void SearchResultModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    emit moreRequested(int(m_hits.size()));
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case DocumentIdRole:
        return hit.id;
    case SnippetRole:
        return hit.snippet;
    case FileNameRole:
        return hit.filename;
    case Qt::AccessibleTextRole:
        return index.column() == Title ? QVariant(accessibleText(hit)) : QVariant();
    case PageRole:
        return hit.page;
    case FormatRole:
        return hit.format;
    case TagsRole:
        return hit.tags;
    case PersonalTagsRole:
        return hit.personalTags;
    case TagColorsRole:
        return tagColors(hit);
    case Qt::ToolTipRole:
        return toolTip(hit, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Year ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DisplayRole:
        return displayData(hit, index.column());
    default:
        break;
    }
    return {};
}

namespace {

// The snippet without SearchHit's mark characters, shortened for a cell or a screen reader.
QString plainSnippet(const SearchHit &hit)
{
    return DisplayText::elided(QString(hit.snippet).remove(SearchHit::MarkStart).remove(SearchHit::MarkEnd),
                               DisplayText::MaxText);
}

} // namespace

QVariant SearchResultModel::displayData(const SearchHit &hit, int column) const
{
    switch (column) {
    case Title:
        return DisplayText::elided(hit.title);
    case Type:
        return DisplayText::elided(hit.type);
    case Category:
        return DisplayText::elided(hit.category);
    case Year:
        return hit.year > 0 ? QVariant(hit.year) : QVariant();
    case Format: {
        // The file's own extension (PNG, DOC), as the file manager shows it: the catalog's
        // format ids group some ("image") under names for developers.
        const QString suffix = QFileInfo(hit.filename).suffix().toUpper();
        return suffix.isEmpty() || suffix.size() > 5 ? hit.format.toUpper() : suffix;
    }
    case Tags:
        return DisplayText::elided(hit.tags.join(QStringLiteral(", ")));
    case Snippet:
        return plainSnippet(hit);
    }
    return {};
}

QString SearchResultModel::accessibleText(const SearchHit &hit) const
{
    // What the drawn row shows, as plain text: a screen reader reads the title, the snippet
    // and the metadata of the hit instead of the title alone.
    QStringList parts { DisplayText::elided(hit.title) };
    if (!hit.snippet.isEmpty())
        parts.append(plainSnippet(hit));
    QStringList facts;
    for (const QString &fact : { hit.type, hit.category, hit.year > 0 ? QString::number(hit.year) : QString(),
                                 displayData(hit, Format).toString() })
        if (!fact.isEmpty())
            facts.append(DisplayText::elided(fact));
    if (!facts.isEmpty())
        parts.append(facts.join(QStringLiteral(", ")));
    if (!hit.tags.isEmpty())
        parts.append(tr("Tags: %1").arg(DisplayText::elided(hit.tags.join(QStringLiteral(", ")))));
    if (!hit.personalTags.isEmpty())
        parts.append(tr("My tags: %1").arg(DisplayText::elided(hit.personalTags.join(QStringLiteral(", ")))));
    return parts.join(QStringLiteral(". "));
}

QStringList SearchResultModel::tagColors(const SearchHit &hit) const
{
    QStringList colors;
    for (const QString &tag : hit.tags)
        colors.append(m_tagColors.value(TagNames::key(tag)));
    return colors;
}

QString SearchResultModel::toolTip(const SearchHit &hit, int column) const
{
    // Rich text in which every piece of data is escaped: the view would render a plain string
    // that looks like HTML as HTML.
    if (column == Tags)
        return DisplayText::toolTip(hit.tags.join(QStringLiteral(", ")));
    if (hit.snippet.isEmpty())
        return DisplayText::toolTip(hit.filename);
    SearchHit shown = hit;
    shown.snippet = DisplayText::elided(hit.snippet, DisplayText::MaxText);
    return QStringLiteral("<p>%1</p>").arg(shown.snippetHtml(QStringLiteral("<b>"), QStringLiteral("</b>")));
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case Tags:
        return tr("Tags");
    case Snippet:
        return tr("Found in text");
    }
    return {};
}
