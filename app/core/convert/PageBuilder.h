#pragma once

#include "core/convert/OfficeConverter.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>

class Catalog;
class ExtractionClient;
class Library;
struct DocumentRecord;

// Makes the pages of a library's office documents: takes the queued documents (Catalog::
// pendingPages), has OfficeConverter turn copies of their files into PDFs, keeps each PDF in
// derived/ and puts the PDF's text, page by page, in place of the document's text, so that its
// hits name their page and the old binary formats become searchable. A document LibreOffice cannot
// convert is marked failed with the reason; the rest go on. Works in chunks, so that a run that is
// stopped (or killed) loses at most the chunk in hand; the next run goes on with what is queued.
class PageBuilder
{
    Q_DECLARE_TR_FUNCTIONS(PageBuilder)

public:
    struct Report
    {
        int converted = 0;
        QStringList failures; // "file name (id N): reason"
        bool cancelled = false;
        bool unavailable = false; // LibreOffice is not installed: nothing was converted
        QString error; // the run itself failed (the catalog could not be written)
    };

    // catalog: a connection of the calling thread to library's catalog. client: the extraction
    // workers that read the PDFs' text; null: a worker of its own (srtoolbox-extract), or this
    // process where there is none.
    PageBuilder(Library &library, Catalog &catalog, OfficeConverter::Options options = {},
                ExtractionClient *client = nullptr);
    ~PageBuilder();

    bool isAvailable() const { return m_converter.isAvailable(); }
    // Queues again the documents whose PDF went missing (check does not count that as damage).
    int requeueMissing();
    // done counts the documents finished in this run, total the documents queued at its start.
    using Progress = std::function<void(int done, int total)>;
    Report run(const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);

    // Why a document has no pages yet, for the details pane; empty when it has them or never will.
    static QString missingPagesNote(bool libreOfficeAvailable);

private:
    struct Run;
    bool copyForLibreOffice(const DocumentRecord &doc, const QString &copy, QString *error);
    bool finishDocument(qint64 id, const QString &sha256, const QString &pdf, QString *error);

    Library &m_library;
    Catalog &m_catalog;
    OfficeConverter m_converter;
    std::unique_ptr<ExtractionClient> m_ownClient;
    ExtractionClient *m_client;
    int m_chunk;
};
