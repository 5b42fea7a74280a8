#include "core/search/Fts5QueryBuilder.h"
#include "core/search/QueryParser.h"
#include "core/text/GermanTokenizer.h"

#include <QRandomGenerator>
#include <QtTest>
#include <sqlite3.h>

class TestQueryParser : public QObject
{
    Q_OBJECT

private:
    sqlite3 *m_db = nullptr;

    // Runs match against the test table; returns the matching rowids, or "<error>" plus the message.
    QStringList run(const QString &match)
    {
        QStringList rows;
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, "SELECT rowid FROM docs WHERE docs MATCH ?1 ORDER BY rowid", -1, &stmt,
                               nullptr)
            != SQLITE_OK)
            return { QStringLiteral("<error>"), QString::fromUtf8(sqlite3_errmsg(m_db)) };
        const QByteArray utf8 = match.toUtf8();
        sqlite3_bind_text(stmt, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
            rows.append(QString::number(sqlite3_column_int64(stmt, 0)));
        if (rc != SQLITE_DONE)
            rows = QStringList { QStringLiteral("<error>"), QString::fromUtf8(sqlite3_errmsg(m_db)) };
        sqlite3_finalize(stmt);
        return rows;
    }

    // Every MATCH string the builder makes for query: plan() and build() of each expressible subtree.
    static QStringList matchStrings(const Fts5QueryBuilder &builder, const Query &query)
    {
        QStringList out;
        const Fts5QueryBuilder::Plan plan = builder.plan(query);
        for (const QString &match : { plan.match, plan.exclude }) {
            if (!match.isEmpty())
                out.append(match);
        }
        QList<Query> pending { query };
        while (!pending.isEmpty()) {
            const Query q = pending.takeLast();
            const QString match = builder.build(q);
            if (builder.isExpressible(q) != !match.isEmpty())
                out.append(QStringLiteral("<isExpressible disagrees with build>"));
            if (!match.isEmpty())
                out.append(match);
            pending.append(q.children());
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(sqlite3_open(":memory:", &m_db), SQLITE_OK);
        QVERIFY(GermanTokenizer::registerWith(m_db));
        const char *sql = "CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize='german');"
                          "INSERT INTO docs(rowid, title, body) VALUES"
                          "(1, 'Rahmenvertrag', 'Die Förderung der Kommune ist vereinbart.'),"
                          "(2, 'Open Data Leitfaden', 'Verträge über offene Daten und Datenschutz.'),"
                          "(3, 'Entwurf Satzung', 'Förderrichtlinie (Entwurf) für Vereine'),"
                          "(4, 'Protokoll', 'Die Straße wird saniert; die Kommunen zahlen.');";
        QCOMPARE(sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
    }

    void cleanupTestCase() { sqlite3_close(m_db); }

    void parse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("tree");

        QTest::newRow("word") << "Vertrag"
                              << "TERM(Vertrag)";
        QTest::newRow("implicit and") << "Vertrag Kommune"
                                      << "AND(TERM(Vertrag), TERM(Kommune))";
        QTest::newRow("explicit AND / UND") << "a AND b UND c"
                                            << "AND(TERM(a), TERM(b), TERM(c))";
        QTest::newRow("OR") << "Vertrag OR Vereinbarung"
                            << "OR(TERM(Vertrag), TERM(Vereinbarung))";
        QTest::newRow("ODER") << "Vertrag ODER Vereinbarung"
                              << "OR(TERM(Vertrag), TERM(Vereinbarung))";
        QTest::newRow("lower-case oder is a word") << "Vertrag oder Vereinbarung"
                                                   << "AND(TERM(Vertrag), TERM(oder), TERM(Vereinbarung))";
        QTest::newRow("lower-case not and und are words") << "not und"
                                                          << "AND(TERM(not), TERM(und))";
        QTest::newRow("minus") << "Förderung -Entwurf"
                               << "AND(TERM(Förderung), NOT(TERM(Entwurf)))";
        QTest::newRow("NOT") << "Förderung NOT Entwurf"
                             << "AND(TERM(Förderung), NOT(TERM(Entwurf)))";
        QTest::newRow("NICHT") << "Förderung NICHT Entwurf"
                               << "AND(TERM(Förderung), NOT(TERM(Entwurf)))";
        QTest::newRow("only negation") << "-Entwurf"
                                       << "NOT(TERM(Entwurf))";
        QTest::newRow("double negation") << "NOT -Entwurf"
                                         << "TERM(Entwurf)";
        QTest::newRow("hyphen inside word") << "E-Mail-Adresse"
                                            << "TERM(E-Mail-Adresse)";
        QTest::newRow("phrase") << "\"Open Data\""
                                << "PHRASE(Open Data)";
        QTest::newRow("German quotes") << "„Open Data“"
                                       << "PHRASE(Open Data)";
        QTest::newRow("phrase prefix") << "\"Open Da\"*"
                                       << "PHRASE(Open Da*)";
        QTest::newRow("negated phrase") << "-\"Open Data\""
                                        << "NOT(PHRASE(Open Data))";
        QTest::newRow("prefix") << "vertr*"
                                << "TERM(vertr*)";
        QTest::newRow("parentheses") << "(a OR b) c"
                                     << "AND(OR(TERM(a), TERM(b)), TERM(c))";
        QTest::newRow("negated group") << "a -(b OR c)"
                                       << "AND(TERM(a), NOT(OR(TERM(b), TERM(c))))";
        QTest::newRow("precedence: AND over OR") << "a b OR c d"
                                                 << "OR(AND(TERM(a), TERM(b)), AND(TERM(c), TERM(d)))";
        QTest::newRow("precedence: NOT over AND") << "NOT a b"
                                                  << "AND(NOT(TERM(a)), TERM(b))";
        QTest::newRow("precedence: NOT over OR") << "NOT a OR b"
                                                 << "OR(NOT(TERM(a)), TERM(b))";
        QTest::newRow("brief example")
            << "vertrag (a OR \"x y\") -z tag:\"Förderung/Bund\" jahr:2021..2023"
            << "AND(TERM(vertrag), OR(TERM(a), PHRASE(x y)), NOT(TERM(z)), FIELD(tag=\"Förderung/Bund\"), "
               "YEAR(2021..2023))";

        QTest::newRow("tag") << "tag:Förderung"
                             << "FIELD(tag=Förderung)";
        QTest::newRow("tag quoted") << "tag:\"Förderung/Bund\""
                                    << "FIELD(tag=\"Förderung/Bund\")";
        QTest::newRow("tag prefix") << "tag:Förder*"
                                    << "FIELD(tag=Förder*)";
        QTest::newRow("kategorie quoted") << "kategorie:\"Open Data\""
                                          << "FIELD(category=\"Open Data\")";
        QTest::newRow("category") << "category:Mobilität"
                                  << "FIELD(category=Mobilität)";
        QTest::newRow("field name in any case") << "Kategorie:Energie"
                                                << "FIELD(category=Energie)";
        QTest::newRow("typ / type") << "typ:Vorlage type:Muster"
                                    << "AND(FIELD(type=Vorlage), FIELD(type=Muster))";
        QTest::newRow("kommune / municipality")
            << "kommune:Musterstadt municipality:\"Bad Beispiel\""
            << "AND(FIELD(municipality=Musterstadt), FIELD(municipality=\"Bad Beispiel\"))";
        QTest::newRow("format") << "format:pdf"
                                << "FIELD(format=pdf)";
        QTest::newRow("paket / pack") << "paket:Starter pack:\"Smart City\""
                                      << "AND(FIELD(pack=Starter), FIELD(pack=\"Smart City\"))";
        QTest::newRow("titel") << "titel:Vertrag"
                               << "FIELD(title=Vertrag)";
        QTest::newRow("title quoted") << "title:\"Open Data\""
                                      << "FIELD(title=Open Data)";
        QTest::newRow("negated field") << "-tag:Entwurf"
                                       << "NOT(FIELD(tag=Entwurf))";
        QTest::newRow("fields in OR") << "(tag:a OR format:pdf)"
                                      << "OR(FIELD(tag=a), FIELD(format=pdf))";
        QTest::newRow("jahr") << "jahr:2021"
                              << "YEAR(2021)";
        QTest::newRow("year range") << "year:2021..2023"
                                    << "YEAR(2021..2023)";
        QTest::newRow("year open end") << "jahr:2021.."
                                       << "YEAR(2021..)";
        QTest::newRow("year open start") << "jahr:..2023"
                                         << "YEAR(..2023)";
        QTest::newRow("year with dash, reversed") << "Jahr:2023-2021"
                                                  << "YEAR(2021..2023)";
        QTest::newRow("year same ends") << "jahr:2022..2022"
                                        << "YEAR(2022)";

        // Degradation: never an error, plain words instead.
        QTest::newRow("unbalanced quote") << "\"unbalanced"
                                          << "TERM(unbalanced)";
        QTest::newRow("unbalanced quote, two words") << "\"Open Data"
                                                     << "AND(TERM(Open), TERM(Data))";
        QTest::newRow("quote after a phrase") << "\"a b\" \"c"
                                              << "AND(PHRASE(a b), TERM(c))";
        QTest::newRow("missing closing parens") << "((a"
                                                << "TERM(a)";
        QTest::newRow("stray closing paren") << "a) b"
                                             << "AND(TERM(a), TERM(b))";
        QTest::newRow("empty parens") << "()"
                                      << "EMPTY";
        QTest::newRow("dangling OR") << "a OR"
                                     << "TERM(a)";
        QTest::newRow("leading OR") << "OR a"
                                    << "TERM(a)";
        QTest::newRow("double OR") << "a OR OR b"
                                   << "OR(TERM(a), TERM(b))";
        QTest::newRow("only OR") << "OR"
                                 << "TERM(OR)";
        QTest::newRow("only keywords") << "NOT ODER"
                                       << "AND(TERM(NOT), TERM(ODER))";
        QTest::newRow("dangling NOT") << "a NOT"
                                      << "TERM(a)";
        QTest::newRow("lone minus") << "-"
                                    << "EMPTY";
        QTest::newRow("minus with space") << "a - b"
                                          << "AND(TERM(a), TERM(b))";
        QTest::newRow("empty tag") << "tag:"
                                   << "TERM(tag)";
        QTest::newRow("empty quoted tag") << "tag:\"\""
                                          << "TERM(tag)";
        QTest::newRow("tag with unbalanced quote") << "tag:\"Förder"
                                                   << "FIELD(tag=Förder)";
        QTest::newRow("invalid year") << "jahr:abc"
                                      << "TERM(jahr:abc)";
        QTest::newRow("open year range") << "jahr:.."
                                         << "TERM(jahr)";
        QTest::newRow("NEAR") << "NEAR(a b)"
                              << "AND(TERM(NEAR), TERM(a), TERM(b))";
        QTest::newRow("unknown field") << "a:b"
                                       << "TERM(a:b)";
        QTest::newRow("caret") << "^x"
                               << "TERM(x)";
        QTest::newRow("plus") << "+x"
                              << "TERM(x)";
        QTest::newRow("stars") << "***"
                               << "EMPTY";
        QTest::newRow("empty phrase") << "\"\""
                                      << "EMPTY";
        QTest::newRow("whitespace") << " \t\n "
                                    << "EMPTY";
        QTest::newRow("empty") << ""
                               << "EMPTY";
        QTest::newRow("section sign") << "§ 5"
                                      << "TERM(5)";
        QTest::newRow("control characters")
            << QStringLiteral("a\u0000b\u0007c") << "AND(TERM(a), TERM(b), TERM(c))";
        QTest::newRow("phrase with syntax inside") << "\"a OR (b\""
                                                   << "PHRASE(a OR b)";
        QTest::newRow("FTS5 column syntax") << "body:x"
                                            << "TERM(body:x)";

        // What the index cannot hold is kept, as a leaf that matches nothing, never dropped.
        const QString x70(70, QLatin1Char('x'));
        const QString x64(64, QLatin1Char('x'));
        QTest::newRow("64 letters are indexed") << x64 << "TERM(" + x64 + ")";
        QTest::newRow("70 letters") << x70 << "UNSEARCHABLE(too-long:" + x70 + ")";
        QString deseret70; // letters beyond the BMP: surrogate pairs
        for (int i = 0; i < 70; ++i)
            deseret70 += QString::fromUcs4(U"\U00010428", 1);
        QTest::newRow("70 letters beyond the BMP") << deseret70 << "UNSEARCHABLE(too-long:" + deseret70 + ")";
        QTest::newRow("64 letters beyond the BMP") << deseret70.left(128) << "TERM(" + deseret70.left(128) + ")";
        QTest::newRow("70 letters AND a word")
            << "Vertrag " + x70 << "AND(TERM(Vertrag), UNSEARCHABLE(too-long:" + x70 + "))";
        QTest::newRow("70 letters in OR")
            << "Vertrag OR " + x70 << "OR(TERM(Vertrag), UNSEARCHABLE(too-long:" + x70 + "))";
        QTest::newRow("70 letters as a prefix") << x70 + "*"
                                                << "UNSEARCHABLE(too-long:" + x70 + "*)";
        QTest::newRow("70 letters inside a word")
            << "Plan-" + x70 << "UNSEARCHABLE(too-long:Plan-" + x70 + ")";
        QTest::newRow("70 letters in a phrase") << "\"Plan " + x70 + " Amt\""
                                                << "UNSEARCHABLE(too-long:" + x70 + ")";
        QTest::newRow("70 letters in a title") << "titel:" + x70 << "UNSEARCHABLE(too-long:" + x70 + ")";
        QTest::newRow("70 letters in a category")
            << "kategorie:" + x70 << "UNSEARCHABLE(too-long:kategorie:" + x70 + ")";
        QTest::newRow("70 letters in a format")
            << "format:" + x70 << "FIELD(format=" + x70 + ")"; // not folded
        QTest::newRow("70 letters negated")
            << "Vertrag -" + x70 << "AND(TERM(Vertrag), UNSEARCHABLE(too-long:" + x70 + "))";
        QTest::newRow("70 letters in a negated group")
            << "Vertrag -(Plan " + x70 + ")"
            << "AND(TERM(Vertrag), UNSEARCHABLE(too-long:" + x70 + "))";
        QTest::newRow("invalid UTF-8 in a word")
            << QString::fromUtf8("Vertr\xff"
                                 "ag")
            << QString::fromUtf8("UNSEARCHABLE(unreadable:Vertr\uFFFDag)");
        QTest::newRow("only invalid UTF-8")
            << QString::fromUtf8("\xff\xfe") << QString::fromUtf8("UNSEARCHABLE(unreadable:\uFFFD\uFFFD)");
        QTest::newRow("invalid UTF-8 AND a word")
            << QString::fromUtf8("Vertrag \xc3")
            << QString::fromUtf8("AND(TERM(Vertrag), UNSEARCHABLE(unreadable:\uFFFD))");
        QTest::newRow("lone surrogate") << QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b")
                                        << QString::fromUtf8("UNSEARCHABLE(unreadable:a\uFFFDb)");
        QTest::newRow("separators between words") << "Vergabe & Beschaffung"
                                                  << "AND(TERM(Vergabe), TERM(Beschaffung))";
        QTest::newRow("separators in a phrase") << "\"Vergabe & Beschaffung\""
                                                << "PHRASE(Vergabe Beschaffung)";
        QTest::newRow("only separators") << "& - / §"
                                         << "EMPTY";
        QTest::newRow("nested too deep") << "a (b (((((c OR d)))))) e"
                                         << "AND(TERM(a), TERM(b), UNSEARCHABLE(too-deep:(…)), TERM(e))";
        QTest::newRow("nested too deep, unclosed") << "a (b (((((c OR d e"
                                                   << "AND(TERM(a), TERM(b), UNSEARCHABLE(too-deep:(…)))";
        const QString tooLong = "a " + QString(QueryParser::MaxInputLength, QLatin1Char(' ')) + "b";
        QTest::newRow("input too long")
            << tooLong << "UNSEARCHABLE(input-too-long:" + tooLong.left(20) + "…)";
        QTest::newRow("spaces beyond the input limit")
            << "a" + QString(QueryParser::MaxInputLength, QLatin1Char(' ')) << "TERM(a)";
    }

    void parse()
    {
        QFETCH(QString, input);
        QFETCH(QString, tree);
        QCOMPARE(QueryParser::parse(input).toString(), tree);
    }

    void accessors()
    {
        const Query query
            = QueryParser::parse(QStringLiteral("vertr* \"Open Data\" -tag:x jahr:..2023 titel:Plan"));
        QCOMPARE(query.kind(), Query::Kind::And);
        const QList<Query> children = query.children();
        QCOMPARE(children.size(), 5);
        QCOMPARE(children.at(0).kind(), Query::Kind::Term);
        QCOMPARE(children.at(0).word(), QStringLiteral("vertr"));
        QVERIFY(children.at(0).isPrefix());
        QCOMPARE(children.at(1).kind(), Query::Kind::Phrase);
        QCOMPARE(children.at(1).words(), QStringList({ "Open", "Data" }));
        QCOMPARE(children.at(2).kind(), Query::Kind::Not);
        const Query tag = children.at(2).children().constFirst();
        QCOMPARE(tag.kind(), Query::Kind::Field);
        QCOMPARE(tag.field(), Query::Field::Tag);
        QCOMPARE(tag.value(), QStringLiteral("x"));
        QCOMPARE(children.at(3).field(), Query::Field::Year);
        QCOMPARE(children.at(3).yearFrom(), std::nullopt);
        QCOMPARE(children.at(3).yearTo(), std::optional<int>(2023));
        QCOMPARE(children.at(4).field(), Query::Field::Title);
        QCOMPARE(children.at(4).value(), QStringLiteral("Plan"));
    }

    void positiveTerms()
    {
        QCOMPARE(QueryParser::parse(QStringLiteral("Vertrag \"Open Data\" -Entwurf NOT (a OR b) vertr* "
                                                   "titel:Plan tag:x -(c -d) Vertrag"))
                     .positiveTerms(),
                 QStringList({ "Vertrag", "Open", "Data", "vertr*", "Plan", "d" }));
        QVERIFY(QueryParser::parse(QStringLiteral("-foo")).positiveTerms().isEmpty());
    }

    void queryFactories()
    {
        QCOMPARE(Query::conjunction({ Query(), Query::term("a") }).toString(), QStringLiteral("TERM(a)"));
        QCOMPARE(Query::conjunction(
                     { Query::conjunction({ Query::term("a"), Query::term("b") }), Query::term("c") })
                     .toString(),
                 QStringLiteral("AND(TERM(a), TERM(b), TERM(c))"));
        QCOMPARE(Query::negation(Query::negation(Query::term("a"))).toString(), QStringLiteral("TERM(a)"));
        QVERIFY(Query::negation(Query()).isEmpty());
        const Query tooLong = Query::unsearchable(QStringLiteral("w"), Query::Obstacle::TooLong);
        QCOMPARE(Query::negation(tooLong), tooLong);
        QCOMPARE(Query::negation(Query::disjunction({ Query::term("a"), tooLong })), tooLong);
        QCOMPARE(Query::conjunction({ Query::term("a"), tooLong, tooLong }).unsearchables(),
                 QList<Query> { tooLong });
        QCOMPARE(tooLong.word(), QStringLiteral("w"));
        QCOMPARE(tooLong.obstacle(), Query::Obstacle::TooLong);
        QVERIFY(Query::conjunction({ Query::term("a"), tooLong }).positiveTerms() == QStringList { "a" });
        QCOMPARE(Query::yearRange(2023, 2021).toString(), QStringLiteral("YEAR(2021..2023)"));
    }

    void build_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("match");
        QTest::newRow("word") << "Vertrag"
                              << "\"Vertrag\"";
        QTest::newRow("and") << "a b"
                             << "\"a\" AND \"b\"";
        QTest::newRow("or") << "a OR b"
                            << "\"a\" OR \"b\"";
        QTest::newRow("or in and") << "a (b OR c)"
                                   << "\"a\" AND (\"b\" OR \"c\")";
        QTest::newRow("and in or") << "a OR b c"
                                   << "\"a\" OR (\"b\" AND \"c\")";
        QTest::newRow("phrase") << "\"Open Data\""
                                << "\"Open Data\"";
        QTest::newRow("prefix shorter than stem") << "vertr*"
                                                  << "\"vertr\" *";
        QTest::newRow("prefix that is a whole word") << "Förderung*"
                                                     << "(\"Förderung\" * OR \"Förderung\")";
        QTest::newRow("phrase prefix") << "\"Open Da\"*"
                                       << "\"Open Da\" *";
        QTest::newRow("not") << "a -b"
                             << "\"a\" NOT \"b\"";
        QTest::newRow("nots collected") << "a b -c -d"
                                        << "(\"a\" AND \"b\") NOT (\"c\" OR \"d\")";
        QTest::newRow("negated group") << "a -(b c)"
                                       << "\"a\" NOT (\"b\" AND \"c\")";
        QTest::newRow("title") << "titel:\"Open Data\""
                               << "\"title\" : \"Open Data\"";
        QTest::newRow("title prefix") << "titel:vertr*"
                                      << "\"title\" : \"vertr\" *";
        QTest::newRow("stray quote inside a word") << "a\"b"
                                                   << "\"a\" AND \"b\"";
        QTest::newRow("syntax is quoted") << "NEAR(a b) x:y ^z"
                                          << "\"NEAR\" AND \"a\" AND \"b\" AND \"x:y\" AND \"z\"";
        QTest::newRow("only negation is not expressible") << "-a"
                                                          << "";
        QTest::newRow("or with negation is not expressible") << "a OR -b"
                                                             << "";
        QTest::newRow("fields are not full text") << "tag:x"
                                                  << "";
        QTest::newRow("empty") << ""
                               << "";
    }

    void build()
    {
        QFETCH(QString, input);
        QFETCH(QString, match);
        Fts5QueryBuilder builder;
        QCOMPARE(builder.build(QueryParser::parse(input)), match);
    }

    void quote()
    {
        QCOMPARE(Fts5QueryBuilder::quote(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"b\""));
        QCOMPARE(Fts5QueryBuilder::quote(QStringLiteral("a\u0000b")), QStringLiteral("\"a b\""));
        QCOMPARE(Fts5QueryBuilder::quote(QString()), QStringLiteral("\"\""));
        // Programmatic queries may contain anything; it still stays one FTS5 string.
        Fts5QueryBuilder builder;
        const QString match = builder.build(Query::term(QStringLiteral("x\" OR title:* \"y")));
        QCOMPARE(match, QStringLiteral("\"x\"\" OR title:* \"\"y\""));
        QCOMPARE(run(match), QStringList());
    }

    void titleColumnConfigurable()
    {
        Fts5QueryBuilder builder;
        builder.setTitleColumn(QStringLiteral("doc_title"));
        QCOMPARE(builder.build(QueryParser::parse(QStringLiteral("titel:Plan"))),
                 QStringLiteral("\"doc_title\" : \"Plan\""));
        builder.setTitleColumn(QString());
        QCOMPARE(builder.build(QueryParser::parse(QStringLiteral("titel:Plan"))), QStringLiteral("\"Plan\""));
    }

    void plan()
    {
        Fts5QueryBuilder builder;
        Fts5QueryBuilder::Plan plan
            = builder.plan(QueryParser::parse(QStringLiteral("Förderung -Entwurf tag:x jahr:2021")));
        QCOMPARE(plan.match, QStringLiteral("\"Förderung\" NOT \"Entwurf\""));
        QVERIFY(plan.exclude.isEmpty());
        QCOMPARE(plan.filters.size(), 2);
        QCOMPARE(plan.filters.at(0).toString(), QStringLiteral("FIELD(tag=x)"));
        QCOMPARE(plan.filters.at(1).toString(), QStringLiteral("YEAR(2021)"));

        plan = builder.plan(QueryParser::parse(QStringLiteral("-Entwurf -Satzung format:pdf")));
        QVERIFY(plan.match.isEmpty());
        QCOMPARE(plan.exclude, QStringLiteral("\"Entwurf\" OR \"Satzung\""));
        QCOMPARE(plan.filters.size(), 1);

        plan = builder.plan(QueryParser::parse(QStringLiteral("(tag:x OR Vertrag) -tag:y Kommune")));
        QCOMPARE(plan.match, QStringLiteral("\"Kommune\""));
        QCOMPARE(plan.filters.size(), 2); // the mixed OR and the negated field, for SQL

        plan = builder.plan(Query());
        QVERIFY(plan.match.isEmpty() && plan.exclude.isEmpty() && plan.filters.isEmpty());

        // A word the index cannot hold is no FTS5 expression: it stays a filter, which matches nothing.
        plan = builder.plan(QueryParser::parse(QStringLiteral("Förderung ") + QString(70, QLatin1Char('x'))));
        QCOMPARE(plan.match, QStringLiteral("\"Förderung\""));
        QCOMPARE(plan.filters.size(), 1);
        QCOMPARE(plan.filters.constFirst().kind(), Query::Kind::Unsearchable);
        QVERIFY(!builder.isExpressible(plan.filters.constFirst()));
    }

    void matchesRightRows_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("rows");
        QTest::newRow("forderung") << "forderung" << QStringList { "1" };
        QTest::newRow("Vertrag finds Verträge") << "Vertrag" << QStringList { "2" };
        QTest::newRow("Kommune") << "Kommune" << QStringList { "1", "4" };
        QTest::newRow("strasse") << "strasse" << QStringList { "4" };
        QTest::newRow("prefix") << "förder*" << QStringList { "1", "3" };
        QTest::newRow("whole word with star") << "Förderung*" << QStringList { "1" };
        QTest::newRow("OR") << "Straße ODER Verträge" << QStringList { "2", "4" };
        QTest::newRow("NOT") << "förder* -Entwurf" << QStringList { "1" };
        QTest::newRow("phrase") << "\"offene Daten\"" << QStringList { "2" };
        QTest::newRow("title") << "titel:Entwurf" << QStringList { "3" };
        QTest::newRow("title phrase") << "titel:\"open data\"" << QStringList { "2" };
        QTest::newRow("title not") << "Förderrichtlinie -titel:Entwurf" << QStringList {};
        QTest::newRow("hyphenated as phrase") << "Rahmen-Vertrag" << QStringList {};
    }

    void matchesRightRows()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, rows);
        const QString match = Fts5QueryBuilder().plan(QueryParser::parse(input)).match;
        QVERIFY(!match.isEmpty());
        QCOMPARE(run(match), rows);
    }

    void excludeRunsToo()
    {
        const Fts5QueryBuilder::Plan plan
            = Fts5QueryBuilder().plan(QueryParser::parse(QStringLiteral("-Entwurf")));
        QCOMPARE(run(plan.exclude), QStringList({ "3" }));
    }

    void deepNestingStaysWithinFts5Limits()
    {
        Fts5QueryBuilder builder;
        QString input;
        for (int i = 0; i < QueryParser::MaxNesting; ++i)
            input += QStringLiteral("(a%1 b -c OR ").arg(i);
        input += QStringLiteral("z");
        const Query query = QueryParser::parse(input);
        QVERIFY(builder.isExpressible(query));
        QVERIFY(!run(builder.build(query)).contains(QStringLiteral("<error>")));
        // Deeper groups are not parsed (they match nothing); what is left still runs.
        for (int i = QueryParser::MaxNesting; i < 40; ++i)
            input.prepend(QStringLiteral("(a%1 b -c OR ").arg(i));
        const Query deeper = QueryParser::parse(input);
        QCOMPARE(deeper.unsearchables().size(), 1);
        QCOMPARE(deeper.unsearchables().constFirst().obstacle(), Query::Obstacle::TooDeep);
        for (const QString &match : matchStrings(builder, deeper))
            QVERIFY(!run(match).contains(QStringLiteral("<error>")));

        Query deep = Query::term(QStringLiteral("a"));
        for (int i = 0; i < 40; ++i)
            deep = Query::disjunction({ Query::term(QStringLiteral("x")),
                                        Query::conjunction({ Query::term(QStringLiteral("y")), deep }) });
        QVERIFY(!builder.isExpressible(deep));
        QVERIFY(builder.build(deep).isEmpty());
    }

    void fuzz()
    {
        // Nasty pieces: syntax, keywords, umlauts, controls, surrogate halves, joiners.
        const QStringList alphabet { "\"",
                                     "\"",
                                     "(",
                                     ")",
                                     "*",
                                     "-",
                                     ":",
                                     "^",
                                     "+",
                                     " ",
                                     " ",
                                     "  ",
                                     "a",
                                     "b",
                                     "ä",
                                     "ß",
                                     "Ö",
                                     "é",
                                     "vertrag",
                                     "Förderung",
                                     "OR",
                                     "ODER",
                                     "NOT",
                                     "NICHT",
                                     "AND",
                                     "UND",
                                     "NEAR",
                                     "NEAR(",
                                     "tag:",
                                     "jahr:",
                                     "titel:",
                                     "title:",
                                     "kategorie:",
                                     "..",
                                     "2021",
                                     "\t",
                                     "\n",
                                     QString(QChar(0)),
                                     QString(QChar(1)),
                                     QString(QChar(0x7f)),
                                     QString(QChar(0xD800)),
                                     QString(QChar(0xDC00)),
                                     QStringLiteral("😀"),
                                     QString(QChar(0xAD)),
                                     QString(QChar(0x308)),
                                     "„",
                                     "“",
                                     "'",
                                     "{",
                                     "}",
                                     ",",
                                     ".",
                                     "\\",
                                     "§",
                                     "body:",
                                     "rowid",
                                     "%",
                                     "_",
                                     "''",
                                     "\"\"",
                                     "*\"",
                                     "-(",
                                     "x*",
                                     "'--",
                                     ";" };
        QRandomGenerator random(4711);
        Fts5QueryBuilder builder;
        int executed = 0;
        for (int round = 0; round < 20000; ++round) {
            QString input;
            const int pieces = int(random.bounded(25));
            for (int i = 0; i < pieces; ++i)
                input += alphabet.at(int(random.bounded(alphabet.size())));
            const Query query = QueryParser::parse(input);
            QVERIFY(!query.toString().isEmpty());
            query.positiveTerms();
            for (const QString &match : matchStrings(builder, query)) {
                const QStringList result = run(match);
                if (result.value(0) == QLatin1String("<error>"))
                    QFAIL(qPrintable(QStringLiteral("input %1 → %2 → %3: %4")
                                         .arg(QString::fromLatin1(input.toUtf8().toPercentEncoding()),
                                              query.toString(), match, result.value(1))));
                ++executed;
            }
        }
        QVERIFY(executed > 20000);
    }
};

QTEST_GUILESS_MAIN(TestQueryParser)
#include "TestQueryParser.moc"
