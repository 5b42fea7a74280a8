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

// Which namespaces a rule's element may come from.
enum class Ns { Word, Drawing, Any, OdfText, OdfOffice, OdfPresentation, OdfSvg };

bool inNamespace(Ns ns, QStringView uri)
{
    switch (ns) {
    case Ns::Word:
        return uri == kWordNs || uri == kWordStrictNs;
    case Ns::Drawing:
        return uri == kDrawingNs || uri == kDrawingStrictNs;
    case Ns::Any:
        return true;
    case Ns::OdfText:
        return uri == kOdfTextNs;
    case Ns::OdfOffice:
        return uri == kOdfOfficeNs;
    case Ns::OdfPresentation:
        return uri == kOdfPresentationNs;
    case Ns::OdfSvg:
        return uri == kOdfSvgNs;
    }
    return false;
}

struct ElementRule
{
    XmlText::Dialect dialect;
    Ns ns;
    QStringView name;
    Action action;
};

using D = XmlText::Dialect;
// What each element of a dialect does; an element without a rule descends (Action::None).
constexpr ElementRule kRules[] = {
    { D::WordprocessingML, Ns::Word, u"t", Action::Text },
    { D::WordprocessingML, Ns::Word, u"p", Action::Paragraph },
    { D::WordprocessingML, Ns::Word, u"tab", Action::Tab },
    { D::WordprocessingML, Ns::Word, u"br", Action::Break },
    { D::WordprocessingML, Ns::Word, u"cr", Action::Break },
    { D::WordprocessingML, Ns::Word, u"noBreakHyphen", Action::Hyphen },
    // Properties hold tab stop definitions (w:tabs/w:tab), not text; deleted text and field
    // instructions are not what the reader sees.
    { D::WordprocessingML, Ns::Word, u"pPr", Action::Skip },
    { D::WordprocessingML, Ns::Word, u"rPr", Action::Skip },
    { D::WordprocessingML, Ns::Word, u"sectPr", Action::Skip },
    { D::WordprocessingML, Ns::Word, u"delText", Action::Skip },
    { D::WordprocessingML, Ns::Word, u"instrText", Action::Skip },
    { D::DrawingML, Ns::Drawing, u"t", Action::Text },
    { D::DrawingML, Ns::Drawing, u"p", Action::Paragraph },
    { D::DrawingML, Ns::Drawing, u"br", Action::Break },
    { D::DrawingML, Ns::Drawing, u"pPr", Action::Skip },
    { D::DrawingML, Ns::Drawing, u"rPr", Action::Skip },
    { D::DrawingML, Ns::Drawing, u"endParaRPr", Action::Skip },
    { D::SpreadsheetML, Ns::Any, u"t", Action::Text },
    { D::SpreadsheetML, Ns::Any, u"rPh", Action::Skip },
    { D::SpreadsheetML, Ns::Any, u"phoneticPr", Action::Skip },
    { D::SpreadsheetML, Ns::Any, u"rPr", Action::Skip },
    { D::OpenDocument, Ns::OdfText, u"p", Action::Paragraph },
    { D::OpenDocument, Ns::OdfText, u"h", Action::Paragraph },
    { D::OpenDocument, Ns::OdfText, u"s", Action::Spaces },
    { D::OpenDocument, Ns::OdfText, u"tab", Action::Tab },
    { D::OpenDocument, Ns::OdfText, u"line-break", Action::Break },
    // Footnote numbers would glue to the preceding word; deleted text is not visible.
    { D::OpenDocument, Ns::OdfText, u"note-citation", Action::Skip },
    { D::OpenDocument, Ns::OdfText, u"tracked-changes", Action::Skip },
    { D::OpenDocument, Ns::OdfOffice, u"annotation", Action::Skip },
    { D::OpenDocument, Ns::OdfPresentation, u"notes", Action::Skip },
    { D::OpenDocument, Ns::OdfSvg, u"title", Action::Skip },
    { D::OpenDocument, Ns::OdfSvg, u"desc", Action::Skip },
};

Action classify(XmlText::Dialect dialect, QStringView ns, QStringView name)
{
    // mc:AlternateContent repeats its content in mc:Fallback for older readers.
    if (ns == kMarkupCompatibilityNs)
        return name == u"Fallback" ? Action::Skip : Action::None;
    for (const ElementRule &rule : kRules) {
        if (rule.dialect == dialect && rule.name == name && inNamespace(rule.ns, ns))
            return rule.action;
    }
    return Action::None;
}

bool isXmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

// One readElement(): walks from a start element to its end, appending the text its elements
// stand for; stops early at damage or when the budget is spent.
class ElementReader
{
public:
    ElementReader(QXmlStreamReader &reader, XmlText::Dialect dialect, TextBudget &budget)
        : m_reader(reader)
        , m_dialect(dialect)
        , m_odf(dialect == XmlText::Dialect::OpenDocument)
        , m_budget(budget)
    {
    }

    QString read()
    {
        for (;;) {
            bool more = true;
            switch (m_reader.tokenType()) {
            case QXmlStreamReader::StartElement:
                more = start();
                break;
            case QXmlStreamReader::EndElement:
                more = end();
                break;
            case QXmlStreamReader::Characters:
                more = m_textDepth == 0 || characters(m_reader.text());
                break;
            default:
                break;
            }
            if (!more || m_reader.readNext() == QXmlStreamReader::Invalid || m_reader.atEnd())
                return m_out;
        }
    }

private:
    // Each step returns false when the walk ends: the element read, the budget spent.
    bool start()
    {
        const Action action = classify(m_dialect, m_reader.namespaceUri(), m_reader.name());
        if (action == Action::Skip) {
            m_reader.skipCurrentElement();
            // Now on the skipped element's EndElement, which is not in m_open; when the start
            // element itself was skipped, that is all.
            return !m_open.isEmpty();
        }
        m_open.append(action);
        switch (action) {
        case Action::Text:
            ++m_textDepth;
            return true;
        case Action::Paragraph:
            return !m_odf || startOdfParagraph();
        case Action::Tab:
            return separator(u'\t');
        case Action::Break:
            return separator(u'\n');
        case Action::Hyphen:
            return m_budget.append(m_out, u'-');
        case Action::Spaces:
            return spaces();
        case Action::None:
        case Action::Skip:
            break;
        }
        return true;
    }

    // ODF: character data inside a paragraph is text. A paragraph inside a paragraph (footnote
    // body, text box) starts a new line rather than gluing to the word before it.
    bool startOdfParagraph()
    {
        if (!m_out.isEmpty() && !m_out.endsWith(u'\n') && !m_budget.append(m_out, u'\n'))
            return false;
        ++m_textDepth;
        m_afterSpace = true;
        return true;
    }

    bool separator(QChar c)
    {
        if (!m_budget.append(m_out, c))
            return false;
        m_afterSpace = true;
        return true;
    }

    bool spaces()
    {
        bool ok = false;
        int count = m_reader.attributes().value(kOdfTextNs, QStringLiteral("c")).toInt(&ok);
        if (!ok || count < 1)
            count = 1;
        if (!m_budget.append(m_out, u' ', std::min(count, kMaxSpaceRun)))
            return false;
        m_afterSpace = true;
        return true;
    }

    bool end()
    {
        if (m_open.isEmpty())
            return false;
        const Action action = m_open.takeLast();
        if (action == Action::Text || (m_odf && action == Action::Paragraph))
            --m_textDepth;
        if (action == Action::Paragraph && !separator(u'\n'))
            return false;
        return !m_open.isEmpty(); // empty: the start element's end
    }

    bool characters(QStringView text)
    {
        if (!m_odf) {
            // Soft hyphens are invisible break hints inside words, not text.
            const bool hasSoftHyphen = text.contains(QChar(0xAD));
            return m_budget.append(m_out, hasSoftHyphen ? text.toString().remove(QChar(0xAD)) : text);
        }
        // ODF collapses runs of whitespace in paragraph content to one space; explicit spaces come
        // as text:s.
        QString collapsed;
        collapsed.reserve(text.size());
        for (const QChar c : text) {
            if (c == QChar(0xAD))
                continue;
            if (isXmlSpace(c)) {
                if (!m_afterSpace)
                    collapsed.append(u' ');
                m_afterSpace = true;
            } else {
                collapsed.append(c);
                m_afterSpace = false;
            }
        }
        return m_budget.append(m_out, collapsed);
    }

    QXmlStreamReader &m_reader;
    const XmlText::Dialect m_dialect;
    const bool m_odf;
    TextBudget &m_budget;
    QString m_out;
    QList<Action> m_open; // the action of each open element from the start element down
    int m_textDepth = 0; // open elements whose character data is text
    bool m_afterSpace = true; // ODF: the last character written collapses following whitespace
};

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
    if (!reader.isStartElement())
        return QString();
    TextBudget unlimited(std::numeric_limits<qint64>::max());
    return ElementReader(reader, m_dialect, m_budget ? *m_budget : unlimited).read();
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
