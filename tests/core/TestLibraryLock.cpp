#include "TestLibraryHelpers.h"
#include "core/library/Library.h"
#include "core/library/LibraryLock.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>

// One writer per library: a second one is refused with the holder named; a lock left by a process
// that is gone is taken over; readers take no lock.
namespace {
QByteArray lockFile(qint64 pid, const QString &host)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("pid"), pid },
                                       { QStringLiteral("user"), QStringLiteral("anna") },
                                       { QStringLiteral("host"), host },
                                       { QStringLiteral("since"), QStringLiteral("2026-12-01T08:00:00Z") },
                                       { QStringLiteral("program"), QStringLiteral("srtoolbox") } })
        .toJson();
}

// The id of a process that has ended (and been reaped).
qint64 deadPid()
{
    const pid_t child = ::fork();
    if (child == 0)
        ::_exit(0);
    ::waitpid(child, nullptr, 0);
    return child;
}
} // namespace

class TestLibraryLock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QCoreApplication::setApplicationName(QStringLiteral("TestLibraryLock")); }

    void secondWriterIsRefusedWithTheHolder()
    {
        QTemporaryDir dir;
        QString error;
        auto first = LibraryLock::acquire(dir.path(), &error);
        QVERIFY2(first, qPrintable(error));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("writer.lock"))));

        auto second = LibraryLock::acquire(dir.path(), &error);
        QVERIFY(!second);
        QVERIFY2(error.contains(QString::number(::getpid())), qPrintable(error));
        QVERIFY2(error.contains(QSysInfo::machineHostName()), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("TestLibraryLock")), qPrintable(error));
        QVERIFY2(error.contains(dir.filePath(QStringLiteral("writer.lock"))), qPrintable(error));
        const auto holder = LibraryLock::holder(dir.path());
        QVERIFY(holder);
        QCOMPARE(holder->pid, qint64(::getpid()));
        QVERIFY(holder->since.isValid());
        QVERIFY(!holder->user.isEmpty());

        first.reset();
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("writer.lock"))));
        QVERIFY(!LibraryLock::holder(dir.path()));
        QVERIFY2(LibraryLock::acquire(dir.path(), &error), qPrintable(error));
    }

    void staleLockOfAGoneProcessIsTakenOver()
    {
        QTemporaryDir dir;
        const qint64 pid = deadPid();
        TestHelpers::writeFile(dir.path(), QStringLiteral("writer.lock"),
                               lockFile(pid, QSysInfo::machineHostName()));
        QString error;
        auto lock = LibraryLock::acquire(dir.path(), &error);
        QVERIFY2(lock, qPrintable(error));
        QCOMPARE(LibraryLock::holder(dir.path())->pid, qint64(::getpid()));
        // An empty file (a writer that died before writing it) is stale as well.
        lock.reset();
        TestHelpers::writeFile(dir.path(), QStringLiteral("writer.lock"), QByteArray());
        QVERIFY2(LibraryLock::acquire(dir.path(), &error), qPrintable(error));
    }

    void lockOfADeadHolderHeldByItsChildForAMomentIsTakenOver()
    {
        // A writer killed while starting a program: the half-started child still holds a copy of
        // the lock's descriptor until it runs its program. The next opener waits for that moment.
        QTemporaryDir dir;
        TestHelpers::writeFile(dir.path(), QStringLiteral("writer.lock"),
                               lockFile(deadPid(), QSysInfo::machineHostName()));
        const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("writer.lock")));
        int ready[2];
        QVERIFY(::pipe(ready) == 0);
        const pid_t child = ::fork();
        if (child == 0) {
            const int fd = ::open(path.constData(), O_RDWR);
            ::flock(fd, LOCK_EX);
            (void)!::write(ready[1], "x", 1);
            ::usleep(300 * 1000);
            ::_exit(0);
        }
        char byte = 0;
        QCOMPARE(::read(ready[0], &byte, 1), ssize_t(1));
        ::close(ready[0]);
        ::close(ready[1]);
        QString error;
        const auto lock = LibraryLock::acquire(dir.path(), &error);
        ::waitpid(child, nullptr, 0);
        QVERIFY2(lock, qPrintable(error));
    }

    void lockOfAnotherHostIsNotTakenOver()
    {
        QTemporaryDir dir;
        TestHelpers::writeFile(dir.path(), QStringLiteral("writer.lock"),
                               lockFile(deadPid(), QStringLiteral("rathaus-pc-7")));
        QString error;
        QVERIFY(!LibraryLock::acquire(dir.path(), &error));
        QVERIFY2(error.contains(QStringLiteral("rathaus-pc-7")) && error.contains(QStringLiteral("anna")),
                 qPrintable(error));
    }

    // The user confirms that the holder on the other computer no longer runs: then, and only for
    // that holder, the lock goes; a live holder here is never broken.
    void staleLockOfAnotherHostIsBrokenOnConfirmation()
    {
        QTemporaryDir dir;
        TestHelpers::writeFile(dir.path(), LibraryLock::fileName(),
                               lockFile(4711, QStringLiteral("rathaus-pc-7")));
        QString error;
        QVERIFY(!LibraryLock::acquire(dir.path(), &error));
        QVERIFY2(error.contains(QStringLiteral("unlock --force")), qPrintable(error));
        const std::optional<LibraryLock::Holder> named = LibraryLock::named(dir.path());
        QVERIFY(named);
        QCOMPARE(named->host, QStringLiteral("rathaus-pc-7"));

        LibraryLock::Holder other = *named;
        other.pid = 4712; // not the holder the user looked at
        QVERIFY(!LibraryLock::breakStale(dir.path(), other, &error));
        QVERIFY(QFileInfo::exists(dir.filePath(LibraryLock::fileName())));
        QVERIFY2(LibraryLock::breakStale(dir.path(), *named, &error), qPrintable(error));
        QVERIFY(!QFileInfo::exists(dir.filePath(LibraryLock::fileName())));

        const auto live = LibraryLock::acquire(dir.path(), &error);
        QVERIFY2(live, qPrintable(error));
        const std::optional<LibraryLock::Holder> self = LibraryLock::named(dir.path());
        QVERIFY(self);
        QVERIFY(!LibraryLock::breakStale(dir.path(), *self, &error));
        QVERIFY2(error.contains(QStringLiteral("open for changes")), qPrintable(error));
        QVERIFY(QFileInfo::exists(dir.filePath(LibraryLock::fileName())));
    }

    void symbolicLinkAsLockFileIsRefused()
    {
        QTemporaryDir dir;
        const QString target
            = TestHelpers::writeFile(dir.path(), QStringLiteral("elsewhere/keep.txt"), "wichtig\n");
        QVERIFY(QFile::link(target, dir.filePath(QStringLiteral("writer.lock"))));
        QString error;
        QVERIFY(!LibraryLock::acquire(dir.path(), &error));
        QVERIFY2(error.contains(QStringLiteral("writer.lock")), qPrintable(error));
        QCOMPARE(TestHelpers::readFile(target), QByteArray("wichtig\n"));
    }

    void secondWritingLibraryOpensReadOnly()
    {
        QTemporaryDir dir;
        QString error;
        auto writer = Library::open(dir.path(), &error);
        QVERIFY2(writer, qPrintable(error));
        QVERIFY(!writer->isReadOnly());

        auto second = Library::open(dir.path(), &error);
        QVERIFY2(second, qPrintable(error));
        QVERIFY(second->isReadOnly());
        QVERIFY2(second->readOnlyReason().contains(QString::number(::getpid())),
                 qPrintable(second->readOnlyReason()));
        QCOMPARE(second->catalog().documents().size(), 0);

        // Readers take no lock and are not refused.
        Library::OpenOptions reader;
        reader.writer = false;
        auto third = Library::open(dir.path(), &error, reader);
        QVERIFY2(third, qPrintable(error));
        QVERIFY(!third->isReadOnly());

        // Restoring a backup replaces the catalog: a writer's job.
        const QString backup = writer->backupCatalog(&error);
        QVERIFY2(!backup.isEmpty(), qPrintable(error));
        QVERIFY(!Library::restoreBackup(dir.path(), backup, &error));
        QVERIFY2(error.contains(QString::number(::getpid())), qPrintable(error));

        writer.reset();
        auto next = Library::open(dir.path(), &error);
        QVERIFY2(next && !next->isReadOnly(), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestLibraryLock)
#include "TestLibraryLock.moc"
