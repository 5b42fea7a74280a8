// render-bench: time to the first page of a PDF on screen, against `pdftoppm` in the same run.
//
//   render-bench [--runs N] [--dpi 100] [--limit N] [--stages] [--csv FILE] DIR...
//
// Per PDF under DIR: the app's path, PdfPageRenderer::render(path, page 0, dpi) on a thread-pool
// thread as the preview does (document load + page 1 to a QImage), and the baseline,
// `pdftoppm -r DPI -f 1 -l 1 FILE` with its output to /dev/null, process spawn included. The two run
// back to back per file, in alternating order, after the file was read once (page cache warm); with
// --runs N each side's time per file is its best of N. Prints median, p95 and max of both and the
// ratios. --stages splits the app's time into document load, page object and rasterization (with
// Poppler directly, the same calls PdfPageRenderer makes), to see where a slow file spends it.

#include "core/extract/PdfExtractor.h"
#include "core/preview/PdfPageRenderer.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QtConcurrent>

#include <poppler-qt6.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cerrno>
#include <cstdio>
#include <vector>

#include <fcntl.h>
#include <sys/resource.h>
#include <time.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t rank = size_t(std::max(1.0, std::ceil(p / 100.0 * double(values.size())))); // nearest rank
    return values[std::min(rank, values.size()) - 1];
}

void readOnce(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        while (!file.read(1 << 20).isEmpty()) {
        }
}

double threadCpuMs()
{
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Wall-clock and CPU milliseconds of one first page; negative on failure. CPU time hardly depends
// on what else the shared machine runs, so it is the steadier of the two figures.
struct Timing
{
    double wall = -1, cpu = -1;
};

// The app's path, on a pool thread like PreviewPane's QtConcurrent::run.
Timing timeApp(const QString &path, double dpi)
{
    const auto start = Clock::now();
    const auto [ok, cpu] = QtConcurrent::run([&] {
                               const double cpuStart = threadCpuMs();
                               const bool rendered = !PdfPageRenderer::render(path, 0, dpi, {}).image.isNull();
                               return std::make_pair(rendered, threadCpuMs() - cpuStart);
                           }).result();
    const double wall = msSince(start);
    return ok ? Timing{wall, cpu} : Timing();
}

// pdftoppm as a user would run it: spawn, rasterize page 1, write the PPM (to /dev/null), exit.
Timing timePdftoppm(const QString &path, double dpi)
{
    const QByteArray file = QFile::encodeName(path);
    const QByteArray resolution = QByteArray::number(qRound(dpi));
    const char *argv[] = {"pdftoppm", "-r", resolution.constData(), "-f", "1", "-l", "1", file.constData(), nullptr};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    const auto start = Clock::now();
    pid_t pid = -1;
    const int spawned = posix_spawnp(&pid, "pdftoppm", &actions, nullptr, const_cast<char **>(argv), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return {};
    int status = 0;
    rusage usage = {};
    while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    const double wall = msSince(start);
    auto ms = [](const timeval &tv) { return double(tv.tv_sec) * 1e3 + double(tv.tv_usec) / 1e3; };
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return {};
    return {wall, ms(usage.ru_utime) + ms(usage.ru_stime)};
}

// Best (lowest) successful time; failures are negative and never replace a success.
void keepBest(Timing &best, const Timing &t)
{
    if (t.wall >= 0 && (best.wall < 0 || t.wall < best.wall))
        best.wall = t.wall;
    if (t.cpu >= 0 && (best.cpu < 0 || t.cpu < best.cpu))
        best.cpu = t.cpu;
}

struct Stages
{
    double load = 0, page = 0, raster = 0;
};

// PdfPageRenderer's steps one by one (load with its render hints, page 0, renderToImage).
Stages timeStages(const QString &path, double dpi)
{
    Stages s;
    auto start = Clock::now();
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc || doc->isLocked())
        return s;
    doc->setRenderHint(Poppler::Document::Antialiasing);
    doc->setRenderHint(Poppler::Document::TextAntialiasing);
    (void)doc->numPages();
    s.load = msSince(start);
    start = Clock::now();
    std::unique_ptr<Poppler::Page> page = doc->page(0);
    s.page = msSince(start);
    if (!page)
        return s;
    start = Clock::now();
    const QImage image = page->renderToImage(dpi, dpi);
    s.raster = msSince(start);
    return s;
}

struct Row
{
    QString path;
    Timing app, baseline;
    Stages stages;
};

void printSummary(const char *name, const std::vector<double> &ms)
{
    std::printf("%-28s median %7.1f ms   p95 %7.1f ms   max %7.1f ms   (%zu files)\n", name, percentile(ms, 50),
                percentile(ms, 95), percentile(ms, 100), ms.size());
}

int usage()
{
    std::fprintf(stderr, "usage: render-bench [--runs N] [--dpi 100] [--limit N] [--stages] [--csv FILE] DIR...\n");
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    PdfExtractor::silencePopplerMessages();
    int runs = 1;
    int limit = 0;
    double dpi = 100;
    bool stages = false;
    QString csvPath;
    QStringList dirs;
    const QStringList args = application.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--runs") && hasValue)
            runs = std::max(1, args[++i].toInt());
        else if (a == QLatin1String("--dpi") && hasValue)
            dpi = args[++i].toDouble();
        else if (a == QLatin1String("--limit") && hasValue)
            limit = args[++i].toInt();
        else if (a == QLatin1String("--csv") && hasValue)
            csvPath = args[++i];
        else if (a == QLatin1String("--stages"))
            stages = true;
        else if (a.startsWith(QLatin1String("--")))
            return usage();
        else
            dirs.append(a);
    }
    if (dirs.isEmpty() || dpi <= 0)
        return usage();

    QStringList files;
    for (const QString &dir : dirs) {
        QDirIterator it(dir, {QStringLiteral("*.pdf")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    files.sort();
    if (limit > 0 && files.size() > limit)
        files = files.mid(0, limit);
    if (files.isEmpty()) {
        std::fprintf(stderr, "render-bench: no PDFs found\n");
        return 1;
    }

    std::vector<Row> rows;
    rows.reserve(size_t(files.size()));
    for (int i = 0; i < files.size(); ++i) {
        Row row;
        row.path = files[i];
        readOnce(row.path);
        for (int run = 0; run < runs; ++run) {
            // Alternate which side goes first, so neither always inherits the other's cache state.
            const bool appFirst = (i + run) % 2 == 0;
            Timing app, base;
            if (appFirst)
                app = timeApp(row.path, dpi);
            base = timePdftoppm(row.path, dpi);
            if (!appFirst)
                app = timeApp(row.path, dpi);
            keepBest(row.app, app);
            keepBest(row.baseline, base);
        }
        if (stages)
            row.stages = timeStages(row.path, dpi);
        rows.push_back(row);
        if ((i + 1) % 100 == 0)
            std::fprintf(stderr, "%d/%lld\n", i + 1, static_cast<long long>(files.size()));
    }

    // Both sides over the files both could render, so the two distributions are of the same files.
    std::vector<double> app, base, appCpu, baseCpu, load, page, raster;
    int appFailed = 0, baseFailed = 0;
    for (const Row &r : rows) {
        appFailed += r.app.wall < 0;
        baseFailed += r.baseline.wall < 0;
        if (r.app.wall < 0 || r.baseline.wall < 0)
            continue;
        app.push_back(r.app.wall);
        base.push_back(r.baseline.wall);
        appCpu.push_back(r.app.cpu);
        baseCpu.push_back(r.baseline.cpu);
        load.push_back(r.stages.load);
        page.push_back(r.stages.page);
        raster.push_back(r.stages.raster);
    }
    if (app.empty()) {
        std::fprintf(stderr, "render-bench: no file rendered on both sides\n");
        return 1;
    }
    std::printf("first page at %g dpi, %zu PDFs, best of %d run(s) per file\n", dpi, app.size(), runs);
    printSummary("pdftoppm (process), wall", base);
    printSummary("PdfPageRenderer, wall", app);
    std::printf("ratio app/pdftoppm, wall     median %7.2f        p95 %7.2f\n", percentile(app, 50) / percentile(base, 50),
                percentile(app, 95) / percentile(base, 95));
    printSummary("pdftoppm (process), CPU", baseCpu);
    printSummary("PdfPageRenderer, CPU", appCpu);
    std::printf("ratio app/pdftoppm, CPU      median %7.2f        p95 %7.2f\n", percentile(appCpu, 50) / percentile(baseCpu, 50),
                percentile(appCpu, 95) / percentile(baseCpu, 95));
    const long over = std::count_if(app.begin(), app.end(), [](double ms) { return ms > 40; });
    std::printf("app over 40 ms (wall): %ld files; failed: app %d, pdftoppm %d\n", over, appFailed, baseFailed);
    if (stages) {
        printSummary("  stage: load", load);
        printSummary("  stage: page(0)", page);
        printSummary("  stage: renderToImage", raster);
    }

    if (!csvPath.isEmpty()) {
        QFile csv(csvPath);
        if (!csv.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "render-bench: cannot write %s\n", qPrintable(csvPath));
            return 1;
        }
        csv.write("file,app_ms,pdftoppm_ms,app_cpu_ms,pdftoppm_cpu_ms,load_ms,page_ms,raster_ms,bytes\n");
        for (const Row &r : rows)
            csv.write(QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9\n")
                          .arg(QFileInfo(r.path).fileName())
                          .arg(r.app.wall, 0, 'f', 2)
                          .arg(r.baseline.wall, 0, 'f', 2)
                          .arg(r.app.cpu, 0, 'f', 2)
                          .arg(r.baseline.cpu, 0, 'f', 2)
                          .arg(r.stages.load, 0, 'f', 2)
                          .arg(r.stages.page, 0, 'f', 2)
                          .arg(r.stages.raster, 0, 'f', 2)
                          .arg(QFileInfo(r.path).size())
                          .toUtf8());
    }
    return 0;
}
