#include "core/extract/OoxmlExtractor.h"

#include "core/extract/SourceFile.h"
#include "core/extract/TextBudget.h"
#include "core/extract/XmlText.h"
#include "core/extract/ZipPackage.h"

#include <QDir>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <algorithm>

namespace {

const QString kDcNs = QStringLiteral("http://purl.org/dc/elements/1.1/");

struct Relationship
{
    QString id;
    QString type; // the full type URI; compared by its last segment (transitional and strict differ)
    QString target; // resolved to a member name
};

QString typeName(const QString &type)
{
    return type.mid(type.lastIndexOf(u'/') + 1);
}

// Where the relationships of a part live: word/document.xml -> word/_rels/document.xml.rels.
QString relationshipsPart(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return part.left(slash + 1) + QStringLiteral("_rels/") + part.mid(slash + 1) + QStringLiteral(".rels");
}

QString resolveTarget(const QString &sourcePart, const QString &target)
{
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1));
    const qsizetype slash = sourcePart.lastIndexOf(u'/');
    return QDir::cleanPath(sourcePart.left(slash + 1) + target);
}

QList<Relationship> readRelationships(ZipPackage &zip, const QString &sourcePart)
{
    QList<Relationship> relationships;
    const QString relsName = relationshipsPart(sourcePart);
    if (!zip.contains(relsName))
        return relationships;
    const std::optional<QByteArray> xml = zip.read(relsName);
    if (!xml)
        return relationships;
    QXmlStreamReader reader(*xml);
    XmlText::harden(reader);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement || reader.name() != u"Relationship")
            continue;
        const QXmlStreamAttributes attributes = reader.attributes();
        if (attributes.value(QStringLiteral("TargetMode")) == u"External")
            continue;
        relationships.append(
            { attributes.value(QStringLiteral("Id")).toString(),
              attributes.value(QStringLiteral("Type")).toString(),
              resolveTarget(sourcePart, attributes.value(QStringLiteral("Target")).toString()) });
    }
    return relationships;
}

// r:id attributes use the relationships namespace, which differs between transitional and strict.
QString relationshipId(const QXmlStreamAttributes &attributes)
{
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == u"id" && a.namespaceUri().contains(u"relationships"))
            return a.value().toString();
    }
    return QString();
}

// Members matching pattern (one capture: a number), sorted by that number: slide2 before slide10.
QStringList numberedMembers(const ZipPackage &zip, const QRegularExpression &pattern)
{
    QList<std::pair<qint64, QString>> numbered;
    const QStringList names = zip.memberNames();
    for (const QString &name : names) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (match.hasMatch())
            numbered.append({ match.captured(1).toLongLong(), name });
    }
    std::sort(numbered.begin(), numbered.end());
    QStringList sorted;
    for (const auto &n : numbered)
        sorted.append(n.second);
    return sorted;
}

enum class Kind { Unknown, Document, Workbook, Presentation };

Kind kindOfRoot(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    XmlText::harden(reader);
    if (!reader.readNextStartElement())
        return Kind::Unknown;
    if (reader.name() == u"document")
        return Kind::Document;
    if (reader.name() == u"workbook")
        return Kind::Workbook;
    if (reader.name() == u"presentation")
        return Kind::Presentation;
    return Kind::Unknown;
}

// One extraction in progress: the package, the budget and the result being filled.
class Job
{
    Q_DECLARE_TR_FUNCTIONS(OoxmlExtractor)

public:
    Job(const QString &path, const ExtractionLimits &limits)
        : m_zip(path, limits.maxMemberBytes)
        , m_limits(limits)
        , m_budget(limits.maxTextChars)
    {
    }

    Extraction run();

private:
    bool openPackage(); // false with the error in m_result
    QString findMainPart();
    Kind kindOf(const QString &mainPart, const std::optional<QByteArray> &mainXml) const;
    // A part's bytes; a missing or refused required part becomes the error, others a warning.
    std::optional<QByteArray> readPart(const QString &name, bool required);
    void readCoreProperties();
    void readDocument(const QString &mainPart, const QByteArray &xml);
    void readWorkbook(const QString &mainPart, const QByteArray &xml);
    void readPresentation(const QString &mainPart, const QByteArray *xml);
    QStringList readSharedStrings(const QString &part);
    QString readWorksheet(const QString &part, const QString &name, const QStringList &sharedStrings);
    // A worksheet's row being read: its cells so far and the cell open now.
    struct SheetRow
    {
        QStringList cells;
        QString cell;
        QString cellType;
        bool inCell = false;
    };
    void startSheetElement(QXmlStreamReader &reader, const XmlText &inlineCollector,
                           const QStringList &sharedStrings, SheetRow *row);
    void endSheetElement(QStringView element, SheetRow *row, QString *page);
    void appendCellValue(const QString &value, const QString &cellType, const QStringList &sharedStrings,
                         QString *cell);

    ZipPackage m_zip;
    ExtractionLimits m_limits;
    TextBudget m_budget;
    Extraction m_result;
};

std::optional<QByteArray> Job::readPart(const QString &name, bool required)
{
    std::optional<QByteArray> data = m_zip.read(name);
    if (!data) {
        if (required)
            m_result.error = m_zip.errorString();
        else
            m_result.warnings.append(m_zip.errorString());
    }
    return data;
}

Extraction Job::run()
{
    if (!openPackage())
        return m_result;
    const QString mainPart = findMainPart();
    std::optional<QByteArray> mainXml;
    if (!mainPart.isEmpty()) {
        mainXml = readPart(mainPart, true);
        if (!mainXml)
            return m_result;
    }
    switch (kindOf(mainPart, mainXml)) {
    case Kind::Document:
        readDocument(mainPart, *mainXml);
        break;
    case Kind::Workbook:
        readWorkbook(mainPart, *mainXml);
        break;
    case Kind::Presentation:
        readPresentation(mainPart, mainXml ? &*mainXml : nullptr);
        break;
    case Kind::Unknown:
        m_result.error
            = tr("This is not an Office Open XML document (no document, workbook or presentation found).");
        break;
    }
    if (!m_result.ok())
        return m_result;

    readCoreProperties();
    if (m_budget.exhausted())
        m_result.warnings.append(m_budget.warning());
    m_result.textExtracted = true;
    return m_result;
}

bool Job::openPackage()
{
    m_result.error = SourceFile::check(m_zip.path());
    if (!m_result.ok())
        return false;
    // Password-protected OOXML files are OLE2 containers holding the encrypted package.
    if (SourceFile::head(m_zip.path(), 8) == QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        m_result.error = tr("The Office file is password-protected.");
        return false;
    }
    if (!m_zip.open()) {
        m_result.error = m_zip.errorString();
        return false;
    }
    return true;
}

// The main part as the package's relationships name it, else by its usual name; empty if none.
QString Job::findMainPart()
{
    for (const Relationship &r : readRelationships(m_zip, QString())) {
        if (typeName(r.type) == u"officeDocument" && m_zip.contains(r.target))
            return r.target;
    }
    for (const char *candidate : { "word/document.xml", "xl/workbook.xml", "ppt/presentation.xml" }) {
        if (m_zip.contains(QLatin1String(candidate)))
            return QLatin1String(candidate);
    }
    return QString();
}

Kind Job::kindOf(const QString &mainPart, const std::optional<QByteArray> &mainXml) const
{
    if (!mainXml) {
        // Slides without presentation.xml: still readable.
        return numberedMembers(m_zip, QRegularExpression(QStringLiteral("^ppt/slides/slide(\\d+)\\.xml$")))
                   .isEmpty()
            ? Kind::Unknown
            : Kind::Presentation;
    }
    const Kind kind = kindOfRoot(*mainXml);
    if (kind != Kind::Unknown)
        return kind;
    // Damaged main part: go by the folder it lives in.
    if (mainPart.startsWith(QLatin1String("word/")))
        return Kind::Document;
    if (mainPart.startsWith(QLatin1String("xl/")))
        return Kind::Workbook;
    if (mainPart.startsWith(QLatin1String("ppt/")))
        return Kind::Presentation;
    return Kind::Unknown;
}

void Job::readCoreProperties()
{
    QString corePart = QStringLiteral("docProps/core.xml");
    for (const Relationship &r : readRelationships(m_zip, QString())) {
        if (typeName(r.type) == u"core-properties") {
            corePart = r.target;
            break;
        }
    }
    if (!m_zip.contains(corePart))
        return;
    const std::optional<QByteArray> xml = readPart(corePart, false);
    if (!xml)
        return;
    bool damaged = false;
    const QString title = kDcNs + QStringLiteral("|title");
    const QString creator = kDcNs + QStringLiteral("|creator");
    const QString subject = kDcNs + QStringLiteral("|subject");
    const QHash<QString, QString> values
        = XmlText::firstElementTexts(*xml, { title, creator, subject }, &damaged);
    m_result.title = values.value(title);
    m_result.author = values.value(creator);
    m_result.subject = values.value(subject);
    if (damaged)
        m_result.warnings.append(tr("The document properties (%1) are damaged.").arg(corePart));
}

void Job::readDocument(const QString &mainPart, const QByteArray &xml)
{
    const XmlText collector(XmlText::Dialect::WordprocessingML, &m_budget);
    QStringList sections { XmlText::tidy(collector.readDocument(xml, mainPart, &m_result.warnings)) };

    // Notes, headers and footers in that order; documents without relationships use the usual names.
    const QList<Relationship> relationships = readRelationships(m_zip, mainPart);
    QStringList extraParts;
    for (const char *type : { "footnotes", "endnotes", "header", "footer" }) {
        for (const Relationship &r : relationships) {
            if (typeName(r.type) == QLatin1String(type) && !extraParts.contains(r.target))
                extraParts.append(r.target);
        }
    }
    if (relationships.isEmpty()) {
        extraParts << QStringLiteral("word/footnotes.xml") << QStringLiteral("word/endnotes.xml");
        extraParts << numberedMembers(m_zip, QRegularExpression(QStringLiteral("^word/header(\\d+)\\.xml$")));
        extraParts << numberedMembers(m_zip, QRegularExpression(QStringLiteral("^word/footer(\\d+)\\.xml$")));
    }
    for (const QString &part : std::as_const(extraParts)) {
        if (m_budget.exhausted())
            break;
        if (!m_zip.contains(part))
            continue;
        const std::optional<QByteArray> partXml = readPart(part, false);
        if (!partXml)
            continue;
        // The same header text often appears in several header parts (first page, even, odd).
        const QString text = XmlText::tidy(collector.readDocument(*partXml, part, &m_result.warnings));
        if (!text.isEmpty() && !sections.contains(text))
            sections.append(text);
    }
    sections.removeAll(QString());
    m_result.pages = { sections.join(QStringLiteral("\n\n")) };
}

QStringList Job::readSharedStrings(const QString &part)
{
    QStringList strings;
    const std::optional<QByteArray> xml = readPart(part, false);
    if (!xml)
        return strings;
    // Not charged to the budget: the table is bounded by the member size; the cells that use a
    // string are charged, so that a string referenced a million times cannot blow up the text.
    const XmlText collector(XmlText::Dialect::SpreadsheetML);
    QXmlStreamReader reader(*xml);
    XmlText::harden(reader);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == u"si")
            strings.append(collector.readElement(reader));
    }
    if (reader.hasError())
        m_result.warnings.append(XmlText::damagedWarning(reader, part));
    return strings;
}

QString Job::readWorksheet(const QString &part, const QString &name, const QStringList &sharedStrings)
{
    QString page = name;
    if (!name.isEmpty())
        page.append(u'\n');
    const std::optional<QByteArray> xml = readPart(part, false);
    if (!xml)
        return page;
    const XmlText inlineCollector(XmlText::Dialect::SpreadsheetML, &m_budget);
    QXmlStreamReader reader(*xml);
    XmlText::harden(reader);
    SheetRow row;
    while (!reader.atEnd() && !m_budget.exhausted()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement)
            startSheetElement(reader, inlineCollector, sharedStrings, &row);
        else if (token == QXmlStreamReader::EndElement)
            endSheetElement(reader.name(), &row, &page);
    }
    if (reader.hasError())
        m_result.warnings.append(XmlText::damagedWarning(reader, part));
    if (!row.cells.isEmpty()) // a row cut off by damage
        page += row.cells.join(u'\t');
    while (page.endsWith(u'\n'))
        page.chop(1);
    return page;
}

void Job::startSheetElement(QXmlStreamReader &reader, const XmlText &inlineCollector,
                            const QStringList &sharedStrings, SheetRow *row)
{
    const QStringView element = reader.name();
    if (element == u"row") {
        row->cells.clear();
    } else if (element == u"c") {
        row->inCell = true;
        row->cell.clear();
        row->cellType = reader.attributes().value(QStringLiteral("t")).toString();
    } else if (row->inCell && element == u"v") {
        appendCellValue(reader.readElementText(), row->cellType, sharedStrings, &row->cell);
    } else if (row->inCell && element == u"is") {
        row->cell += inlineCollector.readElement(reader);
    } else if (element == u"f" || element == u"extLst") {
        reader.skipCurrentElement(); // formulas and extensions are no visible text
    }
}

void Job::endSheetElement(QStringView element, SheetRow *row, QString *page)
{
    if (element == u"c" && row->inCell) {
        row->inCell = false;
        // A line break inside a cell would break the row-per-line layout.
        const QString text = row->cell.simplified();
        if (!text.isEmpty())
            row->cells.append(text);
    } else if (element == u"row") {
        if (!row->cells.isEmpty()) {
            *page += row->cells.join(u'\t');
            *page += u'\n';
        }
        row->cells.clear();
    }
}

// A cell's <v> by its type: an index into the shared strings, a boolean, else the value itself.
void Job::appendCellValue(const QString &value, const QString &cellType, const QStringList &sharedStrings,
                          QString *cell)
{
    if (cellType == u"s") {
        bool ok = false;
        const int index = value.trimmed().toInt(&ok);
        if (ok && index >= 0 && index < sharedStrings.size())
            m_budget.append(*cell, sharedStrings.at(index));
    } else if (cellType == u"b") {
        m_budget.append(*cell, value.trimmed() == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE"));
    } else {
        m_budget.append(*cell, value);
    }
}

void Job::readWorkbook(const QString &mainPart, const QByteArray &xml)
{
    const QList<Relationship> relationships = readRelationships(m_zip, mainPart);
    QHash<QString, QString> targets;
    QString sharedStringsPart;
    for (const Relationship &r : relationships) {
        targets.insert(r.id, r.target);
        if (typeName(r.type) == u"sharedStrings")
            sharedStringsPart = r.target;
    }
    if (sharedStringsPart.isEmpty())
        sharedStringsPart = QStringLiteral("xl/sharedStrings.xml");

    struct Sheet
    {
        QString name;
        QString part;
    };
    QList<Sheet> sheets;
    {
        QXmlStreamReader reader(xml);
        XmlText::harden(reader);
        int index = 0;
        while (!reader.atEnd()) {
            if (reader.readNext() != QXmlStreamReader::StartElement || reader.name() != u"sheet")
                continue;
            ++index;
            const QXmlStreamAttributes attributes = reader.attributes();
            QString part = targets.value(relationshipId(attributes));
            if (part.isEmpty() && relationships.isEmpty())
                part = QStringLiteral("xl/worksheets/sheet%1.xml").arg(index);
            sheets.append({ attributes.value(QStringLiteral("name")).toString(), part });
        }
        if (reader.hasError())
            m_result.warnings.append(XmlText::damagedWarning(reader, mainPart));
    }
    if (sheets.isEmpty()) {
        const QStringList parts
            = numberedMembers(m_zip, QRegularExpression(QStringLiteral("^xl/worksheets/sheet(\\d+)\\.xml$")));
        for (const QString &part : parts)
            sheets.append({ QString(), part });
    }
    if (sheets.size() > m_limits.maxPages) {
        m_result.error = tr("The workbook has %1 sheets, more than the limit of %2.")
                             .arg(sheets.size())
                             .arg(m_limits.maxPages);
        return;
    }

    const QStringList sharedStrings
        = m_zip.contains(sharedStringsPart) ? readSharedStrings(sharedStringsPart) : QStringList();
    for (const Sheet &sheet : std::as_const(sheets)) {
        // Chart sheets and dangling references have no cells; the page keeps the sheet's name.
        if (m_budget.exhausted() || sheet.part.isEmpty() || !m_zip.contains(sheet.part))
            m_result.pages.append(sheet.name);
        else
            m_result.pages.append(readWorksheet(sheet.part, sheet.name, sharedStrings));
    }
}

void Job::readPresentation(const QString &mainPart, const QByteArray *xml)
{
    QStringList slides;
    if (xml) {
        QHash<QString, QString> targets;
        for (const Relationship &r : readRelationships(m_zip, mainPart)) {
            if (typeName(r.type) == u"slide")
                targets.insert(r.id, r.target);
        }
        QXmlStreamReader reader(*xml);
        XmlText::harden(reader);
        while (!reader.atEnd()) {
            if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == u"sldId") {
                const QString part = targets.value(relationshipId(reader.attributes()));
                if (!part.isEmpty() && m_zip.contains(part) && !slides.contains(part))
                    slides.append(part);
            }
        }
    }
    if (slides.isEmpty())
        slides = numberedMembers(m_zip, QRegularExpression(QStringLiteral("^ppt/slides/slide(\\d+)\\.xml$")));
    if (slides.size() > m_limits.maxPages) {
        m_result.error = tr("The presentation has %1 slides, more than the limit of %2.")
                             .arg(slides.size())
                             .arg(m_limits.maxPages);
        return;
    }

    const XmlText collector(XmlText::Dialect::DrawingML, &m_budget);
    for (const QString &part : std::as_const(slides)) {
        QString text;
        if (!m_budget.exhausted()) {
            if (const std::optional<QByteArray> slideXml = readPart(part, false))
                text = XmlText::tidy(collector.readDocument(*slideXml, part, &m_result.warnings));
        }
        m_result.pages.append(text);
    }
    m_result.pageCount = int(slides.size());
}

} // namespace

Extraction OoxmlExtractor::extract(const QString &path, const ExtractionLimits &limits) const
{
    return Job(path, limits).run();
}
