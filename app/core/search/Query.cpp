#include "core/search/Query.h"

#include <utility>

struct Query::Node
{
    Kind kind = Kind::Empty;
    QList<Query> children;
    QStringList words; // Term: one word; Phrase: its words
    QString value; // Field
    Field field = Field::Tag;
    bool prefix = false;
    bool exact = false; // Field: quoted
    Obstacle obstacle = Obstacle::TooLong;
    std::optional<int> yearFrom;
    std::optional<int> yearTo;
};

Query::Query() = default;

Query::Query(std::shared_ptr<const Node> node)
    : m_node(std::move(node))
{
}

Query Query::term(const QString &word, bool prefix)
{
    auto node = std::make_shared<Node>();
    node->kind = Kind::Term;
    node->words = QStringList { word };
    node->prefix = prefix;
    return Query(std::move(node));
}

Query Query::phrase(const QStringList &words, bool prefix)
{
    auto node = std::make_shared<Node>();
    node->kind = Kind::Phrase;
    node->words = words;
    node->prefix = prefix;
    return Query(std::move(node));
}

Query Query::field(Field field, const QString &value, bool prefix, bool exact)
{
    auto node = std::make_shared<Node>();
    node->kind = Kind::Field;
    node->field = field;
    node->value = value;
    node->prefix = prefix;
    node->exact = exact;
    return Query(std::move(node));
}

Query Query::yearRange(std::optional<int> from, std::optional<int> to)
{
    if (from && to && *from > *to)
        std::swap(from, to);
    auto node = std::make_shared<Node>();
    node->kind = Kind::Field;
    node->field = Field::Year;
    node->yearFrom = from;
    node->yearTo = to;
    if (from && to && *from == *to)
        node->value = QString::number(*from);
    else
        node->value = (from ? QString::number(*from) : QString()) + QLatin1String("..")
            + (to ? QString::number(*to) : QString());
    return Query(std::move(node));
}

Query Query::unsearchable(const QString &text, Obstacle obstacle)
{
    auto node = std::make_shared<Node>();
    node->kind = Kind::Unsearchable;
    node->words = QStringList { text };
    node->obstacle = obstacle;
    return Query(std::move(node));
}

Query Query::negation(const Query &operand)
{
    if (operand.isEmpty())
        return {};
    const QList<Query> unsearchable = operand.unsearchables();
    if (!unsearchable.isEmpty())
        return conjunction(unsearchable);
    if (operand.kind() == Kind::Not)
        return operand.children().constFirst();
    auto node = std::make_shared<Node>();
    node->kind = Kind::Not;
    node->children = { operand };
    return Query(std::move(node));
}

static Query combine(Query::Kind kind, const QList<Query> &operands, Query (*make)(Query::Kind, QList<Query>))
{
    QList<Query> flat;
    for (const Query &operand : operands) {
        if (operand.isEmpty())
            continue;
        if (operand.kind() == kind)
            flat.append(operand.children());
        else
            flat.append(operand);
    }
    if (flat.isEmpty())
        return {};
    if (flat.size() == 1)
        return flat.constFirst();
    return make(kind, std::move(flat));
}

Query Query::conjunction(const QList<Query> &operands)
{
    return combine(Kind::And, operands, [](Kind kind, QList<Query> children) {
        auto node = std::make_shared<Node>();
        node->kind = kind;
        node->children = std::move(children);
        return Query(std::move(node));
    });
}

Query Query::disjunction(const QList<Query> &operands)
{
    return combine(Kind::Or, operands, [](Kind kind, QList<Query> children) {
        auto node = std::make_shared<Node>();
        node->kind = kind;
        node->children = std::move(children);
        return Query(std::move(node));
    });
}

Query::Kind Query::kind() const
{
    return m_node ? m_node->kind : Kind::Empty;
}

const QList<Query> &Query::children() const
{
    static const QList<Query> none;
    return m_node ? m_node->children : none;
}

QString Query::word() const
{
    return kind() == Kind::Term || kind() == Kind::Unsearchable ? m_node->words.constFirst() : QString();
}

QStringList Query::words() const
{
    if (kind() == Kind::Term || kind() == Kind::Phrase)
        return m_node->words;
    if (kind() == Kind::Field && m_node->field == Field::Title)
        return m_node->value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return {};
}

bool Query::isPrefix() const
{
    return m_node && m_node->prefix;
}

bool Query::isExact() const
{
    return m_node && m_node->exact;
}

Query::Field Query::field() const
{
    return m_node ? m_node->field : Field::Tag;
}

QString Query::value() const
{
    return kind() == Kind::Field ? m_node->value : QString();
}

std::optional<int> Query::yearFrom() const
{
    return m_node ? m_node->yearFrom : std::nullopt;
}

std::optional<int> Query::yearTo() const
{
    return m_node ? m_node->yearTo : std::nullopt;
}

Query::Obstacle Query::obstacle() const
{
    return m_node ? m_node->obstacle : Obstacle::TooLong;
}

static void collectUnsearchable(const Query &query, QList<Query> &out)
{
    if (query.kind() == Query::Kind::Unsearchable) {
        if (!out.contains(query))
            out.append(query);
        return;
    }
    for (const Query &child : query.children())
        collectUnsearchable(child, out);
}

QList<Query> Query::unsearchables() const
{
    QList<Query> out;
    collectUnsearchable(*this, out);
    return out;
}

static void collectPositive(const Query &query, bool negated, QStringList &out)
{
    switch (query.kind()) {
    case Query::Kind::Not:
        collectPositive(query.children().constFirst(), !negated, out);
        return;
    case Query::Kind::And:
    case Query::Kind::Or:
        for (const Query &child : query.children())
            collectPositive(child, negated, out);
        return;
    case Query::Kind::Term:
    case Query::Kind::Phrase:
    case Query::Kind::Field: {
        if (negated || (query.kind() == Query::Kind::Field && query.field() != Query::Field::Title))
            return;
        const QStringList words = query.words();
        for (qsizetype i = 0; i < words.size(); ++i) {
            const bool prefix = query.isPrefix() && i == words.size() - 1;
            const QString word = prefix ? words.at(i) + QLatin1Char('*') : words.at(i);
            if (!out.contains(word))
                out.append(word);
        }
        return;
    }
    case Query::Kind::Empty:
    case Query::Kind::Unsearchable:
        return;
    }
}

QStringList Query::positiveTerms() const
{
    QStringList out;
    collectPositive(*this, false, out);
    return out;
}

QString Query::fieldName(Field field)
{
    switch (field) {
    case Field::Tag:
        return QStringLiteral("tag");
    case Field::Category:
        return QStringLiteral("category");
    case Field::Type:
        return QStringLiteral("type");
    case Field::Municipality:
        return QStringLiteral("municipality");
    case Field::Year:
        return QStringLiteral("year");
    case Field::Format:
        return QStringLiteral("format");
    case Field::Title:
        return QStringLiteral("title");
    case Field::Pack:
        return QStringLiteral("pack");
    case Field::Personal:
        return QStringLiteral("mine");
    }
    return {};
}

QString Query::toString() const
{
    const QString star = isPrefix() ? QStringLiteral("*") : QString();
    switch (kind()) {
    case Kind::Empty:
        return QStringLiteral("EMPTY");
    case Kind::Term:
        return QLatin1String("TERM(") + word() + star + QLatin1Char(')');
    case Kind::Phrase:
        return QLatin1String("PHRASE(") + m_node->words.join(QLatin1Char(' ')) + star + QLatin1Char(')');
    case Kind::Field:
        if (m_node->field == Field::Year)
            return QLatin1String("YEAR(") + m_node->value + QLatin1Char(')');
        if (m_node->exact)
            return QLatin1String("FIELD(") + fieldName(m_node->field) + QLatin1String("=\"") + m_node->value
                + QLatin1String("\"") + star + QLatin1Char(')');
        return QLatin1String("FIELD(") + fieldName(m_node->field) + QLatin1Char('=') + m_node->value + star
            + QLatin1Char(')');
    case Kind::Not:
    case Kind::And:
    case Kind::Or: {
        QStringList parts;
        for (const Query &child : m_node->children)
            parts.append(child.toString());
        const char *name = kind() == Kind::Not ? "NOT(" : kind() == Kind::And ? "AND(" : "OR(";
        return QLatin1String(name) + parts.join(QLatin1String(", ")) + QLatin1Char(')');
    }
    case Kind::Unsearchable: {
        static const char *const obstacles[] = { "too-long", "unreadable", "too-deep", "input-too-long" };
        return QLatin1String("UNSEARCHABLE(") + QLatin1String(obstacles[int(m_node->obstacle)])
            + QLatin1Char(':') + word() + QLatin1Char(')');
    }
    }
    return {};
}
