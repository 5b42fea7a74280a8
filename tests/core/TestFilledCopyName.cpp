#include "core/templating/FilledCopyName.h"

#include <QTest>

// The name proposed for a filled copy: the template's title less its "Muster" prefix, then the
// municipality, the template's extension; safe on every file system.
class TestFilledCopyName : public QObject
{
    Q_OBJECT

private slots:
    void proposes_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("municipality");
        QTest::addColumn<QString>("expected");
        QTest::newRow("issue example") << QStringLiteral("Muster-Datennutzungsvereinbarung")
                                       << QStringLiteral("a.DOCX") << QStringLiteral("Gemeinde Lahnfels")
                                       << QStringLiteral("Datennutzungsvereinbarung Gemeinde Lahnfels.docx");
        QTest::newRow("vorlage") << QStringLiteral("Vorlage: Antrag auf Förderung") << QStringLiteral("a.odt")
                                 << QStringLiteral("Lahnfels")
                                 << QStringLiteral("Antrag auf Förderung Lahnfels.odt");
        QTest::newRow("no municipality") << QStringLiteral("Musterbescheid") << QStringLiteral("b.docx")
                                         << QString() << QStringLiteral("Bescheid.docx");
        QTest::newRow("only the prefix") << QStringLiteral("Muster") << QStringLiteral("b.pdf") << QString()
                                         << QStringLiteral("Muster.pdf");
        QTest::newRow("name already there")
            << QStringLiteral("Satzung Gemeinde Lahnfels") << QStringLiteral("s.docx")
            << QStringLiteral("Gemeinde Lahnfels") << QStringLiteral("Satzung Gemeinde Lahnfels.docx");
        QTest::newRow("unsafe characters")
            << QStringLiteral("Vertrag A/B: \"neu\"") << QStringLiteral("v.docx")
            << QStringLiteral("Markt <Süd>") << QStringLiteral("Vertrag A_B_ _neu_ Markt _Süd_.docx");
        QTest::newRow("no title") << QString() << QStringLiteral("Muster_Brief.docx")
                                  << QStringLiteral("Lahnfels") << QStringLiteral("Brief Lahnfels.docx");
    }

    void proposes()
    {
        QFETCH(QString, title);
        QFETCH(QString, fileName);
        QFETCH(QString, municipality);
        QFETCH(QString, expected);
        QCOMPARE(FilledCopyName::propose(title, fileName, municipality), expected);
    }

    void longTitlesAreCut()
    {
        const QString name = FilledCopyName::propose(QString(400, QLatin1Char('x')), QStringLiteral("a.docx"),
                                                     QStringLiteral("Lahnfels"));
        QVERIFY(name.size() <= 160);
        QVERIFY(name.endsWith(QStringLiteral(".docx")));
    }
};

QTEST_GUILESS_MAIN(TestFilledCopyName)
#include "TestFilledCopyName.moc"
