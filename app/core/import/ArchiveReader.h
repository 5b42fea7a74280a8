#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

struct archive;

// Reads the entries of an archive (zip, tar, tar.gz/bz2/xz, 7z) one after the other, streaming:
// libarchive behind a small interface of ours. Entry names are decoded here: UTF-8 where valid,
// otherwise CP437 for zip (the zip default) and Windows-1252 for the others.
class ArchiveReader
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveReader)

public:
    struct Entry
    {
        enum class Type { File, Directory, Symlink, Hardlink, Other };
        QString path;       // as stored, decoded, not yet checked
        QByteArray rawPath; // the bytes as stored
        Type type = Type::File;
        qint64 size = -1;   // as declared by the archive; -1 when unknown
        bool encrypted = false;
        QString linkTarget;
    };

    ArchiveReader();
    ~ArchiveReader();
    ArchiveReader(const ArchiveReader &) = delete;
    ArchiveReader &operator=(const ArchiveReader &) = delete;

    // By name: .zip .tar .tar.gz .tgz .tar.bz2 .tbz2 .tar.xz .txz .7z
    static bool looksLikeArchive(const QString &fileName);

    bool open(const QString &path, QString *error);
    // Advances to the next entry; false at the end (error() empty) or on a broken archive.
    bool next(Entry *entry);
    // Reads data of the current entry; 0 at its end, -1 on error (see error()).
    qint64 read(char *buffer, qint64 size);
    // Bytes of the archive file consumed so far (for the expansion-ratio guard).
    qint64 compressedBytesRead() const;
    QString error() const { return m_error; }
    bool isZip() const { return m_isZip; }

    static QString decodeName(const QByteArray &raw, bool zip);

private:
    void setError();

    archive *m_archive = nullptr;
    QString m_path;
    QString m_error;
    bool m_isZip = false;
};
