#include "core/platform/PipedProcess.h"

#include <QtGlobal>
#include <algorithm>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace {
void closeFd(int &fd)
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

// Milliseconds until deadline for poll(), rounded up; -1 without a deadline.
int pollTimeout(const PipedProcess::Deadline &deadline)
{
    if (!deadline)
        return -1;
    const qint64 left
        = std::chrono::ceil<std::chrono::milliseconds>(*deadline - PipedProcess::Clock::now()).count();
    return int(qBound(qint64(0), left, qint64(60 * 60 * 1000)));
}

// The child's ends must not be 0 or 1 already (possible when the application runs with stdio
// closed), or dup2() onto 0 and 1 in the child would clobber one with the other.
bool moveAboveStdio(int &fd)
{
    if (fd > STDERR_FILENO)
        return true;
    const int moved = fcntl(fd, F_DUPFD_CLOEXEC, STDERR_FILENO + 1);
    ::close(fd);
    fd = moved;
    return fd >= 0;
}

// write() without SIGPIPE for this thread only: block it around the write and swallow the one the
// write raised. SIGPIPE from a pipe write is sent to the writing thread, so other threads and the
// process-wide disposition stay untouched.
ssize_t writeWithoutSigpipe(int fd, const char *data, size_t size)
{
    sigset_t pipeOnly;
    sigemptyset(&pipeOnly);
    sigaddset(&pipeOnly, SIGPIPE);
    sigset_t previous;
    pthread_sigmask(SIG_BLOCK, &pipeOnly, &previous);
    sigset_t pending;
    sigpending(&pending);
    const bool wasPending = sigismember(&pending, SIGPIPE);

    ssize_t n;
    do {
        n = ::write(fd, data, size);
    } while (n < 0 && errno == EINTR);
    const int writeErrno = errno;

    if (n < 0 && writeErrno == EPIPE && !wasPending) {
        const struct timespec zero = { 0, 0 };
        while (sigtimedwait(&pipeOnly, nullptr, &zero) < 0 && errno == EINTR) { }
    }
    pthread_sigmask(SIG_SETMASK, &previous, nullptr);
    errno = writeErrno;
    return n;
}

// The two pipes: the parent's ends (non-blocking) in *toChild and *fromChild, the child's above
// standard error in *childIn and *childOut. 0, or the error number with the child's ends closed.
int makePipes(int *toChild, int *fromChild, int *childIn, int *childOut)
{
    int in[2] = { -1, -1 };
    int out[2] = { -1, -1 };
    if (pipe2(in, O_CLOEXEC) != 0)
        return errno;
    if (pipe2(out, O_CLOEXEC) != 0) {
        const int e = errno;
        closeFd(in[0]);
        closeFd(in[1]);
        return e;
    }
    *toChild = in[1];
    *fromChild = out[0];
    *childIn = in[0];
    *childOut = out[1];
    if (!moveAboveStdio(*childIn) || !moveAboveStdio(*childOut)) {
        const int e = errno;
        closeFd(*childIn);
        closeFd(*childOut);
        return e;
    }
    fcntl(*toChild, F_SETFL, fcntl(*toChild, F_GETFL) | O_NONBLOCK);
    fcntl(*fromChild, F_SETFL, fcntl(*fromChild, F_GETFL) | O_NONBLOCK);
    return 0;
}

// What posix_spawn does for the child: childIn and childOut become its standard input and output,
// no other descriptor of ours, default signal dispositions and an empty mask.
struct SpawnSetup
{
    SpawnSetup(int childIn, int childOut)
    {
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, childIn, STDIN_FILENO);
        posix_spawn_file_actions_adddup2(&actions, childOut, STDOUT_FILENO);
        // Descriptors the application opened without close-on-exec (a library's, say) stay out too.
        posix_spawn_file_actions_addclosefrom_np(&actions, STDERR_FILENO + 1);
        // The calling thread's signal mask and any signals the application ignores (SIGPIPE often)
        // would be inherited: start the child with the defaults.
        posix_spawnattr_init(&attributes);
        sigset_t none;
        sigemptyset(&none);
        posix_spawnattr_setsigmask(&attributes, &none);
        sigset_t all;
        sigfillset(&all);
        posix_spawnattr_setsigdefault(&attributes, &all);
        posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    }
    ~SpawnSetup()
    {
        posix_spawn_file_actions_destroy(&actions);
        posix_spawnattr_destroy(&attributes);
    }
    SpawnSetup(const SpawnSetup &) = delete;
    SpawnSetup &operator=(const SpawnSetup &) = delete;

    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attributes;
};

// A null-terminated array of the entries' bytes (which must outlive it).
std::vector<char *> pointersTo(QList<QByteArray> &entries)
{
    std::vector<char *> pointers;
    for (QByteArray &entry : entries)
        pointers.push_back(entry.data());
    pointers.push_back(nullptr);
    return pointers;
}

// This process's environment with the "NAME=value" entries of added replacing or adding to it.
std::vector<char *> childEnvironment(QList<QByteArray> &added)
{
    std::vector<char *> envp;
    for (char **e = environ; *e; ++e) {
        const bool replaced = std::any_of(added.cbegin(), added.cend(), [e](const QByteArray &entry) {
            const qsizetype name = entry.indexOf('=') + 1;
            return name > 0 && qstrncmp(*e, entry.constData(), size_t(name)) == 0;
        });
        if (!replaced)
            envp.push_back(*e);
    }
    for (QByteArray &entry : added)
        envp.push_back(entry.data());
    envp.push_back(nullptr);
    return envp;
}
} // namespace

PipedProcess::~PipedProcess()
{
    closeFd(m_toChild);
    closeFd(m_fromChild);
}

void PipedProcess::closeInput()
{
    closeFd(m_toChild);
}

PipedProcess::Io PipedProcess::write(const QByteArray &data, const Deadline &deadline)
{
    qsizetype written = 0;
    while (written < data.size()) {
        struct pollfd p = { m_toChild, POLLOUT, 0 };
        const int ready = ::poll(&p, 1, pollTimeout(deadline));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready == 0)
            return Io::TimedOut;
        const ssize_t n
            = writeWithoutSigpipe(m_toChild, data.constData() + written, size_t(data.size() - written));
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            continue;
        if (n <= 0)
            return Io::Closed;
        written += n;
    }
    return Io::Ok;
}

PipedProcess::Io PipedProcess::read(QByteArray *buffer, const Deadline &deadline)
{
    char chunk[64 * 1024]; // a pipe's capacity: one read never returns more
    for (;;) {
        struct pollfd p = { m_fromChild, POLLIN, 0 };
        const int ready = ::poll(&p, 1, pollTimeout(deadline));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready == 0)
            return Io::TimedOut;
        const ssize_t n = ::read(m_fromChild, chunk, sizeof chunk);
        if (n < 0 && (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK))
            continue;
        if (n <= 0)
            return Io::Closed;
        buffer->append(chunk, n);
        return Io::Ok;
    }
}

PipedProcess::ExitStatus PipedProcess::finish(bool kill, std::chrono::milliseconds grace)
{
    closeFd(m_toChild); // first: a child blocked writing to us gets EPIPE and ends
    closeFd(m_fromChild);
    const pid_t pid = pid_t(m_pid);
    int status = 0;
    if (kill)
        ::kill(pid, SIGKILL);
    const auto giveUp = Clock::now() + grace;
    for (;;) {
        const pid_t reaped = ::waitpid(pid, &status, kill ? 0 : WNOHANG);
        if (reaped == pid || (reaped < 0 && errno != EINTR))
            break;
        if (reaped == 0 && Clock::now() >= giveUp) {
            ::kill(pid, SIGKILL);
            kill = true;
        } else if (reaped == 0) {
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
    }
    ExitStatus exit;
    exit.exited = WIFEXITED(status);
    exit.signalled = WIFSIGNALED(status);
    exit.code = exit.signalled ? WTERMSIG(status) : WEXITSTATUS(status);
    return exit;
}

std::unique_ptr<PipedProcess> PipedProcess::start(const QList<QByteArray> &arguments,
                                                  const QList<QByteArray> &environment, int *errorNumber)
{
    if (arguments.isEmpty() || arguments.first().isEmpty()) {
        *errorNumber = ENOENT;
        return nullptr;
    }
    std::unique_ptr<PipedProcess> process(new PipedProcess);
    int childIn = -1;
    int childOut = -1;
    if (const int error = makePipes(&process->m_toChild, &process->m_fromChild, &childIn, &childOut)) {
        *errorNumber = error;
        return nullptr;
    }
    QList<QByteArray> args = arguments;
    const std::vector<char *> argv = pointersTo(args);
    QList<QByteArray> added = environment;
    const std::vector<char *> envp = childEnvironment(added);
    pid_t pid = -1;
    int rc = 0;
    {
        const SpawnSetup setup(childIn, childOut);
        rc = posix_spawn(&pid, argv.front(), &setup.actions, &setup.attributes, argv.data(), envp.data());
    }
    closeFd(childIn);
    closeFd(childOut);
    if (rc != 0) {
        *errorNumber = rc;
        return nullptr;
    }
    process->m_pid = pid;
    return process;
}
