// CPU cost of text extraction itself, without the import around it: extracts every file given
// (PDFs, office files) in this process, one after another, and prints the CPU seconds used and the
// pages read. bench/extract-bench.sh runs pdftotext over the same files for the baseline.
// --no-ocr leaves pages without a text layer unread, which is what pdftotext does: the CPU of the
// text path alone, to set against pdftotext's; ocr_pages counts the pages OCR found words on.
// text_sha1 digests everything extracted (metadata, pages, warnings, errors): a change to the
// extraction that should only make it faster must leave it as it was.
//   extract-bench [--no-ocr] FILE...
#include "core/extract/DocumentFormat.h"
#include "core/extract/ExtractorRegistry.h"
#include "core/extract/PdfExtractor.h"

#include <QCoreApplication>
#include <QCryptographicHash>
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
    double cpu = 0;
    qint64 pages = 0;
    qint64 chars = 0;
    qint64 ocrPages = 0;
    QCryptographicHash digest(QCryptographicHash::Sha1);
    int failed = 0;
    for (const QString &path : files) {
        QFile file(path);
        const QByteArray head = file.open(QIODevice::ReadOnly) ? file.read(8) : QByteArray();
        const double before = cpuSeconds();
        const Extraction x = ExtractorRegistry::extractFile(
            path, DocumentFormats::detect(QFileInfo(path).fileName(), head), limits);
        cpu += cpuSeconds() - before; // the extraction's, not the digest's below
        failed += x.ok() ? 0 : 1;
        pages += x.pages.size();
        ocrPages += x.ocrPages.size();
        for (const QString &page : x.pages)
            chars += page.size();
        for (const QString &part :
             QStringList { x.title, x.author, x.subject, x.error } + x.pages + x.warnings)
            digest.addData((part + QChar(0)).toUtf8());
    }
    std::printf("files %lld pages %lld ocr_pages %lld chars %lld failed %d text_sha1 %s cpu_s %.3f\n",
                qint64(files.size()), pages, ocrPages, chars, failed, digest.result().toHex().constData(),
                cpu);
    return 0;
}
