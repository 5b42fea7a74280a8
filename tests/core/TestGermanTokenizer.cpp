#include "core/text/GermanTokenizer.h"

#include <QRandomGenerator>
#include <QtTest>
#include <sqlite3.h>

namespace {

struct Emitted
{
    QByteArray key;
    int start;
    int end;
};

int collect(void *context, int, const char *token, int size, int start, int end)
{
    static_cast<QList<Emitted> *>(context)->append({ QByteArray(token, size), start, end });
    return SQLITE_OK;
}

} // namespace

class TestGermanTokenizer : public QObject
{
    Q_OBJECT

private:
    sqlite3 *m_db = nullptr;

    bool exec(const char *sql)
    {
        char *message = nullptr;
        const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
        if (rc != SQLITE_OK)
            qWarning("%s: %s", sql, message);
        sqlite3_free(message);
        return rc == SQLITE_OK;
    }

    // First column of every row of sql with ?1 bound to argument, as strings.
    QStringList column(const char *sql, const QString &argument)
    {
        QStringList values;
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
            qWarning("prepare: %s", sqlite3_errmsg(m_db));
            return { QStringLiteral("<error>") };
        }
        const QByteArray utf8 = argument.toUtf8();
        sqlite3_bind_text(stmt, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
            values.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))));
        if (rc != SQLITE_DONE) {
            qWarning("step: %s", sqlite3_errmsg(m_db));
            values.append(QStringLiteral("<error>"));
        }
        sqlite3_finalize(stmt);
        return values;
    }

    QStringList matches(const QString &match)
    {
        return column("SELECT rowid FROM docs WHERE docs MATCH ?1 ORDER BY rowid", match);
    }

    fts5_api *api()
    {
        fts5_api *pointer = nullptr;
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(m_db, "SELECT fts5(?1)", -1, &stmt, nullptr);
        sqlite3_bind_pointer(stmt, 1, &pointer, "fts5_api_ptr", nullptr);
        sqlite3_step(stmt);
        sqlite3_finalize(stmt);
        return pointer;
    }

    // Runs the registered tokenizer directly, as FTS5 would.
    QList<Emitted> tokenize(const QByteArray &text, int flags)
    {
        fts5_api *fts = api();
        void *userData = nullptr;
        fts5_tokenizer tokenizer;
        if (!fts || fts->xFindTokenizer(fts, "german", &userData, &tokenizer) != SQLITE_OK)
            return {};
        Fts5Tokenizer *instance = nullptr;
        if (tokenizer.xCreate(userData, nullptr, 0, &instance) != SQLITE_OK)
            return {};
        QList<Emitted> out;
        tokenizer.xTokenize(instance, &out, flags, text.constData(), int(text.size()), collect);
        tokenizer.xDelete(instance);
        return out;
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(sqlite3_open(":memory:", &m_db), SQLITE_OK);
        QString error;
        QVERIFY2(GermanTokenizer::registerWith(m_db, &error), qPrintable(error));
        QVERIFY(exec("CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize='german')"));
        QVERIFY(exec("INSERT INTO docs(rowid, title, body) VALUES"
                     "(1, 'Bescheid', 'Die Förderung des Projekts wurde bewilligt.'),"
                     "(2, 'Dienstleistung', 'Der Vertrag mit dem Dienstleister läuft aus.'),"
                     "(3, 'Anlagen', 'Alle Verträge und Änderungen des Vertrages liegen vor.'),"
                     "(4, 'Kooperation', 'Die Kommunen im Landkreis kooperieren.'),"
                     "(5, 'Baustelle', 'Die Straße wird gesperrt.'),"
                     "(6, 'Sensornetz', 'Datenschutz-Folgenabschätzung für das Sensornetz'),"
                     "(7, 'Verkehr', 'Die STRASSE nach Köln'),"
                     "(8, 'Vereine', 'Foerderung kleiner Vereine'),"
                     "(9, 'Open Data Strategie', 'Quelle: Statistisches Landesamt, Kommune Beispielstadt'),"
                     "(10, 'Neue Verträge', 'Verträge Kommunen betreffend')"));
    }

    void cleanupTestCase() { sqlite3_close(m_db); }

    void registerWithoutDatabaseFails()
    {
        QString error;
        QVERIFY(!GermanTokenizer::registerWith(nullptr, &error));
        QVERIFY(!error.isEmpty());
    }

    void unknownTokenizerArgumentFails()
    {
        QVERIFY(!exec("CREATE VIRTUAL TABLE bad USING fts5(body, tokenize='german nostem')"));
    }

    void match_data()
    {
        QTest::addColumn<QString>("match");
        QTest::addColumn<QStringList>("rows");
        const QStringList foerderung { "1", "8" };
        QTest::newRow("strasse finds Straße and STRASSE") << "strasse" << QStringList { "5", "7" };
        QTest::newRow("Straße finds strasse") << "\"Straße\"" << QStringList { "5", "7" };
        QTest::newRow("Straßen") << "Straßen" << QStringList { "5", "7" };
        QTest::newRow("foerderung") << "foerderung" << foerderung;
        QTest::newRow("forderung") << "forderung" << foerderung;
        QTest::newRow("Förderung") << "\"Förderung\"" << foerderung;
        QTest::newRow("FÖRDERUNGEN") << "\"FÖRDERUNGEN\"" << foerderung;
        QTest::newRow("Vertrag") << "Vertrag" << QStringList { "2", "3", "10" };
        QTest::newRow("Verträge") << "\"Verträge\"" << QStringList { "2", "3", "10" };
        QTest::newRow("Vertrages") << "Vertrages" << QStringList { "2", "3", "10" };
        QTest::newRow("Kommune") << "Kommune" << QStringList { "4", "9", "10" };
        QTest::newRow("Kommunen") << "Kommunen" << QStringList { "4", "9", "10" };
        QTest::newRow("hyphen splits: part") << "\"Folgenabschätzung\"" << QStringList { "6" };
        QTest::newRow("hyphen splits: first part") << "datenschutz" << QStringList { "6" };
        QTest::newRow("hyphenated word as phrase")
            << "\"Datenschutz-Folgenabschätzung\"" << QStringList { "6" };
        QTest::newRow("Köln without umlaut") << "koeln" << QStringList { "7" };
        QTest::newRow("Quelle is not Qülle") << "quelle" << QStringList { "9" };
        QTest::newRow("prefix folded") << "\"forder\" *" << foerderung;
        QTest::newRow("prefix with umlaut") << "\"Förder\" *" << foerderung;
        QTest::newRow("prefix transliterated") << "\"foerd\" *" << foerderung;
        QTest::newRow("prefix vertr") << "\"vertr\" *" << QStringList { "2", "3", "10" };
        QTest::newRow("prefix of compound") << "\"Sensor\" *" << QStringList { "6" };
        QTest::newRow("prefix phrase stems all but last") << "\"Verträge Kommu\" *" << QStringList { "10" };
        QTest::newRow("column filter") << "title : \"Verträge\"" << QStringList { "10" };
        QTest::newRow("NOT") << "\"Vertrag\" NOT \"Änderung\"" << QStringList { "2", "10" };
    }

    void match()
    {
        QFETCH(QString, match);
        QFETCH(QStringList, rows);
        QCOMPARE(matches(match), rows);
    }

    void highlightMarksOriginalWords()
    {
        QVERIFY(exec("CREATE VIRTUAL TABLE hl USING fts5(body, tokenize='german')"));
        QVERIFY(exec("INSERT INTO hl(rowid, body) VALUES"
                     "(1, 'Ärger über Größe: Die Förderungen für Straßen'),"
                     "(2, '😀 日本語 — „Verträge“ über Fo\xCC\x88rderung'),"
                     "(3, 'Datenschutz-Folgenabschätzung')"));
        const char *sql = "SELECT highlight(hl, 0, '[', ']') FROM hl WHERE hl MATCH ?1 ORDER BY rowid";
        QCOMPARE(column(sql, QStringLiteral("förderung")),
                 QStringList({ "Ärger über Größe: Die [Förderungen] für Straßen",
                               "😀 日本語 — „Verträge“ über [Fo\u0308rderung]" }));
        QCOMPARE(column(sql, QStringLiteral("strasse OR grosse")),
                 QStringList({ "Ärger über [Größe]: Die Förderungen für [Straßen]" }));
        QCOMPARE(column(sql, QStringLiteral("vertrag")),
                 QStringList({ "😀 日本語 — „[Verträge]“ über Fo\u0308rderung" }));
        QCOMPARE(column(sql, QStringLiteral("\"folgenab\" *")),
                 QStringList({ "Datenschutz-[Folgenabschätzung]" }));
        QCOMPARE(column(sql, QStringLiteral("\"Datenschutz-Folgenabschätzung\"")),
                 QStringList({ "[Datenschutz-Folgenabschätzung]" }));
    }

    void snippetMarksOriginalWords()
    {
        QVERIFY(exec("CREATE VIRTUAL TABLE sn USING fts5(body, tokenize='german')"));
        QString body;
        for (int i = 0; i < 40; ++i)
            body += QStringLiteral("Größenordnung Überblick Ä%1 ").arg(i);
        body += QStringLiteral("Die Förderungen der Kommunen. ");
        for (int i = 0; i < 40; ++i)
            body += QStringLiteral("Übergang %1 ").arg(i);
        const QStringList inserted = column("INSERT INTO sn(body) VALUES (?1) RETURNING rowid", body);
        QCOMPARE(inserted.size(), 1);
        const QStringList snippets = column(
            "SELECT snippet(sn, 0, '[', ']', '…', 6) FROM sn WHERE sn MATCH ?1", "foerderung kommune");
        QCOMPARE(snippets.size(), 1);
        QVERIFY2(snippets.constFirst().contains(QStringLiteral("[Förderungen] der [Kommunen]")),
                 qPrintable(snippets.constFirst()));
    }

    void tokenizerReportsByteOffsets()
    {
        const QByteArray text = QStringLiteral("Straße Förderung 😀 Vertrags-Änderung").toUtf8();
        const QList<Emitted> tokens = tokenize(text, FTS5_TOKENIZE_DOCUMENT);
        QCOMPARE(tokens.size(), 4);
        QCOMPARE(tokens.at(0).key, QByteArray("strass"));
        QCOMPARE(text.mid(tokens.at(0).start, tokens.at(0).end - tokens.at(0).start),
                 QStringLiteral("Straße").toUtf8());
        QCOMPARE(tokens.at(1).key, QByteArray("forder"));
        QCOMPARE(tokens.at(1).start, 8);
        QCOMPARE(tokens.at(1).end, 18);
        for (const Emitted &token : tokens)
            QVERIFY(!QString::fromUtf8(text.mid(token.start, token.end - token.start))
                         .contains(QLatin1Char(' ')));
        QCOMPARE(text.mid(tokens.at(3).start, tokens.at(3).end - tokens.at(3).start),
                 QStringLiteral("Änderung").toUtf8());
    }

    void prefixQueryFoldsOnlyTheLastToken()
    {
        const QByteArray text = QStringLiteral("Verträgen Förderungen").toUtf8();
        QList<Emitted> tokens = tokenize(text, FTS5_TOKENIZE_QUERY | FTS5_TOKENIZE_PREFIX);
        QCOMPARE(tokens.size(), 2);
        QCOMPARE(tokens.at(0).key, QByteArray("vertrag"));
        QCOMPARE(tokens.at(1).key, QByteArray("forderungen"));
        tokens = tokenize(text, FTS5_TOKENIZE_QUERY);
        QCOMPARE(tokens.at(1).key, QByteArray("forder"));
    }

    void tokenizerStopsWhenCallbackSaysSo()
    {
        fts5_api *fts = api();
        void *userData = nullptr;
        fts5_tokenizer tokenizer;
        QCOMPARE(fts->xFindTokenizer(fts, "german", &userData, &tokenizer), SQLITE_OK);
        Fts5Tokenizer *instance = nullptr;
        QCOMPARE(tokenizer.xCreate(userData, nullptr, 0, &instance), SQLITE_OK);
        int calls = 0;
        const QByteArray text("eins zwei drei");
        const int rc
            = tokenizer.xTokenize(instance, &calls, FTS5_TOKENIZE_DOCUMENT, text.constData(),
                                  int(text.size()), [](void *context, int, const char *, int, int, int) {
                                      ++*static_cast<int *>(context);
                                      return SQLITE_DONE;
                                  });
        tokenizer.xDelete(instance);
        QCOMPARE(rc, SQLITE_DONE);
        QCOMPARE(calls, 1);
    }

    void arbitraryBytesAreSafe()
    {
        QRandomGenerator random(20240611);
        const QByteArray pieces[] = { "a",
                                      "ä",
                                      "ß",
                                      " ",
                                      "-",
                                      "\xC3",
                                      "\xA4",
                                      "\xE2\x82",
                                      "\xF0\x9F\x98\x80",
                                      "\xED\xA0\x80",
                                      "\xC0\xAF",
                                      "\xFF",
                                      QByteArray(1, '\0'),
                                      "\xCC\x88",
                                      "\xC2\xAD",
                                      "ue",
                                      "Q" };
        for (int round = 0; round < 2000; ++round) {
            QByteArray text;
            const int count = int(random.bounded(60));
            for (int i = 0; i < count; ++i)
                text.append(pieces[random.bounded(int(std::size(pieces)))]);
            int previousEnd = 0;
            for (const Emitted &token : tokenize(text, FTS5_TOKENIZE_DOCUMENT)) {
                QVERIFY(token.start >= previousEnd);
                QVERIFY(token.start < token.end && token.end <= text.size());
                QVERIFY(!token.key.isEmpty());
                QVERIFY(QString::fromUtf8(token.key).toUtf8() == token.key); // keys are valid UTF-8
                previousEnd = token.end;
            }
        }
    }

    // The collector an import feeds every token of a pack: each key comes out once, in the order
    // first seen, however often it recurs and however large the table grows; clear() forgets all.
    void keyCollectorGivesEachKeyOnce()
    {
        GermanTokenizer::KeyCollector collector;
        const auto key = [](int i) { return QByteArray("gemeinde") + QByteArray::number(i); };
        QList<QByteArray> expected;
        for (int round = 0; round < 3; ++round) {
            for (int i = 0; i < 5000; ++i) {
                const QByteArray k = key(i);
                collector.add(k.constData(), int(k.size()));
                if (round == 0)
                    expected.append(k);
            }
        }
        QCOMPARE(collector.takeNew(), expected);
        QVERIFY(collector.takeNew().isEmpty());
        collector.add("satzung", 7);
        collector.add("gemeinde1", 9); // seen before
        collector.add("satzungen", 7); // the first 7 bytes: "satzung" again
        QCOMPARE(collector.takeNew(), QList<QByteArray> { QByteArray("satzung") });
        collector.clear();
        collector.add("satzung", 7);
        QCOMPARE(collector.takeNew(), QList<QByteArray> { QByteArray("satzung") });
    }
};

QTEST_GUILESS_MAIN(TestGermanTokenizer)
#include "TestGermanTokenizer.moc"
