#include "core/platform/SignalCancel.h"

#include <csignal>

namespace {
std::atomic_bool g_requested { false };
static_assert(std::atomic_bool::is_always_lock_free, "the flag is set in a signal handler");

struct sigaction g_previousInt;
struct sigaction g_previousTerm;

extern "C" void requestCancel(int signal)
{
    if (g_requested.exchange(true)) {
        // Asked twice: stop now, the default way.
        ::signal(signal, SIG_DFL);
        ::raise(signal);
    }
}
} // namespace

SignalCancel::SignalCancel()
{
    g_requested = false;
    struct sigaction action = {};
    action.sa_handler = requestCancel;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART; // blocking reads and writes carry on; the work polls the flag
    sigaction(SIGINT, &action, &g_previousInt);
    sigaction(SIGTERM, &action, &g_previousTerm);
}

SignalCancel::~SignalCancel()
{
    sigaction(SIGINT, &g_previousInt, nullptr);
    sigaction(SIGTERM, &g_previousTerm, nullptr);
}

const std::atomic_bool *SignalCancel::flag() const
{
    return &g_requested;
}
