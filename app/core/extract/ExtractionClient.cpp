#include "core/extract/ExtractionClient.h"

#include "core/extract/ExtractionProtocol.h"
#include "core/i18n/Translations.h"
#include "core/util/Logging.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <optional>
#include <poll.h>
#include <pthread.h>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char **environ;

namespace {

using Clock = std::chrono::steady_clock;

#if defined(__SANITIZE_ADDRESS__)
constexpr bool AddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool AddressSanitizer = true;
#else
constexpr bool AddressSanitizer = false;
#endif
#else
constexpr bool AddressSanitizer = false;
#endif

// A worker that closed its pipe is exiting; this long it may take before it is killed.
constexpr auto ExitGrace = std::chrono::seconds(2);

void closeFd(int &fd)
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

// Milliseconds until deadline for poll(), rounded up; -1 without a deadline.
int pollTimeout(const std::optional<Clock::time_point> &deadline)
{
    if (!deadline)
        return -1;
    const qint64 left = std::chrono::ceil<std::chrono::milliseconds>(*deadline - Clock::now()).count();
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
        const struct timespec zero = {0, 0};
        while (sigtimedwait(&pipeOnly, nullptr, &zero) < 0 && errno == EINTR) {
        }
    }
    pthread_sigmask(SIG_SETMASK, &previous, nullptr);
    errno = writeErrno;
    return n;
}

enum class Exchange { Ok, TimedOut, Closed, BadReply };

} // namespace

struct ExtractionClient::Worker
{
    pid_t pid = -1;
    int toWorker = -1;   // its stdin
    int fromWorker = -1; // its stdout

    ~Worker() { closePipes(); }

    void closePipes()
    {
        closeFd(toWorker);
        closeFd(fromWorker);
    }

    Exchange send(const QByteArray &frame, const std::optional<Clock::time_point> &deadline)
    {
        qsizetype written = 0;
        while (written < frame.size()) {
            struct pollfd p = {toWorker, POLLOUT, 0};
            const int ready = ::poll(&p, 1, pollTimeout(deadline));
            if (ready < 0 && errno == EINTR)
                continue;
            if (ready == 0)
                return Exchange::TimedOut;
            const ssize_t n = writeWithoutSigpipe(toWorker, frame.constData() + written, size_t(frame.size() - written));
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                continue;
            if (n <= 0)
                return Exchange::Closed;
            written += n;
        }
        return Exchange::Ok;
    }

    Exchange receive(QByteArray *payload, const std::optional<Clock::time_point> &deadline)
    {
        QByteArray buffer;
        char chunk[64 * 1024]; // a pipe's capacity: one read never returns more
        for (;;) {
            switch (ExtractionProtocol::takeFrame(buffer, payload, ExtractionProtocol::MaxResultBytes)) {
            case ExtractionProtocol::FrameStatus::Complete:
                // One answer per request: anything more is out of step.
                return buffer.isEmpty() ? Exchange::Ok : Exchange::BadReply;
            case ExtractionProtocol::FrameStatus::Invalid:
                return Exchange::BadReply;
            case ExtractionProtocol::FrameStatus::Incomplete:
                break;
            }
            struct pollfd p = {fromWorker, POLLIN, 0};
            const int ready = ::poll(&p, 1, pollTimeout(deadline));
            if (ready < 0 && errno == EINTR)
                continue;
            if (ready == 0)
                return Exchange::TimedOut;
            const ssize_t n = ::read(fromWorker, chunk, sizeof chunk);
            if (n < 0 && (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK))
                continue;
            if (n <= 0)
                return Exchange::Closed;
            buffer.append(chunk, n);
        }
    }
};

ExtractionClient::ExtractionClient(QString workerPath, int maxWorkers, int timeoutSeconds, int memoryMb)
    : m_workerPath(std::move(workerPath))
    , m_maxWorkers(qMax(1, maxWorkers))
    , m_timeoutSeconds(qMax(0, timeoutSeconds))
    , m_memoryMb(qMax(0, memoryMb))
    , m_language(Translations::currentLanguage())
{
}

ExtractionClient::~ExtractionClient()
{
    std::vector<std::unique_ptr<Worker>> idle;
    {
        std::lock_guard lock(m_mutex);
        idle.swap(m_idle);
    }
    // End of input tells every worker to exit; close all first so they end in parallel.
    for (auto &worker : idle)
        closeFd(worker->toWorker);
    for (auto &worker : idle)
        discard(std::move(worker), false);
}

QString ExtractionClient::defaultWorkerPath()
{
    const QString name = QStringLiteral("srtoolbox-extract");
    auto usable = [](const QString &path) {
        const QFileInfo info(path);
        return info.isFile() && info.isExecutable();
    };
    const QString exeDir = QCoreApplication::instance()
        ? QCoreApplication::applicationDirPath()
        : QFileInfo(QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath()).absolutePath();
    const QString besideExe = exeDir + QLatin1Char('/') + name;
    if (usable(besideExe))
        return besideExe;
#ifdef SRT_BUILD_WORKER_PATH
    // Programs run from the build tree (the GUI, the tests) are not next to the worker.
    const QString buildTree = QStringLiteral(SRT_BUILD_WORKER_PATH);
    if (usable(buildTree))
        return buildTree;
#endif
    return QStandardPaths::findExecutable(name);
}

bool ExtractionClient::memoryLimitSupported()
{
    return !AddressSanitizer;
}

int ExtractionClient::workersStarted() const
{
    std::lock_guard lock(m_mutex);
    return m_started;
}

int ExtractionClient::workersRunning() const
{
    std::lock_guard lock(m_mutex);
    return m_running;
}

Extraction ExtractionClient::extract(const QString &path, DocumentFormat format, const ExtractionLimits &limits,
                                     Failure *failure)
{
    Extraction result;
    auto fail = [&](Failure why, const QString &error) {
        qCInfo(lcExtract).noquote() << "extraction failed:" << path << error;
        if (failure)
            *failure = why;
        result = Extraction();
        result.error = error;
        return result;
    };
    if (failure)
        *failure = Failure::None;

    qCDebug(lcExtract).noquote() << "extracting" << path;
    const QByteArray request = ExtractionProtocol::encodeRequest({path, format, limits});
    if (request.isEmpty())
        return fail(Failure::NoWorker, tr("the file name is too long to hand to the extractor"));

    std::unique_ptr<Worker> worker;
    std::optional<Clock::time_point> deadline;
    Exchange exchange = Exchange::Closed;
    // An idle worker may have died in the meantime (the kernel's OOM killer, say). Then it cannot
    // have read the request, which is not this file's fault: try once more with a fresh worker.
    for (int attempt = 0; attempt < 2 && exchange == Exchange::Closed; ++attempt) {
        if (worker)
            discard(std::move(worker), false);
        QString error;
        worker = acquire(&error);
        if (!worker)
            return fail(Failure::NoWorker, error);
        if (m_timeoutSeconds > 0)
            deadline = Clock::now() + std::chrono::seconds(m_timeoutSeconds);
        exchange = worker->send(request, deadline);
    }
    QByteArray payload;
    if (exchange == Exchange::Ok)
        exchange = worker->receive(&payload, deadline);
    if (exchange == Exchange::Ok && !ExtractionProtocol::decodeResult(payload, &result))
        exchange = Exchange::BadReply;

    switch (exchange) {
    case Exchange::Ok:
        release(std::move(worker));
        return result;
    case Exchange::TimedOut:
        discard(std::move(worker), true);
        return fail(Failure::TimedOut, tr("timed out after %1 s").arg(m_timeoutSeconds));
    case Exchange::BadReply:
        discard(std::move(worker), true);
        return fail(Failure::BadReply, tr("the extractor sent an invalid reply"));
    case Exchange::Closed:
        break;
    }
    const int status = discard(std::move(worker), false);
    if (WIFEXITED(status) && WEXITSTATUS(status) == ExitOutOfMemory)
        return fail(Failure::OutOfMemory, tr("exceeded the memory limit of %1 MB").arg(m_memoryMb));
    if (WIFSIGNALED(status))
        return fail(Failure::Crashed, tr("the extractor crashed (signal %1)").arg(WTERMSIG(status)));
    return fail(Failure::Crashed, tr("the extractor crashed (exit code %1)").arg(WEXITSTATUS(status)));
}

std::unique_ptr<ExtractionClient::Worker> ExtractionClient::acquire(QString *error)
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        if (!m_idle.empty()) {
            std::unique_ptr<Worker> worker = std::move(m_idle.back());
            m_idle.pop_back();
            return worker;
        }
        if (m_running < m_maxWorkers)
            break;
        m_slotFreed.wait(lock);
    }
    ++m_running; // reserve the slot, then start the worker without holding the lock
    lock.unlock();
    std::unique_ptr<Worker> worker = spawn(error);
    lock.lock();
    if (worker) {
        ++m_started;
    } else {
        --m_running;
        m_slotFreed.notify_one();
    }
    return worker;
}

void ExtractionClient::release(std::unique_ptr<Worker> worker)
{
    {
        std::lock_guard lock(m_mutex);
        m_idle.push_back(std::move(worker));
    }
    m_slotFreed.notify_one();
}

int ExtractionClient::discard(std::unique_ptr<Worker> worker, bool kill)
{
    worker->closePipes(); // first: a worker blocked writing to us gets EPIPE and ends
    int status = 0;
    if (kill)
        ::kill(worker->pid, SIGKILL);
    const auto giveUp = Clock::now() + ExitGrace;
    for (;;) {
        const pid_t reaped = ::waitpid(worker->pid, &status, kill ? 0 : WNOHANG);
        if (reaped == worker->pid || (reaped < 0 && errno != EINTR))
            break;
        if (reaped == 0 && Clock::now() >= giveUp) {
            ::kill(worker->pid, SIGKILL);
            kill = true;
        } else if (reaped == 0) {
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
    }
    {
        std::lock_guard lock(m_mutex);
        --m_running;
    }
    m_slotFreed.notify_one();
    return status;
}

std::unique_ptr<ExtractionClient::Worker> ExtractionClient::spawn(QString *error) const
{
    auto failed = [&](int errorCode) {
        *error = tr("the text extractor %1 could not be started: %2")
                     .arg(m_workerPath.isEmpty() ? QStringLiteral("srtoolbox-extract") : m_workerPath,
                          qt_error_string(errorCode));
        return nullptr;
    };
    if (m_workerPath.isEmpty())
        return failed(ENOENT);

    // Close-on-exec everywhere, so that workers started by other threads do not inherit (and hold
    // open) each other's pipes; dup2 in the child clears the flag on its own fds 0 and 1.
    int toWorker[2] = {-1, -1};
    int fromWorker[2] = {-1, -1};
    if (pipe2(toWorker, O_CLOEXEC) != 0)
        return failed(errno);
    if (pipe2(fromWorker, O_CLOEXEC) != 0) {
        const int e = errno;
        closeFd(toWorker[0]);
        closeFd(toWorker[1]);
        return failed(e);
    }
    auto worker = std::make_unique<Worker>();
    worker->toWorker = toWorker[1];
    worker->fromWorker = fromWorker[0];
    int childIn = toWorker[0];
    int childOut = fromWorker[1];
    auto closeChildEnds = [&] {
        closeFd(childIn);
        closeFd(childOut);
    };
    if (!moveAboveStdio(childIn) || !moveAboveStdio(childOut)) {
        const int e = errno;
        closeChildEnds();
        return failed(e);
    }
    fcntl(worker->toWorker, F_SETFL, fcntl(worker->toWorker, F_GETFL) | O_NONBLOCK);
    fcntl(worker->fromWorker, F_SETFL, fcntl(worker->fromWorker, F_GETFL) | O_NONBLOCK);

    QList<QByteArray> args = {QFile::encodeName(m_workerPath), "--memory-mb", QByteArray::number(m_memoryMb),
                              "--timeout-s", QByteArray::number(m_timeoutSeconds)};
    if (!m_language.isEmpty())
        args << "--language" << m_language.toUtf8();
    std::vector<char *> argv;
    for (QByteArray &arg : args)
        argv.push_back(arg.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, childIn, STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, childOut, STDOUT_FILENO);
    // Descriptors the application opened without close-on-exec (a library's, say) stay out too.
    posix_spawn_file_actions_addclosefrom_np(&actions, STDERR_FILENO + 1);
    // The calling thread's signal mask and any signals the application ignores (SIGPIPE often)
    // would be inherited: start the worker with the defaults.
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t none;
    sigemptyset(&none);
    posix_spawnattr_setsigmask(&attributes, &none);
    sigset_t all;
    sigfillset(&all);
    posix_spawnattr_setsigdefault(&attributes, &all);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);

    // One OCR thread per worker: the workers already use every core, and Tesseract's OpenMP threads
    // would only compete with them (Tesseract's own advice for parallel runs). libgomp reads the
    // variable when it is loaded, so it has to be in the worker's environment from the start.
    std::vector<char *> envp;
    QByteArray threadLimit("OMP_THREAD_LIMIT=1");
    for (char **e = environ; *e; ++e) {
        if (qstrncmp(*e, "OMP_THREAD_LIMIT=", 17) != 0)
            envp.push_back(*e);
    }
    envp.push_back(threadLimit.data());
    envp.push_back(nullptr);

    const int rc = posix_spawn(&worker->pid, argv.front(), &actions, &attributes, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    closeChildEnds();
    if (rc != 0)
        return failed(rc);
    return worker;
}
