#include "core/templating/FilledCopyName.h"

#include "core/export/Exporter.h"

#include <QFileInfo>
#include <QRegularExpression>

QString FilledCopyName::propose(const QString &title, const QString &fileName, const QString &municipality)
{
    const QFileInfo info(fileName);
    QString base = title.simplified();
    if (base.isEmpty())
        base = info.completeBaseName().simplified();
    // The template's own word for being a template is not part of the copy's name.
    static const QRegularExpression prefix(QStringLiteral("^(muster|vorlage|template)\\s*[-–:_]?\\s*"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QString stripped = base;
    base.remove(prefix);
    if (base.isEmpty())
        base = stripped;
    else if (base != stripped)
        base[0] = base[0].toUpper(); // "Muster-datenschutz" → "Datenschutz"
    const QString name = municipality.simplified();
    if (!name.isEmpty() && !base.contains(name, Qt::CaseInsensitive))
        base += QLatin1Char(' ') + name;
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix().toLower();
    return Exporter::safeFileName(base.left(150).trimmed() + suffix);
}
