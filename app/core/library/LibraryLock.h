#pragma once

#include "core/platform/LockFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <memory>
#include <optional>

// The one writer of a library. A lock file, writer.lock in the library folder, names the holder
// (process, user, host, since when, program) and carries an flock() held while the holder lives, so a
// holder that died is noticed on the same host and its lock taken over. Readers never take it.
// The file calls are LockFile's (platform layer).
class LibraryLock
{
    Q_DECLARE_TR_FUNCTIONS(LibraryLock)

public:
    struct Holder
    {
        qint64 pid = 0;
        QString user;
        QString host;
        QString program;
        QDateTime since; // UTC
        // "srtoolbox-cli (process 4711, user anna on host rathaus-pc) since 06.12.2026 09:14", for the user.
        QString describe() const;
    };

    static QString fileName() { return QStringLiteral("writer.lock"); }

    // Takes the library's writer lock, or returns nullptr and why (naming the holder).
    static std::unique_ptr<LibraryLock> acquire(const QString &libraryDir, QString *error);
    // Who holds the lock now, as its file says; nullopt when nobody does.
    static std::optional<Holder> holder(const QString &libraryDir);
    // Who the lock file names, held or not (a holder on another computer may have died: its flock
    // does not reach here); nullopt without a lock file.
    static std::optional<Holder> named(const QString &libraryDir);
    // Removes a lock the user confirmed to be stale (its holder on another computer no longer runs):
    // only while the file still names that holder and nobody here holds it. A live holder on this
    // computer is never broken.
    static bool breakStale(const QString &libraryDir, const Holder &confirmed, QString *error);

    ~LibraryLock(); // releases the lock and removes the file
    LibraryLock(const LibraryLock &) = delete;
    LibraryLock &operator=(const LibraryLock &) = delete;

    QString path() const { return m_path; }

private:
    LibraryLock(const QString &path, LockFile file);

    QString m_path;
    LockFile m_file;
};
