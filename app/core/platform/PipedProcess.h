#pragma once

#include <QByteArray>
#include <QList>
#include <chrono>
#include <memory>
#include <optional>

// A child process spoken to through two pipes, its standard input and output, without an event
// loop or a thread of its own (posix_spawn, pipes and poll now; a Windows port uses CreateProcess
// and overlapped pipes). The extraction client runs its workers with it.
//
// The child starts with the default signal dispositions and mask, its standard error shared with
// ours, no other descriptor of ours, and the environment of this process with the given variables
// replaced or added. Every descriptor is close-on-exec, so children started by other threads do not
// inherit (and hold open) each other's pipes.
class PipedProcess
{
public:
    using Clock = std::chrono::steady_clock;
    using Deadline = std::optional<Clock::time_point>;
    enum class Io { Ok, TimedOut, Closed };
    struct ExitStatus
    {
        bool exited = false; // ended by itself: code is its exit code
        bool signalled = false; // ended by a signal: code is the signal
        int code = 0;
    };

    // Starts arguments[0] with the rest as its arguments; null with the system's error number.
    // environment: "NAME=value" entries that replace or add to this process's environment.
    static std::unique_ptr<PipedProcess> start(const QList<QByteArray> &arguments,
                                               const QList<QByteArray> &environment, int *errorNumber);
    ~PipedProcess(); // closes the pipes; the caller reaps the child with finish()
    PipedProcess(const PipedProcess &) = delete;
    PipedProcess &operator=(const PipedProcess &) = delete;

    // Writes all of data to the child's input, waiting while the pipe is full (without SIGPIPE).
    Io write(const QByteArray &data, const Deadline &deadline);
    // Appends what the child wrote next (at most a pipe's capacity), waiting for it.
    Io read(QByteArray *buffer, const Deadline &deadline);
    // End of input: a child that reads until then exits.
    void closeInput();
    // Closes both pipes (a child blocked writing to us gets EPIPE), kills the child when asked or
    // when it has not ended after grace, and reaps it.
    ExitStatus finish(bool kill, std::chrono::milliseconds grace);

private:
    PipedProcess() = default;

    qint64 m_pid = -1;
    int m_toChild = -1; // its stdin
    int m_fromChild = -1; // its stdout
};
