#include "export/Exporter.h"

#include "export/ZipWriter.h"
#include "import/Manifest.h"
#include "library/Catalog.h"
#include "library/Library.h"
#include "search/Searcher.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryFile>

#include <cerrno>
#include <climits>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

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

// Permissions of a new file as any program creates it: 0666 minus the umask. Read from /proc, as
// umask() would have to change the process's mask to tell it.
mode_t newFileMode()
{
    static const mode_t mode = [] {
        QFile status(QStringLiteral("/proc/self/status"));
        if (status.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> lines = status.readAll().split('\n');
            for (const QByteArray &line : lines) {
                if (!line.startsWith("Umask:"))
                    continue;
                bool ok = false;
                const uint mask = line.mid(6).trimmed().toUInt(&ok, 8);
                if (ok)
                    return mode_t(0666 & ~mask);
            }
        }
        return mode_t(0644);
    }();
    return mode;
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
        if (::mkdir(QFile::encodeName(dir).constData(), 0777) != 0 && errno != EEXIST) {
            *error = Exporter::tr("Cannot create the folder %1: %2").arg(native(dir), qt_error_string(errno));
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

// A file written under a temporary name in its target folder and renamed into place when complete,
// so that no half-written file ever carries the target's name. Dropped unless committed.
class OutputFile
{
public:
    explicit OutputFile(const QString &folder)
        : m_folder(folder)
        , m_file(folder + QStringLiteral("/.srtoolbox-export-XXXXXX.part"))
    {
    }

    bool open(QString *error)
    {
        if (!m_file.open()) {
            *error = Exporter::tr("Cannot write to the folder %1: %2").arg(native(m_folder), m_file.errorString());
            return false;
        }
        ::fchmod(m_file.handle(), newFileMode());
        return true;
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
        if (::fsync(m_file.handle()) != 0 && errno != EINVAL) { // EINVAL: a file system without fsync
            *error = Exporter::tr("Cannot write %1: %2").arg(native(target), qt_error_string(errno));
            return false;
        }
        return true;
    }

    // Renames the file to path. An existing path is never touched without replace: false with
    // *exists set. With replace, an existing file is moved aside to *aside (hidden, same folder)
    // first; the caller removes it when the export succeeds, or puts it back.
    bool commit(const QString &path, bool replace, QString *aside, bool *exists, QString *error)
    {
        *exists = false;
        aside->clear();
        const QFileInfo target(path);
        if (target.exists() || target.isSymLink()) {
            if (!replace || target.isDir()) {
                *exists = true;
                return false;
            }
            const QString backup = QStringLiteral("%1/.%2.srtoolbox-replaced-%3")
                                       .arg(target.absolutePath(), target.fileName())
                                       .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
            if (!QFile::rename(path, backup)) {
                *error = Exporter::tr("Cannot replace %1: %2").arg(native(path), qt_error_string(errno));
                return false;
            }
            *aside = backup;
        }
        if (!m_file.rename(path)) { // never replaces a file (renameat2 RENAME_NOREPLACE or link)
            const QString reason = m_file.errorString();
            if (!aside->isEmpty()) {
                QFile::rename(*aside, path);
                aside->clear();
            }
            if (QFileInfo::exists(path)) { // appeared meanwhile
                *exists = true;
                return false;
            }
            *error = Exporter::tr("Cannot write %1: %2").arg(native(path), reason);
            return false;
        }
        m_file.setAutoRemove(false);
        return true;
    }

private:
    QString m_folder;
    QTemporaryFile m_file;
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
    QFile file(storedPath);
    if (!file.exists()) {
        *message = Exporter::tr("%1: the library's copy is missing (%2); not exported").arg(doc.filename, native(storedPath));
        return Copy::Problem;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *message = Exporter::tr("%1: the library's copy cannot be read (%2: %3); not exported")
                       .arg(doc.filename, native(storedPath), file.errorString());
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

QString nameKey(const QString &folder, const QString &name)
{
    return (folder + QLatin1Char('/') + name).toCaseFolded();
}

QString csvField(QString value, bool text)
{
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

QString Exporter::uniqueNameIn(const QString &dir, const QString &fileName)
{
    return uniqueName(fileName, [&](const QString &candidate) {
        const QFileInfo info(dir + QLatin1Char('/') + candidate);
        return info.exists() || info.isSymLink();
    });
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
    if (!makeFolder(QFileInfo(target).absolutePath(), &created, &message))
        return failed();
    OutputFile out(QFileInfo(target).absolutePath());
    if (!out.open(&message))
        return failed();
    const QByteArray data = csv(documents);
    if (!out.write(data.constData(), data.size())) {
        message = tr("Cannot write %1: %2").arg(native(target), out.errorString());
        return failed();
    }
    QString aside;
    bool exists = false;
    if (!out.finish(target, &message) || !out.commit(target, overwrite, &aside, &exists, &message)) {
        if (exists)
            message = tr("%1 exists already and was left alone.").arg(native(target));
        return failed();
    }
    if (!aside.isEmpty())
        QFile::remove(aside);
    return true;
}

QList<qint64> Exporter::queryIds(SqliteDatabase &db, const QString &query, QString *error)
{
    SearchRequest request;
    request.query = query;
    request.limit = INT_MAX;
    request.sort = SearchRequest::Sort::Relevance;
    const SearchResult result = Searcher(db).search(request);
    if (!result.error.isEmpty()) {
        if (error)
            *error = result.error;
        return {};
    }
    QList<qint64> ids;
    ids.reserve(result.hits.size());
    for (const SearchHit &hit : result.hits)
        ids.append(hit.id);
    return ids;
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
    QList<DocumentRecord> documents;
    if (!loadDocuments(ids, &documents, &result))
        return result;

    QStringList createdFolders;
    QStringList writtenFiles;
    QList<QPair<QString, QString>> replaced; // target path, the earlier file moved aside
    // Back to the folder as it was: the files written go, replaced ones come back, new folders go.
    auto undo = [&] {
        for (auto it = writtenFiles.crbegin(); it != writtenFiles.crend(); ++it)
            QFile::remove(*it);
        for (const auto &[path, aside] : std::as_const(replaced))
            QFile::rename(aside, path);
        removeFolders(createdFolders);
        result.written.clear();
    };
    auto stop = [&](bool cancelled) {
        result.cancelled = cancelled;
        undo();
        return result;
    };

    if (!makeFolder(result.target, &createdFolders, &result.error))
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
        const QString folder = sub.isEmpty() ? result.target : result.target + QLatin1Char('/') + sub;
        if (!makeFolder(folder, &createdFolders, &result.error))
            return stop(false);
        OutputFile out(folder);
        if (!out.open(&result.error))
            return stop(false);
        QString message;
        const Copy copy = streamStored(
            store, doc, [&](const char *data, qint64 size) { return out.write(data, size); }, cancel, &message);
        if (copy == Copy::Cancelled)
            return stop(true);
        if (copy == Copy::Problem) {
            result.problems.append(message);
            continue;
        }
        if (copy == Copy::Failed) {
            result.error = tr("Cannot write to the folder %1: %2").arg(native(folder), out.errorString());
            return stop(false);
        }
        if (!out.finish(folder + QLatin1Char('/') + doc.filename, &result.error))
            return stop(false);

        const QString base = safeFileName(doc.filename);
        for (int attempt = 0;; ++attempt) {
            const QString name = uniqueName(base, [&](const QString &candidate) {
                if (taken.contains(nameKey(sub, candidate)))
                    return true;
                const QFileInfo existing(folder + QLatin1Char('/') + candidate);
                if (m_options.replaceExisting)
                    return existing.isDir();
                return existing.exists() || existing.isSymLink();
            });
            const QString path = folder + QLatin1Char('/') + name;
            QString aside;
            bool exists = false;
            if (out.commit(path, m_options.replaceExisting, &aside, &exists, &result.error)) {
                taken.insert(nameKey(sub, name));
                writtenFiles.append(path);
                if (!aside.isEmpty())
                    replaced.append({path, aside});
                result.written.append(path);
                break;
            }
            if (!exists || attempt >= 100) { // a name taken meanwhile is tried again; other errors stop
                if (result.error.isEmpty())
                    result.error = tr("Cannot write %1.").arg(native(path));
                return stop(false);
            }
        }
    }
    if (isCancelled(cancel))
        return stop(true);
    for (const auto &[path, aside] : std::as_const(replaced))
        QFile::remove(aside);
    if (progress)
        progress(total, total, QString());
    return result;
}

Exporter::Result Exporter::exportToZip(const QList<qint64> &ids, const QString &zipPath, const Progress &progress,
                                       const std::atomic_bool *cancel)
{
    Result result;
    const QFileInfo info(zipPath);
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

    QStringList createdFolders;
    const QString folder = QFileInfo(result.target).absolutePath();
    if (!makeFolder(folder, &createdFolders, &result.error)) {
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
    if (!out.commit(result.target, m_options.overwriteZip, &aside, &exists, &result.error))
        return stop(false, exists ? tr("%1 exists already and was left alone.").arg(native(result.target)) : QString());
    if (!aside.isEmpty())
        QFile::remove(aside);
    if (progress)
        progress(total, total, QString());
    return result;
}
