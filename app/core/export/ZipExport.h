#pragma once

#include "core/export/Exporter.h"
#include "core/export/OutputFile.h"
#include "core/pack/Manifest.h"
#include "core/platform/DirHandle.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <memory>
#include <optional>

class ZipWriter;

// One export of documents into a zip archive (Exporter::exportToZip): each file checked before it
// becomes a member, then toolbox.json and index.csv, all written to a temporary file renamed into
// place when complete. Stopped by an error or a cancel, nothing is left behind.
class ZipExport
{
public:
    ZipExport(const Library &library, const Exporter::Options &options, const Exporter::Progress &progress,
              const std::atomic_bool *cancel);
    ~ZipExport();

    // Exports documents to result->target; problems, error and cancel land in *result.
    void run(const QList<DocumentRecord> &documents, Exporter::Result *result);

private:
    enum class Step { Done, Skipped, Failed, Cancelled };

    void readPlaceholders(const QList<DocumentRecord> &documents);
    bool open();
    Step addDocument(const DocumentRecord &doc);
    Step finish();
    Step failWriting();
    void stop(bool cancelled);

    const Library &m_library;
    const Exporter::Options &m_options;
    const Exporter::Progress &m_progress;
    const std::atomic_bool *m_cancel;
    Exporter::Result *m_result = nullptr;
    // The placeholders a manifest declared go into the new manifest, so that a re-import keeps them (#14).
    QHash<qint64, QHash<QString, QString>> m_placeholders;
    QStringList m_createdFolders;
    DirHandle m_folder;
    std::optional<OutputFile> m_out; // dropped unless committed: no partial zip
    std::unique_ptr<ZipWriter> m_zip; // destroyed before m_out
    QDateTime m_now;
    Manifest m_manifest;
    QList<DocumentRecord> m_exported;
    QStringList m_files; // the members of m_exported
    QSet<QString> m_taken;
};
