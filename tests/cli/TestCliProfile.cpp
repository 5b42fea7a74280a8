#include "TestLibraryHelpers.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// srtoolbox-cli profile (issue #14): the admin sets the library's default municipality profile, a
// user's own values win field by field, a published library carries the default and refuses to
// change it, clear-default removes it.
namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(SRT_CLI_PATH), args);
    if (!process.waitForFinished(120000))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}
} // namespace

class TestCliProfile : public QObject
{
    Q_OBJECT

private slots:
    void defaultIsSetShownPublishedAndCleared()
    {
        QTemporaryDir dir;
        qputenv("SRTOOLBOX_PERSONAL", dir.filePath(QStringLiteral("user/personal.db")).toUtf8());
        qputenv("SRTOOLBOX_PROFILE", dir.filePath(QStringLiteral("user/profile.json")).toUtf8());
        const QString library = dir.filePath(QStringLiteral("Bibliothek"));
        const QString share = dir.filePath(QStringLiteral("Freigabe"));
        TestHelpers::writeFile(dir.path(), QStringLiteral("A/Teil.txt"), "Muster\n");
        QCOMPARE(cli({ QStringLiteral("--library"), library, QStringLiteral("import"),
                       dir.filePath(QStringLiteral("A")) })
                     .exitCode,
                 0);
        const QString adminFile = TestHelpers::writeFile(
            dir.path(), QStringLiteral("admin.json"),
            R"({"fields": {"name": "Gemeinde Lahnfels", "phone": "06441 1234"}, "standInNames": ["Musterhausen"],
                "remembered": {"betreff": "privat"}})");
        const Run set = cli({ QStringLiteral("--library"), library, QStringLiteral("profile"),
                              QStringLiteral("set-default"), adminFile });
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));

        // The user's own phone number wins; the name comes from the library.
        TestHelpers::writeFile(dir.filePath(QStringLiteral("user")), QStringLiteral("profile.json"),
                               R"({"fields": {"phone": "06441 99"}})");
        const Run shown = cli(
            { QStringLiteral("--library"), library, QStringLiteral("profile"), QStringLiteral("show") });
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        QVERIFY2(shown.out.contains(QStringLiteral("name\tGemeinde Lahnfels\tlibrary default")),
                 qPrintable(shown.out));
        QVERIFY2(shown.out.contains(QStringLiteral("phone\t06441 99\tyour profile")), qPrintable(shown.out));
        QVERIFY2(shown.out.contains(QStringLiteral("mayor\t\tnot set")), qPrintable(shown.out));
        QVERIFY2(shown.out.contains(QStringLiteral("standInNames\tMusterhausen")), qPrintable(shown.out));

        // Published: the catalog is copied, the default with it; the share cannot change it.
        QCOMPARE(cli({ QStringLiteral("--library"), library, QStringLiteral("publish"),
                       QStringLiteral("--to"), share })
                     .exitCode,
                 0);
        QFile::remove(dir.filePath(QStringLiteral("user/profile.json")));
        const Run onShare
            = cli({ QStringLiteral("--library"), share, QStringLiteral("profile"), QStringLiteral("show") });
        QVERIFY2(onShare.out.contains(QStringLiteral("phone\t06441 1234\tlibrary default")),
                 qPrintable(onShare.out + onShare.err));
        const Run refused = cli({ QStringLiteral("--library"), share, QStringLiteral("profile"),
                                  QStringLiteral("clear-default") });
        QVERIFY2(refused.exitCode == 1 && refused.err.contains(QStringLiteral("published")),
                 qPrintable(refused.err));

        const Run cleared = cli({ QStringLiteral("--library"), library, QStringLiteral("profile"),
                                  QStringLiteral("clear-default") });
        QVERIFY2(cleared.exitCode == 0, qPrintable(cleared.err));
        const Run empty = cli(
            { QStringLiteral("--library"), library, QStringLiteral("profile"), QStringLiteral("show") });
        QVERIFY2(empty.out.contains(QStringLiteral("name\t\tnot set")), qPrintable(empty.out));
        qunsetenv("SRTOOLBOX_PERSONAL");
        qunsetenv("SRTOOLBOX_PROFILE");
    }

    void badFileIsRefusedWithTheReason()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(QStringLiteral("Bibliothek"));
        const QString bad
            = TestHelpers::writeFile(dir.path(), QStringLiteral("bad.json"), R"({"fields": {"name": 7}})");
        const Run refused = cli({ QStringLiteral("--library"), library, QStringLiteral("profile"),
                                  QStringLiteral("set-default"), bad });
        QVERIFY2(refused.exitCode == 1 && refused.err.contains(bad)
                     && refused.err.contains(QStringLiteral("name")),
                 qPrintable(refused.err));
        const Run missing = cli({ QStringLiteral("--library"), library, QStringLiteral("profile"),
                                  QStringLiteral("set-default"), dir.filePath(QStringLiteral("none.json")) });
        QCOMPARE(missing.exitCode, 1);
        const Run usage = cli({ QStringLiteral("--library"), library, QStringLiteral("profile"),
                                QStringLiteral("frobnicate") });
        QCOMPARE(usage.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliProfile)
#include "TestCliProfile.moc"
