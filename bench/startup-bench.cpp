// startup-bench: cold start of the app to a usable window, i.e. the window shown with its first rows.
//
//   startup-bench --library DIR [--runs 10] [--writable] [--no-sample-offer] [--drop-caches] [--search QUERY]
//   startup-bench --library DIR --probe [--runs 10]
//
// Starts itself RUNS times as a child process that does what app/gui/main.cpp does (QApplication,
// translations, Library::open, MainWindow, show, the first-start sample pack offer on the next event
// loop turn) and stops when MainWindow::searchFinished says the first rows are in the model and one
// synchronous repaint of the window has drawn them. Times are measured from the parent's spawn of the
// child (so exec, dynamic linking and static initialisers count), cross-checked against the start
// time in /proc/self/stat (10 ms resolution). The CPU time the process used (all threads) is
// printed too: on a shared, loaded machine most of the wall time is waiting for a core. The library opens read-only unless --writable, so a
// shared benchmark library is not changed. --drop-caches empties the kernel page cache before every
// run (root only; a cold start from disk). --no-sample-offer leaves out MainWindow::offerSamplePack
// to show its share. --search QUERY then types QUERY into the window and waits for its rows and
// facets, and reports the memory the window holds at that point: the catalog pages resident in its
// memory maps (each page once, however many connections touched it) and its private memory. QT_QPA_PLATFORM defaults to offscreen.
//
// --probe times, in this process on fresh connections, the catalog work of the start-up against
// the cheaper requests that would do: the first search as the window asks it (200 rows and the
// facets) against the rows alone, and Catalog::stats() (offerSamplePack's emptiness test) against
// an EXISTS query.

#include "core/extract/PdfExtractor.h"
#include "core/i18n/Translations.h"
#include "core/library/Catalog.h"
#include "core/library/Library.h"
#include "core/library/SqliteDatabase.h"
#include "core/search/Searcher.h"
#include "gui/main/MainWindow.h"

#include <QApplication>
#include <QFile>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

namespace {

const char *const SpawnTimeVariable = "SRT_STARTUP_BENCH_SPAWN_NS";

qint64 nowNs(clockid_t clock = CLOCK_MONOTONIC)
{
    timespec ts;
    clock_gettime(clock, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// Milliseconds from this process's start (as the kernel recorded it) to now; 10 ms resolution.
double msSinceProcStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startSeconds = double(fields[19].toLongLong()) / double(sysconf(_SC_CLK_TCK)); // field 22
    return (double(nowNs(CLOCK_BOOTTIME)) / 1e9 - startSeconds) * 1000;
}

// ----------------------------------------------------------------------------------------------
// The child: one start of the app.

// Megabytes of the catalog resident in this process's mappings of it. Every connection maps the
// catalog on its own; a page two of them touched is counted once, by its physical frame
// (/proc/self/pagemap, which shows frames to root only: otherwise the mappings' sizes are summed,
// an upper bound).
double catalogResidentMb()
{
    QFile smaps(QStringLiteral("/proc/self/maps"));
    QFile pagemap(QStringLiteral("/proc/self/pagemap"));
    if (!smaps.open(QIODevice::ReadOnly) || !pagemap.open(QIODevice::ReadOnly))
        return -1;
    const qint64 pageSize = sysconf(_SC_PAGESIZE);
    QSet<quint64> frames;
    qint64 presentPages = 0;
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        if (!line.endsWith("/catalog.db"))
            continue;
        const QList<QByteArray> range = line.left(line.indexOf(' ')).split('-');
        const quint64 start = range.value(0).toULongLong(nullptr, 16), end = range.value(1).toULongLong(nullptr, 16);
        if (!pagemap.seek(qint64(start / pageSize) * 8))
            continue;
        const QByteArray entries = pagemap.read(qint64((end - start) / pageSize) * 8);
        const auto *entry = reinterpret_cast<const quint64 *>(entries.constData());
        for (qsizetype i = 0; i < entries.size() / 8; ++i) {
            if (entry[i] >> 63) { // present
                ++presentPages;
                frames.insert(entry[i] & ((quint64(1) << 55) - 1));
            }
        }
    }
    const bool framesShown = !(frames.size() == 1 && frames.contains(0));
    return double(framesShown ? frames.size() : presentPages) * double(pageSize) / (1024 * 1024);
}

// A field of /proc/self/status in megabytes (RssAnon: private memory; VmHWM: peak resident).
double statusMb(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field + ':'))
            return double(line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong()) / 1024;
    return -1;
}

int runChild(int argc, char *argv[], const QString &libraryPath, bool readOnly, bool sampleOffer, const QString &query)
{
    const qint64 spawned = qEnvironmentVariableIsSet(SpawnTimeVariable) ? qgetenv(SpawnTimeVariable).toLongLong() : nowNs();
    const double procPremain = msSinceProcStart();
    auto since = [spawned] { return double(nowNs() - spawned) / 1e6; };
    std::map<QString, double> marks;
    marks[QStringLiteral("main")] = since();
    marks[QStringLiteral("cpumain")] = double(nowNs(CLOCK_PROCESS_CPUTIME_ID)) / 1e6;

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("srtoolbox"));
    QApplication::setApplicationDisplayName(QStringLiteral("Smart Region Toolbox"));
    QApplication::setOrganizationName(QStringLiteral("smart-region-toolbox"));
    QApplication::setDesktopFileName(QStringLiteral("de.hessen.smartregion.toolbox"));
    Translations::install(QString());
    PdfExtractor::silencePopplerMessages();
    marks[QStringLiteral("qapplication")] = since();

    Library::OpenOptions options;
    options.readOnly = readOnly;
    options.create = false;
    QString error;
    std::unique_ptr<Library> library = Library::open(libraryPath, &error, options);
    if (!library) {
        std::fprintf(stderr, "startup-bench: %s\n", qPrintable(error));
        return 1;
    }
    marks[QStringLiteral("library")] = since();

    MainWindow window(*library);
    marks[QStringLiteral("window")] = since();
    qint64 total = -1;
    // With a query: once the start-up's rows and facets are in (in either order), the query; once
    // its rows and facets are in, the memory the window holds.
    bool startFacets = false, querying = false, queryRows = false, queryFacets = false;
    auto step = [&] {
        if (query.isEmpty() || total < 0 || !startFacets)
            return;
        if (!querying) {
            querying = true;
            window.setQueryText(query);
            window.search();
        } else if (queryRows && queryFacets) {
            marks[QStringLiteral("catalogmb")] = catalogResidentMb();
            marks[QStringLiteral("privatemb")] = statusMb("RssAnon");
            QTimer::singleShot(0, &app, &QCoreApplication::quit);
        }
    };
    QObject::connect(&window, &MainWindow::searchFinished, &window, [&](qint64 found) {
        if (total < 0) {
            total = found;
            marks[QStringLiteral("rows")] = since();
            window.repaint(); // draws the first rows now, as the next paint event would
            marks[QStringLiteral("painted")] = since();
            marks[QStringLiteral("cpupainted")] = double(nowNs(CLOCK_PROCESS_CPUTIME_ID)) / 1e6;
            if (query.isEmpty())
                QTimer::singleShot(0, &app, &QCoreApplication::quit);
        } else if (querying && !queryRows) {
            queryRows = true;
            marks[QStringLiteral("queryrows")] = since();
        }
        step();
    });
    QObject::connect(&window, &MainWindow::facetsShown, &window, [&] {
        if (!startFacets) {
            startFacets = true;
            marks[QStringLiteral("startfacets")] = since();
        } else if (querying && !queryFacets) {
            queryFacets = true;
            marks[QStringLiteral("queryfacets")] = since();
        }
        step();
    });
    window.show();
    marks[QStringLiteral("shown")] = since();
    if (sampleOffer) {
        QTimer::singleShot(0, &window, [&] {
            const double start = since();
            window.offerSamplePack();
            marks[QStringLiteral("sampleoffer")] = since() - start; // a duration, not a mark
        });
    }
    // Long enough for a cold 100k library, short enough that a hang ends the run.
    QTimer::singleShot(60000, &app, [&] {
        std::fprintf(stderr, "startup-bench: no searchFinished within 60 s\n");
        QCoreApplication::exit(3);
    });
    const int rc = app.exec();
    if (rc != 0)
        return rc;
    marks[QStringLiteral("procpremain")] = procPremain;
    std::printf("total=%lld", static_cast<long long>(total));
    for (const auto &[name, ms] : marks)
        std::printf(" %s=%.2f", qPrintable(name), ms);
    std::printf("\n");
    return 0;
}

// ----------------------------------------------------------------------------------------------
// The parent: RUNS children, then the figures.

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t rank = size_t(std::max(1.0, std::ceil(p / 100.0 * double(values.size()))));
    return values[std::min(rank, values.size()) - 1];
}

bool dropCaches()
{
    sync();
    QFile control(QStringLiteral("/proc/sys/vm/drop_caches"));
    return control.open(QIODevice::WriteOnly) && control.write("3\n") == 2;
}

// Runs one child with its stdout in a pipe; returns its output line, empty on failure.
QByteArray spawnChild(const QByteArray &exe, const QList<QByteArray> &args)
{
    int fds[2];
    if (pipe(fds) != 0)
        return {};
    std::vector<char *> argv{const_cast<char *>(exe.constData())};
    for (const QByteArray &a : args)
        argv.push_back(const_cast<char *>(a.constData()));
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    qputenv(SpawnTimeVariable, QByteArray::number(nowNs()));
    pid_t pid = -1;
    const int spawned = posix_spawn(&pid, exe.constData(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(fds[1]);
    QByteArray out;
    char buffer[4096];
    ssize_t n;
    while ((n = read(fds[0], buffer, sizeof buffer)) > 0 || (n < 0 && errno == EINTR))
        if (n > 0)
            out.append(buffer, n);
    close(fds[0]);
    if (spawned != 0)
        return {};
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? out.trimmed() : QByteArray();
}

QByteArray loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().split(' ').mid(0, 3).join(' ') : QByteArray("?");
}

// ----------------------------------------------------------------------------------------------
// --probe: the start-up's catalog requests one by one.

int runProbe(const QString &libraryPath, int runs)
{
    QCoreApplication::setApplicationName(QStringLiteral("srtoolbox"));
    Library::OpenOptions options;
    options.readOnly = true;
    options.create = false;
    QString error;
    std::unique_ptr<Library> library = Library::open(libraryPath, &error, options);
    if (!library) {
        std::fprintf(stderr, "startup-bench: %s\n", qPrintable(error));
        return 1;
    }
    auto firstSearch = [&](bool facets) {
        return [&library, facets] {
            SearchRequest request; // what MainWindow::runSearch(0) asks with an empty search field
            request.limit = 200;
            request.facets = facets;
            auto db = library->openConnection(nullptr);
            return db && Searcher(*db).search(request).error.isEmpty();
        };
    };
    const std::pair<const char *, std::function<bool()>> probes[] = {
        {"first search: 200 rows + facets (now)", firstSearch(true)},
        {"first search: 200 rows only (proposed)", firstSearch(false)},
        {"Catalog::stats() (offerSamplePack now)", [&library] {
             auto db = library->openConnection(nullptr);
             return db && Catalog(*db).stats().documents >= 0;
         }},
        {"EXISTS (SELECT 1 FROM documents) (proposed)", [&library] {
             auto db = library->openConnection(nullptr);
             return db && db->prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM documents)")).next();
         }},
    };
    std::printf("start-up catalog requests, %s, %d run(s) each after one warm-up, load %s\n", qPrintable(libraryPath), runs,
                loadAverage().constData());
    std::printf("%-48s %10s %10s %10s\n", "", "median ms", "p95 ms", "CPU ms");
    for (const auto &[label, probe] : probes) {
        std::vector<double> wall, cpu;
        for (int run = -1; run < runs; ++run) {
            const qint64 w0 = nowNs(), c0 = nowNs(CLOCK_THREAD_CPUTIME_ID);
            if (!probe()) {
                std::fprintf(stderr, "startup-bench: %s failed\n", label);
                return 1;
            }
            if (run >= 0) {
                wall.push_back(double(nowNs() - w0) / 1e6);
                cpu.push_back(double(nowNs(CLOCK_THREAD_CPUTIME_ID) - c0) / 1e6);
            }
        }
        std::printf("%-48s %10.1f %10.1f %10.1f\n", label, percentile(wall, 50), percentile(wall, 95), percentile(cpu, 50));
    }
    return 0;
}

int usage()
{
    std::fprintf(stderr, "usage: startup-bench --library DIR [--runs 10] [--writable] [--no-sample-offer] [--drop-caches] [--search QUERY]\n"
                         "       startup-bench --library DIR --probe [--runs 10]\n");
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QString library;
    QString query;
    int runs = 10;
    bool child = false, writable = false, sampleOffer = true, cold = false, probe = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a = argv[i];
        if (a == "--library" && i + 1 < argc)
            library = QFile::decodeName(argv[++i]);
        else if (a == "--runs" && i + 1 < argc)
            runs = std::max(1, atoi(argv[++i]));
        else if (a == "--child")
            child = true;
        else if (a == "--writable")
            writable = true;
        else if (a == "--no-sample-offer")
            sampleOffer = false;
        else if (a == "--drop-caches")
            cold = true;
        else if (a == "--probe")
            probe = true;
        else if (a == "--search" && i + 1 < argc)
            query = QString::fromUtf8(argv[++i]);
        else
            return usage();
    }
    if (library.isEmpty())
        return usage();
    if (probe) {
        QCoreApplication app(argc, argv);
        return runProbe(library, runs);
    }
    if (child) {
        int childArgc = 1; // QApplication gets no bench options
        return runChild(childArgc, argv, library, !writable, sampleOffer, query);
    }

    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const QByteArray exe = QFile::encodeName(QFile::symLinkTarget(QStringLiteral("/proc/self/exe")));
    QList<QByteArray> args{"--child", "--library", QFile::encodeName(library)};
    if (writable)
        args.append("--writable");
    if (!sampleOffer)
        args.append("--no-sample-offer");
    if (!query.isEmpty())
        args << "--search" << query.toUtf8();

    const QByteArray loadBefore = loadAverage();
    std::map<QString, std::vector<double>> samples;
    QByteArray totalDocs;
    for (int run = 0; run < runs; ++run) {
        if (cold && !dropCaches()) {
            std::fprintf(stderr, "startup-bench: cannot drop the page cache (needs root and a writable /proc/sys)\n");
            return 1;
        }
        const QByteArray line = spawnChild(exe, args);
        if (line.isEmpty()) {
            std::fprintf(stderr, "startup-bench: run %d failed\n", run + 1);
            return 1;
        }
        for (const QByteArray &field : line.split(' ')) {
            const int eq = field.indexOf('=');
            if (field.startsWith("total="))
                totalDocs = field.mid(eq + 1);
            else if (eq > 0)
                samples[QString::fromLatin1(field.left(eq))].push_back(field.mid(eq + 1).toDouble());
        }
    }

    std::printf("start to window with first rows, %s library (%s documents), %s, %d run(s), load %s -> %s\n",
                writable ? "writable" : "read-only", totalDocs.constData(), cold ? "page cache dropped before each run" : "warm page cache",
                runs, loadBefore.constData(), loadAverage().constData());
    // Stages in the order they happen; each a time since spawn except the sample offer (a duration).
    const std::pair<const char *, const char *> rows[] = {
        {"procpremain", "process start to main (per /proc, 10 ms steps)"},
        {"main", "spawn to main"},
        {"qapplication", "QApplication + translations"},
        {"library", "Library::open"},
        {"window", "MainWindow constructed"},
        {"shown", "window.show()"},
        {"sampleoffer", "  offerSamplePack (duration)"},
        {"rows", "first rows in the model"},
        {"painted", "first rows painted (TOTAL)"},
        {"cpumain", "CPU time: start to main"},
        {"cpupainted", "CPU time: start to first rows painted, all threads"},
        {"startfacets", "facets of the first rows"},
        {"queryrows", "--search: the query's rows"},
        {"queryfacets", "--search: the query's facets"},
        {"catalogmb", "--search: catalog resident in the maps, MB (not ms)"},
        {"privatemb", "--search: private memory, MB (not ms)"},
    };
    std::printf("%-48s %10s %10s\n", "", "median ms", "p95 ms");
    for (const auto &[key, label] : rows) {
        const auto it = samples.find(QLatin1String(key));
        if (it != samples.end())
            std::printf("%-48s %10.1f %10.1f\n", label, percentile(it->second, 50), percentile(it->second, 95));
    }
    return 0;
}
