// The XML inside OOXML and ODF files, past the zip layer: mutating a compressed zip rarely yields
// new XML, so this target builds the zip itself. Input: one byte choosing the kind (DOCX, XLSX, PPTX,
// ODF), then the members' contents separated by NUL bytes, in the order of the kind's member list.
// DOCX and ODT also go through the template filler (#14): every placeholder found is filled with a
// value XML must escape, and the filled copy must read again (its edited parts well-formed).
#include "FuzzSupport.h"
#include "core/export/ZipWriter.h"
#include "core/extract/OdfExtractor.h"
#include "core/extract/OoxmlExtractor.h"
#include "core/templating/TemplateFiller.h"

#include <QFile>

namespace {
const QStringList &members(int kind)
{
    static const QList<QStringList> lists{
        {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "docProps/core.xml",
         "word/footnotes.xml", "word/header1.xml"},
        {"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml",
         "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "docProps/core.xml"},
        {"[Content_Types].xml", "_rels/.rels", "ppt/presentation.xml", "ppt/_rels/presentation.xml.rels",
         "ppt/slides/slide1.xml", "ppt/slides/slide2.xml", "docProps/core.xml"},
        {"mimetype", "META-INF/manifest.xml", "content.xml", "meta.xml", "styles.xml"},
    };
    return lists.at(kind);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const int kind = data[0] % 4;
    const QList<QByteArray> parts = FuzzSupport::bytes(data + 1, size - 1).split('\0');
    const QString path = FuzzSupport::inputPath(kind == 3 ? ".odt" : ".docx");
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            FuzzSupport::fail("cannot write the zip", path);
        ZipWriter zip(&file);
        const QDateTime time(QDate(2024, 1, 1), QTime(12, 0), Qt::UTC);
        if (!zip.open())
            FuzzSupport::fail("cannot start the zip", zip.errorString());
        const QStringList &names = members(kind);
        for (qsizetype i = 0; i < names.size() && i < parts.size(); ++i) {
            if (!zip.addFile(names.at(i), parts.at(i), time, ZipWriter::Compression::Store))
                FuzzSupport::fail("cannot add a member", zip.errorString());
        }
        if (!zip.close())
            FuzzSupport::fail("cannot finish the zip", zip.errorString());
    }
    ExtractionLimits limits;
    limits.maxMemberBytes = 8 * 1024 * 1024;
    limits.maxTextChars = 1024 * 1024;
    limits.maxPages = 500;
    const Extraction result = kind == 3 ? OdfExtractor().extract(path, limits) : OoxmlExtractor().extract(path, limits);
    qint64 chars = 0;
    for (const QString &page : result.pages)
        chars += page.size();
    if (chars > 2 * limits.maxTextChars + 1024 || result.pages.size() > limits.maxPages)
        FuzzSupport::fail("office extraction exceeds its limits", QString::number(chars));

    if (kind == 0 || kind == 3) {
        const QString name = kind == 3 ? QStringLiteral("vorlage.odt") : QStringLiteral("vorlage.docx");
        TemplateScan scan;
        QString error;
        if (TemplateFiller(path, name).scan({}, &scan, &error)) {
            QHash<QString, QString> values;
            for (const Placeholder &p : std::as_const(scan.placeholders))
                values.insert(p.key, QStringLiteral("A & <B>\n\"C\"  'D'"));
            const QString target = FuzzSupport::inputPath(kind == 3 ? "-filled.odt" : "-filled.docx");
            FillResult filled;
            if (!TemplateFiller(path, name).fill({}, values, target, &filled, &error))
                FuzzSupport::fail("a template that scans cannot be filled", error);
            TemplateScan again;
            if (!TemplateFiller(target, name).scan({}, &again, &error))
                FuzzSupport::fail("the filled copy cannot be read", error);
        }
    }
    return 0;
}
