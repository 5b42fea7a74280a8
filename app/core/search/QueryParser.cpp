#include "core/search/QueryParser.h"

#include "core/text/GermanNormalizer.h"

#include <QHash>

namespace {

struct Lexeme
{
    enum Type { Word, Phrase, FieldValue, LeftParen, RightParen, Or, And, Not, Minus };

    explicit Lexeme(Type type, const QString &text = {})
        : type(type)
        , text(text)
    {
    }

    Type type;
    QString text; // Word: as typed; Phrase: the content; FieldValue: the value; keywords: the keyword
    bool prefix = false;
    bool quoted = false; // FieldValue
    Query::Field field = Query::Field::Tag; // FieldValue
    QString fieldName; // FieldValue: as typed, for degradation
};

// Control characters (NUL would cut the MATCH string short inside SQLite) and line separators become
// spaces; lone surrogates become U+FFFD like any other input that is not valid text; German and
// English typographic double quotes become '"'.
QString sanitized(const QString &input)
{
    QString s = input.left(QueryParser::MaxInputLength);
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        const QChar::Category cat = c.category();
        if (c.isSurrogate())
            s[i] = QChar::ReplacementCharacter;
        else if (cat == QChar::Other_Control || cat == QChar::Separator_Line
                 || cat == QChar::Separator_Paragraph)
            s[i] = QLatin1Char(' ');
        else if (c == QChar(0x201E) || c == QChar(0x201C) || c == QChar(0x201D) || c == QChar(0x201F))
            s[i] = QLatin1Char('"');
    }
    return s;
}

bool isBreak(QChar c)
{
    return c.isSpace() || c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char('"');
}

const QHash<QString, Query::Field> &fieldNames()
{
    static const QHash<QString, Query::Field> names {
        { QStringLiteral("tag"), Query::Field::Tag },
        { QStringLiteral("kategorie"), Query::Field::Category },
        { QStringLiteral("category"), Query::Field::Category },
        { QStringLiteral("typ"), Query::Field::Type },
        { QStringLiteral("type"), Query::Field::Type },
        { QStringLiteral("kommune"), Query::Field::Municipality },
        { QStringLiteral("municipality"), Query::Field::Municipality },
        { QStringLiteral("jahr"), Query::Field::Year },
        { QStringLiteral("year"), Query::Field::Year },
        { QStringLiteral("format"), Query::Field::Format },
        { QStringLiteral("titel"), Query::Field::Title },
        { QStringLiteral("title"), Query::Field::Title },
        { QStringLiteral("paket"), Query::Field::Pack },
        { QStringLiteral("pack"), Query::Field::Pack },
        { QStringLiteral("meine"), Query::Field::Personal },
        { QStringLiteral("mine"), Query::Field::Personal },
    };
    return names;
}

// Cuts the sanitized query text into lexemes, left to right.
class Lexer
{
public:
    explicit Lexer(const QString &s)
        : m_s(s)
        , m_n(s.size())
    {
    }

    QList<Lexeme> run()
    {
        while (m_i < m_n) {
            const QChar c = m_s.at(m_i);
            if (c.isSpace()) {
                ++m_i;
            } else if (c == QLatin1Char('(')) {
                m_out.append(Lexeme(Lexeme::LeftParen));
                ++m_i;
            } else if (c == QLatin1Char(')')) {
                m_out.append(Lexeme(Lexeme::RightParen));
                ++m_i;
            } else if (c == QLatin1Char('"')) {
                phrase();
            } else if (c == QLatin1Char('-') && m_i + 1 < m_n && !m_s.at(m_i + 1).isSpace()) {
                m_out.append(Lexeme(Lexeme::Minus));
                ++m_i;
            } else {
                word();
            }
        }
        return m_out;
    }

private:
    QString readWord()
    {
        const qsizetype begin = m_i;
        while (m_i < m_n && !isBreak(m_s.at(m_i)))
            ++m_i;
        return m_s.mid(begin, m_i - begin);
    }

    // From the opening quote at m_i; a trailing * makes it a prefix.
    void phrase()
    {
        const qsizetype close = m_s.indexOf(QLatin1Char('"'), m_i + 1);
        if (close < 0) {
            ++m_i; // unmatched quote: ignore it, parse the rest as if it were not there
            return;
        }
        Lexeme phrase(Lexeme::Phrase, m_s.mid(m_i + 1, close - m_i - 1));
        m_i = close + 1;
        while (m_i < m_n && m_s.at(m_i) == QLatin1Char('*')) {
            phrase.prefix = true;
            ++m_i;
        }
        m_out.append(phrase);
    }

    // A keyword, a field:value or a plain word.
    void word()
    {
        const QString word = readWord();
        if (word == QLatin1String("OR") || word == QLatin1String("ODER")) {
            m_out.append(Lexeme(Lexeme::Or, word));
            return;
        }
        if (word == QLatin1String("AND") || word == QLatin1String("UND")) {
            m_out.append(Lexeme(Lexeme::And, word));
            return;
        }
        if (word == QLatin1String("NOT") || word == QLatin1String("NICHT")) {
            m_out.append(Lexeme(Lexeme::Not, word));
            return;
        }
        const qsizetype colon = word.indexOf(QLatin1Char(':'));
        const auto field
            = colon > 0 ? fieldNames().constFind(word.left(colon).toLower()) : fieldNames().constEnd();
        if (field == fieldNames().constEnd()) {
            m_out.append(Lexeme(Lexeme::Word, word));
            return;
        }
        fieldValue(word, colon, field.value());
    }

    // field:value, field:"a value" (the quoted value after the colon) or field:value*.
    void fieldValue(const QString &word, qsizetype colon, Query::Field field)
    {
        Lexeme value(Lexeme::FieldValue, word.mid(colon + 1));
        value.field = field;
        value.fieldName = word.left(colon);
        if (value.text.isEmpty() && m_i < m_n && m_s.at(m_i) == QLatin1Char('"')) {
            const qsizetype close = m_s.indexOf(QLatin1Char('"'), m_i + 1);
            if (close >= 0) {
                value.text = m_s.mid(m_i + 1, close - m_i - 1);
                value.quoted = true;
                m_i = close + 1;
            } else {
                ++m_i; // unmatched quote: the value is the word after it
                value.text = readWord();
            }
        }
        if (!value.quoted) {
            while (value.text.endsWith(QLatin1Char('*'))) {
                value.text.chop(1);
                value.prefix = true;
            }
        }
        value.text = value.text.simplified();
        m_out.append(value);
    }

    const QString &m_s;
    const qsizetype m_n;
    qsizetype m_i = 0;
    QList<Lexeme> m_out;
};

QList<Lexeme> lex(const QString &s)
{
    return Lexer(s).run();
}

// Why the index cannot hold (a part of) word, given the tokens the tokenizer makes of it.
std::optional<Query::Obstacle> obstacleIn(const QString &word, const QList<GermanNormalizer::Token> &tokens)
{
    if (word.contains(QChar::ReplacementCharacter))
        return Query::Obstacle::Unreadable; // what is meant is unknown: a guess could widen the query
    // Letters and digits outside every token belong to a word the tokenizer skipped as too long. (Its
    // other separators are punctuation, symbols and the spacing modifier letters U+02B0..U+02FF.)
    qsizetype next = 0;
    for (qsizetype i = 0; i < word.size(); ++i) {
        char32_t c = word.at(i).unicode();
        const qsizetype at = i;
        if (word.at(i).isHighSurrogate() && i + 1 < word.size() && word.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(word.at(i), word.at(i + 1));
            ++i;
        }
        while (next < tokens.size() && tokens.at(next).end <= at)
            ++next;
        const bool covered = next < tokens.size() && tokens.at(next).start <= at;
        if (!covered && QChar::isLetterOrNumber(c) && !(c >= 0x02B0 && c <= 0x02FF))
            return Query::Obstacle::TooLong;
    }
    return std::nullopt;
}

// A word as the index sees it: trimmed to what the tokenizer keeps ("^x" → "x"), empty when nothing
// in it is indexable ("-", "&", "§": separators, which the index does not hold either), or the
// obstacle that keeps the index from holding it.
struct CheckedWord
{
    QString text;
    std::optional<Query::Obstacle> obstacle;
};

CheckedWord checkedWord(const QString &word)
{
    const QList<GermanNormalizer::Token> tokens
        = GermanNormalizer::tokenize(word, GermanNormalizer::KeyKind::Folded);
    if (const std::optional<Query::Obstacle> obstacle = obstacleIn(word, tokens))
        return { {}, obstacle };
    if (tokens.isEmpty())
        return {};
    return { word.mid(tokens.constFirst().start, tokens.constLast().end - tokens.constFirst().start), {} };
}

// The words of a phrase as the index sees them; *unsearchable gets those the index cannot hold.
QStringList trimmedWords(const QString &text, QList<Query> *unsearchable)
{
    QStringList words;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const CheckedWord checked = checkedWord(word);
        if (checked.obstacle)
            unsearchable->append(Query::unsearchable(word, *checked.obstacle));
        else if (!checked.text.isEmpty())
            words.append(checked.text);
    }
    return words;
}

Query termQuery(const QString &text, bool prefix)
{
    const CheckedWord checked = checkedWord(text);
    if (checked.obstacle)
        return Query::unsearchable(text, *checked.obstacle);
    return checked.text.isEmpty() ? Query() : Query::term(checked.text, prefix);
}

// A phrase, Empty when nothing in it is indexable, or the Unsearchables that keep it from matching.
Query phraseQuery(const QString &text, bool prefix)
{
    QList<Query> unsearchable;
    const QStringList words = trimmedWords(text, &unsearchable);
    if (!unsearchable.isEmpty())
        return Query::conjunction(unsearchable);
    return words.isEmpty() ? Query() : Query::phrase(words, prefix);
}

std::optional<int> parseYear(const QString &text, bool *ok)
{
    *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    *ok = text.size() <= 4;
    for (const QChar c : text)
        *ok = *ok && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    return *ok ? std::optional<int>(text.toInt()) : std::nullopt;
}

// "2021", "2021..2023", "2021..", "..2023", "2021-2023"; an empty optional when invalid.
std::optional<Query> yearQuery(const QString &value)
{
    QString from = value, to = value;
    bool range = false;
    for (const QString &separator : { QStringLiteral(".."), QStringLiteral("-"), QStringLiteral("\u2013") }) {
        const qsizetype at = value.indexOf(separator);
        if (at >= 0 && !(separator != QLatin1String("..") && at == 0)) {
            from = value.left(at);
            to = value.mid(at + separator.size());
            range = true;
            break;
        }
    }
    bool fromOk = false, toOk = false;
    const std::optional<int> first = parseYear(from, &fromOk);
    const std::optional<int> last = parseYear(to, &toOk);
    if (!fromOk || !toOk || (!first && !last) || (!range && !first))
        return std::nullopt;
    return Query::yearRange(first, last);
}

class Parser
{
public:
    explicit Parser(QList<Lexeme> lexemes)
        : m_lexemes(std::move(lexemes))
    {
    }

    Query parse()
    {
        QList<Query> parts { parseOr() };
        while (!atEnd()) { // only a stray ')' stops parseOr() early
            ++m_pos;
            parts.append(parseOr());
        }
        Query query = Query::conjunction(parts);
        if (query.isEmpty())
            query = keywordsAsWords();
        return query;
    }

private:
    bool atEnd() const { return m_pos >= m_lexemes.size(); }
    bool peek(Lexeme::Type type) const { return !atEnd() && m_lexemes.at(m_pos).type == type; }

    Query parseOr()
    {
        QList<Query> alternatives { parseAnd() };
        while (peek(Lexeme::Or)) {
            ++m_pos;
            alternatives.append(parseAnd());
        }
        return Query::disjunction(alternatives); // empty alternatives (dangling OR) vanish
    }

    Query parseAnd()
    {
        QList<Query> operands;
        while (!atEnd()) {
            if (peek(Lexeme::RightParen) || peek(Lexeme::Or)) {
                break;
            } else if (peek(Lexeme::And)) {
                ++m_pos;
            } else {
                operands.append(parseUnary());
            }
        }
        return Query::conjunction(operands);
    }

    Query parseUnary()
    {
        bool negated = false;
        while (peek(Lexeme::Not) || peek(Lexeme::Minus)) { // a loop: "- - - a" must not recurse
            negated = !negated;
            ++m_pos;
        }
        const Query operand = parsePrimary();
        return negated ? Query::negation(operand) : operand;
    }

    Query parsePrimary()
    {
        if (atEnd())
            return {};
        const Lexeme &lexeme = m_lexemes.at(m_pos);
        switch (lexeme.type) {
        case Lexeme::LeftParen: {
            ++m_pos;
            if (m_depth >= QueryParser::MaxNesting)
                return skipGroup();
            ++m_depth;
            const Query group = parseOr();
            --m_depth;
            if (peek(Lexeme::RightParen))
                ++m_pos;
            return group;
        }
        case Lexeme::Word:
            ++m_pos;
            return termQuery(lexeme.text, lexeme.text.endsWith(QLatin1Char('*')));
        case Lexeme::Phrase:
            ++m_pos;
            return phraseQuery(lexeme.text, lexeme.prefix);
        case Lexeme::FieldValue:
            ++m_pos;
            return fieldQuery(lexeme);
        case Lexeme::RightParen:
        case Lexeme::Or:
        case Lexeme::And:
        case Lexeme::Not:
        case Lexeme::Minus:
            break; // not an operand: the caller decides
        }
        return {};
    }

    static Query fieldQuery(const Lexeme &lexeme)
    {
        std::optional<Query> query;
        if (lexeme.field == Query::Field::Year) {
            if (!lexeme.prefix)
                query = yearQuery(lexeme.text);
        } else if (lexeme.field == Query::Field::Title) {
            QList<Query> unsearchable;
            const QStringList words = trimmedWords(lexeme.text, &unsearchable);
            if (!unsearchable.isEmpty())
                return Query::conjunction(unsearchable);
            if (!words.isEmpty())
                query = Query::field(Query::Field::Title, words.join(QLatin1Char(' ')), lexeme.prefix);
        } else if (!lexeme.text.isEmpty()) {
            // Metadata values are also compared folded (Searcher), and folding skips what the
            // tokenizer skips: "kategorie:Förderung <too long>" would find "Förderung".
            const QList<GermanNormalizer::Token> tokens
                = GermanNormalizer::tokenize(lexeme.text, GermanNormalizer::KeyKind::Folded);
            const std::optional<Query::Obstacle> obstacle = obstacleIn(lexeme.text, tokens);
            if (obstacle && lexeme.field != Query::Field::Format)
                return Query::unsearchable(lexeme.fieldName + QLatin1Char(':') + lexeme.text, *obstacle);
            query = Query::field(lexeme.field, lexeme.text, lexeme.prefix, lexeme.quoted);
        }
        if (query)
            return *query;
        // Not a usable field: the plain words it looks like.
        if (lexeme.quoted)
            return Query::conjunction(
                { termQuery(lexeme.fieldName, false), phraseQuery(lexeme.text, false) });
        const QString star = lexeme.prefix ? QStringLiteral("*") : QString();
        return termQuery(lexeme.fieldName + QLatin1Char(':') + lexeme.text + star, lexeme.prefix);
    }

    // A group too deep to parse, up to its ')' (or the end): joining its content to the enclosing
    // group would change what the query means ("a (b OR c)" is not "a b OR c"), so it matches nothing.
    Query skipGroup()
    {
        int open = 1;
        for (; !atEnd() && open > 0; ++m_pos) {
            if (peek(Lexeme::LeftParen))
                ++open;
            else if (peek(Lexeme::RightParen))
                --open;
        }
        return Query::unsearchable(QStringLiteral("(…)"), Query::Obstacle::TooDeep);
    }

    // Input made only of operator keywords ("OR", "NOT"): search them rather than everything.
    Query keywordsAsWords() const
    {
        QList<Query> words;
        QStringList seen;
        for (const Lexeme &lexeme : m_lexemes) {
            const bool keyword
                = lexeme.type == Lexeme::Or || lexeme.type == Lexeme::And || lexeme.type == Lexeme::Not;
            if (keyword && !seen.contains(lexeme.text)) {
                seen.append(lexeme.text);
                words.append(Query::term(lexeme.text));
            }
        }
        return Query::conjunction(words);
    }

    QList<Lexeme> m_lexemes;
    qsizetype m_pos = 0;
    int m_depth = 0;
};

} // namespace

Query QueryParser::parse(const QString &input)
{
    // Searching the first part alone could widen the query: nothing but the reason instead.
    if (!QStringView(input).mid(MaxInputLength).trimmed().isEmpty())
        return Query::unsearchable(input.left(20) + QStringLiteral("…"), Query::Obstacle::InputTooLong);
    return Parser(lex(sanitized(input))).parse();
}
