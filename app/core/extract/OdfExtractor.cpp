#include "core/extract/OdfExtractor.h"

#include "core/extract/SourceFile.h"
#include "core/extract/TextBudget.h"
#include "core/extract/XmlText.h"
#include "core/extract/ZipPackage.h"

#include <QXmlStreamReader>

namespace {

const QString kOfficeNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString kTableNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString kDrawNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0");
const QString kMetaNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0");
const QString kDcNs = QStringLiteral("http://purl.org/dc/elements/1.1/");

bool is(const QXmlStreamReader &reader, const QString &ns, QStringView name)
{
    return reader.namespaceUri() == ns && reader.name() == name;
}

class Job
{
    Q_DECLARE_TR_FUNCTIONS(OdfExtractor)

public:
    Job(const QString &path, const ExtractionLimits &limits)
        : m_zip(path, limits.maxMemberBytes)
        , m_limits(limits)
        , m_budget(limits.maxTextChars)
    {
    }

    Extraction run();

private:
    void readContent(const QByteArray &xml);
    QString readTable(QXmlStreamReader &reader);
    void readMeta();
    bool tooManyPages();

    ZipPackage m_zip;
    ExtractionLimits m_limits;
    TextBudget m_budget;
    Extraction m_result;
};

Extraction Job::run()
{
    m_result.error = SourceFile::check(m_zip.path());
    if (!m_result.ok())
        return m_result;
    if (!m_zip.open()) {
        m_result.error = m_zip.errorString();
        return m_result;
    }
    // Password-protected ODF files are ordinary zips whose parts are encrypted; the manifest says so.
    if (m_zip.contains(QStringLiteral("META-INF/manifest.xml"))) {
        const std::optional<QByteArray> manifest = m_zip.read(QStringLiteral("META-INF/manifest.xml"));
        if (manifest && manifest->contains("encryption-data")) {
            m_result.error = tr("The OpenDocument file is password-protected.");
            return m_result;
        }
    }
    if (!m_zip.contains(QStringLiteral("content.xml"))) {
        m_result.error = tr("This is not an OpenDocument file (content.xml is missing).");
        return m_result;
    }
    const std::optional<QByteArray> content = m_zip.read(QStringLiteral("content.xml"));
    if (!content) {
        m_result.error = m_zip.errorString();
        return m_result;
    }
    readContent(*content);
    if (!m_result.ok())
        return m_result;
    readMeta();
    if (m_budget.exhausted())
        m_result.warnings.append(m_budget.warning());
    m_result.textExtracted = true;
    return m_result;
}

bool Job::tooManyPages()
{
    if (m_result.pages.size() < m_limits.maxPages)
        return false;
    m_result.error = tr("The document has more than %1 tables or slides (the limit).").arg(m_limits.maxPages);
    m_result.pages.clear();
    return true;
}

void Job::readContent(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    XmlText::harden(reader);
    const XmlText collector(XmlText::Dialect::OpenDocument, &m_budget);

    // Find office:body and handle its child: office:text, office:spreadsheet, office:presentation
    // (or office:drawing, which has pages like a presentation).
    bool inBody = false;
    bool sawBody = false;
    while (!reader.atEnd() && !m_budget.exhausted()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::EndElement && is(reader, kOfficeNs, u"body")) {
            break;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (!inBody) {
            if (is(reader, kOfficeNs, u"body"))
                inBody = sawBody = true;
            else if (is(reader, kOfficeNs, u"automatic-styles") || is(reader, kOfficeNs, u"font-face-decls"))
                reader.skipCurrentElement();
            continue;
        }
        if (is(reader, kOfficeNs, u"text")) {
            m_result.pages = { XmlText::tidy(collector.readElement(reader)) };
        } else if (is(reader, kTableNs, u"table")) {
            if (tooManyPages())
                return;
            m_result.pages.append(readTable(reader));
        } else if (is(reader, kDrawNs, u"page")) {
            if (tooManyPages())
                return;
            m_result.pages.append(XmlText::tidy(collector.readElement(reader)));
            m_result.pageCount = int(m_result.pages.size());
        }
        // office:spreadsheet, office:presentation and their other children: keep descending.
    }
    if (reader.hasError())
        m_result.warnings.append(XmlText::damagedWarning(reader, QStringLiteral("content.xml")));
    if (!sawBody && !reader.hasError())
        m_result.error = tr("This is not an OpenDocument file (content.xml has no body).");
}

QString Job::readTable(QXmlStreamReader &reader)
{
    // Cells are charged to the budget where their text is collected, so joining is free.
    const XmlText cellCollector(XmlText::Dialect::OpenDocument, &m_budget);
    QString page = reader.attributes().value(kTableNs, QStringLiteral("name")).toString();
    if (!page.isEmpty())
        page.append(u'\n');
    QStringList row;
    int depth = 1;
    while (depth > 0 && !reader.atEnd() && !m_budget.exhausted()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (reader.namespaceUri() == kTableNs
                && (reader.name() == u"table-cell" || reader.name() == u"covered-table-cell")) {
                // Repeated cells (table:number-columns-repeated) are kept once: the text is what
                // matters for search, and repeating it could be used to blow up the output.
                const QXmlStreamAttributes attributes = reader.attributes();
                QString text = cellCollector.readElement(reader).simplified();
                if (text.isEmpty()) {
                    // Cells normally carry their display text in text:p; fall back to the value.
                    for (const char *valueAttribute :
                         { "string-value", "value", "date-value", "time-value" }) {
                        text = attributes.value(kOfficeNs, QLatin1String(valueAttribute))
                                   .toString()
                                   .simplified();
                        if (!text.isEmpty())
                            break;
                    }
                }
                if (!text.isEmpty())
                    row.append(text);
            } else if (is(reader, kTableNs, u"table-row")) {
                row.clear();
                ++depth;
            } else if (is(reader, kTableNs, u"shapes")) {
                reader.skipCurrentElement(); // drawings anchored to the table, not cells
            } else {
                ++depth;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
            if (is(reader, kTableNs, u"table-row") && !row.isEmpty()) {
                page += row.join(u'\t');
                page += u'\n';
                row.clear();
            }
        }
    }
    if (!row.isEmpty())
        page += row.join(u'\t');
    while (page.endsWith(u'\n'))
        page.chop(1);
    return page;
}

void Job::readMeta()
{
    if (!m_zip.contains(QStringLiteral("meta.xml")))
        return;
    const std::optional<QByteArray> xml = m_zip.read(QStringLiteral("meta.xml"));
    if (!xml) {
        m_result.warnings.append(m_zip.errorString());
        return;
    }
    const QString title = kDcNs + QStringLiteral("|title");
    const QString subject = kDcNs + QStringLiteral("|subject");
    const QString creator = kDcNs + QStringLiteral("|creator");
    const QString initialCreator = kMetaNs + QStringLiteral("|initial-creator");
    bool damaged = false;
    const QHash<QString, QString> values
        = XmlText::firstElementTexts(*xml, { title, subject, creator, initialCreator }, &damaged);
    m_result.title = values.value(title);
    m_result.subject = values.value(subject);
    m_result.author = values.value(initialCreator);
    if (m_result.author.isEmpty())
        m_result.author = values.value(creator);
    if (damaged)
        m_result.warnings.append(tr("The document metadata (meta.xml) is damaged."));
}

} // namespace

Extraction OdfExtractor::extract(const QString &path, const ExtractionLimits &limits) const
{
    return Job(path, limits).run();
}
