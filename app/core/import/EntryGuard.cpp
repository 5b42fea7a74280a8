#include "core/import/EntryGuard.h"

#include "core/pack/MetadataSanitizer.h"

#include <QLocale>
#include <QStringList>

EntryGuard::EntryGuard(const ImportLimits &limits)
    : m_limits(limits)
{
}

QString EntryGuard::cleanPath(const QString &path, QString *reason) const
{
    // Normal form C: a Mac writes "ü" as "u" and a combining diaeresis; the manifest, the folder
    // categories and the catalog must see one name for both.
    QString p = path.normalized(QString::NormalizationForm_C);
    p.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (MetadataSanitizer::containsUnsafe(p)) {
        // Terminal escapes, or "x<U+202E>fdp.exe" that shows as "xexe.pdf".
        *reason = tr(
            "the name contains control characters or invisible characters that reverse the text direction");
        return {};
    }
    if (p.startsWith(QLatin1Char('/')) || (p.size() >= 2 && p.at(1) == QLatin1Char(':') && p.at(0).isLetter())) {
        *reason = tr("absolute paths are not allowed");
        return {};
    }
    if (p.size() > m_limits.maxPathLength) {
        *reason = tr("the name is longer than %1 characters").arg(m_limits.maxPathLength);
        return {};
    }
    QStringList parts;
    const QStringList raw = p.split(QLatin1Char('/'));
    for (const QString &part : raw) {
        if (part.isEmpty() || part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            *reason = tr("paths leading out of the pack (\"..\") are not allowed");
            return {};
        }
        parts.append(part);
    }
    if (parts.isEmpty()) {
        *reason = tr("the entry has no name");
        return {};
    }
    if (parts.size() - 1 > m_limits.maxPathDepth) { // folders above the file
        *reason = tr("the path is nested deeper than %1 folders").arg(m_limits.maxPathDepth);
        return {};
    }
    return parts.join(QLatin1Char('/'));
}

bool EntryGuard::isJunk(const QString &cleanPath)
{
    const QString name = cleanPath.section(QLatin1Char('/'), -1);
    return cleanPath.startsWith(QLatin1String("__MACOSX/")) || name == QLatin1String(".DS_Store")
        || name.compare(QLatin1String("Thumbs.db"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("desktop.ini"), Qt::CaseInsensitive) == 0 || name.startsWith(QLatin1String("._"));
}

bool EntryGuard::admit(const ArchiveReader::Entry &entry, QString *reason)
{
    if (++m_entries > m_limits.maxEntries) {
        *reason = tr("the archive holds more than %1 entries").arg(m_limits.maxEntries);
        return false;
    }
    switch (entry.type) {
    case ArchiveReader::Entry::Type::File:
    case ArchiveReader::Entry::Type::Directory:
        break;
    case ArchiveReader::Entry::Type::Symlink:
        *reason = tr("symbolic links are not imported (it points to \"%1\")").arg(entry.linkTarget);
        return false;
    case ArchiveReader::Entry::Type::Hardlink:
        *reason = tr("hard links are not imported (it points to \"%1\")").arg(entry.linkTarget);
        return false;
    case ArchiveReader::Entry::Type::Other:
        *reason = tr("device files, pipes and sockets are not imported");
        return false;
    }
    if (entry.encrypted) {
        *reason = tr("the entry is encrypted");
        return false;
    }
    if (entry.size > m_limits.maxFileBytes) {
        *reason = tr("the file is larger than the limit of %1").arg(QLocale().formattedDataSize(m_limits.maxFileBytes));
        return false;
    }
    if (entry.size > 0 && m_totalBytes + entry.size > m_limits.maxTotalBytes) {
        *reason = tr("the pack would exceed the limit of %1 in total").arg(QLocale().formattedDataSize(m_limits.maxTotalBytes));
        return false;
    }
    return true;
}

bool EntryGuard::withinLimits(qint64 entryBytes, qint64 entryCompressedBytes, QString *reason)
{
    if (entryBytes > m_limits.maxFileBytes) {
        *reason = tr("the file is larger than the limit of %1").arg(QLocale().formattedDataSize(m_limits.maxFileBytes));
        return false;
    }
    if (m_totalBytes + entryBytes > m_limits.maxTotalBytes) {
        *reason = tr("the pack would exceed the limit of %1 in total").arg(QLocale().formattedDataSize(m_limits.maxTotalBytes));
        return false;
    }
    if (entryBytes > m_limits.ratioCheckAfterBytes
        && double(entryBytes) > m_limits.maxExpansionRatio * double(qMax<qint64>(entryCompressedBytes, 1))) {
        *reason = tr("the entry expands more than %1 times (a zip bomb?)").arg(m_limits.maxExpansionRatio);
        return false;
    }
    return true;
}
