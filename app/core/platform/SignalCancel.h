#pragma once

#include <atomic>

// While it lives, SIGINT (Ctrl+C) and SIGTERM ask the running work to stop: the handler only sets
// an atomic flag (async-signal-safe), which the work polls and answers by rolling back. A second
// signal ends the process at once the default way (the next opening of the library undoes what an
// interrupted import left, as after a crash). The previous handlers come back on destruction.
// All POSIX signal code of the command-line tool is here: a Windows port replaces this file.
class SignalCancel
{
public:
    SignalCancel();
    ~SignalCancel();
    SignalCancel(const SignalCancel &) = delete;
    SignalCancel &operator=(const SignalCancel &) = delete;

    const std::atomic_bool *flag() const;
};
