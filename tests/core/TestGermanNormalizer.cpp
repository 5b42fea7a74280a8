#include "core/text/GermanNormalizer.h"

#include <QtConcurrent>
#include <QtTest>

class TestGermanNormalizer : public QObject
{
    Q_OBJECT

private slots:
    void fold_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("folded");
        QTest::newRow("lower case") << "VERTRAG"
                                    << "vertrag";
        QTest::newRow("sharp s") << "Straße"
                                 << "strasse";
        QTest::newRow("capital sharp s") << "STRAẞE"
                                         << "strasse";
        QTest::newRow("umlaut") << "Förderung"
                                << "forderung";
        QTest::newRow("upper umlaut") << "FÖRDERUNG"
                                      << "forderung";
        QTest::newRow("oe transliteration") << "Foerderung"
                                            << "forderung";
        QTest::newRow("ae transliteration") << "Vertraege"
                                            << "vertrage";
        QTest::newRow("ue transliteration") << "Ueberweisung"
                                            << "uberweisung";
        QTest::newRow("ue after q stays") << "Quelle"
                                          << "quelle";
        QTest::newRow("ue after q, second ue after vowel") << "Queue"
                                                           << "queue";
        QTest::newRow("eue stays: neue") << "neue"
                                         << "neue";
        QTest::newRow("eue stays: Steuer") << "Steuer"
                                           << "steuer";
        QTest::newRow("aue stays: Bauer") << "Bauer"
                                          << "bauer";
        QTest::newRow("äue stays") << "Säue"
                                   << "saue";
        QTest::newRow("acute") << "Café"
                               << "cafe";
        QTest::newRow("cedilla and tilde") << "Façade Señor"
                                           << "facade senor";
        QTest::newRow("NFD umlaut") << "Fo\u0308rderung"
                                    << "forderung";
        QTest::newRow("NFD acute") << "Cafe\u0301"
                                   << "cafe";
        QTest::newRow("ligature") << "Deﬁnition"
                                  << "definition";
        QTest::newRow("full width") << "ＰＤＦ"
                                    << "pdf";
        QTest::newRow("slash and oe in other words") << "Łódź Ærø"
                                                     << "lodz aro";
        QTest::newRow("dotted capital I") << "İzmir"
                                          << "izmir";
        QTest::newRow("digits kept") << "Bericht2023"
                                     << "bericht2023";
        QTest::newRow("separators become spaces") << "Förderung/Bund"
                                                  << "forderung bund";
        QTest::newRow("nothing indexable") << "§ – ***"
                                           << "";
    }

    void fold()
    {
        QFETCH(QString, word);
        QFETCH(QString, folded);
        QCOMPARE(GermanNormalizer::fold(word), folded);
    }

    void indexKeySameForms_data()
    {
        QTest::addColumn<QStringList>("forms");
        QTest::newRow("Förderung") << QStringList { "Förderung",      "Foerderung",  "forderung",
                                                    "FÖRDERUNGEN",    "Förderungen", "FOERDERUNG",
                                                    "Fo\u0308rderung" };
        QTest::newRow("Vertrag") << QStringList { "Vertrag",   "Verträge", "Vertrages", "Verträgen",
                                                  "Vertraege", "VERTRÄGE", "Vertrags" };
        QTest::newRow("Kommune") << QStringList { "Kommune", "Kommunen", "KOMMUNE" };
        QTest::newRow("Straße") << QStringList { "Straße",  "Strasse", "strasse",
                                                 "Straßen", "STRASSE", "STRAẞE" };
        QTest::newRow("Müller") << QStringList { "Müller", "Mueller", "MÜLLER", "Muller" };
        QTest::newRow("Übersicht") << QStringList { "Übersicht", "Uebersicht", "Ubersicht", "Übersichten" };
        QTest::newRow("Gebäude") << QStringList { "Gebäude", "Gebaeude", "Gebäudes" };
        QTest::newRow("Café") << QStringList { "Café", "Cafe", "CAFÉ", "Cafe\u0301" };
        QTest::newRow("Steuer") << QStringList { "Steuer", "Steuern", "STEUER" };
        QTest::newRow("Quelle") << QStringList { "Quelle", "Quellen" };
    }

    void indexKeySameForms()
    {
        QFETCH(QStringList, forms);
        const QString key = GermanNormalizer::indexKey(forms.constFirst());
        QVERIFY(!key.isEmpty());
        for (const QString &form : std::as_const(forms))
            QVERIFY2(GermanNormalizer::indexKey(form) == key,
                     qPrintable(form + " → " + GermanNormalizer::indexKey(form) + ", expected " + key));
    }

    void indexKeyValues()
    {
        QCOMPARE(GermanNormalizer::indexKey("Förderungen"), QStringLiteral("forder"));
        QCOMPARE(GermanNormalizer::indexKey("Verträge"), QStringLiteral("vertrag"));
        QCOMPARE(GermanNormalizer::indexKey("Kommunen"), QStringLiteral("kommun"));
        QCOMPARE(GermanNormalizer::indexKey("Straßen"), QStringLiteral("strass"));
        QCOMPARE(GermanNormalizer::indexKey("2021"), QStringLiteral("2021"));
        QCOMPARE(GermanNormalizer::indexKey("Datenschutz-Folgenabschätzung"),
                 QStringLiteral("datenschutz folgenabschatz"));
    }

    void differentWordsStayApart()
    {
        QVERIFY(GermanNormalizer::indexKey("Vertrag") != GermanNormalizer::indexKey("Vortrag"));
        QVERIFY(GermanNormalizer::indexKey("Kommune") != GermanNormalizer::indexKey("Kommission"));
        QVERIFY(GermanNormalizer::indexKey("Quelle") != GermanNormalizer::indexKey("Qülle"));
    }

    void stemAndFoldRelations_data()
    {
        QTest::addColumn<QString>("word");
        for (const char *word : { "Förderung", "Foerderungen", "Verträgen", "Straße", "Kommunen",
                                  "Ergebnisse", "Steuererklärung", "Datennutzungsvereinbarung", "Sensornetz",
                                  "Quellen", "Übergänge", "neuesten", "Café", "aktuell", "Häuser", "Bäume" })
            QTest::newRow(word) << QString::fromUtf8(word);
    }

    void stemAndFoldRelations()
    {
        QFETCH(QString, word);
        const QString key = GermanNormalizer::indexKey(word);
        QCOMPARE(GermanNormalizer::fold(GermanNormalizer::stem(word)), key);
        QCOMPARE(GermanNormalizer::fold(key), key); // folding a key changes nothing (stemming would)
        // What makes folded prefixes find stemmed keys.
        QVERIFY2(GermanNormalizer::fold(word).startsWith(key),
                 qPrintable(GermanNormalizer::fold(word) + " / " + key));
    }

    void tokenizeSplitsAndReportsOffsets()
    {
        const QString text = QStringLiteral("Die Datenschutz-Folgenabschätzung (§5) gilt für Förderung/Bund, "
                                            "geht's?");
        const QList<GermanNormalizer::Token> tokens = GermanNormalizer::tokenize(text);
        QStringList originals, keys;
        for (const GermanNormalizer::Token &token : tokens) {
            QCOMPARE(text.mid(token.start, token.end - token.start), token.original);
            originals.append(token.original);
            keys.append(token.key);
        }
        QCOMPARE(originals,
                 QStringList({ "Die", "Datenschutz", "Folgenabschätzung", "5", "gilt", "für", "Förderung",
                               "Bund", "geht", "s" }));
        QCOMPARE(keys.at(1), QStringLiteral("datenschutz"));
        QCOMPARE(keys.at(2), QStringLiteral("folgenabschatz"));
        QCOMPARE(keys.at(6), QStringLiteral("forder"));
    }

    void tokenizeOffsetsAfterSurrogatePairs()
    {
        const QString text = QStringLiteral("😀𝐀 Förderung");
        const QList<GermanNormalizer::Token> tokens = GermanNormalizer::tokenize(text);
        QCOMPARE(tokens.size(), 2); // the mathematical bold A is a letter: "a"
        QCOMPARE(tokens.at(0).key, QStringLiteral("a"));
        QCOMPARE(tokens.at(0).start, 2);
        QCOMPARE(tokens.at(0).end, 4);
        QCOMPARE(tokens.at(1).original, QStringLiteral("Förderung"));
        QCOMPARE(tokens.at(1).start, 5);
    }

    void tokenizeApostrophesAndHyphensSplit()
    {
        QStringList originals;
        for (const auto &token :
             GermanNormalizer::tokenize(QStringLiteral("Gemeinde’s E-Mail-Adresse l'État")))
            originals.append(token.original);
        QCOMPARE(originals, QStringList({ "Gemeinde", "s", "E", "Mail", "Adresse", "l", "État" }));
    }

    void tokenizeSoftHyphenAndCombiningMarksStayInWord()
    {
        const QString text = QStringLiteral("Daten\u00ADschutz Fo\u0308rderung\u00AD ende");
        const QList<GermanNormalizer::Token> tokens = GermanNormalizer::tokenize(text);
        QCOMPARE(tokens.size(), 3);
        QCOMPARE(tokens.at(0).key, QStringLiteral("datenschutz"));
        QCOMPARE(tokens.at(0).original, QStringLiteral("Daten\u00ADschutz"));
        QCOMPARE(tokens.at(1).key, QStringLiteral("forder"));
        QCOMPARE(tokens.at(1).original, QStringLiteral("Fo\u0308rderung")); // trailing soft hyphen not in it
    }

    void tokenizeSkipsOverlongWords()
    {
        const QString longWord(GermanNormalizer::MaxTokenLength + 1, QLatin1Char('x'));
        const QString maxWord(GermanNormalizer::MaxTokenLength, QLatin1Char('y'));
        const QList<GermanNormalizer::Token> tokens
            = GermanNormalizer::tokenize(QStringLiteral("a ") + longWord + QLatin1Char(' ') + maxWord + " b");
        QCOMPARE(tokens.size(), 3);
        QCOMPARE(tokens.at(1).original, maxWord);
        QCOMPARE(GermanNormalizer::indexKey(longWord), QString());
    }

    void tokenizeFoldedDoesNotStem()
    {
        const QList<GermanNormalizer::Token> tokens
            = GermanNormalizer::tokenize(QStringLiteral("Förderungen"), GermanNormalizer::KeyKind::Folded);
        QCOMPARE(tokens.size(), 1);
        QCOMPARE(tokens.at(0).key, QStringLiteral("forderungen"));
    }

    void tokenizeGarbage()
    {
        QString garbage;
        for (int i = 0; i < 2000; ++i)
            garbage.append(QChar(char16_t((i * 7919) % 0x10000)));
        for (const GermanNormalizer::Token &token : GermanNormalizer::tokenize(garbage)) {
            QVERIFY(token.start >= 0 && token.start < token.end && token.end <= garbage.size());
            QVERIFY(!token.key.isEmpty());
        }
        QVERIFY(GermanNormalizer::tokenize(QString()).isEmpty());
    }

    void threadSafe()
    {
        QList<int> runs(64);
        std::iota(runs.begin(), runs.end(), 0);
        const QList<bool> results = QtConcurrent::blockingMapped<QList<bool>>(runs, [](int) {
            bool ok = true;
            for (int i = 0; i < 200; ++i) {
                ok = ok
                    && GermanNormalizer::indexKey(QStringLiteral("Förderungen")) == QLatin1String("forder");
                ok = ok
                    && GermanNormalizer::indexKey(QStringLiteral("Verträgen")) == QLatin1String("vertrag");
            }
            return ok;
        });
        QVERIFY(!results.contains(false));
    }
};

QTEST_GUILESS_MAIN(TestGermanNormalizer)
#include "TestGermanNormalizer.moc"
