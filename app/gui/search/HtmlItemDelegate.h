#pragma once

#include <QStyledItemDelegate>

// Paints an item's text role as rich text (the snippet with its hits in bold), one line, elided.
class HtmlItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    HtmlItemDelegate(int htmlRole, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};
