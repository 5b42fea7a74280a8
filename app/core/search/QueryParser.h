#pragma once

#include "core/search/Query.h"

#include <QString>

// Parses what users type into the search box. Any input is valid; what cannot be understood as
// syntax degrades to plain words, never to an error.
//
// Syntax (operators are case-sensitive upper case, so "oder" and "und" stay ordinary words):
//   a b             both (AND is implicit; "AND"/"UND" may be written)
//   a OR b          either ("ODER" too)
//   -a, NOT a       not a ("NICHT" too); a query of only negations means "everything except"
//   "a b"           phrase; „a b“ and “a b” work as well; "a b"* makes the last word a prefix
//   vertr*          prefix
//   ( )             grouping
//   field:value     tag: kategorie:/category: typ:/type: kommune:/municipality: jahr:/year:
//                   format: titel:/title: paket:/pack: (field names in any case); the value may be
//                   quoted (tag:"Förderung/Bund"); an unquoted value may end in '*'.
//   jahr:2021  jahr:2021..2023  jahr:2021..  jahr:..2023  (also 2021-2023)
// Precedence: NOT > AND > OR.
//
// Degradation rules:
//   - an unmatched '"' is ignored and the rest is parsed normally ("foo bar → foo AND bar);
//   - unmatched ')' are ignored, missing ')' are implied at the end;
//   - an operator without operands is dropped ("a OR" → a, "OR a" → a, "a NOT" → a); an input made
//     only of operator keywords searches for them as words ("OR" → TERM(OR));
//   - a field with an empty or invalid value is the plain word it looks like ("tag:" → tag,
//     "jahr:abc" → TERM(jahr:abc));
//   - words are trimmed to what the tokenizer indexes ("^x" → x, "+a" → a); words with nothing
//     indexable, only separators such as "***", "§", "-", "&", vanish ("Vergabe & Beschaffung" →
//     Vergabe AND Beschaffung); nothing searchable at all gives Query::Kind::Empty;
//   - control characters act as spaces;
//   - what cannot be searched is never dropped, because dropping it would widen the query: a word with
//     a part longer than GermanNormalizer::MaxTokenLength (the index skips such words), a word with U+FFFD or
//     a lone surrogate (input that was not valid text), parentheses nested deeper than MaxNesting (FTS5's
//     parser has a small stack) and input beyond MaxInputLength characters become
//     Query::Kind::Unsearchable, which matches nothing and carries the reason for the user.
class QueryParser
{
public:
    static constexpr int MaxInputLength = 10000;
    static constexpr int MaxNesting = 5;

    static Query parse(const QString &input);
};
