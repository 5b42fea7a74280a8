#include "cli/QueueCommand.h"
#include "core/convert/OcrBacklog.h"
#include "core/extract/OcrEngine.h"
#include "core/library/Library.h"
#include "core/platform/ProcessInfo.h"
#include "core/platform/SignalCancel.h"

#include <QElapsedTimer>

namespace {
// Scans imported without text recognition (OCR): what is queued, and with --wait, read them now.
class OcrCommand : public QueueCommand
{
public:
    QString name() const override { return QStringLiteral("ocr"); }
    QString description() const override
    {
        return tr("Text recognition (OCR) of scans imported without it: show what is queued and failed; "
                  "--wait reads them now.");
    }

protected:
    QString waitHelp() const override
    {
        return tr("Read the queued scans now and wait until they are done.");
    }
    bool retryFailed(Library &library) override { return library.catalog().retryFailedOcr(); }
    int work(Library &library) override { return read(library); }
    int status(Library &library) override
    {
        const PageCounts counts = library.catalog().ocrQueueCounts();
        if (catalogReadFailed(library))
            return ExitCode::Failure;
        out() << tr("Scans to read by OCR: %1 queued, %2 failed").arg(counts.pending).arg(counts.failed)
              << '\n';
        const QMap<qint64, QString> failed = library.catalog().failedOcr();
        for (auto it = failed.cbegin(); it != failed.cend(); ++it) {
            const auto doc = library.catalog().document(it.key());
            out() << printable(tr("Not read: %1 (document %2): %3")
                                   .arg(doc ? doc->filename : QString())
                                   .arg(it.key())
                                   .arg(it.value()))
                  << '\n';
        }
        if (counts.pending > 0 && !OcrBacklog::ocrInstalled())
            out() << printable(OcrEngine::missingReason()) << '\n';
        return ExitCode::Ok;
    }

private:
    static int read(Library &library)
    {
        OcrBacklog backlog(library, library.catalog());
        const SignalCancel cancel;
        const bool terminal = ProcessInfo::stderrIsTerminal();
        QElapsedTimer sinceLastLine;
        sinceLastLine.start();
        const OcrBacklog::Report report = backlog.run(
            [&](int done, int total) {
                if (!terminal || sinceLastLine.elapsed() < 100)
                    return;
                sinceLastLine.restart();
                err() << '\r' << tr("Text recognition: %1 of %2").arg(done).arg(total) << Qt::flush;
            },
            cancel.flag());
        if (terminal)
            err() << '\r' << QString(40, QLatin1Char(' ')) << '\r' << Qt::flush;
        for (const QString &failure : report.failures)
            out() << printable(tr("Not read: %1").arg(failure)) << '\n';
        out() << tr("Text read by OCR for %n document(s).", nullptr, report.read)
              << (report.failures.isEmpty()
                      ? QString()
                      : QLatin1Char(' ') + tr("%n failed.", nullptr, int(report.failures.size())))
              << '\n';
        if (report.unavailable)
            err() << printable(OcrEngine::missingReason()) << '\n'; // the scans stay queued
        if (report.cancelled) {
            err() << tr("Text recognition cancelled; the rest stays queued ('srtoolbox-cli ocr --wait').")
                  << '\n';
            return ExitCode::Cancelled;
        }
        if (!report.error.isEmpty()) {
            err() << printable(report.error) << '\n';
            return ExitCode::Failure;
        }
        return report.failures.isEmpty() ? ExitCode::Ok : ExitCode::PartlyRejected;
    }
};
} // namespace

std::unique_ptr<CliCommand> makeOcrCommand()
{
    return std::make_unique<OcrCommand>();
}
