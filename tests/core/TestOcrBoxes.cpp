#include "core/extract/OcrBoxes.h"

#include <QtTest>

class TestOcrBoxes : public QObject
{
    Q_OBJECT

private:
    static QList<OcrWord> sample()
    {
        return { { QStringLiteral("Friedhofssatzung"), QRectF(0.1, 0.2, 0.5, 0.05) },
                 { QStringLiteral("Gebühren"), QRectF(0.62, 0.2, 0.3, 0.05) },
                 { QStringLiteral("Maß"), QRectF(0.9, 0.95, 0.1, 0.05) } };
    }

private slots:
    void roundTrip()
    {
        QList<OcrWord> words;
        QVERIFY(OcrBoxes::decode(OcrBoxes::encode(sample()), &words));
        QCOMPARE(words.size(), 3);
        for (int i = 0; i < words.size(); ++i) {
            QCOMPARE(words.at(i).text, sample().at(i).text);
            const QRectF a = words.at(i).box;
            const QRectF b = sample().at(i).box;
            QVERIFY(qAbs(a.x() - b.x()) < 1e-4 && qAbs(a.y() - b.y()) < 1e-4);
            QVERIFY(qAbs(a.width() - b.width()) < 1e-4 && qAbs(a.height() - b.height()) < 1e-4);
        }
    }

    void emptyPage()
    {
        QList<OcrWord> words = sample();
        QVERIFY(OcrBoxes::decode(OcrBoxes::encode({}), &words));
        QVERIFY(words.isEmpty());
    }

    // Boxes off the page, or that rounding would push off it, are clamped: what the writer writes,
    // the reader accepts.
    void clampsBoxesToThePage()
    {
        const QList<OcrWord> odd = { { QStringLiteral("a"), QRectF(-0.5, 1.5, 3, -1) },
                                     { QStringLiteral("b"), QRectF(0.5, 0.5, 0.5, 0.5) },
                                     { QStringLiteral("c"), QRectF(0.99999, 0.5, 0.00001, 0.5) } };
        QList<OcrWord> words;
        QVERIFY(OcrBoxes::decode(OcrBoxes::encode(odd), &words));
        QCOMPARE(words.size(), 3);
        for (const OcrWord &w : words)
            QVERIFY(QRectF(0, 0, 1, 1).contains(w.box) || w.box.isEmpty());
    }

    void cutsLongWordsAtACharacterBoundary()
    {
        const QString word = QString(OcrBoxes::MaxWordBytes - 1, QLatin1Char('a')) + QStringLiteral("ü");
        QList<OcrWord> words;
        QVERIFY(OcrBoxes::decode(OcrBoxes::encode({ { word, QRectF(0, 0, 0.1, 0.1) } }), &words));
        QCOMPARE(words.at(0).text, word.left(OcrBoxes::MaxWordBytes - 1));
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray good = OcrBoxes::encode(sample());
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("wrong magic") << QByteArray("SRTX").append(good.mid(4));
        QTest::newRow("wrong version") << QByteArray(good).replace(4, 1, "\x02");
        QTest::newRow("truncated") << good.left(good.size() - 1);
        QTest::newRow("trailing byte") << QByteArray(good).append('x');
        QTest::newRow("count beyond the bytes") << QByteArray("SRTB\x01\xff\xff\x03", 8);
        QTest::newRow("varint beyond 32 bits") << QByteArray("SRTB\x01\xff\xff\xff\xff\x7f", 10);
        // x = 0xffff, width = 2: past the page's right edge.
        QTest::newRow("box off the page") << QByteArray("SRTB\x01\x01\xff\xff\x00\x00\x00\x02\x00\x01\x01"
                                                        "a",
                                                        16);
        QTest::newRow("invalid utf-8")
            << QByteArray("SRTB\x01\x01\x00\x00\x00\x00\x00\x01\x00\x01\x01\xff", 16);
        QTest::newRow("word too long")
            << QByteArray("SRTB\x01\x01\x00\x00\x00\x00\x00\x01\x00\x01\x81\x08", 16);
    }

    void rejectsMalformed()
    {
        QFETCH(QByteArray, bytes);
        QList<OcrWord> words = sample();
        QVERIFY(!OcrBoxes::decode(bytes, &words));
        QCOMPARE(words.size(), 3); // untouched
    }
};

QTEST_GUILESS_MAIN(TestOcrBoxes)
#include "TestOcrBoxes.moc"
