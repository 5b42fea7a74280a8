#include "core/extract/ExtractionClient.h"

#include "core/extract/ExtractionProtocol.h"
#include "core/i18n/Translations.h"
#include "core/platform/ProcessInfo.h"
#include "core/util/Logging.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <cerrno>
#include <chrono>
#include <optional>

namespace {

using Clock = PipedProcess::Clock;

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

enum class Exchange { Ok, TimedOut, Closed, BadReply };

} // namespace

struct ExtractionClient::Worker
{
    std::unique_ptr<PipedProcess> process;

    static Exchange exchangeOf(PipedProcess::Io io)
    {
        switch (io) {
        case PipedProcess::Io::Ok:
            return Exchange::Ok;
        case PipedProcess::Io::TimedOut:
            return Exchange::TimedOut;
        case PipedProcess::Io::Closed:
            break;
        }
        return Exchange::Closed;
    }

    Exchange send(const QByteArray &frame, const PipedProcess::Deadline &deadline)
    {
        return exchangeOf(process->write(frame, deadline));
    }

    Exchange receive(QByteArray *payload, const PipedProcess::Deadline &deadline)
    {
        QByteArray buffer;
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
            const Exchange read = exchangeOf(process->read(&buffer, deadline));
            if (read != Exchange::Ok)
                return read;
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
        worker->process->closeInput();
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
    // Named explicitly (the tests, whose programs are not next to it).
    const QString fromEnv = qEnvironmentVariable("SRTOOLBOX_EXTRACTOR");
    if (!fromEnv.isEmpty() && usable(fromEnv))
        return QFileInfo(fromEnv).absoluteFilePath();
    // Installed next to the programs.
    const QString exeFolder = ProcessInfo::executableFolder();
    const QString besideExe = exeFolder + QLatin1Char('/') + name;
    if (usable(besideExe))
        return besideExe;
    // The build tree: app/cli/srtoolbox-cli and app/gui/srtoolbox beside app/worker/srtoolbox-extract.
    const QString buildTree = exeFolder + QStringLiteral("/../worker/") + name;
    if (usable(buildTree))
        return QFileInfo(buildTree).canonicalFilePath();
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
    const PipedProcess::ExitStatus status = discard(std::move(worker), false);
    if (status.exited && status.code == ExitOutOfMemory)
        return fail(Failure::OutOfMemory, tr("exceeded the memory limit of %1 MB").arg(m_memoryMb));
    if (status.signalled)
        return fail(Failure::Crashed, tr("the extractor crashed (signal %1)").arg(status.code));
    return fail(Failure::Crashed, tr("the extractor crashed (exit code %1)").arg(status.code));
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

PipedProcess::ExitStatus ExtractionClient::discard(std::unique_ptr<Worker> worker, bool kill)
{
    const PipedProcess::ExitStatus status = worker->process->finish(kill, ExitGrace);
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

    QList<QByteArray> args = {QFile::encodeName(m_workerPath), "--memory-mb", QByteArray::number(m_memoryMb),
                              "--timeout-s", QByteArray::number(m_timeoutSeconds)};
    if (!m_language.isEmpty())
        args << "--language" << m_language.toUtf8();
    // One OCR thread per worker: the workers already use every core, and Tesseract's OpenMP threads
    // would only compete with them (Tesseract's own advice for parallel runs). libgomp reads the
    // variable when it is loaded, so it has to be in the worker's environment from the start.
    int errorNumber = 0;
    auto worker = std::make_unique<Worker>();
    worker->process = PipedProcess::start(args, { QByteArrayLiteral("OMP_THREAD_LIMIT=1") }, &errorNumber);
    if (!worker->process)
        return failed(errorNumber);
    return worker;
}
