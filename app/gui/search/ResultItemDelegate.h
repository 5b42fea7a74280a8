#pragma once

#include <QStyledItemDelegate>

class QTextLayout;

// Paints a search hit the way search results are read: the title, below it the snippet with the
// marked words (wrapping over two lines), then the metadata (type, category, year, format), the
// user's own tags as outlined chips and the library's tags as chips in their colors. Nothing is
// rendered as rich text: the marks are SearchHit's mark characters, drawn here as formats on plain
// text, so markup in library data shows as itself. Set on the title column; the other columns of
// SearchResultModel are read through siblings.
class ResultItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int SnippetLines = 2;

    // A snippet as drawn: the text without marks, and where the marked words are (start, length).
    struct MarkedText
    {
        QString text;
        QList<QPair<int, int>> marks;
    };
    static MarkedText markedText(const QString &snippet);
    // The row height for that font: title, snippet lines, metadata, padding.
    static int rowHeight(const QFont &font);
    // The snippet laid out at that width in at most SnippetLines lines; the last line is shortened
    // to leave room for an ellipsis when text is left over (*elided set then).
    static void layoutSnippet(QTextLayout &layout, int width, bool *elided);

    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
