#include "core/export/Exporter.h"

#include "core/export/ZipWriter.h"
#include "core/library/Catalog.h"
#include "core/library/Library.h"
#include "core/pack/Manifest.h"
#include "core/platform/DirHandle.h"
#include "core/util/Logging.h"
#include "core/util/PrintableText.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <cerrno>
#include <map>
#include <memory>
#include <optional>

namespace {

constexpr qint64 Chunk = 1024 * 1024;
constexpr qsizetype MaxNameBytes = 200; // room for " (123)" and the temporary names within 255

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool isCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

// Creates path and the folders above it that are missing; created receives each folder made (top
// first), so that a cancelled export can remove them again.
bool makeFolder(const QString &path, QStringList *created, QString *error)
{
    QStringList missing;
    QString current = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    for (;;) {
        const QFileInfo info(current);
        if (info.isDir())
            break;
        if (info.exists() || info.isSymLink()) {
            *error = Exporter::tr("Cannot create the folder %1: %2 is a file, not a folder.").arg(native(path), native(current));
            return false;
        }
        missing.prepend(current);
        const QString parent = info.absolutePath();
        if (parent == current)
            break;
        current = parent;
    }
    for (const QString &dir : std::as_const(missing)) {
        QString reason;
        if (!DirHandle::makeFolder(dir, &reason)) {
            *error = Exporter::tr("Cannot create the folder %1: %2").arg(native(dir), reason);
            return false;
        }
        created->append(dir);
    }
    return true;
}

void removeFolders(const QStringList &created)
{
    for (auto it = created.crbegin(); it != created.crend(); ++it)
        QDir().rmdir(*it); // only when empty: never what someone else put there meanwhile
}

// The folder a single output file (zip, CSV list) goes to, made when missing and held open.
DirHandle openFolderOf(const QString &file, QStringList *created, QString *error)
{
    const QString folder = QFileInfo(file).absolutePath();
    if (!makeFolder(folder, created, error))
        return {};
    return DirHandle::open(folder, error);
}

// A file written under a temporary name in its target folder and renamed into place when complete,
// so that no half-written file ever carries the target's name. Dropped unless committed. Created,
// renamed and removed relative to the folder without following links: nothing lands outside it.
class OutputFile
{
public:
    explicit OutputFile(const DirHandle &folder)
        : m_folder(folder)
    {
    }
    ~OutputFile()
    {
        m_file.close();
        if (!m_committed && !m_name.isEmpty())
            m_folder.remove(m_name);
    }

    bool open(QString *error)
    {
        // 0666 less the umask, as any program creates a file.
        return m_folder.createTemporaryFile(QStringLiteral(".srtoolbox-export-"), QStringLiteral(".part"), &m_file,
                                            &m_name, error);
    }

    QIODevice *device() { return &m_file; }
    bool write(const char *data, qint64 size)
    {
        errno = 0;
        if (m_file.write(data, size) == size)
            return true;
        m_errno = errno;
        return false;
    }
    // After a partial write (a full disk) QFile has no message of its own; errno has the reason.
    QString errorString() const { return m_errno != 0 ? qt_error_string(m_errno) : m_file.errorString(); }

    // Flushes the data to the disk (a full disk shows here at the latest).
    bool finish(const QString &target, QString *error)
    {
        errno = 0;
        if (!m_file.flush()) {
            m_errno = errno;
            *error = Exporter::tr("Cannot write %1: %2").arg(native(target), errorString());
            return false;
        }
        if (!DirHandle::sync(&m_file)) {
            *error = Exporter::tr("Cannot write %1: %2").arg(native(target), qt_error_string(errno));
            return false;
        }
        m_file.close();
        return true;
    }

    // Renames the file to name. An existing file is never touched without replace: false with
    // *exists set. With replace, an existing file is moved aside to *aside (hidden, same folder)
    // first; the caller removes it when the export succeeds, or puts it back. A link in the way is
    // refused, with or without replace.
    bool commit(const QString &name, bool replace, QString *aside, bool *exists, QString *error)
    {
        *exists = false;
        aside->clear();
        const DirHandle::Kind found = m_folder.kind(name);
        if (found == DirHandle::Kind::Link) {
            *error = Exporter::tr("%1 is a symbolic link; the export does not write through links.").arg(native(m_folder.pathOf(name)));
            return false;
        }
        if (found != DirHandle::Kind::Missing) {
            if (!replace || found == DirHandle::Kind::Folder) {
                *exists = true;
                return false;
            }
            const QString backup = QStringLiteral(".%1.srtoolbox-replaced-%2")
                                       .arg(name)
                                       .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
            if (!m_folder.rename(name, m_folder, backup, false, error)) {
                *error = Exporter::tr("Cannot replace %1: %2").arg(native(m_folder.pathOf(name)), *error);
                return false;
            }
            *aside = backup;
        }
        // Never replaces what appeared meanwhile (RENAME_NOREPLACE), never writes through a link.
        if (!m_folder.rename(m_name, m_folder, name, false, error, exists)) {
            if (!aside->isEmpty()) {
                m_folder.rename(*aside, m_folder, name, false, nullptr);
                aside->clear();
            }
            return false;
        }
        m_committed = true;
        return true;
    }

private:
    const DirHandle &m_folder;
    QFile m_file;
    QString m_name;
    bool m_committed = false;
    int m_errno = 0;
};

enum class Copy { Ok, Problem, Failed, Cancelled };
using Sink = std::function<bool(const char *, qint64)>;

// Reads the stored file of doc, hashing it, and hands the bytes to sink (when given). Problem, with
// the reason in *message, when the library's copy is missing, unreadable or no longer matches the
// SHA-256 of the catalog; Failed when the sink refuses the data.
Copy streamStored(const ContentStore &store, const DocumentRecord &doc, const Sink &sink,
                  const std::atomic_bool *cancel, QString *message)
{
    const QString storedPath = store.pathFor(doc.sha256);
    if (!store.contains(doc.sha256)) {
        *message = Exporter::tr("%1: the library's copy is missing (%2); not exported").arg(doc.filename, native(storedPath));
        return Copy::Problem;
    }
    QFile file;
    QString reason;
    if (!store.openStored(doc.sha256, &file, &reason)) {
        *message = Exporter::tr("%1: the library's copy cannot be read (%2); not exported").arg(doc.filename, reason);
        return Copy::Problem;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(Chunk, Qt::Uninitialized);
    for (;;) {
        if (isCancelled(cancel))
            return Copy::Cancelled;
        const qint64 n = file.read(buffer.data(), Chunk);
        if (n < 0) {
            *message = Exporter::tr("%1: the library's copy cannot be read (%2: %3); not exported")
                           .arg(doc.filename, native(storedPath), file.errorString());
            return Copy::Problem;
        }
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        if (sink && !sink(buffer.constData(), n))
            return Copy::Failed;
    }
    if (QString::fromLatin1(hash.result().toHex()) != doc.sha256.toLower()) {
        *message = Exporter::tr("%1: the library's copy is damaged (its SHA-256 no longer matches the catalog); not exported")
                       .arg(doc.filename);
        return Copy::Problem;
    }
    return Copy::Ok;
}

// Windows refuses these device names as files or folders, with any extension ("CON.pdf",
// "aux.tar.gz"): an export copied to a Windows share could not be opened.
bool isWindowsReservedName(const QString &name)
{
    static const QRegularExpression reserved(QStringLiteral("^(CON|PRN|AUX|NUL|COM[0-9\\x{B9}\\x{B2}\\x{B3}]|LPT[0-9\\x{B9}\\x{B2}\\x{B3}]) *(\\..*)?$"),
                                             QRegularExpression::CaseInsensitiveOption);
    return reserved.match(name).hasMatch();
}

QString nameKey(const QString &folder, const QString &name)
{
    return (folder + QLatin1Char('/') + name).toCaseFolded();
}

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

QString csvField(QString value, bool text)
{
    // Control characters from the catalog would act in the spreadsheet or the terminal showing it.
    if (text)
        value = PrintableText::escaped(value);
    // A spreadsheet runs text starting with = + - @ as a formula ("CSV injection"): not ours.
    if (text && !value.isEmpty()
        && (value.front() == QLatin1Char('=') || value.front() == QLatin1Char('+') || value.front() == QLatin1Char('-')
            || value.front() == QLatin1Char('@') || value.front() == QLatin1Char('\t') || value.front() == QLatin1Char('\r')))
        value.prepend(QLatin1Char('\''));
    if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\r'))) {
        value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

} // namespace

Exporter::Exporter(const Library &library)
    : Exporter(library, Options())
{
}

Exporter::Exporter(const Library &library, Options options)
    : m_library(library)
    , m_options(std::move(options))
{
}

QString Exporter::defaultPackName(const QDate &date)
{
    return tr("Export %1").arg(date.toString(Qt::ISODate));
}

QString Exporter::safeFileName(const QString &name)
{
    QString result;
    result.reserve(name.size());
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || QStringLiteral("/\\:*?\"<>|").contains(c))
            result.append(QLatin1Char('_'));
        else
            result.append(c);
    }
    result = result.trimmed();
    while (result.endsWith(QLatin1Char('.')) || result.endsWith(QLatin1Char(' ')))
        result.chop(1);
    if (result.isEmpty())
        result = tr("document");
    if (isWindowsReservedName(result))
        result.prepend(QLatin1Char('_'));
    if (result.toUtf8().size() > MaxNameBytes) {
        const int dot = int(result.lastIndexOf(QLatin1Char('.')));
        const QString suffix = dot > 0 && result.size() - dot <= 10 ? result.mid(dot) : QString();
        QString base = result.left(result.size() - suffix.size());
        while (!base.isEmpty() && (base + suffix).toUtf8().size() > MaxNameBytes)
            base.chop(base.back().isLowSurrogate() && base.size() > 1 ? 2 : 1);
        result = base.trimmed() + suffix;
    }
    return result;
}

QString Exporter::uniqueName(const QString &fileName, const std::function<bool(const QString &)> &taken)
{
    if (!taken(fileName))
        return fileName;
    // "Bericht.pdf" → "Bericht (2).pdf"; "paket.tar.gz" → "paket (2).tar.gz"; "README" → "README (2)"
    int dot = int(fileName.lastIndexOf(QLatin1Char('.')));
    if (dot > 0 && fileName.left(dot).endsWith(QLatin1String(".tar"), Qt::CaseInsensitive))
        dot -= 4;
    const bool hasSuffix = dot > 0;
    const QString base = hasSuffix ? fileName.left(dot) : fileName;
    const QString suffix = hasSuffix ? fileName.mid(dot) : QString();
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(suffix);
        if (!taken(candidate))
            return candidate;
    }
}

QStringList Exporter::csvHeader()
{
    // German whatever the program's language: the list is meant for German spreadsheets.
    return {QStringLiteral("Titel"),   QStringLiteral("Datei"),        QStringLiteral("Kategorie"),
            QStringLiteral("Dokumenttyp"), QStringLiteral("Schlagwörter"), QStringLiteral("Kommune"),
            QStringLiteral("Jahr"),    QStringLiteral("Lizenz"),       QStringLiteral("Format"),
            QStringLiteral("Seiten"),  QStringLiteral("SHA-256")};
}

QByteArray Exporter::csv(const QList<DocumentRecord> &documents, const QStringList &files)
{
    const QString lineEnd = QStringLiteral("\r\n");
    QString text = csvHeader().join(QLatin1Char(';')) + lineEnd;
    for (int i = 0; i < documents.size(); ++i) {
        const DocumentRecord &d = documents.at(i);
        const QString file = i < files.size() ? files.at(i) : d.filename;
        const QStringList fields{csvField(d.title, true),
                                 csvField(file, true),
                                 csvField(d.category, true),
                                 csvField(d.type, true),
                                 csvField(d.tags.join(QStringLiteral(", ")), true),
                                 csvField(d.municipality, true),
                                 d.year > 0 ? QString::number(d.year) : QString(),
                                 csvField(d.license, true),
                                 csvField(d.format, true),
                                 d.pages > 0 ? QString::number(d.pages) : QString(),
                                 csvField(d.sha256, false)};
        text += fields.join(QLatin1Char(';')) + lineEnd;
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

bool Exporter::writeCsv(const QList<DocumentRecord> &documents, const QString &path, QString *error, bool overwrite)
{
    QString message;
    const QString target = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList created;
    auto failed = [&] {
        removeFolders(created);
        if (error)
            *error = message;
        return false;
    };
    if (QFileInfo(target).isDir()) {
        message = tr("%1 is a folder; name the file to write.").arg(native(target));
        return failed();
    }
    const DirHandle folder = openFolderOf(target, &created, &message);
    if (!folder.isValid())
        return failed();
    OutputFile out(folder);
    if (!out.open(&message))
        return failed();
    const QByteArray data = csv(documents);
    if (!out.write(data.constData(), data.size())) {
        message = tr("Cannot write %1: %2").arg(native(target), out.errorString());
        return failed();
    }
    QString aside;
    bool exists = false;
    if (!out.finish(target, &message) || !out.commit(QFileInfo(target).fileName(), overwrite, &aside, &exists, &message)) {
        if (exists)
            message = tr("%1 exists already and was left alone.").arg(native(target));
        return failed();
    }
    if (!aside.isEmpty())
        folder.remove(aside);
    return true;
}

bool Exporter::loadDocuments(const QList<qint64> &ids, QList<DocumentRecord> *documents, Result *result) const
{
    QList<qint64> unique;
    QSet<qint64> seen;
    for (qint64 id : ids) {
        if (!seen.contains(id)) {
            seen.insert(id);
            unique.append(id);
        }
    }
    if (unique.isEmpty()) {
        result->error = tr("No documents were chosen for the export.");
        return false;
    }
    QString error;
    const std::unique_ptr<SqliteDatabase> db = m_library.openConnection(&error);
    if (!db) {
        result->error = tr("Cannot read the library's catalog: %1").arg(error);
        return false;
    }
    *documents = Catalog(*db).documents(unique);
    QSet<qint64> found;
    for (const DocumentRecord &d : std::as_const(*documents))
        found.insert(d.id);
    for (qint64 id : std::as_const(unique)) {
        if (!found.contains(id))
            result->problems.append(tr("There is no document with the id %1.").arg(id));
    }
    if (documents->isEmpty()) {
        result->error = tr("None of the chosen documents is in the library.");
        return false;
    }
    return true;
}

QString Exporter::subfolderFor(const DocumentRecord &doc) const
{
    if (!m_options.byCategory || doc.category.trimmed().isEmpty())
        return {};
    return safeFileName(doc.category);
}

Exporter::Result Exporter::exportToFolder(const QList<qint64> &ids, const QString &dir, const Progress &progress,
                                          const std::atomic_bool *cancel)
{
    Result result;
    result.target = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    qCDebug(lcExport).noquote() << "exporting" << ids.size() << "document(s) to the folder" << result.target;
    QList<DocumentRecord> documents;
    if (!loadDocuments(ids, &documents, &result))
        return result;

    QStringList createdFolders;     // absolute: the target and the folders above it that were made
    QStringList createdSubfolders;  // relative to the target: category folders made
    std::map<QString, DirHandle> folders; // by subfolder ("" is the target), held open for undo
    QList<QPair<QString, QString>> writtenFiles; // subfolder, name
    struct Replaced { QString sub, name, aside; };
    QList<Replaced> replaced;
    // Back to the folder as it was: the files written go, replaced ones come back, new folders go.
    auto undo = [&] {
        for (auto it = writtenFiles.crbegin(); it != writtenFiles.crend(); ++it)
            folders.at(it->first).remove(it->second);
        for (const Replaced &r : std::as_const(replaced))
            folders.at(r.sub).rename(r.aside, folders.at(r.sub), r.name, false, nullptr);
        for (auto it = createdSubfolders.crbegin(); it != createdSubfolders.crend(); ++it)
            folders.at(QString()).removeEmptyDir(*it); // only when empty: never what someone else put there
        removeFolders(createdFolders);
        result.written.clear();
    };
    std::optional<OutputFile> out; // the file being written, dropped before the undo
    auto stop = [&](bool cancelled) {
        result.cancelled = cancelled;
        out.reset();
        undo();
        return result;
    };

    if (!makeFolder(result.target, &createdFolders, &result.error))
        return stop(false);
    // Everything below the target is made and written relative to it without following links.
    folders.emplace(QString(), DirHandle::open(result.target, &result.error));
    const DirHandle &top = folders.at(QString());
    if (!top.isValid())
        return stop(false);
    const ContentStore &store = m_library.store();
    QSet<QString> taken; // names written by this export (case-folded, with the subfolder)
    const int total = int(documents.size());
    for (int i = 0; i < total; ++i) {
        const DocumentRecord &doc = documents.at(i);
        if (isCancelled(cancel))
            return stop(true);
        if (progress)
            progress(i, total, doc.filename);
        const QString sub = subfolderFor(doc);
        if (!folders.count(sub)) {
            const QString linked = top.firstLink(sub);
            if (!linked.isEmpty()) {
                result.problems.append(tr("%1: the folder %2 in the export target is a symbolic link; the export does "
                                          "not write through links; not exported")
                                           .arg(doc.filename, native(top.pathOf(linked))));
                continue;
            }
            DirHandle made = top.makeDir(sub, &result.error, &createdSubfolders);
            if (!made.isValid())
                return stop(false);
            folders.emplace(sub, std::move(made));
        }
        const DirHandle &folder = folders.at(sub);
        out.emplace(folder);
        if (!out->open(&result.error))
            return stop(false);
        QString message;
        const Copy copy = streamStored(
            store, doc, [&](const char *data, qint64 size) { return out->write(data, size); }, cancel, &message);
        if (copy == Copy::Cancelled)
            return stop(true);
        if (copy == Copy::Problem) {
            result.problems.append(message);
            continue;
        }
        if (copy == Copy::Failed) {
            result.error = tr("Cannot write to the folder %1: %2").arg(native(folder.path()), out->errorString());
            return stop(false);
        }
        if (!out->finish(folder.pathOf(doc.filename), &result.error))
            return stop(false);

        QString name;
        QString aside;
        const Placed placed = placeUnique(*out, folder, sub, safeFileName(doc.filename),
                                          m_options.replaceExisting, taken, &name, &aside, &result.error);
        if (placed == Placed::Link) {
            result.problems.append(
                tr("%1: %2 in the export target is a symbolic link; the export does not write "
                   "through links; not exported")
                    .arg(doc.filename, native(folder.pathOf(name))));
            continue; // the temporary copy is dropped with out
        }
        if (placed == Placed::Failed)
            return stop(false);
        taken.insert(nameKey(sub, name));
        writtenFiles.append({ sub, name });
        if (!aside.isEmpty())
            replaced.append({ sub, name, aside });
        result.written.append(folder.pathOf(name));
    }
    if (isCancelled(cancel))
        return stop(true);
    for (const Replaced &r : std::as_const(replaced))
        folders.at(r.sub).remove(r.aside);
    if (progress)
        progress(total, total, QString());
    return result;
}

Exporter::Result Exporter::exportToZip(const QList<qint64> &ids, const QString &zipPath, const Progress &progress,
                                       const std::atomic_bool *cancel)
{
    Result result;
    const QFileInfo info(zipPath);
    qCDebug(lcExport).noquote() << "exporting" << ids.size() << "document(s) to the zip"
                                << info.absoluteFilePath();
    result.target = QDir::cleanPath(info.absoluteFilePath());
    if (info.isDir()) {
        result.error = tr("%1 is a folder; name the zip file to write.").arg(native(result.target));
        return result;
    }
    if ((info.exists() || info.isSymLink()) && !m_options.overwriteZip) {
        result.error = tr("%1 exists already and was left alone.").arg(native(result.target));
        return result;
    }
    QList<DocumentRecord> documents;
    if (!loadDocuments(ids, &documents, &result))
        return result;
    // The placeholders a manifest declared go into the new manifest, so that a re-import keeps them (#14).
    QHash<qint64, QHash<QString, QString>> placeholders;
    {
        QString error;
        if (const std::unique_ptr<SqliteDatabase> db = m_library.openConnection(&error)) {
            const Catalog catalog(*db);
            for (const DocumentRecord &doc : std::as_const(documents)) {
                const QHash<QString, QString> declared = catalog.declaredPlaceholders(doc.id);
                if (!declared.isEmpty())
                    placeholders.insert(doc.id, declared);
            }
        }
    }

    QStringList createdFolders;
    const DirHandle folder = openFolderOf(result.target, &createdFolders, &result.error);
    if (!folder.isValid()) {
        removeFolders(createdFolders);
        return result;
    }
    OutputFile out(folder);         // dropped unless committed: no partial zip
    std::unique_ptr<ZipWriter> zip; // destroyed before out
    auto stop = [&](bool cancelled, const QString &error = QString()) {
        result.cancelled = cancelled;
        if (!error.isEmpty())
            result.error = error;
        result.written.clear();
        zip.reset();
        removeFolders(createdFolders);
        return result;
    };
    if (!out.open(&result.error))
        return stop(false);
    zip = std::make_unique<ZipWriter>(out.device());
    if (!zip->open())
        return stop(false, tr("Cannot write %1: %2").arg(native(result.target), zip->errorString()));

    const QDateTime now = QDateTime::currentDateTime();
    Manifest manifest;
    manifest.pack().name = m_options.packName.isEmpty() ? defaultPackName(now.date()) : m_options.packName;
    manifest.pack().date = now.date().toString(Qt::ISODate);
    QList<DocumentRecord> exported;
    QStringList files;
    QSet<QString> taken{nameKey(QString(), QString::fromLatin1(Manifest::FileName)),
                        nameKey(QString(), QString::fromLatin1(IndexFileName))};
    const ContentStore &store = m_library.store();
    const int total = int(documents.size());
    for (int i = 0; i < total; ++i) {
        const DocumentRecord &doc = documents.at(i);
        if (isCancelled(cancel))
            return stop(true);
        if (progress)
            progress(i, total, doc.filename);
        // Checked first: a member cannot be taken back out of the archive.
        QString message;
        Copy copy = streamStored(store, doc, {}, cancel, &message);
        if (copy == Copy::Cancelled)
            return stop(true);
        if (copy == Copy::Problem) {
            result.problems.append(message);
            continue;
        }
        const QString sub = subfolderFor(doc);
        const QString name = uniqueName(safeFileName(doc.filename),
                                        [&](const QString &candidate) { return taken.contains(nameKey(sub, candidate)); });
        const QString member = sub.isEmpty() ? name : sub + QLatin1Char('/') + name;
        const qint64 size = QFileInfo(store.pathFor(doc.sha256)).size();
        if (!zip->beginFile(member, size, now, ZipWriter::compressionFor(name)))
            return stop(false, tr("Cannot write %1: %2").arg(native(result.target), zip->errorString()));
        copy = streamStored(
            store, doc, [&](const char *data, qint64 n) { return zip->write(data, n); }, cancel, &message);
        if (copy == Copy::Cancelled)
            return stop(true);
        if (copy == Copy::Problem)
            return stop(false, tr("%1 changed while it was exported: %2").arg(doc.filename, message));
        if (copy == Copy::Failed || !zip->finishFile())
            return stop(false, tr("Cannot write %1: %2").arg(native(result.target), zip->errorString()));
        taken.insert(nameKey(sub, name));
        exported.append(doc);
        files.append(member);
        result.written.append(member);

        Manifest::Entry entry = manifestEntry(doc, member);
        entry.placeholders = placeholders.value(doc.id);
        manifest.entries().append(entry);
    }
    if (exported.isEmpty())
        return stop(false, tr("None of the chosen documents could be exported; %1 was not written.").arg(native(result.target)));
    manifest.pack().description = tr("%n document(s) exported from the Smart Region Toolbox.", nullptr, int(exported.size()));
    if (!zip->addFile(QString::fromLatin1(Manifest::FileName), manifest.toJson(), now)
        || !zip->addFile(QString::fromLatin1(IndexFileName), csv(exported, files), now) || !zip->close())
        return stop(false, tr("Cannot write %1: %2").arg(native(result.target), zip->errorString()));
    zip.reset();
    if (isCancelled(cancel))
        return stop(true);
    QString aside;
    bool exists = false;
    if (!out.finish(result.target, &result.error))
        return stop(false);
    if (!out.commit(QFileInfo(result.target).fileName(), m_options.overwriteZip, &aside, &exists, &result.error))
        return stop(false, exists ? tr("%1 exists already and was left alone.").arg(native(result.target)) : QString());
    if (!aside.isEmpty())
        folder.remove(aside);
    if (progress)
        progress(total, total, QString());
    return result;
}
