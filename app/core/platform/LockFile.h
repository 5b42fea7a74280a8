#pragma once

#include <QByteArray>
#include <QString>

// A lock file held open, with the few operations LibraryLock builds the library's writer lock
// from: exclusive creation, opening without following a link, an advisory lock (flock) that the
// system releases when the holder dies, and whether the open file is still the one at its path.
// POSIX now; a Windows port gives the same with CreateFile/LockFileEx. Failures keep the system's
// reason (errorString()) and say what kind they were (status()).
class LockFile
{
public:
    enum class Status { Ok, Exists, Missing, Link, Held, Failed };

    LockFile() = default;
    LockFile(LockFile &&other) noexcept;
    LockFile &operator=(LockFile &&other) noexcept;
    LockFile(const LockFile &) = delete;
    LockFile &operator=(const LockFile &) = delete;
    ~LockFile(); // closes the file, which releases the lock

    // Creates path, which must not exist (Exists otherwise), readable and writable.
    static LockFile create(const QString &path);
    // Opens the existing path (Missing, Link when it is a symbolic link).
    static LockFile open(const QString &path, bool writable);

    bool isOpen() const { return m_fd >= 0; }
    Status status() const { return m_status; }
    QString errorString() const; // the system's reason of the last failure

    // Tries the advisory lock without waiting: Ok, Held (another process has it) or Failed.
    Status tryLock(bool exclusive);
    // Whether the open file is still the one at path (a holder removes the file when it lets go).
    bool isAt(const QString &path) const;
    QByteArray readAll() const; // the first 64 KiB
    // Replaces the contents with data (not synced: the lock is the flock, the text names the holder).
    bool replaceContents(const QByteArray &data);
    void close();

    // Removes path; false with the system's reason.
    static bool remove(const QString &path, QString *reason);

private:
    explicit LockFile(int fd, Status status, int error);

    int m_fd = -1;
    Status m_status = Status::Failed;
    int m_error = 0;
};
