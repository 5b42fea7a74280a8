#pragma once

#include "core/extract/Extraction.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// Read access to the members of a zip file (the container of OOXML and ODF documents) through
// libarchive. Members are read into memory, so every read is bounded by maxMemberBytes, checked
// against the size the headers declare and against the bytes actually inflated: a zip bomb lies.
// Encrypted members and non-regular entries (links, devices) are refused. One instance is meant
// for one thread; separate instances may work on the same file concurrently.
struct archive;
struct archive_entry;

class ZipPackage
{
    Q_DECLARE_TR_FUNCTIONS(ZipPackage)

public:
    explicit ZipPackage(const QString &path, qint64 maxMemberBytes = ExtractionLimits().maxMemberBytes);

    // Reads the member list. false when the file is no zip archive or is damaged; the members
    // listed before the damage remain available through memberNames().
    bool open();
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    qint64 maxMemberBytes() const { return m_maxMemberBytes; }

    // Regular file members in archive order (directories, links and other entries left out).
    QStringList memberNames() const;
    // Whether an entry of that name exists (of any type: read() explains why it refuses a link).
    // Compares case-insensitively as OPC part names do when there is no exact match.
    bool contains(const QString &name) const;
    // The bytes of one member, or nullopt with errorString() telling why.
    std::optional<QByteArray> read(const QString &name);

    // Translated description of the last failure of open() or read().
    QString errorString() const { return m_error; }

private:
    struct Entry
    {
        QString name;
        qint64 declaredSize = -1; // -1: unknown (streamed entry with a data descriptor)
        bool regular = false;
        bool encrypted = false;
    };

    static Entry entryOf(archive_entry *entry);
    const Entry *find(const QString &name) const;
    // Whether the entry may be read (a regular file, not encrypted, within the bound); the reason
    // in m_error when not.
    bool admits(const Entry &entry);
    // Moves a fresh pass over the archive to the entry named name; null with m_error set.
    archive_entry *seek(archive *a, const QString &name);
    // The data of the entry the pass stands on, bounded by what actually inflates.
    std::optional<QByteArray> readData(archive *a, const Entry &entry);

    QString m_path;
    qint64 m_maxMemberBytes;
    bool m_open = false;
    QList<Entry> m_entries;
    QString m_error;
};
