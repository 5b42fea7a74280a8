#include "core/templating/ZipPatcher.h"

#include <QIODevice>
#include <QtEndian>
#include <algorithm>
#include <array>

namespace {

constexpr quint32 LocalSignature = 0x04034b50;
constexpr quint32 CentralSignature = 0x02014b50;
constexpr quint32 EndSignature = 0x06054b50;
constexpr quint32 DescriptorSignature = 0x08074b50;
constexpr quint32 Zip64Marker = 0xFFFFFFFF;

void put16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void put32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

void set16(QByteArray &out, qsizetype at, quint16 value)
{
    qToLittleEndian(value, out.data() + at);
}

void set32(QByteArray &out, qsizetype at, quint32 value)
{
    qToLittleEndian(value, out.data() + at);
}

// The end of central directory record of a copy with entries members.
QByteArray endRecord(quint16 entries, const QByteArray &directory, quint64 directoryStart,
                     const QByteArray &comment)
{
    QByteArray end;
    put32(end, EndSignature);
    put16(end, 0);
    put16(end, 0);
    put16(end, entries);
    put16(end, entries);
    put32(end, quint32(directory.size()));
    put32(end, quint32(directoryStart));
    put16(end, quint16(comment.size()));
    end.append(comment);
    return end;
}

} // namespace

ZipPatcher::ZipPatcher(QByteArray source)
    : m_source(std::move(source))
{
}

bool ZipPatcher::fail(const QString &reason)
{
    m_error = reason;
    return false;
}

quint32 ZipPatcher::crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t {};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

bool ZipPatcher::open()
{
    m_members.clear();
    const qsizetype size = m_source.size();
    const char *data = m_source.constData();
    auto u16 = [&](qsizetype at) { return qFromLittleEndian<quint16>(data + at); };
    auto u32 = [&](qsizetype at) { return qFromLittleEndian<quint32>(data + at); };
    if (size < 22)
        return fail(tr("too short for a zip archive"));
    qsizetype end = -1;
    for (qsizetype at = size - 22; at >= 0 && at >= size - 22 - 0xFFFF; --at) {
        if (u32(at) == EndSignature && at + 22 + u16(at + 20) == size) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return fail(tr("no central directory"));
    const quint16 entries = u16(end + 10);
    const quint32 directorySize = u32(end + 12);
    const quint32 directoryStart = u32(end + 16);
    if (u16(end + 4) != 0 || u16(end + 6) != 0 || u16(end + 8) != entries || entries == 0xFFFF
        || directoryStart == Zip64Marker || qsizetype(directoryStart) + directorySize != end)
        return fail(tr("a split or zip64 archive"));
    m_comment = m_source.mid(end + 22);

    qsizetype at = directoryStart;
    for (int i = 0; i < entries; ++i) {
        if (at + 46 > end || u32(at) != CentralSignature)
            return fail(tr("a damaged central directory"));
        const quint16 flags = u16(at + 8);
        const quint32 compressed = u32(at + 20);
        const quint32 uncompressed = u32(at + 24);
        const qsizetype recordSize = 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);
        const quint32 local = u32(at + 42);
        if (flags & 0x0001)
            return fail(tr("an encrypted member"));
        if (compressed == Zip64Marker || uncompressed == Zip64Marker || local == Zip64Marker
            || u16(at + 34) != 0)
            return fail(tr("a split or zip64 archive"));
        if (at + recordSize > end || qsizetype(local) + 30 > directoryStart || u32(local) != LocalSignature)
            return fail(tr("a damaged member header"));
        Member m;
        m.name = QString::fromUtf8(m_source.mid(at + 46, u16(at + 28)));
        m.centralStart = at;
        m.centralSize = recordSize;
        m.localStart = local;
        qsizetype dataEnd = qsizetype(local) + 30 + u16(local + 26) + u16(local + 28) + compressed;
        if (flags & 0x0008) // a data descriptor follows the data, with or without its signature
            dataEnd += (dataEnd + 4 <= size && u32(dataEnd) == DescriptorSignature) ? 16 : 12;
        if (dataEnd > directoryStart)
            return fail(tr("a damaged member header"));
        m.localEnd = dataEnd;
        m_members.append(m);
        at += recordSize;
    }
    return true;
}

struct ZipPatcher::Stored
{
    QByteArray data; // deflated, or the contents as they are where deflating does not pay
    quint16 method = 8;
    quint32 crc = 0;
    quint32 size = 0; // of the contents

    // False when the sizes would need zip64.
    bool store(const QByteArray &contents)
    {
        // qCompress gives a zlib stream after a 4-byte length: the raw deflate data lies between
        // the 2-byte zlib header and the 4-byte Adler-32 at the end.
        const QByteArray zlib = qCompress(contents);
        data = zlib.mid(6, zlib.size() - 10);
        method = 8;
        if (data.size() >= contents.size()) {
            data = contents;
            method = 0;
        }
        if (quint64(data.size()) >= Zip64Marker || quint64(contents.size()) >= Zip64Marker)
            return false;
        crc = crc32(contents);
        size = quint32(contents.size());
        return true;
    }
};

QByteArray ZipPatcher::localHeader(const Member &m, const Stored &stored) const
{
    const char *data = m_source.constData();
    auto u16 = [&](qsizetype at) { return qFromLittleEndian<quint16>(data + at); };
    const quint16 flags = u16(m.localStart + 6) & 0x0800; // keep only "the name is UTF-8"
    const quint16 nameLength = u16(m.localStart + 26);
    QByteArray local;
    put32(local, LocalSignature);
    put16(local, qMax<quint16>(u16(m.localStart + 4), 20)); // version needed
    put16(local, flags);
    put16(local, stored.method);
    local.append(m_source.mid(m.localStart + 10, 4)); // time and date as they were
    put32(local, stored.crc);
    put32(local, quint32(stored.data.size()));
    put32(local, stored.size);
    put16(local, nameLength);
    put16(local, 0); // no extra field: it may hold sizes of the old contents
    local.append(m_source.mid(m.localStart + 30, nameLength));
    return local;
}

// The central record as it was (attributes, comment), with the new sizes and no extra field.
QByteArray ZipPatcher::centralRecord(const Member &m, const Stored &stored) const
{
    const char *data = m_source.constData();
    auto u16 = [&](qsizetype at) { return qFromLittleEndian<quint16>(data + at); };
    QByteArray central = m_source.mid(m.centralStart, m.centralSize);
    const quint16 centralName = u16(m.centralStart + 28);
    const quint16 extra = u16(m.centralStart + 30);
    central.remove(46 + centralName, extra);
    set16(central, 6, qMax<quint16>(u16(m.centralStart + 6), 20));
    set16(central, 8, (u16(m.centralStart + 8) & 0x0800));
    set16(central, 10, stored.method);
    set32(central, 16, stored.crc);
    set32(central, 20, quint32(stored.data.size()));
    set32(central, 24, stored.size);
    set16(central, 30, 0);
    return central;
}

bool ZipPatcher::write(const QHash<QString, QByteArray> &replacements, QIODevice *device)
{
    for (auto it = replacements.cbegin(); it != replacements.cend(); ++it) {
        if (!std::any_of(m_members.cbegin(), m_members.cend(),
                         [&](const Member &m) { return m.name == it.key(); }))
            return fail(tr("the archive has no member %1").arg(it.key()));
    }
    QByteArray directory;
    quint64 offset = 0;
    auto put = [&](const QByteArray &bytes) {
        if (device->write(bytes) != bytes.size())
            return fail(device->errorString());
        offset += quint64(bytes.size());
        return true;
    };
    for (const Member &m : std::as_const(m_members)) {
        if (offset >= Zip64Marker)
            return fail(tr("the copy would need zip64"));
        const quint32 localOffset = quint32(offset);
        QByteArray central;
        const auto replaced = replacements.constFind(m.name);
        if (replaced == replacements.cend()) {
            if (!put(m_source.mid(m.localStart, m.localEnd - m.localStart)))
                return false;
            central = m_source.mid(m.centralStart, m.centralSize);
        } else {
            Stored stored;
            if (!stored.store(*replaced))
                return fail(tr("the copy would need zip64"));
            if (!put(localHeader(m, stored)) || !put(stored.data))
                return false;
            central = centralRecord(m, stored);
        }
        set32(central, 42, localOffset);
        directory.append(central);
    }
    if (offset + quint64(directory.size()) >= Zip64Marker)
        return fail(tr("the copy would need zip64"));
    const QByteArray end = endRecord(quint16(m_members.size()), directory, offset, m_comment);
    return put(directory) && put(end);
}
