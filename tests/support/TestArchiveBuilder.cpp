#include "TestArchiveBuilder.h"
#include "core/util/Utf8Ctype.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>
#include <archive.h>
#include <archive_entry.h>
#include <clocale>
#include <locale.h>
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

la_ssize_t appendToByteArray(archive *, void *clientData, const void *buffer, size_t length)
{
    static_cast<QByteArray *>(clientData)->append(static_cast<const char *>(buffer), qsizetype(length));
    return la_ssize_t(length);
}

void appendLe16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian<quint16>(value, bytes);
    out.append(bytes, 2);
}

void appendLe32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian<quint32>(value, bytes);
    out.append(bytes, 4);
}

} // namespace

TestArchiveBuilder &TestArchiveBuilder::add(const Entry &entry)
{
    m_entries.append(entry);
    return *this;
}

TestArchiveBuilder &TestArchiveBuilder::addFile(const QString &path, const QByteArray &data)
{
    return add({ path, data, Entry::Type::File, QString() });
}

TestArchiveBuilder &TestArchiveBuilder::addDirectory(const QString &path)
{
    return add({ path, QByteArray(), Entry::Type::Directory, QString() });
}

TestArchiveBuilder &TestArchiveBuilder::addSymlink(const QString &path, const QString &target)
{
    return add({ path, QByteArray(), Entry::Type::Symlink, target });
}

TestArchiveBuilder &TestArchiveBuilder::addHardlink(const QString &path, const QString &target)
{
    return add({ path, QByteArray(), Entry::Type::Hardlink, target });
}

TestArchiveBuilder &TestArchiveBuilder::addCharDevice(const QString &path)
{
    return add({ path, QByteArray(), Entry::Type::CharDevice, QString() });
}

TestArchiveBuilder &TestArchiveBuilder::addFolder(const QString &dir, const QString &prefix)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(dir).relativeFilePath(it.next()));
    files.sort();
    for (const QString &relative : std::as_const(files)) {
        QFile file(dir + QLatin1Char('/') + relative);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file.fileName()));
        addFile(prefix + relative, file.readAll());
    }
    return *this;
}

TestArchiveBuilder &TestArchiveBuilder::setZipPassphrase(const QByteArray &passphrase)
{
    m_passphrase = passphrase;
    return *this;
}

TestArchiveBuilder::Format TestArchiveBuilder::formatForName(const QString &fileName)
{
    const QString name = fileName.toLower();
    if (name.endsWith(QLatin1String(".tar.gz")) || name.endsWith(QLatin1String(".tgz")))
        return Format::TarGz;
    if (name.endsWith(QLatin1String(".tar.bz2")) || name.endsWith(QLatin1String(".tbz2")))
        return Format::TarBz2;
    if (name.endsWith(QLatin1String(".tar.xz")) || name.endsWith(QLatin1String(".txz")))
        return Format::TarXz;
    if (name.endsWith(QLatin1String(".tar")))
        return Format::Tar;
    if (name.endsWith(QLatin1String(".7z")))
        return Format::SevenZip;
    return Format::Zip;
}

QByteArray TestArchiveBuilder::build(Format format)
{
    m_error.clear();
    const Utf8Ctype utf8Ctype;
    QByteArray out;
    std::unique_ptr<archive, ArchiveWriteFree> a(archive_write_new());
    auto fail = [&](const char *what) {
        const char *message = archive_error_string(a.get());
        m_error = QStringLiteral("%1: %2").arg(QLatin1String(what),
                                               QString::fromLocal8Bit(message ? message : "?"));
        return QByteArray();
    };

    int rc = ARCHIVE_OK;
    switch (format) {
    case Format::Zip:
        rc = archive_write_set_format_zip(a.get());
        break;
    case Format::SevenZip:
        rc = archive_write_set_format_7zip(a.get());
        break;
    case Format::Tar:
    case Format::TarGz:
    case Format::TarBz2:
    case Format::TarXz:
        rc = archive_write_set_format_pax_restricted(a.get());
        break;
    }
    if (rc != ARCHIVE_OK)
        return fail("set_format");
    switch (format) {
    case Format::TarGz:
        rc = archive_write_add_filter_gzip(a.get());
        break;
    case Format::TarBz2:
        rc = archive_write_add_filter_bzip2(a.get());
        break;
    case Format::TarXz:
        rc = archive_write_add_filter_xz(a.get());
        break;
    default:
        rc = archive_write_add_filter_none(a.get());
        break;
    }
    if (rc != ARCHIVE_OK)
        return fail("add_filter");
    if (!m_passphrase.isEmpty()) {
        if (format != Format::Zip) {
            m_error = QStringLiteral("a passphrase is supported for zip only");
            return {};
        }
        if (archive_write_set_options(a.get(), "zip:encryption=zipcrypt") != ARCHIVE_OK)
            return fail("encryption option");
        if (archive_write_set_passphrase(a.get(), m_passphrase.constData()) != ARCHIVE_OK)
            return fail("passphrase");
    }
    // No padding to 10 KiB blocks for uncompressed tar: the fixtures stay small.
    archive_write_set_bytes_in_last_block(a.get(), 1);
    if (archive_write_open(a.get(), &out, nullptr, appendToByteArray, nullptr) != ARCHIVE_OK)
        return fail("open");

    for (const Entry &e : std::as_const(m_entries)) {
        std::unique_ptr<archive_entry, EntryFree> entry(archive_entry_new());
        archive_entry_set_pathname_utf8(entry.get(), e.path.toUtf8().constData());
        archive_entry_set_mtime(entry.get(), 1700000000, 0);
        archive_entry_set_uid(entry.get(), 1000);
        archive_entry_set_gid(entry.get(), 1000);
        qint64 size = 0;
        switch (e.type) {
        case Entry::Type::File:
            archive_entry_set_filetype(entry.get(), AE_IFREG);
            archive_entry_set_perm(entry.get(), 0644);
            size = e.data.size();
            break;
        case Entry::Type::Directory:
            archive_entry_set_filetype(entry.get(), AE_IFDIR);
            archive_entry_set_perm(entry.get(), 0755);
            break;
        case Entry::Type::Symlink:
            archive_entry_set_filetype(entry.get(), AE_IFLNK);
            archive_entry_set_perm(entry.get(), 0777);
            archive_entry_set_symlink_utf8(entry.get(), e.linkTarget.toUtf8().constData());
            break;
        case Entry::Type::Hardlink:
            archive_entry_set_filetype(entry.get(), AE_IFREG);
            archive_entry_set_perm(entry.get(), 0644);
            archive_entry_set_hardlink_utf8(entry.get(), e.linkTarget.toUtf8().constData());
            break;
        case Entry::Type::CharDevice:
            archive_entry_set_filetype(entry.get(), AE_IFCHR);
            archive_entry_set_perm(entry.get(), 0666);
            archive_entry_set_rdevmajor(entry.get(), 1);
            archive_entry_set_rdevminor(entry.get(), 3);
            break;
        }
        archive_entry_set_size(entry.get(), size);
        if (archive_write_header(a.get(), entry.get()) < ARCHIVE_WARN)
            return fail("write_header");
        if (size > 0 && archive_write_data(a.get(), e.data.constData(), size_t(size)) != la_ssize_t(size))
            return fail("write_data");
    }
    if (archive_write_close(a.get()) != ARCHIVE_OK)
        return fail("close");
    return out;
}

bool TestArchiveBuilder::write(const QString &path)
{
    return write(path, formatForName(path));
}

bool TestArchiveBuilder::write(const QString &path, Format format)
{
    const QByteArray bytes = build(format);
    if (bytes.isEmpty())
        return false;
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        m_error = file.errorString();
        return false;
    }
    return true;
}

quint32 TestArchiveBuilder::crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray TestArchiveBuilder::rawZip(const QList<RawZipMember> &members, bool utf8Flag)
{
    // PKWARE APPNOTE: local file header + data for each member, then the central directory and its
    // end record. Method 0 (stored), no data descriptors, no extra fields.
    const quint16 flags = utf8Flag ? 0x0800 : 0;
    const quint16 dosTime = (10 << 11) | (30 << 5); // 10:30:00
    const quint16 dosDate = ((2024 - 1980) << 9) | (3 << 5) | 15; // 2024-03-15
    QByteArray zip;
    QByteArray central;
    for (const RawZipMember &m : members) {
        const quint32 crc = crc32(m.data);
        const quint32 offset = quint32(zip.size());
        zip.append("PK\x03\x04", 4);
        appendLe16(zip, 20); // version needed
        appendLe16(zip, flags);
        appendLe16(zip, 0); // stored
        appendLe16(zip, dosTime);
        appendLe16(zip, dosDate);
        appendLe32(zip, crc);
        appendLe32(zip, quint32(m.data.size()));
        appendLe32(zip, quint32(m.data.size()));
        appendLe16(zip, quint16(m.name.size()));
        appendLe16(zip, 0); // extra length
        zip.append(m.name);
        zip.append(m.data);

        central.append("PK\x01\x02", 4);
        appendLe16(central, 20); // made by: MS-DOS, 2.0
        appendLe16(central, 20);
        appendLe16(central, flags);
        appendLe16(central, 0);
        appendLe16(central, dosTime);
        appendLe16(central, dosDate);
        appendLe32(central, crc);
        appendLe32(central, quint32(m.data.size()));
        appendLe32(central, quint32(m.data.size()));
        appendLe16(central, quint16(m.name.size()));
        appendLe16(central, 0); // extra
        appendLe16(central, 0); // comment
        appendLe16(central, 0); // disk
        appendLe16(central, 0); // internal attributes
        appendLe32(central, 0); // external attributes
        appendLe32(central, offset);
        central.append(m.name);
    }
    const quint32 centralOffset = quint32(zip.size());
    zip.append(central);
    zip.append("PK\x05\x06", 4);
    appendLe16(zip, 0);
    appendLe16(zip, 0);
    appendLe16(zip, quint16(members.size()));
    appendLe16(zip, quint16(members.size()));
    appendLe32(zip, quint32(central.size()));
    appendLe32(zip, centralOffset);
    appendLe16(zip, 0); // comment length
    return zip;
}
