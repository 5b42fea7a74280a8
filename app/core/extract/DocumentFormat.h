#pragma once

#include <QByteArray>
#include <QCoreApplication>
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
    // The old binary Office formats and RTF: no extractor of our own; their text comes from the
    // PDF LibreOffice makes of them (hasPages()).
    Doc,
    Xls,
    Ppt,
    Rtf,
};

namespace DocumentFormats {
DocumentFormat fromFileName(const QString &fileName);
// head: the first bytes of the file (4 KiB is plenty). Zip-based formats are told apart by name.
DocumentFormat detect(const QString &fileName, const QByteArray &head);
QString id(DocumentFormat format);       // short lower-case id used in queries: "pdf", "docx", ...
DocumentFormat fromId(const QString &id);
QString mimeType(DocumentFormat format);
// As above, but precise for the formats that group several file types (Image, Doc, Xls, Ppt), using
// the file name's suffix: "image/png" rather than "image/*".
QString mimeType(DocumentFormat format, const QString &fileName);
bool hasTextExtractor(DocumentFormat format);
// True for the office formats LibreOffice turns into pages (a PDF kept beside the file).
bool hasPages(DocumentFormat format);
// The format as people call it ("Word", "Word (alt)", "PDF"), translated; for an id as stored.
QString displayName(const QString &id);
QList<DocumentFormat> all(); // every format except Unknown, in declaration order
} // namespace DocumentFormats
