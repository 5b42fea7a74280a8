// CPU cost of text extraction itself, without the import around it: extracts every file given
// (PDFs, office files) in this process, one after another, and prints the CPU seconds used and the
// pages read. bench/extract-bench.sh runs pdftotext over the same files for the baseline.
// --no-ocr leaves pages without a text layer unread, which is what pdftotext does: the CPU of the
// text path alone, to set against pdftotext's; ocr_pages counts the pages OCR found words on.
//   extract-bench [--no-ocr] FILE...
#include "core/extract/DocumentFormat.h"
#include "core/extract/ExtractorRegistry.h"
#include "core/extract/PdfExtractor.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <cstdio>
#include <sys/resource.h>

namespace {
double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    PdfExtractor::silencePopplerMessages();
    QStringList files = app.arguments().mid(1);
    ExtractionLimits limits;
    if (!files.isEmpty() && files.front() == QLatin1String("--no-ocr")) {
        files.removeFirst();
        limits.maxOcrPages = 0;
    }
    const double start = cpuSeconds();
    qint64 pages = 0;
    qint64 chars = 0;
    qint64 ocrPages = 0;
    int failed = 0;
    for (const QString &path : files) {
        QFile file(path);
        const QByteArray head = file.open(QIODevice::ReadOnly) ? file.read(8) : QByteArray();
        const Extraction x = ExtractorRegistry::extractFile(
            path, DocumentFormats::detect(QFileInfo(path).fileName(), head), limits);
        failed += x.ok() ? 0 : 1;
        pages += x.pages.size();
        ocrPages += x.ocrPages.size();
        for (const QString &page : x.pages)
            chars += page.size();
    }
    std::printf("files %lld pages %lld ocr_pages %lld chars %lld failed %d cpu_s %.3f\n",
                qint64(files.size()), pages, ocrPages, chars, failed, cpuSeconds() - start);
    return 0;
}
