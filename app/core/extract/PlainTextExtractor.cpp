#include "core/extract/PlainTextExtractor.h"

#include "core/extract/SourceFile.h"
#include "core/extract/TextBudget.h"
#include "core/extract/TextCodec.h"
#include "core/util/PageText.h"

#include <QList>

namespace {

constexpr QChar kSeparators[] = { u';', u'\t', u',' };

// How often each separator occurs outside quotes in each of the first lines.
QList<QList<int>> separatorCounts(const QString &text, int maxLines)
{
    QList<QList<int>> lines;
    QList<int> counts(std::size(kSeparators), 0);
    bool quoted = false;
    bool lineHasContent = false;
    for (const QChar c : text) {
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && c == u'\n') {
            if (lineHasContent)
                lines.append(counts);
            if (lines.size() >= maxLines)
                return lines;
            counts.fill(0);
            lineHasContent = false;
            continue;
        } else if (!quoted) {
            for (size_t i = 0; i < std::size(kSeparators); ++i) {
                if (c == kSeparators[i])
                    ++counts[qsizetype(i)];
            }
        }
        if (c != u'\r')
            lineHasContent = true;
    }
    if (lineHasContent)
        lines.append(counts);
    return lines;
}

} // namespace

PlainTextExtractor::PlainTextExtractor(DocumentFormat format)
    : m_format(format)
{
}

Extraction PlainTextExtractor::extract(const QString &path, const ExtractionLimits &limits) const
{
    QByteArray data;
    // UTF-8 needs at most 4 bytes per character; anything larger cannot fit the text limit.
    const QString error = SourceFile::readAll(path, limits.maxTextChars * 4, &data);
    if (!error.isEmpty()) {
        Extraction result;
        result.error = error;
        return result;
    }
    return extractData(data, limits);
}

Extraction PlainTextExtractor::extractData(const QByteArray &data, const ExtractionLimits &limits) const
{
    Extraction result;
    if (data.isEmpty()) {
        result.error = tr("The file is empty.");
        return result;
    }
    if (data.size() > limits.maxTextChars * 4) {
        result.error = tr("The file is too large (the limit is %1 bytes).").arg(limits.maxTextChars * 4);
        return result;
    }
    QString text = TextCodec::decode(data);
    if (TextCodec::looksBinary(text)) {
        result.error = tr("This is not a text file (it contains binary data).");
        return result;
    }
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    // Stray control characters (a few are tolerated above) would upset the index.
    for (QChar &c : text) {
        if (c.unicode() < 0x20 && c != u'\n' && c != u'\t')
            c = c == PageText::Separator ? u'\n' : u' '; // a form feed here is no page
    }

    if (m_format == DocumentFormat::Markdown)
        result.title = markdownTitle(text);
    if (m_format == DocumentFormat::Csv)
        text = csvToText(text, detectCsvSeparator(text));

    TextBudget budget(limits.maxTextChars);
    QString page;
    budget.append(page, text);
    if (budget.exhausted())
        result.warnings.append(budget.warning());
    result.pages = { page };
    result.textExtracted = true;
    return result;
}

QString PlainTextExtractor::markdownTitle(const QString &text)
{
    QString fence;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        const QStringView line = QStringView(text).mid(start, end - start);
        start = end + 1;

        // Up to three spaces of indentation; more makes it a code block.
        qsizetype indent = 0;
        while (indent < line.size() && indent < 4 && line.at(indent) == u' ')
            ++indent;
        if (indent > 3)
            continue;
        const QStringView content = line.mid(indent);
        if (content.startsWith(u"```") || content.startsWith(u"~~~")) {
            const QString marker = content.left(3).toString();
            if (fence.isEmpty())
                fence = marker;
            else if (marker == fence)
                fence.clear();
            continue;
        }
        if (!fence.isEmpty())
            continue;
        if (content == u"#" || content.startsWith(u"# ") || content.startsWith(u"#\t")) {
            QStringView title = content.mid(1).trimmed();
            // An optional closing sequence of #s, separated by a space.
            qsizetype closing = title.size();
            while (closing > 0 && title.at(closing - 1) == u'#')
                --closing;
            if (closing == 0)
                title = QStringView();
            else if (closing < title.size() && title.at(closing - 1).isSpace())
                title = title.left(closing).trimmed();
            if (!title.isEmpty())
                return title.toString();
        }
    }
    return QString();
}

QChar PlainTextExtractor::detectCsvSeparator(const QString &text)
{
    const QList<QList<int>> lines = separatorCounts(text, 20);
    if (lines.isEmpty())
        return u';';
    int best = -1;
    int bestConsistent = 0;
    int bestCount = 0;
    for (qsizetype i = 0; i < qsizetype(std::size(kSeparators)); ++i) {
        const int firstCount = lines.first().at(i);
        if (firstCount == 0)
            continue;
        // German files write decimal commas unquoted ("1,5"), so a separator must occur the same
        // number of times in every record, starting with the header.
        int consistent = 0;
        for (const QList<int> &counts : lines)
            consistent += counts.at(i) == firstCount;
        if (consistent > bestConsistent || (consistent == bestConsistent && firstCount > bestCount)) {
            best = int(i);
            bestConsistent = consistent;
            bestCount = firstCount;
        }
    }
    return best < 0 ? u';' : kSeparators[best];
}

QString PlainTextExtractor::csvToText(const QString &text, QChar separator)
{
    QString out;
    out.reserve(text.size());
    QString cell;
    QStringList record;
    bool quoted = false;
    auto endCell = [&]() {
        record.append(cell.trimmed());
        cell.clear();
    };
    auto endRecord = [&]() {
        endCell();
        // Records of empty cells (";;;") carry nothing to search.
        bool empty = true;
        for (const QString &c : std::as_const(record))
            empty = empty && c.isEmpty();
        if (!empty) {
            out += record.join(u'\t');
            out += u'\n';
        }
        record.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                // Tabs and line breaks inside a cell would break the cell and line layout.
                cell += (c == u'\n' || c == u'\t') ? QChar(u' ') : c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == separator) {
            endCell();
        } else if (c == u'\n') {
            endRecord();
        } else {
            cell += c == u'\t' ? QChar(u' ') : c;
        }
    }
    if (!cell.isEmpty() || !record.isEmpty())
        endRecord();
    while (out.endsWith(u'\n'))
        out.chop(1);
    return out;
}
