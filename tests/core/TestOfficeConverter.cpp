#include "TestLibraryHelpers.h"
#include "TestOfficeFiles.h"
#include "TestPdfWriter.h"
#include "core/convert/OfficeConverter.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

// LibreOffice in its own processes (#13): a batch per process, a file that hangs it reported and
// the rest converted, nothing linked fetched from the network.
class TestOfficeConverter : public QObject
{
    Q_OBJECT

    // A local web server that logs every request it gets; port() once it listens.
    class WebServer
    {
    public:
        explicit WebServer(const QString &dir)
        {
            m_process.setWorkingDirectory(dir);
            m_process.start(QStringLiteral("python3"),
                            { QStringLiteral("-u"), QStringLiteral("-m"), QStringLiteral("http.server"),
                              QStringLiteral("0"), QStringLiteral("--bind"), QStringLiteral("127.0.0.1") });
            m_process.waitForStarted(5000);
            QByteArray out;
            for (int i = 0; i < 50 && !out.contains("port"); ++i) {
                m_process.waitForReadyRead(100);
                out += m_process.readAllStandardOutput();
            }
            const auto match
                = QRegularExpression(QStringLiteral("port (\\d+)")).match(QString::fromLatin1(out));
            m_port = match.hasMatch() ? match.captured(1).toInt() : 0;
        }
        ~WebServer()
        {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
        int port() const { return m_port; }
        QByteArray requests()
        {
            m_process.waitForReadyRead(500);
            return m_process.readAllStandardError();
        }

    private:
        QProcess m_process;
        int m_port = 0;
    };

private slots:
    void aFileThatHangsLibreOfficeIsReportedAndTheRestConverted()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("made.pdf"));
        QVERIFY(TestPdfWriter().addPage({ QStringLiteral("Umgewandelt") }).writeTo(pdf));
        OfficeConverter::Options options;
        options.program = TestOfficeFiles::fakeSoffice(dir.path(), pdf, QStringLiteral("haengt"));
        options.timeoutSeconds = 2;
        options.startSeconds = 0;
        options.processes = 1;
        const OfficeConverter converter(options);
        QList<OfficeConverter::Job> jobs;
        for (const QString &name : QStringList { "a", "b-haengt", "c", "d" }) {
            const QString source
                = TestHelpers::writeFile(dir.path(), QStringLiteral("in/%1.docx").arg(name), "PK");
            jobs.append({ source, dir.filePath(QStringLiteral("%1.pdf").arg(name)) });
        }
        QList<int> reported;
        const QList<OfficeConverter::Outcome> outcomes = converter.convert(
            jobs, [&](int index, const OfficeConverter::Outcome &) { reported.append(index); });
        QCOMPARE(outcomes.size(), 4);
        QCOMPARE(outcomes[0].state, OfficeConverter::Outcome::State::Done);
        QCOMPARE(outcomes[1].state, OfficeConverter::Outcome::State::Failed);
        QVERIFY2(outcomes[1].error.contains(QLatin1String("did not finish")), qPrintable(outcomes[1].error));
        QCOMPARE(outcomes[2].state, OfficeConverter::Outcome::State::Done);
        QCOMPARE(outcomes[3].state, OfficeConverter::Outcome::State::Done);
        QVERIFY(QFile::exists(jobs[0].target));
        QVERIFY(!QFile::exists(jobs[1].target));
        QVERIFY(QFile::exists(jobs[3].target));
        std::sort(reported.begin(), reported.end());
        QCOMPARE(reported, QList<int>({ 0, 1, 2, 3 }));
    }

    // LibreOffice crashing on a file: that file is reported, a new process converts the rest.
    void aFileThatCrashesLibreOfficeIsReportedAndTheRestConverted()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("made.pdf"));
        QVERIFY(TestPdfWriter().addPage({ QStringLiteral("Umgewandelt") }).writeTo(pdf));
        OfficeConverter::Options options;
        options.program = TestOfficeFiles::fakeSoffice(dir.path(), pdf, QStringLiteral("HAENGT"));
        options.processes = 1;
        const OfficeConverter converter(options);
        QList<OfficeConverter::Job> jobs;
        for (const QString &name : QStringList { "a", "b", "c" }) {
            const QString source
                = TestHelpers::writeFile(dir.path(), QStringLiteral("in/%1.rtf").arg(name),
                                         name == QLatin1String("b") ? "{\\rtf1 ABSTURZ}" : "{\\rtf1 gut}");
            jobs.append({ source, dir.filePath(QStringLiteral("%1.pdf").arg(name)) });
        }
        const QList<OfficeConverter::Outcome> outcomes = converter.convert(jobs);
        QCOMPARE(outcomes[0].state, OfficeConverter::Outcome::State::Done);
        QCOMPARE(outcomes[1].state, OfficeConverter::Outcome::State::Failed);
        QVERIFY2(outcomes[1].error.contains(QLatin1String("stopped while converting")),
                 qPrintable(outcomes[1].error));
        QCOMPARE(outcomes[2].state, OfficeConverter::Outcome::State::Done);
    }

    void withoutLibreOfficeEveryFileSaysWhy()
    {
        OfficeConverter::Options options;
        options.program = QStringLiteral("/nonexistent/soffice");
        const OfficeConverter converter(options);
        QVERIFY(!converter.isAvailable());
        const auto outcomes
            = converter.convert({ { QStringLiteral("/tmp/a.docx"), QStringLiteral("/tmp/a.pdf") } });
        QCOMPARE(outcomes.first().state, OfficeConverter::Outcome::State::Failed);
        QVERIFY(outcomes.first().error.contains(QLatin1String("not installed")));
    }

    // A DOCX whose image is linked from a web server: a plain `soffice --convert-to pdf` fetches it;
    // ours fetches nothing, with its own network and also with the profile alone (defence in depth).
    // LibreOffice's profiles outlive a convert() call, so that PageBuilder's next chunk starts in a
    // profile already set up, and go with the converter.
    void profilesAreKeptBetweenCalls()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("made.pdf"));
        QVERIFY(TestPdfWriter().addPage({ QStringLiteral("Seite") }).writeTo(pdf));
        QList<OfficeConverter::Job> jobs;
        for (int i = 0; i < 2; ++i)
            jobs.append(
                { TestHelpers::writeFile(dir.path(), QStringLiteral("in/%1.rtf").arg(i), "{\\rtf1 x}"),
                  dir.filePath(QStringLiteral("%1.pdf").arg(i)) });
        OfficeConverter::Options options;
        options.program = TestOfficeFiles::fakeSoffice(dir.path(), pdf, QStringLiteral("HAENGT"));
        options.processes = 1;
        QString profile;
        {
            const OfficeConverter converter(options);
            QCOMPARE(converter.convert(jobs.mid(0, 1)).value(0).state, OfficeConverter::Outcome::State::Done);
            QCOMPARE(converter.convert(jobs.mid(1, 1)).value(0).state, OfficeConverter::Outcome::State::Done);
            QFile log(dir.filePath(QStringLiteral("fake-soffice.log")));
            QVERIFY(log.open(QIODevice::ReadOnly));
            const QStringList starts = QString::fromUtf8(log.readAll()).split(u'\n', Qt::SkipEmptyParts);
            QCOMPARE(starts.size(), 2);
            QCOMPARE(starts[0], starts[1]);
            profile = QUrl(starts[0].section(QLatin1Char('='), 1)).toLocalFile();
            QVERIFY2(QFileInfo::exists(profile + QStringLiteral("/user/registrymodifications.xcu")),
                     qPrintable(profile));
        }
        QVERIFY(!QFileInfo::exists(profile));
    }

    // Hostile office files with real LibreOffice, in one run: an ODT whose Basic macro, bound to the
    // document's opening, would write a file converts without running it; an encrypted file fails
    // with a reason and the file after it is converted.
    void noMacroRunsAndAProtectedFileFailsAlone()
    {
        if (TestOfficeFiles::soffice().isEmpty())
            QSKIP("LibreOffice (soffice) is not installed");
        QTemporaryDir dir;
        const QString marker = dir.filePath(QStringLiteral("makro-lief.txt"));
        const QString macro = TestHelpers::writeFile(dir.path(), QStringLiteral("makro.odt"),
                                                     TestOfficeFiles::odtWithOpenMacro(marker));
        const QString locked = dir.filePath(QStringLiteral("verschluesselt.odt"));
        QVERIFY(QFile::copy(QStringLiteral(SRT_TEST_DATA_DIR "/office/verschluesselt.odt"), locked));
        const QString plain = TestHelpers::writeFile(
            dir.path(), QStringLiteral("plain.docx"),
            TestOfficeFiles::docx(QStringLiteral("Satzung"), { QStringLiteral("Text") }));
        OfficeConverter::Options options;
        options.program = TestOfficeFiles::soffice();
        options.processes = 1;
        const auto outcomes = OfficeConverter(options).convert(
            { { macro, dir.filePath(QStringLiteral("makro.pdf")) },
              { locked, dir.filePath(QStringLiteral("verschluesselt.pdf")) },
              { plain, dir.filePath(QStringLiteral("plain.pdf")) } });
        QCOMPARE(outcomes[0].state, OfficeConverter::Outcome::State::Done);
        QVERIFY(!QFileInfo::exists(marker));
        QCOMPARE(outcomes[1].state, OfficeConverter::Outcome::State::Failed);
        QVERIFY2(outcomes[1].error.contains(QLatin1String("password")), qPrintable(outcomes[1].error));
        QCOMPARE(outcomes[2].state, OfficeConverter::Outcome::State::Done);
    }

    void nothingLinkedIsFetched_data()
    {
        QTest::addColumn<bool>("withoutNetwork");
        QTest::newRow("own network") << true;
        QTest::newRow("profile alone") << false;
    }

    void nothingLinkedIsFetched()
    {
        QFETCH(bool, withoutNetwork);
        if (TestOfficeFiles::soffice().isEmpty())
            QSKIP("LibreOffice (soffice) is not installed");
        QTemporaryDir dir;
        WebServer server(dir.path());
        QVERIFY(server.port() > 0);
        const QString url = QStringLiteral("http://127.0.0.1:%1/bild.png").arg(server.port());
        const QString linked = TestHelpers::writeFile(dir.path(), QStringLiteral("linked.docx"),
                                                      TestOfficeFiles::docxWithLinkedImage(url));
        const QString plain = TestHelpers::writeFile(
            dir.path(), QStringLiteral("plain.docx"),
            TestOfficeFiles::docx(QStringLiteral("Satzung"), { QStringLiteral("Text") }));
        OfficeConverter::Options options;
        options.program = TestOfficeFiles::soffice();
        options.processes = 1;
        options.withoutNetwork = withoutNetwork;
        const OfficeConverter converter(options);
        const auto outcomes = converter.convert({ { linked, dir.filePath(QStringLiteral("linked.pdf")) },
                                                  { plain, dir.filePath(QStringLiteral("plain.pdf")) } });
        QCOMPARE(outcomes[0].state, OfficeConverter::Outcome::State::Done);
        QCOMPARE(outcomes[1].state, OfficeConverter::Outcome::State::Done);
        const QByteArray requests = server.requests();
        QVERIFY2(!requests.contains("bild.png"), requests.constData());
    }
};

QTEST_GUILESS_MAIN(TestOfficeConverter)
#include "TestOfficeConverter.moc"
