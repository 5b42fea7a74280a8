#include "core/library/CatalogRecords.h"
#include "core/pack/MetadataLimits.h"
#include "core/pack/MetadataSanitizer.h"

#include <QTest>

class TestMetadataSanitizer : public QObject
{
    Q_OBJECT

private slots:
    void cleans_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("multipleLines");
        QTest::addColumn<QString>("clean");
        QTest::addColumn<bool>("removed");
        QTest::newRow("plain") << QStringLiteral("  Förderung / Bund ") << false
                               << QStringLiteral("Förderung / Bund") << false;
        QTest::newRow("escape and bell")
            << QStringLiteral("Titel\x1b]0;x\x07") << false << QStringLiteral("Titel]0;x") << true;
        QTest::newRow("nul") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b")) << false
                             << QStringLiteral("ab") << true;
        QTest::newRow("delete and c1")
            << QStringLiteral("a\x7f\u0085\u009bb") << false << QStringLiteral("ab") << true;
        QTest::newRow("lone carriage return")
            << QStringLiteral("alt\rneu") << false << QStringLiteral("altneu") << true;
        QTest::newRow("direction characters") << QStringLiteral(
            "x\u202Afdp\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C.exe")
                                              << false << QStringLiteral("xfdp.exe") << true;
        QTest::newRow("line breaks in one line")
            << QStringLiteral("erste\nzweite\tdritte\u2028vierte") << false
            << QStringLiteral("erste zweite dritte vierte") << false;
        QTest::newRow("line breaks kept") << QStringLiteral("erste\r\nzweite\n\tdritte\u2029vierte") << true
                                          << QStringLiteral("erste\nzweite\n\tdritte\nvierte") << false;
        QTest::newRow("arabic and emoji stay")
            << QStringLiteral("مدينة 🚲") << false << QStringLiteral("مدينة 🚲") << false;
    }
    void cleans()
    {
        QFETCH(QString, value);
        QFETCH(bool, multipleLines);
        QFETCH(QString, clean);
        QFETCH(bool, removed);
        const auto r = MetadataSanitizer::clean(
            value, 0, multipleLines ? MetadataSanitizer::Lines::Multiple : MetadataSanitizer::Lines::Single);
        QCOMPARE(r.text, clean);
        QCOMPARE(r.removedCharacters, removed);
        QVERIFY(!r.cut);
        if (removed) // (line breaks and tabs are unsafe in names, though whitespace in values)
            QVERIFY(MetadataSanitizer::containsUnsafe(value));
    }

    void editsInTheWindowAreCleanedLikeAPacksValues()
    {
        DocumentRecord r;
        r.title = QStringLiteral("Muster\x1b[31m") + QString(600, QLatin1Char('x'));
        r.description = QStringLiteral("erste Zeile\nzweite\u202Egnp.exe");
        r.category = QStringLiteral("Vergabe\tund\x07"
                                    "Beschaffung");
        r.type = QStringLiteral("\u2066Vorlage\u2069");
        r.municipality = QStringLiteral("Lahnfels\x9b");
        r.license = QString(300, QLatin1Char('l'));
        r.language = QStringLiteral("de\x00").left(3);
        MetadataSanitizer::cleanEditable(&r);
        QCOMPARE(r.title.size(), MetadataLimits::MaxTitleLength);
        QVERIFY(r.title.startsWith(QStringLiteral("Muster[31m")));
        QCOMPARE(r.description, QStringLiteral("erste Zeile\nzweitegnp.exe"));
        QCOMPARE(r.category, QStringLiteral("Vergabe undBeschaffung"));
        QCOMPARE(r.type, QStringLiteral("Vorlage"));
        QCOMPARE(r.municipality, QStringLiteral("Lahnfels"));
        QCOMPARE(r.license.size(), MetadataLimits::MaxFieldLength);
        QCOMPARE(r.language, QStringLiteral("de"));

        QCOMPARE(MetadataSanitizer::cleanTagName(QStringLiteral(" Daten\x1bschutz ")),
                 QStringLiteral("Datenschutz"));
        QCOMPARE(MetadataSanitizer::cleanTagName(QString(150, QLatin1Char('t'))).size(),
                 MetadataLimits::MaxTagLength);
    }

    void cutsWithoutSplittingACharacter()
    {
        auto r = MetadataSanitizer::clean(QStringLiteral("abcdef"), 4);
        QCOMPARE(r.text, QStringLiteral("abcd"));
        QVERIFY(r.cut);
        r = MetadataSanitizer::clean(QStringLiteral("abc🚲"), 4); // the bicycle is two UTF-16 units
        QCOMPARE(r.text, QStringLiteral("abc"));
        QVERIFY(r.cut);
        r = MetadataSanitizer::clean(QStringLiteral("abcd"), 4);
        QCOMPARE(r.text, QStringLiteral("abcd"));
        QVERIFY(!r.cut);
    }
};

QTEST_GUILESS_MAIN(TestMetadataSanitizer)
#include "TestMetadataSanitizer.moc"
