#include "core/extract/DocumentFormat.h"

#include <QFileInfo>
#include <QtEndian>

namespace {

struct FormatInfo
{
    DocumentFormat format;
    const char *id;
    const char *mimeType;
};

constexpr FormatInfo kFormats[] = {
    { DocumentFormat::Unknown, "other", "application/octet-stream" },
    { DocumentFormat::Pdf, "pdf", "application/pdf" },
    { DocumentFormat::Docx, "docx",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
    { DocumentFormat::Xlsx, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
    { DocumentFormat::Pptx, "pptx",
      "application/vnd.openxmlformats-officedocument.presentationml.presentation" },
    { DocumentFormat::Odt, "odt", "application/vnd.oasis.opendocument.text" },
    { DocumentFormat::Ods, "ods", "application/vnd.oasis.opendocument.spreadsheet" },
    { DocumentFormat::Odp, "odp", "application/vnd.oasis.opendocument.presentation" },
    { DocumentFormat::Text, "txt", "text/plain" },
    { DocumentFormat::Markdown, "md", "text/markdown" },
    { DocumentFormat::Csv, "csv", "text/csv" },
    { DocumentFormat::Html, "html", "text/html" },
    // Image, Doc, Xls and Ppt group several types; mimeType(format, fileName) is precise.
    { DocumentFormat::Image, "image", "image/*" },
    { DocumentFormat::Doc, "doc", "application/msword" },
    { DocumentFormat::Xls, "xls", "application/vnd.ms-excel" },
    { DocumentFormat::Ppt, "ppt", "application/vnd.ms-powerpoint" },
    { DocumentFormat::Rtf, "rtf", "application/rtf" },
};

const FormatInfo &info(DocumentFormat format)
{
    for (const FormatInfo &i : kFormats) {
        if (i.format == format)
            return i;
    }
    return kFormats[0];
}

struct SuffixInfo
{
    const char *suffix;
    DocumentFormat format;
    const char *mimeType; // only where it differs from the format's
};

// Templates and macro-enabled variants share the package structure of their format.
constexpr SuffixInfo kSuffixes[] = {
    { "pdf", DocumentFormat::Pdf, nullptr },
    { "docx", DocumentFormat::Docx, nullptr },
    { "docm", DocumentFormat::Docx, "application/vnd.ms-word.document.macroEnabled.12" },
    { "dotx", DocumentFormat::Docx,
      "application/vnd.openxmlformats-officedocument.wordprocessingml.template" },
    { "dotm", DocumentFormat::Docx, "application/vnd.ms-word.template.macroEnabled.12" },
    { "xlsx", DocumentFormat::Xlsx, nullptr },
    { "xlsm", DocumentFormat::Xlsx, "application/vnd.ms-excel.sheet.macroEnabled.12" },
    { "xltx", DocumentFormat::Xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.template" },
    { "xltm", DocumentFormat::Xlsx, "application/vnd.ms-excel.template.macroEnabled.12" },
    { "pptx", DocumentFormat::Pptx, nullptr },
    { "pptm", DocumentFormat::Pptx, "application/vnd.ms-powerpoint.presentation.macroEnabled.12" },
    { "potx", DocumentFormat::Pptx, "application/vnd.openxmlformats-officedocument.presentationml.template" },
    { "ppsx", DocumentFormat::Pptx,
      "application/vnd.openxmlformats-officedocument.presentationml.slideshow" },
    { "odt", DocumentFormat::Odt, nullptr },
    { "ott", DocumentFormat::Odt, "application/vnd.oasis.opendocument.text-template" },
    { "ods", DocumentFormat::Ods, nullptr },
    { "ots", DocumentFormat::Ods, "application/vnd.oasis.opendocument.spreadsheet-template" },
    { "odp", DocumentFormat::Odp, nullptr },
    { "otp", DocumentFormat::Odp, "application/vnd.oasis.opendocument.presentation-template" },
    { "txt", DocumentFormat::Text, nullptr },
    { "text", DocumentFormat::Text, nullptr },
    { "md", DocumentFormat::Markdown, nullptr },
    { "markdown", DocumentFormat::Markdown, nullptr },
    { "csv", DocumentFormat::Csv, nullptr },
    { "htm", DocumentFormat::Html, nullptr },
    { "html", DocumentFormat::Html, nullptr },
    { "xhtml", DocumentFormat::Html, "application/xhtml+xml" },
    { "png", DocumentFormat::Image, "image/png" },
    { "jpg", DocumentFormat::Image, "image/jpeg" },
    { "jpeg", DocumentFormat::Image, "image/jpeg" },
    { "gif", DocumentFormat::Image, "image/gif" },
    { "tif", DocumentFormat::Image, "image/tiff" },
    { "tiff", DocumentFormat::Image, "image/tiff" },
    { "bmp", DocumentFormat::Image, "image/bmp" },
    { "webp", DocumentFormat::Image, "image/webp" },
    { "svg", DocumentFormat::Image, "image/svg+xml" },
    { "doc", DocumentFormat::Doc, nullptr },
    { "dot", DocumentFormat::Doc, nullptr },
    { "xls", DocumentFormat::Xls, nullptr },
    { "xlt", DocumentFormat::Xls, nullptr },
    { "ppt", DocumentFormat::Ppt, nullptr },
    { "pot", DocumentFormat::Ppt, nullptr },
    { "pps", DocumentFormat::Ppt, nullptr },
    { "rtf", DocumentFormat::Rtf, nullptr },
};

const SuffixInfo *suffixInfo(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix.isEmpty())
        return nullptr;
    for (const SuffixInfo &s : kSuffixes) {
        if (suffix == QLatin1String(s.suffix))
            return &s;
    }
    return nullptr;
}

bool isOoxml(DocumentFormat format)
{
    return format == DocumentFormat::Docx || format == DocumentFormat::Xlsx || format == DocumentFormat::Pptx;
}

// ODF packages store the member "mimetype" first and uncompressed, so its text is readable right
// after the first local header: name at offset 30, data after the name and the extra field.
DocumentFormat fromOdfMimetype(const QByteArray &head)
{
    if (head.size() < 30)
        return DocumentFormat::Unknown;
    const auto *bytes = reinterpret_cast<const uchar *>(head.constData());
    const quint16 method = qFromLittleEndian<quint16>(bytes + 8);
    const quint32 storedSize = qFromLittleEndian<quint32>(bytes + 18);
    const quint16 nameLength = qFromLittleEndian<quint16>(bytes + 26);
    const quint16 extraLength = qFromLittleEndian<quint16>(bytes + 28);
    if (method != 0 || head.mid(30, nameLength) != "mimetype")
        return DocumentFormat::Unknown;
    // With a data descriptor the size may be 0 here; then the text runs into the next header, and
    // the longest known type it starts with wins.
    const qsizetype start = 30 + qsizetype(nameLength) + extraLength;
    const QByteArray data
        = storedSize > 0 && storedSize < 256 ? head.mid(start, storedSize) : head.mid(start, 128);
    static constexpr struct
    {
        const char *mimeType;
        DocumentFormat format;
    } kOdfTypes[] = {
        { "application/vnd.oasis.opendocument.text-template", DocumentFormat::Odt },
        { "application/vnd.oasis.opendocument.text-master", DocumentFormat::Odt },
        { "application/vnd.oasis.opendocument.text", DocumentFormat::Odt },
        { "application/vnd.oasis.opendocument.spreadsheet-template", DocumentFormat::Ods },
        { "application/vnd.oasis.opendocument.spreadsheet", DocumentFormat::Ods },
        { "application/vnd.oasis.opendocument.presentation-template", DocumentFormat::Odp },
        { "application/vnd.oasis.opendocument.presentation", DocumentFormat::Odp },
    };
    for (const auto &t : kOdfTypes) {
        if (storedSize > 0 ? data == t.mimeType : data.startsWith(t.mimeType))
            return t.format;
    }
    return DocumentFormat::Unknown;
}

// For a zip whose name does not tell: the names of the local headers within the head. OOXML
// writers put [Content_Types].xml and _rels first, so the main part's folder shows up early.
DocumentFormat fromOoxmlMemberNames(const QByteArray &head)
{
    static const QByteArray kLocalHeader("PK\x03\x04", 4);
    const auto *bytes = reinterpret_cast<const uchar *>(head.constData());
    for (qsizetype at = head.indexOf(kLocalHeader); at >= 0 && at + 30 <= head.size();
         at = head.indexOf(kLocalHeader, at + 4)) {
        const quint16 nameLength = qFromLittleEndian<quint16>(bytes + at + 26);
        const QByteArray name = head.mid(at + 30, nameLength);
        if (name.startsWith("word/"))
            return DocumentFormat::Docx;
        if (name.startsWith("xl/"))
            return DocumentFormat::Xlsx;
        if (name.startsWith("ppt/"))
            return DocumentFormat::Pptx;
    }
    return DocumentFormat::Unknown;
}

bool looksLikeHtml(const QByteArray &head)
{
    QByteArray text = head.left(1024);
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    text = text.toLower();
    qsizetype i = 0;
    // Skip whitespace, an XML declaration and comments before the first tag.
    for (;;) {
        while (i < text.size() && QChar::isSpace(uchar(text[i])))
            ++i;
        if (text.mid(i, 5) == "<?xml") {
            const qsizetype end = text.indexOf("?>", i);
            if (end < 0)
                return false;
            i = end + 2;
        } else if (text.mid(i, 4) == "<!--") {
            const qsizetype end = text.indexOf("-->", i);
            if (end < 0)
                return false;
            i = end + 3;
        } else {
            break;
        }
    }
    const QByteArray rest = text.mid(i);
    return rest.startsWith("<!doctype html") || rest.startsWith("<html");
}

constexpr QByteArrayView kZipSignature("PK\x03\x04");
constexpr QByteArrayView kOleSignature("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");

// Formats told by their first bytes alone (and, for WebP, four more at an offset).
struct Signature
{
    QByteArrayView magic;
    DocumentFormat format;
    QByteArrayView also = {};
    qsizetype alsoAt = 0;
};

constexpr Signature kSignatures[] = {
    { "\x89PNG\r\n\x1a\n", DocumentFormat::Image },
    { "\xFF\xD8\xFF", DocumentFormat::Image },
    { "GIF87a", DocumentFormat::Image },
    { "GIF89a", DocumentFormat::Image },
    { QByteArrayView("II*\0", 4), DocumentFormat::Image },
    { QByteArrayView("MM\0*", 4), DocumentFormat::Image },
    { "RIFF", DocumentFormat::Image, "WEBP", 8 },
    { "{\\rtf", DocumentFormat::Rtf },
};

// A zip: the ODF mimetype member, else the name's office format, else the OOXML member names.
DocumentFormat fromZip(DocumentFormat byName, const QByteArray &head)
{
    const DocumentFormat odf = fromOdfMimetype(head);
    if (odf != DocumentFormat::Unknown)
        return odf;
    if (isOoxml(byName) || byName == DocumentFormat::Odt || byName == DocumentFormat::Ods
        || byName == DocumentFormat::Odp)
        return byName;
    return fromOoxmlMemberNames(head);
}

// An OLE2 container: password-protected OOXML files are OLE2 containers too; their extractor says so.
DocumentFormat fromOle(DocumentFormat byName)
{
    if (isOoxml(byName) || byName == DocumentFormat::Xls || byName == DocumentFormat::Ppt)
        return byName;
    return DocumentFormat::Doc; // by far the most common; LibreOffice reads any of the three
}

} // namespace

namespace DocumentFormats {

DocumentFormat fromFileName(const QString &fileName)
{
    const SuffixInfo *s = suffixInfo(fileName);
    return s ? s->format : DocumentFormat::Unknown;
}

DocumentFormat detect(const QString &fileName, const QByteArray &head)
{
    const DocumentFormat byName = fromFileName(fileName);
    if (head.startsWith("%PDF-") || (byName == DocumentFormat::Pdf && head.left(1024).contains("%PDF-")))
        return DocumentFormat::Pdf;
    if (head.startsWith(kZipSignature))
        return fromZip(byName, head);
    if (head.startsWith(kOleSignature))
        return fromOle(byName);
    for (const Signature &s : kSignatures) {
        if (head.startsWith(s.magic) && head.mid(s.alsoAt, s.also.size()) == s.also)
            return s.format;
    }
    if (looksLikeHtml(head))
        return DocumentFormat::Html;
    return byName;
}

QString id(DocumentFormat format)
{
    return QLatin1String(info(format).id);
}

DocumentFormat fromId(const QString &id)
{
    const QString wanted = id.trimmed().toLower();
    for (const FormatInfo &i : kFormats) {
        if (wanted == QLatin1String(i.id))
            return i.format;
    }
    // A few spellings users type.
    if (wanted == QLatin1String("htm"))
        return DocumentFormat::Html;
    if (wanted == QLatin1String("markdown"))
        return DocumentFormat::Markdown;
    if (wanted == QLatin1String("text"))
        return DocumentFormat::Text;
    return DocumentFormat::Unknown;
}

QString mimeType(DocumentFormat format)
{
    return QLatin1String(info(format).mimeType);
}

QString mimeType(DocumentFormat format, const QString &fileName)
{
    const SuffixInfo *s = suffixInfo(fileName);
    if (s && s->format == format && s->mimeType)
        return QLatin1String(s->mimeType);
    return mimeType(format);
}

bool hasTextExtractor(DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::Pdf:
    case DocumentFormat::Docx:
    case DocumentFormat::Xlsx:
    case DocumentFormat::Pptx:
    case DocumentFormat::Odt:
    case DocumentFormat::Ods:
    case DocumentFormat::Odp:
    case DocumentFormat::Text:
    case DocumentFormat::Markdown:
    case DocumentFormat::Csv:
    case DocumentFormat::Html:
    case DocumentFormat::Image: // by text recognition, where the image shows text
        return true;
    case DocumentFormat::Unknown:
    case DocumentFormat::Doc:
    case DocumentFormat::Xls:
    case DocumentFormat::Ppt:
    case DocumentFormat::Rtf:
        return false;
    }
    return false;
}

bool hasPages(DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::Docx:
    case DocumentFormat::Xlsx:
    case DocumentFormat::Pptx:
    case DocumentFormat::Odt:
    case DocumentFormat::Ods:
    case DocumentFormat::Odp:
    case DocumentFormat::Doc:
    case DocumentFormat::Xls:
    case DocumentFormat::Ppt:
    case DocumentFormat::Rtf:
        return true;
    default:
        return false;
    }
}

QString displayName(const QString &id)
{
    switch (fromId(id)) {
    case DocumentFormat::Pdf:
        return QStringLiteral("PDF");
    case DocumentFormat::Docx:
        return QStringLiteral("Word");
    case DocumentFormat::Xlsx:
        return QStringLiteral("Excel");
    case DocumentFormat::Pptx:
        return QStringLiteral("PowerPoint");
    case DocumentFormat::Odt:
        return QStringLiteral("Writer");
    case DocumentFormat::Ods:
        return QStringLiteral("Calc");
    case DocumentFormat::Odp:
        return QStringLiteral("Impress");
    case DocumentFormat::Doc:
        return QCoreApplication::translate("DocumentFormats", "Word (old)");
    case DocumentFormat::Xls:
        return QCoreApplication::translate("DocumentFormats", "Excel (old)");
    case DocumentFormat::Ppt:
        return QCoreApplication::translate("DocumentFormats", "PowerPoint (old)");
    case DocumentFormat::Rtf:
        return QStringLiteral("RTF");
    case DocumentFormat::Text:
        return QCoreApplication::translate("DocumentFormats", "Text");
    case DocumentFormat::Markdown:
        return QStringLiteral("Markdown");
    case DocumentFormat::Csv:
        return QStringLiteral("CSV");
    case DocumentFormat::Html:
        return QStringLiteral("HTML");
    case DocumentFormat::Image:
        return QCoreApplication::translate("DocumentFormats", "Image");
    case DocumentFormat::Unknown:
        break;
    }
    return id == QLatin1String("other") ? QCoreApplication::translate("DocumentFormats", "Other") : id;
}

QList<DocumentFormat> all()
{
    QList<DocumentFormat> formats;
    for (const FormatInfo &i : kFormats) {
        if (i.format != DocumentFormat::Unknown)
            formats.append(i.format);
    }
    return formats;
}

} // namespace DocumentFormats
