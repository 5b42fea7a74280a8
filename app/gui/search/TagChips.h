#pragma once

#include <QStringList>

class QFont;
class QPainter;
class QPalette;
class QRect;

// Tags drawn as rounded chips in their colors, the text color chosen for contrast; a tag without a
// color takes the palette's button color (dark themes). Shows the last part of a nested tag.
class TagChips
{
public:
    // Draws from the left of rect, as many as fit; returns how many were drawn.
    static int paint(QPainter *painter, const QRect &rect, const QStringList &tags, const QStringList &colors,
                     const QFont &font, const QPalette &palette);
};
