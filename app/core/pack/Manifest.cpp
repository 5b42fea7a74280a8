#include "core/pack/Manifest.h"

#include "core/library/TagNames.h"
#include "core/pack/JsonKeyScanner.h"
#include "core/pack/MetadataLimits.h"
#include "core/pack/MetadataSanitizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <cmath>

namespace {
int lineAt(const QByteArray &text, qsizetype offset)
{
    return int(text.left(offset).count('\n')) + 1;
}

QString cleanRelative(QString path)
{
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    while (path.startsWith(QLatin1String("./")))
        path.remove(0, 2);
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    return path;
}

// A value of the manifest quoted in a message: the message must not carry what the value could not.
QString shown(const QString &value)
{
    return MetadataSanitizer::clean(value, MetadataLimits::MaxFieldLength).text;
}

bool isAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}
} // namespace

// Reads the values of one parsed manifest, reporting each wrong type, bad value, control
// character and excess length at the line of its key.
class Manifest::Reader
{
    Q_DECLARE_TR_FUNCTIONS(Manifest)

public:
    Reader(Manifest &manifest, const QByteArray &json)
        : m_manifest(manifest)
        , m_lines(json)
    {
    }

    static QString typeName(const QJsonValue &value)
    {
        switch (value.type()) {
        case QJsonValue::Bool:
            return tr("true or false");
        case QJsonValue::Double:
            return tr("a number");
        case QJsonValue::String:
            return tr("text");
        case QJsonValue::Array:
            return tr("a list");
        case QJsonValue::Object:
            return tr("an object");
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            break;
        }
        return tr("empty");
    }

    // A text value; owner names what it belongs to ("Vergabe/a.pdf", "the pack").
    QString text(const QJsonObject &o, const JsonKeyScanner::Object &lines, const char *key,
                 const QString &owner, int maxLength,
                 MetadataSanitizer::Lines kind = MetadataSanitizer::Lines::Single)
    {
        const QString name = QLatin1String(key);
        const QJsonValue value = o.value(name);
        if (isAbsent(value))
            return {};
        QString raw;
        if (value.isString()) {
            raw = value.toString();
        } else if (value.isDouble() && name == QLatin1String("version")) {
            raw = value.toVariant().toString(); // "version": 3 is common and unambiguous
        } else {
            m_manifest.problem(
                lines.lineOf(name),
                tr("\"%1\" of %2 is %3, not text; it is ignored").arg(name, owner, typeName(value)));
            return {};
        }
        return cleaned(raw, lines.lineOf(name), name, owner, maxLength, kind);
    }

    QString cleaned(const QString &raw, int line, const QString &name, const QString &owner, int maxLength,
                    MetadataSanitizer::Lines kind = MetadataSanitizer::Lines::Single)
    {
        const MetadataSanitizer::Result r = MetadataSanitizer::clean(raw, maxLength, kind);
        if (r.removedCharacters)
            m_manifest.problem(
                line, tr("\"%1\" of %2 contains control characters; they were removed").arg(name, owner));
        if (r.cut)
            m_manifest.problem(line,
                               tr("\"%1\" of %2 is longer than %3 characters; it was cut")
                                   .arg(name, owner, QString::number(maxLength)));
        return r.text;
    }

    int year(const QJsonObject &o, const JsonKeyScanner::Object &lines, const QString &owner)
    {
        const QJsonValue value = o.value(QStringLiteral("year"));
        const int line = lines.lineOf(QStringLiteral("year"));
        if (isAbsent(value))
            return 0;
        double number = 0;
        QString text;
        if (value.isDouble()) {
            number = value.toDouble();
            text = QString::number(number);
        } else if (value.isString()) {
            text = shown(value.toString());
            bool ok = false;
            number = value.toString().trimmed().toInt(&ok);
            if (!ok) {
                m_manifest.problem(line, tr("\"year\" of %1 is not a number: \"%2\"").arg(owner, text));
                return 0;
            }
        } else {
            m_manifest.problem(
                line, tr("\"year\" of %1 is %2, not a number; it is ignored").arg(owner, typeName(value)));
            return 0;
        }
        if (number != std::floor(number) || number < 1 || number > 9999) {
            m_manifest.problem(line, tr("\"year\" of %1 is not a year: %2; it is ignored").arg(owner, text));
            return 0;
        }
        return int(number);
    }

    // Tags: cleaned, without empty ones and repetitions (compared as the catalog compares tags),
    // at most MetadataLimits::MaxTagsPerDocument. One warning per kind of problem, not per tag.
    // The tags as given: a list of texts, or one text of comma-separated tags; false when ignored.
    bool rawTags(const QJsonValue &value, int line, const QString &owner, QStringList *raw)
    {
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            int notText = 0;
            for (const QJsonValue &tag : array) {
                if (tag.isString())
                    raw->append(tag.toString());
                else if (!tag.isNull())
                    ++notText;
            }
            if (notText > 0)
                m_manifest.problem(
                    line, tr("%n tag(s) of %1 are not text; they are ignored", nullptr, notText).arg(owner));
        } else if (value.isString()) {
            *raw = value.toString().split(QLatin1Char(','));
        } else if (!isAbsent(value)) {
            m_manifest.problem(
                line, tr("\"tags\" of %1 is %2, not a list; it is ignored").arg(owner, typeName(value)));
            return false;
        }
        return true;
    }

    QStringList tags(const QJsonObject &o, const JsonKeyScanner::Object &lines, const QString &owner)
    {
        const QJsonValue value = o.value(QStringLiteral("tags"));
        const int line = lines.lineOf(QStringLiteral("tags"));
        QStringList raw;
        if (!rawTags(value, line, owner, &raw))
            return {};
        QStringList result;
        // Keys of the tags taken: a few are compared one by one, many through a set (linear).
        QStringList keyList;
        QSet<QString> keySet;
        bool removedCharacters = false;
        int cut = 0;
        int dropped = 0;
        for (const QString &tag : std::as_const(raw)) {
            const MetadataSanitizer::Result r = MetadataSanitizer::clean(tag, MetadataLimits::MaxTagLength);
            removedCharacters = removedCharacters || r.removedCharacters;
            if (r.text.isEmpty())
                continue;
            const QString key = TagNames::key(r.text);
            if (key.isEmpty() || (keySet.isEmpty() ? keyList.contains(key) : keySet.contains(key)))
                continue;
            if (result.size() >= MetadataLimits::MaxTagsPerDocument) {
                ++dropped;
                continue;
            }
            cut += r.cut ? 1 : 0;
            keyList.append(key);
            if (keyList.size() > 16 && keySet.isEmpty())
                keySet = QSet<QString>(keyList.cbegin(), keyList.cend());
            else if (!keySet.isEmpty())
                keySet.insert(key);
            result.append(r.text);
        }
        if (removedCharacters)
            m_manifest.problem(line,
                               tr("\"tags\" of %1 contain control characters; they were removed").arg(owner));
        if (cut > 0)
            m_manifest.problem(
                line,
                tr("%n tag(s) of %1 are longer than %2 characters; they were cut", nullptr, cut)
                    .arg(owner, QString::number(MetadataLimits::MaxTagLength)));
        if (dropped > 0)
            m_manifest.problem(line,
                               tr("%1 has more than %2 tags; the other %n were left out", nullptr, dropped)
                                   .arg(owner, QString::number(MetadataLimits::MaxTagsPerDocument)));
        return result;
    }

    // Placeholders: an object of written form → meaning, both text, cleaned and bounded like tags.
    QHash<QString, QString> placeholders(const QJsonObject &o, const JsonKeyScanner::Object &lines, const QString &owner)
    {
        const QJsonValue value = o.value(QStringLiteral("placeholders"));
        const int line = lines.lineOf(QStringLiteral("placeholders"));
        if (isAbsent(value))
            return {};
        if (!value.isObject()) {
            m_manifest.problem(line,
                               tr("\"placeholders\" of %1 is %2, not an object; it is ignored").arg(owner, typeName(value)));
            return {};
        }
        const QJsonObject object = value.toObject();
        QHash<QString, QString> result;
        int notText = 0;
        int dropped = 0;
        bool removedCharacters = false;
        bool cut = false;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!it.value().isString()) {
                ++notText;
                continue;
            }
            const MetadataSanitizer::Result written = MetadataSanitizer::clean(it.key(), MetadataLimits::MaxFieldLength);
            const MetadataSanitizer::Result meaning
                = MetadataSanitizer::clean(it.value().toString(), MetadataLimits::MaxFieldLength);
            removedCharacters = removedCharacters || written.removedCharacters || meaning.removedCharacters;
            cut = cut || written.cut || meaning.cut;
            if (written.text.trimmed().isEmpty())
                continue;
            if (result.size() >= MetadataLimits::MaxPlaceholdersPerDocument) {
                ++dropped;
                continue;
            }
            result.insert(written.text.trimmed(), meaning.text.trimmed());
        }
        if (notText > 0)
            m_manifest.problem(
                line, tr("%n placeholder(s) of %1 have no text as their meaning; they are ignored", nullptr, notText)
                          .arg(owner));
        if (removedCharacters)
            m_manifest.problem(line,
                               tr("\"placeholders\" of %1 contain control characters; they were removed").arg(owner));
        if (cut)
            m_manifest.problem(line,
                               tr("\"placeholders\" of %1 hold text longer than %2 characters; it was cut")
                                   .arg(owner, QString::number(MetadataLimits::MaxFieldLength)));
        if (dropped > 0)
            m_manifest.problem(
                line, tr("%1 has more than %2 placeholders; the other %n were left out", nullptr, dropped)
                          .arg(owner, QString::number(MetadataLimits::MaxPlaceholdersPerDocument)));
        return result;
    }

    void reportDuplicateKeys()
    {
        for (const JsonKeyScanner::DuplicateKey &duplicate : m_lines.duplicateKeys())
            m_manifest.problem(duplicate.line,
                               tr("\"%1\" appears twice in the same {…} block; the last value counts")
                                   .arg(shown(duplicate.key)));
    }

    // "format" and "formatVersion"; false when the manifest is to be ignored.
    bool readFormat(const QJsonObject &root)
    {
        const JsonKeyScanner::Object &rootLines = m_lines.root();
        const QJsonValue format = root.value(QStringLiteral("format"));
        if (!isAbsent(format) && (!format.isString() || format.toString() != QLatin1String(FormatName)))
            m_manifest.problem(rootLines.lineOf(QStringLiteral("format")),
                               tr("unknown format \"%1\", read as \"%2\"")
                                   .arg(format.isString() ? shown(format.toString()) : typeName(format),
                                        QLatin1String(FormatName)));
        // A newer version may mean something else by the same keys: better no metadata than wrong metadata.
        const QJsonValue version = root.value(QStringLiteral("formatVersion"));
        if (isAbsent(version)
            || (version.isDouble() && version.toDouble() >= 1 && version.toDouble() <= FormatVersion
                && version.toDouble() == std::floor(version.toDouble())))
            return true;
        const QString value = version.isString() ? QStringLiteral("\"%1\"").arg(shown(version.toString()))
            : version.isDouble()                 ? QString::number(version.toDouble())
                                                 : typeName(version);
        m_manifest.problem(
            rootLines.lineOf(QStringLiteral("formatVersion")),
            tr("format version %1 is not supported (this program reads version %2); the manifest is ignored")
                .arg(value, QString::number(FormatVersion)));
        return false;
    }

    void readPack(const QJsonObject &root)
    {
        const QJsonValue packValue = root.value(QStringLiteral("pack"));
        if (!isAbsent(packValue) && !packValue.isObject())
            m_manifest.problem(m_lines.root().lineOf(QStringLiteral("pack")),
                               tr("\"pack\" is %1, not an object; it is ignored").arg(typeName(packValue)));
        const QJsonObject pack = packValue.toObject();
        const JsonKeyScanner::Object packLines = m_lines.value(QStringLiteral("pack"));
        const QString thePack = tr("the pack");
        Pack &p = m_manifest.m_pack;
        p.name = text(pack, packLines, "name", thePack, MetadataLimits::MaxFieldLength);
        p.version = text(pack, packLines, "version", thePack, MetadataLimits::MaxFieldLength);
        p.publisher = text(pack, packLines, "publisher", thePack, MetadataLimits::MaxFieldLength);
        p.date = text(pack, packLines, "date", thePack, MetadataLimits::MaxFieldLength);
        p.description = text(pack, packLines, "description", thePack, MetadataLimits::MaxDescriptionLength,
                             MetadataSanitizer::Lines::Multiple);
    }

    void readDocuments(const QJsonObject &root)
    {
        const QJsonValue documents = root.value(QStringLiteral("documents"));
        if (!isAbsent(documents) && !documents.isArray())
            m_manifest.problem(m_lines.root().lineOf(QStringLiteral("documents")),
                               tr("\"documents\" must be an array"));
        const QJsonArray array = documents.toArray();
        const QList<JsonKeyScanner::Object> documentLines = m_lines.elements(QStringLiteral("documents"));
        for (int i = 0; i < array.size(); ++i) {
            const JsonKeyScanner::Object fields
                = i < documentLines.size() ? documentLines.at(i) : JsonKeyScanner::Object();
            Entry e;
            if (!readEntry(array.at(i), fields, i + 1, &e))
                continue;
            m_manifest.m_index.insert(e.file, m_manifest.m_entries.size());
            m_manifest.m_entries.append(e);
        }
    }

    // Document number n of the array; false when it is skipped (no usable, new "file").
    bool readEntry(const QJsonValue &value, const JsonKeyScanner::Object &fields, int n, Entry *e)
    {
        if (!value.isObject()) {
            m_manifest.problem(fields.line, tr("document %1 is not an object; skipped").arg(n));
            return false;
        }
        const QJsonObject o = value.toObject();
        const QJsonValue file = o.value(QStringLiteral("file"));
        e->line = fields.lineOf(QStringLiteral("file"));
        if (!isAbsent(file) && !file.isString()) {
            m_manifest.problem(
                e->line, tr("\"file\" of document %1 is %2, not text; skipped").arg(n).arg(typeName(file)));
            return false;
        }
        // Compared in normal form C: a Mac writes "ü" as "u" and a combining diaeresis.
        e->file = cleanRelative(file.toString().trimmed()).normalized(QString::NormalizationForm_C);
        if (e->file.isEmpty()) {
            m_manifest.problem(fields.line, tr("document %1 has no \"file\"; skipped").arg(n));
            return false;
        }
        if (MetadataSanitizer::containsUnsafe(e->file)) { // the import refuses such names in a pack
            m_manifest.problem(e->line,
                               tr("\"file\" of document %1 contains control characters; skipped").arg(n));
            return false;
        }
        if (m_manifest.m_index.contains(e->file)) {
            m_manifest.problem(e->line, tr("%1 is listed twice; the first entry counts").arg(e->file));
            return false;
        }
        readMetadata(o, fields, e);
        return true;
    }

    void readMetadata(const QJsonObject &o, const JsonKeyScanner::Object &fields, Entry *e)
    {
        const QString &owner = e->file;
        e->title = text(o, fields, "title", owner, MetadataLimits::MaxTitleLength);
        e->description = text(o, fields, "description", owner, MetadataLimits::MaxDescriptionLength,
                              MetadataSanitizer::Lines::Multiple);
        e->category = text(o, fields, "category", owner, MetadataLimits::MaxFieldLength);
        e->type = text(o, fields, "type", owner, MetadataLimits::MaxFieldLength);
        e->municipality = text(o, fields, "municipality", owner, MetadataLimits::MaxFieldLength);
        e->license = text(o, fields, "license", owner, MetadataLimits::MaxFieldLength);
        e->language = text(o, fields, "language", owner, MetadataLimits::MaxFieldLength);
        e->year = year(o, fields, owner);
        e->tags = tags(o, fields, owner);
        e->placeholders = placeholders(o, fields, owner);
    }

private:
    Manifest &m_manifest;
    const JsonKeyScanner m_lines;
};

void Manifest::problem(int line, const QString &message)
{
    m_problems.append(line > 0
                          ? QStringLiteral("%1:%2: %3").arg(m_displayName, QString::number(line), message)
                          : QStringLiteral("%1: %2").arg(m_displayName, message));
}

Manifest Manifest::parse(const QByteArray &json, const QString &displayName)
{
    Manifest m;
    m.m_present = true;
    m.m_ignored = true; // until it turns out readable
    m.m_displayName = displayName;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        m.problem(lineAt(json, parseError.offset), tr("malformed JSON (%1); the manifest is ignored").arg(parseError.errorString()));
        return m;
    }
    if (!doc.isObject()) {
        m.problem(1, tr("the manifest must be a JSON object; it is ignored"));
        return m;
    }
    Reader reader(m, json);
    reader.reportDuplicateKeys();
    const QJsonObject root = doc.object();
    if (!reader.readFormat(root))
        return m;
    m.m_ignored = false;
    reader.readPack(root);
    reader.readDocuments(root);
    return m;
}

const Manifest::Entry *Manifest::entryFor(const QString &path) const
{
    if (m_indexed != m_entries.size()) { // built when first asked, again after entries() changed it
        m_index.clear();
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            const QString key = m_entries.at(i).file.normalized(QString::NormalizationForm_C);
            if (!m_index.contains(key)) // the first entry of a file counts
                m_index.insert(key, i);
        }
        m_indexed = m_entries.size();
    }
    const auto it = m_index.constFind(path.normalized(QString::NormalizationForm_C));
    return it == m_index.cend() ? nullptr : &m_entries.at(*it);
}

QByteArray Manifest::toJson() const
{
    QJsonObject pack;
    auto put = [](QJsonObject &o, const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put(pack, "name", m_pack.name);
    put(pack, "version", m_pack.version);
    put(pack, "publisher", m_pack.publisher);
    put(pack, "date", m_pack.date);
    put(pack, "description", m_pack.description);
    QJsonArray documents;
    for (const Entry &e : m_entries) {
        QJsonObject o;
        put(o, "file", e.file);
        put(o, "title", e.title);
        put(o, "description", e.description);
        put(o, "category", e.category);
        put(o, "type", e.type);
        if (!e.tags.isEmpty())
            o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(e.tags));
        put(o, "municipality", e.municipality);
        if (e.year > 0)
            o.insert(QStringLiteral("year"), e.year);
        put(o, "license", e.license);
        put(o, "language", e.language);
        if (!e.placeholders.isEmpty()) {
            QJsonObject placeholders;
            for (auto it = e.placeholders.cbegin(); it != e.placeholders.cend(); ++it)
                placeholders.insert(it.key(), it.value());
            o.insert(QStringLiteral("placeholders"), placeholders);
        }
        documents.append(o);
    }
    QJsonObject root{{QStringLiteral("format"), QLatin1String(FormatName)},
                     {QStringLiteral("formatVersion"), 1},
                     {QStringLiteral("pack"), pack},
                     {QStringLiteral("documents"), documents}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}
