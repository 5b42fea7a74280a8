#include "import/Manifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
int lineAt(const QByteArray &text, qsizetype offset)
{
    return int(text.left(offset).count('\n')) + 1;
}

// The line where `"file": "<name>"` stands; QJsonDocument keeps no positions.
int lineOfFile(const QByteArray &text, const QString &file, qsizetype *searchFrom)
{
    const QByteArray escaped = QJsonDocument(QJsonArray{file}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    const QRegularExpression pattern(QStringLiteral("\"file\"\\s*:\\s*") + QRegularExpression::escape(QString::fromUtf8(escaped)));
    const QString haystack = QString::fromUtf8(text);
    const auto match = pattern.match(haystack, *searchFrom);
    if (!match.hasMatch())
        return 0;
    *searchFrom = match.capturedEnd();
    return int(haystack.left(match.capturedStart()).count(QLatin1Char('\n'))) + 1;
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
} // namespace

void Manifest::problem(int line, const QString &message)
{
    m_problems.append(line > 0 ? QStringLiteral("%1:%2: %3").arg(m_displayName).arg(line).arg(message)
                               : QStringLiteral("%1: %2").arg(m_displayName, message));
}

Manifest Manifest::parse(const QByteArray &json, const QString &displayName)
{
    Manifest m;
    m.m_present = true;
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
    const QJsonObject root = doc.object();
    const QString format = root.value(QStringLiteral("format")).toString();
    if (!format.isEmpty() && format != QLatin1String(FormatName))
        m.problem(0, tr("unknown format \"%1\", read as \"%2\"").arg(format, QLatin1String(FormatName)));

    const QJsonObject pack = root.value(QStringLiteral("pack")).toObject();
    m.m_pack.name = pack.value(QStringLiteral("name")).toString().trimmed();
    m.m_pack.version = pack.value(QStringLiteral("version")).toVariant().toString().trimmed();
    m.m_pack.publisher = pack.value(QStringLiteral("publisher")).toString().trimmed();
    m.m_pack.date = pack.value(QStringLiteral("date")).toString().trimmed();
    m.m_pack.description = pack.value(QStringLiteral("description")).toString().trimmed();

    const QJsonValue documents = root.value(QStringLiteral("documents"));
    if (!documents.isUndefined() && !documents.isArray())
        m.problem(0, tr("\"documents\" must be an array"));
    qsizetype searchFrom = 0;
    const QJsonArray array = documents.toArray();
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            m.problem(0, tr("document %1 is not an object; skipped").arg(i + 1));
            continue;
        }
        const QJsonObject o = array.at(i).toObject();
        Entry e;
        e.file = cleanRelative(o.value(QStringLiteral("file")).toString().trimmed());
        if (e.file.isEmpty()) {
            m.problem(0, tr("document %1 has no \"file\"; skipped").arg(i + 1));
            continue;
        }
        e.line = lineOfFile(json, o.value(QStringLiteral("file")).toString(), &searchFrom);
        auto text = [&](const char *key) { return o.value(QLatin1String(key)).toString().trimmed(); };
        e.title = text("title");
        e.description = text("description");
        e.category = text("category");
        e.type = text("type");
        e.municipality = text("municipality");
        e.license = text("license");
        e.language = text("language");
        const QJsonValue year = o.value(QStringLiteral("year"));
        if (year.isDouble()) {
            e.year = year.toInt();
        } else if (year.isString()) {
            bool ok = false;
            e.year = year.toString().trimmed().toInt(&ok);
            if (!ok)
                m.problem(e.line, tr("\"year\" of %1 is not a number: \"%2\"").arg(e.file, year.toString()));
        }
        const QJsonValue tags = o.value(QStringLiteral("tags"));
        if (tags.isArray()) {
            for (const QJsonValue &tag : tags.toArray()) {
                if (!tag.toString().trimmed().isEmpty())
                    e.tags.append(tag.toString().trimmed());
            }
        } else if (tags.isString()) {
            for (const QString &tag : tags.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
                e.tags.append(tag.trimmed());
        }
        if (m.entryFor(e.file))
            m.problem(e.line, tr("%1 is listed twice; the first entry counts").arg(e.file));
        else
            m.m_entries.append(e);
    }
    return m;
}

const Manifest::Entry *Manifest::entryFor(const QString &path) const
{
    for (const Entry &e : m_entries) {
        if (e.file == path)
            return &e;
    }
    return nullptr;
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
        documents.append(o);
    }
    QJsonObject root{{QStringLiteral("format"), QLatin1String(FormatName)},
                     {QStringLiteral("formatVersion"), 1},
                     {QStringLiteral("pack"), pack},
                     {QStringLiteral("documents"), documents}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}
