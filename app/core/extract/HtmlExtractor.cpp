#include "core/extract/HtmlExtractor.h"

#include "core/extract/SourceFile.h"
#include "core/extract/TextBudget.h"
#include "core/extract/TextCodec.h"

#include <QHash>
#include <QList>
#include <cctype>

namespace {

struct NamedEntity
{
    const char *name;
    char32_t codePoint;
};

// The entities that occur in practice in German office pages; the full HTML list has 2231.
constexpr NamedEntity kEntities[] = {
    { "amp", 0x26 },      { "lt", 0x3C },       { "gt", 0x3E },       { "quot", 0x22 },
    { "apos", 0x27 },     { "nbsp", 0xA0 },     { "shy", 0xAD },      { "auml", 0xE4 },
    { "ouml", 0xF6 },     { "uuml", 0xFC },     { "Auml", 0xC4 },     { "Ouml", 0xD6 },
    { "Uuml", 0xDC },     { "szlig", 0xDF },    { "euro", 0x20AC },   { "sect", 0xA7 },
    { "para", 0xB6 },     { "deg", 0xB0 },      { "copy", 0xA9 },     { "reg", 0xAE },
    { "trade", 0x2122 },  { "middot", 0xB7 },   { "bull", 0x2022 },   { "hellip", 0x2026 },
    { "ndash", 0x2013 },  { "mdash", 0x2014 },  { "lsquo", 0x2018 },  { "rsquo", 0x2019 },
    { "sbquo", 0x201A },  { "ldquo", 0x201C },  { "rdquo", 0x201D },  { "bdquo", 0x201E },
    { "laquo", 0xAB },    { "raquo", 0xBB },    { "lsaquo", 0x2039 }, { "rsaquo", 0x203A },
    { "times", 0xD7 },    { "divide", 0xF7 },   { "plusmn", 0xB1 },   { "micro", 0xB5 },
    { "frac12", 0xBD },   { "frac14", 0xBC },   { "frac34", 0xBE },   { "sup1", 0xB9 },
    { "sup2", 0xB2 },     { "sup3", 0xB3 },     { "pound", 0xA3 },    { "yen", 0xA5 },
    { "cent", 0xA2 },     { "curren", 0xA4 },   { "iexcl", 0xA1 },    { "iquest", 0xBF },
    { "ordf", 0xAA },     { "ordm", 0xBA },     { "not", 0xAC },      { "macr", 0xAF },
    { "acute", 0xB4 },    { "cedil", 0xB8 },    { "uml", 0xA8 },      { "brvbar", 0xA6 },
    { "dagger", 0x2020 }, { "Dagger", 0x2021 }, { "permil", 0x2030 }, { "prime", 0x2032 },
    { "Prime", 0x2033 },  { "larr", 0x2190 },   { "rarr", 0x2192 },   { "uarr", 0x2191 },
    { "darr", 0x2193 },   { "harr", 0x2194 },   { "rArr", 0x21D2 },   { "lArr", 0x21D0 },
    { "ensp", 0x2002 },   { "emsp", 0x2003 },   { "thinsp", 0x2009 }, { "zwnj", 0x200C },
    { "zwj", 0x200D },    { "lrm", 0x200E },    { "rlm", 0x200F },    { "le", 0x2264 },
    { "ge", 0x2265 },     { "ne", 0x2260 },     { "minus", 0x2212 },  { "infin", 0x221E },
    { "asymp", 0x2248 },  { "Agrave", 0xC0 },   { "Aacute", 0xC1 },   { "Acirc", 0xC2 },
    { "Atilde", 0xC3 },   { "Aring", 0xC5 },    { "AElig", 0xC6 },    { "Ccedil", 0xC7 },
    { "Egrave", 0xC8 },   { "Eacute", 0xC9 },   { "Ecirc", 0xCA },    { "Euml", 0xCB },
    { "Igrave", 0xCC },   { "Iacute", 0xCD },   { "Icirc", 0xCE },    { "Iuml", 0xCF },
    { "Ntilde", 0xD1 },   { "Ograve", 0xD2 },   { "Oacute", 0xD3 },   { "Ocirc", 0xD4 },
    { "Otilde", 0xD5 },   { "Oslash", 0xD8 },   { "Ugrave", 0xD9 },   { "Uacute", 0xDA },
    { "Ucirc", 0xDB },    { "Yacute", 0xDD },   { "agrave", 0xE0 },   { "aacute", 0xE1 },
    { "acirc", 0xE2 },    { "atilde", 0xE3 },   { "aring", 0xE5 },    { "aelig", 0xE6 },
    { "ccedil", 0xE7 },   { "egrave", 0xE8 },   { "eacute", 0xE9 },   { "ecirc", 0xEA },
    { "euml", 0xEB },     { "igrave", 0xEC },   { "iacute", 0xED },   { "icirc", 0xEE },
    { "iuml", 0xEF },     { "ntilde", 0xF1 },   { "ograve", 0xF2 },   { "oacute", 0xF3 },
    { "ocirc", 0xF4 },    { "otilde", 0xF5 },   { "oslash", 0xF8 },   { "ugrave", 0xF9 },
    { "uacute", 0xFA },   { "ucirc", 0xFB },    { "yacute", 0xFD },   { "yuml", 0xFF },
    { "OElig", 0x152 },   { "oelig", 0x153 },   { "Scaron", 0x160 },  { "scaron", 0x161 },
    { "Yuml", 0x178 },    { "Zcaron", 0x17D },  { "zcaron", 0x17E },  { "fnof", 0x192 },
    { "check", 0x2713 },  { "hearts", 0x2665 },
};

enum class Role { Inline, Block, Break, Cell, Skipped, Preformatted };

Role roleOf(QStringView tag)
{
    static constexpr const char16_t *kBlocks[] = {
        u"address", u"article", u"aside", u"blockquote", u"body",    u"caption",  u"center",     u"dd",
        u"details", u"dialog",  u"div",   u"dl",         u"dt",      u"fieldset", u"figcaption", u"figure",
        u"footer",  u"form",    u"h1",    u"h2",         u"h3",      u"h4",       u"h5",         u"h6",
        u"header",  u"hgroup",  u"hr",    u"html",       u"legend",  u"li",       u"main",       u"nav",
        u"ol",      u"option",  u"p",     u"section",    u"summary", u"table",    u"tbody",      u"tfoot",
        u"thead",   u"tr",      u"ul",    u"title",      u"head",
    };
    // Raw text (script, style) or inert content (template, noscript since scripts run).
    if (tag == u"script" || tag == u"style" || tag == u"noscript" || tag == u"template")
        return Role::Skipped;
    if (tag == u"br")
        return Role::Break;
    if (tag == u"td" || tag == u"th")
        return Role::Cell;
    if (tag == u"pre" || tag == u"textarea" || tag == u"listing")
        return Role::Preformatted;
    for (const char16_t *block : kBlocks) {
        if (tag == QStringView(block))
            return Role::Block;
    }
    return Role::Inline;
}

bool isTagNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u':' || c == u'_';
}

qsizetype indexOfCaseInsensitive(const QString &text, QStringView needle, qsizetype from)
{
    return text.indexOf(needle, from, Qt::CaseInsensitive);
}

// The attributes of a tag's source ("meta name=author content='X'"), names lower-cased, values
// with character references decoded.
QHash<QString, QString> parseAttributes(QStringView source)
{
    QHash<QString, QString> attributes;
    qsizetype i = 0;
    while (i < source.size() && isTagNameChar(source.at(i)))
        ++i; // the tag name
    while (i < source.size()) {
        while (i < source.size() && (source.at(i).isSpace() || source.at(i) == u'/'))
            ++i;
        const qsizetype nameStart = i;
        while (i < source.size() && !source.at(i).isSpace() && source.at(i) != u'=' && source.at(i) != u'/')
            ++i;
        const QString name = source.mid(nameStart, i - nameStart).toString().toLower();
        while (i < source.size() && source.at(i).isSpace())
            ++i;
        QString value;
        if (i < source.size() && source.at(i) == u'=') {
            ++i;
            while (i < source.size() && source.at(i).isSpace())
                ++i;
            if (i < source.size() && (source.at(i) == u'"' || source.at(i) == u'\'')) {
                const QChar quote = source.at(i++);
                const qsizetype valueStart = i;
                while (i < source.size() && source.at(i) != quote)
                    ++i;
                value = HtmlExtractor::decodeEntities(source.mid(valueStart, i - valueStart));
                ++i;
            } else {
                const qsizetype valueStart = i;
                while (i < source.size() && !source.at(i).isSpace())
                    ++i;
                value = HtmlExtractor::decodeEntities(source.mid(valueStart, i - valueStart));
            }
        }
        if (!name.isEmpty() && !attributes.contains(name))
            attributes.insert(name, value);
        else if (name.isEmpty() && i < source.size())
            ++i; // a stray character; move on
    }
    return attributes;
}

// Collects visible text: collapses white space outside <pre>, turns blocks into line breaks.
class TextWriter
{
public:
    explicit TextWriter(TextBudget &budget)
        : m_budget(budget)
    {
    }

    void text(QStringView raw, bool preformatted)
    {
        const QString decoded = HtmlExtractor::decodeEntities(raw);
        QString chunk;
        chunk.reserve(decoded.size());
        for (QChar c : decoded) {
            if (c == QChar(0xA0))
                c = u' '; // a no-break space separates words like any space
            else if (c == QChar(0xAD))
                continue; // a soft hyphen (&shy;) is invisible and must not split the word
            if (preformatted) {
                if (c == u'\r')
                    continue;
                chunk += c;
                m_pendingSpace = false;
                m_atLineStart = c == u'\n';
            } else if (c.isSpace()) {
                m_pendingSpace = !m_atLineStart;
            } else {
                if (m_pendingSpace)
                    chunk += u' ';
                m_pendingSpace = false;
                m_atLineStart = false;
                chunk += c;
            }
        }
        m_budget.append(m_out, chunk);
    }

    void lineBreak(bool force)
    {
        m_pendingSpace = false;
        if (force || (!m_out.isEmpty() && !m_out.endsWith(u'\n')))
            m_budget.append(m_out, u'\n');
        m_atLineStart = true;
    }

    void cellBreak()
    {
        m_pendingSpace = false;
        if (!m_out.isEmpty() && !m_out.endsWith(u'\n') && !m_out.endsWith(u'\t'))
            m_budget.append(m_out, u'\t');
        m_atLineStart = true;
    }

    QString result() const { return m_out; }

private:
    TextBudget &m_budget;
    QString m_out;
    bool m_pendingSpace = false;
    bool m_atLineStart = true;
};

// Trailing blanks and runs of empty lines left by nested blocks go.
QString withoutBlankRuns(const QString &text)
{
    QStringList lines = text.split(u'\n');
    QStringList kept;
    for (QString &line : lines) {
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
        if (!line.isEmpty() || (!kept.isEmpty() && !kept.last().isEmpty()))
            kept.append(line);
    }
    while (!kept.isEmpty() && kept.last().isEmpty())
        kept.removeLast();
    return kept.join(u'\n');
}

// Where the tag whose name ends at from ends: the '>' outside quoted attribute values; the text's
// size when there is none.
qsizetype tagEnd(const QString &html, qsizetype from)
{
    qsizetype end = from;
    QChar quote;
    while (end < html.size()) {
        const QChar c = html.at(end);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'>') {
            break;
        }
        ++end;
    }
    return end;
}

// One walk over a page: the text between tags goes to the writer, each tag acts by its role;
// <title> and <meta> fill the result's title, author and subject.
class HtmlWalker
{
public:
    HtmlWalker(const QString &html, TextBudget &budget, Extraction *result)
        : m_html(html)
        , m_budget(budget)
        , m_writer(budget)
        , m_result(result)
    {
    }

    QString walk()
    {
        const qsizetype n = m_html.size();
        while (m_i < n && !m_budget.exhausted()) {
            const qsizetype lt = m_html.indexOf(u'<', m_i);
            const qsizetype textEnd = lt < 0 ? n : lt;
            if (textEnd > m_i)
                m_writer.text(QStringView(m_html).mid(m_i, textEnd - m_i), m_preformatted > 0);
            if (lt < 0)
                break;
            m_i = lt;
            if (!skipDeclaration() && !readTag())
                break; // an unfinished tag at the end of the file
        }
        return m_writer.result();
    }

private:
    // Comments, doctype, CDATA, processing instructions: skipped. False when m_i is at none.
    bool skipDeclaration()
    {
        const qsizetype n = m_html.size();
        if (m_html.mid(m_i, 4) == u"<!--") {
            const qsizetype end = m_html.indexOf(QStringLiteral("-->"), m_i + 4);
            m_i = end < 0 ? n : end + 3;
            return true;
        }
        if (m_i + 1 < n && (m_html.at(m_i + 1) == u'!' || m_html.at(m_i + 1) == u'?')) {
            const qsizetype end = m_html.indexOf(u'>', m_i + 2);
            m_i = end < 0 ? n : end + 1;
            return true;
        }
        return false;
    }

    // The tag at m_i; false when it does not end before the file does.
    bool readTag()
    {
        const qsizetype n = m_html.size();
        const bool closing = m_i + 1 < n && m_html.at(m_i + 1) == u'/';
        const qsizetype nameStart = m_i + (closing ? 2 : 1);
        qsizetype nameEnd = nameStart;
        while (nameEnd < n && isTagNameChar(m_html.at(nameEnd)))
            ++nameEnd;
        if (nameEnd == nameStart || !m_html.at(nameStart).isLetter()) {
            // "a < b" is text, not a tag.
            m_writer.text(u"<", m_preformatted > 0);
            ++m_i;
            return true;
        }
        const qsizetype end = tagEnd(m_html, nameEnd);
        if (end >= n)
            return false;
        const QString tag = m_html.mid(nameStart, nameEnd - nameStart).toLower();
        const QStringView source = QStringView(m_html).mid(nameStart, end - nameStart);
        m_i = end + 1;
        if (!closing && tag == u"title")
            readTitle();
        else if (!closing && tag == u"meta")
            readMeta(source);
        else
            act(tag, closing, source);
        return true;
    }

    void readTitle()
    {
        const qsizetype close = indexOfCaseInsensitive(m_html, u"</title", m_i);
        const qsizetype contentEnd = close < 0 ? m_html.size() : close;
        if (m_result->title.isEmpty())
            m_result->title
                = HtmlExtractor::decodeEntities(QStringView(m_html).mid(m_i, contentEnd - m_i)).simplified();
        m_i = close < 0 ? m_html.size() : close; // the end tag is scanned normally
    }

    void readMeta(QStringView source)
    {
        const QHash<QString, QString> attributes = parseAttributes(source);
        const QString name = attributes.value(QStringLiteral("name")).toLower();
        const QString content = attributes.value(QStringLiteral("content")).simplified().left(1024);
        if (name == u"author" && m_result->author.isEmpty())
            m_result->author = content;
        else if (name == u"description" && m_result->subject.isEmpty())
            m_result->subject = content;
    }

    // What a tag does to the text, by its role.
    void act(const QString &tag, bool closing, QStringView source)
    {
        switch (roleOf(tag)) {
        case Role::Skipped:
            if (!closing && !source.endsWith(u'/')) {
                // Everything up to the matching end tag, whatever it looks like.
                const qsizetype close
                    = indexOfCaseInsensitive(m_html, QString(QStringLiteral("</") + tag), m_i);
                m_i = close < 0 ? m_html.size() : close;
            }
            break;
        case Role::Block:
            m_writer.lineBreak(false);
            break;
        case Role::Break:
            m_writer.lineBreak(true);
            break;
        case Role::Cell:
            if (!closing)
                m_writer.cellBreak();
            break;
        case Role::Preformatted:
            m_writer.lineBreak(false);
            m_preformatted = closing ? std::max(0, m_preformatted - 1) : m_preformatted + 1;
            break;
        case Role::Inline:
            break;
        }
    }

    const QString &m_html;
    TextBudget &m_budget;
    TextWriter m_writer;
    Extraction *m_result;
    qsizetype m_i = 0;
    int m_preformatted = 0; // open <pre>, <textarea>, <listing>
};

} // namespace

QString HtmlExtractor::decodeEntities(QStringView text)
{
    if (!text.contains(u'&'))
        return text.toString();
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c != u'&') {
            out += c;
            ++i;
            continue;
        }
        // Numeric: &#228; &#xE4; (the semicolon may be missing, as browsers allow).
        if (i + 2 < text.size() && text.at(i + 1) == u'#') {
            const bool hex = text.at(i + 2) == u'x' || text.at(i + 2) == u'X';
            qsizetype j = i + (hex ? 3 : 2);
            const qsizetype digitsStart = j;
            while (j < text.size() && j - digitsStart < 8
                   && (hex ? isxdigit(text.at(j).unicode()) && text.at(j).unicode() < 128
                           : text.at(j).isDigit()))
                ++j;
            if (j > digitsStart) {
                bool ok = false;
                char32_t code = char32_t(text.mid(digitsStart, j - digitsStart).toUInt(&ok, hex ? 16 : 10));
                if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
                    code = 0xFFFD;
                else if (code >= 0x80 && code <= 0x9F) // what browsers do: Windows-1252
                    code = TextCodec::windows1252(uchar(code)).unicode();
                out += QString::fromUcs4(&code, 1);
                i = (j < text.size() && text.at(j) == u';') ? j + 1 : j;
                continue;
            }
        }
        // Named: letters and digits up to a semicolon.
        qsizetype j = i + 1;
        while (j < text.size() && j - i <= 10 && text.at(j).isLetterOrNumber() && text.at(j).unicode() < 128)
            ++j;
        if (j < text.size() && text.at(j) == u';' && j > i + 1) {
            const QStringView name = text.mid(i + 1, j - i - 1);
            bool found = false;
            for (const NamedEntity &e : kEntities) {
                if (name == QLatin1String(e.name)) {
                    out += QString::fromUcs4(&e.codePoint, 1);
                    found = true;
                    break;
                }
            }
            if (found) {
                i = j + 1;
                continue;
            }
        }
        out += c;
        ++i;
    }
    return out;
}

QByteArray HtmlExtractor::declaredCharset(const QByteArray &data)
{
    // Declarations must come early; the HTML standard looks at the first 1024 bytes, be generous.
    const QByteArray head = data.left(4096).toLower();
    qsizetype at = 0;
    while ((at = head.indexOf("<meta", at)) >= 0) {
        const qsizetype end = head.indexOf('>', at);
        const QByteArray tag = head.mid(at, end < 0 ? -1 : end - at);
        at += 5;
        const qsizetype charset = tag.indexOf("charset");
        if (charset < 0)
            continue;
        qsizetype i = charset + 7;
        while (i < tag.size() && (tag[i] == ' ' || tag[i] == '='))
            ++i;
        while (i < tag.size() && (tag[i] == '"' || tag[i] == '\''))
            ++i;
        const qsizetype start = i;
        while (
            i < tag.size()
            && (isalnum(uchar(tag[i])) || tag[i] == '-' || tag[i] == '_' || tag[i] == ':' || tag[i] == '.'))
            ++i;
        if (i > start)
            return tag.mid(start, i - start);
    }
    if (head.startsWith("<?xml")) {
        const qsizetype end = head.indexOf("?>");
        const QByteArray declaration = head.left(end);
        const qsizetype encoding = declaration.indexOf("encoding=");
        if (encoding >= 0 && encoding + 10 < declaration.size()) {
            const char quote = declaration[encoding + 9];
            const qsizetype close = declaration.indexOf(quote, encoding + 10);
            if (close > 0)
                return declaration.mid(encoding + 10, close - encoding - 10);
        }
    }
    return QByteArray();
}

Extraction HtmlExtractor::extract(const QString &path, const ExtractionLimits &limits) const
{
    QByteArray data;
    const QString error = SourceFile::readAll(path, limits.maxTextChars * 4, &data);
    if (!error.isEmpty()) {
        Extraction result;
        result.error = error;
        return result;
    }
    return extractData(data, limits);
}

Extraction HtmlExtractor::extractData(const QByteArray &data, const ExtractionLimits &limits) const
{
    Extraction result;
    if (data.isEmpty()) {
        result.error = tr("The file is empty.");
        return result;
    }
    QByteArray charset = declaredCharset(data);
    // A declaration readable as ASCII cannot be true of UTF-16; browsers take UTF-8 then.
    if (charset.startsWith("utf-16"))
        charset = "utf-8";
    const QString html = TextCodec::decode(data, charset);
    if (TextCodec::looksBinary(html)) {
        result.error = tr("This is not an HTML file (it contains binary data).");
        return result;
    }
    TextBudget budget(limits.maxTextChars);
    const QString text = HtmlWalker(html, budget, &result).walk();
    if (budget.exhausted())
        result.warnings.append(budget.warning());
    result.pages = { withoutBlankRuns(text) };
    result.textExtracted = true;
    return result;
}
