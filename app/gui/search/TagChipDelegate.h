#pragma once

#include <QStyledItemDelegate>

// Paints a cell's tags (SearchResultModel::TagsRole) as chips in the tags' colors; the text color
// is chosen for contrast, and a tag without a color takes the palette's button color (dark themes).
class TagChipDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
