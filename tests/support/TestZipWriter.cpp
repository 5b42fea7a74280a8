#include "TestZipWriter.h"

#include <QFile>
#include <QtEndian>
#include <archive.h>
#include <archive_entry.h>
#include <memory>

namespace {

struct ArchiveWriteFree
{
    void operator()(archive *a) const { archive_write_free(a); }
};
struct EntryFree
{
    void operator()(archive_entry *e) const { archive_entry_free(e); }
};

} // namespace

TestZipWriter &TestZipWriter::add(const QString &name, const QByteArray &data, Compression compression)
{
    m_members.append({ name, data, QString(), compression });
    return *this;
}

TestZipWriter &TestZipWriter::addSymlink(const QString &name, const QString &target)
{
    m_members.append({ name, QByteArray(), target, Compression::Store });
    return *this;
}

TestZipWriter &TestZipWriter::setPassphrase(const QByteArray &passphrase)
{
    m_passphrase = passphrase;
    return *this;
}

QByteArray TestZipWriter::toByteArray()
{
    m_error.clear();
    // libarchive writes into a fixed buffer; fixtures are small, so a generous one suffices.
    qsizetype capacity = 64 * 1024;
    for (const Member &m : m_members)
        capacity += m.data.size() * 2 + m.name.size() * 4 + 512;
    QByteArray buffer(capacity, '\0');
    size_t used = 0;

    std::unique_ptr<archive, ArchiveWriteFree> a(archive_write_new());
    auto fail = [&](const char *what) {
        m_error = QStringLiteral("%1: %2").arg(QLatin1String(what),
                                               QString::fromLocal8Bit(archive_error_string(a.get())));
        return QByteArray();
    };
    if (archive_write_set_format_zip(a.get()) != ARCHIVE_OK)
        return fail("set_format_zip");
    if (!m_passphrase.isEmpty()) {
        if (archive_write_set_options(a.get(), "zip:encryption=zipcrypt") != ARCHIVE_OK)
            return fail("encryption option");
        if (archive_write_set_passphrase(a.get(), m_passphrase.constData()) != ARCHIVE_OK)
            return fail("passphrase");
    }
    if (archive_write_open_memory(a.get(), buffer.data(), buffer.size(), &used) != ARCHIVE_OK)
        return fail("open_memory");

    for (const Member &m : m_members) {
        if (m.compression == Compression::Store)
            archive_write_zip_set_compression_store(a.get());
        else
            archive_write_zip_set_compression_deflate(a.get());

        std::unique_ptr<archive_entry, EntryFree> entry(archive_entry_new());
        archive_entry_set_pathname_utf8(entry.get(), m.name.toUtf8().constData());
        archive_entry_set_mtime(entry.get(), 1700000000, 0);
        if (!m.symlinkTarget.isNull()) {
            archive_entry_set_filetype(entry.get(), AE_IFLNK);
            archive_entry_set_perm(entry.get(), 0777);
            archive_entry_set_symlink_utf8(entry.get(), m.symlinkTarget.toUtf8().constData());
            archive_entry_set_size(entry.get(), 0);
        } else {
            archive_entry_set_filetype(entry.get(), AE_IFREG);
            archive_entry_set_perm(entry.get(), 0644);
            archive_entry_set_size(entry.get(), m.data.size());
        }
        if (archive_write_header(a.get(), entry.get()) < ARCHIVE_WARN)
            return fail("write_header");
        if (!m.data.isEmpty() && archive_write_data(a.get(), m.data.constData(), size_t(m.data.size())) < 0)
            return fail("write_data");
    }
    if (archive_write_close(a.get()) != ARCHIVE_OK)
        return fail("close");
    buffer.truncate(qsizetype(used));
    return buffer;
}

bool TestZipWriter::writeTo(const QString &path)
{
    const QByteArray bytes = toByteArray();
    if (bytes.isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        m_error = file.errorString();
        return false;
    }
    return true;
}

bool TestZipWriter::setDeclaredSize(QByteArray &zip, const QByteArray &member, quint32 size)
{
    // Local file header: signature PK\3\4, uncompressed size at +22, name length at +26, name at +30.
    // Central directory header: signature PK\1\2, uncompressed size at +24, name length at +28,
    // name at +46. Data descriptors (PK\7\8) following the data repeat the sizes at +12.
    bool found = false;
    auto *bytes = reinterpret_cast<uchar *>(zip.data());
    for (qsizetype i = 0; i + 4 <= zip.size(); ++i) {
        if (bytes[i] != 'P' || bytes[i + 1] != 'K')
            continue;
        if (bytes[i + 2] == 3 && bytes[i + 3] == 4 && i + 30 <= zip.size()) {
            const quint16 nameLength = qFromLittleEndian<quint16>(bytes + i + 26);
            if (zip.mid(i + 30, nameLength) == member) {
                qToLittleEndian<quint32>(size, bytes + i + 22);
                found = true;
                // With bit 3 set, the sizes also follow the data in a descriptor.
                const quint16 flags = qFromLittleEndian<quint16>(bytes + i + 6);
                if (flags & 0x8) {
                    const qsizetype descriptor = zip.indexOf(QByteArray("PK\x07\x08", 4), i + 30);
                    if (descriptor > 0 && descriptor + 16 <= zip.size())
                        qToLittleEndian<quint32>(size, bytes + descriptor + 12);
                }
            }
        } else if (bytes[i + 2] == 1 && bytes[i + 3] == 2 && i + 46 <= zip.size()) {
            const quint16 nameLength = qFromLittleEndian<quint16>(bytes + i + 28);
            if (zip.mid(i + 46, nameLength) == member) {
                qToLittleEndian<quint32>(size, bytes + i + 24);
                found = true;
            }
        }
    }
    return found;
}
