#include "TestLibraryHelpers.h"
#include "TestOfficeFiles.h"
#include "TestZipWriter.h"
#include "core/extract/PdfExtractor.h"
#include "core/extract/ZipPackage.h"
#include "core/templating/PlaceholderFinder.h"
#include "core/templating/RunTextMap.h"
#include "core/templating/TemplateFiller.h"
#include "core/templating/ZipPatcher.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

// Templates filled for a municipality (#14): placeholders split over runs the way Word and
// LibreOffice write them, in body, header, footer, table and text box.
class TestTemplateFiller : public QObject
{
    Q_OBJECT

    static QByteArray wordPart(const char *root, const QByteArray &inner)
    {
        return QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:") + root
            + " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
              "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
              "xmlns:v=\"urn:schemas-microsoft-com:vml\" "
              "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
            + inner + "</w:" + root + ">";
    }

    // A DOCX as Word writes one after edits: "[", "Gemeinde", "]" in three runs with a proofErr and
    // a bookmark between them; the run holding "[" is bold.
    static QByteArray docx(const QByteArray &extraBody = {})
    {
        const QByteArray body
            = "<w:p><w:r><w:t xml:space=\"preserve\">Die </w:t></w:r>"
              "<w:r><w:rPr><w:b/></w:rPr><w:t>[</w:t></w:r><w:proofErr w:type=\"spellStart\"/>"
              "<w:r><w:rPr><w:i/></w:rPr><w:t>Gemeinde</w:t></w:r><w:proofErr w:type=\"spellEnd\"/>"
              "<w:bookmarkStart w:id=\"0\" w:name=\"x\"/><w:bookmarkEnd w:id=\"0\"/>"
              "<w:r><w:t xml:space=\"preserve\">] liegt im "
              "{{Land</w:t></w:r><w:r><w:t>kreis}}.</w:t></w:r></w:p>"
              "<w:tbl><w:tr><w:tc><w:p><w:r><w:t xml:space=\"preserve\">Bürgermeister: «Bürger</w:t></w:r>"
              "<w:r><w:t>meister»</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
              "<w:p><w:r><w:pict><v:shape id=\"tb\" style=\"width:300pt;height:60pt\" type=\"#_x0000_t202\">"
              "<v:textbox><w:txbxContent><w:p><w:r><w:t xml:space=\"preserve\">Ort: Muster</w:t></w:r>"
              "<w:r><w:t>stadt</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"
              "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> "
              "MERGEFIELD [Amt] </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
              "<w:r><w:t>«Amt»</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
            + extraBody
            + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdH\"/>"
              "<w:footerReference w:type=\"default\" r:id=\"rIdF\"/></w:sectPr>";
        const QByteArray header
            = wordPart("hdr",
                       "<w:p><w:r><w:t xml:space=\"preserve\">Kopf: [</w:t></w:r><w:r><w:t>Name der "
                       "Kommune</w:t></w:r><w:r><w:t xml:space=\"preserve\">], XX.XX.</w:t></w:r>"
                       "<w:r><w:t>20XX</w:t></w:r></w:p>");
        const QByteArray footer = wordPart("ftr",
                                           "<w:p><w:r><w:t xml:space=\"preserve\">Fuß: "
                                           "__</w:t></w:r><w:r><w:t>____ Seite</w:t></w:r></w:p>");
        const QByteArray types = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>)";
        const QByteArray rels = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>)";
        const QByteArray documentRels = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>)";
        return TestZipWriter()
            .add(QStringLiteral("[Content_Types].xml"), types)
            .add(QStringLiteral("_rels/.rels"), rels)
            .add(QStringLiteral("word/_rels/document.xml.rels"), documentRels)
            .add(QStringLiteral("word/document.xml"), wordPart("document", "<w:body>" + body + "</w:body>"))
            .add(QStringLiteral("word/header1.xml"), header)
            .add(QStringLiteral("word/footer1.xml"), footer)
            .add(QStringLiteral("word/media/image1.png"), QByteArray("\x89PNG\r\n\x1a\n not really", 19),
                 TestZipWriter::Compression::Store)
            .toByteArray();
    }

    // An ODT as LibreOffice writes one: spans split the placeholders; header and footer in styles.xml.
    static QByteArray odt()
    {
        const QByteArray ns
            = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
              "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
              "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
              "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
              "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
              "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
              "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" office:version=\"1.2\"";
        const QByteArray content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content "
            + ns
            + "><office:automatic-styles><style:style style:name=\"T1\" style:family=\"text\">"
              "<style:text-properties fo:font-weight=\"bold\"/></style:style></office:automatic-styles>"
              "<office:body><office:text>"
              "<text:p>Die <text:span text:style-name=\"T1\">[</text:span>Gemeinde<text:span>]</text:span> "
              "liegt "
              "im {{Land<text:span>kreis}}</text:span>.</text:p>"
              "<table:table table:name=\"T\"><table:table-column/><table:table-row><table:table-cell>"
              "<text:p>Bürgermeister: «Bürger<text:span>meister»</text:span></text:p>"
              "</table:table-cell></table:table-row></table:table>"
              "<text:p><draw:frame draw:name=\"Rahmen\" text:anchor-type=\"paragraph\" svg:width=\"8cm\" "
              "svg:height=\"2cm\"><draw:text-box><text:p>Ort: Muster<text:span>stadt</text:span></text:p>"
              "</draw:text-box></draw:frame>Nach dem Rahmen</text:p>"
              "<text:p>Feld: <text:placeholder "
              "text:placeholder-type=\"text\">&lt;Amt&gt;</text:placeholder></text:p>"
              "</office:text></office:body></office:document-content>";
        const QByteArray styles = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles " + ns
            + "><office:styles><style:style style:name=\"Standard\" "
              "style:family=\"paragraph\"/></office:styles>"
              "<office:automatic-styles><style:page-layout style:name=\"pm1\"/></office:automatic-styles>"
              "<office:master-styles><style:master-page style:name=\"Standard\" "
              "style:page-layout-name=\"pm1\">"
              "<style:header><text:p>Kopf: [Name der <text:span>Kommune]</text:span>, "
              "XX.XX.20XX</text:p></style:header>"
              "<style:footer><text:p>Fuß: ______ Seite</text:p></style:footer>"
              "</style:master-page></office:master-styles></office:document-styles>";
        const QByteArray manifest = R"(<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/></manifest:manifest>)";
        return TestZipWriter()
            .add(QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text",
                 TestZipWriter::Compression::Store)
            .add(QStringLiteral("content.xml"), content)
            .add(QStringLiteral("styles.xml"), styles)
            .add(QStringLiteral("META-INF/manifest.xml"), manifest)
            .toByteArray();
    }

    static QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            return {};
        return path;
    }

    static QHash<QString, QByteArray> members(const QString &path)
    {
        ZipPackage zip(path);
        QHash<QString, QByteArray> result;
        if (!zip.open())
            return result;
        for (const QString &name : zip.memberNames())
            result.insert(name, zip.read(name).value_or(QByteArray("<unreadable>")));
        return result;
    }

    static const Placeholder *find(const QList<Placeholder> &list, const QString &key)
    {
        for (const Placeholder &p : list) {
            if (p.key == key)
                return &p;
        }
        return nullptr;
    }

    static QHash<QString, QString> values()
    {
        return { { placeholderKey(QStringLiteral("Gemeinde")), QStringLiteral("Lahnfels") },
                 { placeholderKey(QStringLiteral("Landkreis")), QStringLiteral("Kreis Limburg") },
                 { placeholderKey(QStringLiteral("Bürgermeister")), QStringLiteral("Jana Roth") },
                 { placeholderKey(QStringLiteral("Musterstadt")), QStringLiteral("Lahnfels-Ost") },
                 { placeholderKey(QStringLiteral("Name der Kommune")), QStringLiteral("Gemeinde Lahnfels") },
                 { placeholderKey(QStringLiteral("XX.XX.20XX")), QStringLiteral("06.12.2026") },
                 { placeholderKey(QStringLiteral("Amt")), QStringLiteral("Bauamt") },
                 { QStringLiteral("_1"), QStringLiteral("Jana Roth") } };
    }

private slots:
    void findsPlaceholdersSplitOverRunsWithTheirPlaces_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("docx") << QStringLiteral("vorlage.docx");
        QTest::newRow("odt") << QStringLiteral("vorlage.odt");
    }
    void findsPlaceholdersSplitOverRunsWithTheirPlaces()
    {
        QFETCH(QString, fileName);
        QTemporaryDir dir;
        const QString path = write(dir, fileName, fileName.endsWith(QLatin1String("docx")) ? docx() : odt());
        TemplateScan scan;
        QString error;
        QVERIFY2(TemplateFiller(path, fileName).scan({}, &scan, &error), qPrintable(error));
        QVERIFY(scan.fillable);
        QStringList keys;
        for (const Placeholder &p : std::as_const(scan.placeholders))
            keys.append(p.key + u'@' + p.locations.join(u'+'));
        const Placeholder *gemeinde = find(scan.placeholders, placeholderKey(QStringLiteral("Gemeinde")));
        QVERIFY2(gemeinde, qPrintable(keys.join(u' ')));
        QCOMPARE(gemeinde->written, QStringLiteral("[Gemeinde]"));
        QCOMPARE(gemeinde->locations, QStringList { QStringLiteral("Text") });
        QCOMPARE(gemeinde->field, MunicipalityProfile::Field::Name);
        QVERIFY(gemeinde->contexts.value(0).contains(QLatin1String("Die [Gemeinde] liegt im")));
        const Placeholder *kreis = find(scan.placeholders, placeholderKey(QStringLiteral("Landkreis")));
        QVERIFY2(kreis && kreis->field == MunicipalityProfile::Field::District, qPrintable(keys.join(u' ')));
        const Placeholder *mayor = find(scan.placeholders, placeholderKey(QStringLiteral("Bürgermeister")));
        QVERIFY2(mayor && mayor->locations == QStringList { QStringLiteral("Table") },
                 qPrintable(keys.join(u' ')));
        QCOMPARE(mayor->field, MunicipalityProfile::Field::Mayor);
        const Placeholder *standIn = find(scan.placeholders, placeholderKey(QStringLiteral("Musterstadt")));
        QVERIFY2(standIn && standIn->locations == QStringList { QStringLiteral("Text box") },
                 qPrintable(keys.join(u' ')));
        QCOMPARE(standIn->kind, Placeholder::Kind::StandIn);
        QCOMPARE(standIn->field, MunicipalityProfile::Field::City);
        const Placeholder *kommune
            = find(scan.placeholders, placeholderKey(QStringLiteral("Name der Kommune")));
        QVERIFY2(kommune && kommune->locations == QStringList { QStringLiteral("Header") },
                 qPrintable(keys.join(u' ')));
        const Placeholder *date = find(scan.placeholders, placeholderKey(QStringLiteral("XX.XX.20XX")));
        QVERIFY2(date && date->kind == Placeholder::Kind::Date && !date->field, qPrintable(keys.join(u' ')));
        const Placeholder *blank = find(scan.placeholders, QStringLiteral("_1"));
        QVERIFY2(blank && blank->locations == QStringList { QStringLiteral("Footer") },
                 qPrintable(keys.join(u' ')));
        QCOMPARE(blank->kind, Placeholder::Kind::Blank);
        // The field's placeholder is listed apart: it cannot be filled.
        QVERIFY(!find(scan.placeholders, placeholderKey(QStringLiteral("Amt"))));
        QVERIFY(find(scan.inFields, placeholderKey(QStringLiteral("Amt"))));
        QCOMPARE(scan.placeholders.size(), 7);
    }

    void fillsValuesIntoTheRunOfTheFirstCharacter()
    {
        QTemporaryDir dir;
        const QString source = write(dir, QStringLiteral("vorlage.docx"), docx());
        const QString target = dir.filePath(QStringLiteral("gefuellt.docx"));
        FillResult result;
        QString error;
        QVERIFY2(TemplateFiller(source, QStringLiteral("vorlage.docx"))
                     .fill({}, values(), target, &result, &error),
                 qPrintable(error));
        QCOMPARE(result.replaced.size(), 7);
        QVERIFY(result.replaced.contains({ QStringLiteral("[Gemeinde]"), QStringLiteral("Lahnfels") }));
        // The field's placeholders are left, with the reason.
        QCOMPARE(result.left.size(), 1);
        QCOMPARE(result.left.first().key, placeholderKey(QStringLiteral("Amt")));
        QVERIFY(result.left.first().reason.contains(QLatin1String("field")));
        QVERIFY(result.left.first().locations.first().contains(QLatin1String("Field code")));

        const QHash<QString, QByteArray> before = members(source);
        const QHash<QString, QByteArray> after = members(target);
        QCOMPARE(after.keys().size(), before.keys().size());
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (it.key() == QLatin1String("word/document.xml")
                || it.key() == QLatin1String("word/header1.xml")
                || it.key() == QLatin1String("word/footer1.xml"))
                continue;
            QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key()));
        }
        // Not only the contents: the members not edited are copied as they were stored (header,
        // compressed bytes, time stamp).
        QFile sourceFile(source), targetFile(target);
        QVERIFY(sourceFile.open(QIODevice::ReadOnly) && targetFile.open(QIODevice::ReadOnly));
        const QByteArray sourceBytes = sourceFile.readAll(), targetBytes = targetFile.readAll();
        const qsizetype image
            = sourceBytes.indexOf("PK\x03\x04", sourceBytes.indexOf("word/media/image1.png") - 30);
        QVERIFY(image > 0);
        QVERIFY(targetBytes.contains(sourceBytes.mid(image, 30 + 21 + 19)));
        // The copy's own layout is sound: its end record names where its central directory starts.
        ZipPatcher copy(targetBytes);
        QVERIFY2(copy.open(), qPrintable(copy.errorString()));
        const QByteArray document = after.value(QStringLiteral("word/document.xml"));
        // The bold run that held "[" holds the value; the italic run and the "]" are gone from theirs.
        QVERIFY2(document.contains("<w:r><w:rPr><w:b/></w:rPr><w:t>Lahnfels</w:t></w:r>"),
                 document.constData());
        QVERIFY(document.contains("<w:r><w:rPr><w:i/></w:rPr><w:t></w:t></w:r>"));
        QVERIFY(document.contains("<w:t xml:space=\"preserve\"> liegt im Kreis Limburg</w:t>"));
        QVERIFY(document.contains("<w:proofErr w:type=\"spellStart\"/>"));
        QVERIFY(document.contains("MERGEFIELD [Amt]"));
        QVERIFY(document.contains("<w:t>«Amt»</w:t>"));
        // Apart from the edited text, the part is as it was.
        const QByteArray original = before.value(QStringLiteral("word/document.xml"));
        QCOMPARE(document.left(document.indexOf("Die ")), original.left(original.indexOf("Die ")));
        QVERIFY(document.endsWith(original.mid(original.indexOf("<w:sectPr>"))));
    }

    void xmlSpecialCharactersAndLineBreaksRoundTrip()
    {
        QTemporaryDir dir;
        const QString source = write(dir, QStringLiteral("vorlage.docx"), docx());
        const QString target = dir.filePath(QStringLiteral("gefuellt.docx"));
        const QString special = QStringLiteral("A & B <C> \"D\" 'E' ü");
        QHash<QString, QString> v = values();
        v.insert(placeholderKey(QStringLiteral("Gemeinde")), special);
        v.insert(placeholderKey(QStringLiteral("Bürgermeister")), QStringLiteral("Jana Roth\nErste Zeile"));
        FillResult result;
        QString error;
        QVERIFY2(TemplateFiller(source, QStringLiteral("vorlage.docx")).fill({}, v, target, &result, &error),
                 qPrintable(error));
        const QByteArray document = members(target).value(QStringLiteral("word/document.xml"));
        QVERIFY2(document.contains("<w:t>A &amp; B &lt;C&gt; &quot;D&quot; &apos;E&apos; ü</w:t>"),
                 document.constData());
        QVERIFY(document.contains("Jana Roth</w:t><w:br/><w:t xml:space=\"preserve\">Erste Zeile"));
        // Read again, the value is there as text, and is no placeholder any more.
        TemplateScan scan;
        QVERIFY2(TemplateFiller(target, QStringLiteral("gefuellt.docx")).scan({}, &scan, &error),
                 qPrintable(error));
        QVERIFY(!find(scan.placeholders, placeholderKey(QStringLiteral("Gemeinde"))));
        // (The value's "<C>" reads as a placeholder again: a value is written as it was given.)
        QVERIFY(find(scan.placeholders, placeholderKey(QStringLiteral("C"))));
        RunTextMap map(RunTextMap::Dialect::WordprocessingML, RunTextMap::PartKind::Body);
        QVERIFY2(map.parse(document, &error), qPrintable(error));
        QVERIFY(map.paragraphs().first().text.contains(QStringLiteral("Die %1 liegt im").arg(special)));
    }

    void anOdtKeepsItsMimetypeFirstAndStored()
    {
        QTemporaryDir dir;
        const QString source = write(dir, QStringLiteral("vorlage.odt"), odt());
        const QString target = dir.filePath(QStringLiteral("gefuellt.odt"));
        FillResult result;
        QString error;
        QVERIFY2(
            TemplateFiller(source, QStringLiteral("vorlage.odt")).fill({}, values(), target, &result, &error),
            qPrintable(error));
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("PK\x03\x04"));
        QCOMPARE(quint8(bytes.at(8)) | (quint8(bytes.at(9)) << 8), 0); // stored
        QCOMPARE(bytes.mid(30, 8), QByteArray("mimetype"));
        // As the template stored it, byte for byte (a writer of its own would add extra fields and
        // a data descriptor, which ODF forbids for the mimetype).
        QFile sourceFile(source);
        QVERIFY(sourceFile.open(QIODevice::ReadOnly));
        const QByteArray sourceBytes = sourceFile.readAll();
        const qsizetype mimetypeRecord = sourceBytes.indexOf("application/vnd.oasis.opendocument.text") + 39;
        QCOMPARE(bytes.left(mimetypeRecord), sourceBytes.left(mimetypeRecord));
        const QHash<QString, QByteArray> after = members(target);
        QCOMPARE(after.value(QStringLiteral("mimetype")),
                 QByteArray("application/vnd.oasis.opendocument.text"));
        QCOMPARE(after.value(QStringLiteral("META-INF/manifest.xml")),
                 members(source).value(QStringLiteral("META-INF/manifest.xml")));
        const QByteArray content = after.value(QStringLiteral("content.xml"));
        QVERIFY2(
            content.contains(
                "Die <text:span text:style-name=\"T1\">Lahnfels</text:span><text:span></text:span> liegt"),
            content.constData());
        QVERIFY(content.contains("&lt;Amt&gt;</text:placeholder>")); // ODF's own placeholder field stays
        QVERIFY(after.value(QStringLiteral("styles.xml"))
                    .contains("Kopf: Gemeinde Lahnfels<text:span></text:span>, 06.12.2026"));
        QCOMPARE(result.left.size(), 1);
    }

    void filledCopiesOpenInLibreOffice()
    {
        if (TestOfficeFiles::soffice().isEmpty())
            QSKIP("LibreOffice (soffice) is not installed");
        QTemporaryDir dir;
        QStringList filled;
        // A value with every character XML must escape: LibreOffice reads the copy and shows it as typed.
        QHash<QString, QString> special = values();
        special.insert(placeholderKey(QStringLiteral("Landkreis")),
                       QStringLiteral("Kreis \"Limburg\" & <Weilburg>'s"));
        for (const QString &name : { QStringLiteral("vorlage.docx"), QStringLiteral("vorlage.odt") }) {
            const QString source = write(dir, name, name.endsWith(QLatin1String("docx")) ? docx() : odt());
            const QString target = dir.filePath(QStringLiteral("gefuellt-") + name);
            FillResult result;
            QString error;
            QVERIFY2(TemplateFiller(source, name).fill({}, special, target, &result, &error),
                     qPrintable(error));
            filled.append(target);
        }
        QString error;
        QVERIFY2(TestOfficeFiles::convertWithLibreOffice(filled, QStringLiteral("pdf"), dir.path(), &error),
                 qPrintable(error));
        for (const QString &file : std::as_const(filled)) {
            const QString pdf = file.left(file.lastIndexOf(u'.')) + QStringLiteral(".pdf");
            const Extraction x = PdfExtractor().extract(pdf);
            const QString text = x.pages.join(u' ').simplified().normalized(QString::NormalizationForm_C);
            QVERIFY2(text.contains(QLatin1String("Die Lahnfels liegt im Kreis \"Limburg\" & <Weilburg>'s.")),
                     qPrintable(file + u' ' + text));
            QVERIFY2(text.contains(QStringLiteral("Bürgermeister: Jana Roth")), qPrintable(text));
            QVERIFY2(text.contains(QLatin1String("Ort: Lahnfels-Ost")), qPrintable(text));
            QVERIFY2(text.contains(QLatin1String("Kopf: Gemeinde Lahnfels, 06.12.2026")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("Fuß: Jana Roth Seite")), qPrintable(text));
            for (const char *gone : { "[Gemeinde]", "{{", "«Bürger", "Musterstadt", "XX.XX", "____" })
                QVERIFY2(!text.contains(QString::fromUtf8(gone)),
                         qPrintable(QString::fromUtf8(gone) + u' ' + text));
        }
    }

    void aDamagedPackageIsRefusedNamingTheFileAndNothingIsWritten_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QByteArray cut = docx();
        cut.truncate(cut.size() / 2);
        QTest::newRow("cut zip") << cut << QStringLiteral("damaged");
        QTest::newRow("not a zip") << QByteArray("Das ist kein Word-Dokument") << QStringLiteral("damaged");
        QTest::newRow("encrypted (OLE)")
            << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 rest", 13) << QStringLiteral("password");
        const QByteArray badXml = TestZipWriter()
                                      .add(QStringLiteral("word/document.xml"), "<w:document><w:body><w:p>")
                                      .toByteArray();
        QTest::newRow("damaged XML") << badXml << QStringLiteral("word/document.xml");
        const QByteArray entities = TestZipWriter()
                                        .add(QStringLiteral("word/document.xml"),
                                             "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a "
                                             "\"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
                                             "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d "
                                             "\"&c;&c;&c;&c;&c;&c;&c;&c;\">]><w:document>&d;&d;&d;"
                                             "</w:document>")
                                        .toByteArray();
        QTest::newRow("entity expansion") << entities << QStringLiteral("word/document.xml");
        const QByteArray zipCrypto = TestZipWriter()
                                         .setPassphrase("geheim")
                                         .add(QStringLiteral("word/document.xml"), "<w:document/>")
                                         .toByteArray();
        QTest::newRow("zip encryption") << zipCrypto << QStringLiteral("password");
    }
    void aDamagedPackageIsRefusedNamingTheFileAndNothingIsWritten()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString source = write(dir, QStringLiteral("stored-file"), bytes);
        const QString target = dir.filePath(QStringLiteral("gefuellt.docx"));
        FillResult result;
        QString error;
        QVERIFY(!TemplateFiller(source, QStringLiteral("Vertrag.docx"))
                     .fill({}, values(), target, &result, &error));
        QVERIFY2(error.contains(QLatin1String("Vertrag.docx")), qPrintable(error));
        QVERIFY2(error.contains(says), qPrintable(error));
        QVERIFY(!QFile::exists(target));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temporary file left
    }

    // Word keeps a text box twice (mc:Choice for itself, mc:Fallback for older readers): both are
    // filled, the placeholder counts once. Footnotes are a part of their own.
    void textBoxFallbacksAndFootnotesAreFilledToo()
    {
        const QByteArray textBox
            = "<w:p><w:r><mc:AlternateContent><mc:Choice "
              "Requires=\"wps\"><w:drawing><w:txbxContent><w:p><w:r>"
              "<w:t>Kasten: [Gemeinde]</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback>"
              "<w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Kasten: [Gemeinde]</w:t></w:r></w:p>"
              "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></"
              "w:p>"
              "<w:p><w:r><w:t>Kein Platz</w:t></w:r><w:r><w:t xml:space=\"preserve\"> </w:t></w:r></w:p>";
        QByteArray zip = docx(textBox);
        QTemporaryDir dir;
        const QString plain = write(dir, QStringLiteral("ohne.docx"), zip);
        QHash<QString, QByteArray> parts = members(plain);
        TestZipWriter writer;
        for (auto it = parts.cbegin(); it != parts.cend(); ++it)
            writer.add(it.key(), it.value());
        writer.add(QStringLiteral("word/footnotes.xml"),
                   wordPart("footnotes",
                            "<w:footnote w:id=\"1\"><w:p><w:r><w:t>Siehe Satzung der {{Gemein</w:t></w:r>"
                            "<w:r><w:t>de}}.</w:t></w:r></w:p></w:footnote>"));
        const QString source = write(dir, QStringLiteral("vorlage.docx"), writer.toByteArray());
        TemplateScan scan;
        QString error;
        QVERIFY2(TemplateFiller(source, QStringLiteral("vorlage.docx")).scan({}, &scan, &error),
                 qPrintable(error));
        const Placeholder *gemeinde = find(scan.placeholders, placeholderKey(QStringLiteral("Gemeinde")));
        QVERIFY(gemeinde);
        QCOMPARE(gemeinde->occurrences, 3); // body, the text box once, the footnote
        QCOMPARE(
            gemeinde->locations,
            (QStringList { QStringLiteral("Text"), QStringLiteral("Text box"), QStringLiteral("Footnote") }));

        const QString target = dir.filePath(QStringLiteral("gefuellt.docx"));
        QHash<QString, QString> v = values();
        v.insert(placeholderKey(QStringLiteral("Gemeinde")), QStringLiteral(" Lahnfels"));
        FillResult result;
        QVERIFY2(TemplateFiller(source, QStringLiteral("vorlage.docx")).fill({}, v, target, &result, &error),
                 qPrintable(error));
        const QHash<QString, QByteArray> after = members(target);
        const QByteArray document = after.value(QStringLiteral("word/document.xml"));
        QCOMPARE(document.count("Kasten:  Lahnfels"), 2);
        QVERIFY(!document.contains("[Gemeinde]"));
        // A value starting with a blank gets xml:space, or Word would drop the blank.
        QVERIFY2(
            document.contains("<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\"> Lahnfels</w:t></w:r>"),
            document.constData());
        QVERIFY(after.value(QStringLiteral("word/footnotes.xml"))
                    .contains("Siehe Satzung der  Lahnfels</w:t></w:r><w:r><w:t>.</w:t>"));
        int gemeindeReplaced = 0;
        for (const auto &[written, value] : std::as_const(result.replaced))
            gemeindeReplaced += written.contains(QLatin1String("Gemein")) ? 1 : 0;
        QCOMPARE(gemeindeReplaced, 3);
    }

    void odtLineBreaksAndRunsOfSpacesBecomeElements()
    {
        QTemporaryDir dir;
        const QString source = write(dir, QStringLiteral("vorlage.odt"), odt());
        const QString target = dir.filePath(QStringLiteral("gefuellt.odt"));
        QHash<QString, QString> v = values();
        v.insert(placeholderKey(QStringLiteral("Bürgermeister")),
                 QStringLiteral("Jana  Roth\r\nRathaus\tZimmer 3 & 4"));
        FillResult result;
        QString error;
        QVERIFY2(TemplateFiller(source, QStringLiteral("vorlage.odt")).fill({}, v, target, &result, &error),
                 qPrintable(error));
        const QByteArray content = members(target).value(QStringLiteral("content.xml"));
        QVERIFY2(content.contains("Bürgermeister: Jana <text:s "
                                  "text:c=\"1\"/>Roth<text:line-break/>Rathaus<text:tab/>Zimmer 3 &amp; 4"
                                  "<text:span></text:span></text:p>"),
                 content.constData());
        RunTextMap map(RunTextMap::Dialect::OpenDocument, RunTextMap::PartKind::Body);
        QVERIFY2(map.parse(content, &error), qPrintable(error));
    }

    // A package the patcher cannot follow (bytes before the first member) is written anew.
    void aPackageWithAnUnusualLayoutIsWrittenAnew()
    {
        QTemporaryDir dir;
        const QString source = write(dir, QStringLiteral("vorlage.docx"), QByteArray(64, 'x') + docx());
        const QString target = dir.filePath(QStringLiteral("gefuellt.docx"));
        FillResult result;
        QString error;
        QVERIFY2(TemplateFiller(source, QStringLiteral("vorlage.docx"))
                     .fill({}, values(), target, &result, &error),
                 qPrintable(error));
        QCOMPARE(TestHelpers::readFile(target).left(4), QByteArray("PK\x03\x04"));
        const QHash<QString, QByteArray> after = members(target);
        QCOMPARE(after.value(QStringLiteral("word/media/image1.png")),
                 members(source).value(QStringLiteral("word/media/image1.png")));
        QVERIFY(after.value(QStringLiteral("word/document.xml")).contains("Lahnfels"));
    }

    void aTooLongValueIsRefused()
    {
        QTemporaryDir dir;
        const QString source = write(dir, QStringLiteral("vorlage.docx"), docx());
        const QString target = dir.filePath(QStringLiteral("gefuellt.docx"));
        QHash<QString, QString> v = values();
        v.insert(placeholderKey(QStringLiteral("Gemeinde")),
                 QString(TemplateFiller::MaxValueLength + 1, u'x'));
        FillResult result;
        QString error;
        QVERIFY(!TemplateFiller(source, QStringLiteral("vorlage.docx")).fill({}, v, target, &result, &error));
        QVERIFY2(error.contains(QLatin1String("longer than")), qPrintable(error));
        QVERIFY(!QFile::exists(target));
    }

    void otherFormatsGetAPlainCopy()
    {
        QTemporaryDir dir;
        const QByteArray pdf = "%PDF-1.4 [Gemeinde] kein Inhalt";
        const QString source = write(dir, QStringLiteral("abc123"), pdf);
        TemplateScan scan;
        QString error;
        QVERIFY(TemplateFiller(source, QStringLiteral("Plan.pdf")).scan({}, &scan, &error));
        QVERIFY(!scan.fillable);
        const QString target = dir.filePath(QStringLiteral("Plan Lahnfels.pdf"));
        FillResult result;
        QVERIFY(
            TemplateFiller(source, QStringLiteral("Plan.pdf")).fill({}, values(), target, &result, &error));
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), pdf);
    }

    void declaredPlaceholdersWinOverGuesses()
    {
        QTemporaryDir dir;
        const QString source
            = write(dir, QStringLiteral("vorlage.docx"),
                    docx("<w:p><w:r><w:t xml:space=\"preserve\">Kreis: Beispiel</w:t></w:r><w:r><w:t>kreis, "
                         "Kontakt [Gemeinde]</w:t></w:r></w:p>"));
        const QHash<QString, QString> declared { { QStringLiteral("Beispielkreis"),
                                                   QStringLiteral("district") },
                                                 { QStringLiteral("[Gemeinde]"), QStringLiteral("mayor") } };
        TemplateScan scan;
        QString error;
        QVERIFY2(TemplateFiller(source, QStringLiteral("vorlage.docx")).scan(declared, &scan, &error),
                 qPrintable(error));
        const Placeholder *kreis = find(scan.placeholders, placeholderKey(QStringLiteral("Beispielkreis")));
        QVERIFY(kreis);
        QCOMPARE(kreis->meaning, QStringLiteral("district"));
        QCOMPARE(kreis->field, MunicipalityProfile::Field::District);
        const Placeholder *gemeinde = find(scan.placeholders, placeholderKey(QStringLiteral("Gemeinde")));
        QVERIFY(gemeinde);
        QCOMPARE(gemeinde->occurrences, 2);
        QCOMPARE(gemeinde->field, MunicipalityProfile::Field::Mayor);
    }

    void namesMapToProfileFields_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("field"); // -1: none
        using F = MunicipalityProfile::Field;
        QTest::newRow("Gemeinde") << "Gemeinde" << int(F::Name);
        QTest::newRow("Name der Kommune") << "Name der Kommune" << int(F::Name);
        QTest::newRow("Stadt") << "Stadt" << int(F::Name);
        QTest::newRow("Landkreis") << "Landkreis" << int(F::District);
        QTest::newRow("Bürgermeisterin") << "Bürgermeisterin" << int(F::Mayor);
        QTest::newRow("Anschrift der Gemeinde") << "Anschrift der Gemeinde" << int(F::Street);
        QTest::newRow("PLZ") << "PLZ" << int(F::PostalCode);
        QTest::newRow("Ort") << "Ort" << int(F::City);
        QTest::newRow("E-Mail") << "E-Mail" << int(F::Email);
        QTest::newRow("Telefon") << "Telefon" << int(F::Phone);
        QTest::newRow("Internet") << "Internetadresse" << int(F::Website);
        QTest::newRow("Fachbereich") << "Fachbereich" << int(F::Department);
        QTest::newRow("Ansprechpartner") << "Ansprechpartnerin" << int(F::ContactPerson);
        // A stand-in place name is the place's name, not "Gemeinde Lahnfels" ("Stadt Musterstadt").
        QTest::newRow("Musterstadt") << "Musterstadt" << int(F::City);
        QTest::newRow("Mustergemeinde") << "Mustergemeinde" << int(F::City);
        QTest::newRow("Max Mustermann") << "Max Mustermann" << -1;
        QTest::newRow("Datum") << "Datum" << -1;
    }
    void namesMapToProfileFields()
    {
        QFETCH(QString, name);
        QFETCH(int, field);
        const auto found = PlaceholderFinder::fieldForName(name);
        QCOMPARE(found ? int(*found) : -1, field);
    }

    // White space in character data (pretty-printed XML) is a blank, not a break between runs.
    void lineBreaksInCharacterDataDoNotSplitAPlaceholder()
    {
        const QByteArray content
            = "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
              "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>\n"
              "  <text:p>Vertreten durch Max\n    Mustermann<text:tab/>[Name der\n    "
              "Kommune]</text:p>\n</office:text></office:body>"
              "</office:document-content>";
        RunTextMap map(RunTextMap::Dialect::OpenDocument, RunTextMap::PartKind::Body);
        QString error;
        QVERIFY2(map.parse(content, &error), qPrintable(error));
        QCOMPARE(map.paragraphs().size(), 1);
        QStringList found;
        for (const PlaceholderFinder::Match &m : PlaceholderFinder().find(map.paragraphs().first().text))
            found.append(m.name);
        QCOMPARE(found, (QStringList { "Max Mustermann", "Name der Kommune" }));
    }

    // LibreOffice writes the page layout's header and footer styles (style:header-style,
    // style:footer-style) before the master page's header and footer: they are no header.
    void odtHeaderStylesDoNotHideTheHeaderAndFooter()
    {
        const QByteArray styles
            = "<office:document-styles xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
              "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
              "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:automatic-styles>"
              "<style:page-layout style:name=\"Mpm1\"><style:page-layout-properties/><style:header-style>"
              "<style:header-footer-properties/></style:header-style><style:footer-style/>"
              "</style:page-layout></office:automatic-styles>"
              "<office:master-styles><style:master-page style:name=\"Standard\">"
              "<style:header><text:p>Kopf: [Gemeinde]</text:p></style:header>"
              "<style:footer><text:p>Fuß: [Landkreis]</text:p></style:footer>"
              "</style:master-page></office:master-styles></office:document-styles>";
        RunTextMap map(RunTextMap::Dialect::OpenDocument, RunTextMap::PartKind::Styles);
        QString error;
        QVERIFY2(map.parse(styles, &error), qPrintable(error));
        QStringList found;
        for (const RunTextMap::Paragraph &p : map.paragraphs())
            found.append(p.location + u':' + p.text);
        QCOMPARE(found, (QStringList { "Header:Kopf: [Gemeinde]", "Footer:Fuß: [Landkreis]" }));
    }

    void findsEachForm()
    {
        const PlaceholderFinder finder({}, { QStringLiteral("Beispielhausen") });
        const QString text = QStringLiteral("[Gemeinde] {{ Ort }} «Name» <Amt> ______ XX.XX.20XX TT.MM.JJJJ "
                                            "Musterstadt Max Mustermann Beispielhausen [1] Mustermannweg");
        QStringList found;
        for (const PlaceholderFinder::Match &m : finder.find(text))
            found.append(m.name);
        QCOMPARE(found,
                 (QStringList { "Gemeinde", "Ort", "Name", "Amt", "______", "XX.XX.20XX", "TT.MM.JJJJ",
                                "Musterstadt", "Max Mustermann", "Beispielhausen" }));
    }
};

QTEST_GUILESS_MAIN(TestTemplateFiller)
#include "TestTemplateFiller.moc"
