#pragma once

#include "core/search/Query.h"

#include <QList>
#include <QString>

// Turns the full-text part of a Query into FTS5 MATCH expressions for a table using the "german"
// tokenizer. Every piece of user text is emitted as a double-quoted FTS5 string with '"' doubled
// (and control characters blanked), so no user input is ever FTS5 syntax; the tokenizer splits the
// string into words, a string of several words being an FTS5 phrase.
//
//   TERM(vertrag)           "vertrag"
//   TERM(vertr*)            "vertr" *
//   TERM(förderung*)        ("förderung" * OR "förderung")   see below
//   PHRASE(open data)       "open data"
//   FIELD(title=open data)  "title" : "open data"          (column configurable)
//   AND(a, b)               "a" AND "b"
//   AND(a, b, NOT(c), NOT(d))  ("a" AND "b") NOT ("c" OR "d")
//   OR(a, AND(b, c))        "a" OR ("b" AND "c")
//
// Prefix terms: the index stores stems and a prefix is only folded, so a prefix longer than the
// stem ("förderung*" vs. stem "forder") would not even find the word itself. When stemming the
// prefix as a word gives a different key, the builder therefore ORs in the word: it finds the word
// and its inflections, the prefix finds the rest.
//
// NOT: FTS5's NOT is binary ("a NOT b"), so a negation is expressible only inside an AND that also
// has a positive full-text operand, and fields (except the title) are not full text at all. Two ways
// to handle the rest:
//  - plan() splits the top-level AND: one positive MATCH expression with the negations folded in
//    (preferred, FTS5 evaluates it in one go), or, when the query has no positive full-text part
//    ("-entwurf", "-entwurf tag:x"), an exclusion expression for
//    "rowid NOT IN (SELECT rowid FROM fts WHERE fts MATCH :exclude)"; plus the conjuncts left for
//    SQL (fields, their negations, ORs mixing fields and text).
//  - For those leftovers, translate recursively: a subtree for which isExpressible() holds becomes
//    "rowid IN (SELECT rowid FROM fts WHERE fts MATCH :build(subtree))"; NOT(x) becomes NOT (sql(x));
//    AND/OR join their children's SQL; a Field becomes a metadata condition. plan() may also be
//    applied to any nested AND.
class Fts5QueryBuilder
{
public:
    struct Plan
    {
        QString match; // rows must match this; empty: no positive full-text condition
        QString exclude; // rows must not match this; empty: nothing to exclude
        QList<Query> filters; // further conjuncts for SQL (see above); all must hold
    };

    // The FTS5 column that titel:/title: restricts to (default "title"). Empty: titel: searches all
    // columns like a phrase would.
    void setTitleColumn(const QString &column) { m_titleColumn = column; }
    QString titleColumn() const { return m_titleColumn; }

    // No metadata field anywhere in the subtree (a title restriction is full text).
    bool isFullText(const Query &query) const;
    // Full text, and FTS5 can express it as a single MATCH expression: every NOT sits in an AND with
    // a positive sibling. False for Empty, for Unsearchable (FTS5 has no expression that matches
    // nothing; the SQL filter "0" does) and for trees deeper than MaxDepth (the NOT inside an AND does
    // not count as a level).
    bool isExpressible(const Query &query) const;

    // The MATCH expression, or an empty string when !isExpressible(query).
    QString build(const Query &query) const;

    Plan plan(const Query &query) const;

    // text as an FTS5 string literal: "..." with '"' doubled and control characters as spaces.
    static QString quote(const QString &text);
    // The hit marks as the two SQL arguments of snippet() and highlight(): SearchHit::MarkStart and
    // MarkEnd, written into the SQL from the one definition.
    static QString hitMarks();

    // Deeper trees are not expressible: FTS5's expression parser overflows its small stack at about
    // 30 levels of the builder's output (measured with SQLite 3.40). QueryParser::MaxNesting keeps
    // parsed queries within this limit.
    static constexpr int MaxDepth = 14;

private:
    bool isTitle(const Query &query) const;
    bool expressible(const Query &query, int level) const;
    QString expression(const Query &query) const; // query must be expressible
    QString leaf(const QString &text, const QString &lastWord, bool prefix) const;

    QString m_titleColumn = QStringLiteral("title");
};
