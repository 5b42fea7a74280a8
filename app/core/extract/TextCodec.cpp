#include "core/extract/TextCodec.h"

#include <QStringDecoder>

namespace {

// Windows-1252 for 0x80-0x9F; the five unassigned bytes map to the C1 controls like Windows does.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

enum class Utf16Guess { None, LittleEndian, BigEndian };

// Text in UTF-16 without BOM has a zero byte in every other position for Latin text.
Utf16Guess guessUtf16(QByteArrayView bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (n < 4)
        return Utf16Guess::None;
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        zeroEven += bytes[i] == 0;
        zeroOdd += bytes[i + 1] == 0;
    }
    const qsizetype pairs = n / 2;
    if (zeroOdd * 10 >= pairs * 7 && zeroEven * 20 <= pairs)
        return Utf16Guess::LittleEndian;
    if (zeroEven * 10 >= pairs * 7 && zeroOdd * 20 <= pairs)
        return Utf16Guess::BigEndian;
    return Utf16Guess::None;
}

QString decodeWith(QStringConverter::Encoding encoding, QByteArrayView bytes)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    return decoder.decode(bytes);
}

} // namespace

bool TextCodec::isValidUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    Q_UNUSED(decoded);
    return !decoder.hasError();
}

QChar TextCodec::windows1252(uchar byte)
{
    if (byte >= 0x80 && byte <= 0x9F)
        return QChar(kCp1252High[byte - 0x80]);
    return QChar(char16_t(byte));
}

QString TextCodec::fromWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (qsizetype i = 0; i < bytes.size(); ++i)
        out[i] = windows1252(uchar(bytes[i]));
    return text;
}

QString TextCodec::fromLatin9(QByteArrayView bytes)
{
    QString text = QString::fromLatin1(bytes.data(), bytes.size());
    for (QChar &c : text) {
        switch (c.unicode()) {
        case 0xA4:
            c = QChar(0x20AC);
            break;
        case 0xA6:
            c = QChar(0x0160);
            break;
        case 0xA8:
            c = QChar(0x0161);
            break;
        case 0xB4:
            c = QChar(0x017D);
            break;
        case 0xB8:
            c = QChar(0x017E);
            break;
        case 0xBC:
            c = QChar(0x0152);
            break;
        case 0xBD:
            c = QChar(0x0153);
            break;
        case 0xBE:
            c = QChar(0x0178);
            break;
        default:
            break;
        }
    }
    return text;
}

QString TextCodec::decode(QByteArrayView bytes, const QByteArray &declaredCharset, QByteArray *encodingUsed)
{
    auto used = [encodingUsed](const char *name) {
        if (encodingUsed)
            *encodingUsed = name;
    };

    if (bytes.startsWith("\xEF\xBB\xBF")) {
        used("UTF-8");
        return decodeWith(QStringConverter::Utf8, bytes.sliced(3));
    }
    if (bytes.startsWith("\xFF\xFE")) {
        used("UTF-16LE");
        return decodeWith(QStringConverter::Utf16LE, bytes.sliced(2));
    }
    if (bytes.startsWith("\xFE\xFF")) {
        used("UTF-16BE");
        return decodeWith(QStringConverter::Utf16BE, bytes.sliced(2));
    }

    const QByteArray charset = declaredCharset.trimmed().toLower();
    if (!charset.isEmpty()) {
        if (charset == "utf-8" || charset == "utf8") {
            // Trust the declaration only as far as the bytes allow; mislabelled ANSI files are common.
            if (isValidUtf8(bytes)) {
                used("UTF-8");
                return decodeWith(QStringConverter::Utf8, bytes);
            }
            used("Windows-1252");
            return fromWindows1252(bytes);
        }
        if (charset == "windows-1252" || charset == "cp1252" || charset == "x-cp1252"
            || charset == "iso-8859-1" || charset == "iso8859-1" || charset == "latin1"
            || charset == "latin-1" || charset == "l1" || charset == "us-ascii" || charset == "ascii") {
            used("Windows-1252");
            return fromWindows1252(bytes);
        }
        if (charset == "iso-8859-15" || charset == "iso8859-15" || charset == "latin9" || charset == "latin-9"
            || charset == "l9") {
            used("ISO-8859-15");
            return fromLatin9(bytes);
        }
        if (charset == "utf-16" || charset == "utf-16le") {
            used("UTF-16LE");
            return decodeWith(QStringConverter::Utf16LE, bytes);
        }
        if (charset == "utf-16be") {
            used("UTF-16BE");
            return decodeWith(QStringConverter::Utf16BE, bytes);
        }
        // Anything else only when Qt knows it (through ICU); otherwise guess below.
        QStringDecoder decoder(charset.constData(), QStringConverter::Flag::Stateless);
        if (decoder.isValid()) {
            used(charset.constData());
            return decoder.decode(bytes);
        }
    }

    switch (guessUtf16(bytes)) {
    case Utf16Guess::LittleEndian:
        used("UTF-16LE");
        return decodeWith(QStringConverter::Utf16LE, bytes);
    case Utf16Guess::BigEndian:
        used("UTF-16BE");
        return decodeWith(QStringConverter::Utf16BE, bytes);
    case Utf16Guess::None:
        break;
    }
    if (isValidUtf8(bytes)) {
        used("UTF-8");
        return decodeWith(QStringConverter::Utf8, bytes);
    }
    used("Windows-1252");
    return fromWindows1252(bytes);
}

bool TextCodec::looksBinary(QStringView text)
{
    const qsizetype n = std::min<qsizetype>(text.size(), 4096);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f')
            ++controls;
    }
    return controls * 10 > n;
}
