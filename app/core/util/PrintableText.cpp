#include "core/util/PrintableText.h"

namespace {
// Characters that reorder or break the text around them without being C0/C1 controls.
bool isInvisibleControl(char16_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
        || c == 0x2028 || c == 0x2029;
}

QString unicodeEscape(char16_t c)
{
    return QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
}

template<typename Escape>
QString escape(const QString &text, Escape escapeOne)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out.append(c);
            out.append(text.at(++i));
        } else if (!escapeOne(c, out)) {
            out.append(c);
        }
    }
    return out;
}
} // namespace

QString PrintableText::escaped(const QString &text)
{
    return escape(text, [](QChar c, QString &out) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7F && u <= 0x9F))
            out.append(QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0')));
        else if (isInvisibleControl(u) || c.isSurrogate())
            out.append(unicodeEscape(u));
        else
            return false;
        return true;
    });
}

QString PrintableText::escapedJson(const QString &json)
{
    return escape(json, [](QChar c, QString &out) {
        const char16_t u = c.unicode();
        if (!((u >= 0x7F && u <= 0x9F) || isInvisibleControl(u) || c.isSurrogate()))
            return false;
        out.append(unicodeEscape(u));
        return true;
    });
}
