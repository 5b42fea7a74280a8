#include "core/export/FolderExport.h"

#include "core/export/ExportTarget.h"
#include "core/export/StoredFileStream.h"
#include "core/library/Library.h"

using ExportTarget::nameKey;
using ExportTarget::native;
using Copy = StoredFileStream::Outcome;

namespace {
// Commits the written file out under the first free name for base in folder (sub below the
// target): *name receives it, *aside the replaced file moved aside. A name taken meanwhile is tried
// again; Link when replacing would write through a symbolic link (*name names it), Failed with
// *error on any other failure.
enum class Placed { Written, Link, Failed };
Placed placeUnique(OutputFile &out, const DirHandle &folder, const QString &sub, const QString &base,
                   bool replace, const QSet<QString> &taken, QString *name, QString *aside, QString *error)
{
    for (int attempt = 0;; ++attempt) {
        *name = Exporter::uniqueName(base, [&](const QString &candidate) {
            if (taken.contains(nameKey(sub, candidate)))
                return true;
            const DirHandle::Kind existing = folder.kind(candidate);
            if (replace)
                return existing == DirHandle::Kind::Folder;
            return existing != DirHandle::Kind::Missing;
        });
        if (replace && folder.kind(*name) == DirHandle::Kind::Link)
            return Placed::Link;
        bool exists = false;
        if (out.commit(*name, replace, aside, &exists, error))
            return Placed::Written;
        if (!exists || attempt >= 100) { // a name taken meanwhile is tried again; other errors stop
            if (error->isEmpty())
                *error = Exporter::tr("Cannot write %1.").arg(native(folder.pathOf(*name)));
            return Placed::Failed;
        }
    }
}
} // namespace

FolderExport::FolderExport(const Library &library, const Exporter::Options &options,
                           const Exporter::Progress &progress, const std::atomic_bool *cancel)
    : m_library(library)
    , m_options(options)
    , m_progress(progress)
    , m_cancel(cancel)
{
}

void FolderExport::run(const QList<DocumentRecord> &documents, Exporter::Result *result)
{
    m_result = result;
    if (!openTarget())
        return stop(false);
    const int total = int(documents.size());
    for (int i = 0; i < total; ++i) {
        const DocumentRecord &doc = documents.at(i);
        if (ExportTarget::isCancelled(m_cancel))
            return stop(true);
        if (m_progress)
            m_progress(i, total, doc.filename);
        const Step step = exportDocument(doc);
        if (step == Step::Failed || step == Step::Cancelled)
            return stop(step == Step::Cancelled);
    }
    if (ExportTarget::isCancelled(m_cancel))
        return stop(true);
    for (const Replaced &r : std::as_const(m_replaced))
        m_folders.at(r.sub).remove(r.aside);
    if (m_progress)
        m_progress(total, total, QString());
}

bool FolderExport::openTarget()
{
    if (!ExportTarget::makeFolder(m_result->target, &m_createdFolders, &m_result->error))
        return false;
    // Everything below the target is made and written relative to it without following links.
    const auto top = m_folders.emplace(QString(), DirHandle::open(m_result->target, &m_result->error)).first;
    return top->second.isValid();
}

FolderExport::Step FolderExport::exportDocument(const DocumentRecord &doc)
{
    const QString sub = ExportTarget::subfolderFor(doc, m_options.byCategory);
    const Step made = makeSubfolder(sub, doc);
    if (made != Step::Done)
        return made;
    const DirHandle &folder = m_folders.at(sub);
    m_out.emplace(folder);
    if (!m_out->open(&m_result->error))
        return Step::Failed;
    QString message;
    const Copy copy = StoredFileStream::stream(
        m_library.store(), doc, [this](const char *data, qint64 size) { return m_out->write(data, size); },
        m_cancel, &message);
    if (copy == Copy::Cancelled)
        return Step::Cancelled;
    if (copy == Copy::Problem) {
        m_result->problems.append(message);
        return Step::Skipped;
    }
    if (copy == Copy::Failed) {
        m_result->error = Exporter::tr("Cannot write to the folder %1: %2")
                              .arg(native(folder.path()), m_out->errorString());
        return Step::Failed;
    }
    if (!m_out->finish(folder.pathOf(doc.filename), &m_result->error))
        return Step::Failed;
    return place(doc, sub, folder);
}

// The category folder sub, made below the target unless it is there already; a link on the way
// leaves the document out.
FolderExport::Step FolderExport::makeSubfolder(const QString &sub, const DocumentRecord &doc)
{
    if (m_folders.count(sub))
        return Step::Done;
    const DirHandle &top = m_folders.at(QString());
    const QString linked = top.firstLink(sub);
    if (!linked.isEmpty()) {
        m_result->problems.append(
            Exporter::tr("%1: the folder %2 in the export target is a symbolic link; the export does "
                         "not write through links; not exported")
                .arg(doc.filename, native(top.pathOf(linked))));
        return Step::Skipped;
    }
    DirHandle made = top.makeDir(sub, &m_result->error, &m_createdSubfolders);
    if (!made.isValid())
        return Step::Failed;
    m_folders.emplace(sub, std::move(made));
    return Step::Done;
}

// Gives the written file its name in folder and remembers what to undo.
FolderExport::Step FolderExport::place(const DocumentRecord &doc, const QString &sub, const DirHandle &folder)
{
    QString name;
    QString aside;
    const Placed placed = placeUnique(*m_out, folder, sub, Exporter::safeFileName(doc.filename),
                                      m_options.replaceExisting, m_taken, &name, &aside, &m_result->error);
    if (placed == Placed::Link) {
        m_result->problems.append(
            Exporter::tr("%1: %2 in the export target is a symbolic link; the export does not write "
                         "through links; not exported")
                .arg(doc.filename, native(folder.pathOf(name))));
        return Step::Skipped; // the temporary copy is dropped with m_out
    }
    if (placed == Placed::Failed)
        return Step::Failed;
    m_taken.insert(nameKey(sub, name));
    m_writtenFiles.append({ sub, name });
    if (!aside.isEmpty())
        m_replaced.append({ sub, name, aside });
    m_result->written.append(folder.pathOf(name));
    return Step::Done;
}

// Back to the folder as it was: the files written go, replaced ones come back, new folders go.
void FolderExport::stop(bool cancelled)
{
    m_result->cancelled = cancelled;
    m_out.reset();
    for (auto it = m_writtenFiles.crbegin(); it != m_writtenFiles.crend(); ++it)
        m_folders.at(it->first).remove(it->second);
    for (const Replaced &r : std::as_const(m_replaced))
        m_folders.at(r.sub).rename(r.aside, m_folders.at(r.sub), r.name, false, nullptr);
    for (auto it = m_createdSubfolders.crbegin(); it != m_createdSubfolders.crend(); ++it)
        m_folders.at(QString()).removeEmptyDir(*it); // only when empty: never what someone else put there
    ExportTarget::removeFolders(m_createdFolders);
    m_result->written.clear();
}
