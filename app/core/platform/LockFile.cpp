#include "core/platform/LockFile.h"

#include <QFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

LockFile::Status statusOf(int error)
{
    switch (error) {
    case EEXIST:
        return LockFile::Status::Exists;
    case ENOENT:
        return LockFile::Status::Missing;
    case ELOOP:
        return LockFile::Status::Link;
    default:
        return LockFile::Status::Failed;
    }
}
} // namespace

LockFile::LockFile(int fd, Status status, int error)
    : m_fd(fd)
    , m_status(status)
    , m_error(error)
{
}

LockFile::LockFile(LockFile &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
    , m_status(other.m_status)
    , m_error(other.m_error)
{
}

LockFile &LockFile::operator=(LockFile &&other) noexcept
{
    if (this != &other) {
        close();
        m_fd = std::exchange(other.m_fd, -1);
        m_status = other.m_status;
        m_error = other.m_error;
    }
    return *this;
}

LockFile::~LockFile()
{
    close();
}

void LockFile::close()
{
    if (m_fd >= 0)
        ::close(m_fd); // releases the flock
    m_fd = -1;
}

LockFile LockFile::create(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    const int error = errno;
    return fd >= 0 ? LockFile(fd, Status::Ok, 0) : LockFile(-1, statusOf(error), error);
}

LockFile LockFile::open(const QString &path, bool writable)
{
    const int fd = ::open(QFile::encodeName(path).constData(),
                          (writable ? O_RDWR : O_RDONLY) | O_NOFOLLOW | O_CLOEXEC);
    const int error = errno;
    return fd >= 0 ? LockFile(fd, Status::Ok, 0) : LockFile(-1, statusOf(error), error);
}

QString LockFile::errorString() const
{
    return systemError(m_error);
}

LockFile::Status LockFile::tryLock(bool exclusive)
{
    if (::flock(m_fd, (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB) == 0)
        return m_status = Status::Ok;
    m_error = errno;
    return m_status = m_error == EWOULDBLOCK ? Status::Held : Status::Failed;
}

bool LockFile::isAt(const QString &path) const
{
    struct stat open, named;
    return ::fstat(m_fd, &open) == 0 && ::lstat(QFile::encodeName(path).constData(), &named) == 0
        && open.st_dev == named.st_dev && open.st_ino == named.st_ino;
}

QByteArray LockFile::readAll() const
{
    QByteArray data;
    char buffer[1024];
    for (off_t offset = 0; data.size() < 64 * 1024;) {
        const ssize_t n = ::pread(m_fd, buffer, sizeof buffer, offset);
        if (n <= 0)
            break;
        data.append(buffer, n);
        offset += n;
    }
    return data;
}

bool LockFile::replaceContents(const QByteArray &data)
{
    errno = ENOSPC; // what a short write without an error means
    if (::ftruncate(m_fd, 0) != 0
        || ::pwrite(m_fd, data.constData(), size_t(data.size()), 0) != ssize_t(data.size())) {
        m_error = errno;
        return false;
    }
    return true;
}

bool LockFile::remove(const QString &path, QString *reason)
{
    if (::unlink(QFile::encodeName(path).constData()) == 0)
        return true;
    if (reason)
        *reason = systemError(errno);
    return false;
}
