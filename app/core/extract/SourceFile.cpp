#include "core/extract/SourceFile.h"

#include <QFile>
#include <QFileInfo>

QString SourceFile::check(const QString &path, qint64 *size)
{
    const QFileInfo info(path);
    if (!info.exists())
        return tr("The file does not exist.");
    if (!info.isFile())
        return tr("This is not a regular file.");
    if (info.size() == 0)
        return tr("The file is empty.");
    if (size)
        *size = info.size();
    return QString();
}

QString SourceFile::readAll(const QString &path, qint64 maxBytes, QByteArray *data)
{
    qint64 size = 0;
    QString error = check(path, &size);
    if (!error.isEmpty())
        return error;
    if (size > maxBytes)
        return tr("The file is too large (%1 bytes; the limit is %2 bytes).").arg(size).arg(maxBytes);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("The file cannot be opened: %1").arg(file.errorString());
    // The size from the check, plus one byte to notice a file that grew meanwhile. (Asking
    // QIODevice::read() for maxBytes would allocate all of them up front.)
    *data = file.read(size + 1);
    if (data->size() > size) // it grew: read on, up to the limit
        data->append(file.read(maxBytes + 1 - data->size()));
    if (data->size() > maxBytes)
        return tr("The file is too large (the limit is %1 bytes).").arg(maxBytes);
    if (data->isEmpty())
        return file.error() != QFile::NoError ? tr("The file cannot be read: %1").arg(file.errorString())
                                              : tr("The file is empty.");
    return QString();
}

QByteArray SourceFile::head(const QString &path, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.read(bytes);
}
