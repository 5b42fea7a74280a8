// ocr-bench: OCR throughput of the app's extraction workers against the `tesseract` command on the
// same 300-dpi page images, both with every core busy.
//
//   ocr-bench [--pages N] [--threads N] [--runs N] [--keep DIR] PDF_OR_DIR...
//
// The first N pages (default 8) of the PDFs found are rendered once with Poppler at 300 dpi to PNG
// files (resolution recorded in the file, so both sides read them at 300 dpi). Then, timed:
//   app:      ExtractionClient with --threads srtoolbox-extract workers, each page image extracted as
//             DocumentFormat::Image by that many threads at once (image load, OCR deu+eng, boxes),
//             as an import does; worker start-up (language data loading) included;
//   baseline: `tesseract IMAGE stdout -l deu+eng`, --threads processes at a time, each with
//             OMP_THREAD_LIMIT=1 (Tesseract's advice when running several at once; without it every
//             process starts four threads on two cores), process start-up included.
// With --runs N (default 3) both sides run N times in alternating order and each keeps its best
// time, so that a burst of load from other programs does not decide the ratio. Prints pages per
// second of both and the ratio app/baseline (issue #13: ≥ 0.9), and the words read by each side, so
// a fast side that reads nothing shows.

#include "core/extract/ExtractionClient.h"
#include "core/extract/OcrBoxes.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtConcurrent>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fcntl.h>
#include <poppler-qt6.h>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char **environ;

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

QStringList findPdfs(const QStringList &roots)
{
    QStringList pdfs;
    for (const QString &root : roots) {
        if (QFileInfo(root).isFile()) {
            pdfs.append(root);
            continue;
        }
        QDirIterator it(root, { QStringLiteral("*.pdf") }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            pdfs.append(it.next());
    }
    pdfs.sort();
    return pdfs;
}

QStringList renderPages(const QStringList &pdfs, int wanted, const QString &dir)
{
    QStringList images;
    for (const QString &pdf : pdfs) {
        std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(pdf);
        if (!doc || doc->isLocked())
            continue;
        doc->setRenderHint(Poppler::Document::Antialiasing);
        doc->setRenderHint(Poppler::Document::TextAntialiasing);
        for (int i = 0; i < doc->numPages() && images.size() < wanted; ++i) {
            std::unique_ptr<Poppler::Page> page = doc->page(i);
            QImage image = page ? page->renderToImage(300, 300) : QImage();
            if (image.isNull())
                continue;
            image.setDotsPerMeterX(qRound(300 / 0.0254));
            image.setDotsPerMeterY(qRound(300 / 0.0254));
            const QString path
                = QStringLiteral("%1/page-%2.png").arg(dir).arg(images.size() + 1, 3, 10, QLatin1Char('0'));
            if (image.convertToFormat(QImage::Format_Grayscale8).save(path))
                images.append(path);
        }
        if (images.size() >= wanted)
            break;
    }
    return images;
}

// Runs tesseract on one image, its text into a pipe that is counted (words) and dropped.
int runTesseract(const QString &image)
{
    int out[2];
    if (pipe(out) != 0)
        return -1;
    const QByteArray path = QFile::encodeName(image);
    const char *argv[] = { "tesseract", path.constData(), "stdout", "-l", "deu+eng", nullptr };
    std::vector<char *> envp;
    QByteArray limit("OMP_THREAD_LIMIT=1");
    for (char **e = environ; *e; ++e) {
        if (qstrncmp(*e, "OMP_THREAD_LIMIT=", 17) != 0)
            envp.push_back(*e);
    }
    envp.push_back(limit.data());
    envp.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int spawned
        = posix_spawnp(&pid, "tesseract", &actions, nullptr, const_cast<char **>(argv), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    close(out[1]);
    QByteArray text;
    char buffer[65536];
    ssize_t n = 0;
    while (spawned == 0 && (n = read(out[0], buffer, sizeof buffer)) > 0)
        text.append(buffer, n);
    close(out[0]);
    int status = 0;
    if (spawned != 0 || waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return -1;
    return int(
        QString::fromUtf8(text).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int pages = 8;
    int threads = 2;
    int runs = 3;
    QString keep;
    QStringList roots;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--pages") && i + 1 < args.size())
            pages = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--threads") && i + 1 < args.size())
            threads = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--runs") && i + 1 < args.size())
            runs = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--keep") && i + 1 < args.size())
            keep = args.at(++i);
        else
            roots.append(args.at(i));
    }
    if (roots.isEmpty() || pages <= 0 || threads <= 0 || runs <= 0) {
        std::fprintf(stderr,
                     "usage: ocr-bench [--pages N] [--threads N] [--runs N] [--keep DIR] PDF_OR_DIR...\n");
        return 2;
    }
    QTemporaryDir temp;
    const QString dir = keep.isEmpty() ? temp.path() : keep;
    QDir().mkpath(dir);
    const QStringList images = renderPages(findPdfs(roots), pages, dir);
    if (images.isEmpty()) {
        std::fprintf(stderr, "ocr-bench: no pages rendered\n");
        return 1;
    }
    std::printf("%lld page images at 300 dpi, %d at a time\n", static_cast<long long>(images.size()),
                threads);

    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    std::atomic<int> appWords { 0 }, appFailures { 0 }, baseWords { 0 }, baseFailures { 0 };
    // The app: workers as an import runs them (start-up included: a fresh client each run).
    const auto runApp = [&] {
        appWords = 0;
        const Clock::time_point start = Clock::now();
        ExtractionClient client(ExtractionClient::defaultWorkerPath(), threads, 120, 2048);
        QtConcurrent::blockingMap(&pool, images, [&](const QString &image) {
            const Extraction x = client.extract(image, DocumentFormat::Image);
            if (!x.ok() || x.ocrPages.isEmpty()) {
                ++appFailures;
                return;
            }
            QList<OcrWord> words;
            OcrBoxes::decode(x.ocrPages.first().boxes, &words);
            appWords += int(words.size());
        });
        return secondsSince(start);
    };
    const auto runBaseline = [&] {
        baseWords = 0;
        const Clock::time_point start = Clock::now();
        QtConcurrent::blockingMap(&pool, images, [&](const QString &image) {
            const int words = runTesseract(image);
            if (words < 0)
                ++baseFailures;
            else
                baseWords += words;
        });
        return secondsSince(start);
    };
    double appSeconds = 1e9, baseSeconds = 1e9;
    for (int run = 0; run < runs; ++run) {
        const bool appFirst = run % 2 == 0;
        const double first = appFirst ? runApp() : runBaseline();
        const double second = appFirst ? runBaseline() : runApp();
        appSeconds = std::min(appSeconds, appFirst ? first : second);
        baseSeconds = std::min(baseSeconds, appFirst ? second : first);
        std::printf("run %d: app %.2f s, tesseract %.2f s\n", run + 1, appFirst ? first : second,
                    appFirst ? second : first);
    }

    const double n = double(images.size());
    std::printf("app (srtoolbox-extract):  %6.2f s  %5.2f pages/s  %d words  %d failed\n", appSeconds,
                n / appSeconds, appWords.load(), appFailures.load());
    std::printf("tesseract command:        %6.2f s  %5.2f pages/s  %d words  %d failed\n", baseSeconds,
                n / baseSeconds, baseWords.load(), baseFailures.load());
    std::printf("throughput ratio app/tesseract: %.2f (target >= 0.9)\n", baseSeconds / appSeconds);
    return appFailures > 0 || baseFailures > 0 ? 1 : 0;
}
