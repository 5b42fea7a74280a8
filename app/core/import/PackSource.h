#pragma once

#include "core/import/ArchiveReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QStringList>

#include <memory>

// What a pack is read from: an archive, a folder (recursively) or a single file. Entries come one
// after the other with their data, the same way for all three.
class PackSource
{
    Q_DECLARE_TR_FUNCTIONS(PackSource)

public:
    using Entry = ArchiveReader::Entry;

    static std::unique_ptr<PackSource> open(const QString &path, QString *error);
    virtual ~PackSource() = default;

    QString path() const { return m_path; }
    // The pack name when neither the manifest nor the user gives one: the file or folder name.
    QString defaultPackName() const;
    virtual bool isArchive() const { return false; }
    virtual bool isSingleFile() const { return false; }

    virtual bool next(Entry *entry) = 0;          // false at the end or on error()
    virtual qint64 read(char *buffer, qint64 size) = 0; // data of the current entry
    virtual qint64 compressedBytesRead() const = 0;
    virtual QString error() const = 0;

protected:
    explicit PackSource(QString path)
        : m_path(std::move(path))
    {
    }

private:
    QString m_path;
};

class ArchivePackSource : public PackSource
{
public:
    explicit ArchivePackSource(const QString &path)
        : PackSource(path)
    {
    }
    bool openArchive(QString *error) { return m_reader.open(path(), error); }
    bool isArchive() const override { return true; }
    bool next(Entry *entry) override { return m_reader.next(entry); }
    qint64 read(char *buffer, qint64 size) override { return m_reader.read(buffer, size); }
    qint64 compressedBytesRead() const override { return m_reader.compressedBytesRead(); }
    QString error() const override { return m_reader.error(); }

private:
    ArchiveReader m_reader;
};

// Folders and single files: entries are files on disk. Symbolic links are reported as such (and
// refused by the guard), never followed.
class FilesPackSource : public PackSource
{
public:
    FilesPackSource(const QString &path, bool singleFile);
    bool isSingleFile() const override { return m_singleFile; }
    bool next(Entry *entry) override;
    qint64 read(char *buffer, qint64 size) override;
    qint64 compressedBytesRead() const override { return m_bytesRead; }
    QString error() const override { return m_error; }

private:
    QStringList m_files; // relative to the folder, sorted
    int m_index = -1;
    QString m_root;
    bool m_singleFile;
    QFile m_current;
    qint64 m_bytesRead = 0;
    QString m_error;
};
