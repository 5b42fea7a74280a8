#include "core/convert/OfficeConverter.h"

#include "core/platform/ProcessLimits.h"
#include "core/util/Logging.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace {

// The profile LibreOffice starts with: no macros at all (not even signed ones), no links followed
// to places the document does not come from (an image a DOCX links from a web server stays out).
const char ProfileSettings[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="BlockUntrustedRefererLinks" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="UseLocking" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Recovery/RecoveryInfo"><prop oor:name="Enabled" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Recovery/AutoSave"><prop oor:name="Enabled" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Java"><prop oor:name="Enabled" oor:op="fuse"><value>false</value></prop></item>
</oor:items>
)";

bool looksLikePdf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() < 32)
        return false;
    if (!file.read(8).startsWith("%PDF-"))
        return false;
    file.seek(qMax<qint64>(0, file.size() - 1024));
    return file.readAll().contains("%%EOF"); // a complete file, not one cut off while written
}

QString outputName(const QString &source)
{
    return QFileInfo(source).completeBaseName() + QStringLiteral(".pdf");
}

// What one LibreOffice process slot shares with the caller.
struct Queue
{
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<int> todo; // job indexes not yet given to a process
    std::deque<std::pair<int, OfficeConverter::Outcome>> finished; // for the caller's done()
    int running = 0;
};

class Slot
{
public:
    // profile: the LibreOffice profile folder this slot's processes use, one after the other; dir:
    // the slot's folder for this call.
    Slot(const OfficeConverter::Options &options, QString program, QString profile, QString dir,
         const QList<OfficeConverter::Job> &jobs, Queue &queue, const std::atomic_bool *cancel)
        : m_options(options)
        , m_program(std::move(program))
        , m_profile(std::move(profile))
        , m_dir(std::move(dir))
        , m_jobs(jobs)
        , m_queue(queue)
        , m_cancel(cancel)
    {
    }

    void run()
    {
        QDir().mkpath(m_profile + QStringLiteral("/user"));
        QDir().mkpath(m_dir + QStringLiteral("/out"));
        // Written again for every call: whatever a process before changed, these settings hold.
        QFile settings(m_profile + QStringLiteral("/user/registrymodifications.xcu"));
        if (settings.open(QIODevice::WriteOnly))
            settings.write(ProfileSettings);
        settings.close();
        for (;;) {
            QList<int> batch;
            {
                std::lock_guard<std::mutex> lock(m_queue.mutex);
                while (!m_queue.todo.empty() && batch.size() < qMax(1, m_options.batchSize)) {
                    batch.append(m_queue.todo.front());
                    m_queue.todo.pop_front();
                }
            }
            if (batch.isEmpty() || cancelled())
                break;
            while (!batch.isEmpty() && !cancelled())
                batch = convertBatch(batch); // returns what is left after a time-out or crash
        }
    }

private:
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    void finish(int index, OfficeConverter::Outcome::State state, const QString &error = {})
    {
        OfficeConverter::Outcome outcome;
        outcome.state = state;
        outcome.error = error;
        std::lock_guard<std::mutex> lock(m_queue.mutex);
        m_queue.finished.emplace_back(index, outcome);
        m_queue.changed.notify_all();
    }

    // Moves LibreOffice's PDF of a job to its target; false when there is none.
    bool collect(int index)
    {
        const QString made = m_dir + QStringLiteral("/out/") + outputName(m_jobs[index].source);
        if (!looksLikePdf(made)) {
            QFile::remove(made);
            return false;
        }
        QFile::remove(m_jobs[index].target);
        return QFile::rename(made, m_jobs[index].target) || QFile::copy(made, m_jobs[index].target);
    }

    QList<int> convertBatch(const QList<int> &batch)
    {
        QStringList arguments
            = { QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(m_profile).toString(),
                QStringLiteral("--headless"),
                QStringLiteral("--invisible"),
                QStringLiteral("--norestore"),
                QStringLiteral("--nolockcheck"),
                QStringLiteral("--nodefault"),
                QStringLiteral("--nologo"),
                QStringLiteral("--convert-to"),
                QStringLiteral("pdf"),
                QStringLiteral("--outdir"),
                m_dir + QStringLiteral("/out") };
        for (int index : batch)
            arguments.append(QFileInfo(m_jobs[index].source).absoluteFilePath());

        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // Caches and fonts' lists go to the throwaway profile's folder, kept for the next call.
        environment.insert(QStringLiteral("HOME"), m_profile);
        environment.insert(QStringLiteral("SAL_USE_VCLPLUGIN"), QStringLiteral("svp"));
        for (const char *proxy :
             { "http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ftp_proxy", "all_proxy" })
            environment.remove(QString::fromLatin1(proxy));
        process.setProcessEnvironment(environment);
        const qint64 memory = qint64(qMax(0, m_options.memoryMb)) * 1024 * 1024;
        // No network, a process group of its own (so that ending it ends oosplash and soffice.bin
        // alike), the memory limit: ProcessLimits::confineChild.
        const bool withoutNetwork = m_options.withoutNetwork;
        process.setChildProcessModifier(
            [memory, withoutNetwork] { ProcessLimits::confineChild(memory, withoutNetwork); });
        process.setProgram(m_program);
        process.setArguments(arguments);
        process.start(QIODevice::ReadOnly);
        if (!process.waitForStarted(30000)) {
            const QString reason = OfficeConverter::tr("LibreOffice (%1) could not be started: %2")
                                       .arg(m_program, process.errorString());
            for (int index : batch)
                finish(index, OfficeConverter::Outcome::State::Failed, reason);
            return {};
        }

        const int timeout = qMax(1, m_options.timeoutSeconds) * 1000;
        QDeadlineTimer deadline(qint64(timeout) + qMax(0, m_options.startSeconds) * 1000);
        int loaded = -1; // position in batch of the last file LibreOffice said it converts
        QByteArray pending;
        QByteArray errors;
        bool timedOut = false;
        bool stopped = false;
        while (process.state() != QProcess::NotRunning) {
            process.waitForReadyRead(200);
            pending += process.readAllStandardOutput();
            errors += process.readAllStandardError().right(4096);
            qsizetype newline;
            while ((newline = pending.indexOf('\n')) >= 0) {
                const QString line = QString::fromLocal8Bit(pending.left(newline));
                pending.remove(0, newline + 1);
                if (!line.startsWith(QLatin1String("convert ")))
                    continue;
                for (int i = loaded + 1; i < batch.size(); ++i) {
                    if (line.contains(QLatin1Char('/') + outputName(m_jobs[batch[i]].source)
                                      + QLatin1String(" using"))) {
                        loaded = i;
                        deadline = QDeadlineTimer(timeout);
                        break;
                    }
                }
            }
            if (cancelled()) {
                stopped = true;
                break;
            }
            if (deadline.hasExpired()) {
                timedOut = true;
                break;
            }
        }
        if (process.state() != QProcess::NotRunning) {
            ProcessLimits::killGroup(process.processId());
            process.kill();
            process.waitForFinished(10000);
        }
        const bool crashed = !timedOut && !stopped
            && (process.exitStatus() == QProcess::CrashExit
                || (process.exitCode() != 0 && process.exitCode() != 1));

        if (!timedOut && !crashed) {
            // LibreOffice went through the whole batch (or was stopped): each file has its PDF or not.
            const QString why = QString::fromLocal8Bit(errors).contains(QLatin1String("could not be loaded"))
                ? OfficeConverter::tr("LibreOffice could not open the file (damaged, protected by a "
                                      "password, or not an office file).")
                : OfficeConverter::tr("LibreOffice made no PDF of the file.");
            for (int i = 0; i < batch.size(); ++i) {
                if (collect(batch[i]))
                    finish(batch[i], OfficeConverter::Outcome::State::Done);
                else if (!stopped)
                    finish(batch[i], OfficeConverter::Outcome::State::Failed, why);
            }
            return {};
        }

        // Timed out or crashed: LibreOffice works through the files in order, so the files before
        // the one it stopped at are finished (with or without a PDF), that one is to blame, and the
        // rest go to a new process.
        int culprit = loaded < 0 ? 0 : loaded;
        for (int i = 0; i < culprit; ++i) {
            if (collect(batch[i]))
                finish(batch[i], OfficeConverter::Outcome::State::Done);
            else
                finish(batch[i], OfficeConverter::Outcome::State::Failed,
                       OfficeConverter::tr("LibreOffice could not open the file (damaged, protected by a "
                                           "password, or not an office file)."));
        }
        if (loaded >= 0 && collect(batch[culprit])) { // its PDF was complete: the next one stopped it
            finish(batch[culprit], OfficeConverter::Outcome::State::Done);
            ++culprit;
        }
        if (culprit < batch.size()) {
            const QString reason = timedOut
                ? OfficeConverter::tr(
                    "LibreOffice did not finish the file within %n second(s); it was stopped.", nullptr,
                    m_options.timeoutSeconds)
                : m_options.memoryMb > 0
                ? OfficeConverter::tr("LibreOffice stopped while converting the file (it crashed or needed "
                                      "more than %1 MB of memory).")
                      .arg(m_options.memoryMb)
                : OfficeConverter::tr("LibreOffice stopped while converting the file (it crashed).");
            finish(batch[culprit], OfficeConverter::Outcome::State::Failed, reason);
        }
        return batch.mid(culprit + 1);
    }

    const OfficeConverter::Options &m_options;
    const QString m_program;
    const QString m_profile;
    const QString m_dir;
    const QList<OfficeConverter::Job> &m_jobs;
    Queue &m_queue;
    const std::atomic_bool *m_cancel;
};

// Every job failed: there is no LibreOffice to convert them.
QList<OfficeConverter::Outcome> failAllUninstalled(const QList<OfficeConverter::Job> &jobs,
                                                   const OfficeConverter::Done &done)
{
    QList<OfficeConverter::Outcome> outcomes(jobs.size());
    for (int i = 0; i < jobs.size(); ++i) {
        outcomes[i] = { OfficeConverter::Outcome::State::Failed,
                        OfficeConverter::tr("LibreOffice is not installed.") };
        if (done)
            done(i, outcomes[i]);
    }
    return outcomes;
}

// A second process costs a second LibreOffice start (seconds of CPU), which pays off only with
// a batch's worth of files for each: measured at 20 files on 2 busy cores, two processes took
// 1.9 × one batch, one process 1.03 × (bench/convert-bench). The files are shared out evenly,
// one batch per process up to batchSize: at 60 files (load 10 on 2 cores) 1.18 × one `soffice`
// batch, 1.04 × for a call in profiles a call before had set up; with batches of 20 and a new
// profile per call it was 1.5 to 1.7 ×.
// Returns the number of processes for jobCount files; *slotOptions gets each one's batch size.
int shareOut(const OfficeConverter::Options &options, qsizetype jobCount,
             OfficeConverter::Options *slotOptions)
{
    const int batch = qMax(1, options.batchSize);
    const int wanted = options.processes > 0 ? options.processes : qBound(1, QThread::idealThreadCount(), 2);
    const int processes = qBound(1, wanted, int((jobCount + batch - 1) / batch));
    *slotOptions = options;
    slotOptions->batchSize = qBound(1, int((jobCount + processes - 1) / processes), batch);
    return processes;
}

// Hands the outcomes the processes finish to done, on the calling thread, until every process ended.
void deliverOutcomes(Queue &queue, QList<OfficeConverter::Outcome> &outcomes,
                     const OfficeConverter::Done &done)
{
    for (;;) {
        std::unique_lock<std::mutex> lock(queue.mutex);
        queue.changed.wait(lock, [&] { return !queue.finished.empty() || queue.running == 0; });
        if (queue.finished.empty())
            break;
        const auto [index, outcome] = queue.finished.front();
        queue.finished.pop_front();
        lock.unlock();
        outcomes[index] = outcome;
        if (done)
            done(index, outcome);
    }
}

} // namespace

OfficeConverter::OfficeConverter()
    : OfficeConverter(Options())
{
}

OfficeConverter::OfficeConverter(Options options)
    : m_options(std::move(options))
    , m_program(m_options.program.isEmpty() ? defaultProgram() : m_options.program)
{
}

bool OfficeConverter::isAvailable() const
{
    return !m_program.isEmpty() && QFileInfo(m_program).isExecutable();
}

QString OfficeConverter::defaultProgram()
{
    const QString configured = qEnvironmentVariable("SRT_SOFFICE");
    if (configured == QLatin1String("none"))
        return {};
    if (!configured.isEmpty())
        return configured;
    for (const char *name : { "soffice", "libreoffice" }) {
        const QString found = QStandardPaths::findExecutable(QString::fromLatin1(name));
        if (!found.isEmpty())
            return found;
    }
    return {};
}

QList<OfficeConverter::Outcome> OfficeConverter::convert(const QList<Job> &jobs, const Done &done,
                                                         const std::atomic_bool *cancel) const
{
    QList<Outcome> outcomes(jobs.size());
    if (jobs.isEmpty())
        return outcomes;
    qCDebug(lcConvert) << "converting" << jobs.size() << "office file(s) with" << m_program;
    if (!isAvailable())
        return failAllUninstalled(jobs, done);
    Queue queue;
    for (int i = 0; i < jobs.size(); ++i)
        queue.todo.push_back(i);
    QTemporaryDir work(QDir::tempPath() + QStringLiteral("/srtoolbox-office-XXXXXX"));
    // The profiles outlive the call: LibreOffice's first start in a new profile sets it up (a
    // second or more), so PageBuilder's next chunk starts in the profiles of the one before.
    if (!m_profiles)
        m_profiles = std::make_shared<QTemporaryDir>(QDir::tempPath()
                                                     + QStringLiteral("/srtoolbox-office-profiles-XXXXXX"));
    const QString profiles = m_profiles->path();
    Options options;
    const int processes = shareOut(m_options, jobs.size(), &options);
    std::vector<std::thread> threads;
    queue.running = processes;
    for (int p = 0; p < processes; ++p) {
        threads.emplace_back([&, p] {
            Slot slot(options, m_program, profiles + QStringLiteral("/p%1").arg(p),
                      work.path() + QStringLiteral("/p%1").arg(p), jobs, queue, cancel);
            slot.run();
            std::lock_guard<std::mutex> lock(queue.mutex);
            --queue.running;
            queue.changed.notify_all();
        });
    }
    deliverOutcomes(queue, outcomes, done);
    for (std::thread &thread : threads)
        thread.join();
    return outcomes;
}
