#include "TestOfficeFiles.h"

#include "TestZipWriter.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

namespace {
QByteArray xml(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

const char ContentTypes[] = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>)";
const char PackageRels[] = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>)";
const char WordNamespaces[]
    = R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture")";

QByteArray wordParagraph(const QString &text, const char *style = nullptr)
{
    QByteArray p = "<w:p>";
    if (style)
        p += QByteArray("<w:pPr><w:pStyle w:val=\"") + style + "\"/></w:pPr>";
    return p + "<w:r><w:t xml:space=\"preserve\">" + xml(text) + "</w:t></w:r></w:p>";
}
} // namespace

namespace TestOfficeFiles {

QByteArray docx(const QString &heading, const QStringList &pages)
{
    QByteArray body = wordParagraph(heading, "Heading1");
    body += "<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/></w:tblPr>"
            "<w:tr><w:tc><w:p><w:r><w:t>Gebühr</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Betrag</w:t></"
            "w:r></w:p></w:tc></w:tr>"
            "<w:tr><w:tc><w:p><w:r><w:t>Abwasser</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>12 "
            "Euro</w:t></w:r></w:p></w:tc></w:tr>"
            "</w:tbl>";
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0)
            body += "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>";
        body += wordParagraph(pages[i]);
    }
    const QByteArray document
        = QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document ")
        + WordNamespaces + "><w:body>" + body + "</w:body></w:document>";
    return TestZipWriter()
        .add(QStringLiteral("[Content_Types].xml"), ContentTypes)
        .add(QStringLiteral("_rels/.rels"), PackageRels)
        .add(QStringLiteral("word/document.xml"), document)
        .toByteArray();
}

QByteArray docxWithLinkedImage(const QString &url)
{
    const QByteArray rels = QByteArray(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target=")")
        + xml(url) + R"(" TargetMode="External"/></Relationships>)";
    const QByteArray drawing
        = R"(<w:p><w:r><w:drawing><wp:inline><wp:extent cx="952500" cy="952500"/><wp:docPr id="1" name="Bild"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="bild.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:link="rId5"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="952500"/></a:xfrm><a:prstGeom prst="rect"/></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>)";
    const QByteArray document
        = QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document ")
        + WordNamespaces + "><w:body>" + wordParagraph(QStringLiteral("Verlinktes Bild")) + drawing
        + "</w:body></w:document>";
    return TestZipWriter()
        .add(QStringLiteral("[Content_Types].xml"), ContentTypes)
        .add(QStringLiteral("_rels/.rels"), PackageRels)
        .add(QStringLiteral("word/_rels/document.xml.rels"), rels)
        .add(QStringLiteral("word/document.xml"), document)
        .toByteArray();
}

QByteArray odt(const QString &heading, const QStringList &pages)
{
    QByteArray body = "<text:h text:outline-level=\"1\">" + xml(heading) + "</text:h>";
    body += "<table:table table:name=\"Gebuehren\"><table:table-column table:number-columns-repeated=\"2\"/>"
            "<table:table-row><table:table-cell><text:p>Gebühr</text:p></"
            "table:table-cell><table:table-cell><text:p>Betrag</text:p></table:table-cell></table:table-row>"
            "<table:table-row><table:table-cell><text:p>Abwasser</text:p></"
            "table:table-cell><table:table-cell><text:p>12 Euro</text:p></table:table-cell></table:table-row>"
            "</table:table>";
    for (int i = 0; i < pages.size(); ++i)
        body += QByteArray(i > 0 ? "<text:p text:style-name=\"Umbruch\">" : "<text:p>") + xml(pages[i])
            + "</text:p>";
    const QByteArray content = R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2"><office:automatic-styles><style:style style:name="Umbruch" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style></office:automatic-styles><office:body><office:text>)"
        + body + "</office:text></office:body></office:document-content>";
    const QByteArray manifest = R"(<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>)";
    return TestZipWriter()
        .add(QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text",
             TestZipWriter::Compression::Store)
        .add(QStringLiteral("content.xml"), content)
        .add(QStringLiteral("META-INF/manifest.xml"), manifest)
        .toByteArray();
}

QByteArray odtWithOpenMacro(const QString &markerPath)
{
    // Document events live in content.xml's office:scripts; the Basic library in Basic/.
    const QByteArray content = R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:script="urn:oasis:names:tc:opendocument:xmlns:script:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dom="http://www.w3.org/2001/xml-events" xmlns:ooo="http://openoffice.org/2004/office" office:version="1.2"><office:scripts><office:event-listeners><script:event-listener script:language="ooo:script" script:event-name="dom:load" xlink:href="vnd.sun.star.script:Standard.Module1.Main?language=Basic&amp;location=document" xlink:type="simple"/></office:event-listeners></office:scripts><office:body><office:text><text:p>Ein Dokument mit Makro</text:p></office:text></office:body></office:document-content>)";
    const QByteArray module = R"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">Sub Main
  Open &quot;)"
        + xml(markerPath) + R"(&quot; For Output As #1
  Print #1, &quot;Makro lief&quot;
  Close #1
End Sub
</script:module>)";
    const QByteArray libraries = R"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:libraries PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "libraries.dtd">
<library:libraries xmlns:library="http://openoffice.org/2000/library" xmlns:xlink="http://www.w3.org/1999/xlink"><library:library library:name="Standard" library:link="false"/></library:libraries>)";
    const QByteArray library = R"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:library PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">
<library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard" library:readonly="false" library:passwordprotected="false"><library:element library:name="Module1"/></library:library>)";
    const QByteArray manifest = R"(<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="Basic/script-lc.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="Basic/Standard/script-lb.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="Basic/Standard/Module1.xml" manifest:media-type="text/xml"/></manifest:manifest>)";
    return TestZipWriter()
        .add(QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text",
             TestZipWriter::Compression::Store)
        .add(QStringLiteral("content.xml"), content)
        .add(QStringLiteral("Basic/script-lc.xml"), libraries)
        .add(QStringLiteral("Basic/Standard/script-lb.xml"), library)
        .add(QStringLiteral("Basic/Standard/Module1.xml"), module)
        .add(QStringLiteral("META-INF/manifest.xml"), manifest)
        .toByteArray();
}

QString soffice()
{
    return QStandardPaths::findExecutable(QStringLiteral("soffice"));
}

bool convertWithLibreOffice(const QStringList &files, const QString &format, const QString &outDir,
                            QString *error)
{
    QTemporaryDir profile;
    QProcess process;
    process.start(soffice(),
                  QStringList { QStringLiteral("-env:UserInstallation=")
                                    + QUrl::fromLocalFile(profile.path()).toString(),
                                QStringLiteral("--headless"), QStringLiteral("--norestore"),
                                QStringLiteral("--convert-to"), format, QStringLiteral("--outdir"), outDir }
                      + files);
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        *error = QString::fromLocal8Bit(process.readAllStandardError());
        return false;
    }
    return true;
}

QString fakeSoffice(const QString &dir, const QString &pdf, const QString &hangOn)
{
    const QString path = dir + QStringLiteral("/fake-soffice");
    QFile script(path);
    script.open(QIODevice::WriteOnly);
    script.write(QStringLiteral(R"(#!/bin/sh
# A stand-in for LibreOffice: "converts" by copying a PDF; hangs on files named or holding %2,
# crashes on files holding ABSTURZ.
out=
while [ $# -gt 0 ]; do
  case "$1" in
    --outdir) out="$2"; shift 2; continue ;;
    -env:UserInstallation=*) echo "$1" >> "%3/fake-soffice.log"; shift; continue ;;
    -*) shift; continue ;;
    pdf) shift; continue ;;
  esac
  base=$(basename "$1"); base="${base%.*}"
  case "$1" in *%2*) sleep 600 ;; esac
  grep -q "%2" "$1" && sleep 600
  grep -q "ABSTURZ" "$1" && kill -SEGV $$
  echo "convert $1 -> $out/$base.pdf using filter : writer_pdf_Export"
  cp "%1" "$out/$base.pdf"
  shift
done
)")
                     .arg(pdf, hangOn, dir)
                     .toUtf8());
    script.close();
    script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

} // namespace TestOfficeFiles
