#include "gui/details/RelatedDocumentsList.h"

#include "core/library/Library.h"
#include "core/library/SqliteDatabase.h"
#include "core/search/Searcher.h"
#include "gui/text/DisplayText.h"

#include <QLabel>
#include <QListWidget>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace {
// Entries as wide as the list, no wider: a list lays its rows out as wide as the longest text and
// scrolls sideways; with no width of their own they fill the list and a long title is elided.
class ElidingDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return { 1, QStyledItemDelegate::sizeHint(option, index).height() };
    }
};
} // namespace

RelatedDocumentsList::RelatedDocumentsList(const Library &library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_heading(new QLabel(tr("Related documents"), this))
    , m_list(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_list);
    m_heading->setBuddy(m_list);
    m_list->setAccessibleName(tr("Related documents"));
    m_list->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_list->setItemDelegate(new ElidingDelegate(m_list));
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit documentActivated(item->data(Qt::UserRole).toLongLong()); });
    hide(); // until a document with relatives is shown
}

void RelatedDocumentsList::clear()
{
    m_request.supersede();
    m_list->clear();
    hide();
}

void RelatedDocumentsList::showFor(qint64 documentId)
{
    const Library *library = &m_library;
    m_request.start(
        [library, documentId] {
            auto db = library->openConnection(nullptr);
            return db ? Searcher(*db).similarDocuments(documentId, Shown) : QList<SearchHit>();
        },
        [this](const QList<SearchHit> &hits) {
            m_list->clear();
            for (const SearchHit &hit : hits) {
                const QString title = hit.title.isEmpty() ? hit.filename : hit.title;
                auto *item = new QListWidgetItem(DisplayText::elided(title), m_list);
                item->setData(Qt::UserRole, hit.id);
                // The whole title (the row may be elided) and the file, shown as plain text.
                item->setToolTip(DisplayText::toolTip(
                    title == hit.filename ? title : QStringLiteral("%1\n%2").arg(title, hit.filename)));
            }
            // As tall as its entries: the room below is the note's.
            if (!hits.isEmpty())
                m_list->setFixedHeight(m_list->sizeHintForRow(0) * int(hits.size()) + 2 * m_list->frameWidth());
            setVisible(!hits.isEmpty());
        });
}
