#include "core/templating/MunicipalityProfile.h"

#include "core/library/Library.h"
#include "core/library/PersonalOverlay.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {
// Bounds that keep a hand-edited or damaged file from filling a document with megabytes: a field is
// a line of an address block, a remembered value at most a short paragraph.
constexpr int kMaxFieldLength = 1000;
constexpr int kMaxValueLength
    = 10000; // TemplateFiller::MaxValueLength: whatever could be filled can be remembered
constexpr int kMaxStandInNames = 200;
constexpr int kMaxRemembered = 2000;
constexpr qint64 kMaxFileSize = 4 * 1024 * 1024;

struct FieldKey
{
    MunicipalityProfile::Field field;
    const char *key;
};

// The JSON keys are stable: profiles written by one version are read by the next.
constexpr FieldKey kFieldKeys[] = {
    { MunicipalityProfile::Field::Name, "name" },
    { MunicipalityProfile::Field::District, "district" },
    { MunicipalityProfile::Field::Street, "street" },
    { MunicipalityProfile::Field::PostalCode, "postalCode" },
    { MunicipalityProfile::Field::City, "city" },
    { MunicipalityProfile::Field::Phone, "phone" },
    { MunicipalityProfile::Field::Email, "email" },
    { MunicipalityProfile::Field::Website, "website" },
    { MunicipalityProfile::Field::Mayor, "mayor" },
    { MunicipalityProfile::Field::ContactPerson, "contactPerson" },
    { MunicipalityProfile::Field::Department, "department" },
    { MunicipalityProfile::Field::Logo, "logo" },
};

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// The profile file's top-level object, within the size bound.
std::optional<QJsonObject> profileObject(const QByteArray &json, QString *error)
{
    if (json.size() > kMaxFileSize) {
        setError(error,
                 ProfileStore::tr("The municipality profile is larger than %1 MB.").arg(kMaxFileSize >> 20));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        setError(error,
                 parseError.error != QJsonParseError::NoError
                     ? ProfileStore::tr("The municipality profile is not valid JSON (at character %1: %2).")
                           .arg(parseError.offset)
                           .arg(parseError.errorString())
                     : ProfileStore::tr("The municipality profile is not a JSON object."));
        return std::nullopt;
    }
    return doc.object();
}

bool readFields(const QJsonValue &fieldsValue, MunicipalityProfile *profile, QString *error)
{
    if (!fieldsValue.isUndefined() && !fieldsValue.isObject()) {
        setError(error, ProfileStore::tr("The municipality profile's \"fields\" is not an object."));
        return false;
    }
    const QJsonObject fieldsObject = fieldsValue.toObject();
    for (auto it = fieldsObject.constBegin(); it != fieldsObject.constEnd(); ++it) {
        const auto field = MunicipalityProfile::fieldForKey(it.key());
        if (!field)
            continue; // written by a newer version: ignored, not an error
        if (!it.value().isString()) {
            setError(error,
                     ProfileStore::tr("The municipality profile's field \"%1\" is not text.").arg(it.key()));
            return false;
        }
        const QString value = it.value().toString();
        if (value.size() > kMaxFieldLength) {
            setError(error,
                     ProfileStore::tr("The municipality profile's field \"%1\" is longer than %2 characters.")
                         .arg(it.key())
                         .arg(kMaxFieldLength));
            return false;
        }
        if (!value.isEmpty())
            profile->values.insert(*field, value);
    }
    return true;
}

bool readStandInNames(const QJsonValue &namesValue, MunicipalityProfile *profile, QString *error)
{
    if (!namesValue.isUndefined() && !namesValue.isArray()) {
        setError(error, ProfileStore::tr("The municipality profile's \"standInNames\" is not a list."));
        return false;
    }
    const QJsonArray names = namesValue.toArray();
    if (names.size() > kMaxStandInNames) {
        setError(error,
                 ProfileStore::tr("The municipality profile lists more than %1 stand-in names.")
                     .arg(kMaxStandInNames));
        return false;
    }
    for (const QJsonValue &name : names) {
        if (!name.isString() || name.toString().size() > kMaxFieldLength) {
            setError(error,
                     ProfileStore::tr("A stand-in name in the municipality profile is not text of at most %1 "
                                      "characters.")
                         .arg(kMaxFieldLength));
            return false;
        }
        const QString trimmed = name.toString().trimmed();
        if (!trimmed.isEmpty() && !profile->extraStandInNames.contains(trimmed))
            profile->extraStandInNames.append(trimmed);
    }
    return true;
}

bool readRemembered(const QJsonValue &rememberedValue, MunicipalityProfile *profile, QString *error)
{
    if (!rememberedValue.isUndefined() && !rememberedValue.isObject()) {
        setError(error, ProfileStore::tr("The municipality profile's \"remembered\" is not an object."));
        return false;
    }
    const QJsonObject rememberedObject = rememberedValue.toObject();
    if (rememberedObject.size() > kMaxRemembered) {
        setError(
            error,
            ProfileStore::tr("The municipality profile remembers more than %1 values.").arg(kMaxRemembered));
        return false;
    }
    for (auto it = rememberedObject.constBegin(); it != rememberedObject.constEnd(); ++it) {
        if (!it.value().isString() || it.value().toString().size() > kMaxValueLength
            || it.key().size() > kMaxFieldLength) {
            setError(
                error,
                ProfileStore::tr("The value remembered for \"%1\" in the municipality profile is not text "
                                 "of at most %2 characters.")
                    .arg(it.key().left(80))
                    .arg(kMaxValueLength));
            return false;
        }
        profile->remembered.insert(it.key(), it.value().toString());
    }
    return true;
}
} // namespace

QList<MunicipalityProfile::Field> MunicipalityProfile::fields()
{
    QList<Field> all;
    for (const FieldKey &entry : kFieldKeys)
        all.append(entry.field);
    return all;
}

bool MunicipalityProfile::isEmpty() const
{
    for (const QString &value : values) {
        if (!value.trimmed().isEmpty())
            return false;
    }
    // Remembered values are a memory of typing, not the municipality's details.
    return extraStandInNames.isEmpty();
}

QString MunicipalityProfile::key(Field field)
{
    for (const FieldKey &entry : kFieldKeys) {
        if (entry.field == field)
            return QString::fromLatin1(entry.key);
    }
    return QString();
}

std::optional<MunicipalityProfile::Field> MunicipalityProfile::fieldForKey(const QString &key)
{
    for (const FieldKey &entry : kFieldKeys) {
        if (key.compare(QLatin1String(entry.key), Qt::CaseInsensitive) == 0)
            return entry.field;
    }
    return std::nullopt;
}

MunicipalityProfile MunicipalityProfile::over(const MunicipalityProfile &libraryDefault) const
{
    MunicipalityProfile merged = libraryDefault;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!it.value().trimmed().isEmpty())
            merged.values.insert(it.key(), it.value());
    }
    for (const QString &name : extraStandInNames) {
        if (!merged.extraStandInNames.contains(name))
            merged.extraStandInNames.append(name);
    }
    for (auto it = remembered.cbegin(); it != remembered.cend(); ++it) {
        if (!it.value().isEmpty())
            merged.remembered.insert(it.key(), it.value());
    }
    return merged;
}

QByteArray MunicipalityProfile::toJson() const
{
    QJsonObject fieldsObject;
    for (const FieldKey &entry : kFieldKeys) {
        const QString value = values.value(entry.field);
        if (!value.isEmpty())
            fieldsObject.insert(QLatin1String(entry.key), value);
    }
    QJsonObject rememberedObject;
    for (auto it = remembered.cbegin(); it != remembered.cend(); ++it)
        rememberedObject.insert(it.key(), it.value());
    QJsonObject root;
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("fields"), fieldsObject);
    root.insert(QStringLiteral("standInNames"), QJsonArray::fromStringList(extraStandInNames));
    root.insert(QStringLiteral("remembered"), rememberedObject);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<MunicipalityProfile> MunicipalityProfile::fromJson(const QByteArray &json, QString *error)
{
    const std::optional<QJsonObject> root = profileObject(json, error);
    if (!root)
        return std::nullopt;
    MunicipalityProfile profile;
    if (!readFields(root->value(QStringLiteral("fields")), &profile, error)
        || !readStandInNames(root->value(QStringLiteral("standInNames")), &profile, error)
        || !readRemembered(root->value(QStringLiteral("remembered")), &profile, error))
        return std::nullopt;
    return profile;
}

QString ProfileStore::userProfilePath()
{
    const QString fromEnv = qEnvironmentVariable("SRTOOLBOX_PROFILE");
    if (!fromEnv.isEmpty())
        return QDir(fromEnv).absolutePath();
    // Beside the personal tags and favourites: the user's own data, not the library's.
    return QFileInfo(PersonalOverlay::defaultPath()).absolutePath() + QStringLiteral("/profile.json");
}

std::optional<MunicipalityProfile> ProfileStore::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return MunicipalityProfile();
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, tr("Cannot read the municipality profile %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    // One byte more than allowed is enough to tell an oversize file.
    const QByteArray json = file.read(kMaxFileSize + 1);
    QString reason;
    auto profile = MunicipalityProfile::fromJson(json, &reason);
    if (!profile) {
        setError(error, tr("The municipality profile %1 is damaged: %2").arg(path, reason));
        return std::nullopt;
    }
    return profile;
}

bool ProfileStore::save(const MunicipalityProfile &profile, const QString &path, QString *error)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        setError(error, tr("Cannot create the folder for the municipality profile %1.").arg(path));
        return false;
    }
    QSaveFile file(path); // a temporary file renamed over the old one at commit()
    const QByteArray json = profile.toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        setError(error, tr("Cannot save the municipality profile %1: %2").arg(path, file.errorString()));
        file.cancelWriting();
        return false;
    }
    return true;
}

std::optional<MunicipalityProfile> ProfileStore::loadLibraryDefault(const Catalog &catalog, QString *error)
{
    const QByteArray json = catalog.defaultProfileJson();
    if (json.isEmpty()) {
        if (!catalog.lastError().isEmpty()) {
            setError(
                error,
                tr("Cannot read the library's default municipality profile: %1").arg(catalog.lastError()));
            return std::nullopt;
        }
        return MunicipalityProfile();
    }
    QString reason;
    auto profile = MunicipalityProfile::fromJson(json, &reason);
    if (!profile)
        setError(error, tr("The library's default municipality profile is damaged: %1").arg(reason));
    return profile;
}

bool ProfileStore::saveLibraryDefault(Library &library, const MunicipalityProfile &profile, QString *error)
{
    if (library.isReadOnly()) {
        setError(error,
                 tr("The library's default municipality profile cannot be changed: %1")
                     .arg(library.readOnlyReason()));
        return false;
    }
    MunicipalityProfile shared = profile;
    shared.remembered.clear();
    if (!library.catalog().setDefaultProfileJson(shared.isEmpty() ? QByteArray() : shared.toJson())) {
        setError(error,
                 tr("Cannot store the library's default municipality profile: %1")
                     .arg(library.catalog().lastError()));
        return false;
    }
    return true;
}

MunicipalityProfile ProfileStore::effective(const QString &userPath, const Catalog &catalog, QString *error)
{
    QStringList problems;
    QString reason;
    const auto mine = load(userPath, &reason);
    if (!mine)
        problems.append(reason);
    const auto libraryDefault = loadLibraryDefault(catalog, &reason);
    if (!libraryDefault)
        problems.append(reason);
    if (error)
        *error = problems.join(QLatin1Char('\n'));
    return mine.value_or(MunicipalityProfile()).over(libraryDefault.value_or(MunicipalityProfile()));
}
