#include "TestLibraryHelpers.h"
#include "core/library/Library.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <csignal>

// srtoolbox-cli import stopped by SIGTERM or SIGINT (Ctrl+C): the import is rolled back, the
// command says so and exits with its own code (130); the library is as it was. And the exit code
// of an import whose backup afterwards failed.
namespace {

struct Run
{
    int exitCode = -1;
    QString output;
};

Run cli(const QStringList &args)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(SRT_CLI_PATH), args);
    if (!process.waitForFinished(240000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             QString::fromUtf8(process.readAll()) };
}

constexpr int Files = 1500;
constexpr int TaggedFiles = 400;

// Files in the library's store (temporaries and the journal aside).
int storedFiles(const QString &library)
{
    int count = 0;
    const QDir files(library + QStringLiteral("/files"));
    for (const QString &folder : files.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        count += int(QDir(files.filePath(folder)).entryList(QDir::Files).size());
    return count;
}

// Every file of the library but its backups, and the catalog's documents: what "as it was" means.
QString libraryState(const QString &library)
{
    QStringList files;
    QDirIterator it(library + QStringLiteral("/files"), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(library).relativeFilePath(it.next()));
    files.sort();
    Library::OpenOptions options;
    options.readOnly = true;
    options.create = false;
    QString error;
    const auto opened = Library::open(library, &error, options);
    if (!opened)
        return error;
    const CatalogStats stats = opened->catalog().stats();
    return QStringLiteral("documents %1, packs %2, tags %3\n")
               .arg(stats.documents)
               .arg(stats.packs)
               .arg(stats.tags)
        + files.join(QLatin1Char('\n'));
}

} // namespace

class TestCliImportCancel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_files;
    QString m_tags;
    QString m_small;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_small = m_dir.filePath(QStringLiteral("Klein"));
        TestHelpers::writeFile(m_small, QStringLiteral("Haushalt/Plan.txt"),
                               "Haushaltsplan 2025 der Gemeinde");
        // Long enough to be stopped in the middle: many files to store and extract.
        m_files = m_dir.filePath(QStringLiteral("Viele_Dateien"));
        for (int i = 0; i < Files; ++i)
            TestHelpers::writeFile(m_files, QStringLiteral("Protokolle/Protokoll_%1.txt").arg(i),
                                   "Niederschrift der Sitzung Nummer " + QByteArray::number(i));
        // Quick to store and extract, long to tag: 400 documents with 200 tags of their own each
        // (the most a document takes), 80,000 tags in all.
        m_tags = m_dir.filePath(QStringLiteral("Viele_Schlagworte"));
        QJsonArray documents;
        for (int i = 0; i < TaggedFiles; ++i) {
            QJsonArray tags;
            for (int t = 0; t < 200; ++t)
                tags.append(QStringLiteral("Thema %1-%2").arg(i).arg(t));
            const QString file = QStringLiteral("Protokoll_%1.txt").arg(i);
            TestHelpers::writeFile(m_tags, file, "Niederschrift " + QByteArray::number(i));
            documents.append(
                QJsonObject { { QStringLiteral("file"), file }, { QStringLiteral("tags"), tags } });
        }
        const QJsonObject manifest {
            { QStringLiteral("format"), QStringLiteral("smart-region-toolbox-pack") },
            { QStringLiteral("formatVersion"), 1 },
            { QStringLiteral("pack"),
              QJsonObject { { QStringLiteral("name"), QStringLiteral("Schlagworte") } } },
            { QStringLiteral("documents"), documents }
        };
        TestHelpers::writeFile(m_tags, QStringLiteral("toolbox.json"),
                               QJsonDocument(manifest).toJson(QJsonDocument::Compact));
    }

    void aSignalCancelsTheImport_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<bool>("tagging");
        // While the files are stored and extracted.
        QTest::newRow("SIGTERM") << int(SIGTERM) << false;
        QTest::newRow("SIGINT") << int(SIGINT) << false;
        // A moment after the last file is stored: while the tags are written (about 1.5 s here).
        QTest::newRow("SIGTERM while tagging") << int(SIGTERM) << true;
    }

    void aSignalCancelsTheImport()
    {
        QFETCH(int, signal);
        QFETCH(bool, tagging);
        const QString library = m_dir.filePath(QStringLiteral("lib-%1-%2").arg(signal).arg(tagging));
        const Run first = cli({ QStringLiteral("--library"), library, QStringLiteral("import"), m_small });
        QVERIFY2(first.exitCode == 0, qPrintable(first.output));
        const QString before = libraryState(library);

        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(SRT_CLI_PATH),
                      { QStringLiteral("--library"), library, QStringLiteral("import"),
                        QStringLiteral("--jobs"), QStringLiteral("2"), tagging ? m_tags : m_files });
        QVERIFY(process.waitForStarted());
        // The import is under way once its journal names a stored file.
        const QDir journal(library + QStringLiteral("/files/.journal"));
        QElapsedTimer waited;
        waited.start();
        while (journal.entryList({ QStringLiteral("*.pending") }, QDir::Files).isEmpty()
               || (tagging && storedFiles(library) < TaggedFiles + 1)) {
            QVERIFY2(process.state() == QProcess::Running, qPrintable(QString::fromUtf8(process.readAll())));
            QVERIFY(waited.elapsed() < 60000);
            QThread::msleep(5);
        }
        if (tagging)
            QThread::msleep(300); // the few files are extracted at once; the tags take longer
        QCOMPARE(::kill(pid_t(process.processId()), signal), 0);
        QElapsedTimer stopping;
        stopping.start();
        QVERIFY(process.waitForFinished(60000));
        qInfo("stopped %lld ms after the signal, %lld ms into the import", stopping.elapsed(),
              waited.elapsed());
        const QString output = QString::fromUtf8(process.readAll());
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 130,
                 qPrintable(QString::number(process.exitCode()) + QLatin1Char('\n') + output));
        QVERIFY2(output.contains(QStringLiteral("Import cancelled")), qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("added 0")), qPrintable(output));

        QCOMPARE(libraryState(library), before);
        const Run check = cli({ QStringLiteral("--library"), library, QStringLiteral("check") });
        QVERIFY2(check.exitCode == 0, qPrintable(check.output));
    }

    void aFailedBackupIsAWarningWithItsReason()
    {
        const QString library = m_dir.filePath(QStringLiteral("lib-backup"));
        const Run first = cli({ QStringLiteral("--library"), library, QStringLiteral("import"), m_small });
        QVERIFY2(first.exitCode == 0, qPrintable(first.output));
        // Where the backups belong lies a file: the import lands, its backup cannot be made.
        QVERIFY(QDir(library + QStringLiteral("/backups")).removeRecursively());
        TestHelpers::writeFile(library, QStringLiteral("backups"), "kein Ordner");
        const QString another = TestHelpers::writeFile(m_dir.path(), QStringLiteral("Einzeln/Satzung.txt"),
                                                       "Satzung über die Benutzung");
        const Run second = cli({ QStringLiteral("--library"), library, QStringLiteral("import"), another });
        QVERIFY2(second.exitCode == 5,
                 qPrintable(QString::number(second.exitCode) + QLatin1Char('\n') + second.output));
        QVERIFY2(second.output.contains(QStringLiteral("added 1")), qPrintable(second.output));
        const QString prefix = QStringLiteral("The catalog could not be backed up: ");
        const qsizetype at = second.output.indexOf(prefix);
        QVERIFY2(at >= 0, qPrintable(second.output));
        QVERIFY2(second.output.mid(at + prefix.size()).section(QLatin1Char('\n'), 0, 0).trimmed().size() > 10,
                 qPrintable(second.output));
    }
};

QTEST_GUILESS_MAIN(TestCliImportCancel)
#include "TestCliImportCancel.moc"
