#include "core/convert/PageBuilder.h"

#include "core/extract/DocumentFormat.h"
#include "core/extract/ExtractionClient.h"
#include "core/extract/ExtractorRegistry.h"
#include "core/extract/PasswordProtection.h"
#include "core/library/Library.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {
// The name of the copy LibreOffice gets: the document's id (unique within a batch) and the suffix it
// came with, which LibreOffice uses besides the content to pick its import filter.
QString copyName(const DocumentRecord &doc)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z0-9]{1,8}$"));
    QString suffix = QFileInfo(doc.filename).suffix().toLower();
    if (!plain.match(suffix).hasMatch())
        suffix = doc.format;
    return QString::number(doc.id) + QLatin1Char('.') + suffix;
}
} // namespace

PageBuilder::PageBuilder(Library &library, Catalog &catalog, OfficeConverter::Options options,
                         ExtractionClient *client)
    : m_library(library)
    , m_catalog(catalog)
    , m_converter(options)
    , m_client(client)
    , m_chunk(qMax(1, options.batchSize) * qMax(1, options.processes > 0 ? options.processes : 2))
{
    if (!m_client) {
        const QString worker = ExtractionClient::defaultWorkerPath();
        if (!worker.isEmpty()) {
            m_ownClient = std::make_unique<ExtractionClient>(worker, 1, 120, 1024);
            m_client = m_ownClient.get();
        }
    }
}

PageBuilder::~PageBuilder() = default;

QString PageBuilder::missingPagesNote(bool libreOfficeAvailable)
{
    return libreOfficeAvailable
        ? tr("Its pages are being made; until then the preview shows its text.")
        : tr("Pages of office files need LibreOffice, which is not installed here (Debian: the packages "
             "libreoffice-writer-nogui, libreoffice-calc-nogui and libreoffice-impress-nogui). "
             "The preview shows the file's text.");
}

int PageBuilder::requeueMissing()
{
    int requeued = 0;
    const QList<qint64> ids = m_catalog.documentsWithPages();
    if (ids.isEmpty())
        return 0;
    for (const DocumentRecord &doc : m_catalog.documents(ids)) {
        if (!m_library.derived().hasPdf(doc.sha256)
            && m_catalog.setPageStatus(doc.id, PageStatus::State::Pending))
            ++requeued;
    }
    return requeued;
}

bool PageBuilder::finishDocument(qint64 id, const QString &sha256, const QString &pdf, QString *error)
{
    // The PDF's text through the same extraction as an imported PDF's (in a worker process when
    // there is one): page by page, so hits name their page.
    Extraction text;
    ExtractionClient::Failure failure = ExtractionClient::Failure::NoWorker;
    if (m_client)
        text = m_client->extract(pdf, DocumentFormat::Pdf, {}, &failure);
    if (!m_client || failure == ExtractionClient::Failure::NoWorker)
        text = ExtractorRegistry::extractFile(pdf, DocumentFormat::Pdf);
    if (!text.ok()) {
        *error = tr("The PDF LibreOffice made cannot be read: %1").arg(text.error);
        return false;
    }
    // The PDF first: a run stopped between the two leaves a PDF whose document is still queued,
    // which the next run makes again; never a document marked done without its PDF.
    if (!m_library.derived().storePdf(sha256, pdf, error))
        return false;
    SqliteTransaction transaction(m_catalog.database());
    if (!m_catalog.replaceDocumentText(id, Catalog::joinPages(text.pages),
                                       qMax(text.pageCount, int(text.pages.size())))
        || !m_catalog.setPageStatus(id, PageStatus::State::Done) || !transaction.commit(error)) {
        if (error->isEmpty())
            *error = m_catalog.lastError();
        return false;
    }
    return true;
}

// LibreOffice reads a copy: the stored file is never handed to another program to open.
bool PageBuilder::copyForLibreOffice(const DocumentRecord &doc, const QString &copy, QString *error)
{
    QFile stored;
    bool copied = m_library.store().openStored(doc.sha256, &stored, error);
    if (copied) {
        QFile target(copy);
        copied = target.open(QIODevice::WriteOnly);
        while (copied && !stored.atEnd()) {
            const QByteArray block = stored.read(256 * 1024);
            copied = !block.isEmpty() && target.write(block) == block.size();
        }
        if (!copied)
            *error = tr("Cannot copy %1 for LibreOffice: %2").arg(doc.filename, target.errorString());
    }
    // A file protected by a password: LibreOffice could only fail on it, saying less.
    if (copied && PasswordProtection::isProtected(copy)) {
        copied = false;
        *error = PasswordProtection::reason();
        QFile::remove(copy);
    }
    return copied;
}

// One pass over the queue: what it has done so far, its progress, and the documents it tried.
struct PageBuilder::Run
{
    Run(PageBuilder &owner, const Progress &progress, const std::atomic_bool *cancel)
        : builder(owner)
        , progress(progress)
        , cancel(cancel)
    {
    }

    PageBuilder &builder;
    const Progress &progress;
    const std::atomic_bool *cancel;
    int total = 0;
    int done = 0;
    Report report;
    QSet<qint64> tried; // a document whose outcome could not be recorded is not tried again in this run

    bool cancelled() const { return cancel && cancel->load(); }
    void step()
    {
        if (progress)
            progress(++done, total);
    }
    void fail(const DocumentRecord &doc, const QString &error)
    {
        builder.m_catalog.setPageStatus(doc.id, PageStatus::State::Failed, error);
        report.failures.append(
            PageBuilder::tr("%1 (document %2): %3").arg(doc.filename).arg(doc.id).arg(error));
    }
    void convertChunk(const QList<DocumentRecord> &chunk);
    void finishConversion(const DocumentRecord &doc, const QString &pdf,
                          const OfficeConverter::Outcome &outcome);
};

PageBuilder::Report PageBuilder::run(const Progress &progress, const std::atomic_bool *cancel)
{
    Run run(*this, progress, cancel);
    if (!m_converter.isAvailable()) {
        run.report.unavailable = true;
        return run.report;
    }
    requeueMissing();
    run.total = int(m_catalog.pageCounts().pending);
    if (progress && run.total > 0)
        progress(0, run.total);
    while (!run.cancelled()) {
        QList<DocumentRecord> chunk = m_catalog.pendingPages(m_chunk + int(run.tried.size()));
        chunk.removeIf([&](const DocumentRecord &d) { return run.tried.contains(d.id); });
        if (chunk.isEmpty())
            break;
        run.convertChunk(chunk);
    }
    run.report.cancelled = run.cancelled();
    return run.report;
}

// Copies the documents into a folder of their own and has LibreOffice make their PDFs there.
void PageBuilder::Run::convertChunk(const QList<DocumentRecord> &chunk)
{
    QTemporaryDir work(QDir::tempPath() + QStringLiteral("/srtoolbox-pages-XXXXXX"));
    QDir(work.path()).mkdir(QStringLiteral("in"));
    QDir(work.path()).mkdir(QStringLiteral("pdf"));
    QList<OfficeConverter::Job> jobs;
    QList<DocumentRecord> docs;
    for (const DocumentRecord &doc : chunk) {
        tried.insert(doc.id);
        const QString copy = work.path() + QStringLiteral("/in/") + copyName(doc);
        QString error;
        if (!builder.copyForLibreOffice(doc, copy, &error)) {
            fail(doc, error);
            step();
            continue;
        }
        jobs.append({ copy, work.path() + QStringLiteral("/pdf/%1.pdf").arg(doc.id) });
        docs.append(doc);
    }
    builder.m_converter.convert(
        jobs,
        [&](int index, const OfficeConverter::Outcome &outcome) {
            finishConversion(docs[index], jobs[index].target, outcome);
        },
        cancel);
}

// Stores the PDF LibreOffice made and its text, or records why there is none.
void PageBuilder::Run::finishConversion(const DocumentRecord &doc, const QString &pdf,
                                        const OfficeConverter::Outcome &outcome)
{
    QString error = outcome.error;
    const bool ok = outcome.state == OfficeConverter::Outcome::State::Done
        && builder.finishDocument(doc.id, doc.sha256, pdf, &error);
    QFile::remove(pdf);
    if (ok)
        ++report.converted;
    else
        fail(doc, error);
    step();
}
