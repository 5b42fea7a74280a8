#include "core/library/Library.h"
#include "core/templating/MunicipalityProfile.h"
#include "core/templating/Placeholder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

// The Gemeindeprofil: its JSON round-trips, a damaged or oversize file is refused with the reason,
// the user's values win over the library default field by field, and a save never leaves half a file.
class TestMunicipalityProfile : public QObject
{
    Q_OBJECT

private:
    static MunicipalityProfile lahnfels()
    {
        MunicipalityProfile profile;
        profile.values.insert(MunicipalityProfile::Field::Name, QStringLiteral("Gemeinde Lahnfels"));
        profile.values.insert(MunicipalityProfile::Field::PostalCode, QStringLiteral("35789"));
        profile.values.insert(MunicipalityProfile::Field::Mayor,
                              QStringLiteral("Jutta Krämer & \"Söhne\" <x>"));
        profile.extraStandInNames = { QStringLiteral("Beispielhausen") };
        profile.remembered.insert(QStringLiteral("aktenzeichen"), QStringLiteral("AZ 12/2026"));
        return profile;
    }

private slots:
    void keysAreStableAndEveryFieldHasOne()
    {
        QCOMPARE(MunicipalityProfile::key(MunicipalityProfile::Field::Name), QStringLiteral("name"));
        QCOMPARE(MunicipalityProfile::key(MunicipalityProfile::Field::PostalCode),
                 QStringLiteral("postalCode"));
        QStringList seen;
        for (const auto field : MunicipalityProfile::fields()) {
            const QString key = MunicipalityProfile::key(field);
            QVERIFY(!key.isEmpty());
            QVERIFY2(!seen.contains(key), qPrintable(key));
            seen.append(key);
            QCOMPARE(MunicipalityProfile::fieldForKey(key), std::optional(field));
        }
        QCOMPARE(MunicipalityProfile::fields().size(), 12);
        QCOMPARE(MunicipalityProfile::fieldForKey(QStringLiteral("nonsense")), std::nullopt);
    }

    void jsonRoundTrips()
    {
        const MunicipalityProfile profile = lahnfels();
        QString error;
        const auto back = MunicipalityProfile::fromJson(profile.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->values, profile.values);
        QCOMPARE(back->extraStandInNames, profile.extraStandInNames);
        QCOMPARE(back->remembered, profile.remembered);
    }

    void unknownKeysAreIgnored()
    {
        QString error;
        const auto profile = MunicipalityProfile::fromJson(
            R"({"version": 2, "fields": {"name": "Lahnfels", "coatOfArms": "x.png"}, "future": [1]})",
            &error);
        QVERIFY2(profile, qPrintable(error));
        QCOMPARE(profile->value(MunicipalityProfile::Field::Name), QStringLiteral("Lahnfels"));
        QCOMPARE(profile->values.size(), 1);
    }

    void badInputIsRefusedWithTheReason_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reasonNames");
        QTest::newRow("not json") << QByteArray("{\"fields\": ") << QStringLiteral("JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("object");
        QTest::newRow("fields not object")
            << QByteArray(R"({"fields": "Lahnfels"})") << QStringLiteral("fields");
        QTest::newRow("field not text") << QByteArray(R"({"fields": {"name": 5}})") << QStringLiteral("name");
        QTest::newRow("field too long")
            << (QByteArray(R"({"fields": {"city": ")") + QByteArray(1001, 'a') + "\"}}")
            << QStringLiteral("city");
        QTest::newRow("names not list")
            << QByteArray(R"({"standInNames": "Musterstadt"})") << QStringLiteral("standInNames");
        QTest::newRow("name not text")
            << QByteArray(R"({"standInNames": [1]})") << QStringLiteral("stand-in");
        QTest::newRow("remembered value not text")
            << QByteArray(R"({"remembered": {"gemeinde": []}})") << QStringLiteral("gemeinde");
        QTest::newRow("remembered value too long")
            << (QByteArray(R"({"remembered": {"betreff": ")") + QByteArray(10001, 'b') + "\"}}")
            << QStringLiteral("betreff");
    }

    void badInputIsRefusedWithTheReason()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reasonNames);
        QString error;
        QVERIFY(!MunicipalityProfile::fromJson(json, &error));
        QVERIFY2(error.contains(reasonNames), qPrintable(error));
    }

    void userValuesWinOverTheLibraryDefault()
    {
        MunicipalityProfile libraryDefault;
        libraryDefault.values.insert(MunicipalityProfile::Field::Name, QStringLiteral("Gemeinde Lahnfels"));
        libraryDefault.values.insert(MunicipalityProfile::Field::Phone, QStringLiteral("06441 1234"));
        libraryDefault.extraStandInNames = { QStringLiteral("Musterhausen") };
        MunicipalityProfile mine;
        mine.values.insert(MunicipalityProfile::Field::Phone, QStringLiteral("06441 99"));
        mine.values.insert(MunicipalityProfile::Field::Name, QStringLiteral("  ")); // blank: no value of mine
        mine.extraStandInNames = { QStringLiteral("Beispielhausen") };

        const MunicipalityProfile merged = mine.over(libraryDefault);
        QCOMPARE(merged.value(MunicipalityProfile::Field::Name), QStringLiteral("Gemeinde Lahnfels"));
        QCOMPARE(merged.value(MunicipalityProfile::Field::Phone), QStringLiteral("06441 99"));
        QCOMPARE(merged.extraStandInNames,
                 QStringList({ QStringLiteral("Musterhausen"), QStringLiteral("Beispielhausen") }));
        QVERIFY(!merged.isEmpty());
        QVERIFY(mine.over(MunicipalityProfile()).value(MunicipalityProfile::Field::Name).trimmed().isEmpty());
    }

    void rememberedValuesAloneLeaveTheProfileEmpty()
    {
        MunicipalityProfile profile;
        QVERIFY(profile.isEmpty());
        profile.remembered.insert(QStringLiteral("betreff"), QStringLiteral("Datennutzung"));
        QVERIFY(profile.isEmpty());
        profile.values.insert(MunicipalityProfile::Field::City, QStringLiteral("Lahnfels"));
        QVERIFY(!profile.isEmpty());
    }

    void proposedValueIsTheRememberedOneElseTheField()
    {
        Placeholder placeholder;
        placeholder.key = placeholderKey(QStringLiteral("[Gemeinde]"));
        placeholder.field = MunicipalityProfile::Field::Name;
        MunicipalityProfile profile = lahnfels();
        QCOMPARE(placeholder.proposedValue(profile), QStringLiteral("Gemeinde Lahnfels"));
        profile.remembered.insert(placeholder.key, QStringLiteral("Stadt Lahnfels"));
        QCOMPARE(placeholder.proposedValue(profile), QStringLiteral("Stadt Lahnfels"));
    }

    void missingFileIsAnEmptyProfile()
    {
        QTemporaryDir dir;
        QString error;
        const auto profile = ProfileStore::load(dir.filePath(QStringLiteral("none.json")), &error);
        QVERIFY2(profile, qPrintable(error));
        QVERIFY(profile->isEmpty());
    }

    void saveAndLoadRoundTripWithoutLeftovers()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/profile.json"));
        QString error;
        QVERIFY2(ProfileStore::save(lahnfels(), path, &error), qPrintable(error));
        const auto back = ProfileStore::load(path, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->values, lahnfels().values);
        QCOMPARE(QDir(QFileInfo(path).path()).entryList(QDir::Files),
                 QStringList({ QStringLiteral("profile.json") }));
    }

    void damagedFileIsAnErrorNamingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profile.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"fields\": {\"name\": ");
        file.close();
        QString error;
        QVERIFY(!ProfileStore::load(path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
    }

    void oversizeFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profile.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(5 * 1024 * 1024, ' '));
        file.close();
        QString error;
        QVERIFY(!ProfileStore::load(path, &error));
        QVERIFY2(error.contains(path) && error.contains(QStringLiteral("MB")), qPrintable(error));
    }

    void saveIntoAnUnwritablePlaceFailsWithTheReason()
    {
        QTemporaryDir dir;
        // A file where the folder should be: nothing can be created beneath it.
        QFile blocker(dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString path = dir.filePath(QStringLiteral("blocker/profile.json"));
        QString error;
        QVERIFY(!ProfileStore::save(lahnfels(), path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
    }

    void libraryDefaultIsStoredWithoutRememberedValuesAndRefusedReadOnly()
    {
        QTemporaryDir dir;
        QString error;
        {
            auto library = Library::open(dir.path(), &error);
            QVERIFY2(library, qPrintable(error));
            QVERIFY(ProfileStore::loadLibraryDefault(library->catalog(), &error)->isEmpty());
            QVERIFY2(ProfileStore::saveLibraryDefault(*library, lahnfels(), &error), qPrintable(error));
            const auto stored = ProfileStore::loadLibraryDefault(library->catalog(), &error);
            QVERIFY2(stored, qPrintable(error));
            QCOMPARE(stored->values, lahnfels().values);
            QVERIFY(stored->remembered.isEmpty()); // a user's typing stays personal
        }
        Library::OpenOptions readOnly;
        readOnly.readOnly = true;
        auto library = Library::open(dir.path(), &error, readOnly);
        QVERIFY2(library, qPrintable(error));
        QVERIFY(!ProfileStore::saveLibraryDefault(*library, MunicipalityProfile(), &error));
        QVERIFY2(error.contains(library->readOnlyReason()), qPrintable(error));
        QCOMPARE(ProfileStore::loadLibraryDefault(library->catalog(), &error)->values, lahnfels().values);
    }

    void userProfilePathFollowsTheEnvironment()
    {
        QTemporaryDir dir;
        qputenv("SRTOOLBOX_PROFILE", dir.filePath(QStringLiteral("mine.json")).toUtf8());
        QCOMPARE(ProfileStore::userProfilePath(), dir.filePath(QStringLiteral("mine.json")));
        qunsetenv("SRTOOLBOX_PROFILE");
        qputenv("SRTOOLBOX_PERSONAL", dir.filePath(QStringLiteral("data/personal.db")).toUtf8());
        QCOMPARE(ProfileStore::userProfilePath(), dir.filePath(QStringLiteral("data/profile.json")));
        qunsetenv("SRTOOLBOX_PERSONAL");
    }
};

QTEST_GUILESS_MAIN(TestMunicipalityProfile)
#include "TestMunicipalityProfile.moc"
