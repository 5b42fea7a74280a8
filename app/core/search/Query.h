#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

// A parsed search query: an immutable tree, cheap to copy (shared nodes).
//
// Kinds:
//   Empty   matches everything (empty input, or nothing searchable in it)
//   Term    one word as typed, optionally a prefix ("vertr*"); may contain inner punctuation
//           ("E-Mail", "a:b"), which the tokenizer splits into an adjacent-words phrase
//   Phrase  words that must appear in this order ("Open Data"), optionally ending in a prefix
//   Field   a metadata restriction (tag:, kategorie:, typ:, kommune:, jahr:, format:, paket:), one on
//           the user's own marks (meine:, PersonalOverlay) or a full-text restriction on the title (titel:)
//   Not     exactly one child; a query of only negations means "everything except"
//   And/Or  two or more children; nested operators of the same kind are flattened
//   Unsearchable  a word (or group) that cannot be searched: longer than the index keeps, not valid
//           text, nested too deep. It matches no document, so it never widens a query: in an AND
//           the AND finds nothing, in an OR the other alternatives still count. The searcher tells
//           the user why (Searcher::warnings()).
class Query
{
public:
    enum class Kind { Empty, Term, Phrase, Field, Not, And, Or, Unsearchable };
    enum class Field { Tag, Category, Type, Municipality, Year, Format, Title, Pack, Personal };
    enum class Obstacle {
        TooLong, // a word longer than GermanNormalizer::MaxTokenLength: the index skips such words
        Unreadable, // U+FFFD or a lone surrogate: input that was not valid text (e.g. not UTF-8)
        TooDeep, // a group nested deeper than QueryParser::MaxNesting
        InputTooLong, // the text beyond QueryParser::MaxInputLength
    };

    Query(); // Empty

    static Query term(const QString &word, bool prefix = false);
    static Query phrase(const QStringList &words, bool prefix = false);
    // For Field::Year use yearRange(), which also fills yearFrom()/yearTo().
    // exact: the value was quoted, so it must equal the whole field value (a facet click); unquoted
    // values of kategorie:, typ:, kommune: and tag: match the words of the field value.
    static Query field(Field field, const QString &value, bool prefix = false, bool exact = false);
    // Open ends are std::nullopt; from > to is swapped.
    static Query yearRange(std::optional<int> from, std::optional<int> to);
    // text: what the user typed, for the message.
    static Query unsearchable(const QString &text, Obstacle obstacle);
    // Not(Empty) is Empty, Not(Not(x)) is x. A negation of anything holding an Unsearchable is the
    // AND of those Unsearchables (matches nothing): which documents to leave out is unknown, and
    // leaving out none would widen the query.
    static Query negation(const Query &operand);
    // Empty operands are dropped (they carry no condition), one remaining operand is returned as is.
    static Query conjunction(const QList<Query> &operands);
    static Query disjunction(const QList<Query> &operands);

    Kind kind() const;
    bool isEmpty() const { return kind() == Kind::Empty; }

    const QList<Query> &children() const; // And, Or: the operands; Not: the operand; else empty
    QString word() const; // Term: the word as typed (no '*'); Unsearchable: the text as typed
    QStringList words() const; // Phrase: the words; Term: the word; Title field: value words
    bool isPrefix() const; // Term, Phrase, Field: the value ended in '*' (unquoted)
    Field field() const; // Field only
    QString value() const; // Field: the value as typed, without quotes or '*'
    bool isExact() const; // Field: the value was quoted
    std::optional<int> yearFrom() const; // Field::Year: inclusive bounds; nullopt = open
    std::optional<int> yearTo() const;
    Obstacle obstacle() const; // Unsearchable only

    // The Unsearchable leaves of the tree, in query order, without duplicates.
    QList<Query> unsearchables() const;

    // Words to highlight: from Terms, Phrases and title restrictions not under an odd number of
    // negations, in query order, without duplicates. Prefix terms keep their '*' ("vertr*") so a
    // highlighter can match them as prefixes of folded words.
    QStringList positiveTerms() const;

    // Debug form for tests and logs, e.g.
    // AND(TERM(vertrag), OR(TERM(a), PHRASE(x y)), NOT(TERM(z)), FIELD(tag="Förderung/Bund"),
    // YEAR(2021..2023)) and UNSEARCHABLE(too-long:xxx…) for the Unsearchable kind.
    QString toString() const;

    static QString fieldName(Field field); // "tag", "category", "type", ... as used by toString()

    bool operator==(const Query &other) const { return toString() == other.toString(); }
    bool operator!=(const Query &other) const { return !(*this == other); }

private:
    struct Node;
    explicit Query(std::shared_ptr<const Node> node);

    std::shared_ptr<const Node> m_node; // null: Empty
};
