#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

class Catalog;
class Library;

// The municipality's own details that a template's placeholders are filled from (issue #14): the
// Gemeindeprofil. Kept per user as a small JSON file (ProfileStore); a library may carry a default
// that its admin set, which a user's own values override field by field.
struct MunicipalityProfile
{
    enum class Field {
        Name, // "Gemeinde Lahnfels"
        District, // Landkreis
        Street, // street and number
        PostalCode,
        City,
        Phone,
        Email,
        Website,
        Mayor, // Bürgermeisterin / Bürgermeister
        ContactPerson,
        Department, // the contact person's department
        Logo, // path of an image file
    };
    static QList<Field> fields(); // in the order the settings show them

    QHash<Field, QString> values;
    // Stand-in names the user adds to the built-in ones (Musterstadt, Musterbach, Mustergemeinde,
    // Max Mustermann, …); each is replaced like a placeholder.
    QStringList extraStandInNames;
    // The last value typed for a placeholder, by placeholderKey(): proposed the next time.
    QHash<QString, QString> remembered;

    QString value(Field field) const { return values.value(field); }
    // No field and no stand-in name; remembered values alone are a memory of typing, not details.
    bool isEmpty() const;

    static QString key(Field field); // stable JSON key: "name", "district", "street", …
    static std::optional<Field> fieldForKey(const QString &key);

    // This profile's non-empty values over the library default's (the admin's).
    MunicipalityProfile over(const MunicipalityProfile &libraryDefault) const;

    QByteArray toJson() const;
    // Unknown keys are ignored; wrong types and oversize values are refused with the reason.
    static std::optional<MunicipalityProfile> fromJson(const QByteArray &json, QString *error);
};

// Where profiles live: the user's own (a file in the user's data folder, $SRTOOLBOX_PROFILE
// overrides it) and the library's default (kept in the catalog, so it is published with the library).
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)

public:
    static QString userProfilePath();
    // A missing file is an empty profile; a damaged one is an error naming the file.
    static std::optional<MunicipalityProfile> load(const QString &path, QString *error);
    // Written atomically (temp + rename).
    static bool save(const MunicipalityProfile &profile, const QString &path, QString *error);

    // The library's default: none is an empty profile; a damaged one is an error.
    static std::optional<MunicipalityProfile> loadLibraryDefault(const Catalog &catalog, QString *error);
    // Stores the profile's fields and stand-in names as the library's default (a user's remembered
    // values stay personal); an empty profile clears it. Refused on a read-only library, with the reason.
    static bool saveLibraryDefault(Library &library, const MunicipalityProfile &profile, QString *error);
    // The user's profile over the library's default: what the window proposes from. A profile that
    // cannot be read counts as empty (the reason goes to *error, the caller may show it).
    static MunicipalityProfile effective(const QString &userPath, const Catalog &catalog, QString *error);
};
