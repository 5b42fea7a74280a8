#include "core/platform/OutOfMemoryExit.h"

#include <cerrno>
#include <csignal>
#include <new>
#include <unistd.h>

namespace {
volatile sig_atomic_t g_exitCode = 1;

extern "C" void onAbort(int)
{
    if (errno == ENOMEM)
        ::_exit(g_exitCode);
}
} // namespace

void OutOfMemoryExit::install(int exitCode)
{
    g_exitCode = exitCode;
    std::set_new_handler(exitNow);
    struct sigaction action = {};
    action.sa_handler = onAbort;
    action.sa_flags = SA_RESETHAND;
    sigemptyset(&action.sa_mask);
    sigaction(SIGABRT, &action, nullptr);
}

void OutOfMemoryExit::beginWork()
{
    errno = 0;
}

void OutOfMemoryExit::exitNow()
{
    ::_exit(g_exitCode);
}
