#pragma once

#include <QCoreApplication>
#include <QStringList>

class QFont;
class QPainter;
class QPalette;
class QRect;

// Tags drawn as rounded chips in their colors, the text color chosen for contrast; a tag without a
// color takes the palette's button color (dark themes). Shows the last part of a nested tag.
class TagChips
{
    Q_DECLARE_TR_FUNCTIONS(TagChips)

public:
    // Draws from the left of rect, as many as fit; returns how many were drawn.
    static int paint(QPainter *painter, const QRect &rect, const QStringList &tags, const QStringList &colors,
                     const QFont &font, const QPalette &palette);
    // The user's own tags (PersonalOverlay), apart from the library's: outlined in the highlight
    // colour, no fill, "mine: X" as the search writes them. Returns the x right of the last one
    // drawn (rect.left() when none).
    // On a selected row (selected) in the selection's text colour.
    static int paintPersonal(QPainter *painter, const QRect &rect, const QStringList &tags, const QFont &font,
                             const QPalette &palette, bool selected);
};
