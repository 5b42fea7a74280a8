// ArchiveReader + EntryGuard as the importer drives them: every entry's name cleaned and admitted,
// every admitted file read to its end within the guard's limits.
#include "FuzzSupport.h"
#include "core/import/ArchiveReader.h"
#include "core/import/EntryGuard.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = FuzzSupport::bytes(data, size);
    ArchiveReader::decodeName(input, true);
    ArchiveReader::decodeName(input, false);

    ImportLimits limits;
    limits.maxEntries = 2000;
    limits.maxFileBytes = 16 * 1024 * 1024;
    limits.maxTotalBytes = 64 * 1024 * 1024;
    EntryGuard guard(limits);
    QString reason;
    guard.cleanPath(QString::fromUtf8(input.left(2048)), &reason);

    ArchiveReader reader;
    QString error;
    if (!reader.open(FuzzSupport::writeInput(data, size, ".bin"), &error))
        return 0;
    ArchiveReader::Entry entry;
    static char buffer[64 * 1024];
    while (reader.next(&entry)) {
        const QString clean = guard.cleanPath(entry.path, &reason);
        if (clean.isEmpty())
            continue;
        EntryGuard::isJunk(clean);
        if (!guard.admit(entry, &reason)) {
            if (guard.entryLimitReached())
                break;
            continue;
        }
        if (entry.type != ArchiveReader::Entry::Type::File)
            continue;
        const qint64 compressedStart = reader.compressedBytesRead();
        qint64 total = 0;
        for (;;) {
            const qint64 n = reader.read(buffer, sizeof buffer);
            if (n <= 0)
                break;
            total += n;
            if (!guard.withinLimits(total, reader.compressedBytesRead() - compressedStart, &reason))
                break;
        }
        guard.finishEntry(total);
    }
    return 0;
}
