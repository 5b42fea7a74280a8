#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// The file formats the catalog knows. Detection looks at the content first (magic bytes, the
// mimetype member of OpenDocument zips, the [Content_Types].xml of Office Open XML) and falls back
// to the file name's suffix.
enum class DocumentFormat {
    Unknown,
    Pdf,
    Docx,
    Xlsx,
    Pptx,
    Odt,
    Ods,
    Odp,
    Text,
    Markdown,
    Csv,
    Html,
    Image,
    LegacyOffice, // .doc, .xls, .ppt: cataloged with metadata only
};

namespace DocumentFormats {
DocumentFormat fromFileName(const QString &fileName);
// head: the first bytes of the file (4 KiB is plenty). Zip-based formats are told apart by name.
DocumentFormat detect(const QString &fileName, const QByteArray &head);
QString id(DocumentFormat format);       // short lower-case id used in queries: "pdf", "docx", ...
DocumentFormat fromId(const QString &id);
QString mimeType(DocumentFormat format);
// As above, but precise for the formats that group several file types (Image, LegacyOffice), using
// the file name's suffix: "image/png" rather than "image/*".
QString mimeType(DocumentFormat format, const QString &fileName);
bool hasTextExtractor(DocumentFormat format);
QList<DocumentFormat> all(); // every format except Unknown, in declaration order
} // namespace DocumentFormats
