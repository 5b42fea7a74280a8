#include "TestLibraryHelpers.h"
#include "core/library/LibraryLock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <grp.h>
#include <signal.h>
#include <unistd.h>

// The published library end to end (issue 18): readers always see a whole version while versions
// are published and removed; a publish killed at any moment leaves the previous version current; a
// read-only published folder opens, searches and exports without a byte changing; one publisher at
// a time.
namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// unprivileged: as root, run the command as nobody so that file permissions bite.
Run cli(const QStringList &args, bool unprivileged = false)
{
    QProcess process;
    if (unprivileged && ::geteuid() == 0) {
        process.setChildProcessModifier([] {
            const gid_t nogroup = 65534;
            if (::setgroups(1, &nogroup) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(99);
        });
    }
    process.start(QStringLiteral(SRT_CLI_PATH), args);
    if (!process.waitForFinished(120000))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}

// A pack of count text files, each naming "Sensor" (so a search finds every document).
QString makePack(const QString &dir, const QString &name, int count, int extraBytes = 0)
{
    const QString pack = dir + QLatin1Char('/') + name;
    for (int i = 0; i < count; ++i) {
        QByteArray body
            = QStringLiteral("%1 Dokument %2: Sensor im Gemeindegebiet.\n").arg(name).arg(i).toUtf8();
        for (int b = 0; b < extraBytes / 16; ++b)
            body += QByteArray::number(QRandomGenerator::global()->generate64(), 16).leftJustified(15, 'x')
                + ' ';
        TestHelpers::writeFile(pack, QStringLiteral("Teil%1.txt").arg(i), body);
    }
    return pack;
}

int documentsIn(const QString &share)
{
    const Run stats
        = cli({ QStringLiteral("--library"), share, QStringLiteral("stats"), QStringLiteral("--json") });
    return stats.exitCode == 0
        ? QJsonDocument::fromJson(stats.out.toUtf8()).object().value(QStringLiteral("documents")).toInt(-1)
        : -1;
}

// Path → SHA-256 (folders as "dir") of everything below root, links included by their target name.
QMap<QString, QByteArray> checksums(const QString &root)
{
    QMap<QString, QByteArray> sums;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(root).relativeFilePath(path);
        if (it.fileInfo().isDir() && !it.fileInfo().isSymLink())
            sums.insert(relative, "dir");
        else
            sums.insert(
                relative,
                QCryptographicHash::hash(TestHelpers::readFile(path), QCryptographicHash::Sha256).toHex());
    }
    return sums;
}

void setTreeWritable(const QString &root, bool writable)
{
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    QStringList paths { root };
    while (it.hasNext())
        paths.append(it.next());
    for (const QString &path : std::as_const(paths)) {
        QFile::Permissions p = QFile::permissions(path) | QFileDevice::ReadOther | QFileDevice::ReadGroup;
        if (QFileInfo(path).isDir())
            p |= QFileDevice::ExeOther | QFileDevice::ExeGroup;
        p &= ~(QFileDevice::WriteOwner | QFileDevice::WriteUser | QFileDevice::WriteGroup
               | QFileDevice::WriteOther);
        if (writable)
            p |= QFileDevice::WriteOwner | QFileDevice::WriteUser;
        QFile::setPermissions(path, p);
    }
}
} // namespace

class TestCliPublish : public QObject
{
    Q_OBJECT

private slots:
    void readersAlwaysSeeAWholeVersion()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(QStringLiteral("Bibliothek"));
        const QString share = dir.filePath(QStringLiteral("Freigabe"));
        QCOMPARE(cli({ QStringLiteral("--library"), library, QStringLiteral("import"),
                       makePack(dir.path(), QStringLiteral("A"), 3) })
                     .exitCode,
                 0);
        const Run first = cli({ QStringLiteral("--library"), library, QStringLiteral("publish"),
                                QStringLiteral("--to"), share });
        QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
        QVERIFY2(first.out.contains(QStringLiteral("added 3")), qPrintable(first.out));

        // The reader: one search after another, each answer kept in a file of its own.
        const QString answers = dir.filePath(QStringLiteral("answers"));
        QVERIFY(QDir().mkpath(answers));
        const QString stop = dir.filePath(QStringLiteral("stop"));
        QProcess reader;
        reader.start(
            QStringLiteral("/bin/sh"),
            { QStringLiteral("-c"),
              QStringLiteral(
                  "i=0; while [ ! -e \"$3\" ]; do i=$((i+1)); \"$1\" --library \"$2\" search --json Sensor "
                  ">\"$4/$i.json\" 2>\"$4/$i.err\"; echo $? >\"$4/$i.rc\"; done"),
              QStringLiteral("reader"), QStringLiteral(SRT_CLI_PATH), share, stop, answers });
        QVERIFY(reader.waitForStarted());
        const auto answered
            = [&answers] { return QDir(answers).entryList({ QStringLiteral("*.rc") }).size(); };
        QSet<int> published { 3 };
        int expected = 3;
        int answers0 = 0;
        for (const QString &name : { QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D") }) {
            QTRY_VERIFY_WITH_TIMEOUT(answered() >= answers0 + 3, 60000); // some answers from each version
            QCOMPARE(cli({ QStringLiteral("--library"), library, QStringLiteral("import"),
                           makePack(dir.path(), name, 2) })
                         .exitCode,
                     0);
            // --keep 1: every older version goes at once, unless a reader's lease holds it.
            const Run publish
                = cli({ QStringLiteral("--library"), library, QStringLiteral("publish"),
                        QStringLiteral("--to"), share, QStringLiteral("--keep"), QStringLiteral("1") });
            QVERIFY2(publish.exitCode == 0, qPrintable(publish.out + publish.err));
            expected += 2;
            published.insert(expected);
            answers0 = answered();
        }
        QTRY_VERIFY_WITH_TIMEOUT(answered() >= answers0 + 3, 60000);
        TestHelpers::writeFile(dir.path(), QStringLiteral("stop"), "");
        QVERIFY(reader.waitForFinished(60000));

        QSet<int> seen;
        const QStringList rcs = QDir(answers).entryList({ QStringLiteral("*.rc") });
        for (const QString &rc : rcs) {
            const QString base = answers + QLatin1Char('/') + rc.chopped(3);
            QVERIFY2(
                TestHelpers::readFile(rc.isEmpty() ? QString() : answers + QLatin1Char('/') + rc).trimmed()
                    == "0",
                TestHelpers::readFile(base + QStringLiteral(".err")).constData());
            const int total = QJsonDocument::fromJson(TestHelpers::readFile(base + QStringLiteral(".json")))
                                  .object()
                                  .value(QStringLiteral("total"))
                                  .toInt(-1);
            QVERIFY2(published.contains(total),
                     qPrintable(QStringLiteral("answer %1 found %2 documents").arg(base).arg(total)));
            seen.insert(total);
        }
        QVERIFY(seen.contains(3) && seen.contains(expected));
        // A version a reader still held (its lease) stays until the next publish after the reader
        // is gone; on a slow machine the last publish met one.
        QCOMPARE(cli({ QStringLiteral("--library"), library, QStringLiteral("publish"), QStringLiteral("--to"),
                       share, QStringLiteral("--keep"), QStringLiteral("1") })
                     .exitCode,
                 0);
        QCOMPARE(
            QDir(share + QStringLiteral("/versions")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
        QCOMPARE(QDir(share + QStringLiteral("/leases")).entryList(QDir::Files | QDir::Hidden).size(), 0);
    }

    void killedPublishLeavesThePreviousVersion()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(QStringLiteral("Bibliothek"));
        const QString share = dir.filePath(QStringLiteral("Freigabe"));
        QCOMPARE(cli({ QStringLiteral("--library"), library, QStringLiteral("import"),
                       makePack(dir.path(), QStringLiteral("A"), 3) })
                     .exitCode,
                 0);
        QCOMPARE(cli({ QStringLiteral("--library"), library, QStringLiteral("publish"),
                       QStringLiteral("--to"), share })
                     .exitCode,
                 0);
        QCOMPARE(cli({ QStringLiteral("--library"), library, QStringLiteral("import"),
                       makePack(dir.path(), QStringLiteral("B"), 6, 256 * 1024) })
                     .exitCode,
                 0);

        // How long an undisturbed publish of the same takes, into a folder of its own.
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(cli({ QStringLiteral("--library"), library, QStringLiteral("publish"),
                       QStringLiteral("--to"), dir.filePath(QStringLiteral("Probe")) })
                     .exitCode,
                 0);
        const qint64 span = qMax<qint64>(clock.elapsed(), 20);

        const quint32 seed = qEnvironmentVariableIsSet("SRT_KILL_SEED")
            ? qEnvironmentVariableIntValue("SRT_KILL_SEED")
            : QRandomGenerator::system()->generate();
        qInfo("kill seed %u (SRT_KILL_SEED repeats it), publish takes %lld ms", seed, span);
        QRandomGenerator random(seed);
        for (int round = 0; round < 8; ++round) {
            const int before = documentsIn(share);
            QProcess publish;
            publish.start(QStringLiteral(SRT_CLI_PATH),
                          { QStringLiteral("--library"), library, QStringLiteral("publish"),
                            QStringLiteral("--to"), share });
            QVERIFY(publish.waitForStarted());
            QThread::msleep(random.bounded(int(span)));
            ::kill(pid_t(publish.processId()), SIGKILL);
            publish.waitForFinished();
            const int after = documentsIn(share);
            QVERIFY2(
                after == before || after == 9,
                qPrintable(
                    QStringLiteral("round %1: %2 documents, before %3").arg(round).arg(after).arg(before)));
        }
        const Run last = cli({ QStringLiteral("--library"), library, QStringLiteral("publish"),
                               QStringLiteral("--to"), share });
        QVERIFY2(last.exitCode == 0, qPrintable(last.out + last.err));
        QCOMPARE(documentsIn(share), 9);
        const Run check = cli({ QStringLiteral("--library"), share, QStringLiteral("check") });
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
        QVERIFY(!QFileInfo::exists(share + QStringLiteral("/.staging")));
        QVERIFY(!QFileInfo::exists(share + QStringLiteral("/files/.tmp")));
        QCOMPARE(QDir(share + QStringLiteral("/versions")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size()
                     <= 3,
                 true);
    }

    void readOnlyShareIsReadWithoutAChange()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(
            dir.path(), QFile::permissions(dir.path()) | QFileDevice::ExeOther | QFileDevice::ReadOther));
        if (::geteuid() == 0 && cli({ QStringLiteral("--version") }, true).exitCode != 0)
            QSKIP("nobody cannot run the command from this checkout (a private folder above it)");
        const QString library = dir.filePath(QStringLiteral("Bibliothek"));
        const QString share = dir.filePath(QStringLiteral("Freigabe"));
        QCOMPARE(cli({ QStringLiteral("--library"), library, QStringLiteral("import"),
                       makePack(dir.path(), QStringLiteral("A"), 3) })
                     .exitCode,
                 0);
        QCOMPARE(cli({ QStringLiteral("--library"), library, QStringLiteral("publish"),
                       QStringLiteral("--to"), share })
                     .exitCode,
                 0);
        setTreeWritable(share, false);
        const QMap<QString, QByteArray> before = checksums(share);
        const QString out = dir.filePath(QStringLiteral("Export"));
        QVERIFY(QDir().mkpath(out));
        QVERIFY(QFile::setPermissions(out,
                                      QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther
                                          | QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ExeOwner));

        const Run stats = cli({ QStringLiteral("--library"), share, QStringLiteral("stats") }, true);
        const Run search = cli(
            { QStringLiteral("--library"), share, QStringLiteral("search"), QStringLiteral("Sensor") }, true);
        const Run exported
            = cli({ QStringLiteral("--library"), share, QStringLiteral("export"), QStringLiteral("--query"),
                    QStringLiteral("Sensor"), QStringLiteral("--to"), out },
                  true);
        const Run import = cli({ QStringLiteral("--library"), share, QStringLiteral("import"),
                                 makePack(dir.path(), QStringLiteral("B"), 1) },
                               true);
        const QMap<QString, QByteArray> after = checksums(share);
        setTreeWritable(share, true);
        QVERIFY2(stats.exitCode == 0 && stats.out.contains(QStringLiteral("3")),
                 qPrintable(stats.out + stats.err));
        QVERIFY2(search.exitCode == 0 && search.out.contains(QStringLiteral("A Dokument")),
                 qPrintable(search.out + search.err));
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.out + exported.err));
        QCOMPARE(QDir(out).entryList(QDir::Files).size(), 3);
        QVERIFY2(import.exitCode == 1 && import.err.contains(QStringLiteral("published")),
                 qPrintable(import.err));
        QCOMPARE(after, before);
    }

    // A share that runs full mid-publish: the previous version stays current and whole, what was
    // half-written goes, and once there is room again the next publish succeeds. A small tmpfs is the
    // full disk (root only).
    void fullShareLeavesThePreviousVersion()
    {
        QTemporaryDir dir;
        const QString share = dir.filePath(QStringLiteral("Freigabe"));
        QVERIFY(QDir().mkpath(share));
        if (::geteuid() != 0
            || QProcess::execute(QStringLiteral("mount"),
                                 { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                   QStringLiteral("size=1m"), QStringLiteral("tmpfs"), share })
                != 0)
            QSKIP("a small file system for the full share needs root and mount");
        const auto unmount
            = qScopeGuard([&share] { QProcess::execute(QStringLiteral("umount"), { share }); });
        const QString library = dir.filePath(QStringLiteral("Bibliothek"));
        QCOMPARE(cli({ QStringLiteral("--library"), library, QStringLiteral("import"),
                       makePack(dir.path(), QStringLiteral("A"), 3) })
                     .exitCode,
                 0);
        QCOMPARE(cli({ QStringLiteral("--library"), library, QStringLiteral("publish"),
                       QStringLiteral("--to"), share })
                     .exitCode,
                 0);
        QCOMPARE(cli({ QStringLiteral("--library"), library, QStringLiteral("import"),
                       makePack(dir.path(), QStringLiteral("B"), 4, 300 * 1024) })
                     .exitCode,
                 0);

        const Run full = cli({ QStringLiteral("--library"), library, QStringLiteral("publish"),
                               QStringLiteral("--to"), share });
        QVERIFY2(full.exitCode == 1 && full.err.contains(share), qPrintable(full.out + full.err));
        QCOMPARE(documentsIn(share), 3);
        const Run check = cli({ QStringLiteral("--library"), share, QStringLiteral("check") });
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
        QVERIFY(!QFileInfo::exists(share + QStringLiteral("/.staging")));

        QCOMPARE(QProcess::execute(QStringLiteral("mount"),
                                   { QStringLiteral("-o"), QStringLiteral("remount,size=8m"), share }),
                 0);
        const Run next = cli({ QStringLiteral("--library"), library, QStringLiteral("publish"),
                               QStringLiteral("--to"), share });
        QVERIFY2(next.exitCode == 0 && next.out.contains(QStringLiteral("added 4")),
                 qPrintable(next.out + next.err));
        QCOMPARE(documentsIn(share), 7);
        QVERIFY(QDir(share + QStringLiteral("/files/.tmp")).isEmpty());
    }

    void secondPublisherIsToldWhoPublishes()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(QStringLiteral("Bibliothek"));
        const QString share = dir.filePath(QStringLiteral("Freigabe"));
        QCOMPARE(cli({ QStringLiteral("--library"), library, QStringLiteral("import"),
                       makePack(dir.path(), QStringLiteral("A"), 1) })
                     .exitCode,
                 0);
        QCOMPARE(cli({ QStringLiteral("--library"), library, QStringLiteral("publish"),
                       QStringLiteral("--to"), share })
                     .exitCode,
                 0);
        QString error;
        const auto lock = LibraryLock::acquire(share, &error);
        QVERIFY2(lock, qPrintable(error));
        const Run second = cli({ QStringLiteral("--library"), library, QStringLiteral("publish"),
                                 QStringLiteral("--to"), share });
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains(QStringLiteral("process %1").arg(QCoreApplication::applicationPid())),
                 qPrintable(second.err));
        QVERIFY2(second.err.contains(LibraryLock::fileName()), qPrintable(second.err));
    }

    void personalTagsAndFavouritesOnAPublishedLibrary()
    {
        QTemporaryDir dir;
        qputenv("SRTOOLBOX_PERSONAL", dir.filePath(QStringLiteral("user/personal.db")).toUtf8());
        const QString library = dir.filePath(QStringLiteral("Bibliothek"));
        const QString share = dir.filePath(QStringLiteral("Freigabe"));
        QCOMPARE(cli({ QStringLiteral("--library"), library, QStringLiteral("import"),
                       makePack(dir.path(), QStringLiteral("A"), 2) })
                     .exitCode,
                 0);
        // The library's own tags, as an admin scripts them (needs the writer).
        QCOMPARE(cli({ QStringLiteral("--library"), library, QStringLiteral("tag"), QStringLiteral("add"),
                       QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("Förderung/Bund") })
                     .exitCode,
                 0);
        QCOMPARE(cli({ QStringLiteral("--library"), library, QStringLiteral("publish"),
                       QStringLiteral("--to"), share })
                     .exitCode,
                 0);

        const Run refused = cli({ QStringLiteral("--library"), share, QStringLiteral("tag"),
                                  QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("X") });
        QVERIFY2(refused.exitCode == 1 && refused.err.contains(QStringLiteral("published")),
                 qPrintable(refused.err));
        const Run own
            = cli({ QStringLiteral("--library"), share, QStringLiteral("tag"), QStringLiteral("add"),
                    QStringLiteral("--personal"), QStringLiteral("2"), QStringLiteral("Meine Auswahl") });
        QVERIFY2(own.exitCode == 0, qPrintable(own.err));
        QCOMPARE(cli({ QStringLiteral("--library"), share, QStringLiteral("favorites"), QStringLiteral("add"),
                       QStringLiteral("1") })
                     .exitCode,
                 0);

        const Run listed = cli({ QStringLiteral("--library"), share, QStringLiteral("tag"),
                                 QStringLiteral("list"), QStringLiteral("2") });
        QVERIFY2(listed.out.contains(QStringLiteral("Förderung/Bund\tMeine Auswahl")),
                 qPrintable(listed.out));
        const Run favourites = cli(
            { QStringLiteral("--library"), share, QStringLiteral("favorites"), QStringLiteral("list") });
        QVERIFY2(favourites.exitCode == 0 && favourites.out.startsWith(QStringLiteral("1\t")),
                 qPrintable(favourites.out + favourites.err));
        const Run mine = cli({ QStringLiteral("--library"), share, QStringLiteral("search"),
                               QStringLiteral("--json"), QStringLiteral("meine:\"Meine Auswahl\"") });
        QCOMPARE(QJsonDocument::fromJson(mine.out.toUtf8()).object().value(QStringLiteral("total")).toInt(),
                 1);
        const Run marked = cli({ QStringLiteral("--library"), share, QStringLiteral("search"),
                                 QStringLiteral("--json"), QStringLiteral("meine:merkliste") });
        QCOMPARE(QJsonDocument::fromJson(marked.out.toUtf8()).object().value(QStringLiteral("total")).toInt(),
                 1);
        qunsetenv("SRTOOLBOX_PERSONAL");
    }

    void publishRefusesAFolderOfOtherFiles()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(QStringLiteral("Bibliothek"));
        QCOMPARE(cli({ QStringLiteral("--library"), library, QStringLiteral("import"),
                       makePack(dir.path(), QStringLiteral("A"), 1) })
                     .exitCode,
                 0);
        const QString other = TestHelpers::writeFile(dir.filePath(QStringLiteral("Ablage")),
                                                     QStringLiteral("Brief.txt"), "Brief\n");
        for (const QString &target :
             { dir.filePath(QStringLiteral("Ablage")), library, library + QStringLiteral("/Freigabe") }) {
            const Run refused = cli({ QStringLiteral("--library"), library, QStringLiteral("publish"),
                                      QStringLiteral("--to"), target });
            QVERIFY2(refused.exitCode == 1 && refused.err.contains(target), qPrintable(refused.err));
        }
        QCOMPARE(QDir(dir.filePath(QStringLiteral("Ablage")))
                     .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList { QStringLiteral("Brief.txt") });
        QVERIFY(!QFileInfo::exists(library + QStringLiteral("/Freigabe")));
    }
};

QTEST_GUILESS_MAIN(TestCliPublish)
#include "TestCliPublish.moc"
