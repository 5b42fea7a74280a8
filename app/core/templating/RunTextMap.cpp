#include "core/templating/RunTextMap.h"

#include "core/extract/XmlText.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QXmlStreamReader>

namespace {

// Stand-ins for a line break and a tab inside an edited text; write() turns them into elements.
constexpr char16_t BreakMarker = u'\uE000';
constexpr char16_t TabMarker = u'\uE001';

// The namespaces whose elements matter, by a short name of our own (the document's prefixes vary).
const QHash<QString, QString> &knownNamespaces()
{
    static const QHash<QString, QString> names {
        { QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
          QStringLiteral("w") },
        { QStringLiteral("http://purl.oclc.org/ooxml/wordprocessingml/main"), QStringLiteral("w") },
        { QStringLiteral("http://schemas.openxmlformats.org/markup-compatibility/2006"),
          QStringLiteral("mc") },
        { QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0"), QStringLiteral("text") },
        { QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0"), QStringLiteral("table") },
        { QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"), QStringLiteral("draw") },
        { QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0"), QStringLiteral("style") },
        { QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0"), QStringLiteral("office") },
    };
    return names;
}

struct Element
{
    QString name; // "w:p", "text:span": our short namespace name and the local name; "?:x" when unknown
    QString prefix; // as the document writes it
    qsizetype tagStart = 0;
    qsizetype tagEnd = 0;
    QHash<QString, QString> declared; // xmlns declarations of this element: prefix → URI
};

// Decodes character data: the five predefined entities and character references. false when it
// holds anything else (an undeclared entity: the part is malformed).
bool decode(QStringView raw, QString *text)
{
    text->clear();
    text->reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c != u'&') {
            text->append(c);
            continue;
        }
        const qsizetype semicolon = raw.indexOf(u';', i);
        if (semicolon < 0 || semicolon - i > 12)
            return false;
        const QStringView entity = raw.mid(i + 1, semicolon - i - 1);
        if (entity == u"lt")
            text->append(u'<');
        else if (entity == u"gt")
            text->append(u'>');
        else if (entity == u"amp")
            text->append(u'&');
        else if (entity == u"quot")
            text->append(u'"');
        else if (entity == u"apos")
            text->append(u'\'');
        else if (entity.startsWith(u'#')) {
            bool ok = false;
            const uint code
                = entity.startsWith(u"#x") ? entity.mid(2).toUInt(&ok, 16) : entity.mid(1).toUInt(&ok, 10);
            if (!ok || code == 0 || code > 0x10FFFF)
                return false;
            const char32_t ucs4 = code;
            text->append(QString::fromUcs4(&ucs4, 1));
        } else {
            return false;
        }
        i = semicolon;
    }
    return true;
}

// The value of the attribute localName (any prefix) in a start tag, decoded; empty when absent.
QString attribute(QStringView tag, const QString &localName)
{
    for (qsizetype from = 0;;) {
        const qsizetype at = tag.indexOf(localName, from);
        if (at < 0)
            return {};
        from = at + localName.size();
        const QChar before = at > 0 ? tag.at(at - 1) : QChar();
        if (!(before.isSpace() || before == u':'))
            continue;
        qsizetype i = from;
        while (i < tag.size() && tag.at(i).isSpace())
            ++i;
        if (i >= tag.size() || tag.at(i) != u'=')
            continue;
        ++i;
        while (i < tag.size() && tag.at(i).isSpace())
            ++i;
        if (i >= tag.size() || (tag.at(i) != u'"' && tag.at(i) != u'\''))
            continue;
        const qsizetype close = tag.indexOf(tag.at(i), i + 1);
        if (close < 0)
            return {};
        QString value;
        if (!decode(tag.mid(i + 1, close - i - 1), &value))
            return {};
        return value;
    }
}

// Where the start tag at from ends: the '>' outside quoted attribute values; the text's size when
// there is none.
qsizetype startTagEnd(const QString &xml, qsizetype from)
{
    qsizetype j = from + 1;
    QChar quote;
    for (; j < xml.size(); ++j) {
        const QChar c = xml.at(j);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'>') {
            break;
        }
    }
    return j;
}

// The qualified name of a start tag ("<w:t xml:space=…>" → "w:t").
QStringView tagName(QStringView tag)
{
    qsizetype nameEnd = 1;
    while (nameEnd < tag.size() && !tag.at(nameEnd).isSpace() && tag.at(nameEnd) != u'/'
           && tag.at(nameEnd) != u'>')
        ++nameEnd;
    return tag.mid(1, nameEnd - 1);
}

// The xmlns declarations of a start tag: prefix ("" for the default namespace) → URI.
QHash<QString, QString> namespaceDeclarations(QStringView tag)
{
    static const QRegularExpression xmlns(
        QStringLiteral("\\sxmlns(?::([\\w.-]+))?\\s*=\\s*(\"[^\"]*\"|'[^']*')"));
    QHash<QString, QString> declared;
    for (auto it = xmlns.globalMatch(tag.toString()); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QStringView quoted = m.capturedView(2);
        declared.insert(m.captured(1), quoted.mid(1, quoted.size() - 2).toString());
    }
    return declared;
}

} // namespace

// One walk over a decoded part: a tokenizer written by hand (offsets into the part are needed)
// feeding the open elements, the paragraphs being collected, and the counters that say where a
// paragraph sits (table, text box, header …) and whether its text counts.
class RunTextMap::Parser
{
public:
    explicit Parser(RunTextMap &map)
        : m_map(map)
        , m_xml(map.m_xml)
        , m_word(map.m_dialect == Dialect::WordprocessingML)
    {
    }

    bool run(QString *error);

private:
    qsizetype skipPast(qsizetype from, QStringView marker) const;
    qsizetype readEndTag(qsizetype at);
    qsizetype readStartTag(qsizetype at);
    QString resolve(QStringView qname, QString *prefix) const;

    int *nestingCounter(const QString &name);
    void startElement(const Element &e, QStringView tag);
    void startWordElement(const Element &e, QStringView tag);
    void startOdfElement(const Element &e, QStringView tag);
    void endElement(const Element &e);
    void endWordElement(const Element &e);
    void endOdfElement(const Element &e);
    void characters(qsizetype start, qsizetype end);
    bool holdsText(const QString &parent, bool *inField) const;

    QString location() const;
    bool collecting() const;
    void openParagraph();
    void closeParagraph(bool keep);
    void addSeparator(QChar c);
    static void addChars(Paragraph &p, const QString &text, int segment, bool inField);

    RunTextMap &m_map;
    const QString &m_xml;
    const bool m_word;
    QList<Element> m_stack;
    // Open paragraphs, innermost last (a text box's paragraph sits inside its anchor's paragraph).
    QList<Paragraph> m_open;
    int m_tables = 0;
    int m_textBoxes = 0;
    int m_fallbacks = 0;
    int m_excluded = 0;
    int m_fieldDepth = 0;
    int m_simpleFields = 0;
    int m_headers = 0;
    int m_footers = 0;
    QString m_noteLocation; // ODF: inside a text:note, "Footnote" or "Endnote"
};

bool RunTextMap::Parser::run(QString *error)
{
    const qsizetype size = m_xml.size();
    qsizetype i = 0;
    while (i < size) {
        const QStringView rest = QStringView(m_xml).mid(i);
        if (rest.front() != u'<') {
            qsizetype next = m_xml.indexOf(u'<', i);
            if (next < 0)
                next = size;
            characters(i, next);
            i = next;
        } else if (rest.startsWith(u"<!--")) {
            i = skipPast(i + 4, u"-->");
        } else if (rest.startsWith(u"<![CDATA[")) {
            i = skipPast(i + 9, u"]]>"); // Office parts do not use CDATA; its text is left alone.
        } else if (rest.startsWith(u"<?")) {
            i = skipPast(i + 2, u"?>");
        } else if (rest.startsWith(u"<!")) {
            *error = RunTextMap::tr("a document type declaration, which office documents do not have");
            return false;
        } else {
            i = rest.startsWith(u"</") ? readEndTag(i) : readStartTag(i);
            if (i < 0)
                break; // an unfinished tag at the end
        }
    }
    return true;
}

qsizetype RunTextMap::Parser::skipPast(qsizetype from, QStringView marker) const
{
    const qsizetype end = m_xml.indexOf(marker, from);
    return end < 0 ? m_xml.size() : end + marker.size();
}

qsizetype RunTextMap::Parser::readEndTag(qsizetype at)
{
    const qsizetype end = m_xml.indexOf(u'>', at);
    if (end < 0 || m_stack.isEmpty())
        return -1;
    endElement(m_stack.constLast());
    m_stack.removeLast();
    return end + 1;
}

qsizetype RunTextMap::Parser::readStartTag(qsizetype at)
{
    const qsizetype close = startTagEnd(m_xml, at);
    if (close >= m_xml.size())
        return -1;
    const QStringView tag = QStringView(m_xml).mid(at, close + 1 - at);
    const bool selfClosing = tag.size() >= 2 && tag.at(tag.size() - 2) == u'/';
    Element e;
    e.tagStart = at;
    e.tagEnd = close + 1;
    e.declared = namespaceDeclarations(tag);
    m_stack.append(e);
    // Resolved with the stack holding the element: its own declarations count.
    m_stack.last().name = resolve(tagName(tag), &m_stack.last().prefix);
    startElement(m_stack.constLast(), tag);
    if (selfClosing) {
        endElement(m_stack.constLast());
        m_stack.removeLast();
    }
    return close + 1;
}

QString RunTextMap::Parser::resolve(QStringView qname, QString *prefix) const
{
    const qsizetype colon = qname.indexOf(u':');
    *prefix = colon < 0 ? QString() : qname.left(colon).toString();
    const QString local = (colon < 0 ? qname : qname.mid(colon + 1)).toString();
    QString uri;
    for (qsizetype i = m_stack.size() - 1; i >= 0 && uri.isEmpty(); --i)
        uri = m_stack.at(i).declared.value(*prefix);
    const QString shortName = knownNamespaces().value(uri, QStringLiteral("?"));
    return shortName + u':' + local;
}

// The counter an element raises while it is open (a table, a text box, deleted text …); null for
// the other elements.
int *RunTextMap::Parser::nestingCounter(const QString &name)
{
    static const struct
    {
        bool word;
        const char16_t *name;
        int Parser::*counter;
    } kNesting[] = {
        { true, u"w:tbl", &Parser::m_tables },
        { true, u"w:txbxContent", &Parser::m_textBoxes },
        { true, u"mc:Fallback", &Parser::m_fallbacks },
        { true, u"w:del", &Parser::m_excluded },
        { true, u"w:moveFrom", &Parser::m_excluded },
        { false, u"table:table", &Parser::m_tables },
        { false, u"draw:text-box", &Parser::m_textBoxes },
        // The same names at start and end: a page layout's style:header-style is no header.
        { false, u"style:header", &Parser::m_headers },
        { false, u"style:header-left", &Parser::m_headers },
        { false, u"style:header-first", &Parser::m_headers },
        { false, u"style:footer", &Parser::m_footers },
        { false, u"style:footer-left", &Parser::m_footers },
        { false, u"style:footer-first", &Parser::m_footers },
        { false, u"office:annotation", &Parser::m_excluded },
        { false, u"text:tracked-changes", &Parser::m_excluded },
        { false, u"text:note-citation", &Parser::m_excluded },
        { false, u"text:ruby-text", &Parser::m_excluded },
    };
    for (const auto &n : kNesting) {
        if (n.word == m_word && name == QStringView(n.name))
            return &(this->*n.counter);
    }
    return nullptr;
}

void RunTextMap::Parser::startElement(const Element &e, QStringView tag)
{
    if (int *counter = nestingCounter(e.name))
        ++*counter;
    else if (m_word)
        startWordElement(e, tag);
    else
        startOdfElement(e, tag);
}

void RunTextMap::Parser::startWordElement(const Element &e, QStringView tag)
{
    const QString &n = e.name;
    if (n == u"w:p") {
        openParagraph();
    } else if (n == u"w:fldChar") {
        const QString type = attribute(tag, QStringLiteral("fldCharType"));
        if (type == u"begin")
            ++m_fieldDepth;
        else if (type == u"end" && m_fieldDepth > 0)
            --m_fieldDepth;
    } else if (n == u"w:fldSimple") {
        if (collecting()) {
            addChars(m_open.last(), attribute(tag, QStringLiteral("instr")), -1, true);
            addSeparator(QChar(FieldBoundary));
        }
        ++m_simpleFields;
    } else if (m_stack.size() >= 2 && m_stack.at(m_stack.size() - 2).name == u"w:r") {
        if (n == u"w:tab")
            addSeparator(u'\t');
        else if (n == u"w:br" || n == u"w:cr")
            addSeparator(u'\n');
    }
}

void RunTextMap::Parser::startOdfElement(const Element &e, QStringView tag)
{
    const QString &n = e.name;
    if (n == u"text:p" || n == u"text:h") {
        openParagraph();
    } else if (n == u"text:note") {
        m_noteLocation = attribute(tag, QStringLiteral("note-class")) == u"endnote"
            ? RunTextMap::tr("Endnote")
            : RunTextMap::tr("Footnote");
    } else if (n == u"text:tab") {
        addSeparator(u'\t');
    } else if (n == u"text:line-break") {
        addSeparator(u'\n');
    } else if (n == u"text:s") {
        const int count = qBound(1, attribute(tag, QStringLiteral("c")).toInt(), 1000);
        for (int i = 0; i < count; ++i)
            addSeparator(u' ');
    }
}

void RunTextMap::Parser::endElement(const Element &e)
{
    if (int *counter = nestingCounter(e.name))
        --*counter;
    else if (m_word)
        endWordElement(e);
    else
        endOdfElement(e);
}

void RunTextMap::Parser::endWordElement(const Element &e)
{
    const QString &n = e.name;
    if (n == u"w:p") {
        closeParagraph(m_excluded == 0);
    } else if (n == u"w:fldSimple") {
        --m_simpleFields;
        addSeparator(QChar(FieldBoundary));
    }
}

void RunTextMap::Parser::endOdfElement(const Element &e)
{
    const QString &n = e.name;
    if (n == u"text:p" || n == u"text:h") {
        closeParagraph(m_excluded == 0 && (m_map.m_kind != PartKind::Styles || m_headers + m_footers > 0));
    } else if (n == u"text:note") {
        m_noteLocation.clear();
    }
}

void RunTextMap::Parser::characters(qsizetype start, qsizetype end)
{
    if (!collecting() || m_stack.isEmpty())
        return;
    const Element &parent = m_stack.last();
    bool inField = m_fieldDepth > 0 || m_simpleFields > 0;
    if (!holdsText(parent.name, &inField))
        return;
    Segment s;
    s.start = start;
    s.end = end;
    s.tagStart = parent.tagStart;
    s.tagEnd = parent.tagEnd;
    s.prefix = parent.prefix;
    decode(QStringView(m_xml).mid(start, end - start), &s.text);
    s.edited = s.text;
    m_map.m_segments.append(s);
    addChars(m_open.last(), s.text, int(m_map.m_segments.size() - 1), inField);
}

// Whether character data inside parent is visible text; *inField set when it is a field's.
bool RunTextMap::Parser::holdsText(const QString &parent, bool *inField) const
{
    if (m_word) {
        if (parent == u"w:instrText")
            *inField = true;
        return parent == u"w:instrText" || parent == u"w:t";
    }
    static const QStringList textElements { QStringLiteral("text:p"),    QStringLiteral("text:h"),
                                            QStringLiteral("text:span"), QStringLiteral("text:a"),
                                            QStringLiteral("text:meta"), QStringLiteral("text:ruby-base") };
    if (textElements.contains(parent))
        return true;
    // Another element of the text namespace inside a paragraph is a field (a date, a user field, a
    // placeholder field): its text is the field's, not ours to change.
    if (!parent.startsWith(u"text:"))
        return false;
    *inField = true;
    return true;
}

QString RunTextMap::Parser::location() const
{
    if (m_textBoxes > 0)
        return RunTextMap::tr("Text box");
    if (!m_noteLocation.isEmpty())
        return m_noteLocation;
    QString base;
    switch (m_map.m_kind) {
    case PartKind::Body:
        return m_tables > 0 ? RunTextMap::tr("Table") : RunTextMap::tr("Text");
    case PartKind::Header:
        base = RunTextMap::tr("Header");
        break;
    case PartKind::Footer:
        base = RunTextMap::tr("Footer");
        break;
    case PartKind::Footnotes:
        base = RunTextMap::tr("Footnote");
        break;
    case PartKind::Endnotes:
        base = RunTextMap::tr("Endnote");
        break;
    case PartKind::Styles:
        base = m_headers > 0 ? RunTextMap::tr("Header") : RunTextMap::tr("Footer");
        break;
    }
    return m_tables > 0 ? RunTextMap::tr("%1, table").arg(base) : base;
}

bool RunTextMap::Parser::collecting() const
{
    return !m_open.isEmpty() && m_excluded == 0
        && (m_map.m_kind != PartKind::Styles || m_headers + m_footers > 0);
}

void RunTextMap::Parser::openParagraph()
{
    addSeparator(u'\n');
    Paragraph p;
    p.location = location();
    p.fallback = m_fallbacks > 0; // only WordprocessingML has mc:Fallback
    m_open.append(p);
}

void RunTextMap::Parser::closeParagraph(bool keep)
{
    if (m_open.isEmpty())
        return;
    Paragraph p = m_open.takeLast();
    if (keep)
        m_map.m_paragraphs.append(p);
}

void RunTextMap::Parser::addSeparator(QChar c)
{
    if (m_open.isEmpty())
        return;
    Paragraph &p = m_open.last();
    p.text.append(c);
    p.segmentOf.append(-1);
    p.offsetInSegment.append(0);
    p.inField.append(p.inField.isEmpty() ? false : p.inField.constLast());
}

void RunTextMap::Parser::addChars(Paragraph &p, const QString &text, int segment, bool inField)
{
    if (!p.inField.isEmpty() && p.inField.constLast() != inField) {
        p.text.append(QChar(FieldBoundary));
        p.segmentOf.append(-1);
        p.offsetInSegment.append(0);
        p.inField.append(inField);
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        // A line break or tab written into character data is white space (only the break and tab
        // elements separate runs): pretty-printed XML must not split a placeholder.
        const QChar c = text.at(i);
        p.text.append(c == u'\n' || c == u'\r' || c == u'\t' ? QChar(u' ') : c);
        p.segmentOf.append(segment);
        p.offsetInSegment.append(int(i));
        p.inField.append(inField);
    }
}

RunTextMap::RunTextMap(Dialect dialect, PartKind kind)
    : m_dialect(dialect)
    , m_kind(kind)
{
}

bool RunTextMap::isSeparator(QChar c)
{
    return c == u'\n' || c == u'\t' || c == QChar(FieldBoundary);
}

bool RunTextMap::parse(const QByteArray &xml, QString *error)
{
    m_segments.clear();
    m_paragraphs.clear();
    m_modified = false;
    return decodePart(xml, error) && Parser(*this).run(error);
}

bool RunTextMap::decodePart(const QByteArray &xml, QString *error)
{
    QXmlStreamReader check(xml);
    XmlText::harden(check);
    while (!check.atEnd())
        check.readNext();
    if (check.hasError()) {
        *error = tr("damaged XML (%1, line %2)").arg(check.errorString()).arg(check.lineNumber());
        return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    m_xml = decoder.decode(xml);
    if (decoder.hasError()) {
        *error = tr("the text is not in UTF-8");
        return false;
    }
    static const QRegularExpression declaredEncoding(
        QStringLiteral("^\\x{FEFF}?<\\?xml[^>]*encoding=[\"']([^\"']+)"));
    const QRegularExpressionMatch encoding = declaredEncoding.match(m_xml.left(200));
    if (encoding.hasMatch()
        && encoding.captured(1).compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) != 0) {
        *error = tr("the text is in %1, not in UTF-8").arg(encoding.captured(1));
        return false;
    }
    return true;
}

void RunTextMap::replace(int paragraph, int start, int length, const QString &value)
{
    Paragraph &p = m_paragraphs[paragraph];
    QString marked;
    marked.reserve(value.size());
    QString normalized = value;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    for (const QChar c : std::as_const(normalized)) {
        if (c == u'\n' || c == u'\r')
            marked.append(QChar(BreakMarker));
        else if (c == u'\t')
            marked.append(QChar(TabMarker));
        else if (c.unicode() < 0x20 || c == QChar(BreakMarker) || c == QChar(TabMarker)
                 || c.unicode() >= 0xFFFE)
            continue; // not allowed in XML, or our own markers
        else
            marked.append(c);
    }
    // The range per segment, in the order of the text.
    QList<int> segments;
    QHash<int, QPair<int, int>> ranges; // segment → [from, to) in its original text
    for (int i = start; i < start + length && i < p.text.size(); ++i) {
        const int segment = p.segmentOf.at(i);
        if (segment < 0)
            continue;
        const int offset = p.offsetInSegment.at(i);
        auto it = ranges.find(segment);
        if (it == ranges.end()) {
            segments.append(segment);
            ranges.insert(segment, { offset, offset + 1 });
        } else {
            it->first = qMin(it->first, offset);
            it->second = qMax(it->second, offset + 1);
        }
    }
    if (segments.isEmpty())
        return;
    for (qsizetype k = segments.size() - 1; k >= 0; --k) {
        Segment &s = m_segments[segments.at(k)];
        const auto [from, to] = ranges.value(segments.at(k));
        s.edited.remove(from, to - from);
        if (k == 0)
            s.edited.insert(from, marked);
        s.changed = true;
    }
    m_modified = true;
}

QString RunTextMap::escaped(const QString &text, const QString &prefix) const
{
    const QString p = prefix.isEmpty() ? QString() : prefix + u':';
    QString out;
    out.reserve(text.size() + 16);
    const bool word = m_dialect == Dialect::WordprocessingML;
    int spaces = 0;
    auto flushSpaces = [&]() {
        // ODF collapses runs of spaces: the second and later ones are written as text:s.
        if (spaces > 1 && !word)
            out += QStringLiteral(" <%1s %1c=\"%2\"/>").arg(p).arg(spaces - 1);
        else if (spaces > 0)
            out += QString(spaces, u' ');
        spaces = 0;
    };
    for (const QChar c : text) {
        if (c == u' ') {
            ++spaces;
            continue;
        }
        flushSpaces();
        switch (c.unicode()) {
        case u'&':
            out += QStringLiteral("&amp;");
            break;
        case u'<':
            out += QStringLiteral("&lt;");
            break;
        case u'>':
            out += QStringLiteral("&gt;");
            break;
        case u'"':
            out += QStringLiteral("&quot;");
            break;
        case u'\'':
            out += QStringLiteral("&apos;");
            break;
        case BreakMarker:
            out += word ? QStringLiteral("</%1t><%1br/><%1t xml:space=\"preserve\">").arg(p)
                        : QStringLiteral("<%1line-break/>").arg(p);
            break;
        case TabMarker:
            out += word ? QStringLiteral("</%1t><%1tab/><%1t xml:space=\"preserve\">").arg(p)
                        : QStringLiteral("<%1tab/>").arg(p);
            break;
        default:
            out += c;
        }
    }
    flushSpaces();
    return out;
}

QByteArray RunTextMap::write() const
{
    if (!m_modified)
        return m_xml.toUtf8();
    QString out;
    out.reserve(m_xml.size() + 1024);
    qsizetype pos = 0;
    const bool word = m_dialect == Dialect::WordprocessingML;
    for (const Segment &s : m_segments) {
        if (!s.changed)
            continue;
        QString text = escaped(s.edited, s.prefix);
        // Word drops leading and trailing blanks of a w:t unless told to keep them.
        const QStringView tag = QStringView(m_xml).mid(s.tagStart, s.tagEnd - s.tagStart);
        const bool needsPreserve = word && !s.edited.isEmpty()
            && (s.edited.front().isSpace() || s.edited.back().isSpace()
                || s.edited.contains(QChar(BreakMarker)) || s.edited.contains(QChar(TabMarker)));
        if (needsPreserve && !tag.contains(u"xml:space") && s.tagStart >= pos) {
            out += QStringView(m_xml).mid(pos, s.tagEnd - 1 - pos);
            out += QStringLiteral(" xml:space=\"preserve\">");
            pos = s.tagEnd;
        }
        out += QStringView(m_xml).mid(pos, s.start - pos);
        out += text;
        pos = s.end;
    }
    out += QStringView(m_xml).mid(pos);
    return out.toUtf8();
}
