#include "core/library/LibraryLock.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSysInfo>
#include <QThread>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <pwd.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString currentUser()
{
    if (const passwd *entry = ::getpwuid(::geteuid()))
        return QString::fromLocal8Bit(entry->pw_name);
    return qEnvironmentVariable("USER", QString::number(::geteuid()));
}

QByteArray selfDescription()
{
    const QString program = QCoreApplication::applicationName();
    const QJsonObject o { { QStringLiteral("pid"), qint64(::getpid()) },
                          { QStringLiteral("user"), currentUser() },
                          { QStringLiteral("host"), QSysInfo::machineHostName() },
                          { QStringLiteral("since"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
                          { QStringLiteral("program"), program.isEmpty() ? QStringLiteral("?") : program } };
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray readAll(int fd)
{
    QByteArray data;
    char buffer[1024];
    for (off_t offset = 0; data.size() < 64 * 1024;) {
        const ssize_t n = ::pread(fd, buffer, sizeof buffer, offset);
        if (n <= 0)
            break;
        data.append(buffer, n);
        offset += n;
    }
    return data;
}

std::optional<LibraryLock::Holder> parse(const QByteArray &data)
{
    const QJsonObject o = QJsonDocument::fromJson(data).object();
    if (o.isEmpty())
        return std::nullopt;
    LibraryLock::Holder h;
    h.pid = o.value(QStringLiteral("pid")).toInteger();
    h.user = o.value(QStringLiteral("user")).toString();
    h.host = o.value(QStringLiteral("host")).toString();
    h.program = o.value(QStringLiteral("program")).toString();
    h.since = QDateTime::fromString(o.value(QStringLiteral("since")).toString(), Qt::ISODate);
    return h;
}

bool isAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

// Whether fd is still the file at path: a holder removes the file when it releases the lock, so a
// lock taken on a file that is gone by now protects nothing.
bool isCurrent(int fd, const QByteArray &path)
{
    struct stat open, named;
    return ::fstat(fd, &open) == 0 && ::lstat(path.constData(), &named) == 0 && open.st_dev == named.st_dev
        && open.st_ino == named.st_ino;
}

// Whether to try again for a holder that is dead but whose lock is still held: for up to
// DeadHolderGraceMs, in short sleeps.
bool waitForDeadHolder(QElapsedTimer *since)
{
    constexpr qint64 DeadHolderGraceMs = 3000;
    if (!since->isValid())
        since->start();
    if (since->hasExpired(DeadHolderGraceMs))
        return false;
    QThread::msleep(10);
    return true;
}

QString heldMessage(const std::optional<LibraryLock::Holder> &holder, const QString &path)
{
    const QString who = holder ? holder->describe() : LibraryLock::tr("another program");
    // The holder may be an import or a window open on the library: either may change it any time.
    return LibraryLock::tr("The library is open for changes in %1. Only one program at a time may change "
                           "a library: try again when it has finished or was closed (lock file %2).")
        .arg(who, path);
}
} // namespace

QString LibraryLock::Holder::describe() const
{
    const QString when = QLocale().toString(since.toLocalTime(), QLocale::ShortFormat);
    return tr("%1 (process %2, user %3 on host %4) since %5").arg(program).arg(pid).arg(user, host, when);
}

LibraryLock::LibraryLock(const QString &path, int fd)
    : m_path(path)
    , m_fd(fd)
{
}

LibraryLock::~LibraryLock()
{
    const QByteArray path = QFile::encodeName(m_path);
    if (isCurrent(m_fd, path))
        ::unlink(path.constData());
    ::close(m_fd); // releases the flock
}

std::optional<LibraryLock::Holder> LibraryLock::holder(const QString &libraryDir)
{
    const QByteArray path = QFile::encodeName(libraryDir + QLatin1Char('/') + fileName());
    const int fd = ::open(path.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    std::optional<Holder> result;
    if (::flock(fd, LOCK_SH | LOCK_NB) != 0)
        result = parse(readAll(fd));
    ::close(fd);
    return result;
}

std::optional<LibraryLock::Holder> LibraryLock::named(const QString &libraryDir)
{
    const QByteArray path = QFile::encodeName(libraryDir + QLatin1Char('/') + fileName());
    const int fd = ::open(path.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    const std::optional<Holder> result = parse(readAll(fd));
    ::close(fd);
    return result;
}

bool LibraryLock::breakStale(const QString &libraryDir, const Holder &confirmed, QString *error)
{
    const QString name = libraryDir + QLatin1Char('/') + fileName();
    const QByteArray path = QFile::encodeName(name);
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const int fd = ::open(path.constData(), O_RDWR | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return errno == ENOENT ? true
                               : fail(tr("Cannot open the lock file %1: %2").arg(name, systemError(errno)));
    const std::optional<Holder> now = parse(readAll(fd));
    const bool held = ::flock(fd, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    const bool alive = now && now->host == QSysInfo::machineHostName() && isAlive(now->pid);
    if (held || alive) {
        ::close(fd);
        return fail(heldMessage(now, name));
    }
    // Someone else may have taken the lock since the user looked: then it is theirs to keep.
    if (!now || now->pid != confirmed.pid || now->host != confirmed.host || now->since != confirmed.since) {
        ::close(fd);
        return fail(tr("The lock file %1 changed meanwhile; look at its holder again.").arg(name));
    }
    const bool removed = isCurrent(fd, path) && ::unlink(path.constData()) == 0;
    const int reason = errno;
    ::close(fd);
    return removed ? true : fail(tr("Cannot remove the lock file %1: %2").arg(name, systemError(reason)));
}

std::unique_ptr<LibraryLock> LibraryLock::acquire(const QString &libraryDir, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return nullptr;
    };
    const QString name = libraryDir + QLatin1Char('/') + fileName();
    const QByteArray path = QFile::encodeName(name);
    // A few rounds: between our attempts the holder may release the lock or another writer take it.
    QElapsedTimer sinceDeadHolder;
    for (int attempt = 0; attempt < 8; ++attempt) {
        int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
        const bool created = fd >= 0;
        if (!created) {
            if (errno != EEXIST)
                return fail(tr("Cannot create the lock file %1: %2").arg(name, systemError(errno)));
            fd = ::open(path.constData(), O_RDWR | O_NOFOLLOW | O_CLOEXEC);
            if (fd < 0 && errno == ENOENT)
                continue; // released meanwhile
            if (fd < 0 && errno == ELOOP)
                return fail(
                    tr("The lock file %1 is a symbolic link; the library does not follow it.").arg(name));
            if (fd < 0)
                return fail(tr("Cannot open the lock file %1: %2").arg(name, systemError(errno)));
        }
        const std::optional<Holder> previous = created ? std::nullopt : parse(readAll(fd));
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            const int reason = errno;
            // Held: the file is the holder's, even one we just created (taken over before our flock).
            // Without flock (some network file systems) the exclusive creation is the lock, and only
            // the process id tells a dead holder.
            const bool stale = !created && previous && previous->host == QSysInfo::machineHostName()
                && !isAlive(previous->pid);
            // A holder killed while starting a program leaves the half-started child a copy of the
            // lock's descriptor until that child runs its program (milliseconds, longer under load).
            if (reason == EWOULDBLOCK && stale && waitForDeadHolder(&sinceDeadHolder)) {
                ::close(fd);
                --attempt;
                continue;
            }
            if (reason == EWOULDBLOCK || (!created && !stale)) {
                ::close(fd);
                if (reason == EWOULDBLOCK || previous)
                    return fail(heldMessage(previous, name));
                return fail(tr("Cannot lock the file %1: %2").arg(name, systemError(reason)));
            }
        }
        if (!isCurrent(fd, path)) {
            ::close(fd);
            continue;
        }
        // Nobody holds the lock. A holder on this host that is gone left it behind (taken over); one
        // on another host may hold it where our flock does not reach: that one the user clears.
        if (previous && !previous->host.isEmpty() && previous->host != QSysInfo::machineHostName()) {
            ::close(fd);
            return fail(heldMessage(previous, name) + QLatin1Char(' ')
                        + tr("If that program no longer runs on %1, remove the lock with 'srtoolbox-cli "
                             "--library %2 unlock "
                             "--force'.")
                              .arg(previous->host, libraryDir));
        }
        // Not synced: the flock is the lock, the text only names the holder (a file left empty by a
        // crash is taken over like any stale one), and a sync would cost start-up time.
        const QByteArray self = selfDescription();
        errno = ENOSPC; // what a short write without an error means
        if (::ftruncate(fd, 0) != 0
            || ::pwrite(fd, self.constData(), size_t(self.size()), 0) != ssize_t(self.size())) {
            const QString reason = systemError(errno);
            if (created)
                ::unlink(path.constData());
            ::close(fd);
            return fail(tr("Cannot write the lock file %1: %2").arg(name, reason));
        }
        return std::unique_ptr<LibraryLock>(new LibraryLock(name, fd));
    }
    return fail(heldMessage(holder(libraryDir), name));
}
