#pragma once

#include <QString>

// Who and where this process is, and whether another one still runs: the answers the lock file,
// the import journal and the command-line tool need, in one place so that a Windows port gives
// them anew (POSIX now: getpid, kill(pid, 0), getpwuid, isatty, /proc/self/exe).
namespace ProcessInfo {
qint64 currentId();
// Whether a process with this id runs on this machine (one of another user's counts).
bool isAlive(qint64 pid);
// The login name of the effective user; $USER or the user id where the system names none.
QString userName();
QString hostName();
// The folder of the running executable, also before a QCoreApplication exists.
QString executableFolder();
// Whether standard error goes to a terminal (progress lines are shown only there).
bool stderrIsTerminal();
} // namespace ProcessInfo
