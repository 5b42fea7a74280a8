#include "gui/search/ResultItemDelegate.h"

#include "core/search/SearchTypes.h"
#include "core/util/PageText.h"
#include "gui/main/WindowLayout.h"
#include "gui/search/SearchResultModel.h"
#include "gui/search/TagChips.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace {
using WindowLayout::ResultLineGap;
using WindowLayout::ResultPadding;

QFont titleFont(const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    return bold;
}

// The colour of secondary text (the metadata): the text colour halfway to the background.
QColor mutedColor(const QPalette &palette, bool selected)
{
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor base = palette.color(selected ? QPalette::Highlight : QPalette::Base);
    return QColor((text.red() * 2 + base.red()) / 3, (text.green() * 2 + base.green()) / 3,
                  (text.blue() * 2 + base.blue()) / 3);
}

// The snippet with the marked words, or the file name when the query has no words to show, from
// top in at most SnippetLines lines of width; an ellipsis where text is left over.
void paintSnippet(QPainter *painter, const QPoint &top, int width, const QFont &font,
                  const QModelIndex &index)
{
    QString snippet = index.data(SearchResultModel::SnippetRole).toString();
    if (snippet.isEmpty())
        snippet = index.data(SearchResultModel::FileNameRole).toString();
    const ResultItemDelegate::MarkedText marked = ResultItemDelegate::markedText(snippet);
    QTextLayout layout(marked.text, font);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(textOption);
    QList<QTextLayout::FormatRange> formats;
    for (const auto &[start, length] : marked.marks) {
        QTextLayout::FormatRange range;
        range.start = start;
        range.length = length;
        range.format.setFontWeight(QFont::Bold);
        range.format.setBackground(QColor(0xff, 0xd5, 0x4f)); // the preview's highlight
        range.format.setForeground(QColor(Qt::black));
        formats.append(range);
    }
    layout.setFormats(formats);
    bool elided = false;
    ResultItemDelegate::layoutSnippet(layout, width, &elided);
    layout.draw(painter, top);
    if (elided && layout.lineCount() > 0) {
        const QTextLine last = layout.lineAt(layout.lineCount() - 1);
        painter->drawText(QPointF(top.x() + last.naturalTextWidth(), top.y() + last.y() + last.ascent()),
                          QString(QChar(0x2026)));
    }
}

// On line: type, category, year and format, muted; then the user's own tags and the library's.
void paintMetadata(QPainter *painter, const QRect &line, const QStyleOptionViewItem &opt,
                   const QModelIndex &index, bool selected)
{
    const QFontMetrics metrics(opt.font);
    QStringList facts;
    for (int column : { SearchResultModel::Type, SearchResultModel::Category, SearchResultModel::Year,
                        SearchResultModel::Format }) {
        const QString value = index.siblingAtColumn(column).data().toString();
        if (!value.isEmpty())
            facts.append(value);
    }
    const QString meta
        = metrics.elidedText(facts.join(QStringLiteral(" · ")), Qt::ElideRight, line.width() * 2 / 3);
    painter->setPen(mutedColor(opt.palette, selected));
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, meta);
    int chipsLeft = meta.isEmpty() ? 0 : metrics.horizontalAdvance(meta) + WindowLayout::MetadataToChipsGap;
    // The user's own tags first: few, and what she looks for in her list.
    const QStringList personal = index.data(SearchResultModel::PersonalTagsRole).toStringList();
    if (!personal.isEmpty())
        chipsLeft = TagChips::paintPersonal(painter, line.adjusted(chipsLeft, 0, 0, 0), personal, opt.font,
                                            opt.palette, selected)
            - line.left() + WindowLayout::TagChipGap;
    TagChips::paint(painter, line.adjusted(chipsLeft, 0, 0, 0),
                    index.data(SearchResultModel::TagsRole).toStringList(),
                    index.data(SearchResultModel::TagColorsRole).toStringList(), opt.font, opt.palette);
}
} // namespace

ResultItemDelegate::MarkedText ResultItemDelegate::markedText(const QString &snippet)
{
    MarkedText marked;
    marked.text.reserve(snippet.size());
    int start = -1;
    for (const QChar c : snippet) {
        if (c == SearchHit::MarkStart) {
            start = int(marked.text.size());
        } else if (c == SearchHit::MarkEnd) {
            if (start >= 0 && marked.text.size() > start)
                marked.marks.append({ start, int(marked.text.size()) - start });
            start = -1;
        } else {
            // Line and page breaks of the extracted text would break the two lines.
            marked.text.append(c == QLatin1Char('\n') || c == PageText::Separator || c == QLatin1Char('\t')
                                   ? QChar(QLatin1Char(' '))
                                   : c);
        }
    }
    return marked;
}

int ResultItemDelegate::rowHeight(const QFont &font)
{
    const QFontMetrics metrics(font);
    return ResultPadding + QFontMetrics(titleFont(font)).height() + ResultLineGap
        + SnippetLines * metrics.lineSpacing() + ResultLineGap + metrics.height()
        + WindowLayout::TagChipExtraHeight + ResultPadding;
}

void ResultItemDelegate::layoutSnippet(QTextLayout &layout, int width, bool *elided)
{
    const QFontMetrics metrics(layout.font());
    const int ellipsis = metrics.horizontalAdvance(QChar(0x2026));
    *elided = false;
    qreal y = 0;
    layout.beginLayout();
    for (int lines = 1; lines <= SnippetLines; ++lines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(qMax(1, width));
        if (lines == SnippetLines && line.textStart() + line.textLength() < layout.text().size()) {
            line.setLineWidth(qMax(1, width - ellipsis));
            *elided = true;
        }
        line.setPosition(QPointF(0, y));
        y += metrics.lineSpacing();
    }
    layout.endLayout();
}

QSize ResultItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    return { QStyledItemDelegate::sizeHint(option, index).width(), rowHeight(opt.font) };
}

void ResultItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear(); // the background and the selection from the style; the lines come on top
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QColor textColor = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QRect area = opt.rect.adjusted(ResultPadding, ResultPadding, -ResultPadding, -ResultPadding);
    const QFontMetrics metrics(opt.font);
    painter->save();
    painter->setClipRect(opt.rect);

    // The focused row gets a frame of its own: the selection colour alone looks the same whether
    // the list has the keyboard or not.
    if (opt.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(selected ? opt.palette.color(QPalette::HighlightedText)
                                      : opt.palette.color(QPalette::Highlight),
                             2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(opt.rect.adjusted(1, 1, -1, -1));
    }

    // The title, bold, on one line.
    const QFont bold = titleFont(opt.font);
    const QFontMetrics boldMetrics(bold);
    painter->setFont(bold);
    painter->setPen(textColor);
    const QRect titleLine(area.left(), area.top(), area.width(), boldMetrics.height());
    painter->drawText(titleLine, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                      boldMetrics.elidedText(title, Qt::ElideRight, area.width()));

    const QPoint snippetTop(area.left(), titleLine.bottom() + 1 + ResultLineGap);
    painter->setFont(opt.font);
    painter->setPen(textColor);
    paintSnippet(painter, snippetTop, area.width(), opt.font, index);

    // The metadata, muted, then the tags.
    const QRect metaLine(area.left(), snippetTop.y() + SnippetLines * metrics.lineSpacing() + ResultLineGap,
                         area.width(), metrics.height() + WindowLayout::TagChipExtraHeight);
    paintMetadata(painter, metaLine, opt, index, selected);
    painter->restore();
}
