#include "TestScanWriter.h"
#include "core/extract/OcrEngine.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Scans imported without text recognition (#13): `ocr` shows what is queued and what is missing,
// `ocr --wait` reads them once Tesseract's German data is there, and `render` shows a page of a
// multi-page TIFF.
class TestCliOcr : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_dir;

    // tessdata: TESSDATA_PREFIX for the command (and its extraction workers); empty: the default.
    Run cli(const QStringList &arguments, const QString &tessdata = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        if (!tessdata.isEmpty())
            environment.insert(QStringLiteral("TESSDATA_PREFIX"), tessdata);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(SRT_CLI_PATH),
                      QStringList { QStringLiteral("--library"), m_dir.filePath(QStringLiteral("lib")) }
                          + arguments);
        Run run;
        if (!process.waitForFinished(120000))
            return run;
        run.exitCode = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!OcrEngine::forThisThread().isAvailable())
            QSKIP("Tesseract with German data is not installed");
        const QString pack = m_dir.filePath(QStringLiteral("pack"));
        QVERIFY(QDir().mkpath(pack));
        TestScanWriter scan;
        scan.addScannedPage({ QStringLiteral("Bekanntmachung") })
            .addScannedPage({ QStringLiteral("Friedhofssatzung") });
        QVERIFY(scan.writePdf(pack + QStringLiteral("/scan.pdf")));
        TestScanWriter fax;
        fax.addScannedPage({ QStringLiteral("Deckblatt") })
            .addScannedPage({ QStringLiteral("Winterdienst") });
        QVERIFY(fax.writeTiff(pack + QStringLiteral("/fax.tif")));
    }

    void scansImportedWithoutOcrAreReadLater()
    {
        QTemporaryDir noData;
        const Run import
            = cli({ QStringLiteral("import"), m_dir.filePath(QStringLiteral("pack")) }, noData.path());
        QVERIFY2(import.exitCode == 0, qPrintable(import.out + import.err));
        QVERIFY(!cli({ QStringLiteral("search"), QStringLiteral("Winterdienst") })
                     .out.contains(QLatin1String("fax.tif")));

        const Run status = cli({ QStringLiteral("ocr") }, noData.path());
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.contains(QLatin1String("2 queued")), qPrintable(status.out));
        QVERIFY2(status.out.contains(QLatin1String("tesseract-ocr-deu")), qPrintable(status.out));
        const Run stillMissing = cli({ QStringLiteral("ocr"), QStringLiteral("--wait") }, noData.path());
        QCOMPARE(stillMissing.exitCode, 0);
        QVERIFY2(stillMissing.err.contains(QLatin1String("tesseract-ocr-deu")), qPrintable(stillMissing.err));
        QVERIFY(cli({ QStringLiteral("ocr") }).out.contains(QLatin1String("2 queued")));

        const Run read = cli({ QStringLiteral("ocr"), QStringLiteral("--wait") });
        QVERIFY2(read.exitCode == 0, qPrintable(read.out + read.err));
        QVERIFY2(read.out.contains(QLatin1String("Text read by OCR for 2 document(s).")),
                 qPrintable(read.out));
        QVERIFY2(cli({ QStringLiteral("ocr") }).out.contains(QLatin1String("0 queued")),
                 qPrintable(read.out));
        const Run search = cli({ QStringLiteral("search"), QStringLiteral("Winterdienst") });
        QVERIFY2(search.out.contains(QLatin1String("fax.tif, page 2")), qPrintable(search.out));
        QVERIFY2(cli({ QStringLiteral("search"), QStringLiteral("Friedhofssatzung") })
                     .out.contains(QLatin1String("scan.pdf, page 2")),
                 "scan.pdf");

        // The TIFF's second page, as the preview shows it.
        QString id;
        for (const QString &line : cli({ QStringLiteral("list") }).out.split(QLatin1Char('\n'))) {
            if (line.contains(QLatin1String("fax.tif")))
                id = line.section(QLatin1Char('\t'), 0, 0);
        }
        QVERIFY(!id.isEmpty());
        const QString png = m_dir.filePath(QStringLiteral("fax-2.png"));
        const Run render
            = cli({ QStringLiteral("render"), id, QStringLiteral("--page"), QStringLiteral("2"),
                    QStringLiteral("--dpi"), QStringLiteral("50"), QStringLiteral("--out"), png });
        QVERIFY2(render.exitCode == 0, qPrintable(render.out + render.err));
        QVERIFY2(render.out.contains(QLatin1String("Page 2 of 2")), qPrintable(render.out));
        QVERIFY(!QImage(png).isNull());
        QVERIFY(cli({ QStringLiteral("render"), id, QStringLiteral("--page"), QStringLiteral("3"),
                      QStringLiteral("--out"), png })
                    .exitCode
                != 0);
    }
};

QTEST_MAIN(TestCliOcr)
#include "TestCliOcr.moc"
