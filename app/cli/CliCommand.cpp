#include "CliCommand.h"

#include <QJsonDocument>
#include <cstdio>

namespace {

// Characters that reorder or break the text around them on a terminal without being C0/C1 controls.
bool isInvisibleControl(char16_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
}

QString unicodeEscape(char16_t c)
{
    return QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
}

} // namespace

QTextStream &CliCommand::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &CliCommand::err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString CliCommand::printable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out.append(c);
            out.append(text.at(++i));
        } else if (u < 0x20 || (u >= 0x7F && u <= 0x9F)) {
            out.append(QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0')));
        } else if (isInvisibleControl(u) || c.isSurrogate()) {
            out.append(unicodeEscape(u));
        } else {
            out.append(c);
        }
    }
    return out;
}

QString CliCommand::printableJson(const QJsonDocument &document)
{
    // QJsonDocument escapes C0 controls itself. The rest can only stand inside JSON strings (all JSON
    // syntax is ASCII), where a \u escape is the same value.
    const QString json = QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    QString out;
    out.reserve(json.size());
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QChar c = json.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < json.size() && json.at(i + 1).isLowSurrogate()) {
            out.append(c);
            out.append(json.at(++i));
        } else if ((u >= 0x7F && u <= 0x9F) || isInvisibleControl(u) || c.isSurrogate()) {
            out.append(unicodeEscape(u));
        } else {
            out.append(c);
        }
    }
    return out;
}
