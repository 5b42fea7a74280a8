#include "core/platform/ProcessLimits.h"

#include <sched.h>
#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

bool ProcessLimits::limitAddressSpace(qint64 bytes)
{
    const struct rlimit limit = { rlim_t(bytes), rlim_t(bytes) };
    return ::setrlimit(RLIMIT_AS, &limit) == 0;
}

void ProcessLimits::disableCoreDumps()
{
    const struct rlimit noCore = { 0, 0 };
    ::setrlimit(RLIMIT_CORE, &noCore);
}

void ProcessLimits::confineChild(qint64 memoryBytes, bool withoutNetwork)
{
    if (withoutNetwork && ::unshare(CLONE_NEWNET) != 0)
        ::unshare(CLONE_NEWUSER | CLONE_NEWNET);
    ::setpgid(0, 0);
    if (memoryBytes > 0) {
        struct rlimit limit = { rlim_t(memoryBytes), rlim_t(memoryBytes) };
        ::setrlimit(RLIMIT_AS, &limit);
    }
}

void ProcessLimits::killGroup(qint64 pid)
{
    ::kill(-pid_t(pid), SIGKILL);
}

void ProcessLimits::killAfter(int seconds)
{
    ::alarm(unsigned(qMax(0, seconds)));
}
