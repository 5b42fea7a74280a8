#include "core/import/PackSource.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

std::unique_ptr<PackSource> PackSource::open(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("%1 does not exist.").arg(path);
        return nullptr;
    }
    if (info.isDir())
        return std::make_unique<FilesPackSource>(info.absoluteFilePath(), false);
    if (ArchiveReader::looksLikeArchive(info.fileName())) {
        auto source = std::make_unique<ArchivePackSource>(info.absoluteFilePath());
        if (!source->openArchive(error))
            return nullptr;
        return source;
    }
    if (!info.isReadable()) {
        *error = tr("%1 cannot be read.").arg(path);
        return nullptr;
    }
    return std::make_unique<FilesPackSource>(info.absoluteFilePath(), true);
}

QString PackSource::defaultPackName() const
{
    QString name = QFileInfo(m_path).fileName();
    static const char *const suffixes[] = {".tar.gz", ".tar.bz2", ".tar.xz", ".tgz", ".tbz2", ".tbz", ".txz",
                                           ".tar", ".zip", ".7z"};
    for (const char *suffix : suffixes) {
        if (name.endsWith(QLatin1String(suffix), Qt::CaseInsensitive)) {
            name.chop(int(qstrlen(suffix)));
            break;
        }
    }
    return name;
}

FilesPackSource::FilesPackSource(const QString &path, bool singleFile)
    : PackSource(path)
    , m_singleFile(singleFile)
{
    if (singleFile) {
        m_root = QFileInfo(path).absolutePath();
        m_files.append(QFileInfo(path).fileName());
        return;
    }
    m_root = path;
    QDirIterator it(path, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    const QDir root(path);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isDir() && !info.isSymLink())
            continue;
        m_files.append(root.relativeFilePath(info.absoluteFilePath()));
    }
    m_files.sort();
}

bool FilesPackSource::next(Entry *entry)
{
    m_current.close();
    m_error.clear();
    if (++m_index >= m_files.size())
        return false;
    const QString relative = m_files.at(m_index);
    const QString absolute = m_root + QLatin1Char('/') + relative;
    const QFileInfo info(absolute);
    *entry = Entry();
    entry->path = relative;
    entry->rawPath = QFile::encodeName(relative);
    if (info.isSymLink()) {
        entry->type = Entry::Type::Symlink;
        entry->linkTarget = info.symLinkTarget();
        return true;
    }
    if (!info.isFile()) {
        entry->type = Entry::Type::Other;
        return true;
    }
    entry->size = info.size();
    m_current.setFileName(absolute);
    if (!m_current.open(QIODevice::ReadOnly))
        m_error = tr("%1 cannot be read: %2").arg(absolute, m_current.errorString());
    return true;
}

qint64 FilesPackSource::read(char *buffer, qint64 size)
{
    if (!m_current.isOpen())
        return -1;
    const qint64 n = m_current.read(buffer, size);
    if (n < 0)
        m_error = tr("%1 cannot be read: %2").arg(m_current.fileName(), m_current.errorString());
    else
        m_bytesRead += n;
    return n;
}
