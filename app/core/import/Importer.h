#pragma once

#include "core/extract/Extraction.h"
#include "core/import/ImportLimits.h"
#include "core/import/ImportReport.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class ExtractionClient;
class Library;

struct ImportOptions
{
    QString packName;  // overrides the manifest's and the default name
    bool dryRun = false; // do everything, then roll back
    ImportLimits limits;
    ExtractionLimits extraction;
    int threads = 0;   // extraction threads; 0: one per core
    // Extraction runs in worker processes (srtoolbox-extract), so that a crash, a hang or runaway
    // memory in a parser costs only that file. Without a worker it runs in this process.
    bool isolateExtraction = true;
    int extractionTimeoutSeconds = 120;
    int extractionMemoryMb = 2048;
    QString extractorPath; // empty: ExtractionClient::defaultWorkerPath()
};

struct ImportProgress
{
    QString pack;
    QString currentFile;
    int filesDone = 0;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0; // of the sources on disk (archives compressed); 0 when unknown
};

// Imports packs (archives, folders, single files) into a library. Each pack goes in whole or not at
// all: its catalog rows are written in one transaction that commits last, files reach the store
// through temp + rename and are journaled until the commit. Text extraction runs in parallel on a
// thread pool while entries stream out of the archive. Runs on the calling thread with its own
// catalog connection, so it may be called from a worker thread.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    using ProgressCallback = std::function<void(const ImportProgress &)>;

    Importer(const Library &library, ImportOptions options = {});

    ImportReport run(const QStringList &paths, const ProgressCallback &progress = {},
                     const std::atomic_bool *cancel = nullptr);

    // A readable title from a file name: "Leistungsbeschreibung_LoRaWAN-Netz.pdf" → "Leistungsbeschreibung LoRaWAN-Netz".
    static QString titleFromFileName(const QString &fileName);

private:
    class PackRun;
    struct Shared;
    struct NestedArchive;

    ImportReport importAll(const QStringList &paths, const ProgressCallback &progress, const std::atomic_bool *cancel);
    PackRun newRun(const Shared &shared) const;
    std::unique_ptr<ExtractionClient> startExtractionClient(int threads) const;
    bool importNested(std::vector<NestedArchive> &nested, const QString &path, const Shared &shared);

    const Library &m_library;
    ImportOptions m_options;
};
