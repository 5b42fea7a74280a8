#include "core/text/HighlightMatcher.h"

#include <QTest>

// HighlightMatcher marks the forms the search lists in SearchResult::highlightTerms.
class TestHighlightMatcher : public QObject
{
    Q_OBJECT

    static QStringList marked(const QStringList &terms, const QString &text)
    {
        QStringList out;
        for (const auto &[start, end] : HighlightMatcher(terms).spans(text))
            out.append(text.mid(start, end - start));
        return out;
    }

private slots:
    void wordsByIndexKey()
    {
        QCOMPARE(
            marked({ QStringLiteral("foerderung") }, QStringLiteral("Die Förderungen und die Förderung.")),
            (QStringList { QStringLiteral("Förderungen"), QStringLiteral("Förderung") }));
        QCOMPARE(marked({ QStringLiteral("Vulkan") }, QStringLiteral("Die Förderung.")), QStringList());
        QVERIFY(HighlightMatcher({}).isEmpty());
    }

    void prefixesOnTheFoldedWord()
    {
        QCOMPARE(marked({ QStringLiteral("förder*") }, QStringLiteral("Foerderantrag und Forderung")),
                 (QStringList { QStringLiteral("Foerderantrag"), QStringLiteral("Forderung") }));
        // A compound part arrives as its key with '*'.
        QCOMPARE(marked({ QStringLiteral("datennutzungsvereinbar*") },
                        QStringLiteral("Die Datennutzungsvereinbarung.")),
                 QStringList { QStringLiteral("Datennutzungsvereinbarung") });
    }

    // A PDF page lists words between spaces: "Glasfaser-Ausbau" holds the closed "Glasfaserausbau".
    void pageWords()
    {
        const HighlightMatcher matcher({ QStringLiteral("Glasfaserausbau"), QStringLiteral("DSGVO") });
        QVERIFY(matcher.matchesWord(QStringLiteral("Glasfaser-Ausbau.")));
        QVERIFY(matcher.matchesWord(QStringLiteral("(DSGVO)")));
        QVERIFY(!matcher.matchesWord(QStringLiteral("Glasfaser")));
        QVERIFY(!matcher.matchesWord(QStringLiteral("Ausbau-Plan")));
    }
};

QTEST_GUILESS_MAIN(TestHighlightMatcher)
#include "TestHighlightMatcher.moc"
