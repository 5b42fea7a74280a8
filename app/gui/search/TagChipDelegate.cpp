#include "gui/search/TagChipDelegate.h"

#include "gui/search/SearchResultModel.h"
#include "gui/text/DisplayText.h"

#include <QApplication>
#include <QPainter>

void TagChipDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the background and selection only; the chips come on top
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QStringList tags = index.data(SearchResultModel::TagsRole).toStringList();
    const QStringList colors = index.data(SearchResultModel::TagColorsRole).toStringList();
    const QFontMetrics metrics(opt.font);
    const int height = qMin(opt.rect.height() - 4, metrics.height() + 2);
    QRect chip(opt.rect.left() + 3, opt.rect.top() + (opt.rect.height() - height) / 2, 0, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(opt.rect);
    for (int i = 0; i < tags.size(); ++i) {
        // The leaf, no wider than the cell; the tooltip has all.
        const QString text
            = metrics.elidedText(DisplayText::elided(tags.at(i).section(QLatin1Char('/'), -1)),
                                 Qt::ElideRight, qMax(metrics.averageCharWidth(), opt.rect.width() - 16));
        QColor background(colors.value(i));
        if (!background.isValid())
            background = opt.palette.color(QPalette::Button);
        chip.setWidth(metrics.horizontalAdvance(text) + 10);
        if (chip.left() > opt.rect.right())
            break;
        painter->setPen(Qt::NoPen);
        painter->setBrush(background);
        painter->drawRoundedRect(chip, height / 2.0, height / 2.0);
        painter->setPen(background.lightnessF() > 0.55 ? QColor(Qt::black) : QColor(Qt::white));
        painter->drawText(chip, Qt::AlignCenter, text);
        chip.moveLeft(chip.right() + 5);
    }
    painter->restore();
}
