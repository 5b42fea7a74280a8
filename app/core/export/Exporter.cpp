#include "core/export/Exporter.h"

#include "core/export/CsvWriter.h"
#include "core/export/ExportTarget.h"
#include "core/export/FolderExport.h"
#include "core/export/ZipExport.h"
#include "core/library/Catalog.h"
#include "core/library/Library.h"
#include "core/util/Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <memory>

namespace {

constexpr qsizetype MaxNameBytes = 200; // room for " (123)" and the temporary names within 255

// Windows refuses these device names as files or folders, with any extension ("CON.pdf",
// "aux.tar.gz"): an export copied to a Windows share could not be opened.
bool isWindowsReservedName(const QString &name)
{
    static const QRegularExpression reserved(QStringLiteral("^(CON|PRN|AUX|NUL|COM[0-9\\x{B9}\\x{B2}\\x{B3}]|LPT[0-9\\x{B9}\\x{B2}\\x{B3}]) *(\\..*)?$"),
                                             QRegularExpression::CaseInsensitiveOption);
    return reserved.match(name).hasMatch();
}

} // namespace

Exporter::Exporter(const Library &library)
    : Exporter(library, Options())
{
}

Exporter::Exporter(const Library &library, Options options)
    : m_library(library)
    , m_options(std::move(options))
{
}

QString Exporter::defaultPackName(const QDate &date)
{
    return tr("Export %1").arg(date.toString(Qt::ISODate));
}

QString Exporter::safeFileName(const QString &name)
{
    QString result;
    result.reserve(name.size());
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || QStringLiteral("/\\:*?\"<>|").contains(c))
            result.append(QLatin1Char('_'));
        else
            result.append(c);
    }
    result = result.trimmed();
    while (result.endsWith(QLatin1Char('.')) || result.endsWith(QLatin1Char(' ')))
        result.chop(1);
    if (result.isEmpty())
        result = tr("document");
    if (isWindowsReservedName(result))
        result.prepend(QLatin1Char('_'));
    if (result.toUtf8().size() > MaxNameBytes) {
        const int dot = int(result.lastIndexOf(QLatin1Char('.')));
        const QString suffix = dot > 0 && result.size() - dot <= 10 ? result.mid(dot) : QString();
        QString base = result.left(result.size() - suffix.size());
        while (!base.isEmpty() && (base + suffix).toUtf8().size() > MaxNameBytes)
            base.chop(base.back().isLowSurrogate() && base.size() > 1 ? 2 : 1);
        result = base.trimmed() + suffix;
    }
    return result;
}

QString Exporter::uniqueName(const QString &fileName, const std::function<bool(const QString &)> &taken)
{
    if (!taken(fileName))
        return fileName;
    // "Bericht.pdf" → "Bericht (2).pdf"; "paket.tar.gz" → "paket (2).tar.gz"; "README" → "README (2)"
    int dot = int(fileName.lastIndexOf(QLatin1Char('.')));
    if (dot > 0 && fileName.left(dot).endsWith(QLatin1String(".tar"), Qt::CaseInsensitive))
        dot -= 4;
    const bool hasSuffix = dot > 0;
    const QString base = hasSuffix ? fileName.left(dot) : fileName;
    const QString suffix = hasSuffix ? fileName.mid(dot) : QString();
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(suffix);
        if (!taken(candidate))
            return candidate;
    }
}

QStringList Exporter::csvHeader()
{
    return CsvWriter::header();
}

QByteArray Exporter::csv(const QList<DocumentRecord> &documents, const QStringList &files)
{
    return CsvWriter::csv(documents, files);
}

bool Exporter::writeCsv(const QList<DocumentRecord> &documents, const QString &path, QString *error, bool overwrite)
{
    return CsvWriter::write(documents, path, error, overwrite);
}

bool Exporter::loadDocuments(const QList<qint64> &ids, QList<DocumentRecord> *documents, Result *result) const
{
    QList<qint64> unique;
    QSet<qint64> seen;
    for (qint64 id : ids) {
        if (!seen.contains(id)) {
            seen.insert(id);
            unique.append(id);
        }
    }
    if (unique.isEmpty()) {
        result->error = tr("No documents were chosen for the export.");
        return false;
    }
    QString error;
    const std::unique_ptr<SqliteDatabase> db = m_library.openConnection(&error);
    if (!db) {
        result->error = tr("Cannot read the library's catalog: %1").arg(error);
        return false;
    }
    *documents = Catalog(*db).documents(unique);
    QSet<qint64> found;
    for (const DocumentRecord &d : std::as_const(*documents))
        found.insert(d.id);
    for (qint64 id : std::as_const(unique)) {
        if (!found.contains(id))
            result->problems.append(tr("There is no document with the id %1.").arg(id));
    }
    if (documents->isEmpty()) {
        result->error = tr("None of the chosen documents is in the library.");
        return false;
    }
    return true;
}

Exporter::Result Exporter::exportToFolder(const QList<qint64> &ids, const QString &dir, const Progress &progress,
                                          const std::atomic_bool *cancel)
{
    Result result;
    result.target = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    qCDebug(lcExport).noquote() << "exporting" << ids.size() << "document(s) to the folder" << result.target;
    QList<DocumentRecord> documents;
    if (loadDocuments(ids, &documents, &result))
        FolderExport(m_library, m_options, progress, cancel).run(documents, &result);
    return result;
}

Exporter::Result Exporter::exportToZip(const QList<qint64> &ids, const QString &zipPath, const Progress &progress,
                                       const std::atomic_bool *cancel)
{
    Result result;
    const QFileInfo info(zipPath);
    qCDebug(lcExport).noquote() << "exporting" << ids.size() << "document(s) to the zip"
                                << info.absoluteFilePath();
    result.target = QDir::cleanPath(info.absoluteFilePath());
    if (info.isDir()) {
        result.error
            = tr("%1 is a folder; name the zip file to write.").arg(ExportTarget::native(result.target));
        return result;
    }
    if ((info.exists() || info.isSymLink()) && !m_options.overwriteZip) {
        result.error = tr("%1 exists already and was left alone.").arg(ExportTarget::native(result.target));
        return result;
    }
    QList<DocumentRecord> documents;
    if (loadDocuments(ids, &documents, &result))
        ZipExport(m_library, m_options, progress, cancel).run(documents, &result);
    return result;
}
