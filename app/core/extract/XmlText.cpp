#include "core/extract/XmlText.h"

#include "core/extract/TextBudget.h"

#include <QXmlStreamReader>
#include <limits>

namespace {

const QString kWordNs = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString kWordStrictNs = QStringLiteral("http://purl.oclc.org/ooxml/wordprocessingml/main");
const QString kDrawingNs = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main");
const QString kDrawingStrictNs = QStringLiteral("http://purl.oclc.org/ooxml/drawingml/main");
const QString kMarkupCompatibilityNs
    = QStringLiteral("http://schemas.openxmlformats.org/markup-compatibility/2006");
const QString kOdfTextNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString kOdfOfficeNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString kOdfPresentationNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:presentation:1.0");
const QString kOdfSvgNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");

// A repeat count of text:s beyond this is hostile, not layout.
constexpr int kMaxSpaceRun = 256;

enum class Action {
    None, // descend, no text of its own
    Skip, // ignore the whole subtree
    Text, // character data inside is text
    Paragraph, // ends with a line break (ODF: character data inside is text)
    Tab,
    Break,
    Spaces, // ODF text:s
    Hyphen, // w:noBreakHyphen
};

Action classify(XmlText::Dialect dialect, QStringView ns, QStringView name)
{
    // mc:AlternateContent repeats its content in mc:Fallback for older readers.
    if (ns == kMarkupCompatibilityNs)
        return name == u"Fallback" ? Action::Skip : Action::None;

    switch (dialect) {
    case XmlText::Dialect::WordprocessingML:
        if (ns != kWordNs && ns != kWordStrictNs)
            return Action::None;
        if (name == u"t")
            return Action::Text;
        if (name == u"p")
            return Action::Paragraph;
        if (name == u"tab")
            return Action::Tab;
        if (name == u"br" || name == u"cr")
            return Action::Break;
        if (name == u"noBreakHyphen")
            return Action::Hyphen;
        // Properties hold tab stop definitions (w:tabs/w:tab), not text; deleted text and field
        // instructions are not what the reader sees.
        if (name == u"pPr" || name == u"rPr" || name == u"sectPr" || name == u"delText"
            || name == u"instrText")
            return Action::Skip;
        return Action::None;
    case XmlText::Dialect::DrawingML:
        if (ns != kDrawingNs && ns != kDrawingStrictNs)
            return Action::None;
        if (name == u"t")
            return Action::Text;
        if (name == u"p")
            return Action::Paragraph;
        if (name == u"br")
            return Action::Break;
        if (name == u"pPr" || name == u"rPr" || name == u"endParaRPr")
            return Action::Skip;
        return Action::None;
    case XmlText::Dialect::SpreadsheetML:
        if (name == u"t")
            return Action::Text;
        if (name == u"rPh" || name == u"phoneticPr" || name == u"rPr")
            return Action::Skip;
        return Action::None;
    case XmlText::Dialect::OpenDocument:
        if (ns == kOdfTextNs) {
            if (name == u"p" || name == u"h")
                return Action::Paragraph;
            if (name == u"s")
                return Action::Spaces;
            if (name == u"tab")
                return Action::Tab;
            if (name == u"line-break")
                return Action::Break;
            // Footnote numbers would glue to the preceding word; deleted text is not visible.
            if (name == u"note-citation" || name == u"tracked-changes")
                return Action::Skip;
            return Action::None;
        }
        if ((ns == kOdfOfficeNs && name == u"annotation") || (ns == kOdfPresentationNs && name == u"notes")
            || (ns == kOdfSvgNs && (name == u"title" || name == u"desc")))
            return Action::Skip;
        return Action::None;
    }
    return Action::None;
}

bool isXmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

} // namespace

XmlText::XmlText(Dialect dialect, TextBudget *budget)
    : m_dialect(dialect)
    , m_budget(budget)
{
}

void XmlText::harden(QXmlStreamReader &reader)
{
    // Office parts declare no entities; a few expanded characters are plenty for anything legitimate.
    reader.setEntityExpansionLimit(1024);
}

QString XmlText::readElement(QXmlStreamReader &reader) const
{
    QString out;
    if (!reader.isStartElement())
        return out;

    TextBudget unlimited(std::numeric_limits<qint64>::max());
    TextBudget &budget = m_budget ? *m_budget : unlimited;
    const bool odf = m_dialect == Dialect::OpenDocument;

    QList<Action> open; // the action of each open element from the start element down
    int textDepth = 0; // open elements whose character data is text
    bool afterSpace = true; // ODF: the last character written collapses following whitespace

    for (;;) {
        switch (reader.tokenType()) {
        case QXmlStreamReader::StartElement: {
            const Action action = classify(m_dialect, reader.namespaceUri(), reader.name());
            if (action == Action::Skip) {
                reader.skipCurrentElement();
                if (open.isEmpty())
                    return out; // the start element itself was skipped
                break; // now on the skipped element's EndElement, which is not in open
            }
            open.append(action);
            switch (action) {
            case Action::Text:
                ++textDepth;
                break;
            case Action::Paragraph:
                if (odf) {
                    // A paragraph inside a paragraph (footnote body, text box) starts a new line
                    // rather than gluing to the word before it.
                    if (!out.isEmpty() && !out.endsWith(u'\n') && !budget.append(out, u'\n'))
                        return out;
                    ++textDepth;
                    afterSpace = true;
                }
                break;
            case Action::Tab:
                if (!budget.append(out, u'\t'))
                    return out;
                afterSpace = true;
                break;
            case Action::Break:
                if (!budget.append(out, u'\n'))
                    return out;
                afterSpace = true;
                break;
            case Action::Hyphen:
                if (!budget.append(out, u'-'))
                    return out;
                break;
            case Action::Spaces: {
                bool ok = false;
                int count = reader.attributes().value(kOdfTextNs, QStringLiteral("c")).toInt(&ok);
                if (!ok || count < 1)
                    count = 1;
                if (!budget.append(out, u' ', std::min(count, kMaxSpaceRun)))
                    return out;
                afterSpace = true;
                break;
            }
            case Action::None:
            case Action::Skip:
                break;
            }
            break;
        }
        case QXmlStreamReader::EndElement: {
            if (open.isEmpty())
                return out;
            const Action action = open.takeLast();
            if (action == Action::Text || (odf && action == Action::Paragraph))
                --textDepth;
            if (action == Action::Paragraph) {
                if (!budget.append(out, u'\n'))
                    return out;
                afterSpace = true;
            }
            if (open.isEmpty())
                return out; // the start element's end
            break;
        }
        case QXmlStreamReader::Characters:
            if (textDepth > 0) {
                const QStringView text = reader.text();
                if (!odf) {
                    // Soft hyphens are invisible break hints inside words, not text.
                    const bool hasSoftHyphen = text.contains(QChar(0xAD));
                    if (!budget.append(out, hasSoftHyphen ? text.toString().remove(QChar(0xAD)) : text))
                        return out;
                    break;
                }
                // ODF collapses runs of whitespace in paragraph content to one space; explicit
                // spaces come as text:s.
                QString collapsed;
                collapsed.reserve(text.size());
                for (const QChar c : text) {
                    if (c == QChar(0xAD))
                        continue;
                    if (isXmlSpace(c)) {
                        if (!afterSpace)
                            collapsed.append(u' ');
                        afterSpace = true;
                    } else {
                        collapsed.append(c);
                        afterSpace = false;
                    }
                }
                if (!budget.append(out, collapsed))
                    return out;
            }
            break;
        default:
            break;
        }
        if (reader.readNext() == QXmlStreamReader::Invalid || reader.atEnd())
            return out;
    }
}

QString XmlText::readDocument(const QByteArray &xml, const QString &partName, QStringList *warnings) const
{
    QXmlStreamReader reader(xml);
    harden(reader);
    QString text;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement) {
            text = readElement(reader);
            break;
        }
    }
    if (reader.hasError() && warnings)
        warnings->append(damagedWarning(reader, partName));
    return text;
}

QHash<QString, QString> XmlText::firstElementTexts(const QByteArray &xml, const QStringList &keys,
                                                   bool *damaged)
{
    QHash<QString, QString> found;
    QXmlStreamReader reader(xml);
    harden(reader);
    while (!reader.atEnd() && found.size() < keys.size()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString key = reader.namespaceUri().toString() + u'|' + reader.name().toString();
        if (!keys.contains(key) || found.contains(key))
            continue;
        // A title is a line, not a text; a hostile one should not bloat every search result.
        const QString text
            = reader.readElementText(QXmlStreamReader::IncludeChildElements).simplified().left(1024);
        if (!reader.hasError())
            found.insert(key, text);
    }
    if (damaged)
        *damaged = reader.hasError();
    return found;
}

QString XmlText::damagedWarning(const QXmlStreamReader &reader, const QString &partName)
{
    return tr("The part %1 is damaged (line %2: %3); its text may be incomplete.")
        .arg(partName)
        .arg(reader.lineNumber())
        .arg(reader.errorString());
}

QString XmlText::tidy(const QString &text)
{
    QString out;
    out.reserve(text.size());
    int pendingNewlines = 0;
    qsizetype lineStart = 0;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        QStringView line = QStringView(text).mid(lineStart, lineEnd - lineStart);
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
        if (line.isEmpty()) {
            ++pendingNewlines;
        } else {
            if (!out.isEmpty())
                out.append(pendingNewlines > 0 ? QStringLiteral("\n\n") : QStringLiteral("\n"));
            out.append(line);
            pendingNewlines = 0;
        }
        lineStart = lineEnd + 1;
    }
    return out;
}
