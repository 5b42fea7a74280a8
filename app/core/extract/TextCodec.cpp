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

enum class Decoding { Utf8, Utf8OrWindows1252, Windows1252, Latin9, Utf16LE, Utf16BE };

struct ByteOrderMark
{
    QByteArrayView bytes;
    Decoding decoding;
};

constexpr ByteOrderMark kByteOrderMarks[] = {
    { "\xEF\xBB\xBF", Decoding::Utf8 },
    { "\xFF\xFE", Decoding::Utf16LE },
    { "\xFE\xFF", Decoding::Utf16BE },
};

struct CharsetName
{
    const char *name; // lower-case
    Decoding decoding;
};

// Declared charsets decoded here rather than by Qt. A declared UTF-8 is trusted only as far as the
// bytes allow: mislabelled ANSI files are common.
constexpr CharsetName kCharsetNames[] = {
    { "utf-8", Decoding::Utf8OrWindows1252 },
    { "utf8", Decoding::Utf8OrWindows1252 },
    { "windows-1252", Decoding::Windows1252 },
    { "cp1252", Decoding::Windows1252 },
    { "x-cp1252", Decoding::Windows1252 },
    { "iso-8859-1", Decoding::Windows1252 },
    { "iso8859-1", Decoding::Windows1252 },
    { "latin1", Decoding::Windows1252 },
    { "latin-1", Decoding::Windows1252 },
    { "l1", Decoding::Windows1252 },
    { "us-ascii", Decoding::Windows1252 },
    { "ascii", Decoding::Windows1252 },
    { "iso-8859-15", Decoding::Latin9 },
    { "iso8859-15", Decoding::Latin9 },
    { "latin9", Decoding::Latin9 },
    { "latin-9", Decoding::Latin9 },
    { "l9", Decoding::Latin9 },
    { "utf-16", Decoding::Utf16LE },
    { "utf-16le", Decoding::Utf16LE },
    { "utf-16be", Decoding::Utf16BE },
};

// The text of bytes in that encoding; *encodingUsed (when given) receives its name.
QString decodeAs(Decoding decoding, QByteArrayView bytes, QByteArray *encodingUsed)
{
    auto used = [encodingUsed](const char *name) {
        if (encodingUsed)
            *encodingUsed = name;
    };
    switch (decoding) {
    case Decoding::Utf8OrWindows1252:
        if (!TextCodec::isValidUtf8(bytes))
            break;
        [[fallthrough]];
    case Decoding::Utf8:
        used("UTF-8");
        return decodeWith(QStringConverter::Utf8, bytes);
    case Decoding::Windows1252:
        break;
    case Decoding::Latin9:
        used("ISO-8859-15");
        return TextCodec::fromLatin9(bytes);
    case Decoding::Utf16LE:
        used("UTF-16LE");
        return decodeWith(QStringConverter::Utf16LE, bytes);
    case Decoding::Utf16BE:
        used("UTF-16BE");
        return decodeWith(QStringConverter::Utf16BE, bytes);
    }
    used("Windows-1252");
    return TextCodec::fromWindows1252(bytes);
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
    for (const ByteOrderMark &mark : kByteOrderMarks) {
        if (bytes.startsWith(mark.bytes))
            return decodeAs(mark.decoding, bytes.sliced(mark.bytes.size()), encodingUsed);
    }
    const QByteArray charset = declaredCharset.trimmed().toLower();
    if (!charset.isEmpty()) {
        for (const CharsetName &known : kCharsetNames) {
            if (charset == known.name)
                return decodeAs(known.decoding, bytes, encodingUsed);
        }
        // Anything else only when Qt knows it (through ICU); otherwise guess below.
        QStringDecoder decoder(charset.constData(), QStringConverter::Flag::Stateless);
        if (decoder.isValid()) {
            if (encodingUsed)
                *encodingUsed = charset;
            return decoder.decode(bytes);
        }
    }
    switch (guessUtf16(bytes)) {
    case Utf16Guess::LittleEndian:
        return decodeAs(Decoding::Utf16LE, bytes, encodingUsed);
    case Utf16Guess::BigEndian:
        return decodeAs(Decoding::Utf16BE, bytes, encodingUsed);
    case Utf16Guess::None:
        break;
    }
    return decodeAs(Decoding::Utf8OrWindows1252, bytes, encodingUsed);
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
