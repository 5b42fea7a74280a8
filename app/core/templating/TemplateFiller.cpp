#include "core/templating/TemplateFiller.h"

#include "core/export/ZipWriter.h"
#include "core/extract/ZipPackage.h"
#include "core/templating/PlaceholderFinder.h"
#include "core/templating/RunTextMap.h"
#include "core/templating/ZipPatcher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <map>
#include <memory>

namespace {

// Members are copied whole through memory: a generous bound that still refuses a zip bomb.
constexpr qint64 MaxMemberBytes = 512ll * 1024 * 1024;

enum class Format { Docx, Odt, Other };

Format formatOf(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("docx"))
        return Format::Docx;
    if (suffix == QLatin1String("odt"))
        return Format::Odt;
    return Format::Other;
}

struct Occurrence
{
    int part = 0;
    int paragraph = 0;
    PlaceholderFinder::Match match;
    QString key;
    bool inField = false;
    bool fallback = false;
    QString location;
    QString context;
};

// The sentence around a placeholder, as plain text for a preview.
QString contextOf(const QString &paragraph, int start, int length)
{
    QString text = paragraph;
    for (QChar &c : text) {
        if (RunTextMap::isSeparator(c))
            c = u' ';
    }
    constexpr int Around = 80;
    int from = qMax(0, start - Around);
    int to = qMin(int(text.size()), start + length + Around);
    if (from > 0) {
        const int space = int(text.indexOf(u' ', from));
        if (space >= 0 && space < start)
            from = space + 1;
    }
    if (to < text.size()) {
        const int space = int(text.lastIndexOf(u' ', to));
        if (space > start + length)
            to = space;
    }
    QString context = text.mid(from, to - from).simplified();
    if (from > 0)
        context.prepend(QStringLiteral("… "));
    if (to < text.size())
        context.append(QStringLiteral(" …"));
    return context;
}

// One match in a paragraph, with where it sits; part, paragraph and a blank's key are the caller's.
Occurrence occurrenceOf(const RunTextMap::Paragraph &paragraph, const PlaceholderFinder::Match &match)
{
    Occurrence o;
    o.match = match;
    o.fallback = paragraph.fallback;
    o.location = paragraph.location;
    for (int c = match.start; c < match.start + match.length; ++c)
        o.inField = o.inField || paragraph.inField.at(c);
    if (o.inField)
        o.location = TemplateFiller::tr("Field code (%1)").arg(paragraph.location);
    if (match.kind != Placeholder::Kind::Blank)
        o.key = placeholderKey(match.name);
    o.context = contextOf(paragraph.text, match.start, match.length);
    return o;
}

// The placeholder an occurrence stands for, before its occurrences are counted.
Placeholder placeholderOf(const Occurrence &o)
{
    Placeholder p;
    p.key = o.key;
    p.name = o.match.name;
    p.written = o.match.written;
    p.kind = o.match.kind;
    p.meaning = o.match.meaning;
    if (!p.meaning.isEmpty())
        p.field = PlaceholderFinder::fieldForMeaning(p.meaning);
    else if (p.kind == Placeholder::Kind::Bracketed || p.kind == Placeholder::Kind::StandIn)
        p.field = PlaceholderFinder::fieldForName(p.name);
    return p;
}

} // namespace

struct TemplateFiller::Analysis
{
    Format format = Format::Other;
    QStringList members; // in archive order
    QHash<QString, QByteArray> contents; // what was read: relationships, manifest, text parts
    QStringList partNames; // the text parts, in reading order
    std::vector<std::unique_ptr<RunTextMap>> parts;
    QList<Occurrence> occurrences;
    TemplateScan scan;

    void addPart(const QString &name, RunTextMap::Dialect dialect, RunTextMap::PartKind kind)
    {
        partNames.append(name);
        parts.push_back(std::make_unique<RunTextMap>(dialect, kind));
    }
};

TemplateFiller::TemplateFiller(QString sourcePath, QString fileName)
    : m_source(std::move(sourcePath))
    , m_fileName(std::move(fileName))
{
}

bool TemplateFiller::isFillable(const QString &fileName)
{
    return formatOf(fileName) != Format::Other;
}

bool TemplateFiller::analyse(const QHash<QString, QString> &declared, Analysis *a, QString *error) const
{
    a->format = formatOf(m_fileName);
    // Only the parts with text are read here (within the extraction's bound for one XML part);
    // images and the like are copied later without being looked at.
    ZipPackage package(m_source);
    if (!openPackage(package, error))
        return false;
    a->members = package.memberNames();
    if (!readMember(package, QStringLiteral("_rels/.rels"), a, error)
        || !readMember(package, QStringLiteral("META-INF/manifest.xml"), a, error))
        return false;
    if (!(a->format == Format::Docx ? listDocxParts(a, error) : listOdtParts(a, error)))
        return false;
    for (const QString &part : std::as_const(a->partNames)) {
        if (!readMember(package, part, a, error))
            return false;
    }
    if (!findOccurrences(declared, a, error))
        return false;
    collectPlaceholders(a);
    a->scan.fillable = true;
    return true;
}

bool TemplateFiller::openPackage(ZipPackage &package, QString *error) const
{
    if (package.open())
        return true;
    const QString shown = QFileInfo(m_fileName).fileName();
    QFile file(m_source);
    const QByteArray magic = file.open(QIODevice::ReadOnly) ? file.read(8) : QByteArray();
    // An encrypted DOCX is no zip but an OLE container, as the old .doc format is.
    if (magic.startsWith("\xD0\xCF\x11\xE0"))
        *error = tr("%1 is protected by a password (or saved in the old Word format). Save it as a DOCX "
                    "without a password first.")
                     .arg(shown);
    else
        *error = tr("%1 is damaged and cannot be filled: %2").arg(shown, package.errorString());
    return false;
}

// Reads member into the analysis's contents, once; a member the package lacks counts as read.
bool TemplateFiller::readMember(ZipPackage &package, const QString &member, Analysis *a, QString *error) const
{
    if (!a->members.contains(member) || a->contents.contains(member))
        return true;
    const std::optional<QByteArray> data = package.read(member);
    if (!data) {
        const QString shown = QFileInfo(m_fileName).fileName();
        *error = package.errorString().contains(QLatin1String("encrypted"))
            ? tr("%1 is protected by a password and cannot be filled.").arg(shown)
            : tr("%1 is damaged and cannot be filled: %2").arg(shown, package.errorString());
        return false;
    }
    a->contents.insert(member, *data);
    return true;
}

bool TemplateFiller::listDocxParts(Analysis *a, QString *error) const
{
    // The main part is named by the package's relationships (Word Online writes document2.xml).
    QString main = QStringLiteral("word/document.xml");
    static const QRegularExpression officeDocument(
        QStringLiteral("<Relationship\\b[^>]*Type=\"[^\"]*/officeDocument\"[^>]*>"));
    static const QRegularExpression target(QStringLiteral("Target=\"/?([^\"]+)\""));
    const QRegularExpressionMatch rel
        = officeDocument.match(QString::fromUtf8(a->contents.value(QStringLiteral("_rels/.rels"))));
    if (rel.hasMatch()) {
        const QRegularExpressionMatch t = target.match(rel.captured());
        if (t.hasMatch() && a->members.contains(t.captured(1)))
            main = t.captured(1);
    }
    if (!a->members.contains(main)) {
        *error = tr("%1 is damaged and cannot be filled: it has no document text (%2).")
                     .arg(QFileInfo(m_fileName).fileName(), main);
        return false;
    }
    a->addPart(main, RunTextMap::Dialect::WordprocessingML, RunTextMap::PartKind::Body);
    static const QRegularExpression other(
        QStringLiteral("^word/(header\\d*|footer\\d*|footnotes|endnotes)\\.xml$"));
    for (const QString &member : std::as_const(a->members)) {
        const QRegularExpressionMatch m = other.match(member);
        if (!m.hasMatch())
            continue;
        const QString kind = m.captured(1);
        a->addPart(member, RunTextMap::Dialect::WordprocessingML,
                   kind.startsWith(QLatin1String("header"))       ? RunTextMap::PartKind::Header
                       : kind.startsWith(QLatin1String("footer")) ? RunTextMap::PartKind::Footer
                       : kind == QLatin1String("footnotes")       ? RunTextMap::PartKind::Footnotes
                                                                  : RunTextMap::PartKind::Endnotes);
    }
    return true;
}

bool TemplateFiller::listOdtParts(Analysis *a, QString *error) const
{
    const QString shown = QFileInfo(m_fileName).fileName();
    if (a->contents.value(QStringLiteral("META-INF/manifest.xml")).contains("encryption-data")) {
        *error = tr("%1 is protected by a password and cannot be filled.").arg(shown);
        return false;
    }
    if (!a->members.contains(QStringLiteral("content.xml"))) {
        *error = tr("%1 is damaged and cannot be filled: it has no document text (%2).")
                     .arg(shown, QStringLiteral("content.xml"));
        return false;
    }
    a->addPart(QStringLiteral("content.xml"), RunTextMap::Dialect::OpenDocument, RunTextMap::PartKind::Body);
    if (a->members.contains(QStringLiteral("styles.xml")))
        a->addPart(QStringLiteral("styles.xml"), RunTextMap::Dialect::OpenDocument,
                   RunTextMap::PartKind::Styles);
    return true;
}

// Parses each text part and lists every placeholder found in it, in reading order.
bool TemplateFiller::findOccurrences(const QHash<QString, QString> &declared, Analysis *a,
                                     QString *error) const
{
    QHash<QString, QString> declaredByKey;
    for (auto it = declared.cbegin(); it != declared.cend(); ++it)
        declaredByKey.insert(placeholderKey(PlaceholderFinder::nameOf(it.key())), it.value());
    const PlaceholderFinder finder(declared, m_extraStandIns);
    int blanks = 0;
    for (int p = 0; p < int(a->parts.size()); ++p) {
        RunTextMap &map = *a->parts[size_t(p)];
        QString reason;
        if (!map.parse(a->contents.value(a->partNames.at(p)), &reason)) {
            *error = tr("%1 is damaged and cannot be filled: the part %2 has %3.")
                         .arg(QFileInfo(m_fileName).fileName(), a->partNames.at(p), reason);
            return false;
        }
        for (int i = 0; i < map.paragraphs().size(); ++i) {
            const RunTextMap::Paragraph &paragraph = map.paragraphs().at(i);
            for (const PlaceholderFinder::Match &match : finder.find(paragraph.text)) {
                Occurrence o = occurrenceOf(paragraph, match);
                o.part = p;
                o.paragraph = i;
                if (match.kind == Placeholder::Kind::Blank) {
                    // Numbered in reading order; a fallback copy of a text box has no number of its own.
                    if (o.fallback || o.inField)
                        continue;
                    o.key = QStringLiteral("_%1").arg(++blanks);
                }
                if (o.match.meaning.isEmpty())
                    o.match.meaning = declaredByKey.value(o.key);
                a->occurrences.append(o);
            }
        }
    }
    return true;
}

// The placeholders, by key, in the order of their first occurrence.
void TemplateFiller::collectPlaceholders(Analysis *a)
{
    QHash<QString, int> index, fieldIndex;
    for (const Occurrence &o : std::as_const(a->occurrences)) {
        if (o.fallback)
            continue;
        QList<Placeholder> &list = o.inField ? a->scan.inFields : a->scan.placeholders;
        QHash<QString, int> &where = o.inField ? fieldIndex : index;
        auto it = where.find(o.key);
        if (it == where.end()) {
            it = where.insert(o.key, int(list.size()));
            list.append(placeholderOf(o));
        }
        Placeholder &p = list[*it];
        ++p.occurrences;
        if (p.contexts.size() < 3 && !p.contexts.contains(o.context))
            p.contexts.append(o.context);
        if (!p.locations.contains(o.location))
            p.locations.append(o.location);
    }
}

bool TemplateFiller::writePackage(const Analysis &a, const QHash<QString, QByteArray> &edited,
                                  QIODevice *device, QString *reason) const
{
    // Every member not edited is copied as it is stored (ZipPatcher); a package whose layout it
    // cannot follow is written anew, with the same contents.
    QFile source(m_source);
    if (source.open(QIODevice::ReadOnly)) {
        ZipPatcher patcher(source.readAll());
        if (patcher.open()) {
            if (patcher.write(edited, device))
                return true;
            *reason = patcher.errorString();
            return false;
        }
    }
    if (!device->seek(0)) {
        *reason = device->errorString();
        return false;
    }
    ZipWriter zip(device);
    const QDateTime now = QDateTime::currentDateTime();
    QStringList order = a.members;
    // ODF: the mimetype comes first and uncompressed, so that the format can be told from the bytes.
    const QString mimetype = QStringLiteral("mimetype");
    if (order.removeAll(mimetype) > 0)
        order.prepend(mimetype);
    ZipPackage package(m_source, MaxMemberBytes);
    bool ok = zip.open() && package.open();
    for (const QString &member : std::as_const(order)) {
        if (!ok)
            break;
        std::optional<QByteArray> data
            = edited.contains(member) ? edited.value(member) : package.read(member);
        if (!data) {
            *reason = package.errorString();
            return false;
        }
        ok = zip.addFile(member, *data, now,
                         member == mimetype ? ZipWriter::Compression::Store
                                            : ZipWriter::Compression::Deflate);
    }
    if (!(ok && zip.close())) {
        *reason = zip.errorString();
        return false;
    }
    return true;
}

bool TemplateFiller::scan(const QHash<QString, QString> &declared, TemplateScan *scan, QString *error) const
{
    *scan = TemplateScan();
    if (!isFillable(m_fileName))
        return true;
    Analysis a;
    if (!analyse(declared, &a, error))
        return false;
    *scan = a.scan;
    return true;
}

bool TemplateFiller::copyPlain(const QString &targetPath, QString *error) const
{
    QFile source(m_source);
    if (!source.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(QFileInfo(m_fileName).fileName(), source.errorString());
        return false;
    }
    QSaveFile target(targetPath);
    if (!target.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(targetPath), target.errorString());
        return false;
    }
    QByteArray buffer;
    while (!(buffer = source.read(1 << 20)).isEmpty()) {
        if (target.write(buffer) != buffer.size())
            break;
    }
    if (source.error() != QFileDevice::NoError || !target.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(targetPath), target.errorString());
        return false;
    }
    return true;
}

bool TemplateFiller::fill(const QHash<QString, QString> &declared, const QHash<QString, QString> &valuesByKey,
                          const QString &targetPath, FillResult *result, QString *error) const
{
    *result = FillResult();
    if (refuses(valuesByKey, targetPath, error))
        return false;
    if (!isFillable(m_fileName))
        return copyPlain(targetPath, error);
    Analysis a;
    if (!analyse(declared, &a, error))
        return false;
    applyValues(valuesByKey, &a, result);
    for (const Placeholder &p : std::as_const(a.scan.placeholders)) {
        if (valuesByKey.value(p.key).isEmpty()) {
            Placeholder left = p;
            left.reason = tr("no value given");
            result->left.append(left);
        }
    }
    for (const Placeholder &p : std::as_const(a.scan.inFields)) {
        Placeholder left = p;
        left.reason = tr("inside a field code; fields are left as they are");
        result->left.append(left);
    }
    return writeFilled(a, targetPath, error);
}

bool TemplateFiller::refuses(const QHash<QString, QString> &valuesByKey, const QString &targetPath,
                             QString *error) const
{
    const QFileInfo target(targetPath);
    if (target.exists() && target.canonicalFilePath() == QFileInfo(m_source).canonicalFilePath()) {
        *error = tr("The filled copy cannot replace the template itself; choose another file name.");
        return true;
    }
    for (auto it = valuesByKey.cbegin(); it != valuesByKey.cend(); ++it) {
        if (it.value().size() > MaxValueLength) {
            *error = tr("The value for \"%1\" is longer than %2 characters; shorten it.")
                         .arg(it.key())
                         .arg(MaxValueLength);
            return true;
        }
    }
    return false;
}

// Replaces every occurrence that has a value (not those in fields) in the parts' run maps.
void TemplateFiller::applyValues(const QHash<QString, QString> &valuesByKey, Analysis *a, FillResult *result)
{
    // The edits of each paragraph from its end to its start (RunTextMap::replace wants them so).
    std::map<std::pair<int, int>, QList<const Occurrence *>> byParagraph;
    for (const Occurrence &o : std::as_const(a->occurrences)) {
        if (o.inField)
            continue;
        const QString value = valuesByKey.value(o.key);
        if (value.isEmpty())
            continue;
        byParagraph[{ o.part, o.paragraph }].append(&o);
        if (!o.fallback)
            result->replaced.append({ o.match.written, value });
    }
    for (auto &[where, list] : byParagraph) {
        std::sort(list.begin(), list.end(),
                  [](const Occurrence *x, const Occurrence *y) { return x->match.start > y->match.start; });
        for (const Occurrence *o : std::as_const(list))
            a->parts[size_t(where.first)]->replace(where.second, o->match.start, o->match.length,
                                                   valuesByKey.value(o->key));
    }
}

bool TemplateFiller::writeFilled(const Analysis &a, const QString &targetPath, QString *error) const
{
    QHash<QString, QByteArray> edited;
    for (size_t p = 0; p < a.parts.size(); ++p) {
        if (a.parts[p]->isModified())
            edited.insert(a.partNames.at(int(p)), a.parts[p]->write());
    }
    const QString shownTarget = QDir::toNativeSeparators(targetPath);
    QSaveFile file(targetPath);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(shownTarget, file.errorString());
        return false;
    }
    QString reason;
    if (!writePackage(a, edited, &file, &reason) || !file.commit()) {
        file.cancelWriting();
        *error = tr("Cannot write %1: %2").arg(shownTarget, reason.isEmpty() ? file.errorString() : reason);
        return false;
    }
    return true;
}
