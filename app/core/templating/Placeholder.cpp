#include "core/templating/Placeholder.h"

#include "core/text/GermanNormalizer.h"

QString placeholderKey(const QString &name)
{
    QString inner = name.trimmed();
    // Brackets are not part of the name, whichever pair the document uses.
    static const QList<QPair<QString, QString>> pairs = {
        {QStringLiteral("{{"), QStringLiteral("}}")}, {QStringLiteral("["), QStringLiteral("]")},
        {QStringLiteral("«"), QStringLiteral("»")}, {QStringLiteral("<"), QStringLiteral(">")},
        {QStringLiteral("{"), QStringLiteral("}")}};
    for (const auto &[open, close] : pairs) {
        if (inner.size() > open.size() + close.size() && inner.startsWith(open) && inner.endsWith(close)) {
            inner = inner.mid(open.size(), inner.size() - open.size() - close.size()).trimmed();
            break;
        }
    }
    const QString folded = GermanNormalizer::fold(inner);
    // A name the normalizer cannot fold (digits and punctuation only, "XX.XX.20XX") keys as written.
    return folded.isEmpty() ? inner.toLower() : folded;
}

QString Placeholder::proposedValue(const MunicipalityProfile &profile) const
{
    const auto remembered = profile.remembered.constFind(key);
    if (remembered != profile.remembered.cend() && !remembered->isEmpty())
        return *remembered;
    return field ? profile.value(*field) : QString();
}
