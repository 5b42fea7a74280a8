#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

// Decodes the bytes of text files as German offices produce them: UTF-8 with or without BOM,
// UTF-16 (Notepad's "Unicode", Excel's "Unicode text"), and the old Windows-1252 ("ANSI").
class TextCodec
{
public:
    // Decodes bytes. Order: a byte order mark; else declaredCharset (from an HTML meta tag), when
    // known; else UTF-16 when every other byte is zero; else UTF-8 when the bytes are valid UTF-8;
    // else Windows-1252. encodingUsed (optional) receives the name of the encoding that was used.
    static QString decode(QByteArrayView bytes, const QByteArray &declaredCharset = QByteArray(),
                          QByteArray *encodingUsed = nullptr);

    static bool isValidUtf8(QByteArrayView bytes);
    // Windows-1252, which is also what "ISO-8859-1" means in practice (and per the HTML standard).
    static QString fromWindows1252(QByteArrayView bytes);
    // The Windows-1252 character of one byte (0x80-0x9F are typographic characters, not C1 controls).
    static QChar windows1252(uchar byte);
    // ISO-8859-15 (Latin-9): Latin-1 with the euro sign and seven other replacements.
    static QString fromLatin9(QByteArrayView bytes);

    // True when more than a tenth of the first 4096 characters are control characters other than
    // tab, line feed, carriage return and form feed: binary data, not text.
    static bool looksBinary(QStringView text);
};
