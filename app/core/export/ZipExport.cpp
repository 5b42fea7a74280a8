#include "core/export/ZipExport.h"

#include "core/export/ExportTarget.h"
#include "core/export/StoredFileStream.h"
#include "core/export/ZipWriter.h"
#include "core/library/Catalog.h"
#include "core/library/Library.h"

#include <QFileInfo>

using ExportTarget::nameKey;
using ExportTarget::native;
using Copy = StoredFileStream::Outcome;

namespace {
// The manifest's entry of an exported document: its metadata, so that importing the zip again
// restores it.
Manifest::Entry manifestEntry(const DocumentRecord &doc, const QString &member)
{
    Manifest::Entry entry;
    entry.file = member;
    entry.title = doc.title;
    entry.description = doc.description;
    entry.category = doc.category;
    entry.type = doc.type;
    entry.tags = doc.tags;
    entry.municipality = doc.municipality;
    entry.year = doc.year;
    entry.license = doc.license;
    entry.language = doc.language;
    return entry;
}
} // namespace

ZipExport::ZipExport(const Library &library, const Exporter::Options &options,
                     const Exporter::Progress &progress, const std::atomic_bool *cancel)
    : m_library(library)
    , m_options(options)
    , m_progress(progress)
    , m_cancel(cancel)
{
}

ZipExport::~ZipExport() = default;

void ZipExport::run(const QList<DocumentRecord> &documents, Exporter::Result *result)
{
    m_result = result;
    readPlaceholders(documents);
    m_folder = ExportTarget::openFolderOf(result->target, &m_createdFolders, &result->error);
    if (!m_folder.isValid()) {
        ExportTarget::removeFolders(m_createdFolders);
        return;
    }
    if (!open())
        return stop(false);
    const int total = int(documents.size());
    for (int i = 0; i < total; ++i) {
        const DocumentRecord &doc = documents.at(i);
        if (ExportTarget::isCancelled(m_cancel))
            return stop(true);
        if (m_progress)
            m_progress(i, total, doc.filename);
        const Step step = addDocument(doc);
        if (step == Step::Failed || step == Step::Cancelled)
            return stop(step == Step::Cancelled);
    }
    const Step finished = finish();
    if (finished != Step::Done)
        return stop(finished == Step::Cancelled);
    if (m_progress)
        m_progress(total, total, QString());
}

void ZipExport::readPlaceholders(const QList<DocumentRecord> &documents)
{
    QString error;
    if (const std::unique_ptr<SqliteDatabase> db = m_library.openConnection(&error)) {
        const Catalog catalog(*db);
        for (const DocumentRecord &doc : documents) {
            const QHash<QString, QString> declared = catalog.declaredPlaceholders(doc.id);
            if (!declared.isEmpty())
                m_placeholders.insert(doc.id, declared);
        }
    }
}

// The temporary file, the archive in it and the manifest's pack.
bool ZipExport::open()
{
    m_out.emplace(m_folder);
    if (!m_out->open(&m_result->error))
        return false;
    m_zip = std::make_unique<ZipWriter>(m_out->device());
    if (!m_zip->open()) {
        failWriting();
        return false;
    }

    m_now = QDateTime::currentDateTime();
    m_manifest.pack().name
        = m_options.packName.isEmpty() ? Exporter::defaultPackName(m_now.date()) : m_options.packName;
    m_manifest.pack().date = m_now.date().toString(Qt::ISODate);
    m_taken = { nameKey(QString(), QString::fromLatin1(Manifest::FileName)),
                nameKey(QString(), QString::fromLatin1(Exporter::IndexFileName)) };
    return true;
}

ZipExport::Step ZipExport::addDocument(const DocumentRecord &doc)
{
    const ContentStore &store = m_library.store();
    // Checked first: a member cannot be taken back out of the archive.
    QString message;
    Copy copy = StoredFileStream::stream(store, doc, {}, m_cancel, &message);
    if (copy == Copy::Cancelled)
        return Step::Cancelled;
    if (copy == Copy::Problem) {
        m_result->problems.append(message);
        return Step::Skipped;
    }
    const QString sub = ExportTarget::subfolderFor(doc, m_options.byCategory);
    const QString name
        = Exporter::uniqueName(Exporter::safeFileName(doc.filename), [&](const QString &candidate) {
              return m_taken.contains(nameKey(sub, candidate));
          });
    const QString member = sub.isEmpty() ? name : sub + QLatin1Char('/') + name;
    const qint64 size = QFileInfo(store.pathFor(doc.sha256)).size();
    if (!m_zip->beginFile(member, size, m_now, ZipWriter::compressionFor(name)))
        return failWriting();
    copy = StoredFileStream::stream(
        store, doc, [this](const char *data, qint64 n) { return m_zip->write(data, n); }, m_cancel, &message);
    if (copy == Copy::Cancelled)
        return Step::Cancelled;
    if (copy == Copy::Problem) {
        m_result->error = Exporter::tr("%1 changed while it was exported: %2").arg(doc.filename, message);
        return Step::Failed;
    }
    if (copy == Copy::Failed || !m_zip->finishFile())
        return failWriting();
    m_taken.insert(nameKey(sub, name));
    m_exported.append(doc);
    m_files.append(member);
    m_result->written.append(member);

    Manifest::Entry entry = manifestEntry(doc, member);
    entry.placeholders = m_placeholders.value(doc.id);
    m_manifest.entries().append(entry);
    return Step::Done;
}

// toolbox.json and index.csv, then the archive renamed into place.
ZipExport::Step ZipExport::finish()
{
    const QString &target = m_result->target;
    if (m_exported.isEmpty()) {
        m_result->error = Exporter::tr("None of the chosen documents could be exported; %1 was not written.")
                              .arg(native(target));
        return Step::Failed;
    }
    m_manifest.pack().description = Exporter::tr("%n document(s) exported from the Smart Region Toolbox.",
                                                 nullptr, int(m_exported.size()));
    if (!m_zip->addFile(QString::fromLatin1(Manifest::FileName), m_manifest.toJson(), m_now)
        || !m_zip->addFile(QString::fromLatin1(Exporter::IndexFileName), Exporter::csv(m_exported, m_files),
                           m_now)
        || !m_zip->close())
        return failWriting();
    m_zip.reset();
    if (ExportTarget::isCancelled(m_cancel))
        return Step::Cancelled;
    QString aside;
    bool exists = false;
    if (!m_out->finish(target, &m_result->error))
        return Step::Failed;
    if (!m_out->commit(QFileInfo(target).fileName(), m_options.overwriteZip, &aside, &exists,
                       &m_result->error)) {
        if (exists)
            m_result->error = Exporter::tr("%1 exists already and was left alone.").arg(native(target));
        return Step::Failed;
    }
    if (!aside.isEmpty())
        m_folder.remove(aside);
    return Step::Done;
}

ZipExport::Step ZipExport::failWriting()
{
    m_result->error = Exporter::tr("Cannot write %1: %2").arg(native(m_result->target), m_zip->errorString());
    return Step::Failed;
}

void ZipExport::stop(bool cancelled)
{
    m_result->cancelled = cancelled;
    m_result->written.clear();
    m_zip.reset();
    m_out.reset(); // the unfinished zip first: the folder made for it is removed only when empty
    ExportTarget::removeFolders(m_createdFolders);
}
