#include "core/extract/OcrBoxes.h"

#include <QStringDecoder>
#include <cmath>
#include <cstring>

namespace OcrBoxes {
namespace {

constexpr char Magic[4] = { 'S', 'R', 'T', 'B' };
constexpr quint8 Version = 1;
constexpr double Scale = 65535.0;

void writeVarint(QByteArray &out, quint32 value)
{
    while (value >= 0x80) {
        out.append(char((value & 0x7f) | 0x80));
        value >>= 7;
    }
    out.append(char(value));
}

quint16 toFraction(double value)
{
    return quint16(std::lround(qBound(0.0, value, 1.0) * Scale));
}

void writeFraction(QByteArray &out, quint16 v)
{
    out.append(char(v >> 8));
    out.append(char(v & 0xff));
}

class Reader
{
public:
    explicit Reader(const QByteArray &bytes)
        : m_p(reinterpret_cast<const uchar *>(bytes.constData()))
        , m_end(m_p + bytes.size())
    {
    }

    qsizetype remaining() const { return m_end - m_p; }

    bool varint(quint32 *value)
    {
        quint32 result = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            if (m_p == m_end)
                return false;
            const uchar byte = *m_p++;
            if (shift == 28 && (byte & 0x70))
                return false; // more than 32 bits
            result |= quint32(byte & 0x7f) << shift;
            if (!(byte & 0x80)) {
                *value = result;
                return true;
            }
        }
        return false;
    }

    bool fraction(quint16 *value)
    {
        if (remaining() < 2)
            return false;
        *value = quint16((m_p[0] << 8) | m_p[1]);
        m_p += 2;
        return true;
    }

    const char *take(qsizetype n)
    {
        if (n > remaining())
            return nullptr;
        const char *start = reinterpret_cast<const char *>(m_p);
        m_p += n;
        return start;
    }

private:
    const uchar *m_p;
    const uchar *m_end;
};

} // namespace

QByteArray encode(const QList<OcrWord> &words)
{
    QByteArray out(Magic, sizeof Magic);
    out.append(char(Version));
    const qsizetype count = qMin<qsizetype>(words.size(), MaxWordsPerPage);
    writeVarint(out, quint32(count));
    for (qsizetype i = 0; i < count; ++i) {
        const OcrWord &word = words.at(i);
        // Clamped in the integers that are written, so that rounding cannot push a box off the page.
        const quint16 x = toFraction(word.box.x());
        const quint16 y = toFraction(word.box.y());
        writeFraction(out, x);
        writeFraction(out, y);
        writeFraction(out, qMin<quint16>(toFraction(word.box.width()), quint16(65535 - x)));
        writeFraction(out, qMin<quint16>(toFraction(word.box.height()), quint16(65535 - y)));
        QByteArray utf8 = word.text.toUtf8();
        if (utf8.size() > MaxWordBytes) {
            // Cut at a character boundary, so the reader's UTF-8 check holds.
            qsizetype cut = MaxWordBytes;
            while (cut > 0 && (uchar(utf8.at(cut)) & 0xc0) == 0x80)
                --cut;
            utf8.truncate(cut);
        }
        writeVarint(out, quint32(utf8.size()));
        out.append(utf8);
    }
    return out;
}

bool decode(const QByteArray &bytes, QList<OcrWord> *words)
{
    Reader r(bytes);
    const char *magic = r.take(sizeof Magic);
    const char *version = r.take(1);
    quint32 count = 0;
    if (!magic || std::memcmp(magic, Magic, sizeof Magic) != 0 || !version || quint8(*version) != Version
        || !r.varint(&count) || count > quint32(MaxWordsPerPage))
        return false;
    // A word takes at least its box and its length byte: a count beyond that is garbage, and
    // checking it first keeps reserve() from allocating for a made-up number.
    if (qint64(count) * 9 > r.remaining())
        return false;
    QList<OcrWord> result;
    result.reserve(qsizetype(count));
    for (quint32 i = 0; i < count; ++i) {
        quint16 x = 0, y = 0, w = 0, h = 0;
        quint32 length = 0;
        if (!r.fraction(&x) || !r.fraction(&y) || !r.fraction(&w) || !r.fraction(&h) || !r.varint(&length)
            || length > quint32(MaxWordBytes))
            return false;
        if (quint32(x) + w > 65535u || quint32(y) + h > 65535u)
            return false;
        const char *utf8 = r.take(qsizetype(length));
        if (!utf8)
            return false;
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = decoder(QByteArrayView(utf8, qsizetype(length)));
        if (decoder.hasError())
            return false;
        result.append({ std::move(text), QRectF(x / Scale, y / Scale, w / Scale, h / Scale) });
    }
    if (r.remaining() != 0)
        return false;
    *words = std::move(result);
    return true;
}

} // namespace OcrBoxes
