#include "core/search/Fts5QueryBuilder.h"

#include "core/search/SearchTypes.h"
#include "core/text/GermanNormalizer.h"

namespace {

bool isCompound(const Query &query)
{
    return query.kind() == Query::Kind::And || query.kind() == Query::Kind::Or;
}

} // namespace

bool Fts5QueryBuilder::isTitle(const Query &query) const
{
    return query.kind() == Query::Kind::Field && query.field() == Query::Field::Title;
}

bool Fts5QueryBuilder::isFullText(const Query &query) const
{
    if (query.kind() == Query::Kind::Field)
        return isTitle(query);
    for (const Query &child : query.children()) {
        if (!isFullText(child))
            return false;
    }
    return true;
}

bool Fts5QueryBuilder::expressible(const Query &query, int level) const
{
    if (level > MaxDepth)
        return false;
    switch (query.kind()) {
    case Query::Kind::Empty:
    case Query::Kind::Not:
    case Query::Kind::Unsearchable: // matches nothing: for SQL ("0"), FTS5 has no such expression
        return false;
    case Query::Kind::Term:
    case Query::Kind::Phrase:
        return true;
    case Query::Kind::Field:
        return isTitle(query);
    case Query::Kind::Or:
        for (const Query &child : query.children()) {
            if (!expressible(child, level + 1))
                return false;
        }
        return true;
    case Query::Kind::And: {
        bool positive = false;
        for (const Query &child : query.children()) {
            const bool negated = child.kind() == Query::Kind::Not;
            if (!expressible(negated ? child.children().constFirst() : child, level + 1))
                return false;
            positive |= !negated;
        }
        return positive;
    }
    }
    return false;
}

bool Fts5QueryBuilder::isExpressible(const Query &query) const
{
    return expressible(query, 1);
}

QString Fts5QueryBuilder::build(const Query &query) const
{
    return isExpressible(query) ? expression(query) : QString();
}

Fts5QueryBuilder::Plan Fts5QueryBuilder::plan(const Query &query) const
{
    Plan plan;
    QList<Query> conjuncts;
    if (query.kind() == Query::Kind::And)
        conjuncts = query.children();
    else if (!query.isEmpty())
        conjuncts = { query };

    QList<Query> positives, negatives;
    for (const Query &conjunct : conjuncts) {
        if (conjunct.kind() != Query::Kind::Not && isExpressible(conjunct))
            positives.append(conjunct);
        else if (conjunct.kind() == Query::Kind::Not && isExpressible(conjunct.children().constFirst()))
            negatives.append(conjunct);
        else
            plan.filters.append(conjunct);
    }
    if (!positives.isEmpty()) {
        plan.match = expression(Query::conjunction(positives + negatives));
    } else if (!negatives.isEmpty()) {
        QList<Query> excluded;
        for (const Query &negative : std::as_const(negatives))
            excluded.append(negative.children().constFirst());
        plan.exclude = expression(Query::disjunction(excluded));
    }
    return plan;
}

QString Fts5QueryBuilder::quote(const QString &text)
{
    QString quoted;
    quoted.reserve(text.size() + 2);
    quoted.append(QLatin1Char('"'));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            quoted.append(c);
            quoted.append(text.at(++i));
        } else if (c == QLatin1Char('"')) {
            quoted.append(QLatin1String("\"\""));
        } else if (c.isSurrogate() || c.category() == QChar::Other_Control) {
            quoted.append(QLatin1Char(' ')); // NUL would end the string inside SQLite
        } else {
            quoted.append(c);
        }
    }
    quoted.append(QLatin1Char('"'));
    return quoted;
}

QString Fts5QueryBuilder::leaf(const QString &text, const QString &lastWord, bool prefix) const
{
    const QString quoted = quote(text);
    if (!prefix)
        return quoted;
    const QString prefixQuery = quoted + QLatin1String(" *");
    const QList<GermanNormalizer::Token> folded
        = GermanNormalizer::tokenize(lastWord, GermanNormalizer::KeyKind::Folded);
    const QList<GermanNormalizer::Token> stemmed = GermanNormalizer::tokenize(lastWord);
    if (folded.isEmpty() || stemmed.isEmpty() || folded.constLast().key == stemmed.constLast().key)
        return prefixQuery;
    return QLatin1Char('(') + prefixQuery + QLatin1String(" OR ") + quoted + QLatin1Char(')');
}

QString Fts5QueryBuilder::expression(const Query &query) const
{
    const auto wrapped = [this](const Query &q) {
        return isCompound(q) ? QLatin1Char('(') + expression(q) + QLatin1Char(')') : expression(q);
    };
    switch (query.kind()) {
    case Query::Kind::Term:
        return leaf(query.word(), query.word(), query.isPrefix());
    case Query::Kind::Phrase: {
        const QStringList words = query.words();
        return leaf(words.join(QLatin1Char(' ')), words.isEmpty() ? QString() : words.constLast(),
                    query.isPrefix());
    }
    case Query::Kind::Field: {
        const QStringList words = query.words();
        const QString text = leaf(words.join(QLatin1Char(' ')),
                                  words.isEmpty() ? QString() : words.constLast(), query.isPrefix());
        return m_titleColumn.isEmpty() ? text : quote(m_titleColumn) + QLatin1String(" : ") + text;
    }
    case Query::Kind::Or: {
        QStringList parts;
        for (const Query &child : query.children())
            parts.append(wrapped(child));
        return parts.join(QLatin1String(" OR "));
    }
    case Query::Kind::And: {
        QList<Query> positives, negatives;
        for (const Query &child : query.children()) {
            if (child.kind() == Query::Kind::Not)
                negatives.append(child.children().constFirst());
            else
                positives.append(child);
        }
        QStringList parts;
        for (const Query &positive : std::as_const(positives))
            parts.append(wrapped(positive));
        const QString positive = parts.join(QLatin1String(" AND "));
        if (negatives.isEmpty())
            return positive;
        // One binary NOT for all negations: a chain of NOTs would deepen FTS5's parse tree.
        const Query excluded = Query::disjunction(negatives);
        return (positives.size() > 1 ? QLatin1Char('(') + positive + QLatin1Char(')') : positive)
            + QLatin1String(" NOT ") + wrapped(excluded);
    }
    case Query::Kind::Empty:
    case Query::Kind::Not:
    case Query::Kind::Unsearchable:
        break;
    }
    return {};
}

QString Fts5QueryBuilder::hitMarks()
{
    return QStringLiteral("char(%1), char(%2)")
        .arg(SearchHit::MarkStart.unicode())
        .arg(SearchHit::MarkEnd.unicode());
}
