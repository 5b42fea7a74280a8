#pragma once

#include "core/library/CatalogRecords.h"
#include "core/text/GermanTokenizer.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

class SqliteDatabase;

// The SQL side of a library: documents, packs, tags and text. Works on one connection (one thread);
// callers group writes into transactions (SqliteTransaction) where several belong together.
class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(Catalog)

public:
    explicit Catalog(SqliteDatabase &db);

    SqliteDatabase &database() const { return m_db; }
    QString lastError() const { return m_error; }

    // Documents
    std::optional<DocumentRecord> document(qint64 id) const;
    std::optional<DocumentRecord> documentBySha256(const QString &sha256) const;
    QList<DocumentRecord> documents(const QList<qint64> &ids = {}) const; // all when ids is empty
    QList<qint64> documentIds() const;
    // Inserts the record (id is set) with its text (pages joined by form feeds) and tags.
    bool insertDocument(DocumentRecord &record, const QString &text);
    // Writes the editable metadata (title, description, category, type, municipality, year, license,
    // language); tags are set with setDocumentTags().
    bool updateDocumentMetadata(const DocumentRecord &record);
    QString documentText(qint64 id) const;
    static QStringList splitPages(const QString &text);
    static QString joinPages(const QStringList &pages);
    // Pages whose text was read by OCR: page number (1-based) → the words' boxes (OcrBoxes format,
    // which this layer stores without reading). A document with any is "read by OCR".
    bool setOcrPages(qint64 documentId, const QMap<int, QByteArray> &boxesByPage);
    QList<int> ocrPages(qint64 documentId) const;
    QByteArray ocrBoxes(qint64 documentId, int page) const;

    // Packs
    bool insertPack(PackRecord &pack);
    bool updatePack(const PackRecord &pack);
    std::optional<PackRecord> pack(qint64 id) const;
    std::optional<PackRecord> latestPackNamed(const QString &name) const;
    QList<PackRecord> packs() const;
    bool addPackEntry(qint64 packId, qint64 documentId, const QString &path);
    bool removePackEntry(qint64 packId, const QString &path);
    // The pack a document first came from (an import sets it when the pack is written).
    bool setDocumentPack(qint64 documentId, qint64 packId);
    // A document row with its text, tags and pack entries; its file in the store is the caller's.
    // Under deferred indexing the caller takes it out of the index first (if it is in it).
    bool deleteDocument(qint64 documentId);
    // path inside the pack → document id
    QHash<QString, qint64> packEntries(qint64 packId) const;

    // Tags. Names compare case-insensitively (Unicode case folding, TagNames::key()); "/" nests.
    std::optional<TagRecord> tag(const QString &name) const;
    qint64 ensureTag(const QString &name, const QString &color = {});
    QList<TagRecord> tags() const; // with document counts, sorted by name
    QStringList documentTags(qint64 documentId) const;
    bool setDocumentTags(qint64 documentId, const QStringList &names);
    bool addTag(const QList<qint64> &documentIds, const QString &name);
    bool removeTag(const QList<qint64> &documentIds, const QString &name);
    // Renames a tag and, with it, its nested tags ("A" → "B" renames "A/x" to "B/x").
    bool renameTag(const QString &from, const QString &to);
    // Moves every document of `from` to `into` and deletes `from`.
    bool mergeTag(const QString &from, const QString &into);
    bool setTagColor(const QString &name, const QString &color);
    bool deleteTagIfUnused(const QString &name);
    // The documents carrying exactly this tag (not the ones nested below it).
    QList<qint64> documentsWithTag(const QString &name) const;

    // The placeholders a pack's manifest declares for a document (schema 8, #14): written form
    // ("[Gemeinde]") → meaning ("municipality"). Replaced as a whole; removed with the document.
    QHash<QString, QString> declaredPlaceholders(qint64 documentId) const;
    bool setDeclaredPlaceholders(qint64 documentId, const QHash<QString, QString> &placeholders);

    CatalogStats stats() const;

    // The library's default municipality profile (schema 7), as the JSON its admin stored; empty
    // when none was set or when it cannot be read (lastError() says why then). Setting it is
    // refused on a read-only catalog; an empty json clears it.
    QByteArray defaultProfileJson() const;
    bool setDefaultProfileJson(const QByteArray &json);

    // Pages of office documents (schema 4): every document of an office format is queued when it
    // is inserted; PageBuilder converts the queue and records the outcome.
    PageStatus pageStatus(qint64 documentId) const;
    PageCounts pageCounts() const;
    // The queued documents, oldest first; limit 0: all.
    QList<DocumentRecord> pendingPages(int limit = 0) const;
    // The ids of documents whose pages are done (to see whether their PDF is still there).
    QList<qint64> documentsWithPages() const;
    bool setPageStatus(qint64 documentId, PageStatus::State state, const QString &reason = {});
    // Puts every failed document back into the queue (after LibreOffice was installed or updated).
    bool retryFailedPages();
    // Replaces the document's text by the text of its pages (joined by form feeds) and its page
    // count, and marks its text as extracted; the search index follows.
    bool replaceDocumentText(qint64 documentId, const QString &text, int pages);
    // Replaces the document's warnings (what its extraction reported).
    bool setDocumentWarnings(qint64 documentId, const QStringList &warnings);

    // Scans read later (schema 10): every PDF and image is queued when it is inserted; OcrBacklog
    // reads the scanned pages that have no text yet once OCR is installed, and records the outcome.
    PageCounts ocrQueueCounts() const;
    // The queued document ids, oldest first; limit 0: all.
    QList<qint64> pendingOcr(int limit = 0) const;
    // The documents OCR failed on later: id → reason.
    QMap<qint64, QString> failedOcr() const;
    bool setOcrQueueState(qint64 documentId, PageStatus::State state, const QString &reason = {});
    // Puts every failed document back into the OCR queue.
    bool retryFailedOcr();

    // Full-text index upkeep. Every change above keeps the index in step by itself, unless indexing
    // is deferred: the importer defers it while a pack is written and indexes each new document as
    // it is cataloged, again only when the pack's metadata turns out different at the end (every
    // re-index tokenizes the whole text again).
    void setDeferIndexing(bool defer)
    {
        m_deferIndexing = defer;
        m_indexedKeys.clear();
    }
    bool indexDocuments(const QList<qint64> &ids);
    bool unindexDocuments(const QList<qint64> &ids);

private:
    PageCounts queueCounts(const QString &table) const;
    QList<qint64> documentsTagged(const QList<qint64> &tagIds) const;
    bool reindexAround(const QList<qint64> &ids, const std::function<bool()> &change);
    bool writeIndexRows(const QList<qint64> &ids, bool remove);
    bool fail(const QString &message) const;
    DocumentRecord readDocument(class SqliteStatement &stmt) const;

    SqliteDatabase &m_db;
    mutable QString m_error;
    bool m_deferIndexing = false;
    // While indexing is deferred (an import's transaction, which commits or rolls back whole): the
    // compound-part keys written so far, so that indexing document by document writes each once.
    GermanTokenizer::KeyCollector m_indexedKeys;
};
