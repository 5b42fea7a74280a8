#include "core/export/ZipWriter.h"
#include "core/util/Utf8Ctype.h"

#include <QFileInfo>
#include <QIODevice>
#include <QSet>

#include <archive.h>
#include <archive_entry.h>
#include <cerrno>
#include <locale.h>
#include <memory>

namespace {


struct EntryFree
{
    void operator()(archive_entry *e) const { archive_entry_free(e); }
};

la_ssize_t writeToDevice(archive *a, void *clientData, const void *buffer, size_t length)
{
    auto *device = static_cast<QIODevice *>(clientData);
    errno = 0;
    const qint64 written = device->write(static_cast<const char *>(buffer), qint64(length));
    if (written != qint64(length)) {
        // After a partial write QFile has no message of its own; errno has the reason (ENOSPC).
        const int error = errno;
        const QString reason = error != 0 ? qt_error_string(error) : device->errorString();
        archive_set_error(a, error != 0 ? error : EIO, "%s", reason.toUtf8().constData());
        return -1;
    }
    return la_ssize_t(length);
}

} // namespace

ZipWriter::ZipWriter(QIODevice *device)
    : m_device(device)
{
}

ZipWriter::~ZipWriter()
{
    // An archive left open (a cancelled or failed export) is closed into its temporary file, which
    // is dropped anyway. (archive_write_fail() would skip that, but leaks libarchive's buffers.)
    if (m_archive)
        archive_write_free(m_archive);
}

bool ZipWriter::fail(const QString &what)
{
    QString reason = m_device->errorString();
    const char *message = m_archive ? archive_error_string(m_archive) : nullptr;
    if (message && *message)
        reason = QString::fromUtf8(message);
    m_error = reason.isEmpty() ? what : QStringLiteral("%1: %2").arg(what, reason);
    return false;
}

bool ZipWriter::open()
{
    const Utf8Ctype utf8;
    m_archive = archive_write_new();
    if (!m_archive)
        return fail(tr("cannot start the zip archive"));
    if (archive_write_set_format_zip(m_archive) != ARCHIVE_OK
        || archive_write_set_options(m_archive, "zip:hdrcharset=UTF-8") != ARCHIVE_OK
        || archive_write_add_filter_none(m_archive) != ARCHIVE_OK)
        return fail(tr("cannot set up the zip archive"));
    archive_write_set_bytes_per_block(m_archive, 64 * 1024);
    archive_write_set_bytes_in_last_block(m_archive, 1); // no padding after the central directory
    if (archive_write_open(m_archive, m_device, nullptr, writeToDevice, nullptr) != ARCHIVE_OK)
        return fail(tr("cannot write the zip archive"));
    m_open = true;
    return true;
}

bool ZipWriter::beginFile(const QString &name, qint64 size, const QDateTime &modified, Compression compression)
{
    if (!m_open)
        return fail(tr("the zip archive is not open"));
    const Utf8Ctype utf8;
    std::unique_ptr<archive_entry, EntryFree> entry(archive_entry_new());
    const QByteArray utf8Name = name.toUtf8();
    archive_entry_set_pathname(entry.get(), utf8Name.constData());
    archive_entry_set_filetype(entry.get(), AE_IFREG);
    archive_entry_set_perm(entry.get(), 0644);
    archive_entry_set_size(entry.get(), size);
    archive_entry_set_mtime(entry.get(), modified.toSecsSinceEpoch(), 0);
    if (compression == Compression::Store)
        archive_write_zip_set_compression_store(m_archive);
    else
        archive_write_zip_set_compression_deflate(m_archive);
    if (archive_write_header(m_archive, entry.get()) != ARCHIVE_OK)
        return fail(tr("cannot add %1 to the zip archive").arg(name));
    return true;
}

bool ZipWriter::write(const char *data, qint64 size)
{
    while (size > 0) {
        const la_ssize_t n = archive_write_data(m_archive, data, size_t(size));
        if (n <= 0)
            return fail(tr("cannot write to the zip archive"));
        data += n;
        size -= n;
    }
    return true;
}

bool ZipWriter::finishFile()
{
    if (archive_write_finish_entry(m_archive) != ARCHIVE_OK)
        return fail(tr("cannot write to the zip archive"));
    return true;
}

bool ZipWriter::addFile(const QString &name, const QByteArray &data, const QDateTime &modified, Compression compression)
{
    return beginFile(name, data.size(), modified, compression) && write(data.constData(), data.size()) && finishFile();
}

bool ZipWriter::close()
{
    if (!m_open)
        return fail(tr("the zip archive is not open"));
    const Utf8Ctype utf8;
    m_open = false;
    if (archive_write_close(m_archive) != ARCHIVE_OK)
        return fail(tr("cannot finish the zip archive"));
    return true;
}

ZipWriter::Compression ZipWriter::compressionFor(const QString &fileName)
{
    static const QSet<QString> compressed{
        QStringLiteral("docx"), QStringLiteral("xlsx"), QStringLiteral("pptx"), QStringLiteral("odt"),
        QStringLiteral("ods"),  QStringLiteral("odp"),  QStringLiteral("zip"),  QStringLiteral("7z"),
        QStringLiteral("gz"),   QStringLiteral("tgz"),  QStringLiteral("bz2"),  QStringLiteral("xz"),
        QStringLiteral("jpg"),  QStringLiteral("jpeg"), QStringLiteral("png"),  QStringLiteral("gif"),
        QStringLiteral("webp"), QStringLiteral("mp3"),  QStringLiteral("mp4"),  QStringLiteral("m4a")};
    return compressed.contains(QFileInfo(fileName).suffix().toLower()) ? Compression::Store : Compression::Deflate;
}
