#include "core/extract/PasswordProtection.h"

#include "core/extract/ZipPackage.h"

#include <QFile>
#include <QtEndian>
#include <optional>

namespace {

// A read-only view of an OLE2 compound file (the container of the old Office formats and of
// encrypted OOXML): enough to find a stream by name and read its first bytes.
class CompoundFile
{
public:
    explicit CompoundFile(QFile &file)
        : m_file(file)
    {
        const QByteArray header = read(0, 512);
        if (header.size() < 512 || !header.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
            return;
        const int shift = qFromLittleEndian<quint16>(header.constData() + 0x1E);
        if (shift != 9 && shift != 12)
            return;
        m_sectorSize = 1 << shift;
        m_firstDirectorySector = qFromLittleEndian<quint32>(header.constData() + 0x30);
        m_miniCutoff = qFromLittleEndian<quint32>(header.constData() + 0x38);
        for (int i = 0; i < 109; ++i)
            m_fatSectors.append(qFromLittleEndian<quint32>(header.constData() + 0x4C + 4 * i));
        m_valid = true;
    }

    bool isValid() const { return m_valid; }

    // The first bytes of a stream: of its first sector, or of its first 64-byte mini sector when it
    // is small enough to live in the mini stream (most of a short letter's streams). Empty when
    // there is no such stream.
    QByteArray streamStart(const QString &name, int bytes)
    {
        const std::optional<Entry> entry = find(name);
        if (!entry)
            return {};
        if (entry->size >= m_miniCutoff)
            return read(sectorOffset(entry->start),
                        qMin<qint64>(bytes, qMin<qint64>(entry->size, m_sectorSize)));
        // The mini stream is the root entry's stream, in regular sectors.
        const std::optional<Entry> root = find(QString(), 5);
        if (!root)
            return {};
        constexpr int MiniSectorSize = 64;
        const qint64 offset = qint64(entry->start) * MiniSectorSize;
        constexpr qint64 MaxSectorsWalked = 1024; // the first 512 KB of the mini stream
        if (offset >= root->size || offset / m_sectorSize > MaxSectorsWalked)
            return {};
        quint32 sector = root->start;
        for (qint64 skip = offset / m_sectorSize; skip > 0; --skip) {
            const std::optional<quint32> next = nextSector(sector);
            if (!next)
                return {};
            sector = *next;
        }
        return read(sectorOffset(sector) + offset % m_sectorSize,
                    qMin<qint64>(bytes, qMin<qint64>(entry->size, MiniSectorSize)));
    }

    bool hasStream(const QString &name) { return find(name).has_value(); }

private:
    struct Entry
    {
        quint32 start = 0;
        quint32 size = 0;
    };

    QByteArray read(qint64 offset, qint64 size)
    {
        if (offset < 0 || !m_file.seek(offset))
            return {};
        return m_file.read(size);
    }

    qint64 sectorOffset(quint32 sector) const { return qint64(sector + 1) * m_sectorSize; }

    std::optional<quint32> nextSector(quint32 sector)
    {
        if (sector >= 0xFFFFFFFA)
            return std::nullopt; // the end of a chain, or a free sector
        const quint32 perSector = quint32(m_sectorSize / 4);
        const quint32 fatIndex = sector / perSector;
        if (fatIndex >= quint32(m_fatSectors.size()))
            return std::nullopt; // past the header's FAT sectors: large files; not needed here
        const QByteArray word = read(sectorOffset(m_fatSectors[fatIndex]) + 4 * (sector % perSector), 4);
        if (word.size() != 4)
            return std::nullopt;
        return qFromLittleEndian<quint32>(word.constData());
    }

    // A stream (type 2) by name, or the root entry (type 5, any name).
    std::optional<Entry> find(const QString &name, char type = 2)
    {
        constexpr quint32 EndOfChain = 0xFFFFFFFE;
        constexpr int MaxDirectorySectors = 64; // a few thousand entries; a loop in the chain ends here
        quint32 sector = m_firstDirectorySector;
        for (int n = 0; n < MaxDirectorySectors && sector < EndOfChain - 16; ++n) {
            const QByteArray directory = read(sectorOffset(sector), m_sectorSize);
            for (int at = 0; at + 128 <= directory.size(); at += 128) {
                const char *entry = directory.constData() + at;
                const int nameBytes = qFromLittleEndian<quint16>(entry + 0x40);
                if (nameBytes < 2 || nameBytes > 64)
                    continue;
                const QString entryName
                    = QString::fromUtf16(reinterpret_cast<const char16_t *>(entry), nameBytes / 2 - 1);
                if (entry[0x42] == type && (type == 5 || entryName.compare(name, Qt::CaseInsensitive) == 0))
                    return Entry { qFromLittleEndian<quint32>(entry + 0x74),
                                   qFromLittleEndian<quint32>(entry + 0x78) };
            }
            const std::optional<quint32> next = nextSector(sector);
            if (!next)
                break;
            sector = *next;
        }
        return std::nullopt;
    }

    QFile &m_file;
    bool m_valid = false;
    int m_sectorSize = 512;
    quint32 m_firstDirectorySector = 0;
    quint32 m_miniCutoff = 4096;
    QList<quint32> m_fatSectors;
};

bool isProtectedCompoundFile(QFile &file)
{
    CompoundFile cfb(file);
    if (!cfb.isValid())
        return false;
    // Encrypted Office Open XML (DOCX, XLSX, PPTX with a password); PowerPoint 97's encryption.
    if (cfb.hasStream(QStringLiteral("EncryptionInfo")) || cfb.hasStream(QStringLiteral("EncryptedSummary")))
        return true;
    // Word 97: the file information block's fEncrypted flag (bit 0 of byte 0x0B).
    const QByteArray word = cfb.streamStart(QStringLiteral("WordDocument"), 32);
    if (word.size() >= 12 && quint8(word[0]) == 0xEC && quint8(word[1]) == 0xA5)
        return (quint8(word[0x0B]) & 0x01) != 0;
    // Excel 97: a FILEPASS record (0x002F) among the first records of the workbook stream.
    const QByteArray book = cfb.streamStart(QStringLiteral("Workbook"), 64);
    for (qsizetype at = 0; at + 4 <= book.size();) {
        const quint16 type = qFromLittleEndian<quint16>(book.constData() + at);
        const quint16 length = qFromLittleEndian<quint16>(book.constData() + at + 2);
        if (type == 0x002F)
            return true;
        if (type == 0x0085 || type == 0x00FC) // the first sheet or the strings: past where FILEPASS goes
            break;
        at += 4 + length;
    }
    return false;
}

} // namespace

bool PasswordProtection::isProtected(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.peek(8);
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return isProtectedCompoundFile(file);
    if (!head.startsWith("PK\x03\x04"))
        return false;
    file.close();
    // OpenDocument: the manifest describes each encrypted part (encryption-data).
    ZipPackage zip(path, 4 * 1024 * 1024);
    if (!zip.open() || !zip.contains(QStringLiteral("META-INF/manifest.xml")))
        return false;
    const std::optional<QByteArray> manifest = zip.read(QStringLiteral("META-INF/manifest.xml"));
    return manifest && manifest->contains("encryption-data");
}

QString PasswordProtection::reason()
{
    return tr("The file is protected by a password; its pages and text cannot be made without it.");
}
