#include "gui/search/HtmlItemDelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace {
// The role holds escaped data with our own marks, but should markup ever come through, it loads
// nothing: an <img> with a local file would otherwise be read and painted.
class ResourceFreeDocument : public QTextDocument
{
protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};
} // namespace

HtmlItemDelegate::HtmlItemDelegate(int htmlRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(htmlRole)
{
}

void HtmlItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString html = index.data(m_role).toString();
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    ResourceFreeDocument doc;
    doc.setDocumentMargin(0);
    doc.setDefaultFont(opt.font);
    doc.setHtml(html);
    doc.setTextWidth(-1);
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    context.palette.setColor(QPalette::Text, opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->translate(textRect.left(), textRect.top() + (textRect.height() - doc.size().height()) / 2);
    painter->setClipRect(QRect(0, 0, textRect.width(), textRect.height()));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}
