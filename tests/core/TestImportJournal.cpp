#include "TestLibraryHelpers.h"
#include "core/library/ImportJournal.h"
#include "core/library/Library.h"
#include "core/library/LibraryChecker.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

QString storeBytes(const ContentStore &store, const QByteArray &data)
{
    QString error;
    auto writer = store.begin(&error);
    if (!writer || !writer->write(data))
        return {};
    bool existed = false;
    if (!writer->commit(&existed, &error))
        return {};
    return writer->sha256();
}

QString journalDir(const ContentStore &store)
{
    return store.root() + QStringLiteral("/.journal");
}

QStringList journalFiles(const ContentStore &store)
{
    return QDir(journalDir(store)).entryList({ QStringLiteral("*.pending") }, QDir::Files);
}

QString writeJournal(const ContentStore &store, const QString &name, const QByteArray &content)
{
    return TestHelpers::writeFile(journalDir(store), name, content);
}

bool insertDocument(Catalog &catalog, const QString &sha, const QString &title)
{
    DocumentRecord doc;
    doc.sha256 = sha;
    doc.filename = title + QStringLiteral(".txt");
    doc.title = title;
    doc.format = QStringLiteral("txt");
    doc.size = 10;
    return catalog.insertDocument(doc, title);
}

// A process id that belonged to a process that has ended (and been reaped).
pid_t deadPid()
{
    const pid_t pid = ::fork();
    if (pid == 0)
        ::_exit(0);
    ::waitpid(pid, nullptr, 0);
    return pid;
}

// A child that waits until it is killed: an import running in another process.
class LiveProcess
{
public:
    LiveProcess()
        : m_pid(::fork())
    {
        if (m_pid == 0) {
            for (;;)
                ::pause();
        }
    }
    ~LiveProcess() { stop(); }
    LiveProcess(const LiveProcess &) = delete;
    LiveProcess &operator=(const LiveProcess &) = delete;
    pid_t pid() const { return m_pid; }
    void stop()
    {
        if (m_pid > 0) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, nullptr, 0);
            m_pid = -1;
        }
    }

private:
    pid_t m_pid;
};

} // namespace

class TestImportJournal : public QObject
{
    Q_OBJECT

private slots:
    void journalsUntilCommit()
    {
        QTemporaryDir dir;
        QString error;
        auto library = Library::open(dir.path(), &error);
        QVERIFY2(library, qPrintable(error));
        const ContentStore &store = library->store();

        ImportJournal journal(store);
        QVERIFY2(journal.begin(&error), qPrintable(error));
        QCOMPARE(journalFiles(store).size(), 1);
        const QString journalPath = journalDir(store) + QLatin1Char('/') + journalFiles(store).first();
        QCOMPARE(TestHelpers::readFile(journalPath),
                 QByteArray("pid ") + QByteArray::number(qint64(::getpid())) + '\n');

        const QString sha = storeBytes(store, "Satzung über die Erhebung von Parkgebühren");
        QVERIFY(ContentStore::isSha256(sha));
        QVERIFY(journal.record(sha));
        // Flushed at once: a process killed now leaves the line behind.
        QVERIFY(TestHelpers::readFile(journalPath).endsWith(sha.toLatin1() + '\n'));

        journal.commit();
        QVERIFY(!QFileInfo::exists(journalPath));
        QVERIFY(journalFiles(store).isEmpty());
        QVERIFY(store.contains(sha));
    }

    void rollbackRemovesWhatTheCatalogDoesNotName()
    {
        QTemporaryDir dir;
        QString error;
        auto library = Library::open(dir.path(), &error);
        QVERIFY(library);
        const ContentStore &store = library->store();

        ImportJournal journal(store);
        QVERIFY(journal.begin(&error));
        const QString orphan = storeBytes(store, "Entwurf Parkraumkonzept");
        const QString referenced = storeBytes(store, "Beschluss Parkraumkonzept");
        QVERIFY(journal.record(orphan));
        QVERIFY(journal.record(referenced));
        QVERIFY(insertDocument(library->catalog(), referenced, QStringLiteral("Beschluss")));

        journal.rollback(&library->catalog());
        QVERIFY(!store.contains(orphan));
        QVERIFY(store.contains(referenced));
        QVERIFY(journalFiles(store).isEmpty());
        QVERIFY(LibraryChecker::check(*library).isEmpty());
    }

    void anUnfinishedJournalRollsBackWhenDestroyed()
    {
        QTemporaryDir dir;
        QString error;
        auto library = Library::open(dir.path(), &error);
        QVERIFY(library);
        const ContentStore &store = library->store();
        QString sha;
        {
            ImportJournal journal(store);
            QVERIFY(journal.begin(&error));
            sha = storeBytes(store, "Zwischenstand der Ausschreibung");
            QVERIFY(journal.record(sha));
            QVERIFY(store.contains(sha));
        }
        QVERIFY(!store.contains(sha));
        QVERIFY(journalFiles(store).isEmpty());
    }

    void recoverRollsBackJournalsOfEndedProcesses()
    {
        QTemporaryDir dir;
        QString error;
        auto library = Library::open(dir.path(), &error);
        QVERIFY(library);
        const ContentStore &store = library->store();

        const QString orphan = storeBytes(store, "Vorlage aus einem abgebrochenen Import");
        const QString orphanOfFixedPid
            = storeBytes(store, "Noch eine Vorlage aus einem abgebrochenen Import");
        const QString referenced = storeBytes(store, "Vorlage, die der Katalog kennt");
        const QString ofRunningImport = storeBytes(store, "Vorlage eines laufenden Imports");
        QVERIFY(insertDocument(library->catalog(), referenced, QStringLiteral("Bekannt")));

        writeJournal(store, QStringLiteral("beendet.pending"),
                     "pid " + QByteArray::number(deadPid()) + '\n' + orphan.toLatin1() + '\n'
                         + referenced.toLatin1() + "\nkein-hash\n");
        const bool fixedPidIsDead = ::kill(999999, 0) != 0;
        if (fixedPidIsDead)
            writeJournal(store, QStringLiteral("alt.pending"),
                         "pid 999999\n" + orphanOfFixedPid.toLatin1() + '\n');
        LiveProcess running;
        QVERIFY(running.pid() > 0);
        writeJournal(store, QStringLiteral("laufend.pending"),
                     "pid " + QByteArray::number(running.pid()) + '\n' + ofRunningImport.toLatin1() + '\n');
        // A half-written file of the running import.
        TestHelpers::writeFile(store.root() + QStringLiteral("/.tmp"), QStringLiteral("halb"), "Vorlage ein");

        ImportJournal::recover(store, library->catalog());
        QVERIFY(!store.contains(orphan));
        QVERIFY(store.contains(referenced));
        if (fixedPidIsDead)
            QVERIFY(!store.contains(orphanOfFixedPid));
        QVERIFY(store.contains(ofRunningImport));
        QCOMPARE(journalFiles(store), QStringList { QStringLiteral("laufend.pending") });
        QVERIFY2(QFileInfo::exists(store.root() + QStringLiteral("/.tmp/halb")),
                 "temporary files stay while another import runs");

        // The other import died too: now its files go as well.
        running.stop();
        ImportJournal::recover(store, library->catalog());
        QVERIFY(!store.contains(ofRunningImport));
        QVERIFY(store.contains(referenced));
        QVERIFY(journalFiles(store).isEmpty());
        QVERIFY(!QFileInfo::exists(store.root() + QStringLiteral("/.tmp/halb")));
        if (!fixedPidIsDead)
            QVERIFY(store.remove(orphanOfFixedPid));
        QVERIFY(LibraryChecker::check(*library).isEmpty());
    }

    void aJournalCutOffBeforeItsPidCountsAsEnded()
    {
        // The process died between creating the journal and writing its first line.
        QTemporaryDir dir;
        QString error;
        auto library = Library::open(dir.path(), &error);
        QVERIFY(library);
        const ContentStore &store = library->store();
        writeJournal(store, QStringLiteral("leer.pending"), QByteArray());
        writeJournal(store, QStringLiteral("halb.pending"), "pi");
        ImportJournal::recover(store, library->catalog());
        QVERIFY(journalFiles(store).isEmpty());
    }

    void openingTheLibraryRecovers()
    {
        QTemporaryDir dir;
        QString error;
        QString orphan;
        QString referenced;
        {
            auto library = Library::open(dir.path(), &error);
            QVERIFY(library);
            orphan = storeBytes(library->store(), "Leistungsverzeichnis, halb importiert");
            referenced = storeBytes(library->store(), "Leistungsverzeichnis, fertig importiert");
            QVERIFY(insertDocument(library->catalog(), referenced, QStringLiteral("Leistungsverzeichnis")));
            writeJournal(library->store(), QStringLiteral("abgestuerzt.pending"),
                         "pid " + QByteArray::number(deadPid()) + '\n' + orphan.toLatin1() + '\n'
                             + referenced.toLatin1() + '\n');
            QCOMPARE(LibraryChecker::check(*library).size(), 1); // the orphan
        }
        auto library = Library::open(dir.path(), &error);
        QVERIFY2(library, qPrintable(error));
        QVERIFY(!library->store().contains(orphan));
        QVERIFY(library->store().contains(referenced));
        QVERIFY(journalFiles(library->store()).isEmpty());
        QVERIFY(LibraryChecker::check(*library).isEmpty());
        QCOMPARE(library->catalog().documents().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestImportJournal)
#include "TestImportJournal.moc"
