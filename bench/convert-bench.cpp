// Converting a pack of office files to PDF: OfficeConverter (what the app runs: throwaway profile,
// no network, limits, both cores) against one `soffice --headless --convert-to pdf` over the same
// files in one batch (one LibreOffice start). Prints both wall times and the ratio, and the load.
// Then the same files through one OfficeConverter in PageBuilder's chunks (batch size × processes
// files per convert() call), as the app's background work and `pages --wait` convert.
// Then the first page on screen: PdfPageRenderer::render(page 1, 100 dpi), as the preview does,
// of each converted PDF against each PDF under DIR; median and p95 of each (best of 3 per file).
//   convert-bench [--files N] [--processes P] [--batch B] [DIR]
// DIR holds the office files to cycle through (default: the sample pack's); N copies are converted
// (default 60).
#include "core/convert/OfficeConverter.h"
#include "core/preview/PdfPageRenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>
#include <algorithm>
#include <cmath>
#include <vector>

namespace {
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly)
        ? QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2)
        : QString();
}

int countPdfs(const QString &dir)
{
    return int(QDir(dir).entryList({ QStringLiteral("*.pdf") }, QDir::Files).size());
}

// Milliseconds to page 1 of each PDF at 100 dpi, the best of three runs each, sorted.
std::vector<double> firstPageTimes(const QStringList &pdfs)
{
    std::vector<double> times;
    for (const QString &pdf : pdfs) {
        double best = 1e9;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer timer;
            timer.start();
            const PdfPageRenderer::Result result = PdfPageRenderer::render(pdf, 0, 100, {});
            if (result.image.isNull())
                break;
            best = qMin(best, timer.nsecsElapsed() / 1e6);
        }
        if (best < 1e9)
            times.push_back(best);
    }
    std::sort(times.begin(), times.end());
    return times;
}

QString percentiles(const std::vector<double> &sorted)
{
    if (sorted.empty())
        return QStringLiteral("no pages");
    const auto at = [&](double q) {
        return sorted[size_t(qMin(double(sorted.size() - 1), std::ceil(q * sorted.size()) - 1))];
    };
    return QStringLiteral("median %1 ms, p95 %2 ms, max %3 ms (%4 PDFs)")
        .arg(at(0.5), 0, 'f', 1)
        .arg(at(0.95), 0, 'f', 1)
        .arg(sorted.back(), 0, 'f', 1)
        .arg(sorted.size());
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int files = 60;
    OfficeConverter::Options options; // --processes P: LibreOffice processes at once (default: the app's)
    QString source = QStringLiteral(SRT_SOURCE_DIR "/resources/sample-pack");
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--files") && i + 1 < args.size())
            files = args[++i].toInt();
        else if (args[i] == QLatin1String("--processes") && i + 1 < args.size())
            options.processes = args[++i].toInt();
        else if (args[i] == QLatin1String("--batch") && i + 1 < args.size())
            options.batchSize = args[++i].toInt();
        else
            source = args[i];
    }
    QTextStream out(stdout);
    QStringList office;
    const QStringList suffixes
        = { QStringLiteral("docx"), QStringLiteral("odt"), QStringLiteral("xlsx"), QStringLiteral("ods"),
            QStringLiteral("pptx"), QStringLiteral("odp"), QStringLiteral("doc"),  QStringLiteral("xls"),
            QStringLiteral("ppt"),  QStringLiteral("rtf") };
    QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (suffixes.contains(QFileInfo(path).suffix().toLower()))
            office.append(path);
    }
    office.sort();
    const QString soffice = OfficeConverter::defaultProgram();
    if (office.isEmpty() || soffice.isEmpty() || files < 1) {
        out << "needs LibreOffice (soffice) and office files in " << source << "\n";
        return 1;
    }

    QTemporaryDir work;
    QDir(work.path()).mkpath(QStringLiteral("in"));
    QStringList inputs;
    for (int i = 0; i < files; ++i) {
        const QString from = office[i % office.size()];
        const QString to = work.filePath(QStringLiteral("in/%1.%2").arg(i).arg(QFileInfo(from).suffix()));
        QFile::copy(from, to);
        inputs.append(to);
    }
    out << "files: " << files << " (cycling " << office.size() << " from " << source
        << "), load before: " << loadAverage() << "\n";
    out.flush();

    // Baseline: one LibreOffice start for all files, a fresh profile like ours.
    QDir(work.path()).mkpath(QStringLiteral("baseline"));
    QElapsedTimer timer;
    timer.start();
    QProcess baseline;
    baseline.start(
        soffice,
        QStringList { QStringLiteral("-env:UserInstallation=")
                          + QUrl::fromLocalFile(work.filePath(QStringLiteral("profile"))).toString(),
                      QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                      QStringLiteral("--outdir"), work.filePath(QStringLiteral("baseline")) }
            + inputs);
    baseline.waitForFinished(-1);
    const qint64 baselineMs = timer.elapsed();
    out << "soffice --convert-to pdf (one batch): " << baselineMs << " ms, "
        << countPdfs(work.filePath(QStringLiteral("baseline"))) << " PDFs\n";
    out.flush();

    QDir(work.path()).mkpath(QStringLiteral("ours"));
    QList<OfficeConverter::Job> jobs;
    for (const QString &input : inputs)
        jobs.append(
            { input, work.filePath(QStringLiteral("ours/%1.pdf").arg(QFileInfo(input).completeBaseName())) });
    const OfficeConverter converter(options);
    timer.restart();
    int done = 0;
    for (const OfficeConverter::Outcome &outcome : converter.convert(jobs))
        done += outcome.state == OfficeConverter::Outcome::State::Done ? 1 : 0;
    const qint64 oursMs = timer.elapsed();
    out << "OfficeConverter: " << oursMs << " ms, " << done << " PDFs\n";
    out << "ratio (ours / baseline): "
        << QString::number(double(oursMs) / double(qMax<qint64>(1, baselineMs)), 'f', 2) << "\n";
    out << "load: " << loadAverage() << "\n";
    out.flush();

    // PageBuilder's way: one OfficeConverter, a convert() call per chunk of batch size × processes.
    QDir(work.path()).mkpath(QStringLiteral("chunked"));
    const int processes = options.processes > 0 ? options.processes : 2;
    const int chunk = qMax(1, options.batchSize) * processes;
    timer.restart();
    done = 0;
    for (int first = 0; first < jobs.size(); first += chunk) {
        QList<OfficeConverter::Job> part = jobs.mid(first, chunk);
        for (OfficeConverter::Job &job : part)
            job.target.replace(QStringLiteral("/ours/"), QStringLiteral("/chunked/"));
        for (const OfficeConverter::Outcome &outcome : converter.convert(part))
            done += outcome.state == OfficeConverter::Outcome::State::Done ? 1 : 0;
    }
    const qint64 chunkedMs = timer.elapsed();
    out << "OfficeConverter in chunks of " << chunk << " (PageBuilder): " << chunkedMs << " ms, " << done
        << " PDFs, ratio " << QString::number(double(chunkedMs) / double(qMax<qint64>(1, baselineMs)), 'f', 2)
        << "\n";
    out << "load: " << loadAverage() << "\n";
    out.flush();

    // The first page on screen: converted PDFs against the PDFs of DIR.
    QStringList converted;
    for (const QString &name :
         QDir(work.filePath(QStringLiteral("ours"))).entryList({ QStringLiteral("*.pdf") }))
        converted.append(work.filePath(QStringLiteral("ours/") + name));
    QStringList native;
    QDirIterator pdfs(source, { QStringLiteral("*.pdf") }, QDir::Files, QDirIterator::Subdirectories);
    while (pdfs.hasNext())
        native.append(pdfs.next());
    out << "first page, converted: " << percentiles(firstPageTimes(converted)) << "\n";
    out << "first page, native PDF: " << percentiles(firstPageTimes(native)) << "\n";
    out << "load after: " << loadAverage() << "\n";
    return 0;
}
