#include "gui/search/QueryText.h"

#include <QTest>

// The edits the window offers as links under the search field (#16, item 5).
class TestQueryText : public QObject
{
    Q_OBJECT

private slots:
    void findsTheFilters()
    {
        QCOMPARE(QueryText::filters(
                     QStringLiteral("Netz kategorie:Vergabe tag:\"Open Data\" -format:pdf jahr:2021..2023")),
                 QStringList({ QStringLiteral("kategorie:Vergabe"), QStringLiteral("tag:\"Open Data\""),
                               QStringLiteral("-format:pdf"), QStringLiteral("jahr:2021..2023") }));
        QVERIFY(QueryText::filters(QStringLiteral("Straßenbeleuchtung LoRaWAN")).isEmpty());
    }

    void dropsOneFilter()
    {
        QCOMPARE(QueryText::withoutFilter(QStringLiteral("Netz kategorie:Vergabe tag:\"Open Data\""),
                                          QStringLiteral("kategorie:Vergabe")),
                 QStringLiteral("Netz tag:\"Open Data\""));
        QCOMPARE(QueryText::withoutFilter(QStringLiteral("tag:\"Open Data\""),
                                          QStringLiteral("tag:\"Open Data\"")),
                 QString());
    }

    // Clicking a suggestion replaced her whole query with the one word.
    void aSuggestionReplacesOnlyTheMisspelledWord()
    {
        QCOMPARE(QueryText::withSuggestion(QStringLiteral("Bürgerbeteilgung Konzept kategorie:Beteiligung"),
                                           QStringLiteral("Bürgerbeteiligung")),
                 QStringLiteral("Bürgerbeteiligung Konzept kategorie:Beteiligung"));
        QCOMPARE(QueryText::withSuggestion(QStringLiteral("LoRaWAN OR Strassenbeleuchtng"),
                                           QStringLiteral("Straßenbeleuchtung")),
                 QStringLiteral("LoRaWAN OR Straßenbeleuchtung"));
        QCOMPARE(QueryText::withSuggestion(QString(), QStringLiteral("Vergabe")), QStringLiteral("Vergabe"));
    }
};

QTEST_GUILESS_MAIN(TestQueryText)
#include "TestQueryText.moc"
