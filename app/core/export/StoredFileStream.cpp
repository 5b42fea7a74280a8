#include "core/export/StoredFileStream.h"

#include "core/export/ExportTarget.h"
#include "core/export/Exporter.h"
#include "core/library/ContentStore.h"

#include <QCryptographicHash>
#include <QFile>

namespace {
constexpr qint64 Chunk = 1024 * 1024;
}

StoredFileStream::Outcome StoredFileStream::stream(const ContentStore &store, const DocumentRecord &doc,
                                                   const Sink &sink, const std::atomic_bool *cancel,
                                                   QString *message)
{
    const QString storedPath = store.pathFor(doc.sha256);
    if (!store.contains(doc.sha256)) {
        *message = Exporter::tr("%1: the library's copy is missing (%2); not exported")
                       .arg(doc.filename, ExportTarget::native(storedPath));
        return Outcome::Problem;
    }
    QFile file;
    QString reason;
    if (!store.openStored(doc.sha256, &file, &reason)) {
        *message = Exporter::tr("%1: the library's copy cannot be read (%2); not exported")
                       .arg(doc.filename, reason);
        return Outcome::Problem;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(Chunk, Qt::Uninitialized);
    for (;;) {
        if (ExportTarget::isCancelled(cancel))
            return Outcome::Cancelled;
        const qint64 n = file.read(buffer.data(), Chunk);
        if (n < 0) {
            *message = Exporter::tr("%1: the library's copy cannot be read (%2: %3); not exported")
                           .arg(doc.filename, ExportTarget::native(storedPath), file.errorString());
            return Outcome::Problem;
        }
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        if (sink && !sink(buffer.constData(), n))
            return Outcome::Failed;
    }
    if (QString::fromLatin1(hash.result().toHex()) != doc.sha256.toLower()) {
        *message = Exporter::tr("%1: the library's copy is damaged (its SHA-256 no longer matches the "
                                "catalog); not exported")
                       .arg(doc.filename);
        return Outcome::Problem;
    }
    return Outcome::Ok;
}
