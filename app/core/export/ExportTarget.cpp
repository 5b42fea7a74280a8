#include "core/export/ExportTarget.h"

#include "core/export/Exporter.h"

#include <QDir>
#include <QFileInfo>

namespace ExportTarget {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool isCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

bool makeFolder(const QString &path, QStringList *created, QString *error)
{
    QStringList missing;
    QString current = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    for (;;) {
        const QFileInfo info(current);
        if (info.isDir())
            break;
        if (info.exists() || info.isSymLink()) {
            *error = Exporter::tr("Cannot create the folder %1: %2 is a file, not a folder.")
                         .arg(native(path), native(current));
            return false;
        }
        missing.prepend(current);
        const QString parent = info.absolutePath();
        if (parent == current)
            break;
        current = parent;
    }
    for (const QString &dir : std::as_const(missing)) {
        QString reason;
        if (!DirHandle::makeFolder(dir, &reason)) {
            *error = Exporter::tr("Cannot create the folder %1: %2").arg(native(dir), reason);
            return false;
        }
        created->append(dir);
    }
    return true;
}

void removeFolders(const QStringList &created)
{
    for (auto it = created.crbegin(); it != created.crend(); ++it)
        QDir().rmdir(*it); // only when empty: never what someone else put there meanwhile
}

DirHandle openFolderOf(const QString &file, QStringList *created, QString *error)
{
    const QString folder = QFileInfo(file).absolutePath();
    if (!makeFolder(folder, created, error))
        return {};
    return DirHandle::open(folder, error);
}

QString nameKey(const QString &folder, const QString &name)
{
    return (folder + QLatin1Char('/') + name).toCaseFolded();
}

QString subfolderFor(const DocumentRecord &doc, bool byCategory)
{
    if (!byCategory || doc.category.trimmed().isEmpty())
        return {};
    return Exporter::safeFileName(doc.category);
}

} // namespace ExportTarget
