#include "core/publish/Publisher.h"

#include "core/library/ContentStore.h"
#include "core/library/Library.h"
#include "core/library/LibraryLock.h"
#include "core/library/PublishedFolder.h"
#include "core/library/SqliteDatabase.h"
#include "core/platform/DirHandle.h"
#include "core/util/Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <sqlite3.h>

namespace {
const QString TempFolder = QStringLiteral(".tmp");
constexpr qint64 ChunkSize = 256 * 1024;
constexpr int DerivedDepth = 8;

struct Document
{
    qint64 size = 0;
    QString fingerprint; // metadata and tags: a change makes the document "changed"
};
using Documents = QHash<QString, Document>; // by SHA-256

// The documents of a version's catalog, read immutable (a version never changes).
bool readDocuments(const QString &catalog, Documents *documents, QString *error)
{
    SqliteDatabase db;
    if (!db.open(catalog, SqliteDatabase::Mode::Immutable, error))
        return false;
    SqliteStatement rows = db.prepare(QStringLiteral(
        "SELECT d.sha256, d.size, ifnull(d.filename, '') || char(31) || ifnull(d.title, '') || char(31) "
        "|| ifnull(d.description, '') || char(31) || ifnull(d.category, '') || char(31) || "
        "ifnull(d.doc_type, '') "
        "|| char(31) || ifnull(d.municipality, '') || char(31) || ifnull(d.year, '') || char(31) "
        "|| ifnull(d.license, '') || char(31) || ifnull(d.language, '') || char(31) || ifnull(d.format, '') "
        "|| char(31) || ifnull((SELECT group_concat(name, char(30)) FROM (SELECT t.name FROM document_tags "
        "dt "
        "JOIN tags t ON t.id = dt.tag_id WHERE dt.document_id = d.id ORDER BY t.name_key)), '') FROM "
        "documents d"));
    while (rows.next())
        documents->insert(rows.text(0), { rows.integer(1), rows.text(2) });
    if (rows.failed() && error)
        *error = Publisher::tr("Cannot read the catalog %1: %2").arg(catalog, rows.error());
    return !rows.failed();
}

// A consistent copy of the source catalog (one read transaction of the backup API) as one file
// without WAL, checked before it can become a version.
bool snapshotCatalog(const Library &source, const QString &target, QString *error)
{
    const auto sourceDb = source.openConnection(error);
    if (!sourceDb)
        return false;
    sqlite3 *dest = nullptr;
    const QByteArray path = QFile::encodeName(target);
    int rc = sqlite3_open_v2(path.constData(), &dest,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOFOLLOW, nullptr);
    QString reason;
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(dest, "main", sourceDb->handle(), "main");
        if (!backup) {
            rc = sqlite3_errcode(dest);
        } else {
            rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            rc = rc == SQLITE_DONE ? sqlite3_errcode(dest) : rc;
        }
    }
    QByteArray mode, check;
    const auto single = [dest](const char *sql, QByteArray *value) {
        sqlite3_stmt *stmt = nullptr;
        int result = sqlite3_prepare_v2(dest, sql, -1, &stmt, nullptr);
        if (result == SQLITE_OK && (result = sqlite3_step(stmt)) == SQLITE_ROW)
            *value = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
        return result == SQLITE_ROW || result == SQLITE_DONE ? SQLITE_OK : result;
    };
    // The backup carries the source's WAL flag: readers on a share must not need a -wal or -shm file.
    if (rc == SQLITE_OK)
        rc = single("PRAGMA journal_mode=DELETE", &mode);
    if (rc == SQLITE_OK)
        rc = single("PRAGMA quick_check", &check);
    if (rc != SQLITE_OK)
        reason = dest ? QString::fromUtf8(sqlite3_errmsg(dest)) : QString::fromUtf8(sqlite3_errstr(rc));
    else if (mode != "delete")
        reason = Publisher::tr("the copy stays in journal mode %1").arg(QString::fromUtf8(mode));
    else if (check != "ok")
        reason = QString::fromUtf8(check);
    sqlite3_close_v2(dest);
    if (!reason.isEmpty() && error)
        *error
            = Publisher::tr("Cannot copy the catalog %1 to %2: %3").arg(source.catalogPath(), target, reason);
    return reason.isEmpty();
}

struct DerivedFile
{
    QString path; // relative to derived/
    qint64 size = 0;
};

// The files below dir (relative to the top), without following links and without hidden entries
// (temporary files of whoever writes there).
void listFiles(const DirHandle &dir, const QString &prefix, int depth, QList<DerivedFile> *files)
{
    for (const QString &name : dir.entries()) {
        if (name.startsWith(QLatin1Char('.')))
            continue;
        const DirHandle::Kind kind = dir.kind(name);
        if (kind == DirHandle::Kind::Folder && depth < DerivedDepth) {
            const DirHandle sub = dir.openDir(name, nullptr);
            if (sub.isValid())
                listFiles(sub, prefix + name + QLatin1Char('/'), depth + 1, files);
        } else if (kind == DirHandle::Kind::File) {
            QFile file;
            if (dir.openFile(name, &file, nullptr))
                files->append({ prefix + name, file.size() });
        }
    }
}

qint64 sizeOf(const DirHandle &root, const QString &relative)
{
    const QString folder = relative.section(QLatin1Char('/'), 0, -2);
    const DirHandle dir
        = folder.isEmpty() ? DirHandle::open(root.path(), nullptr) : root.openDir(folder, nullptr);
    QFile file;
    return dir.isValid() && dir.openFile(relative.section(QLatin1Char('/'), -1), &file, nullptr) ? file.size()
                                                                                                 : -1;
}

class Copier
{
public:
    Copier(const Publisher::Progress &progress, qint64 total)
        : m_progress(progress)
        , m_total(total)
    {
    }
    qint64 bytes() const { return m_done; }
    int files() const { return m_files; }
    bool cancelled() const { return m_cancelled; }

    // Copies from/relative to area/relative in the target through area/.tmp and a rename, flushed
    // first. expectedSha256: the content must hash to it (a stored file's name), else nothing lands.
    bool copy(const DirHandle &from, const DirHandle &area, const QString &relative,
              const QString &expectedSha256, bool replace, QString *error)
    {
        const QString folder = relative.section(QLatin1Char('/'), 0, -2);
        const QString name = relative.section(QLatin1Char('/'), -1);
        const DirHandle sourceDir
            = folder.isEmpty() ? DirHandle::open(from.path(), error) : from.openDir(folder, error);
        QFile source;
        if (!sourceDir.isValid() || !sourceDir.openFile(name, &source, error))
            return false;
        const DirHandle temp = area.makeDir(TempFolder, error);
        const DirHandle targetDir
            = folder.isEmpty() ? DirHandle::open(area.path(), error) : area.makeDir(folder, error);
        QFile target;
        QString tempName;
        if (!temp.isValid() || !targetDir.isValid()
            || !temp.createTemporaryFile(QStringLiteral("publish-"), QString(), &target, &tempName, error))
            return false;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QByteArray buffer(ChunkSize, Qt::Uninitialized);
        qint64 n = 0;
        bool ok = true;
        while (ok && (n = source.read(buffer.data(), buffer.size())) > 0) {
            hash.addData(QByteArrayView(buffer.constData(), n));
            ok = target.write(buffer.constData(), n) == n;
            m_done += n;
            if (ok && m_progress && !m_progress(m_done, m_total)) {
                m_cancelled = true;
                ok = false;
            }
        }
        if (ok && n < 0) {
            ok = false;
            if (error)
                *error
                    = Publisher::tr("Cannot read %1: %2").arg(sourceDir.pathOf(name), source.errorString());
        } else if (!ok && !m_cancelled && error) {
            *error = Publisher::tr("Cannot write %1: %2").arg(targetDir.pathOf(name), target.errorString());
        }
        ok = ok && DirHandle::sync(&target);
        if (!ok && !m_cancelled && error && error->isEmpty())
            *error = Publisher::tr("Cannot write %1: %2").arg(targetDir.pathOf(name), target.errorString());
        target.close();
        if (ok && !expectedSha256.isEmpty() && QString::fromLatin1(hash.result().toHex()) != expectedSha256) {
            ok = false;
            if (error)
                *error = Publisher::tr(
                             "The stored file %1 does not match its name (damaged); it was not published. "
                             "'srtoolbox-cli check' finds such files.")
                             .arg(sourceDir.pathOf(name));
        }
        if (ok) {
            temp.setMode(tempName, 0444);
            bool exists = false;
            ok = temp.rename(tempName, targetDir, name, replace, error, &exists) || exists;
        }
        temp.remove(tempName);
        m_files += ok ? 1 : 0;
        return ok;
    }

private:
    const Publisher::Progress &m_progress;
    qint64 m_total = 0;
    qint64 m_done = 0;
    int m_files = 0;
    bool m_cancelled = false;
};

QString cancelledMessage()
{
    return Publisher::tr("Publishing was cancelled; the previous version stays current.");
}
} // namespace

Publisher::Publisher(const Library &source, QString targetDir)
    : m_source(source)
    , m_target(QDir(targetDir).absolutePath())
{
}

bool Publisher::publish(PublishSummary *summary, QString *error)
{
    QString reason;
    const auto fail = [error, &reason](const QString &message) {
        if (error)
            *error = message.isEmpty() ? reason : message;
        return false;
    };
    const QString sourcePath = m_source.path();
    qCDebug(lcPublish).noquote() << "publishing" << sourcePath << "to" << m_target;
    if (m_target == sourcePath || m_target.startsWith(sourcePath + QLatin1Char('/'))
        || sourcePath.startsWith(m_target + QLatin1Char('/')))
        return fail(
            tr("Cannot publish to %1: the folder is the library itself, inside it or around it. Choose a "
               "folder of its own, e.g. on the file share.")
                .arg(m_target));
    const DirHandle root = DirHandle::open(m_target, &reason, true);
    if (!root.isValid())
        return fail(tr("Cannot publish to %1: %2").arg(m_target, reason));
    if (root.kind(Library::catalogFileName()) != DirHandle::Kind::Missing)
        return fail(tr("Cannot publish to %1: it holds a working library (%2). Publish into an empty folder.")
                        .arg(m_target, Library::catalogFileName()));
    const QStringList entries = root.entries();
    const bool ours = root.kind(PublishedFolder::versionsFolder()) == DirHandle::Kind::Folder
        || root.kind(PublishedFolder::stagingFolder()) == DirHandle::Kind::Folder;
    if (!entries.isEmpty() && !ours && entries != QStringList { LibraryLock::fileName() })
        return fail(
            tr("Cannot publish to %1: the folder is not empty and holds no published library. Publish into "
               "an empty folder.")
                .arg(m_target));
    for (const QString &part : PublishedFolder::parts()) {
        if (root.kind(part) == DirHandle::Kind::Link)
            return fail(tr("Cannot publish to %1: %2 is a symbolic link, which publishing never follows.")
                            .arg(m_target, part));
    }
    const auto lock = LibraryLock::acquire(m_target, &reason);
    if (!lock)
        return fail(tr("Cannot publish to %1: %2").arg(m_target, reason));

    // What an interrupted publish left: the version it was writing and its temporary files.
    root.removeTree(PublishedFolder::stagingFolder());
    const DirHandle files = root.makeDir(QStringLiteral("files"), &reason);
    const DirHandle versions = root.makeDir(PublishedFolder::versionsFolder(), &reason);
    const DirHandle derived = root.makeDir(PublishedFolder::derivedFolder(), &reason);
    if (!files.isValid() || !versions.isValid() || !derived.isValid()
        || !root.makeDir(PublishedFolder::leasesFolder(), &reason).isValid())
        return fail(tr("Cannot publish to %1: %2").arg(m_target, reason));
    files.removeTree(TempFolder);
    derived.removeTree(TempFolder);

    QString previous;
    if (root.kind(PublishedFolder::pointerFileName()) != DirHandle::Kind::Missing) {
        previous = PublishedFolder::currentVersion(m_target, &reason);
        if (previous.isEmpty())
            return fail(tr("Cannot publish to %1: %2").arg(m_target, reason));
    }
    // Versions never made current (killed between the move and the pointer) are newer than it.
    for (const QString &name : versions.entries()) {
        if (name > previous)
            versions.removeTree(name);
    }

    const QString version = PublishedFolder::newVersionName(versions.entries() << previous);
    const DirHandle staging
        = root.makeDir(PublishedFolder::stagingFolder() + QLatin1Char('/') + version, &reason);
    if (!staging.isValid())
        return fail(tr("Cannot publish to %1: %2").arg(m_target, reason));
    const auto abandon = [&](const QString &message) {
        root.removeTree(PublishedFolder::stagingFolder());
        return fail(message);
    };
    const QString catalog = staging.pathOf(Library::catalogFileName());
    if (!snapshotCatalog(m_source, catalog, &reason))
        return abandon(reason);
    Documents now, before;
    if (!readDocuments(catalog, &now, &reason))
        return abandon(reason);
    if (!previous.isEmpty()
        && !readDocuments(PublishedFolder::catalogPath(m_target, previous), &before, &reason))
        return abandon(reason);

    // What the share lacks: stored files by name (content-addressed: a name is its content), derived
    // files by name and size (made again, they may differ).
    QStringList storeMissing;
    qint64 total = 0;
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (!ContentStore::isSha256(it.key()))
            return abandon(tr("The catalog %1 names an invalid file hash \"%2\".")
                               .arg(m_source.catalogPath(), it.key()));
        const DirHandle ab = files.openDir(it.key().left(2), nullptr);
        if (!ab.isValid() || ab.kind(it.key()) != DirHandle::Kind::File) {
            storeMissing.append(it.key());
            total += it->size;
        }
    }
    QList<DerivedFile> derivedMissing;
    const DirHandle sourceRoot = DirHandle::open(sourcePath, &reason);
    if (!sourceRoot.isValid())
        return abandon(tr("Cannot read the library %1: %2").arg(sourcePath, reason));
    const DirHandle sourceFiles = sourceRoot.openDir(QStringLiteral("files"), &reason);
    if (!sourceFiles.isValid() && !storeMissing.isEmpty())
        return abandon(tr("Cannot read the library %1: %2").arg(sourcePath, reason));
    const DirHandle sourceDerived
        = sourceRoot.kind(PublishedFolder::derivedFolder()) == DirHandle::Kind::Folder
        ? sourceRoot.openDir(PublishedFolder::derivedFolder(), nullptr)
        : DirHandle();
    if (sourceDerived.isValid()) {
        QList<DerivedFile> all;
        listFiles(sourceDerived, QString(), 0, &all);
        for (const DerivedFile &file : std::as_const(all)) {
            if (sizeOf(derived, file.path) != file.size) {
                derivedMissing.append(file);
                total += file.size;
            }
        }
    }

    Copier copier(m_progress, total);
    if (m_progress && !m_progress(0, total))
        return abandon(cancelledMessage());
    for (const QString &sha : std::as_const(storeMissing)) {
        if (!copier.copy(sourceFiles, files, sha.left(2) + QLatin1Char('/') + sha, sha, false, &reason))
            return abandon(copier.cancelled() ? cancelledMessage() : reason);
    }
    for (const DerivedFile &file : std::as_const(derivedMissing)) {
        if (!copier.copy(sourceDerived, derived, file.path, QString(), true, &reason))
            return abandon(copier.cancelled() ? cancelledMessage() : reason);
    }

    // The one step that makes the version current: until the pointer is replaced, readers read the
    // previous one, and a version folder without pointer is removed by the next publish.
    const DirHandle stagingRoot = root.openDir(PublishedFolder::stagingFolder(), &reason);
    if (!stagingRoot.isValid() || !stagingRoot.rename(version, versions, version, false, &reason))
        return abandon(tr("Cannot publish to %1: %2").arg(m_target, reason));
    QFile pointer;
    QString pointerTemp;
    const QByteArray line = version.toUtf8() + '\n';
    if (!root.createTemporaryFile(QStringLiteral(".current."), QString(), &pointer, &pointerTemp, &reason))
        return abandon(tr("Cannot publish to %1: %2").arg(m_target, reason));
    const bool written = pointer.write(line) == line.size() && DirHandle::sync(&pointer);
    const QString writeError = pointer.errorString();
    pointer.close();
    if (!written || !root.rename(pointerTemp, root, PublishedFolder::pointerFileName(), true, &reason)) {
        root.remove(pointerTemp);
        versions.removeTree(version);
        return abandon(tr("Cannot publish to %1: %2").arg(m_target, written ? reason : writeError));
    }
    root.removeTree(PublishedFolder::stagingFolder());
    // The copies' temporary folders are left empty by now; a published folder holds only its parts.
    files.removeTree(TempFolder);
    derived.removeTree(TempFolder);

    PublishSummary result;
    result.version = version;
    result.previousVersion = previous;
    result.documents = int(now.size());
    result.filesCopied = copier.files();
    result.bytesCopied = copier.bytes();
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const auto old = before.constFind(it.key());
        if (old == before.cend())
            ++result.added;
        else if (old->fingerprint != it->fingerprint)
            ++result.changed;
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        result.removed += now.contains(it.key()) ? 0 : 1;

    // Old versions: the newest m_keep stay, and any a reader renewed its lease on lately.
    const QDateTime utcNow = QDateTime::currentDateTimeUtc();
    QSet<QString> leased;
    const DirHandle leases = root.openDir(PublishedFolder::leasesFolder(), nullptr);
    for (const ReaderLease::Info &lease : ReaderLease::list(m_target)) {
        const qint64 age = lease.heartbeat.isValid() ? lease.heartbeat.secsTo(utcNow) : -1;
        if (age >= 0 && age < PublishedFolder::LeaseLifetimeSeconds)
            leased.insert(lease.version);
        else if (leases.isValid() && (age < 0 || age > 24 * 3600))
            leases.remove(lease.fileName); // a reader that crashed long ago
    }
    QStringList names = versions.entries();
    std::sort(names.begin(), names.end(), std::greater<QString>());
    QStringList kept;
    for (int i = 0; i < names.size(); ++i) {
        const QString &name = names.at(i);
        if (name == version || i < m_keep || leased.contains(name) || !PublishedFolder::isVersionName(name))
            kept.append(name);
        else if (versions.removeTree(name))
            result.removedVersions.append(name);
        else
            kept.append(name);
    }
    // Stored files no kept version names any more. Any doubt (an unreadable version) keeps them all.
    QSet<QString> wanted;
    bool complete = true;
    for (const QString &name : std::as_const(kept)) {
        Documents documents;
        complete = complete && PublishedFolder::isVersionName(name)
            && readDocuments(PublishedFolder::catalogPath(m_target, name), &documents, nullptr);
        for (auto it = documents.cbegin(); complete && it != documents.cend(); ++it)
            wanted.insert(it.key());
    }
    if (complete) {
        const ContentStore store(files.path());
        for (const QString &path : store.storedFiles()) {
            const QString sha = path.section(QLatin1Char('/'), -1);
            if (ContentStore::isSha256(sha) && !wanted.contains(sha))
                store.remove(sha);
        }
    }
    if (summary)
        *summary = result;
    return true;
}
