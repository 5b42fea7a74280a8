#include "core/import/Importer.h"

#include "core/extract/DocumentFormat.h"
#include "core/extract/ExtractionClient.h"
#include "core/extract/ExtractorRegistry.h"
#include "core/import/EntryGuard.h"
#include "core/import/ExtractionQueue.h"
#include "core/import/PackSource.h"
#include "core/import/UndecodableNames.h"
#include "core/library/ContentStore.h"
#include "core/library/ImportJournal.h"
#include "core/library/Library.h"
#include "core/library/TagNames.h"
#include "core/pack/Manifest.h"
#include "core/pack/MetadataSanitizer.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryFile>
#include <QThreadPool>

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <optional>
#include <vector>

namespace {
constexpr qint64 ReadChunk = 256 * 1024;
constexpr qint64 MaxManifestBytes = 4 * 1024 * 1024;
constexpr qint64 FormatHeadBytes = 4096;
// New documents indexed together (see PackRun::m_unindexed): at most so many wait (FTS5 writes
// out what it holds by itself past 1 MB, so the memory stays bounded; 1024 rather than 128 halved
// the segment writing and merging of 10,000 small files); at least so many are indexed while the
// importer waits for the workers.
constexpr int IndexBatch = 1024;
constexpr int IndexBatchWhileWaiting = 16;

// Lets a cancel request interrupt a long SQLite statement (indexing, tagging) within milliseconds:
// SQLite asks every few thousand steps of its virtual machine; a non-zero answer interrupts.
class StatementInterrupter
{
public:
    StatementInterrupter(sqlite3 *db, const std::atomic_bool *cancel)
        : m_db(db)
    {
        if (cancel)
            sqlite3_progress_handler(m_db, 4096, &StatementInterrupter::ask,
                                     const_cast<std::atomic_bool *>(cancel));
    }
    ~StatementInterrupter() { stop(); }
    Q_DISABLE_COPY_MOVE(StatementInterrupter)
    void stop() { sqlite3_progress_handler(m_db, 0, nullptr, nullptr); }

private:
    static int ask(void *cancel) { return static_cast<const std::atomic_bool *>(cancel)->load() ? 1 : 0; }
    sqlite3 *m_db;
};

// Metadata titles that say nothing: better take the file name.
bool isUsefulTitle(const QString &title)
{
    const QString t = title.trimmed();
    if (t.size() < 3)
        return false;
    static const QRegularExpression useless(
        QStringLiteral("^(untitled|unbenannt|ohne titel|dokument\\d*|document\\d*|microsoft (word|powerpoint|excel) - .*|"
                       ".*\\.(docx?|pdf|odt|xlsx?|pptx?|rtf))$"),
        QRegularExpression::CaseInsensitiveOption);
    return !useless.match(t).hasMatch();
}

QString commonRoot(const QStringList &paths);
void applyFolders(DocumentRecord &doc, const QString &path);
void applyManifest(DocumentRecord &doc, const Manifest::Entry &m);
bool sameMetadata(const DocumentRecord &a, const DocumentRecord &b);
} // namespace

// An archive found inside a pack, spooled to a temporary file and imported after it.
struct Importer::NestedArchive
{
    std::unique_ptr<QTemporaryFile> file;
    QString originalPath; // inside the outer pack
};

QString Importer::titleFromFileName(const QString &fileName)
{
    QString base = QFileInfo(fileName).completeBaseName();
    if (base.isEmpty())
        base = fileName;
    // Underscores stand for spaces; hyphens are German spelling ("LoRaWAN-Netz") and stay.
    base.replace(QLatin1Char('_'), QLatin1Char(' '));
    return base.simplified();
}

Importer::Importer(const Library &library, ImportOptions options)
    : m_library(library)
    , m_options(std::move(options))
{
}

// One pack: streams the entries into the store, extracts their text in parallel and catalogs each
// file as its extraction finishes, then writes the pack, applies the manifest and commits.
class Importer::PackRun
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    PackRun(const Library &library, const ImportOptions &options, Catalog &catalog, QThreadPool &pool, ExtractionClient *client,
            ImportReport &report, const ProgressCallback &progress, const std::atomic_bool *cancel)
        : m_library(library)
        , m_options(options)
        , m_catalog(catalog)
        , m_pool(pool)
        , m_client(client)
        , m_report(report)
        , m_progress(progress)
        , m_cancel(cancel)
        , m_guard(options.limits)
    {
    }

    // Returns false when the whole import must stop (cancelled).
    bool run(PackSource &source, const QString &sourceName, const QString &nameOverride, bool nested,
             std::vector<NestedArchive> *nestedArchives);

private:
    struct Document
    {
        QString path; // inside the pack
        qint64 id = 0; // -1: a copy of a file of this pack whose row is not written yet (see sha256)
        bool isNew = false;
        bool hadWarnings = false;
        QString sha256;
        int ordinal = 0; // position in the pack: the first copy of a file gives its metadata
        DocumentRecord base; // a new document as its file describes it, before the pack's metadata
        QStringList guessedTags; // what it was indexed with (see m_provisionalTags)
    };
    // Where the bytes of an entry go while it is read.
    struct EntrySink
    {
        bool isManifest = false;
        bool isFolderManifest = false;
        std::unique_ptr<ContentStore::Writer> writer; // a file for the store
        std::unique_ptr<QTemporaryFile> spool; // a nested archive, read after this pack
    };

    bool cancelled() const { return m_cancel && m_cancel->load(); }
    void entry(ImportReport::Status status, const QString &path, const QString &message = {});
    void reject(const QString &path, const QString &reason)
    {
        entry(ImportReport::Status::Rejected, path, reason);
        ++m_pack.rejected;
    }
    void abortPack(const QString &message);
    void nameSource(const PackSource &source, const QString &sourceName, const QString &nameOverride);
    void commitPack(SqliteTransaction &transaction, ImportJournal &journal, qsizetype firstEntry);
    void streamEntries(PackSource &source, bool nested, ImportJournal &journal, ExtractionQueue &queue,
                       std::vector<NestedArchive> *nestedArchives);
    void takeEntry(PackSource &source, const PackSource::Entry &e, bool nested, ImportJournal &journal,
                   ExtractionQueue &queue, std::vector<NestedArchive> *nestedArchives);
    QString admitPath(const PackSource &source, const PackSource::Entry &e);
    static DocumentRecord recordOf(const ExtractionQueue::Item &item, const Extraction &x);
    bool openSink(const PackSource &source, const QString &path, bool nested, EntrySink &sink);
    void handOn(EntrySink sink, const QString &path, qint64 bytes, const QByteArray &head, ImportJournal &journal,
                ExtractionQueue &queue, std::vector<NestedArchive> *nestedArchives);
    bool copyEntry(PackSource &source, EntrySink &sink, QByteArray *head, qint64 *bytes, QString *reason);
    void dispatch(std::unique_ptr<ContentStore::Writer> writer, const QString &path, qint64 bytes,
                  const QByteArray &head, ImportJournal &journal, ExtractionQueue &queue);
    void catalogFinished(ExtractionQueue &queue, bool wait);
    bool finalize(const ExtractionQueue::Result &result);
    bool indexCataloged();
    void note(int ordinal, ImportReport::Status status, const QString &path, const QString &message);
    void flushNotes();
    void adoptFolderManifest();
    void noteRoot(const QString &path);
    DocumentRecord withPackMetadata(DocumentRecord doc, const Manifest &manifest,
                                    const QString &relative) const;
    DocumentRecord guessMetadata(const DocumentRecord &record, const QString &path);
    bool dropProvisionalTags(const Manifest &manifest, const QString &root, QSet<qint64> &unindexed);
    void discardOutcome(qsizetype firstEntry);
    // What finishPack() works with: the pack's final metadata and what its parts found so far.
    struct Finish
    {
        Manifest manifest;
        QString manifestPath;
        QString root; // the pack's top folder ("Paket/") the paths are relative to; may be empty
        qint64 packId = 0;
        QSet<QString> seen; // the documents' paths relative to root
        // Documents taken out of the index (new ones whose guessed metadata was wrong, duplicates
        // whose metadata changes), indexed again at the end.
        QSet<qint64> toIndex;
    };
    bool finishPack(const QString &nameOverride, const QByteArray &manifestJson, const QString &manifestPath,
                    const QString &sourceName, bool singleFile, bool archive);
    Manifest readManifest(const QByteArray &manifestJson, const QString &manifestPath);
    QString packRoot(const QString &manifestPath, bool archive) const;
    bool applyPackMetadata(const Document &d, Finish &f);
    bool dropPackDescription(const Document &d, Finish &f);
    void reportMissingFiles(const Finish &f);
    bool writePackRecord(PackRecord &pack, const Manifest &manifest, const QByteArray &manifestJson,
                         const QString &sourceName, bool singleFile);
    bool dropVanishedEntries(qint64 packId, const QHash<QString, qint64> &oldEntries,
                             const QSet<QString> &seen, const QString &root);
    void reportProgress(const QString &current)
    {
        if (m_progress)
            m_progress(ImportProgress{m_pack.name, current, m_filesDone, 0, 0});
    }

    const Library &m_library;
    const ImportOptions &m_options;
    Catalog &m_catalog;
    QThreadPool &m_pool;
    ExtractionClient *m_client; // null: extract in this process
    std::shared_ptr<const ContentStore::Folders> m_storeFolders; // where new files are written
    QSet<QString> m_storedHere;  // files this pack put into the store
    QHash<QString, QString> m_rejectedHashes; // sha256 → why its extraction failed
    ImportReport &m_report;
    const ProgressCallback &m_progress;
    const std::atomic_bool *m_cancel;
    EntryGuard m_guard;
    ImportReport::Pack m_pack;
    QList<Document> m_documents;
    QHash<QString, qint64> m_seenHashes; // sha256 → document id, within this pack
    // What extractions said, by position in the pack: they finish in any order, the report does not.
    std::map<int, QList<ImportReport::Entry>> m_notes;
    QString m_displayPrefix;
    QString m_error;
    int m_filesDone = 0;
    int m_ordinal = 0;
    bool m_failed = false;
    QByteArray m_buffer;
    QByteArray m_manifestJson;
    QString m_manifestPath;
    // A toolbox.json one folder down is the manifest only if the whole pack lies in that folder,
    // which is known at the end: till then it is an ordinary file whose bytes are kept aside too.
    QByteArray m_folderManifestJson;
    QString m_folderManifestPath;
    // New documents are indexed as they are cataloged, with the metadata known by then (the top
    // manifest if read already, the folders below the pack's root as it looks so far), so that
    // indexing runs while the workers extract. finishPack() re-indexes those whose guess was wrong.
    bool m_singleFile = false;
    bool m_archive = false;
    Manifest m_earlyManifest;
    QString m_rootGuess; // the common top folder of the files so far ("Paket/"), in an archive
    bool m_rootSettled = false; // a file outside m_rootGuess was seen: no common root
    int m_rootFiles = 0;
    QSet<QString> m_provisionalTags; // tags the guesses created (they did not exist before)
    // New documents cataloged and not yet indexed. They are indexed in batches, when the workers
    // keep the importer waiting and at the end: FTS5 writes the terms it holds as a segment of the
    // index at every statement that may change several rows (an INSERT into documents is one: its
    // triggers queue pages and OCR), so indexing each document as it came made a segment of each,
    // merged again and again.
    QList<qint64> m_unindexed;
};

void Importer::PackRun::entry(ImportReport::Status status, const QString &path, const QString &message)
{
    m_report.entries.append({m_pack.name, m_displayPrefix + path, status, message});
}

void Importer::PackRun::abortPack(const QString &message)
{
    m_failed = true;
    if (cancelled())
        return; // the statement was interrupted by the cancel request: no failure of the pack
    m_pack.error = message.isEmpty() ? tr("The catalog could not be updated.") : message;
}

void Importer::PackRun::nameSource(const PackSource &source, const QString &sourceName,
                                   const QString &nameOverride)
{
    m_pack.source = sourceName;
    m_pack.name = nameOverride.isEmpty() ? source.defaultPackName() : nameOverride;
    m_singleFile = source.isSingleFile();
    m_archive = source.isArchive();
    m_displayPrefix = source.isSingleFile() ? QString() : sourceName + QLatin1Char('/');
    if (source.isSingleFile())
        m_displayPrefix = QFileInfo(sourceName).path() == QLatin1String(".") ? QString() : QFileInfo(sourceName).path() + QLatin1Char('/');
}

bool Importer::PackRun::run(PackSource &source, const QString &sourceName, const QString &nameOverride,
                            bool nested, std::vector<NestedArchive> *nestedArchives)
{
    nameSource(source, sourceName, nameOverride);
    SqliteDatabase &db = m_catalog.database();
    SqliteTransaction transaction(db);
    if (!transaction.isActive()) {
        m_pack.error = tr("The catalog is busy or cannot be written: %1").arg(db.lastError());
        m_report.packs.append(m_pack);
        return true;
    }
    const qsizetype firstEntry = m_report.entries.size();
    StatementInterrupter interrupter(db.handle(), m_cancel);
    // Each new document is indexed once, in finishPack(), when its metadata is final.
    m_catalog.setDeferIndexing(true);
    const auto undefer = qScopeGuard([this] { m_catalog.setDeferIndexing(false); });
    ImportJournal journal(m_library.store());
    QString error;
    m_storeFolders = m_library.store().openFolders(&error);
    if (!m_storeFolders->isValid() || !journal.begin(&error)) {
        m_pack.error = tr("Cannot write to the library's file store: %1").arg(error);
        m_report.packs.append(m_pack);
        return true;
    }

    ExtractionLimits limits = m_options.extraction;
    // OCR stops in time to hand over what it read before the worker's limit rejects the file.
    if (m_options.extractionTimeoutSeconds > 0)
        limits.ocrSecondsPerDocument
            = qMin(limits.ocrSecondsPerDocument, m_options.extractionTimeoutSeconds * 3 / 4);
    // A few files per thread in flight keep every worker busy; the bound keeps memory small.
    ExtractionQueue queue(m_pool, m_client, limits, 2 * m_pool.maxThreadCount() + 2);
    streamEntries(source, nested, journal, queue, nestedArchives);
    while (!queue.isEmpty() && !cancelled())
        catalogFinished(queue, true);
    if (!m_failed && !cancelled() && !indexCataloged())
        abortPack(m_catalog.lastError());
    flushNotes();
    adoptFolderManifest();
    if (!m_failed && !cancelled()
        && !finishPack(nameOverride, m_manifestJson, m_manifestPath, sourceName, source.isSingleFile(),
                       source.isArchive()))
        abortPack(m_catalog.lastError());
    interrupter.stop(); // from here on nothing may interrupt the rollback or the commit

    if (cancelled()) {
        m_report.cancelled = true;
        transaction.rollback();
        journal.rollback(&m_catalog);
        // Extractions still running read files that are gone now; their results are not needed.
        queue.discardAll();
        discardOutcome(firstEntry);
        m_report.packs.append(m_pack);
        return false;
    }
    commitPack(transaction, journal, firstEntry);
    m_report.packs.append(m_pack);
    return true;
}

// The pack's end when it was not cancelled: committed, or rolled back with its files.
void Importer::PackRun::commitPack(SqliteTransaction &transaction, ImportJournal &journal,
                                   qsizetype firstEntry)
{
    QString error;
    // The new files' bytes reach the disk before the catalog names them.
    if (!m_failed && !m_options.dryRun && m_pack.added + m_pack.updated > 0
        && !m_storeFolders->syncToDisk(&error))
        abortPack(error);
    if (m_failed || m_options.dryRun) {
        transaction.rollback();
        journal.rollback(&m_catalog);
    } else if (!transaction.commit(&error)) {
        m_pack.error
            = tr("Writing the catalog failed: %1")
                  .arg(error.isEmpty() ? tr("the database gave no reason (%1)").arg(m_library.catalogPath())
                                       : error);
        journal.rollback(&m_catalog);
    } else {
        journal.commit();
        m_pack.committed = true;
    }
    if (!m_pack.committed && !m_options.dryRun)
        discardOutcome(firstEntry);
}

// Reads the pack entry by entry; each file goes into the store and to the extraction queue, and
// what the queue has finished is cataloged meanwhile.
void Importer::PackRun::streamEntries(PackSource &source, bool nested, ImportJournal &journal,
                                      ExtractionQueue &queue, std::vector<NestedArchive> *nestedArchives)
{
    m_buffer.resize(ReadChunk);
    PackSource::Entry e;
    QString lastPath;
    while (!m_failed && source.next(&e)) {
        if (cancelled())
            break;
        QString reason;
        const QString displayPath = e.path.isEmpty() ? QString::fromLatin1(e.rawPath) : e.path;
        lastPath = displayPath;
        if (!m_guard.admit(e, &reason)) {
            reject(displayPath, reason);
            if (m_guard.entryLimitReached())
                break; // stop reading this archive
            continue;
        }
        takeEntry(source, e, nested, journal, queue, nestedArchives);
        if (m_failed || cancelled())
            break;
    }
    if (!m_failed && !cancelled() && !source.error().isEmpty() && source.isArchive())
        reject(lastPath, tr("the archive is damaged after this entry; the rest could not be read: %1").arg(source.error()));
    if (!m_failed && !cancelled() && !source.isArchive() && !source.isSingleFile()) {
        // Files whose names are not UTF-8 never reach us through the folder listing: each is named
        // here (the undecodable bytes escaped), so that nothing the folder holds is left out unsaid.
        for (const QByteArray &raw : UndecodableNames::find(source.path(), m_options.limits.maxPathDepth))
            reject(
                UndecodableNames::display(raw),
                tr("the name contains characters that cannot be read (it is not UTF-8); rename the file and "
                   "import it again"));
    }
}

// One admitted entry: its path checked, its bytes copied to where they belong (the store, the
// manifest, a nested archive's spool file) and, for a file, handed on to dispatch().
void Importer::PackRun::takeEntry(PackSource &source, const PackSource::Entry &e, bool nested,
                                  ImportJournal &journal, ExtractionQueue &queue,
                                  std::vector<NestedArchive> *nestedArchives)
{
    const QString path = admitPath(source, e);
    if (path.isEmpty())
        return;
    reportProgress(path);
    EntrySink sink;
    if (!openSink(source, path, nested, sink))
        return;
    QString reason;
    QByteArray head;
    qint64 bytes = 0;
    const bool entryOk = copyEntry(source, sink, &head, &bytes, &reason);
    if (m_failed || cancelled())
        return;
    if (!entryOk) {
        if (sink.writer)
            sink.writer->abort();
        if (sink.isManifest) // (not the one read before: a later entry failing must not take it away)
            m_manifestJson.clear();
        if (sink.isFolderManifest)
            m_folderManifestJson.clear();
        return reject(path, reason);
    }
    m_guard.finishEntry(bytes);
    handOn(std::move(sink), path, bytes, head, journal, queue, nestedArchives);
}

// The entry's clean path; empty when it is a folder, junk, or rejected (then reported).
QString Importer::PackRun::admitPath(const PackSource &source, const PackSource::Entry &e)
{
    if (e.type == PackSource::Entry::Type::Directory)
        return {};
    QString reason;
    const QString path = m_guard.cleanPath(e.path, &reason);
    if (path.isEmpty()) {
        reject(e.path.isEmpty() ? QString::fromLatin1(e.rawPath) : e.path, reason);
        return {};
    }
    if (EntryGuard::isJunk(path))
        return {};
    if (!source.error().isEmpty()) { // a file of a folder that cannot be opened
        reject(path, source.error());
        return {};
    }
    return path;
}

// Where the entry's bytes go: the manifest (kept in memory), a spool file for a nested archive, or
// the store. False when that cannot be opened (the pack is aborted then).
bool Importer::PackRun::openSink(const PackSource &source, const QString &path, bool nested, EntrySink &sink)
{
    const QString fileName = path.section(QLatin1Char('/'), -1);
    const bool isManifestName = fileName == QLatin1String(Manifest::FileName) && !source.isSingleFile();
    sink.isManifest = isManifestName && !path.contains(QLatin1Char('/')) && m_manifestPath.isEmpty();
    sink.isFolderManifest
        = isManifestName && path.count(QLatin1Char('/')) == 1 && m_folderManifestPath.isEmpty();
    const bool isNestedArchive
        = !nested && !source.isSingleFile() && ArchiveReader::looksLikeArchive(fileName);
    QString error;
    if (isNestedArchive) {
        sink.spool = std::make_unique<QTemporaryFile>(QDir::tempPath() + QStringLiteral("/srtoolbox-XXXXXX-")
                                                      + fileName);
        if (!sink.spool->open()) {
            abortPack(tr("Cannot create a temporary file: %1").arg(sink.spool->errorString()));
            return false;
        }
    } else if (!sink.isManifest) {
        sink.writer = m_library.store().begin(m_storeFolders, &error);
        if (!sink.writer) {
            abortPack(error);
            return false;
        }
    }
    return true;
}

// A copied entry to what takes it on: the manifest parsed, a nested archive kept for later, a file
// dispatched to the store and the extraction queue.
void Importer::PackRun::handOn(EntrySink sink, const QString &path, qint64 bytes, const QByteArray &head,
                               ImportJournal &journal, ExtractionQueue &queue,
                               std::vector<NestedArchive> *nestedArchives)
{
    if (sink.isManifest) {
        m_manifestPath = path;
        m_earlyManifest
            = Manifest::parse(m_manifestJson, m_manifestPath); // its problems are reported at the end
        return;
    }
    if (sink.isFolderManifest)
        m_folderManifestPath = path;
    if (sink.spool) {
        sink.spool->close();
        nestedArchives->push_back({ std::move(sink.spool), path });
        return;
    }
    if (bytes == 0) {
        sink.writer->abort();
        return reject(path, tr("the file is empty"));
    }
    dispatch(std::move(sink.writer), path, bytes, head, journal, queue);
}

// Copies the entry's bytes into its sink within the guard's limits. False with a reason when the
// entry is rejected; m_failed is set when the pack cannot go on (the store cannot be written).
bool Importer::PackRun::copyEntry(PackSource &source, EntrySink &sink, QByteArray *head, qint64 *bytes,
                                  QString *reason)
{
    const qint64 compressedStart = source.compressedBytesRead();
    for (;;) {
        const qint64 n = source.read(m_buffer.data(), m_buffer.size());
        if (n < 0) {
            *reason = tr("cannot be read: %1").arg(source.error());
            return false;
        }
        if (n == 0)
            return true;
        *bytes += n;
        if (head->size() < FormatHeadBytes)
            head->append(m_buffer.constData(), qMin(n, FormatHeadBytes - head->size()));
        if (!m_guard.withinLimits(*bytes, source.compressedBytesRead() - compressedStart, reason))
            return false;
        if (sink.isFolderManifest && m_folderManifestJson.size() <= MaxManifestBytes)
            m_folderManifestJson.append(m_buffer.constData(), n);
        if (sink.isManifest) {
            if (*bytes > MaxManifestBytes) {
                *reason = tr("the manifest is larger than %1 bytes").arg(MaxManifestBytes);
                return false;
            }
            m_manifestJson.append(m_buffer.constData(), n);
        } else if (sink.spool) {
            if (sink.spool->write(m_buffer.constData(), n) != n) {
                *reason = sink.spool->errorString();
                return false;
            }
        } else if (!sink.writer->write(m_buffer.constData(), n)) {
            abortPack(tr("Cannot write to the library's file store (%1); is the disk full?")
                          .arg(m_library.store().root()));
            return true;
        }
        if (cancelled())
            return true;
    }
}

// A file read whole: a copy of one already in the library or this pack is only noted; a new one is
// committed to the store (journaled first) and queued for extraction.
void Importer::PackRun::dispatch(std::unique_ptr<ContentStore::Writer> writer, const QString &path,
                                 qint64 bytes, const QByteArray &head, ImportJournal &journal,
                                 ExtractionQueue &queue)
{
    QString error;
    if (!writer->finish(&error))
        return abortPack(error);
    const QString sha = writer->sha256();
    noteRoot(path);
    qint64 existingId = m_seenHashes.value(sha);
    if (existingId == 0) {
        if (auto existing = m_catalog.documentBySha256(sha))
            existingId = existing->id;
    }
    if (existingId != 0) {
        writer->abort();
        m_documents.append({ path, existingId, false, false, sha, m_ordinal++, {}, {} });
        ++m_filesDone;
        return;
    }
    const ContentStore &store = m_library.store();
    if (!writer->alreadyStored()) {
        if (!journal.record(sha))
            return abortPack(tr("Cannot write the import journal in %1.").arg(store.root()));
        m_storedHere.insert(sha);
    }
    bool existed = false;
    if (!writer->commit(&existed, &error))
        return abortPack(error);
    m_seenHashes.insert(sha, -1); // placeholder until the row exists; a later copy is a duplicate
    ExtractionQueue::Item item;
    item.ordinal = m_ordinal++;
    item.path = path;
    item.sha256 = sha;
    item.size = bytes;
    item.format = DocumentFormats::detect(path.section(QLatin1Char('/'), -1), head);
    queue.submit(std::move(item), store.pathFor(sha));
    // Catalog what is done; wait only while the queue is full (back-pressure). Any finished file
    // will do: a long one does not keep the others from being cataloged and the workers fed.
    catalogFinished(queue, queue.full());
}

void Importer::PackRun::catalogFinished(ExtractionQueue &queue, bool wait)
{
    while (!m_failed && !queue.isEmpty()) {
        std::optional<ExtractionQueue::Result> done = queue.takeFinished();
        if (!done && wait) {
            // Nothing finished yet: index what was cataloged while the workers extract.
            if (m_unindexed.size() >= IndexBatchWhileWaiting && !indexCataloged()) {
                abortPack(m_catalog.lastError());
                break;
            }
            done = queue.take(m_cancel);
        }
        if (!done)
            return; // nothing finished, or cancelled while waiting
        if (!finalize(*done))
            abortPack(m_catalog.lastError());
        wait = wait && queue.full();
    }
    if (m_failed && wait) // the pack is lost: the results are not needed
        queue.discardAll();
}

void Importer::PackRun::note(int ordinal, ImportReport::Status status, const QString &path,
                             const QString &message)
{
    m_notes[ordinal].append({ m_pack.name, m_displayPrefix + path, status, message });
}

void Importer::PackRun::flushNotes()
{
    for (const auto &[ordinal, entries] : m_notes)
        m_report.entries.append(entries);
    m_notes.clear();
}

// A toolbox.json one folder down becomes the manifest when every file lies in its folder.
void Importer::PackRun::adoptFolderManifest()
{
    if (!m_manifestPath.isEmpty() || m_folderManifestPath.isEmpty()
        || m_folderManifestJson.size() > MaxManifestBytes)
        return;
    QStringList paths;
    for (const Document &d : std::as_const(m_documents))
        paths.append(d.path);
    if (commonRoot(paths) == m_folderManifestPath.section(QLatin1Char('/'), 0, 0) + QLatin1Char('/')) {
        m_manifestPath = m_folderManifestPath;
        m_manifestJson = m_folderManifestJson;
    }
}

// What commonRoot() will say of the files' paths at the end, as far as the files so far tell.
void Importer::PackRun::noteRoot(const QString &path)
{
    if (m_rootSettled)
        return;
    const int slash = int(path.indexOf(QLatin1Char('/')));
    if (m_rootFiles++ == 0 && slash >= 0)
        m_rootGuess = path.left(slash + 1);
    if (slash < 0 || !path.startsWith(m_rootGuess)) {
        m_rootGuess.clear();
        m_rootSettled = true;
    }
}

// The metadata a file of this pack gets: its manifest entry, else its folders (see finishPack()).
DocumentRecord Importer::PackRun::withPackMetadata(DocumentRecord doc, const Manifest &manifest,
                                                   const QString &relative) const
{
    if (const Manifest::Entry *m = manifest.entryFor(relative))
        applyManifest(doc, *m);
    else if (!m_singleFile)
        applyFolders(doc, relative);
    return doc;
}

// A new document with the pack's metadata as far as it is known now, to be indexed at once.
DocumentRecord Importer::PackRun::guessMetadata(const DocumentRecord &record, const QString &path)
{
    // A manifest read already lies in the top folder; a folder manifest is adopted only at the end.
    const QString root = m_manifestPath.isEmpty() && m_archive ? m_rootGuess : QString();
    DocumentRecord guess
        = withPackMetadata(record, m_earlyManifest, path.startsWith(root) ? path.mid(root.size()) : path);
    for (const QString &tag : std::as_const(guess.tags)) {
        if (!m_provisionalTags.contains(tag) && !m_catalog.tag(tag))
            m_provisionalTags.insert(tag);
    }
    return guess;
}

// Before the final metadata is applied: the new documents whose guessed tags were wrong leave the
// index and lose those tags, and tags only the guesses used are deleted again, so that the pack
// leaves the tags exactly as if every document had been tagged once, at the end.
bool Importer::PackRun::dropProvisionalTags(const Manifest &manifest, const QString &root,
                                            QSet<qint64> &unindexed)
{
    if (m_provisionalTags.isEmpty())
        return true;
    for (const Document &d : std::as_const(m_documents)) {
        if (!d.isNew)
            continue;
        const QString relative = d.path.startsWith(root) ? d.path.mid(root.size()) : d.path;
        DocumentRecord guessed = d.base;
        guessed.tags = d.guessedTags;
        DocumentRecord final = guessed;
        final.tags = withPackMetadata(d.base, manifest, relative).tags;
        if (sameMetadata(final, guessed))
            continue;
        if (!unindexed.contains(d.id) && !m_catalog.unindexDocuments({ d.id }))
            return false;
        unindexed.insert(d.id);
        if (!m_catalog.setDocumentTags(d.id, {}))
            return false;
    }
    for (const QString &tag : std::as_const(m_provisionalTags))
        m_catalog.deleteTagIfUnused(tag);
    return true;
}

void Importer::PackRun::discardOutcome(qsizetype firstEntry)
{
    // Rolled back: none of the pack's documents is in the library. Rejections and warnings about
    // its files stay true and stay in the report.
    m_pack.added = m_pack.duplicates = m_pack.updated = m_pack.noLongerInPack = 0;
    const auto undone = [](const ImportReport::Entry &e) {
        return e.status == ImportReport::Status::Added || e.status == ImportReport::Status::Duplicate
            || e.status == ImportReport::Status::Updated || e.status == ImportReport::Status::NoLongerInPack;
    };
    m_report.entries.erase(
        std::remove_if(m_report.entries.begin() + firstEntry, m_report.entries.end(), undone),
        m_report.entries.end());
}

bool Importer::PackRun::finalize(const ExtractionQueue::Result &result)
{
    const ExtractionQueue::Item &item = result.item;
    const Extraction &x = result.extraction;
    if (result.failure != ExtractionClient::Failure::None) {
        // The extractor crashed, hung or ran out of memory on this file: it costs only this file.
        note(item.ordinal, ImportReport::Status::Rejected, item.path, x.error);
        ++m_pack.rejected;
        m_rejectedHashes.insert(item.sha256, x.error);
        if (m_storedHere.contains(item.sha256))
            m_library.store().remove(item.sha256);
        ++m_filesDone;
        reportProgress(item.path);
        return true;
    }
    DocumentRecord r = recordOf(item, x);
    const QString text = x.ok() ? Catalog::joinPages(x.pages) : QString();
    DocumentRecord guess = guessMetadata(r, item.path);
    if (!m_catalog.insertDocument(guess, text))
        return false;
    m_unindexed.append(guess.id);
    if (m_unindexed.size() >= IndexBatch && !indexCataloged())
        return false;
    r.id = guess.id;
    r.importedAt = guess.importedAt;
    if (x.ok() && !x.ocrPages.isEmpty()) {
        QMap<int, QByteArray> boxes;
        for (const OcrPage &page : x.ocrPages)
            boxes.insert(page.page, page.boxes);
        if (!m_catalog.setOcrPages(r.id, boxes))
            return false;
    }
    m_seenHashes.insert(r.sha256, r.id);
    m_documents.append(
        { item.path, r.id, true, !r.warnings.isEmpty(), r.sha256, item.ordinal, r, guess.tags });
    for (const QString &warning : std::as_const(r.warnings)) {
        note(item.ordinal, ImportReport::Status::Warning, item.path, warning);
        ++m_pack.warnings;
    }
    ++m_filesDone;
    reportProgress(item.path);
    return true;
}

// The document's record as its file and extraction give it (before the manifest and the guesses).
DocumentRecord Importer::PackRun::recordOf(const ExtractionQueue::Item &item, const Extraction &x)
{
    DocumentRecord r;
    r.sha256 = item.sha256;
    r.filename = item.path.section(QLatin1Char('/'), -1);
    // A title from the document's metadata or its file name: no control characters, bounded length.
    MetadataSanitizer::Result title = MetadataSanitizer::clean(x.title, MetadataLimits::MaxTitleLength);
    if (!isUsefulTitle(title.text))
        title = MetadataSanitizer::clean(Importer::titleFromFileName(r.filename),
                                         MetadataLimits::MaxTitleLength);
    r.title = title.text.simplified();
    r.format = DocumentFormats::id(item.format);
    r.mime = DocumentFormats::mimeType(item.format, r.filename);
    r.size = item.size;
    r.pages = x.pageCount;
    r.warnings = x.warnings;
    if (title.removedCharacters)
        r.warnings.append(tr("The title contained control characters; they were removed."));
    if (title.cut)
        r.warnings.append(
            tr("The title was longer than %1 characters; it was cut.").arg(MetadataLimits::MaxTitleLength));
    if (!x.ok()) {
        r.extraction = QStringLiteral("failed");
        r.warnings.prepend(x.error);
    } else if (!x.textExtracted) {
        r.extraction = QStringLiteral("metadata-only");
    }
    return r;
}

bool Importer::PackRun::indexCataloged()
{
    if (!m_catalog.indexDocuments(m_unindexed))
        return false;
    m_unindexed.clear();
    return true;
}

namespace {
// Folder-derived metadata for documents the manifest does not describe: the first folder level is
// the category, deeper folder names are tags.
void applyFolders(DocumentRecord &doc, const QString &path)
{
    const QStringList folders = path.split(QLatin1Char('/')).mid(0, path.count(QLatin1Char('/')));
    if (folders.isEmpty())
        return;
    if (doc.category.isEmpty())
        doc.category = folders.first();
    for (int i = 1; i < folders.size(); ++i) {
        if (!doc.tags.contains(folders.at(i), Qt::CaseInsensitive))
            doc.tags.append(folders.at(i));
    }
}

void applyManifest(DocumentRecord &doc, const Manifest::Entry &m)
{
    auto take = [](QString &field, const QString &value) {
        if (!value.isEmpty())
            field = value;
    };
    take(doc.title, m.title);
    take(doc.description, m.description);
    take(doc.category, m.category);
    take(doc.type, m.type);
    take(doc.municipality, m.municipality);
    take(doc.license, m.license);
    take(doc.language, m.language);
    if (m.year > 0)
        doc.year = m.year;
    // A set of keys, not a search of the list per tag: a document may carry tens of thousands.
    QSet<QString> keys;
    keys.reserve(doc.tags.size() + m.tags.size());
    for (const QString &existing : std::as_const(doc.tags))
        keys.insert(TagNames::key(existing));
    for (const QString &tag : m.tags) {
        const QString key = TagNames::key(tag);
        if (!keys.contains(key)) {
            keys.insert(key);
            doc.tags.append(tag);
        }
    }
}

bool sameMetadata(const DocumentRecord &a, const DocumentRecord &b)
{
    QStringList ta, tb;
    for (const QString &t : a.tags)
        ta.append(TagNames::key(t));
    for (const QString &t : b.tags)
        tb.append(TagNames::key(t));
    ta.sort();
    tb.sort();
    return a.title == b.title && a.description == b.description && a.category == b.category && a.type == b.type
        && a.municipality == b.municipality && a.license == b.license && a.language == b.language && a.year == b.year
        && ta == tb;
}

bool isExportIndex(const Manifest &manifest, const QString &relativePath)
{
    return manifest.isUsable() && relativePath == QLatin1String("index.csv") && !manifest.entryFor(relativePath);
}

// A pack zipped together with its folder ("Paket/Vergabe/x.pdf"): the folder is the pack's root.
QString commonRoot(const QStringList &paths)
{
    QString root;
    for (const QString &path : paths) {
        const int slash = int(path.indexOf(QLatin1Char('/')));
        if (slash < 0)
            return {};
        const QString first = path.left(slash + 1);
        if (root.isEmpty())
            root = first;
        else if (root != first)
            return {};
    }
    return root;
}
} // namespace

bool Importer::PackRun::finishPack(const QString &nameOverride, const QByteArray &manifestJson,
                                   const QString &manifestPath, const QString &sourceName, bool singleFile, bool archive)
{
    Finish f;
    f.manifestPath = manifestPath;
    f.manifest = readManifest(manifestJson, manifestPath);
    f.root = packRoot(manifestPath, archive);
    if (nameOverride.isEmpty() && !f.manifest.pack().name.isEmpty())
        m_pack.name = f.manifest.pack().name;

    // A pack imported again under its name is updated: its entries of last time are compared below.
    const auto existing = m_catalog.latestPackNamed(m_pack.name);
    const QHash<QString, qint64> oldEntries
        = existing ? m_catalog.packEntries(existing->id) : QHash<QString, qint64>();
    PackRecord pack = existing ? *existing : PackRecord();
    if (!writePackRecord(pack, f.manifest, manifestJson, sourceName, singleFile))
        return false;
    f.packId = pack.id;

    // Extraction finishes out of order; metadata is applied in the order of the pack.
    std::stable_sort(m_documents.begin(), m_documents.end(),
                     [](const Document &a, const Document &b) { return a.ordinal < b.ordinal; });
    if (!dropProvisionalTags(f.manifest, f.root, f.toIndex))
        return false;
    for (const Document &d : std::as_const(m_documents)) {
        if (cancelled() || !applyPackMetadata(d, f))
            return false;
    }
    reportMissingFiles(f);
    QList<qint64> indexOrder(f.toIndex.cbegin(), f.toIndex.cend());
    std::sort(indexOrder.begin(), indexOrder.end());
    if (cancelled() || !m_catalog.indexDocuments(indexOrder))
        return false;
    return singleFile || dropVanishedEntries(pack.id, oldEntries, f.seen, f.root);
}

// The manifest the pack brought, if any; its problems go into the report.
Manifest Importer::PackRun::readManifest(const QByteArray &manifestJson, const QString &manifestPath)
{
    if (manifestPath.isEmpty())
        return {};
    Manifest manifest = Manifest::parse(manifestJson, manifestPath);
    for (const QString &problem : manifest.problems()) {
        m_report.entries.append(
            { m_pack.name, m_displayPrefix + manifestPath, ImportReport::Status::ManifestProblem, problem });
        ++m_pack.warnings;
    }
    return manifest;
}

// The folder the manifest lies in, or the one top folder every file of an archive lies in.
QString Importer::PackRun::packRoot(const QString &manifestPath, bool archive) const
{
    QString root = manifestPath.contains(QLatin1Char('/'))
        ? manifestPath.section(QLatin1Char('/'), 0, 0) + QLatin1Char('/')
        : QString();
    if (manifestPath.isEmpty() && archive) { // a folder the user chose is the root itself
        QStringList paths;
        for (const Document &d : std::as_const(m_documents))
            paths.append(d.path);
        root = commonRoot(paths);
    }
    return root;
}

// One file of the pack: its final metadata, its pack entry, its line in the report.
bool Importer::PackRun::applyPackMetadata(const Document &d, Finish &f)
{
    const QString relative = d.path.startsWith(f.root) ? d.path.mid(f.root.size()) : d.path;
    if (d.path == f.manifestPath || isExportIndex(f.manifest, relative))
        return dropPackDescription(d, f);
    f.seen.insert(relative);
    if (d.id <= 0 && m_rejectedHashes.contains(d.sha256)) {
        reject(d.path, m_rejectedHashes.value(d.sha256)); // a copy of a file whose extraction failed
        return true;
    }
    auto current = m_catalog.document(d.id > 0 ? d.id : m_seenHashes.value(d.sha256));
    if (!current)
        return false;
    // A new document's metadata is made anew from its file's (the guess may have been wrong).
    DocumentRecord updated = withPackMetadata(d.isNew ? d.base : *current, f.manifest, relative);
    const bool changed = !sameMetadata(updated, *current);
    if (changed) {
        // An indexed duplicate leaves the index with its old metadata and comes back with the new.
        if (!f.toIndex.contains(current->id)) {
            if (!m_catalog.unindexDocuments({ current->id }))
                return false;
            f.toIndex.insert(current->id);
        }
        if (!m_catalog.updateDocumentMetadata(updated)
            || !m_catalog.setDocumentTags(current->id, updated.tags))
            return false;
    }
    if (d.isNew && !m_catalog.setDocumentPack(d.id, f.packId))
        return false;
    if (!m_catalog.addPackEntry(f.packId, current->id, relative))
        return false;
    // The placeholders the manifest declares for the template (#14); a later pack that declares
    // none leaves them as they were.
    if (const Manifest::Entry *m = f.manifest.entryFor(relative);
        m && !m->placeholders.isEmpty() && !m_catalog.setDeclaredPlaceholders(current->id, m->placeholders))
        return false;
    if (d.isNew) {
        ++m_pack.added;
        entry(ImportReport::Status::Added, d.path);
    } else if (changed) {
        ++m_pack.updated;
        entry(ImportReport::Status::Updated, d.path, tr("already in the library; its metadata was updated"));
    } else {
        ++m_pack.duplicates;
        entry(ImportReport::Status::Duplicate, d.path, tr("already in the library"));
    }
    return true;
}

// The manifest in the pack's top folder was read as a file too (see run()); the index.csv an
// export writes next to its toolbox.json describes the pack. Neither is a document of it.
bool Importer::PackRun::dropPackDescription(const Document &d, Finish &f)
{
    if (d.isNew) {
        if (!f.toIndex.remove(d.id) && !m_catalog.unindexDocuments({ d.id }))
            return false;
        if (!m_catalog.deleteDocument(d.id))
            return false;
        if (m_storedHere.contains(d.sha256)) {
            m_library.store().remove(d.sha256);
            m_library.derived().removeAll(d.sha256); // its pages go with it
        }
    }
    if (d.hadWarnings) { // what its extraction said does not matter any more
        const QString shown = m_displayPrefix + d.path;
        m_pack.warnings -= int(m_report.entries.removeIf([&](const ImportReport::Entry &e) {
            return e.status == ImportReport::Status::Warning && e.path == shown;
        }));
    }
    return true;
}

// Files the manifest lists that are not in the pack.
void Importer::PackRun::reportMissingFiles(const Finish &f)
{
    for (const Manifest::Entry &m : f.manifest.entries()) {
        if (!f.seen.contains(m.file)) {
            m_report.entries.append({ m_pack.name, m_displayPrefix + f.manifestPath,
                                      ImportReport::Status::ManifestProblem,
                                      QStringLiteral("%1:%2: %3")
                                          .arg(f.manifestPath)
                                          .arg(m.line)
                                          .arg(tr("\"%1\" is not in the pack").arg(m.file)) });
            ++m_pack.warnings;
        }
    }
}

// The pack's row: new, or the one of the same name updated; its fields from the manifest.
bool Importer::PackRun::writePackRecord(PackRecord &pack, const Manifest &manifest,
                                        const QByteArray &manifestJson, const QString &sourceName,
                                        bool singleFile)
{
    const bool existing = pack.id > 0;
    pack.name = m_pack.name;
    if (manifest.isPresent()) {
        pack.version = manifest.pack().version;
        pack.publisher = manifest.pack().publisher;
        pack.date = manifest.pack().date;
        pack.description = manifest.pack().description;
        pack.manifest = QString::fromUtf8(manifestJson);
    }
    pack.sourceName = QFileInfo(sourceName).fileName();
    if (QFileInfo(sourceName).isFile() && !singleFile)
        pack.sha256 = ContentStore::hashFile(sourceName, nullptr);
    pack.importedAt = QDateTime::currentDateTimeUtc();
    return existing ? m_catalog.updatePack(pack) : m_catalog.insertPack(pack);
}

// Files the pack held last time and holds no more: they leave the pack, not the library.
bool Importer::PackRun::dropVanishedEntries(qint64 packId, const QHash<QString, qint64> &oldEntries,
                                            const QSet<QString> &seen, const QString &root)
{
    for (auto it = oldEntries.cbegin(); it != oldEntries.cend(); ++it) {
        if (seen.contains(it.key()))
            continue;
        if (!m_catalog.removePackEntry(packId, it.key()))
            return false;
        ++m_pack.noLongerInPack;
        entry(ImportReport::Status::NoLongerInPack, root + it.key(),
              tr("the new version of the pack no longer contains this file; it stays in the library"));
    }
    return true;
}

ImportReport Importer::run(const QStringList &paths, const ProgressCallback &progress, const std::atomic_bool *cancel)
{
    ImportReport report = importAll(paths, progress, cancel);
    const bool changed = std::any_of(report.packs.cbegin(), report.packs.cend(),
                                     [](const ImportReport::Pack &pack) { return pack.committed; });
    if (!changed)
        return report;
    // A copy of the catalog as it is now, should it be damaged later (disk, crash of the machine).
    QString error;
    auto db = m_library.openConnection(&error);
    if (db)
        report.catalogBackup = CatalogBackup::create(*db, m_library.path(), &error);
    if (report.catalogBackup.isEmpty()) // never without a reason: the user must know what to look at
        report.backupError = error.isEmpty()
            ? tr("no reason was given (backup folder %1)").arg(CatalogBackup::folder(m_library.path()))
            : error;
    return report;
}

namespace {
ImportReport::Pack failedPack(const QString &source, const QString &error, const QString &name = QString())
{
    ImportReport::Pack failed;
    failed.source = source;
    failed.name = name;
    failed.error = error;
    return failed;
}
} // namespace

// What the packs of one importAll() share: the catalog connection, the workers and the report.
struct Importer::Shared
{
    Catalog &catalog;
    QThreadPool &pool;
    ExtractionClient *client;
    ImportReport &report;
    const ProgressCallback &progress;
    const std::atomic_bool *cancel;
};

Importer::PackRun Importer::newRun(const Shared &shared) const
{
    return PackRun(m_library, m_options, shared.catalog, shared.pool, shared.client, shared.report, shared.progress,
                   shared.cancel);
}

std::unique_ptr<ExtractionClient> Importer::startExtractionClient(int threads) const
{
    if (!m_options.isolateExtraction)
        return nullptr;
    const QString worker = m_options.extractorPath.isEmpty() ? ExtractionClient::defaultWorkerPath() : m_options.extractorPath;
    if (worker.isEmpty())
        return nullptr;
    return std::make_unique<ExtractionClient>(worker, threads, m_options.extractionTimeoutSeconds,
                                              m_options.extractionMemoryMb);
}

ImportReport Importer::importAll(const QStringList &paths, const ProgressCallback &progress, const std::atomic_bool *cancel)
{
    ImportReport report;
    report.dryRun = m_options.dryRun;
    QString error;
    if (m_library.isReadOnly()) {
        report.packs.append(failedPack(paths.join(QStringLiteral(", ")), m_library.readOnlyReason()));
        return report;
    }
    auto db = m_library.openConnection(&error);
    if (!db) {
        report.packs.append(failedPack(m_library.catalogPath(), error));
        return report;
    }
    // Statement journals in memory: every document row opens one (its triggers make the INSERT a
    // write of several rows), and in a file each cost a dozen page writes, a system call each.
    db->exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
    Catalog catalog(*db);
    const int threads = m_options.threads > 0 ? m_options.threads : QThread::idealThreadCount();
    // Declared before the pool: the pool's destructor waits for extractions that still use the client.
    const std::unique_ptr<ExtractionClient> client = startExtractionClient(threads);
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    const Shared shared{ catalog, pool, client.get(), report, progress, cancel };

    // Single files given together form one pack; folders and archives are packs of their own.
    QStringList singleFiles;
    for (const QString &path : paths) {
        std::unique_ptr<PackSource> source = PackSource::open(path, &error);
        if (!source) {
            report.packs.append(failedPack(path, error, QFileInfo(path).fileName()));
            continue;
        }
        if (source->isSingleFile()) {
            singleFiles.append(path);
            continue;
        }
        std::vector<NestedArchive> nested;
        if (!newRun(shared).run(*source, path, m_options.packName, false, &nested) || !importNested(nested, path, shared))
            return report;
    }
    for (const QString &file : std::as_const(singleFiles)) {
        auto source = PackSource::open(file, &error);
        const QString name = m_options.packName.isEmpty() ? tr("Single files") : m_options.packName;
        if (!newRun(shared).run(*source, file, name, true, nullptr))
            return report;
    }
    return report;
}

// The archives found inside the pack just read, each a pack of its own named below it; false when
// the import was cancelled.
bool Importer::importNested(std::vector<NestedArchive> &nested, const QString &path, const Shared &shared)
{
    ImportReport &report = shared.report;
    const QString outerName = report.packs.last().name;
    const qsizetype outerIndex = report.packs.size() - 1;
    QString error;
    for (NestedArchive &archive : nested) {
        auto inner = PackSource::open(archive.file->fileName(), &error);
        const QString display = path + QLatin1Char('/') + archive.originalPath;
        if (!inner) {
            report.entries.append({outerName, display, ImportReport::Status::Rejected, error});
            ++report.packs[outerIndex].rejected;
            continue;
        }
        const QString innerName = outerName + QLatin1Char('/') + QFileInfo(archive.originalPath).fileName();
        if (!newRun(shared).run(*inner, display, innerName, true, nullptr))
            return false;
    }
    return true;
}
