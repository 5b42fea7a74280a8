#include "core/import/ArchiveReader.h"
#include "core/util/Utf8Ctype.h"

#include <QFile>
#include <QStringDecoder>

#include <archive.h>
#include <archive_entry.h>

#include <locale.h>

namespace {

// Code page 437, 0x80-0xFF: what zip tools without the UTF-8 flag write (DOS, old Windows Explorer).
const char16_t Cp437High[128] = {
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7, 0x00EA, 0x00EB, 0x00E8, 0x00EF, 0x00EE, 0x00EC,
    0x00C4, 0x00C5, 0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9, 0x00FF, 0x00D6, 0x00DC, 0x00A2,
    0x00A3, 0x00A5, 0x20A7, 0x0192, 0x00E1, 0x00ED, 0x00F3, 0x00FA, 0x00F1, 0x00D1, 0x00AA, 0x00BA, 0x00BF, 0x2310,
    0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB, 0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562, 0x2556,
    0x2555, 0x2563, 0x2551, 0x2557, 0x255D, 0x255C, 0x255B, 0x2510, 0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C,
    0x255E, 0x255F, 0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x2567, 0x2568, 0x2564, 0x2565, 0x2559,
    0x2558, 0x2552, 0x2553, 0x256B, 0x256A, 0x2518, 0x250C, 0x2588, 0x2584, 0x258C, 0x2590, 0x2580, 0x03B1, 0x00DF,
    0x0393, 0x03C0, 0x03A3, 0x03C3, 0x00B5, 0x03C4, 0x03A6, 0x0398, 0x03A9, 0x03B4, 0x221E, 0x03C6, 0x03B5, 0x2229,
    0x2261, 0x00B1, 0x2265, 0x2264, 0x2320, 0x2321, 0x00F7, 0x2248, 0x00B0, 0x2219, 0x00B7, 0x221A, 0x207F, 0x00B2,
    0x25A0, 0x00A0};

// Windows-1252 0x80-0x9F; the rest of the upper half equals Latin-1.
const char16_t Cp1252Controls[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                     0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                                     0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                     0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
} // namespace

ArchiveReader::ArchiveReader() = default;

ArchiveReader::~ArchiveReader()
{
    if (m_archive)
        archive_read_free(m_archive);
}

bool ArchiveReader::looksLikeArchive(const QString &fileName)
{
    const QString name = fileName.toLower();
    static const char *const suffixes[] = {".zip", ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tbz",
                                           ".tar.xz", ".txz", ".7z"};
    for (const char *suffix : suffixes) {
        if (name.endsWith(QLatin1String(suffix)))
            return true;
    }
    return false;
}

QString ArchiveReader::decodeName(const QByteArray &raw, bool zip)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = utf8(raw);
    if (!utf8.hasError())
        return decoded;
    decoded.clear();
    decoded.reserve(raw.size());
    for (const char c : raw) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x80)
            decoded.append(QChar(byte));
        else if (zip)
            decoded.append(QChar(Cp437High[byte - 0x80]));
        else if (byte < 0xA0)
            decoded.append(QChar(Cp1252Controls[byte - 0x80]));
        else
            decoded.append(QChar(byte));
    }
    return decoded;
}

void ArchiveReader::setError()
{
    const char *message = archive_error_string(m_archive);
    m_error = message ? QString::fromLocal8Bit(message) : tr("unknown archive error");
}

bool ArchiveReader::open(const QString &path, QString *error)
{
    const Utf8Ctype utf8Ctype;
    m_path = path;
    m_archive = archive_read_new();
    archive_read_support_filter_all(m_archive);
    archive_read_support_format_zip(m_archive);
    archive_read_support_format_tar(m_archive);
    archive_read_support_format_gnutar(m_archive);
    archive_read_support_format_7zip(m_archive);
    // Raw entry names: we decode them ourselves (libarchive would use the process locale).
    if (archive_read_open_filename(m_archive, QFile::encodeName(path).constData(), 64 * 1024) != ARCHIVE_OK) {
        setError();
        if (error)
            *error = tr("Cannot open the archive: %1").arg(m_error);
        return false;
    }
    return true;
}

bool ArchiveReader::next(Entry *entry)
{
    m_error.clear();
    const Utf8Ctype utf8Ctype;
    archive_entry *e = nullptr;
    const int rc = archive_read_next_header(m_archive, &e);
    if (rc == ARCHIVE_EOF)
        return false;
    if (rc < ARCHIVE_WARN) {
        setError();
        return false;
    }
    m_isZip = archive_format(m_archive) == ARCHIVE_FORMAT_ZIP || (archive_format(m_archive) & ARCHIVE_FORMAT_BASE_MASK) == ARCHIVE_FORMAT_ZIP;
    *entry = Entry();
    const char *raw = archive_entry_pathname(e);
    if (!raw)
        raw = archive_entry_pathname_utf8(e);
    entry->rawPath = QByteArray(raw ? raw : "");
    entry->path = decodeName(entry->rawPath, m_isZip);
    entry->size = archive_entry_size_is_set(e) ? archive_entry_size(e) : -1;
    entry->encrypted = archive_entry_is_encrypted(e);
    if (archive_entry_hardlink(e)) {
        entry->type = Entry::Type::Hardlink;
        entry->linkTarget = decodeName(archive_entry_hardlink(e), m_isZip);
    } else {
        switch (archive_entry_filetype(e)) {
        case AE_IFREG:
            entry->type = Entry::Type::File;
            break;
        case AE_IFDIR:
            entry->type = Entry::Type::Directory;
            break;
        case AE_IFLNK:
            entry->type = Entry::Type::Symlink;
            if (archive_entry_symlink(e))
                entry->linkTarget = decodeName(archive_entry_symlink(e), m_isZip);
            break;
        default:
            entry->type = Entry::Type::Other;
        }
    }
    return true;
}

qint64 ArchiveReader::read(char *buffer, qint64 size)
{
    const la_ssize_t n = archive_read_data(m_archive, buffer, size_t(size));
    if (n < 0) {
        setError();
        return -1;
    }
    return n;
}

qint64 ArchiveReader::compressedBytesRead() const
{
    return m_archive ? archive_filter_bytes(m_archive, -1) : 0;
}
