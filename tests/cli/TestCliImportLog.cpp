#include "TestLibraryHelpers.h"
#include "core/import/ImportLog.h"
#include "core/util/Logging.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The import log an admin sends to support, and the logging categories behind --verbose: quiet
// unless asked for.
class TestCliImportLog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QString err;
    };

    Run cli(const QStringList &args)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("SRTOOLBOX_LOG_DIR"), m_dir.filePath(QStringLiteral("logs")));
        env.remove(QStringLiteral("QT_LOGGING_RULES"));
        env.remove(QStringLiteral("SRTOOLBOX_LIBRARY"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SRT_CLI_PATH),
                      QStringList { QStringLiteral("--library"), m_dir.filePath(QStringLiteral("library")) }
                          + args);
        Run run;
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    // A folder pack with one good file and one over the size limit given below (1 MB).
    QString packWithOneRejection(const QString &name)
    {
        const QString pack = m_dir.filePath(name);
        TestHelpers::writeFile(pack, QStringLiteral("Satzung.txt"), "Satzung über die Straßenbeleuchtung");
        TestHelpers::writeFile(pack, QStringLiteral("Zu-gross.txt"), QByteArray(1024 * 1024 + 10, 'a'));
        return pack;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void categoriesAreQuietByDefault()
    {
        for (const QLoggingCategory *category :
             { &lcImport(), &lcSearch(), &lcExtract(), &lcConvert(), &lcPublish(), &lcLibrary(), &lcExport(),
               &lcGui(), &lcCli(), &lcWorker() }) {
            QVERIFY2(QByteArray(category->categoryName()).startsWith("srtoolbox."), category->categoryName());
            QVERIFY2(!category->isDebugEnabled() && !category->isInfoEnabled(), category->categoryName());
            QVERIFY2(category->isWarningEnabled(), category->categoryName());
        }
    }

    void importLogNamesTheRejectedEntryAndTheStages()
    {
        const QString pack = packWithOneRejection(QStringLiteral("Paket"));
        const QString logFile = m_dir.filePath(QStringLiteral("support.log"));
        const Run run
            = cli({ QStringLiteral("import"), QStringLiteral("--no-pages"), QStringLiteral("--max-file-size"),
                    QStringLiteral("1"), QStringLiteral("--log"), logFile, pack });
        QCOMPARE(run.exitCode, 3); // partly rejected
        QVERIFY2(!run.err.contains(QLatin1String("srtoolbox.")),
                 qPrintable(run.err)); // quiet without --verbose

        const QString log = QString::fromUtf8(TestHelpers::readFile(logFile));
        QVERIFY2(log.contains(QLatin1String("source: ") + pack), qPrintable(log));
        QVERIFY2(log.contains(QLatin1String("\nstages:\n")), qPrintable(log));
        QVERIFY2(log.contains(QLatin1String("  pack \"Paket\" (reading, extraction, writing, commit): ")),
                 qPrintable(log));
        QVERIFY2(log.contains(QLatin1String("\n  total: ")), qPrintable(log));
        QVERIFY2(log.contains(QLatin1String("  added: ") + pack + QLatin1String("/Satzung.txt")),
                 qPrintable(log));
        QVERIFY2(log.contains(QLatin1String("  rejected: ") + pack + QLatin1String("/Zu-gross.txt: ")),
                 qPrintable(log));
        QVERIFY2(log.contains(QLatin1String("summary: ")), qPrintable(log));

        // The same log is kept in the user's data folder ($SRTOOLBOX_LOG_DIR here).
        const QDir kept(m_dir.filePath(QStringLiteral("logs")));
        const QStringList logs = kept.entryList({ QStringLiteral("import-*.log") }, QDir::Files);
        QCOMPARE(logs.size(), 1);
        QCOMPARE(TestHelpers::readFile(kept.filePath(logs.first())), TestHelpers::readFile(logFile));
    }

    void verboseShowsWhatTheImportDoes()
    {
        const QString pack = packWithOneRejection(QStringLiteral("Paket2"));
        const Run run
            = cli({ QStringLiteral("--verbose"), QStringLiteral("import"), QStringLiteral("--no-pages"),
                    QStringLiteral("--max-file-size"), QStringLiteral("1"), pack });
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QLatin1String("srtoolbox.import: stages:")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("srtoolbox.import:   rejected: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("srtoolbox.cli: import log: ")), qPrintable(run.err));
    }

    void oldLogsArePruned()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        for (int i = 0; i < ImportLog::KeptLogs + 5; ++i)
            TestHelpers::writeFile(
                folder.path(),
                QStringLiteral("import-20000101-0000%1-000-1.log").arg(i, 2, 10, QLatin1Char('0')), "old");
        qputenv("SRTOOLBOX_LOG_DIR", folder.path().toUtf8());
        ImportLog log;
        QString error;
        const QString written = log.writeToDefaultFolder(&error);
        qunsetenv("SRTOOLBOX_LOG_DIR");
        QVERIFY2(!written.isEmpty(), qPrintable(error));
        const QStringList left
            = QDir(folder.path()).entryList({ QStringLiteral("import-*.log") }, QDir::Files, QDir::Name);
        QCOMPARE(left.size(), ImportLog::KeptLogs);
        QVERIFY(left.contains(QFileInfo(written).fileName())); // the newest stays
        QVERIFY(!left.contains(QStringLiteral("import-20000101-000000-000-1.log"))); // the oldest went
    }
};

QTEST_GUILESS_MAIN(TestCliImportLog)
#include "TestCliImportLog.moc"
