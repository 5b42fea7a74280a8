#pragma once

#include "core/platform/DirHandle.h"
#include "core/util/Sha256.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QStringList>
#include <memory>

// The library's files/ folder: every distinct file stored once under files/ab/<sha256>. New files
// are written to files/.tmp first and renamed into place when complete, so a crash never leaves a
// half-written file under a hash name. Every folder and file below files/ is opened, created and
// removed without following symbolic links (DirHandle): a link planted there is never followed.
class ContentStore
{
    Q_DECLARE_TR_FUNCTIONS(ContentStore)

public:
    // The store's folders (files/ and files/.tmp) held open for a run of new files (an import's
    // pack): a file then costs the system calls of its own bytes and names only. Opened for each
    // file, the folders cost a walk from the library's path (a failing mkdir for every part of it,
    // twice per file): 25 more system calls per file than now, 10 of them failing mkdirs.
    class Folders
    {
    public:
        bool isValid() const { return m_root.isValid() && m_temp.isValid(); }
        // Puts the files stored through these folders on the disk, before a catalog commit names
        // them: without it a power cut could leave a committed row whose file's bytes never
        // reached the disk (renames and the catalog's log may be written before file data).
        bool syncToDisk(QString *error) const;

    private:
        friend class ContentStore;
        QString m_path; // of files/, for messages
        DirHandle m_root;
        DirHandle m_temp;
    };

    // Streams one new file into the store. Nothing is visible under a hash until commit().
    class Writer
    {
    public:
        ~Writer();
        bool write(const char *data, qint64 size);
        bool write(const QByteArray &data) { return write(data.constData(), data.size()); }
        qint64 size() const { return m_size; }
        // The temporary file being written (complete after finish()): extractors may read it.
        QString tempPath() const { return m_folders->m_temp.pathOf(m_tempName); }
        // Closes the temporary file (read-only from now on) and computes the hash; the file is not
        // yet in the store.
        bool finish(QString *error);
        QString sha256() const { return m_sha256; }
        // Whether the store has a file of this hash already (after finish(); as contains()).
        bool alreadyStored();
        // Moves the finished file to files/ab/<sha256>. existed is set when the store had it already
        // (the temporary copy is dropped then).
        bool commit(bool *existed, QString *error);
        void abort();

    private:
        friend class ContentStore;
        Writer(const ContentStore &store, std::shared_ptr<const Folders> folders);

        const ContentStore &m_store;
        std::shared_ptr<const Folders> m_folders;
        DirHandle m_target; // files/ab, once looked up
        QString m_tempName;
        QFile m_file;
        Sha256 m_hash;
        QString m_sha256;
        qint64 m_size = 0;
        bool m_done = false;
    };

    enum class Verification { Ok, Missing, Corrupt, Unreadable };

    explicit ContentStore(QString root);

    QString root() const { return m_root; }
    QString pathFor(const QString &sha256) const;
    bool contains(const QString &sha256) const;

    // Opens (and makes, if missing) the folders new files are written through.
    std::shared_ptr<const Folders> openFolders(QString *error) const;
    std::unique_ptr<Writer> begin(QString *error) const;
    std::unique_ptr<Writer> begin(const std::shared_ptr<const Folders> &folders, QString *error) const;
    // Opens a stored file for reading; a link in its place is refused.
    bool openStored(const QString &sha256, QFile *file, QString *error) const;
    // Copies an existing file into the store.
    bool storeFile(const QString &sourcePath, QString *sha256, bool *existed, QString *error) const;
    bool remove(const QString &sha256) const;
    // Hashes the stored bytes again; actual receives the hash found.
    Verification verify(const QString &sha256, QString *actual = nullptr) const;
    // Absolute paths of every file under root except temporaries and links (for the orphan check).
    QStringList storedFiles() const;
    // Leftovers of interrupted writes.
    void removeTemporaryFiles() const;

    static bool isSha256(const QString &text);
    static QString hashFile(const QString &path, QString *error);

    static constexpr const char *TempFolder = ".tmp";

private:
    DirHandle openRoot(QString *error, bool create = false) const;

    QString m_root;
};
