#include "TestArchiveBuilder.h"
#include "TestPdfWriter.h"
#include "core/library/Library.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

// Crash safety of the import: srtoolbox-cli import is killed with SIGKILL at random moments over
// the import's duration. After every kill the library must open, "check" must find it consistent
// (no orphan, missing or corrupt file; the journal of the killed import is undone on opening) and
// the pack must be either absent or complete. Running the import again completes it.
// The seed is printed; SRT_KILL_SEED=N repeats a run.
namespace {

#ifdef SRT_SANITIZE
constexpr int TextFiles = 200;
constexpr int PdfFiles = 4;
#else
constexpr int TextFiles = 2000;
constexpr int PdfFiles = 20;
#endif
constexpr int Kills = 20;
constexpr int Documents = TextFiles + PdfFiles;

struct Run
{
    int exitCode = -1;
    QString output;
};

Run cli(const QStringList &args, int timeoutMs = 240000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(SRT_CLI_PATH), args);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = QString::fromUtf8(process.readAll());
    return run;
}

qint64 documentCount(const QString &library)
{
    Library::OpenOptions options;
    options.readOnly = true;
    options.create = false;
    QString error;
    const auto opened = Library::open(library, &error, options);
    return opened ? opened->catalog().stats().documents : -1;
}

} // namespace

class TestCliImportKill : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_pack;

    void importAndKill(const QString &library, int delayMs)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(SRT_CLI_PATH), {QStringLiteral("--library"), library, QStringLiteral("import"),
                                                     QStringLiteral("--jobs"), QStringLiteral("2"), m_pack});
        QVERIFY(process.waitForStarted());
        if (process.waitForFinished(delayMs))
            return; // finished before the kill: a complete import
        process.kill(); // SIGKILL: no handler, no cleanup
        QVERIFY(process.waitForFinished(60000));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TestArchiveBuilder builder;
        const QStringList categories{QStringLiteral("Vergabe"), QStringLiteral("Förderung"), QStringLiteral("LoRaWAN"),
                                     QStringLiteral("Datenschutz"), QStringLiteral("Mobilität/Parken")};
        for (int i = 0; i < TextFiles; ++i) {
            const QString category = categories.at(i % categories.size());
            const bool markdown = i % 3 == 0;
            const QByteArray text = (markdown ? QStringLiteral("# Muster %1\n\nVorlage Nummer %1 für %2.\n")
                                              : QStringLiteral("Beispieldokument %1 zur Kategorie %2.\n"))
                                        .arg(i).arg(category).toUtf8();
            builder.addFile(QStringLiteral("%1/Dokument_%2.%3").arg(category).arg(i, 5, 10, QLatin1Char('0'))
                                .arg(markdown ? QStringLiteral("md") : QStringLiteral("txt")),
                            text);
        }
        for (int i = 0; i < PdfFiles; ++i) {
            TestPdfWriter pdf;
            for (int page = 1; page <= 5; ++page)
                pdf.addPage({QStringLiteral("Bericht %1, Seite %2").arg(i).arg(page), QStringLiteral("Sensornetz und Straßenbeleuchtung")});
            pdf.setInfo(QStringLiteral("Title"), QStringLiteral("Bericht %1").arg(i));
            builder.addFile(QStringLiteral("Berichte/Bericht_%1.pdf").arg(i), pdf.toByteArray());
        }
        m_pack = m_dir.filePath(QStringLiteral("Grosses_Paket.zip"));
        QVERIFY2(builder.write(m_pack), qPrintable(builder.errorString()));
    }

    void killedImportsLeaveConsistentLibraries()
    {
        // How long an undisturbed import takes sets the range of the kill moments.
        const QString reference = m_dir.filePath(QStringLiteral("reference"));
        QElapsedTimer timer;
        timer.start();
        const Run full = cli({QStringLiteral("--library"), reference, QStringLiteral("import"), QStringLiteral("--jobs"),
                              QStringLiteral("2"), m_pack});
        const qint64 duration = timer.elapsed();
        QVERIFY2(full.exitCode == 0, qPrintable(full.output));
        QCOMPARE(documentCount(reference), qint64(Documents));

        bool seedOk = false;
        quint32 seed = qEnvironmentVariable("SRT_KILL_SEED").toUInt(&seedOk);
        if (!seedOk)
            seed = quint32(QDateTime::currentMSecsSinceEpoch() & 0xffffffff);
        qInfo("%d documents, full import %lld ms; kill seed %u (SRT_KILL_SEED=%u repeats it)", Documents, duration, seed, seed);
        QRandomGenerator random(seed);

        int library = 0;
        int absent = 0;
        int complete = 0;
        QString path = m_dir.filePath(QStringLiteral("lib0"));
        for (int kill = 0; kill < Kills; ++kill) {
            // Spread over the whole import, a little beyond its end (the commit is the last step).
            const int delay = int(random.bounded(int(duration * 11 / 10) + 1));
            importAndKill(path, delay);
            if (QTest::currentTestFailed())
                return;
            if (!QFileInfo::exists(path + QStringLiteral("/catalog.db"))) {
                // Killed before the library was created: nothing to check, the next import creates it.
                qInfo("kill %d after %d ms: before the catalog existed", kill, delay);
                ++absent;
            } else {
                const Run check = cli({QStringLiteral("--library"), path, QStringLiteral("check")});
                QVERIFY2(check.exitCode == 0, qPrintable(QStringLiteral("kill %1 after %2 ms: %3").arg(kill).arg(delay).arg(check.output)));
                const qint64 count = documentCount(path);
                qInfo("kill %d after %d ms: %d documents", kill, delay, int(count));
                QVERIFY2(count == 0 || count == Documents, qPrintable(QString::number(count)));
                if (count == Documents) {
                    ++complete;
                    path = m_dir.filePath(QStringLiteral("lib%1").arg(++library)); // next kill on a fresh import
                } else {
                    ++absent;
                }
            }
            if (kill % 10 == 9) {
                // Re-running the import after a kill completes it.
                const Run again = cli({QStringLiteral("--library"), path, QStringLiteral("import"), m_pack});
                QVERIFY2(again.exitCode == 0, qPrintable(again.output));
                QCOMPARE(documentCount(path), qint64(Documents));
                const Run recheck = cli({QStringLiteral("--library"), path, QStringLiteral("check")});
                QVERIFY2(recheck.exitCode == 0, qPrintable(recheck.output));
                path = m_dir.filePath(QStringLiteral("lib%1").arg(++library));
            }
        }
        qInfo("%d kills: %d before the commit (nothing imported), %d after it (all imported)", Kills, absent, complete);
    }
};

QTEST_GUILESS_MAIN(TestCliImportKill)
#include "TestCliImportKill.moc"
