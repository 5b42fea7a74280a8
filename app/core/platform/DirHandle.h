#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QStringList>

// A folder held open, and everything done below it done relative to it without following symbolic
// links: each part of a path is opened with O_NOFOLLOW from the folder above it, files are created
// with O_EXCL|O_NOFOLLOW, removed with unlinkat (a link goes, never what it points to) and renamed
// with renameat. So a link planted in a library or in an export target is refused rather than
// followed, even when it appears after a check. The folder itself is opened as the caller names it:
// links in that path are the user's own choice.
//
// Part of the platform layer, the project's one place for POSIX calls: a Windows port implements
// it again.
class DirHandle
{
    Q_DECLARE_TR_FUNCTIONS(DirHandle)

public:
    enum class Kind { Missing, File, Folder, Link, Other };

    DirHandle() = default;
    DirHandle(DirHandle &&other) noexcept;
    DirHandle &operator=(DirHandle &&other) noexcept;
    DirHandle(const DirHandle &) = delete;
    DirHandle &operator=(const DirHandle &) = delete;
    ~DirHandle();

    // Opens an existing folder; with create, makes it and the folders above it first.
    static DirHandle open(const QString &path, QString *error, bool create = false);
    // Makes the one folder path (its parent exists), 0777 less the umask; an existing one counts as
    // made. False with the system's reason.
    static bool makeFolder(const QString &path, QString *reason);
    // Whether this process may write to path (access(), not permission bits: it also sees
    // read-only mounts).
    static bool isWritable(const QString &path);

    bool isValid() const { return m_fd >= 0; }
    QString path() const { return m_path; }
    QString pathOf(const QString &relative) const { return m_path + QLatin1Char('/') + relative; }

    // What name (one part, no "/") is, without following a link.
    Kind kind(const QString &name) const;
    QStringList entries() const; // names in the folder, without . and ..
    // The first part of relative ("a/b/c") that is a symbolic link, as a relative path; empty if none.
    QString firstLink(const QString &relative) const;

    // The folder relative ("a/b") below this one. With create, missing parts are made and *created
    // (when given) receives the relative path of each folder made, top first. A part that is a link
    // or a file fails with a reason naming it.
    DirHandle openDir(const QString &relative, QString *error) const;
    DirHandle makeDir(const QString &relative, QString *error, QStringList *created = nullptr) const;

    // Opens the file name for reading; a link is refused.
    bool openFile(const QString &name, QFile *file, QString *error) const;
    // A new file with a unique name "<prefix>XXXXXX<suffix>"; *name receives the name chosen.
    bool createTemporaryFile(const QString &prefix, const QString &suffix, QFile *file, QString *name,
                             QString *error, int mode = 0666) const;
    bool setMode(const QString &name, int mode) const; // a link is left alone
    static bool setMode(QFile *file, int mode); // of an open file
    // Flushes a written file to the disk (fsync), so that a rename after it never names a file whose
    // bytes a power cut loses. A file system without fsync counts as flushed.
    static bool sync(QFile *file);
    // Flushes everything written on this folder's file system to the disk (syncfs): one call for a
    // whole pack of new files, where an fsync per file costs a disk round trip each.
    bool syncFileSystem() const;

    // Removes a file or a link (never what a link points to); true when name is gone.
    bool remove(const QString &name) const;
    bool removeEmptyDir(const QString &name) const;
    // Removes name and, for a folder, everything below it; links inside are removed, not followed.
    bool removeTree(const QString &name) const;
    // Moves from (in this folder) to to in toDir. Without replace an existing to is never replaced
    // (false, *exists set). Either way a link at to is never written through.
    bool rename(const QString &from, const DirHandle &toDir, const QString &to, bool replace, QString *error,
                bool *exists = nullptr) const;

private:
    DirHandle(int fd, QString path);
    bool adopt(int fd, const QByteArray &name, QFile *file,
               QString *error) const; // a new file's fd into *file
    DirHandle walk(const QString &relative, bool create, QStringList *created, QString *error) const;
    static bool removeTreeAt(int parentFd, const QByteArray &name, int depth);

    int m_fd = -1;
    QString m_path;
};
