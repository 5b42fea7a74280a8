#include "gui/search/TagChips.h"

#include "gui/main/WindowLayout.h"
#include "gui/text/DisplayText.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPalette>

using WindowLayout::TagChipElideMargin;
using WindowLayout::TagChipExtraHeight;
using WindowLayout::TagChipGap;
using WindowLayout::TagChipPadding;

int TagChips::paint(QPainter *painter, const QRect &rect, const QStringList &tags, const QStringList &colors,
                    const QFont &font, const QPalette &palette)
{
    const QFontMetrics metrics(font);
    const int height = qMin(rect.height() - TagChipExtraHeight, metrics.height() + TagChipExtraHeight);
    QRect chip(rect.left(), rect.top() + (rect.height() - height) / 2, 0, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(rect);
    painter->setFont(font);
    int drawn = 0;
    for (int i = 0; i < tags.size(); ++i) {
        // The leaf, no wider than the rect; the tooltip has all.
        const QString text = metrics.elidedText(
            DisplayText::elided(tags.at(i).section(QLatin1Char('/'), -1)), Qt::ElideRight,
            qMax(metrics.averageCharWidth(), rect.width() - TagChipElideMargin));
        QColor background(colors.value(i));
        if (!background.isValid())
            background = palette.color(QPalette::Button);
        chip.setWidth(metrics.horizontalAdvance(text) + TagChipPadding);
        if (chip.left() > rect.right())
            break;
        painter->setPen(Qt::NoPen);
        painter->setBrush(background);
        painter->drawRoundedRect(chip, height / 2.0, height / 2.0);
        painter->setPen(background.lightnessF() > 0.55 ? QColor(Qt::black) : QColor(Qt::white));
        painter->drawText(chip, Qt::AlignCenter, text);
        chip.moveLeft(chip.right() + TagChipGap);
        ++drawn;
    }
    painter->restore();
    return drawn;
}

int TagChips::paintPersonal(QPainter *painter, const QRect &rect, const QStringList &tags, const QFont &font,
                            const QPalette &palette, bool selected)
{
    const QFontMetrics metrics(font);
    const int height = qMin(rect.height() - TagChipExtraHeight, metrics.height() + TagChipExtraHeight);
    QRect chip(rect.left(), rect.top() + (rect.height() - height) / 2, 0, height);
    int right = rect.left();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(rect);
    painter->setFont(font);
    const QColor outline = palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight);
    const QColor textColor = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    for (const QString &tag : tags) {
        const QString text = metrics.elidedText(
            tr("mine: %1").arg(DisplayText::elided(tag.section(QLatin1Char('/'), -1))), Qt::ElideRight,
            qMax(metrics.averageCharWidth(), rect.width() - TagChipElideMargin));
        chip.setWidth(metrics.horizontalAdvance(text) + TagChipPadding);
        if (chip.left() > rect.right())
            break;
        painter->setPen(QPen(outline, 1.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(chip).adjusted(0.75, 0.75, -0.75, -0.75), height / 2.0, height / 2.0);
        painter->setPen(textColor);
        painter->drawText(chip, Qt::AlignCenter, text);
        right = chip.right() + 1;
        chip.moveLeft(chip.right() + TagChipGap);
    }
    painter->restore();
    return right;
}
