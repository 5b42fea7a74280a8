#include "TestLibraryHelpers.h"
#include "core/library/Library.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// What the command-line tool prints of the library: never a control character a terminal would act
// on, nor a bidi override that shows a name as another one, whatever the catalog holds (an older
// library, or one written by another program). The documents are put into the catalog directly,
// bypassing the import and its cleaning.
namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The title, tags, category and file name of the hostile document, and a text that search finds.
const QString &hostileTitle()
{
    static const QString title = QStringLiteral("Haushalt\x1b[2J\x07\r") + QChar(0) + QChar(0x9B)
        + QStringLiteral("31m x") + QChar(0x202E) + QStringLiteral("fdp.exe");
    return title;
}

// Where bytes holds a character the tool must not print raw; empty when it holds none. Tab and
// newline separate the columns and lines of the text output; CRLF ends the lines of a CSV file.
QString rawControl(const QByteArray &bytes, bool crlfLines = false)
{
    const QString text = QString::fromUtf8(bytes);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\n' || c == u'\t'
            || (crlfLines && c == u'\r' && text.mid(i + 1, 1) == QLatin1String("\n")))
            continue;
        const bool control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
        const bool bidi = c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
            || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
        if (control || bidi)
            return QStringLiteral("U+%1 at %2 in: %3")
                .arg(uint(c), 4, 16, QLatin1Char('0'))
                .arg(i)
                .arg(text.mid(std::max<qsizetype>(0, i - 40), 80));
    }
    return {};
}

} // namespace

class TestCliOutput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_library;

    Run cli(const QStringList &args)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("SRTOOLBOX_LIBRARY"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SRT_CLI_PATH),
                      QStringList { QStringLiteral("--library"), m_library } + args);
        Run run;
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            run.err = "timed out";
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    static QByteArray dump(const Run &run)
    {
        return "exit " + QByteArray::number(run.exitCode) + "\nstdout:\n" + run.out + "\nstderr:\n" + run.err;
    }

    // Neither stdout nor stderr holds a raw control character or bidi control.
    static QString rawIn(const Run &run)
    {
        const QString out = rawControl(run.out);
        return !out.isEmpty()               ? QStringLiteral("stdout: ") + out
            : rawControl(run.err).isEmpty() ? QString()
                                            : QStringLiteral("stderr: ") + rawControl(run.err);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(QStringLiteral("Bibliothek"));
        QString error;
        auto library = Library::open(m_library, &error);
        QVERIFY2(library, qPrintable(error));
        DocumentRecord hostile;
        hostile.sha256 = QString(64, QLatin1Char('a'));
        hostile.filename
            = QStringLiteral("rechnung\x1b]0;owned\x07") + QChar(0x202E) + QStringLiteral("fdp.exe");
        hostile.title = hostileTitle();
        hostile.category = QStringLiteral("Finanzen\x1b[8m");
        hostile.type = QStringLiteral("Plan\r");
        hostile.municipality = QStringLiteral("Muster") + QChar(0x2066) + QStringLiteral("stadt");
        hostile.format = QStringLiteral("pdf");
        hostile.tags = QStringList { QStringLiteral("Haushalt\x1b[1m"),
                                     QStringLiteral("x") + QChar(0x202E) + QStringLiteral("gpj.exe") };
        QVERIFY2(library->catalog().insertDocument(hostile,
                                                   QStringLiteral("Der Haushalt\x1b[2J für 2024")
                                                       + QChar(0x202E) + QStringLiteral(" im Überblick.")),
                 qPrintable(library->catalog().lastError()));
        DocumentRecord plain;
        plain.sha256 = QString(64, QLatin1Char('b'));
        plain.filename = QStringLiteral("satzung.txt");
        plain.title = QStringLiteral("Satzung");
        plain.format = QStringLiteral("txt");
        QVERIFY(library->catalog().insertDocument(plain, QStringLiteral("Die Satzung der Gemeinde.")));
    }

    void printsNoRawControls_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("list") << QStringList { QStringLiteral("list") };
        QTest::newRow("list --json") << QStringList { QStringLiteral("list"), QStringLiteral("--json") };
        QTest::newRow("search") << QStringList { QStringLiteral("search"), QStringLiteral("--facets"),
                                                 QStringLiteral("Haushalt") };
        QTest::newRow("search --json")
            << QStringList { QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("--facets"),
                             QStringLiteral("Haushalt") };
        QTest::newRow("search, everything")
            << QStringList { QStringLiteral("search"), QStringLiteral("--facets") };
        QTest::newRow("check") << QStringList { QStringLiteral("check") };
        QTest::newRow("stats") << QStringList { QStringLiteral("stats") };
    }
    void printsNoRawControls()
    {
        QFETCH(QStringList, args);
        const Run run = cli(args);
        QVERIFY2(run.exitCode == 0 || args.constFirst() == QLatin1String("check"), dump(run).constData());
        QVERIFY2(rawIn(run).isEmpty(), qPrintable(rawIn(run)));
        if (args.constFirst() == QLatin1String("check") || args.constFirst() == QLatin1String("stats"))
            return;
        // The data is there, made visible.
        QVERIFY2(run.out.contains("\\u202e"), run.out.constData());
        QVERIFY2(run.out.contains(args.contains(QStringLiteral("--json")) ? "\\u001b" : "\\x1b"),
                 run.out.constData());
        if (args.contains(QStringLiteral("--json"))) {
            QJsonParseError error;
            const QJsonDocument json = QJsonDocument::fromJson(run.out, &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
            // The escapes are JSON escapes: the values are the catalog's, unchanged.
            const QJsonArray documents
                = json.isArray() ? json.array() : json.object().value(QStringLiteral("hits")).toArray();
            bool found = false;
            for (const QJsonValue &d : documents)
                found = found || d.toObject().value(QStringLiteral("title")).toString() == hostileTitle();
            QVERIFY(found);
        } else {
            QVERIFY2(run.out.contains("Haushalt\\x1b[2J\\x07\\x0d\\x00\\x9b31m x\\u202efdp.exe"),
                     run.out.constData());
        }
    }

    void printableEscapesVisibly()
    {
        // Each line of "list" stays one line with its six columns.
        const Run run = cli({ QStringLiteral("list") });
        const QList<QByteArray> lines = run.out.split('\n');
        QCOMPARE(lines.size(), 3); // two documents and the empty rest after the last newline
        QCOMPARE(lines.at(0).count('\t'), 5);
    }

    void csvHoldsNoRawControls()
    {
        const QString csv = m_dir.filePath(QStringLiteral("liste.csv"));
        const Run run = cli({ QStringLiteral("export"), QStringLiteral("--csv"), csv,
                              QStringLiteral("--query"), QStringLiteral("Haushalt") });
        QVERIFY2(run.exitCode == 0, dump(run).constData());
        QVERIFY2(rawIn(run).isEmpty(), qPrintable(rawIn(run)));
        const QByteArray bytes = TestHelpers::readFile(csv);
        QVERIFY2(rawControl(bytes, true).isEmpty(), qPrintable(rawControl(bytes, true)));
        QVERIFY2(bytes.contains("Haushalt\\x1b[2J"), bytes.constData());
    }

    // The import report names files as the source holds them.
    void importReportHoldsNoRawControls()
    {
        const QString source = m_dir.filePath(QStringLiteral("Quelle"));
        TestHelpers::writeFile(source, QStringLiteral("gut.txt"), "Ein Text.\n");
        TestHelpers::writeFile(
            source, QStringLiteral("leer\x1b[31m\x07") + QChar(0x202E) + QStringLiteral("txt.exe"), "MZ");
        const Run run = cli({ QStringLiteral("import"), source });
        QVERIFY2(rawIn(run).isEmpty(), qPrintable(rawIn(run)));
        QVERIFY2(run.out.contains("leer\\x1b[31m\\x07\\u202etxt.exe"), dump(run).constData());
    }

    // A word the index cannot hold used to vanish from the query: the export took every document.
    void exportOfAnUnsearchableWordWritesNothing()
    {
        const QString longWord(70, QLatin1Char('x'));
        for (const QString &query : { longWord, QStringLiteral("Haushalt ") + longWord }) {
            const QString target = m_dir.filePath(QStringLiteral("Export-%1").arg(query.size()));
            const Run run = cli({ QStringLiteral("export"), QStringLiteral("--to"), target,
                                  QStringLiteral("--query"), query });
            QVERIFY2(run.exitCode == 1, dump(run).constData());
            QVERIFY2(run.err.contains("too long"), run.err.constData());
            QVERIFY2(run.err.contains("nothing was written"), run.err.constData());
            QVERIFY(!QFileInfo::exists(target));
        }
        const QString badOnly = QString::fromUtf8("\xff\xfe");
        const Run bad
            = cli({ QStringLiteral("export"), QStringLiteral("--to"),
                    m_dir.filePath(QStringLiteral("Export-bad")), QStringLiteral("--query"), badOnly });
        QVERIFY2(bad.exitCode == 1, dump(bad).constData());
        QVERIFY2(bad.err.contains("could not be read"), bad.err.constData());

        // Nothing to search for at all: a search shows every document, an export refuses.
        const QString target = m_dir.filePath(QStringLiteral("Export-amp"));
        const Run amp = cli({ QStringLiteral("export"), QStringLiteral("--to"), target,
                              QStringLiteral("--query"), QStringLiteral("&") });
        QVERIFY2(amp.exitCode == 2, dump(amp).constData());
        QVERIFY2(amp.err.contains("nothing to search for"), amp.err.constData());
        QVERIFY(!QFileInfo::exists(target));

        // search says the same on stderr and in its JSON.
        const Run search = cli({ QStringLiteral("search"), QStringLiteral("Haushalt"), longWord });
        QVERIFY2(search.exitCode == 0, dump(search).constData());
        QVERIFY2(search.out.startsWith("0 "), search.out.constData());
        QVERIFY2(search.err.contains("too long"), search.err.constData());
        const Run json = cli({ QStringLiteral("search"), QStringLiteral("--json"), longWord });
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o.value(QStringLiteral("total")).toInt(-1), 0);
        QCOMPARE(o.value(QStringLiteral("warnings")).toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliOutput)
#include "TestCliOutput.moc"
