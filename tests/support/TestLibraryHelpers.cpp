#include "TestLibraryHelpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace TestHelpers {
QString writeFile(const QString &dir, const QString &relativePath, const QByteArray &content)
{
    const QString path = dir + QLatin1Char('/') + relativePath;
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString samplePackPath()
{
    return QStringLiteral(SRT_SOURCE_DIR "/resources/sample-pack");
}
} // namespace TestHelpers
