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

// One publish, its steps in the order they run. A step that fails returns false and leaves the
// message for the admin in error(); once a version is staged, abandon() removes it again.
class PublishRun
{
public:
    PublishRun(const Library &source, const QString &target, int keep, const Publisher::Progress &progress)
        : m_source(source)
        , m_target(target)
        , m_keep(keep)
        , m_progress(progress)
    {
    }
    const QString &error() const { return m_error; }

    bool openTarget();
    bool prepareFolder();
    bool makeStaging();
    bool stageCatalog();
    bool findMissing();
    bool copyMissing();
    bool makeCurrent();
    bool abandon()
    {
        m_root.removeTree(PublishedFolder::stagingFolder());
        return false;
    }
    PublishSummary summarize() const;
    QStringList removeOldVersions(QStringList *removed);
    void removeUnusedFiles(const QStringList &kept);

private:
    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }
    bool failIn(const QString &reason)
    {
        return fail(Publisher::tr("Cannot publish to %1: %2").arg(m_target, reason));
    }
    bool readSourceFolders();

    const Library &m_source;
    const QString m_target;
    const int m_keep;
    const Publisher::Progress &m_progress;
    QString m_error;
    QString m_reason; // of the last folder operation
    DirHandle m_root, m_files, m_versions, m_derived, m_staging;
    DirHandle m_sourceFiles, m_sourceDerived;
    QString m_previous, m_version;
    Documents m_now, m_before;
    QStringList m_storeMissing;
    QList<DerivedFile> m_derivedMissing;
    qint64 m_total = 0;
    int m_filesCopied = 0;
    qint64 m_bytesCopied = 0;
};

// The target must be a folder of its own: empty, or a published library (perhaps with only its
// lock file left), none of its parts a link.
bool PublishRun::openTarget()
{
    const QString sourcePath = m_source.path();
    if (m_target == sourcePath || m_target.startsWith(sourcePath + QLatin1Char('/'))
        || sourcePath.startsWith(m_target + QLatin1Char('/')))
        return fail(
            Publisher::tr(
                "Cannot publish to %1: the folder is the library itself, inside it or around it. Choose a "
                "folder of its own, e.g. on the file share.")
                .arg(m_target));
    m_root = DirHandle::open(m_target, &m_reason, true);
    if (!m_root.isValid())
        return failIn(m_reason);
    if (m_root.kind(Library::catalogFileName()) != DirHandle::Kind::Missing)
        return fail(
            Publisher::tr(
                "Cannot publish to %1: it holds a working library (%2). Publish into an empty folder.")
                .arg(m_target, Library::catalogFileName()));
    const QStringList entries = m_root.entries();
    const bool ours = m_root.kind(PublishedFolder::versionsFolder()) == DirHandle::Kind::Folder
        || m_root.kind(PublishedFolder::stagingFolder()) == DirHandle::Kind::Folder;
    if (!entries.isEmpty() && !ours && entries != QStringList { LibraryLock::fileName() })
        return fail(Publisher::tr("Cannot publish to %1: the folder is not empty and holds no published "
                                  "library. Publish into an empty folder.")
                        .arg(m_target));
    for (const QString &part : PublishedFolder::parts()) {
        if (m_root.kind(part) == DirHandle::Kind::Link)
            return fail(
                Publisher::tr("Cannot publish to %1: %2 is a symbolic link, which publishing never follows.")
                    .arg(m_target, part));
    }
    return true;
}

// Removes what an interrupted publish left (the version it was writing, its temporary files, versions
// never made current), makes the folder's parts and reads which version is current.
bool PublishRun::prepareFolder()
{
    m_root.removeTree(PublishedFolder::stagingFolder());
    m_files = m_root.makeDir(QStringLiteral("files"), &m_reason);
    m_versions = m_root.makeDir(PublishedFolder::versionsFolder(), &m_reason);
    m_derived = m_root.makeDir(PublishedFolder::derivedFolder(), &m_reason);
    if (!m_files.isValid() || !m_versions.isValid() || !m_derived.isValid()
        || !m_root.makeDir(PublishedFolder::leasesFolder(), &m_reason).isValid())
        return failIn(m_reason);
    m_files.removeTree(TempFolder);
    m_derived.removeTree(TempFolder);

    if (m_root.kind(PublishedFolder::pointerFileName()) != DirHandle::Kind::Missing) {
        m_previous = PublishedFolder::currentVersion(m_target, &m_reason);
        if (m_previous.isEmpty())
            return failIn(m_reason);
    }
    // Versions never made current (killed between the move and the pointer) are newer than it.
    for (const QString &name : m_versions.entries()) {
        if (name > m_previous)
            m_versions.removeTree(name);
    }
    return true;
}

bool PublishRun::makeStaging()
{
    m_version = PublishedFolder::newVersionName(m_versions.entries() << m_previous);
    m_staging = m_root.makeDir(PublishedFolder::stagingFolder() + QLatin1Char('/') + m_version, &m_reason);
    return m_staging.isValid() || failIn(m_reason);
}

// The new version's catalog, and the documents of it and of the previous version.
bool PublishRun::stageCatalog()
{
    const QString catalog = m_staging.pathOf(Library::catalogFileName());
    if (!snapshotCatalog(m_source, catalog, &m_reason) || !readDocuments(catalog, &m_now, &m_reason))
        return fail(m_reason);
    if (!m_previous.isEmpty()
        && !readDocuments(PublishedFolder::catalogPath(m_target, m_previous), &m_before, &m_reason))
        return fail(m_reason);
    return true;
}

bool PublishRun::readSourceFolders()
{
    const QString sourcePath = m_source.path();
    const DirHandle sourceRoot = DirHandle::open(sourcePath, &m_reason);
    if (!sourceRoot.isValid())
        return fail(Publisher::tr("Cannot read the library %1: %2").arg(sourcePath, m_reason));
    m_sourceFiles = sourceRoot.openDir(QStringLiteral("files"), &m_reason);
    if (!m_sourceFiles.isValid() && !m_storeMissing.isEmpty())
        return fail(Publisher::tr("Cannot read the library %1: %2").arg(sourcePath, m_reason));
    if (sourceRoot.kind(PublishedFolder::derivedFolder()) == DirHandle::Kind::Folder)
        m_sourceDerived = sourceRoot.openDir(PublishedFolder::derivedFolder(), nullptr);
    return true;
}

// What the share lacks: stored files by name (content-addressed: a name is its content), derived
// files by name and size (made again, they may differ).
bool PublishRun::findMissing()
{
    for (auto it = m_now.cbegin(); it != m_now.cend(); ++it) {
        if (!ContentStore::isSha256(it.key()))
            return fail(Publisher::tr("The catalog %1 names an invalid file hash \"%2\".")
                            .arg(m_source.catalogPath(), it.key()));
        const DirHandle ab = m_files.openDir(it.key().left(2), nullptr);
        if (!ab.isValid() || ab.kind(it.key()) != DirHandle::Kind::File) {
            m_storeMissing.append(it.key());
            m_total += it->size;
        }
    }
    if (!readSourceFolders())
        return false;
    if (m_sourceDerived.isValid()) {
        QList<DerivedFile> all;
        listFiles(m_sourceDerived, QString(), 0, &all);
        for (const DerivedFile &file : std::as_const(all)) {
            if (sizeOf(m_derived, file.path) != file.size) {
                m_derivedMissing.append(file);
                m_total += file.size;
            }
        }
    }
    return true;
}

bool PublishRun::copyMissing()
{
    Copier copier(m_progress, m_total);
    if (m_progress && !m_progress(0, m_total))
        return fail(cancelledMessage());
    for (const QString &sha : std::as_const(m_storeMissing)) {
        if (!copier.copy(m_sourceFiles, m_files, sha.left(2) + QLatin1Char('/') + sha, sha, false, &m_reason))
            return fail(copier.cancelled() ? cancelledMessage() : m_reason);
    }
    for (const DerivedFile &file : std::as_const(m_derivedMissing)) {
        if (!copier.copy(m_sourceDerived, m_derived, file.path, QString(), true, &m_reason))
            return fail(copier.cancelled() ? cancelledMessage() : m_reason);
    }
    m_filesCopied = copier.files();
    m_bytesCopied = copier.bytes();
    return true;
}

// The one step that makes the version current: until the pointer is replaced, readers read the
// previous one, and a version folder without pointer is removed by the next publish.
bool PublishRun::makeCurrent()
{
    const DirHandle stagingRoot = m_root.openDir(PublishedFolder::stagingFolder(), &m_reason);
    if (!stagingRoot.isValid() || !stagingRoot.rename(m_version, m_versions, m_version, false, &m_reason))
        return failIn(m_reason);
    QFile pointer;
    QString pointerTemp;
    const QByteArray line = m_version.toUtf8() + '\n';
    if (!m_root.createTemporaryFile(QStringLiteral(".current."), QString(), &pointer, &pointerTemp,
                                    &m_reason))
        return failIn(m_reason);
    const bool written = pointer.write(line) == line.size() && DirHandle::sync(&pointer);
    const QString writeError = pointer.errorString();
    pointer.close();
    if (!written
        || !m_root.rename(pointerTemp, m_root, PublishedFolder::pointerFileName(), true, &m_reason)) {
        m_root.remove(pointerTemp);
        m_versions.removeTree(m_version);
        return failIn(written ? m_reason : writeError);
    }
    m_root.removeTree(PublishedFolder::stagingFolder());
    // The copies' temporary folders are left empty by now; a published folder holds only its parts.
    m_files.removeTree(TempFolder);
    m_derived.removeTree(TempFolder);
    return true;
}

PublishSummary PublishRun::summarize() const
{
    PublishSummary result;
    result.version = m_version;
    result.previousVersion = m_previous;
    result.documents = int(m_now.size());
    result.filesCopied = m_filesCopied;
    result.bytesCopied = m_bytesCopied;
    for (auto it = m_now.cbegin(); it != m_now.cend(); ++it) {
        const auto old = m_before.constFind(it.key());
        if (old == m_before.cend())
            ++result.added;
        else if (old->fingerprint != it->fingerprint)
            ++result.changed;
    }
    for (auto it = m_before.cbegin(); it != m_before.cend(); ++it)
        result.removed += m_now.contains(it.key()) ? 0 : 1;
    return result;
}

// Old versions: the newest m_keep stay, and any a reader renewed its lease on lately. Returns the
// versions kept; the removed ones are added to *removed.
QStringList PublishRun::removeOldVersions(QStringList *removed)
{
    const QDateTime utcNow = QDateTime::currentDateTimeUtc();
    QSet<QString> leased;
    const DirHandle leases = m_root.openDir(PublishedFolder::leasesFolder(), nullptr);
    for (const ReaderLease::Info &lease : ReaderLease::list(m_target)) {
        const qint64 age = lease.heartbeat.isValid() ? lease.heartbeat.secsTo(utcNow) : -1;
        if (age >= 0 && age < PublishedFolder::LeaseLifetimeSeconds)
            leased.insert(lease.version);
        else if (leases.isValid() && (age < 0 || age > 24 * 3600))
            leases.remove(lease.fileName); // a reader that crashed long ago
    }
    QStringList names = m_versions.entries();
    std::sort(names.begin(), names.end(), std::greater<QString>());
    QStringList kept;
    for (int i = 0; i < names.size(); ++i) {
        const QString &name = names.at(i);
        if (name == m_version || i < m_keep || leased.contains(name) || !PublishedFolder::isVersionName(name))
            kept.append(name);
        else if (m_versions.removeTree(name))
            removed->append(name);
        else
            kept.append(name);
    }
    return kept;
}

// Stored files no kept version names any more. Any doubt (an unreadable version) keeps them all.
void PublishRun::removeUnusedFiles(const QStringList &kept)
{
    QSet<QString> wanted;
    bool complete = true;
    for (const QString &name : kept) {
        Documents documents;
        complete = complete && PublishedFolder::isVersionName(name)
            && readDocuments(PublishedFolder::catalogPath(m_target, name), &documents, nullptr);
        for (auto it = documents.cbegin(); complete && it != documents.cend(); ++it)
            wanted.insert(it.key());
    }
    if (!complete)
        return;
    const ContentStore store(m_files.path());
    for (const QString &path : store.storedFiles()) {
        const QString sha = path.section(QLatin1Char('/'), -1);
        if (ContentStore::isSha256(sha) && !wanted.contains(sha))
            store.remove(sha);
    }
}
} // namespace

Publisher::Publisher(const Library &source, QString targetDir)
    : m_source(source)
    , m_target(QDir(targetDir).absolutePath())
{
}

bool Publisher::publish(PublishSummary *summary, QString *error)
{
    qCDebug(lcPublish).noquote() << "publishing" << m_source.path() << "to" << m_target;
    PublishRun run(m_source, m_target, m_keep, m_progress);
    const auto fail = [&run, error] {
        if (error)
            *error = run.error();
        return false;
    };
    if (!run.openTarget())
        return fail();
    QString reason;
    const auto lock = LibraryLock::acquire(m_target, &reason);
    if (!lock) {
        if (error)
            *error = tr("Cannot publish to %1: %2").arg(m_target, reason);
        return false;
    }
    if (!run.prepareFolder() || !run.makeStaging())
        return fail();
    if (!run.stageCatalog() || !run.findMissing() || !run.copyMissing() || !run.makeCurrent())
        return run.abandon() || fail();

    PublishSummary result = run.summarize();
    run.removeUnusedFiles(run.removeOldVersions(&result.removedVersions));
    if (summary)
        *summary = result;
    return true;
}
