// Converting a pack of office files to PDF: OfficeConverter (what the app runs: throwaway profile,
// no network, limits, both cores) against one `soffice --headless --convert-to pdf` over the same
// files in one batch (one LibreOffice start). Prints both wall times and the ratio.
//   convert-bench [--files N] [--processes P] [DIR]
// DIR holds the office files to cycle through (default: the sample pack's); N copies are converted
// (default 20).
#include "core/convert/OfficeConverter.h"

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
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int files = 20;
    OfficeConverter::Options options; // --processes P: LibreOffice processes at once (default: the app's)
    QString source = QStringLiteral(SRT_SOURCE_DIR "/resources/sample-pack");
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--files") && i + 1 < args.size())
            files = args[++i].toInt();
        else if (args[i] == QLatin1String("--processes") && i + 1 < args.size())
            options.processes = args[++i].toInt();
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
    out << "load after: " << loadAverage() << "\n";
    return 0;
}
