#include "core/library/LibraryLock.h"

#include "core/platform/ProcessInfo.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSysInfo>
#include <QThread>

namespace {
QByteArray selfDescription()
{
    const QString program = QCoreApplication::applicationName();
    const QJsonObject o { { QStringLiteral("pid"), ProcessInfo::currentId() },
                          { QStringLiteral("user"), ProcessInfo::userName() },
                          { QStringLiteral("host"), ProcessInfo::hostName() },
                          { QStringLiteral("since"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
                          { QStringLiteral("program"), program.isEmpty() ? QStringLiteral("?") : program } };
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
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

// The lock file for one attempt: created anew (*created), or the one there opened. Not open and no
// *error: it was released meanwhile, try again.
LockFile openLockFile(const QString &name, bool *created, QString *error)
{
    LockFile file = LockFile::create(name);
    *created = file.isOpen();
    if (*created)
        return file;
    if (file.status() != LockFile::Status::Exists) {
        *error = LibraryLock::tr("Cannot create the lock file %1: %2").arg(name, file.errorString());
        return file;
    }
    file = LockFile::open(name, true);
    if (file.status() == LockFile::Status::Missing)
        return file;
    if (file.status() == LockFile::Status::Link)
        *error = LibraryLock::tr("The lock file %1 is a symbolic link; the library does not follow it.")
                     .arg(name);
    else if (!file.isOpen())
        *error = LibraryLock::tr("Cannot open the lock file %1: %2").arg(name, file.errorString());
    return file;
}

enum class Locking { Locked, WaitForDeadHolder, Refused };

// Takes the flock on the lock file at name; previous: whom it named before (none for one we created).
Locking lockFile(LockFile *file, const QString &name, bool created,
                 const std::optional<LibraryLock::Holder> &previous, QElapsedTimer *sinceDeadHolder,
                 QString *error)
{
    const LockFile::Status locked = file->tryLock(true);
    if (locked == LockFile::Status::Ok)
        return Locking::Locked;
    // Held: the file is the holder's, even one we just created (taken over before our flock).
    // Without flock (some network file systems) the exclusive creation is the lock, and only
    // the process id tells a dead holder.
    const bool stale = !created && previous && previous->host == ProcessInfo::hostName()
        && !ProcessInfo::isAlive(previous->pid);
    // A holder killed while starting a program leaves the half-started child a copy of the
    // lock's descriptor until that child runs its program (milliseconds, longer under load).
    if (locked == LockFile::Status::Held && stale && waitForDeadHolder(sinceDeadHolder))
        return Locking::WaitForDeadHolder;
    if (locked != LockFile::Status::Held && (created || stale))
        return Locking::Locked;
    if (locked == LockFile::Status::Held || previous)
        *error = heldMessage(previous, name);
    else
        *error = LibraryLock::tr("Cannot lock the file %1: %2").arg(name, file->errorString());
    return Locking::Refused;
}

// Nobody holds the lock. A holder on this host that is gone left it behind (taken over); one on
// another host may hold it where our flock does not reach: that one the user clears.
bool claim(LockFile *file, bool created, const std::optional<LibraryLock::Holder> &previous,
           const QString &libraryDir, QString *error)
{
    const QString name = libraryDir + QLatin1Char('/') + LibraryLock::fileName();
    if (previous && !previous->host.isEmpty() && previous->host != ProcessInfo::hostName()) {
        *error = heldMessage(previous, name) + QLatin1Char(' ')
            + LibraryLock::tr("If that program no longer runs on %1, remove the lock with 'srtoolbox-cli "
                              "--library %2 unlock "
                              "--force'.")
                  .arg(previous->host, libraryDir);
        return false;
    }
    // Not synced: the flock is the lock, the text only names the holder (a file left empty by a
    // crash is taken over like any stale one), and a sync would cost start-up time.
    if (!file->replaceContents(selfDescription())) {
        const QString reason = file->errorString();
        if (created)
            LockFile::remove(name, nullptr);
        *error = LibraryLock::tr("Cannot write the lock file %1: %2").arg(name, reason);
        return false;
    }
    return true;
}
} // namespace

QString LibraryLock::Holder::describe() const
{
    const QString when = QLocale().toString(since.toLocalTime(), QLocale::ShortFormat);
    return tr("%1 (process %2, user %3 on host %4) since %5").arg(program).arg(pid).arg(user, host, when);
}

LibraryLock::LibraryLock(const QString &path, LockFile file)
    : m_path(path)
    , m_file(std::move(file))
{
}

LibraryLock::~LibraryLock()
{
    if (m_file.isAt(m_path))
        LockFile::remove(m_path, nullptr);
    m_file.close(); // releases the flock
}

std::optional<LibraryLock::Holder> LibraryLock::holder(const QString &libraryDir)
{
    LockFile file = LockFile::open(libraryDir + QLatin1Char('/') + fileName(), false);
    if (!file.isOpen())
        return std::nullopt;
    std::optional<Holder> result;
    if (file.tryLock(false) != LockFile::Status::Ok)
        result = parse(file.readAll());
    return result;
}

std::optional<LibraryLock::Holder> LibraryLock::named(const QString &libraryDir)
{
    const LockFile file = LockFile::open(libraryDir + QLatin1Char('/') + fileName(), false);
    if (!file.isOpen())
        return std::nullopt;
    return parse(file.readAll());
}

bool LibraryLock::breakStale(const QString &libraryDir, const Holder &confirmed, QString *error)
{
    const QString name = libraryDir + QLatin1Char('/') + fileName();
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    LockFile file = LockFile::open(name, true);
    if (!file.isOpen())
        return file.status() == LockFile::Status::Missing
            ? true
            : fail(tr("Cannot open the lock file %1: %2").arg(name, file.errorString()));
    const std::optional<Holder> now = parse(file.readAll());
    const bool held = file.tryLock(true) == LockFile::Status::Held;
    const bool alive = now && now->host == ProcessInfo::hostName() && ProcessInfo::isAlive(now->pid);
    if (held || alive)
        return fail(heldMessage(now, name));
    // Someone else may have taken the lock since the user looked: then it is theirs to keep.
    if (!now || now->pid != confirmed.pid || now->host != confirmed.host || now->since != confirmed.since)
        return fail(tr("The lock file %1 changed meanwhile; look at its holder again.").arg(name));
    QString reason;
    const bool removed = file.isAt(name) && LockFile::remove(name, &reason);
    return removed ? true : fail(tr("Cannot remove the lock file %1: %2").arg(name, reason));
}

std::unique_ptr<LibraryLock> LibraryLock::acquire(const QString &libraryDir, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return nullptr;
    };
    const QString name = libraryDir + QLatin1Char('/') + fileName();
    // A few rounds: between our attempts the holder may release the lock or another writer take it.
    QElapsedTimer sinceDeadHolder;
    for (int attempt = 0; attempt < 8; ++attempt) {
        bool created = false;
        QString problem;
        LockFile file = openLockFile(name, &created, &problem);
        if (!problem.isEmpty())
            return fail(problem);
        if (!file.isOpen())
            continue; // released meanwhile
        const std::optional<Holder> previous = created ? std::nullopt : parse(file.readAll());
        switch (lockFile(&file, name, created, previous, &sinceDeadHolder, &problem)) {
        case Locking::Locked:
            break;
        case Locking::WaitForDeadHolder:
            --attempt;
            continue;
        case Locking::Refused:
            return fail(problem);
        }
        if (!file.isAt(name))
            continue;
        if (!claim(&file, created, previous, libraryDir, &problem))
            return fail(problem);
        return std::unique_ptr<LibraryLock>(new LibraryLock(name, std::move(file)));
    }
    return fail(heldMessage(holder(libraryDir), name));
}
