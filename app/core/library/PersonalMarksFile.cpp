#include "core/library/PersonalMarksFile.h"

#include "core/library/ContentStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {
const QLatin1String FormatName("srtoolbox-personal-marks");
constexpr int MaxNoteLength = 100000;
constexpr int MaxTagsPerDocument = 1000;
} // namespace

bool PersonalMarksFile::write(const QList<DocumentMarks> &marks,
                              const std::function<QString(const QString &)> &titleOf, const QString &path,
                              QString *error)
{
    QJsonArray documents;
    for (const DocumentMarks &m : marks) {
        QJsonObject entry { { QStringLiteral("sha256"), m.sha256 } };
        const QString title = titleOf ? titleOf(m.sha256) : QString();
        if (!title.isEmpty())
            entry.insert(QStringLiteral("title"), title);
        if (m.favorite)
            entry.insert(QStringLiteral("favorite"), true);
        if (!m.tags.isEmpty())
            entry.insert(QStringLiteral("tags"), QJsonArray::fromStringList(m.tags));
        if (!m.note.isEmpty())
            entry.insert(QStringLiteral("note"), m.note);
        documents.append(entry);
    }
    const QJsonObject root { { QStringLiteral("format"), FormatName },
                             { QStringLiteral("formatVersion"), FormatVersion },
                             { QStringLiteral("documents"), documents } };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool PersonalMarksFile::read(const QString &path, QList<DocumentMarks> *marks, QStringList *warnings,
                             QString *error)
{
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = tr("Cannot read the personal marks file %1: %2").arg(path, reason);
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    if (file.size() > MaxFileSize)
        return fail(tr("it is larger than %1 MB.").arg(MaxFileSize / (1024 * 1024)));
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(
            tr("it is not valid JSON (%1 at byte %2).").arg(parseError.errorString()).arg(parseError.offset));
    const QJsonObject root = json.object();
    if (root.value(QStringLiteral("format")).toString() != FormatName)
        return fail(tr("it is not a file of personal marks (\"format\" is not \"%1\").").arg(FormatName));
    if (root.value(QStringLiteral("formatVersion")).toInt(-1) != FormatVersion)
        return fail(tr("it was written in another version (%1) of the format; this program reads version %2.")
                        .arg(root.value(QStringLiteral("formatVersion")).toVariant().toString())
                        .arg(FormatVersion));
    if (!root.value(QStringLiteral("documents")).isArray())
        return fail(tr("\"documents\" is not a list."));
    const QJsonArray documents = root.value(QStringLiteral("documents")).toArray();
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const QJsonObject entry = documents.at(i).toObject();
        DocumentMarks m;
        m.sha256 = entry.value(QStringLiteral("sha256")).toString();
        const QJsonValue tags = entry.value(QStringLiteral("tags"));
        const QJsonValue note = entry.value(QStringLiteral("note"));
        const QJsonValue favorite = entry.value(QStringLiteral("favorite"));
        if (!documents.at(i).isObject() || !ContentStore::isSha256(m.sha256)
            || !(tags.isUndefined() || tags.isArray()) || !(note.isUndefined() || note.isString())
            || !(favorite.isUndefined() || favorite.isBool())) {
            if (warnings)
                warnings->append(tr("Entry %1 was skipped: it lacks a valid SHA-256 or has a value of the "
                                    "wrong type.")
                                     .arg(i + 1));
            continue;
        }
        m.favorite = favorite.toBool();
        for (const QJsonValue &tag : tags.toArray())
            if (tag.isString() && m.tags.size() < MaxTagsPerDocument)
                m.tags.append(tag.toString());
        m.note = note.toString().left(MaxNoteLength);
        marks->append(m);
    }
    return true;
}
