#include "core/library/TagNames.h"

#include <QStringList>

namespace TagNames {

QString normalized(const QString &name)
{
    QStringList parts;
    const QStringList raw = name.split(QLatin1Char('/'));
    for (const QString &part : raw) {
        const QString p = part.simplified();
        if (!p.isEmpty())
            parts.append(p);
    }
    return parts.join(QLatin1Char('/'));
}

QString key(const QString &name)
{
    return normalized(name).toCaseFolded();
}

} // namespace TagNames
