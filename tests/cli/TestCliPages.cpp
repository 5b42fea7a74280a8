#include "TestLibraryHelpers.h"
#include "TestOfficeFiles.h"
#include "TestPdfWriter.h"

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// The command line's side of office pages (#13), with a stand-in for LibreOffice ($SRT_SOFFICE) so
// that it runs in a moment: import makes the pages before it exits unless --no-pages, `pages`
// shows what is queued and failed, `pages --wait` does the queued work, `render` writes a page.
class TestCliPages : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_dir;
    QString m_soffice;

    Run cli(const QString &library, const QStringList &arguments, const QString &soffice)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SRT_SOFFICE"), soffice);
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(SRT_CLI_PATH),
                      QStringList { QStringLiteral("--library"), library } + arguments);
        Run run;
        if (!process.waitForFinished(60000))
            return run;
        run.exitCode = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    QString idOf(const QString &library, const QString &filename)
    {
        const Run list = cli(library, { QStringLiteral("list") }, m_soffice);
        for (const QString &line : list.out.split(QLatin1Char('\n'))) {
            if (line.contains(filename))
                return line.section(QLatin1Char('\t'), 0, 0);
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("made.pdf"));
        QVERIFY(TestPdfWriter()
                    .addPage({ QStringLiteral("Erste Seite") })
                    .addPage({ QStringLiteral("Zweite Seite Kehrwoche") })
                    .writeTo(pdf));
        m_soffice = TestOfficeFiles::fakeSoffice(m_dir.path(), pdf, QStringLiteral("HAENGT"));
        TestHelpers::writeFile(m_dir.path(), QStringLiteral("pack/brief.rtf"),
                               "{\\rtf1\\ansi Ein Anschreiben}");
        TestHelpers::writeFile(m_dir.path(), QStringLiteral("pack/notiz.txt"), "Eine Notiz");
    }

    void importMakesThePagesBeforeItExits()
    {
        const QString library = m_dir.filePath(QStringLiteral("lib1"));
        const Run import
            = cli(library, { QStringLiteral("import"), m_dir.filePath(QStringLiteral("pack")) }, m_soffice);
        QVERIFY2(import.exitCode == 0, qPrintable(import.out + import.err));
        QVERIFY2(import.out.contains(QLatin1String("Pages made for 1 document")), qPrintable(import.out));
        const Run search = cli(library, { QStringLiteral("search"), QStringLiteral("Kehrwoche") }, m_soffice);
        QVERIFY2(search.out.contains(QLatin1String("brief.rtf, page 2")), qPrintable(search.out));

        const QString png = m_dir.filePath(QStringLiteral("seite2.png"));
        const QString id = idOf(library, QStringLiteral("brief.rtf"));
        const Run render
            = cli(library,
                  { QStringLiteral("render"), id, QStringLiteral("--page"), QStringLiteral("2"),
                    QStringLiteral("--dpi"), QStringLiteral("40"), QStringLiteral("--out"), png },
                  m_soffice);
        QVERIFY2(render.exitCode == 0, qPrintable(render.err));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 200 && image.width() < 400); // A4 at 40 dpi: 331 pixels wide

        const Run noPages = cli(library,
                                { QStringLiteral("render"), idOf(library, QStringLiteral("notiz.txt")),
                                  QStringLiteral("--out"), png },
                                m_soffice);
        QCOMPARE(noPages.exitCode, 1);
        QVERIFY2(noPages.err.contains(QLatin1String("has no pages")), qPrintable(noPages.err));
        const Run noSuchPage = cli(library,
                                   { QStringLiteral("render"), id, QStringLiteral("--page"),
                                     QStringLiteral("3"), QStringLiteral("--out"), png },
                                   m_soffice);
        QCOMPARE(noSuchPage.exitCode, 1);
    }

    void noPagesLeavesThemQueuedForPagesWait()
    {
        const QString library = m_dir.filePath(QStringLiteral("lib2"));
        const Run import = cli(library,
                               { QStringLiteral("import"), QStringLiteral("--no-pages"),
                                 m_dir.filePath(QStringLiteral("pack")) },
                               m_soffice);
        QCOMPARE(import.exitCode, 0);
        QVERIFY(!import.out.contains(QLatin1String("Pages made")));
        Run status = cli(library, { QStringLiteral("pages") }, m_soffice);
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.contains(QLatin1String("with pages: 0, queued: 1, failed: 0")),
                 qPrintable(status.out));
        const QString id = idOf(library, QStringLiteral("brief.rtf"));
        const Run early = cli(library,
                              { QStringLiteral("render"), id, QStringLiteral("--out"),
                                m_dir.filePath(QStringLiteral("x.png")) },
                              m_soffice);
        QVERIFY2(early.err.contains(QLatin1String("queued")), qPrintable(early.err));

        const Run wait = cli(library, { QStringLiteral("pages"), QStringLiteral("--wait") }, m_soffice);
        QCOMPARE(wait.exitCode, 0);
        status = cli(library, { QStringLiteral("pages") }, m_soffice);
        QVERIFY2(status.out.contains(QLatin1String("with pages: 1, queued: 0, failed: 0")),
                 qPrintable(status.out));
        const Run check = cli(library, { QStringLiteral("check") }, m_soffice);
        QVERIFY2(check.exitCode == 0, qPrintable(check.out));
    }

    // Without LibreOffice the import works as before and says what would give pages.
    void withoutLibreOfficeTheImportWorksAsBefore()
    {
        const QString library = m_dir.filePath(QStringLiteral("lib3"));
        const Run import = cli(library, { QStringLiteral("import"), m_dir.filePath(QStringLiteral("pack")) },
                               QStringLiteral("/nonexistent/soffice"));
        QCOMPARE(import.exitCode, 0);
        QVERIFY2(import.err.contains(QLatin1String("LibreOffice")), qPrintable(import.err));
        const Run status = cli(library, { QStringLiteral("pages") }, QStringLiteral("/nonexistent/soffice"));
        QVERIFY(status.out.contains(QLatin1String("queued: 1")));
    }
};

QTEST_GUILESS_MAIN(TestCliPages)
#include "TestCliPages.moc"
