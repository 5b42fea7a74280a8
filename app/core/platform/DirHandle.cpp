#include "core/platform/DirHandle.h"

#include <QRandomGenerator>
#include <cerrno>
#include <cstdio>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace {
constexpr int MaxTreeDepth = 64; // removeTree: deeper folders are left (nothing of ours nests so deep)

QByteArray encoded(const QString &name)
{
    return QFile::encodeName(name);
}

QString reason(int error)
{
    return qt_error_string(error);
}

int openDirAt(int parent, const QByteArray &name)
{
    return ::openat(parent, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
}

// The names in the folder fd (without . and ..); fd stays open and is not moved.
QList<QByteArray> namesIn(int fd)
{
    QList<QByteArray> names;
    const int own = ::openat(fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC); // closedir closes it
    DIR *dir = own >= 0 ? ::fdopendir(own) : nullptr;
    if (!dir) {
        if (own >= 0)
            ::close(own);
        return names;
    }
    while (const dirent *entry = ::readdir(dir)) {
        if (qstrcmp(entry->d_name, ".") != 0 && qstrcmp(entry->d_name, "..") != 0)
            names.append(QByteArray(entry->d_name));
    }
    ::closedir(dir);
    return names;
}

DirHandle::Kind kindOf(const struct stat &st)
{
    if (S_ISLNK(st.st_mode))
        return DirHandle::Kind::Link;
    if (S_ISDIR(st.st_mode))
        return DirHandle::Kind::Folder;
    if (S_ISREG(st.st_mode))
        return DirHandle::Kind::File;
    return DirHandle::Kind::Other;
}

QStringList parts(const QString &relative)
{
    return relative.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}
} // namespace

DirHandle::DirHandle(int fd, QString path)
    : m_fd(fd)
    , m_path(std::move(path))
{
}

DirHandle::DirHandle(DirHandle &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
    , m_path(std::move(other.m_path))
{
}

DirHandle &DirHandle::operator=(DirHandle &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = std::exchange(other.m_fd, -1);
        m_path = std::move(other.m_path);
    }
    return *this;
}

DirHandle::~DirHandle()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool DirHandle::makeFolder(const QString &path, QString *reason)
{
    if (::mkdir(QFile::encodeName(path).constData(), 0777) == 0 || errno == EEXIST)
        return true;
    *reason = qt_error_string(errno);
    return false;
}

bool DirHandle::isWritable(const QString &path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

DirHandle DirHandle::open(const QString &path, QString *error, bool create)
{
    const QByteArray name = encoded(path);
    if (create) {
        // The folders above are named by the user: created like `mkdir -p`.
        QByteArray prefix;
        const QList<QByteArray> steps = name.split('/');
        for (qsizetype i = 0; i < steps.size(); ++i) {
            prefix += steps.at(i);
            if (!prefix.isEmpty() && ::mkdir(prefix.constData(), 0777) != 0 && errno != EEXIST) {
                if (error)
                    *error
                        = tr("Cannot create the folder %1: %2").arg(QFile::decodeName(prefix), reason(errno));
                return {};
            }
            prefix += '/';
        }
    }
    const int fd = ::open(name.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        if (error)
            *error = errno == ENOTDIR ? tr("%1 is not a folder.").arg(path)
                                      : tr("Cannot open the folder %1: %2").arg(path, reason(errno));
        return {};
    }
    return DirHandle(fd, path);
}

DirHandle::Kind DirHandle::kind(const QString &name) const
{
    struct stat st;
    if (::fstatat(m_fd, encoded(name).constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
        return Kind::Missing;
    return kindOf(st);
}

QStringList DirHandle::entries() const
{
    QStringList names;
    for (const QByteArray &name : namesIn(m_fd))
        names.append(QFile::decodeName(name));
    return names;
}

QString DirHandle::firstLink(const QString &relative) const
{
    const QStringList steps = parts(relative);
    QString walked;
    int fd = ::dup(m_fd);
    for (qsizetype i = 0; fd >= 0 && i < steps.size(); ++i) {
        walked += (walked.isEmpty() ? QString() : QStringLiteral("/")) + steps.at(i);
        struct stat st;
        if (::fstatat(fd, encoded(steps.at(i)).constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
            break;
        if (S_ISLNK(st.st_mode)) {
            ::close(fd);
            return walked;
        }
        const int next = i + 1 < steps.size() ? openDirAt(fd, encoded(steps.at(i))) : -1;
        ::close(fd);
        fd = next;
    }
    if (fd >= 0)
        ::close(fd);
    return {};
}

DirHandle DirHandle::openDir(const QString &relative, QString *error) const
{
    return walk(relative, false, nullptr, error);
}

DirHandle DirHandle::makeDir(const QString &relative, QString *error, QStringList *created) const
{
    return walk(relative, true, created, error);
}

DirHandle DirHandle::walk(const QString &relative, bool create, QStringList *created, QString *error) const
{
    QString walked;
    DirHandle current(::dup(m_fd), m_path);
    for (const QString &step : parts(relative)) {
        walked += (walked.isEmpty() ? QString() : QStringLiteral("/")) + step;
        const QByteArray name = encoded(step);
        if (step == QLatin1String("..") || step == QLatin1String(".")) {
            if (error)
                *error = tr("The folder name %1 is not allowed.").arg(pathOf(walked));
            return {};
        }
        if (create && ::mkdirat(current.m_fd, name.constData(), 0777) == 0) {
            if (created)
                created->append(walked);
        } else if (create && errno != EEXIST) {
            if (error)
                *error = tr("Cannot create the folder %1: %2").arg(pathOf(walked), reason(errno));
            return {};
        }
        const int fd = openDirAt(current.m_fd, name);
        if (fd < 0) {
            if (error) {
                const Kind found = current.kind(step);
                if (found == Kind::Link)
                    *error = tr("%1 is a symbolic link; links are not followed.").arg(pathOf(walked));
                else if (found == Kind::Missing)
                    *error = tr("The folder %1 does not exist.").arg(pathOf(walked));
                else if (found != Kind::Folder)
                    *error = tr("%1 is not a folder.").arg(pathOf(walked));
                else
                    *error = tr("Cannot open the folder %1: %2").arg(pathOf(walked), reason(errno));
            }
            return {};
        }
        current = DirHandle(fd, pathOf(walked));
    }
    return current;
}

bool DirHandle::openFile(const QString &name, QFile *file, QString *error) const
{
    const int fd = ::openat(m_fd, encoded(name).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        if (error)
            *error = errno == ELOOP ? tr("%1 is a symbolic link; links are not followed.").arg(pathOf(name))
                                    : tr("Cannot read %1: %2").arg(pathOf(name), reason(errno));
        return false;
    }
    if (!file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        if (error)
            *error = tr("Cannot read %1: %2").arg(pathOf(name), file->errorString());
        return false;
    }
    return true;
}

bool DirHandle::createTemporaryFile(const QString &prefix, const QString &suffix, QFile *file, QString *name,
                                    QString *error, int mode) const
{
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString candidate
            = prefix + QString::number(QRandomGenerator::global()->generate64(), 36) + suffix;
        const QByteArray encodedName = encoded(candidate);
        const int fd = ::openat(m_fd, encodedName.constData(),
                                O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
        if (fd < 0 && errno == EEXIST)
            continue;
        if (fd < 0) {
            if (error)
                *error = tr("Cannot write to the folder %1: %2").arg(m_path, reason(errno));
            return false;
        }
        *name = candidate;
        return adopt(fd, encodedName, file, error);
    }
    if (error)
        *error = tr("Cannot write to the folder %1: %2").arg(m_path, reason(EEXIST));
    return false;
}

bool DirHandle::adopt(int fd, const QByteArray &name, QFile *file, QString *error) const
{
    if (file->open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle))
        return true;
    ::close(fd);
    ::unlinkat(m_fd, name.constData(), 0);
    if (error)
        *error = tr("Cannot create %1: %2").arg(pathOf(QFile::decodeName(name)), file->errorString());
    return false;
}

bool DirHandle::setMode(const QString &name, int mode) const
{
    const int fd = ::openat(m_fd, encoded(name).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fchmod(fd, mode_t(mode)) == 0;
    ::close(fd);
    return ok;
}

bool DirHandle::setMode(QFile *file, int mode)
{
    return ::fchmod(file->handle(), mode_t(mode)) == 0;
}

bool DirHandle::sync(QFile *file)
{
    return file->flush() && (::fsync(file->handle()) == 0 || errno == EINVAL);
}

bool DirHandle::syncFileSystem() const
{
    return m_fd >= 0 && ::syncfs(m_fd) == 0;
}

bool DirHandle::remove(const QString &name) const
{
    return ::unlinkat(m_fd, encoded(name).constData(), 0) == 0 || errno == ENOENT;
}

bool DirHandle::removeEmptyDir(const QString &name) const
{
    return ::unlinkat(m_fd, encoded(name).constData(), AT_REMOVEDIR) == 0;
}

bool DirHandle::removeTree(const QString &name) const
{
    return removeTreeAt(m_fd, encoded(name), 0);
}

bool DirHandle::removeTreeAt(int parentFd, const QByteArray &name, int depth)
{
    struct stat st;
    if (::fstatat(parentFd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
        return errno == ENOENT;
    if (!S_ISDIR(st.st_mode))
        return ::unlinkat(parentFd, name.constData(), 0) == 0;
    if (depth >= MaxTreeDepth)
        return false;
    const int fd = openDirAt(parentFd, name);
    if (fd < 0)
        return false;
    bool ok = true;
    for (const QByteArray &child : namesIn(fd))
        ok = removeTreeAt(fd, child, depth + 1) && ok;
    ::close(fd);
    return ::unlinkat(parentFd, name.constData(), AT_REMOVEDIR) == 0 && ok;
}

bool DirHandle::rename(const QString &from, const DirHandle &toDir, const QString &to, bool replace,
                       QString *error, bool *exists) const
{
    if (exists)
        *exists = false;
    const QByteArray source = encoded(from);
    const QByteArray target = encoded(to);
    const Kind found = toDir.kind(to);
    if (found == Kind::Link) {
        if (error)
            *error = tr("%1 is a symbolic link; links are not followed.").arg(toDir.pathOf(to));
        return false;
    }
    int rc;
    if (replace) {
        // rename() replaces the directory entry itself: a link appearing meanwhile is replaced, not
        // written through.
        rc = ::renameat(m_fd, source.constData(), toDir.m_fd, target.constData());
    } else {
        rc = ::renameat2(m_fd, source.constData(), toDir.m_fd, target.constData(), RENAME_NOREPLACE);
        if (rc != 0 && (errno == EINVAL || errno == ENOSYS)) {
            // A file system without RENAME_NOREPLACE: link() never replaces either.
            rc = ::linkat(m_fd, source.constData(), toDir.m_fd, target.constData(), 0);
            if (rc == 0)
                ::unlinkat(m_fd, source.constData(), 0);
        }
    }
    if (rc != 0) {
        const int code = errno;
        if (code == EEXIST && exists)
            *exists = true;
        if (error)
            *error = code == EEXIST
                ? tr("%1 exists already.").arg(toDir.pathOf(to))
                : tr("Cannot move %1 to %2: %3").arg(pathOf(from), toDir.pathOf(to), reason(code));
        return false;
    }
    return true;
}
