#include "core/convert/OcrBacklog.h"

#include "core/extract/DocumentFormat.h"
#include "core/extract/ExtractionClient.h"
#include "core/extract/ExtractorRegistry.h"
#include "core/extract/OcrEngine.h"
#include "core/extract/ScanReader.h"
#include "core/library/Library.h"

#include <QFile>
#include <QSet>
#include <thread>

namespace {
// Documents read at once: one per core, each in its own extraction worker.
constexpr int Parallel = 2;
constexpr int Chunk = 16;

// The warning an import without OCR gave names the Debian package in every language (the OCR
// queue's trigger, schema 10, looks for the same).
bool isOcrMissingWarning(const QString &warning)
{
    return warning.contains(QLatin1String("tesseract-ocr-deu"));
}

QString failureLine(const DocumentRecord &doc, const QString &reason)
{
    return OcrBacklog::tr("%1 (document %2): %3").arg(doc.filename).arg(doc.id).arg(reason);
}
} // namespace

OcrBacklog::OcrBacklog(Library &library, Catalog &catalog, ExtractionClient *client)
    : m_library(library)
    , m_catalog(catalog)
    , m_client(client)
{
    if (!m_client) {
        const QString worker = ExtractionClient::defaultWorkerPath();
        if (!worker.isEmpty()) {
            // The worker's time limit lies above OCR's own limit per document, which keeps the pages
            // read when a long scan runs out of time.
            m_ownClient = std::make_unique<ExtractionClient>(
                worker, Parallel, ExtractionLimits().ocrSecondsPerDocument + 30, 2048);
            m_client = m_ownClient.get();
        }
    }
}

OcrBacklog::~OcrBacklog() = default;

bool OcrBacklog::ocrInstalled()
{
    bool installed = false;
    std::thread([&installed] { installed = OcrEngine::forThisThread().isAvailable(); }).join();
    return installed;
}

bool OcrBacklog::needsReading(const DocumentRecord &document, const QString &text)
{
    if (document.extraction == QLatin1String("failed") || !document.ocrPages.isEmpty())
        return false;
    if (std::any_of(document.warnings.cbegin(), document.warnings.cend(), isOcrMissingWarning))
        return true; // imported without OCR
    // Imported before the Toolbox had OCR: pages without text.
    if (document.format == QLatin1String("image"))
        return text.trimmed().isEmpty();
    if (document.format != QLatin1String("pdf"))
        return false;
    const QStringList pages = Catalog::splitPages(text);
    if (pages.size() < document.pages)
        return true;
    return std::any_of(pages.cbegin(), pages.cend(),
                       [](const QString &page) { return !ScanReader::isUsableText(page); });
}

Extraction OcrBacklog::extract(const DocumentRecord &document, QString *failure)
{
    // The stored file is only read: opened once here to refuse a link in its place, as every reader
    // of the store does, then read by the extractor.
    QFile stored;
    QString error;
    if (!m_library.store().openStored(document.sha256, &stored, &error)) {
        *failure = error;
        return {};
    }
    stored.close();
    const QString path = m_library.store().pathFor(document.sha256);
    const DocumentFormat format = DocumentFormats::fromId(document.format);
    Extraction x;
    ExtractionClient::Failure why = ExtractionClient::Failure::NoWorker;
    if (m_client)
        x = m_client->extract(path, format, {}, &why);
    if (!m_client || why == ExtractionClient::Failure::NoWorker)
        x = ExtractorRegistry::extractFile(path, format);
    if (!x.ok())
        *failure = x.error;
    return x;
}

bool OcrBacklog::finishDocument(const DocumentRecord &document, const Extraction &text, QString *error)
{
    QMap<int, QByteArray> boxes;
    for (const OcrPage &page : text.ocrPages)
        boxes.insert(page.page, page.boxes);
    // The import's warnings stay but for the one that OCR was missing; the new reading's join them.
    QStringList warnings;
    for (const QString &warning : document.warnings) {
        if (!isOcrMissingWarning(warning))
            warnings.append(warning);
    }
    for (const QString &warning : text.warnings) {
        if (!warnings.contains(warning))
            warnings.append(warning);
    }
    SqliteTransaction transaction(m_catalog.database());
    if (!m_catalog.setOcrPages(document.id, boxes)
        || !m_catalog.replaceDocumentText(document.id, Catalog::joinPages(text.pages),
                                          qMax(text.pageCount, int(text.pages.size())))
        || !m_catalog.setDocumentWarnings(document.id, warnings)
        || !m_catalog.setOcrQueueState(document.id, PageStatus::State::Done) || !transaction.commit(error)) {
        if (error->isEmpty())
            *error = m_catalog.lastError();
        return false;
    }
    return true;
}

// One pass over the queue: what it has done so far, its progress, and the documents it tried.
struct OcrBacklog::Run
{
    Run(OcrBacklog &owner, const Progress &progress, const std::atomic_bool *cancel)
        : backlog(owner)
        , progress(progress)
        , cancel(cancel)
    {
    }

    OcrBacklog &backlog;
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
    void record(qint64 id, PageStatus::State state, const QString &reason = {});
    std::optional<QList<DocumentRecord>> nextChunk();
    void readDocuments(const QList<DocumentRecord> &documents);
    void finishReading(const DocumentRecord &doc, const Extraction &x, QString error);
};

OcrBacklog::Report OcrBacklog::run(const Progress &progress, const std::atomic_bool *cancel)
{
    Run run(*this, progress, cancel);
    run.total = int(m_catalog.ocrQueueCounts().pending);
    if (progress && run.total > 0)
        progress(0, run.total);
    std::optional<bool> installed; // looked at once, when the first document needs reading
    while (!run.cancelled()) {
        const std::optional<QList<DocumentRecord>> toRead = run.nextChunk();
        if (!toRead)
            break;
        if (toRead->isEmpty())
            continue;
        if (!installed)
            installed = ocrInstalled();
        if (!*installed) {
            run.report.unavailable = true; // what needs reading stays queued until OCR is installed
            break;
        }
        run.readDocuments(*toRead);
        if (run.report.unavailable)
            break;
    }
    run.report.cancelled = run.cancelled();
    return run.report;
}

// The first failure to record a document's state is the run's error.
void OcrBacklog::Run::record(qint64 id, PageStatus::State state, const QString &reason)
{
    if (!backlog.m_catalog.setOcrQueueState(id, state, reason) && report.error.isEmpty())
        report.error = backlog.m_catalog.lastError();
}

// The next queued documents not tried in this run that need reading; the others are done at once.
// Nothing when no untried document is queued.
std::optional<QList<DocumentRecord>> OcrBacklog::Run::nextChunk()
{
    Catalog &catalog = backlog.m_catalog;
    QList<qint64> ids = catalog.pendingOcr(Chunk + int(tried.size()));
    ids.removeIf([&](qint64 id) { return tried.contains(id); });
    if (ids.isEmpty())
        return std::nullopt;
    QList<DocumentRecord> toRead;
    for (const qint64 id : std::as_const(ids)) {
        tried.insert(id);
        const std::optional<DocumentRecord> doc = catalog.document(id);
        if (!doc)
            continue; // removed meanwhile; its queue entry went with it
        if (needsReading(*doc, catalog.documentText(id))) {
            toRead.append(*doc);
            continue;
        }
        record(id, PageStatus::State::Done);
        ++report.checked;
        step();
    }
    return toRead;
}

// Reads the documents, Parallel at a time, each in a thread of its own.
void OcrBacklog::Run::readDocuments(const QList<DocumentRecord> &toRead)
{
    for (qsizetype first = 0; first < toRead.size() && !cancelled(); first += Parallel) {
        const qsizetype count = qMin<qsizetype>(Parallel, toRead.size() - first);
        QList<Extraction> results(count);
        QStringList failures(count);
        std::vector<std::thread> threads;
        for (qsizetype i = 1; i < count; ++i)
            threads.emplace_back([&, i] { results[i] = backlog.extract(toRead[first + i], &failures[i]); });
        results[0] = backlog.extract(toRead[first], &failures[0]);
        for (std::thread &thread : threads)
            thread.join();
        for (qsizetype i = 0; i < count; ++i)
            finishReading(toRead[first + i], results[i], failures[i]);
    }
}

// Stores what a document's reading gave, or why it failed (error: the extraction's failure).
void OcrBacklog::Run::finishReading(const DocumentRecord &doc, const Extraction &x, QString error)
{
    if (error.isEmpty() && x.ocrPages.isEmpty()
        && std::any_of(x.warnings.cbegin(), x.warnings.cend(), isOcrMissingWarning)) {
        report.unavailable = true; // the worker has no OCR: leave it queued
        return;
    }
    if (error.isEmpty() && x.ocrPages.isEmpty()) {
        record(doc.id, PageStatus::State::Done); // no words on its pages: nothing to add
        ++report.checked;
    } else if (error.isEmpty() && backlog.finishDocument(doc, x, &error)) {
        ++report.read;
    } else {
        record(doc.id, PageStatus::State::Failed, error);
        report.failures.append(failureLine(doc, error));
    }
    step();
}
