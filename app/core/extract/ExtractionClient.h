#pragma once

#include "core/extract/DocumentFormat.h"
#include "core/extract/Extraction.h"
#include "core/platform/PipedProcess.h"

#include <QCoreApplication>
#include <QString>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <vector>

// Extracts text in srtoolbox-extract worker processes, as desktop indexers do, so that a crash, a
// hang or runaway memory in Poppler or a format parser costs only that file: the file gets an
// error, its worker is discarded and the next file starts a fresh one.
//
// Thread-safe: extract() may run on many threads at once; each call borrows an idle worker, starts
// one while fewer than maxWorkers run, or waits for one to become idle. Workers are started with
// PipedProcess (platform layer: pipes and poll(), not QProcess), so that no event loop or thread
// affinity is involved, and a worker that died never raises SIGPIPE in the application. Workers
// start lazily; the destructor ends and reaps them all, and must not run while an extract() call
// is in progress.
class ExtractionClient
{
    Q_DECLARE_TR_FUNCTIONS(ExtractionClient)

public:
    // Why extract() has no result from the extractor itself. None also when the extractor ran and
    // reported an error of its own (a damaged file): that error is in Extraction::error.
    // NoWorker: no worker could be started (or the path could not be sent); not the file's fault.
    enum class Failure { None, NoWorker, Crashed, TimedOut, OutOfMemory, BadReply };

    // The worker's exit code for "the memory limit was hit".
    static constexpr int ExitOutOfMemory = 86;

    // workerPath: the srtoolbox-extract executable (see defaultWorkerPath()). timeoutSeconds and
    // memoryMb apply to each file; 0 means no limit. The memory limit is on the worker's whole
    // address space (RLIMIT_AS), which includes the mapped libraries, so it should be generous
    // (a few hundred MB at least). The worker speaks the language of Translations at construction.
    ExtractionClient(QString workerPath, int maxWorkers, int timeoutSeconds, int memoryMb);
    ~ExtractionClient();
    Q_DISABLE_COPY_MOVE(ExtractionClient)

    // Like ExtractorRegistry::extractFile, in a worker. When the worker crashes, hangs past the
    // timeout or exceeds the memory limit, the result has only an error saying so ("timed out
    // after 30 s"), and *failure (when given) tells which.
    Extraction extract(const QString &path, DocumentFormat format, const ExtractionLimits &limits = {},
                       Failure *failure = nullptr);

    // $SRTOOLBOX_EXTRACTOR when set, else srtoolbox-extract next to the running executable (the
    // installed layout: both in bin/), else in ../worker/ (the build tree's layout), else from
    // $PATH. Empty when there is none. No path of the build tree is compiled in.
    static QString defaultWorkerPath();

    // False in AddressSanitizer builds: ASan reserves terabytes of address space, so an RLIMIT_AS
    // would break the worker. There the memory limit is not applied.
    static bool memoryLimitSupported();

    int workersStarted() const; // in total, including replacements for discarded workers
    int workersRunning() const; // idle or busy

private:
    struct Worker;

    std::unique_ptr<Worker> acquire(QString *error);
    void release(std::unique_ptr<Worker> worker);
    // A worker that failed: ends it (if needed), reaps it and frees its slot. Returns the wait status.
    PipedProcess::ExitStatus discard(std::unique_ptr<Worker> worker, bool kill);
    std::unique_ptr<Worker> spawn(QString *error) const;

    const QString m_workerPath;
    const int m_maxWorkers;
    const int m_timeoutSeconds;
    const int m_memoryMb;
    const QString m_language;

    mutable std::mutex m_mutex;
    std::condition_variable m_slotFreed;
    std::vector<std::unique_ptr<Worker>> m_idle;
    int m_running = 0; // workers that exist or are being started
    int m_started = 0;
};
