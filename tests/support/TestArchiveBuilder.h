#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Builds archive fixtures for the import tests with libarchive's writer: zip, tar (pax), tar.gz,
// tar.bz2, tar.xz and 7z, with regular files, folders, links and device entries, so that hostile
// packs can be built as easily as friendly ones. Entries are written in the order they were added.
class TestArchiveBuilder
{
public:
    enum class Format { Zip, Tar, TarGz, TarBz2, TarXz, SevenZip };

    struct Entry
    {
        enum class Type { File, Directory, Symlink, Hardlink, CharDevice };
        QString path;
        QByteArray data;
        Type type = Type::File;
        QString linkTarget; // Symlink, Hardlink
    };

    TestArchiveBuilder &add(const Entry &entry);
    TestArchiveBuilder &addFile(const QString &path, const QByteArray &data);
    TestArchiveBuilder &addDirectory(const QString &path);
    TestArchiveBuilder &addSymlink(const QString &path, const QString &target);
    TestArchiveBuilder &addHardlink(const QString &path, const QString &target);
    TestArchiveBuilder &addCharDevice(const QString &path);
    // Every regular file below dir (recursively, sorted), stored as prefix + its relative path.
    TestArchiveBuilder &addFolder(const QString &dir, const QString &prefix = QString());
    // Zip only: encrypts every member with traditional PKWARE encryption ("zipcrypt").
    TestArchiveBuilder &setZipPassphrase(const QByteArray &passphrase);

    const QList<Entry> &entries() const { return m_entries; }

    // The archive as bytes; empty (and errorString() set) when libarchive fails.
    QByteArray build(Format format);
    // Writes the archive to path; the format follows from the file name's suffix.
    bool write(const QString &path);
    // Writes with an explicit format, whatever the name says.
    bool write(const QString &path, Format format);
    QString errorString() const { return m_error; }

    // .zip .tar .tar.gz .tgz .tar.bz2 .tbz2 .tar.xz .txz .7z; Zip for anything else.
    static Format formatForName(const QString &fileName);

    // A zip written byte by byte, without libarchive: stored members, no UTF-8 flag (unless asked),
    // names exactly as given (e.g. CP437 bytes as old Windows and DOS tools write them).
    struct RawZipMember
    {
        QByteArray name;
        QByteArray data;
    };
    static QByteArray rawZip(const QList<RawZipMember> &members, bool utf8Flag = false);
    static quint32 crc32(const QByteArray &data);

private:
    QList<Entry> m_entries;
    QByteArray m_passphrase;
    QString m_error;
};
