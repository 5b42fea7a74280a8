#pragma once

#include "core/import/ArchiveReader.h"
#include "core/import/ImportLimits.h"

#include <QCoreApplication>
#include <QString>

// Decides, entry by entry, whether what a pack holds may enter the library: only regular files with
// a clean relative path, unencrypted, within the size, ratio and count limits.
class EntryGuard
{
    Q_DECLARE_TR_FUNCTIONS(EntryGuard)

public:
    explicit EntryGuard(const ImportLimits &limits = {});

    const ImportLimits &limits() const { return m_limits; }

    // The cleaned relative path ("a/b.pdf", in Unicode normal form C), or an empty string and the
    // reason.
    QString cleanPath(const QString &path, QString *reason) const;
    // Files the user never meant to import (__MACOSX/, .DS_Store, Thumbs.db): skipped silently.
    static bool isJunk(const QString &cleanPath);
    // Type, encryption, declared size, entry count. Directories pass (and are skipped by the caller).
    bool admit(const ArchiveReader::Entry &entry, QString *reason);
    // admit() refused an entry because the archive holds too many: the rest need not be read.
    bool entryLimitReached() const { return m_entries > m_limits.maxEntries; }
    // While an entry is read: its bytes so far and the archive bytes consumed for it so far.
    bool withinLimits(qint64 entryBytes, qint64 entryCompressedBytes, QString *reason);
    // After an entry was read completely.
    void finishEntry(qint64 entryBytes) { m_totalBytes += entryBytes; }

private:
    ImportLimits m_limits;
    qint64 m_entries = 0;
    qint64 m_totalBytes = 0;
};
