#include "core/platform/ProcessInfo.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSysInfo>
#include <cerrno>
#include <pwd.h>
#include <signal.h>
#include <unistd.h>

qint64 ProcessInfo::currentId()
{
    return qint64(::getpid());
}

bool ProcessInfo::isAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

QString ProcessInfo::userName()
{
    if (const passwd *entry = ::getpwuid(::geteuid()))
        return QString::fromLocal8Bit(entry->pw_name);
    return qEnvironmentVariable("USER", QString::number(::geteuid()));
}

QString ProcessInfo::hostName()
{
    return QSysInfo::machineHostName();
}

QString ProcessInfo::executableFolder()
{
    return QCoreApplication::instance()
        ? QCoreApplication::applicationDirPath()
        : QFileInfo(QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath()).absolutePath();
}

bool ProcessInfo::stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO);
}
