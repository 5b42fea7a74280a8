#include "TestLibraryHelpers.h"
#include "core/library/Library.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

// The damaged-catalog path end to end: an import leaves a catalog backup; a damaged catalog makes
// every command fail with a message naming the file (and is not recreated); restore-backup lists the
// backups and brings the documents back.
namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// unprivileged: as root, run the command as nobody so that file permissions bite.
Run cli(const QString &library, const QStringList &args, bool unprivileged = false)
{
    QProcess process;
    if (unprivileged && ::geteuid() == 0) {
        process.setChildProcessModifier([] {
            const gid_t nogroup = 65534;
            if (::setgroups(1, &nogroup) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(99);
        });
    }
    process.start(QStringLiteral(SRT_CLI_PATH), QStringList{QStringLiteral("--library"), library} + args);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}
} // namespace

class TestCliRestoreBackup : public QObject
{
    Q_OBJECT

private slots:
    void damagedCatalogIsReportedAndRestored()
    {
        QTemporaryDir dir;
        const QString pack = dir.filePath(QStringLiteral("Paket"));
        TestHelpers::writeFile(pack, QStringLiteral("Vergabe/Leistungsbeschreibung.txt"), "Leistungsbeschreibung LoRaWAN.\n");
        TestHelpers::writeFile(pack, QStringLiteral("Förderung/Antrag.md"), "# Förderantrag\n\nStraßenbeleuchtung.\n");
        const QString library = dir.filePath(QStringLiteral("Bibliothek"));

        QCOMPARE(cli(library, {QStringLiteral("restore-backup")}).exitCode, 0); // no library yet: nothing listed
        const Run import = cli(library, {QStringLiteral("import"), pack});
        QVERIFY2(import.exitCode == 0, qPrintable(import.out + import.err));
        const QList<CatalogBackup::Info> backups = Library::backups(library);
        QCOMPARE(backups.size(), 1);
        const Run list = cli(library, {QStringLiteral("restore-backup")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains(backups.first().path), qPrintable(list.out));

        // An intact catalog is not replaced without --force.
        const Run refused = cli(library, {QStringLiteral("restore-backup"), QStringLiteral("1")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("--force")), qPrintable(refused.err));

        const QString catalog = library + QStringLiteral("/catalog.db");
        const QByteArray garbage(8192, 'x');
        TestHelpers::writeFile(library, QStringLiteral("catalog.db"), garbage);
        for (const QString &command : {QStringLiteral("check"), QStringLiteral("list"), QStringLiteral("import")}) {
            const Run failed = command == QLatin1String("import") ? cli(library, {command, pack}) : cli(library, {command});
            QCOMPARE(failed.exitCode, 4); // ExitCode::CatalogDamaged
            QVERIFY2(failed.err.contains(catalog), qPrintable(failed.err));
            QVERIFY2(failed.err.contains(QStringLiteral("restore-backup")), qPrintable(failed.err));
        }
        QCOMPARE(TestHelpers::readFile(catalog), garbage); // left as it was

        const Run restore = cli(library, {QStringLiteral("restore-backup"), QStringLiteral("1")});
        QVERIFY2(restore.exitCode == 0, qPrintable(restore.out + restore.err));
        QVERIFY2(restore.out.contains(QStringLiteral("2")), qPrintable(restore.out));
        const Run check = cli(library, {QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
        const Run search = cli(library, {QStringLiteral("search"), QStringLiteral("Förderantrag")});
        QVERIFY2(search.out.contains(QStringLiteral("Antrag")), qPrintable(search.out));
    }

    void readOnlyLibraryIsSaidToBeReadOnly()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFile::permissions(dir.path()) | QFileDevice::ExeOther | QFileDevice::ReadOther));
        // As root the command runs as nobody, who must be able to start it: a checkout in a private
        // folder (/root/…) cannot be run by nobody, and then permissions cannot be tried here.
        if (cli(dir.filePath(QStringLiteral("keine")), {QStringLiteral("restore-backup")}, true).exitCode != 0)
            QSKIP("nobody cannot run the command from this checkout (a private folder above it)");
        const QString pack = dir.filePath(QStringLiteral("Paket"));
        TestHelpers::writeFile(pack, QStringLiteral("Bericht.txt"), "Bericht über Sensoren.\n");
        const QString library = dir.filePath(QStringLiteral("Bibliothek"));
        const Run import = cli(library, {QStringLiteral("import"), pack});
        QVERIFY2(import.exitCode == 0, qPrintable(import.out + import.err));
        QCOMPARE(Library::backups(library).size(), 1);
        const QByteArray garbage(8192, 'x');
        TestHelpers::writeFile(library, QStringLiteral("catalog.db"), garbage);
        // Readable and enterable by everybody, writable by nobody.
        const auto readOnly = QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::ExeOther;
        for (const QString &folder : {library, library + QStringLiteral("/backups")})
            QVERIFY(QFile::setPermissions(folder, readOnly));
        QVERIFY(QFile::setPermissions(library + QStringLiteral("/catalog.db"), QFileDevice::ReadOwner | QFileDevice::ReadOther));

        const Run restore = cli(library, {QStringLiteral("restore-backup"), QStringLiteral("1")}, true);
        for (const QString &folder : {library, library + QStringLiteral("/backups")})
            QFile::setPermissions(folder, readOnly | QFileDevice::WriteOwner);
        QVERIFY2(restore.exitCode == 1, qPrintable(restore.err));
        QVERIFY2(restore.err.contains(QStringLiteral("not writable")) && restore.err.contains(library), qPrintable(restore.err));
        QVERIFY2(!restore.err.contains(QStringLiteral("backup %1").arg(Library::backups(library).first().path)), qPrintable(restore.err));
        QCOMPARE(TestHelpers::readFile(library + QStringLiteral("/catalog.db")), garbage);
    }
};

QTEST_GUILESS_MAIN(TestCliRestoreBackup)
#include "TestCliRestoreBackup.moc"
