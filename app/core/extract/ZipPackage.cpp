#include "core/extract/ZipPackage.h"

#include <QFile>
#include <archive.h>
#include <archive_entry.h>
#include <memory>

namespace {

struct ArchiveReadFree
{
    void operator()(archive *a) const { archive_read_free(a); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveReadFree>;

QString archiveMessage(archive *a)
{
    const char *message = archive_error_string(a);
    return message ? QString::fromLocal8Bit(message) : QString();
}

QString entryName(archive_entry *entry)
{
    if (const char *utf8 = archive_entry_pathname_utf8(entry))
        return QString::fromUtf8(utf8);
    if (const char *raw = archive_entry_pathname(entry))
        return QString::fromLocal8Bit(raw);
    return QString();
}

// Opens the file for a fresh pass over its entries: libarchive reads sequentially, so every read of
// a member starts from the beginning (cheap: the seeking zip reader skips data it does not need).
ArchivePtr openArchive(const QString &path, QString *message)
{
    ArchivePtr a(archive_read_new());
    if (!a) {
        *message = QStringLiteral("out of memory");
        return nullptr;
    }
    archive_read_support_format_zip(a.get());
    if (archive_read_open_filename(a.get(), QFile::encodeName(path).constData(), 64 * 1024) != ARCHIVE_OK) {
        *message = archiveMessage(a.get());
        return nullptr;
    }
    return a;
}

} // namespace

ZipPackage::Entry ZipPackage::entryOf(archive_entry *entry)
{
    Entry e;
    e.name = entryName(entry);
    e.declaredSize = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : -1;
    e.regular = archive_entry_filetype(entry) == AE_IFREG;
    e.encrypted = archive_entry_is_encrypted(entry);
    return e;
}

ZipPackage::ZipPackage(const QString &path, qint64 maxMemberBytes)
    : m_path(path)
    , m_maxMemberBytes(maxMemberBytes)
{
}

bool ZipPackage::open()
{
    m_open = false;
    m_entries.clear();
    m_error.clear();

    QString message;
    ArchivePtr a = openArchive(m_path, &message);
    if (!a) {
        m_error = tr("The file is not a readable zip archive: %1").arg(message);
        return false;
    }
    archive_entry *entry = nullptr;
    for (;;) {
        const int status = archive_read_next_header(a.get(), &entry);
        if (status == ARCHIVE_EOF)
            break;
        if (status < ARCHIVE_WARN) {
            m_error = m_entries.isEmpty()
                ? tr("The file is not a readable zip archive: %1").arg(archiveMessage(a.get()))
                : tr("The zip archive is damaged: %1").arg(archiveMessage(a.get()));
            return false;
        }
        m_entries.append(entryOf(entry));
    }
    m_open = true;
    return true;
}

QStringList ZipPackage::memberNames() const
{
    QStringList names;
    for (const Entry &e : m_entries) {
        if (e.regular)
            names.append(e.name);
    }
    return names;
}

const ZipPackage::Entry *ZipPackage::find(const QString &name) const
{
    const Entry *caseInsensitive = nullptr;
    for (const Entry &e : m_entries) {
        if (e.name == name)
            return &e;
        if (!caseInsensitive && e.name.compare(name, Qt::CaseInsensitive) == 0)
            caseInsensitive = &e;
    }
    return caseInsensitive;
}

bool ZipPackage::contains(const QString &name) const
{
    return find(name) != nullptr;
}

std::optional<QByteArray> ZipPackage::read(const QString &name)
{
    m_error.clear();
    const Entry *known = find(name);
    if (!known) {
        m_error = tr("The archive has no member %1.").arg(name);
        return std::nullopt;
    }
    const Entry wanted = *known;
    if (!admits(wanted))
        return std::nullopt;
    QString message;
    ArchivePtr a = openArchive(m_path, &message);
    if (!a) {
        m_error = tr("The file is not a readable zip archive: %1").arg(message);
        return std::nullopt;
    }
    archive_entry *entry = seek(a.get(), wanted.name);
    if (!entry)
        return std::nullopt;
    // The entry as this pass sees it; the streaming reader may know more or less than the listing.
    const Entry streamed = entryOf(entry);
    if (!admits(streamed))
        return std::nullopt;
    return readData(a.get(), streamed);
}

bool ZipPackage::admits(const Entry &entry)
{
    if (!entry.regular)
        m_error = tr("The archive member %1 is not a regular file.").arg(entry.name);
    else if (entry.encrypted)
        m_error = tr("The archive member %1 is encrypted.").arg(entry.name);
    else if (entry.declaredSize > m_maxMemberBytes)
        m_error = tr("The archive member %1 is larger than the limit of %2 bytes.")
                      .arg(entry.name)
                      .arg(m_maxMemberBytes);
    else
        return true;
    return false;
}

archive_entry *ZipPackage::seek(archive *a, const QString &name)
{
    archive_entry *entry = nullptr;
    for (;;) {
        const int status = archive_read_next_header(a, &entry);
        if (status == ARCHIVE_EOF) {
            m_error = tr("The archive has no member %1.").arg(name);
            return nullptr;
        }
        if (status < ARCHIVE_WARN) {
            m_error = tr("The zip archive is damaged: %1").arg(archiveMessage(a));
            return nullptr;
        }
        if (entryName(entry) == name)
            return entry;
    }
}

std::optional<QByteArray> ZipPackage::readData(archive *a, const Entry &entry)
{
    QByteArray data;
    if (entry.declaredSize >= 0)
        data.reserve(qsizetype(std::min<qint64>(entry.declaredSize, m_maxMemberBytes)));
    char buffer[64 * 1024];
    for (;;) {
        const la_ssize_t n = archive_read_data(a, buffer, sizeof buffer);
        if (n == 0)
            break;
        if (n < 0) {
            m_error = tr("The archive member %1 is damaged: %2").arg(entry.name, archiveMessage(a));
            return std::nullopt;
        }
        // The declared size may lie; what counts is what inflates.
        if (data.size() + n > m_maxMemberBytes) {
            m_error = tr("The archive member %1 is larger than the limit of %2 bytes.")
                          .arg(entry.name)
                          .arg(m_maxMemberBytes);
            return std::nullopt;
        }
        data.append(buffer, qsizetype(n));
    }
    return data;
}
