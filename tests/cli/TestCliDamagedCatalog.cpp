#include "TestLibraryHelpers.h"
#include "core/library/Library.h"
#include "core/library/LibraryLock.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

// A catalog with damaged pages makes stats, list and search say so (exit code 4, ExitCode::
// CatalogDamaged, with the restore-backup hint) instead of answering "nothing found" with exit 0;
// a second writer is refused with the holder named.
namespace {
constexpr int CatalogDamaged = 4;
constexpr int Documents = 240;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QString &library, const QStringList &args, const QString &quickCheckMb = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!quickCheckMb.isEmpty())
        environment.insert(QStringLiteral("SRTOOLBOX_QUICK_CHECK_MB"), quickCheckMb);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SRT_CLI_PATH), QStringList { QStringLiteral("--library"), library } + args);
    if (!process.waitForFinished(120000))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}

// Pages of a table, in order.
QList<qint64> leaves(SqliteDatabase &db, const QString &table)
{
    QList<qint64> pages;
    SqliteStatement stmt = db.prepare(
        QStringLiteral("SELECT pageno FROM dbstat WHERE name = ?1 AND pagetype = 'leaf' ORDER BY pageno"));
    stmt.bind(1, table);
    while (stmt.next())
        pages.append(stmt.integer(0));
    return pages;
}
} // namespace

class TestCliDamagedCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        auto library = Library::open(library_(), &error);
        QVERIFY2(library, qPrintable(error));
        SqliteTransaction transaction(library->database());
        for (int i = 0; i < Documents; ++i) {
            DocumentRecord doc;
            doc.sha256 = QStringLiteral("%1").arg(i, 64, 10, QLatin1Char('0'));
            doc.filename = QStringLiteral("Dokument%1.txt").arg(i);
            doc.title = QStringLiteral("Förderantrag %1").arg(i);
            doc.format = QStringLiteral("txt");
            QStringList text { QStringLiteral("Straßenbeleuchtung") };
            for (int j = 0; j < 60; ++j)
                text.append(QStringLiteral("zahl%1x").arg((i * 7 + j) % 400));
            QVERIFY(library->catalog().insertDocument(doc, text.join(QLatin1Char(' '))));
        }
        QVERIFY(transaction.commit());
        m_pageSize = library->database().scalar(QStringLiteral("PRAGMA page_size")).toLongLong();
        const QList<qint64> documents = leaves(library->database(), QStringLiteral("documents"));
        const QList<qint64> fts = leaves(library->database(), QStringLiteral("document_fts_data"));
        QVERIFY(documents.size() > 3 && fts.size() > 3);
        m_pages = { { QStringLiteral("documents"), documents.at(documents.size() / 2) },
                    { QStringLiteral("fts"), fts.at(fts.size() / 2) },
                    { QStringLiteral("page2"), 2 } };
        QVERIFY2(!library->backupCatalog(&error).isEmpty(), qPrintable(error));
        library.reset();
        m_pristine = TestHelpers::readFile(catalog());
    }

    void init() { TestHelpers::writeFile(library_(), QStringLiteral("catalog.db"), m_pristine); }

    void intactCatalogAnswers()
    {
        const Run stats = cli(library_(), { QStringLiteral("stats") });
        QCOMPARE(stats.exitCode, 0);
        QVERIFY2(stats.out.contains(QString::number(Documents)), qPrintable(stats.out));
        QCOMPARE(cli(library_(), { QStringLiteral("list") }).out.count(QLatin1Char('\n')), Documents);
    }

    void damagedPagesEndEveryReadCommand_data()
    {
        QTest::addColumn<qint64>("page");
        QTest::addColumn<QString>("quickCheckMb");
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
            QTest::addRow("%s, checked at opening", qPrintable(it.key())) << it.value() << QString();
            if (it.key() != QLatin1String("page2")) // the packs table: empty here, read by no command
                QTest::addRow("%s, found while reading", qPrintable(it.key()))
                    << it.value() << QStringLiteral("0");
        }
    }

    void damagedPagesEndEveryReadCommand()
    {
        QFETCH(qint64, page);
        QFETCH(QString, quickCheckMb);
        {
            QFile file(catalog());
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek((page - 1) * m_pageSize));
            QByteArray bytes = file.read(16);
            for (char &c : bytes)
                c = char(~c);
            QVERIFY(file.seek((page - 1) * m_pageSize));
            QCOMPARE(file.write(bytes), 16);
        }
        // Without the check at opening a command notices the pages it reads: list reads every
        // documents row, search "zahl*" every index page of those words, stats counts the rows.
        const bool atOpening = quickCheckMb.isEmpty();
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        QList<QStringList> commands { { QStringLiteral("list") },
                                      { QStringLiteral("search"), QStringLiteral("zahl*") } };
        if (atOpening || !tag.startsWith(QLatin1String("fts")))
            commands.append({ QStringLiteral("stats") });
        bool anyDamaged = false;
        for (const QStringList &command : std::as_const(commands)) {
            const Run run = cli(library_(), command, quickCheckMb);
            const QString what
                = command.join(QLatin1Char(' ')) + QStringLiteral(": ") + run.err + run.out.left(300);
            if (run.exitCode == 0 && !atOpening) {
                // Allowed only for a command that read none of the damaged page: then it answers in full.
                if (command.first() == QLatin1String("list"))
                    QVERIFY2(run.out.count(QLatin1Char('\n')) == Documents, qPrintable(what));
                else if (command.first() == QLatin1String("stats"))
                    QVERIFY2(run.out.contains(QString::number(Documents)), qPrintable(what));
                else
                    QVERIFY2(run.out.startsWith(QString::number(Documents)), qPrintable(what));
                continue;
            }
            QVERIFY2(run.exitCode == CatalogDamaged, qPrintable(what));
            QVERIFY2(run.err.contains(QStringLiteral("damaged")), qPrintable(what));
            QVERIFY2(run.err.contains(catalog()), qPrintable(what));
            QVERIFY2(run.err.contains(QStringLiteral("srtoolbox-cli restore-backup")), qPrintable(what));
            anyDamaged = true;
        }
        QVERIFY(anyDamaged);
    }

    void secondWriterIsRefused()
    {
        QTemporaryDir source;
        TestHelpers::writeFile(source.path(), QStringLiteral("Neu/Bericht.txt"), "Bericht über Sensoren.\n");
        QString error;
        {
            // This test process holds the lock: the command line is a second process on this host.
            auto lock = LibraryLock::acquire(library_(), &error);
            QVERIFY2(lock, qPrintable(error));
            const Run refused = cli(library_(), { QStringLiteral("import"), source.path() });
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(refused.err.contains(QString::number(::getpid())), qPrintable(refused.err));
            QVERIFY2(refused.err.contains(QSysInfo::machineHostName()), qPrintable(refused.err));
            QVERIFY2(refused.err.contains(QStringLiteral("writer.lock")), qPrintable(refused.err));
            // Readers go on.
            QCOMPARE(cli(library_(), { QStringLiteral("stats") }).exitCode, 0);
        }
        const Run import = cli(library_(), { QStringLiteral("import"), source.path() });
        QVERIFY2(import.exitCode == 0, qPrintable(import.out + import.err));
        QVERIFY(!QFileInfo::exists(library_() + QStringLiteral("/writer.lock")));
    }

private:
    QString library_() const { return m_dir.filePath(QStringLiteral("Bibliothek")); }
    QString catalog() const { return library_() + QStringLiteral("/catalog.db"); }

    QTemporaryDir m_dir;
    qint64 m_pageSize = 0;
    QMap<QString, qint64> m_pages;
    QByteArray m_pristine;
};

QTEST_GUILESS_MAIN(TestCliDamagedCatalog)
#include "TestCliDamagedCatalog.moc"
