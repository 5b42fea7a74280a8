#pragma once

#include "core/export/Exporter.h"
#include "core/export/OutputFile.h"
#include "core/platform/DirHandle.h"

#include <QPair>
#include <QSet>
#include <map>
#include <optional>

// One export of documents into a folder (Exporter::exportToFolder): each file copied under a
// temporary name and renamed to a free one (or over the old one with replaceExisting). Stopped by
// an error or a cancel, it puts the folder back as it was: the files written go, replaced ones come
// back, the folders it made go.
class FolderExport
{
public:
    FolderExport(const Library &library, const Exporter::Options &options, const Exporter::Progress &progress,
                 const std::atomic_bool *cancel);

    // Exports documents to result->target; problems, error and cancel land in *result.
    void run(const QList<DocumentRecord> &documents, Exporter::Result *result);

private:
    enum class Step { Done, Skipped, Failed, Cancelled };

    bool openTarget();
    Step exportDocument(const DocumentRecord &doc);
    Step makeSubfolder(const QString &sub, const DocumentRecord &doc);
    Step place(const DocumentRecord &doc, const QString &sub, const DirHandle &folder);
    void stop(bool cancelled);

    struct Replaced
    {
        QString sub, name, aside;
    };

    const Library &m_library;
    const Exporter::Options &m_options;
    const Exporter::Progress &m_progress;
    const std::atomic_bool *m_cancel;
    Exporter::Result *m_result = nullptr;
    QStringList m_createdFolders; // absolute: the target and the folders above it that were made
    QStringList m_createdSubfolders; // relative to the target: category folders made
    std::map<QString, DirHandle> m_folders; // by subfolder ("" is the target), held open for undo
    QList<QPair<QString, QString>> m_writtenFiles; // subfolder, name
    QList<Replaced> m_replaced;
    QSet<QString> m_taken; // names written by this export (ExportTarget::nameKey)
    std::optional<OutputFile> m_out; // the file being written, dropped before the undo
};
