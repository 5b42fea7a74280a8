#include "TestPdfWriter.h"

#include <QCryptographicHash>
#include <QFile>

namespace {

const QByteArray kPadding
    = QByteArray::fromHex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A");
constexpr qint32 kPermissions = -44; // print, modify, copy, annotate all denied; irrelevant here
const QByteArray kFileId = QByteArray::fromHex("5352545465737450646657726974657231");

QByteArray rc4(const QByteArray &key, const QByteArray &data)
{
    unsigned char s[256];
    for (int i = 0; i < 256; ++i)
        s[i] = uchar(i);
    for (int i = 0, j = 0; i < 256; ++i) {
        j = (j + s[i] + uchar(key[i % key.size()])) & 0xFF;
        std::swap(s[i], s[j]);
    }
    QByteArray out(data.size(), '\0');
    for (qsizetype n = 0, i = 0, j = 0; n < data.size(); ++n) {
        i = (i + 1) & 0xFF;
        j = (j + s[i]) & 0xFF;
        std::swap(s[i], s[j]);
        out[n] = char(uchar(data[n]) ^ s[(s[i] + s[j]) & 0xFF]);
    }
    return out;
}

QByteArray md5(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5);
}

QByteArray padded(const QByteArray &password)
{
    return (password + kPadding).left(32);
}

QByteArray littleEndian(quint32 value, int bytes)
{
    QByteArray out;
    for (int i = 0; i < bytes; ++i)
        out.append(char((value >> (8 * i)) & 0xFF));
    return out;
}

// Windows-1252 bytes for WinAnsiEncoding; characters it lacks become '?'.
QByteArray toWinAnsi(const QString &text)
{
    static const char16_t kHigh[32] = {
        0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
    };
    QByteArray out;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80 || (u >= 0xA0 && u <= 0xFF)) {
            out.append(char(u));
            continue;
        }
        char mapped = '?';
        for (int i = 0; i < 32; ++i) {
            if (kHigh[i] == u && u != 0)
                mapped = char(0x80 + i);
        }
        out.append(mapped);
    }
    return out;
}

// A literal string: parentheses and backslashes escaped, everything outside ASCII as octal.
QByteArray literal(const QByteArray &bytes)
{
    QByteArray out("(");
    for (const char ch : bytes) {
        const uchar c = uchar(ch);
        if (c == '(' || c == ')' || c == '\\') {
            out.append('\\').append(char(c));
        } else if (c < 0x20 || c >= 0x7F) {
            out.append(QByteArray("\\") + QByteArray::number(c, 8).rightJustified(3, '0'));
        } else {
            out.append(char(c));
        }
    }
    return out.append(')');
}

} // namespace

TestPdfWriter &TestPdfWriter::addPage(const QStringList &lines)
{
    m_pages.append(lines);
    return *this;
}

TestPdfWriter &TestPdfWriter::setInfo(const QString &key, const QString &value)
{
    m_info.insert(key, value);
    return *this;
}

TestPdfWriter &TestPdfWriter::setPasswords(const QByteArray &userPassword, const QByteArray &ownerPassword)
{
    m_encrypted = true;
    m_userPassword = userPassword;
    m_ownerPassword = ownerPassword;
    return *this;
}

QByteArray TestPdfWriter::toByteArray() const
{
    // Standard security handler, revision 2 (PDF 1.7, algorithms 3.2 to 3.4).
    QByteArray fileKey;
    QByteArray ownerEntry;
    QByteArray userEntry;
    if (m_encrypted) {
        const QByteArray ownerKey
            = md5(padded(m_ownerPassword.isEmpty() ? m_userPassword : m_ownerPassword)).left(5);
        ownerEntry = rc4(ownerKey, padded(m_userPassword));
        fileKey = md5(padded(m_userPassword) + ownerEntry + littleEndian(quint32(kPermissions), 4) + kFileId)
                      .left(5);
        userEntry = rc4(fileKey, kPadding);
    }
    auto encrypt = [&](int objectNumber, const QByteArray &data) {
        if (!m_encrypted)
            return data;
        const QByteArray key
            = md5(fileKey + littleEndian(quint32(objectNumber), 3) + littleEndian(0, 2)).left(10);
        return rc4(key, data);
    };

    // Object numbers: 1 catalog, 2 pages, 3 font, 4 info, 5 encryption, then page and content pairs.
    const int firstPageObject = 6;
    QList<QByteArray> objects(firstPageObject - 1 + 2 * m_pages.size());
    QByteArray kids;
    for (qsizetype i = 0; i < m_pages.size(); ++i)
        kids += QByteArray::number(firstPageObject + 2 * i) + " 0 R ";
    objects[0] = "<< /Type /Catalog /Pages 2 0 R >>";
    objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(m_pages.size()) + " >>";
    objects[2] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";

    QByteArray info = "<<";
    for (auto it = m_info.cbegin(); it != m_info.cend(); ++it) {
        QByteArray utf16("\xFE\xFF", 2);
        for (const QChar c : it.value())
            utf16.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
        info += " /" + it.key().toLatin1() + " <" + encrypt(4, utf16).toHex() + ">";
    }
    objects[3] = info + " >>";
    objects[4] = m_encrypted ? "<< /Filter /Standard /V 1 /R 2 /O <" + ownerEntry.toHex() + "> /U <"
            + userEntry.toHex() + "> /P " + QByteArray::number(kPermissions) + " >>"
                             : QByteArray("null");

    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        const int pageObject = firstPageObject + 2 * int(i);
        QByteArray content = "BT /F1 12 Tf 14 TL 72 770 Td\n";
        for (const QString &line : m_pages.at(i))
            content += literal(toWinAnsi(line)) + " Tj T*\n";
        content += "ET\n";
        const QByteArray stream = encrypt(pageObject + 1, content);
        objects[pageObject - 1] = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font "
                                  "<< /F1 3 0 R >> >> /Contents "
            + QByteArray::number(pageObject + 1) + " 0 R >>";
        objects[pageObject]
            = "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "\nendstream";
    }

    QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R /Info 4 0 R";
    if (m_encrypted)
        pdf += " /Encrypt 5 0 R";
    pdf += " /ID [<" + kFileId.toHex() + "> <" + kFileId.toHex() + ">] >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

bool TestPdfWriter::writeTo(const QString &path) const
{
    QFile file(path);
    const QByteArray bytes = toByteArray();
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}
