#include "MeasuredProcess.h"
#include "TestArchiveBuilder.h"
#include "TestPdfWriter.h"
#include "core/library/Library.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

// Bounded resources: the peak resident memory of srtoolbox-cli import (with its extraction workers)
// stays below a fixed bound for a pack of many files, a file of 1 GB, a file over the 1 GB limit and
// a PDF of 5,000 pages. SRT_IMPORT_FILES=N sets the pack size (bench/resources-bench.sh: 10,000).
namespace {

#ifdef SRT_SANITIZE
// ASan's shadow memory and quarantine add a few hundred MB to every process.
constexpr qint64 PeakBoundMiB = 1200;
constexpr int DefaultFiles = 500;
#else
constexpr qint64 PeakBoundMiB = 500;
constexpr int DefaultFiles = 2000;
#endif
constexpr int PdfPages = 5000;
constexpr qint64 GiB = 1024ll * 1024 * 1024;

MeasuredRun import(const QString &library, const QString &path)
{
    return MeasuredProcess::run(QStringLiteral(SRT_CLI_PATH),
                                {QStringLiteral("--library"), library, QStringLiteral("import"), QStringLiteral("--jobs"),
                                 QStringLiteral("2"), path});
}

qint64 documentCount(const QString &library)
{
    QString error;
    auto opened = Library::open(library, &error);
    return opened ? opened->catalog().stats().documents : -1;
}

bool makeSparse(const QString &path, qint64 size)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && ::ftruncate(file.handle(), size) == 0;
}

void report(const char *what, const MeasuredRun &run)
{
    qInfo("%s: peak RSS %lld MiB, %.1f s", what, run.peakRssKiB / 1024, run.seconds);
}
} // namespace

class TestCliImportResources : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void manySmallFiles()
    {
        bool ok = false;
        int files = qEnvironmentVariableIntValue("SRT_IMPORT_FILES", &ok);
        if (!ok || files <= 0)
            files = DefaultFiles;
        TestArchiveBuilder builder;
        for (int i = 0; i < files; ++i) {
            builder.addFile(QStringLiteral("Kategorie%1/Unterordner%2/Dokument_%3.%4")
                                .arg(i % 12).arg(i % 7).arg(i).arg(i % 2 ? QStringLiteral("txt") : QStringLiteral("md")),
                            QStringLiteral("# Dokument %1\n\nMuster für die Gemeinde %2: Förderung, Vergabe, Datenschutz.\n")
                                .arg(i).arg(i % 97).toUtf8());
        }
        const QString pack = m_dir.filePath(QStringLiteral("Viele_Dateien.zip"));
        QVERIFY2(builder.write(pack), qPrintable(builder.errorString()));
        const QString library = m_dir.filePath(QStringLiteral("many"));
        const MeasuredRun run = import(library, pack);
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        qInfo("%d files", files);
        report("many small files", run);
        QCOMPARE(documentCount(library), qint64(files));
        QVERIFY2(run.peakRssKiB < PeakBoundMiB * 1024, qPrintable(QString::number(run.peakRssKiB / 1024)));
    }

    void oneGigabyteFiles()
    {
        // Sparse: cheap to make, but read, hashed and stored like any other gigabyte.
        const QString pack = m_dir.filePath(QStringLiteral("Gross"));
        QVERIFY(QDir().mkpath(pack));
        QVERIFY(makeSparse(pack + QStringLiteral("/Ein_Gigabyte.txt"), GiB));
        QVERIFY(makeSparse(pack + QStringLiteral("/Zu_gross.txt"), GiB + 1));
        const QString library = m_dir.filePath(QStringLiteral("big"));
        const MeasuredRun run = import(library, pack);
        report("1 GiB file and a file over the limit", run);
        QVERIFY2(run.exitCode == 3, qPrintable(run.output)); // one rejected
        QVERIFY2(run.output.contains(QStringLiteral("Zu_gross.txt")), qPrintable(run.output));
        QVERIFY2(!run.output.contains(QStringLiteral("Ein_Gigabyte.txt: rejected")), qPrintable(run.output));
        QCOMPARE(documentCount(library), qint64(1));
        QVERIFY2(run.peakRssKiB < PeakBoundMiB * 1024, qPrintable(QString::number(run.peakRssKiB / 1024)));
        QDir(library).removeRecursively(); // a gigabyte less on the disk right away
    }

    void pdfWithFiveThousandPages()
    {
        TestPdfWriter pdf;
        for (int page = 1; page <= PdfPages; ++page)
            pdf.addPage({QStringLiteral("Niederschrift Seite %1").arg(page), QStringLiteral("Beschluss über das Sensornetz und die Straßenbeleuchtung.")});
        pdf.setInfo(QStringLiteral("Title"), QStringLiteral("Sehr langes Protokoll"));
        const QString path = m_dir.filePath(QStringLiteral("Protokoll.pdf"));
        QVERIFY(pdf.writeTo(path));
        const QString library = m_dir.filePath(QStringLiteral("pdf"));
        const MeasuredRun run = import(library, path);
        report("PDF with 5,000 pages", run);
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QString error;
        auto opened = Library::open(library, &error);
        QVERIFY2(opened, qPrintable(error));
        const auto docs = opened->catalog().documents();
        QCOMPARE(docs.size(), 1);
        QCOMPARE(docs.first().pages, PdfPages);
        QVERIFY2(run.peakRssKiB < PeakBoundMiB * 1024, qPrintable(QString::number(run.peakRssKiB / 1024)));
    }
};

QTEST_GUILESS_MAIN(TestCliImportResources)
#include "TestCliImportResources.moc"
