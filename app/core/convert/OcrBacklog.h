#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class Catalog;
class ExtractionClient;
class Library;
struct DocumentRecord;
struct Extraction;

// Reads the scans a library took in while text recognition (OCR) was missing: PDFs with pages
// without a text layer and images, imported before Tesseract or its German data was installed (or
// before the Toolbox had OCR). Works through the catalog's OCR queue (Catalog::pendingOcr): a
// document with nothing to read (text on every page, or read by OCR at import) is done at once;
// the others are extracted again, from the stored file, in the extraction worker, and their text,
// page count, word boxes and warnings replace what the import recorded. Only derived data in the
// catalog changes; the stored file is only read. Each document is finished in a transaction of its
// own, so a run that is stopped or killed loses nothing; the next run goes on with what is queued.
// Without OCR nothing is read and the queue stays as it is.
class OcrBacklog
{
    Q_DECLARE_TR_FUNCTIONS(OcrBacklog)

public:
    struct Report
    {
        int read = 0; // documents that got text by OCR
        int checked = 0; // documents that needed nothing
        QStringList failures; // "file name (document N): reason"
        bool cancelled = false;
        bool unavailable = false; // OCR is not installed: nothing was read
        QString error; // the run itself failed (the catalog could not be written)
    };

    // catalog: a connection of the calling thread to library's catalog. client: the extraction
    // workers; null: two of its own (srtoolbox-extract), or this process where there is none.
    OcrBacklog(Library &library, Catalog &catalog, ExtractionClient *client = nullptr);
    ~OcrBacklog();

    // Whether OCR with German data is installed (looked at in a thread of its own, so that the
    // language data is not kept loaded in this process).
    static bool ocrInstalled();

    // done counts the documents finished in this run, total the documents queued at its start.
    using Progress = std::function<void(int done, int total)>;
    Report run(const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);

    // True when the document may hold pages OCR has not read: it was imported without OCR, or
    // (imported before the Toolbox had OCR) a PDF page has no usable text or an image no text.
    // text: the document's text in the catalog.
    static bool needsReading(const DocumentRecord &document, const QString &text);

private:
    struct Run;
    Extraction extract(const DocumentRecord &document, QString *failure);
    bool finishDocument(const DocumentRecord &document, const Extraction &text, QString *error);

    Library &m_library;
    Catalog &m_catalog;
    std::unique_ptr<ExtractionClient> m_ownClient;
    ExtractionClient *m_client;
};
