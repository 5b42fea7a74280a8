#include "core/library/Library.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// srtoolbox-cli similar ID and the abbreviation commands, on a small library of their own.
class TestCliSimilar : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_library;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

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
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(QStringLiteral("Bibliothek"));
        QString error;
        auto library = Library::open(m_library, &error);
        QVERIFY2(library, qPrintable(error));
        const QList<QPair<QString, QString>> docs {
            { QStringLiteral("Starkregen-Frühwarnsystem"),
              QStringLiteral("Pegelsensoren melden Starkregen an die Feuerwehr.") },
            { QStringLiteral("Hochwasserschutz"),
              QStringLiteral("Pegelsensoren am Bach; bei Starkregen warnt die Feuerwehr.") },
            { QStringLiteral("Haushaltssatzung"),
              QStringLiteral("Die Satzung über den Haushalt der Gemeinde.") },
            { QStringLiteral("Friedhofssatzung"), QStringLiteral("Die Satzung über Gebühren der Gemeinde.") },
        };
        int n = 0;
        for (const auto &[title, body] : docs) {
            DocumentRecord doc;
            doc.sha256 = QString::number(++n).rightJustified(64, QLatin1Char('0'));
            doc.filename = QStringLiteral("d%1.txt").arg(n);
            doc.title = title;
            doc.format = QStringLiteral("txt");
            QVERIFY2(library->catalog().insertDocument(doc, body),
                     qPrintable(library->catalog().lastError()));
        }
    }

    void similar()
    {
        Run run = cli({ QStringLiteral("similar"), QStringLiteral("--json"), QStringLiteral("--limit"),
                        QStringLiteral("1"), QStringLiteral("1") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(QStringLiteral("id")).toInteger(), 1);
        const QJsonArray similar = json.value(QStringLiteral("similar")).toArray();
        QCOMPARE(similar.size(), 1);
        QCOMPARE(similar.at(0).toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Hochwasserschutz"));

        run = cli({ QStringLiteral("similar"), QStringLiteral("3") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith("4\tFriedhofssatzung"), run.out.constData());

        QCOMPARE(cli({ QStringLiteral("similar"), QStringLiteral("x") }).exitCode, 2);
        run = cli({ QStringLiteral("similar"), QStringLiteral("99") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("99"), run.err.constData());
    }

    void abbreviations()
    {
        QCOMPARE(cli({ QStringLiteral("add-abbreviation"), QStringLiteral("FWS"),
                       QStringLiteral("Frühwarnsystem"), QStringLiteral("Leitfaden der Feuerwehr") })
                     .exitCode,
                 0);
        Run run = cli({ QStringLiteral("abbreviations") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith("FWS\tFrühwarnsystem\tLeitfaden der Feuerwehr\n"), run.out.constData());
        QVERIFY(run.out.contains("AVV\tAuftragsverarbeitungsvertrag\t"));
        run = cli({ QStringLiteral("search"), QStringLiteral("FWS") });
        QVERIFY2(run.out.contains("Starkregen-Frühwarnsystem"), run.out.constData());
        QCOMPARE(cli({ QStringLiteral("remove-abbreviation"), QStringLiteral("FWS") }).exitCode, 0);
        QVERIFY(!cli({ QStringLiteral("abbreviations") }).out.contains("FWS"));
        QCOMPARE(cli({ QStringLiteral("add-abbreviation"), QStringLiteral("FWS") }).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliSimilar)
#include "TestCliSimilar.moc"
