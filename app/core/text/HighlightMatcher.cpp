#include "core/text/HighlightMatcher.h"

HighlightMatcher::HighlightMatcher(const QStringList &terms)
{
    for (const QString &term : terms) {
        if (term.endsWith(QLatin1Char('*'))) {
            const QString prefix = GermanNormalizer::fold(term.chopped(1));
            if (!prefix.isEmpty() && !prefix.contains(QLatin1Char(' ')))
                m_prefixes.append(prefix);
            continue;
        }
        for (const QString &key :
             GermanNormalizer::indexKey(term).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            m_keys.insert(key);
    }
}

bool HighlightMatcher::matches(const GermanNormalizer::Token &token) const
{
    if (m_keys.contains(token.key))
        return true;
    if (m_prefixes.isEmpty())
        return false;
    const QString folded = GermanNormalizer::fold(token.original);
    for (const QString &prefix : m_prefixes) {
        if (folded.startsWith(prefix))
            return true;
    }
    return false;
}

QList<QPair<qsizetype, qsizetype>> HighlightMatcher::spans(QStringView text) const
{
    QList<QPair<qsizetype, qsizetype>> out;
    if (isEmpty())
        return out;
    for (const GermanNormalizer::Token &token : GermanNormalizer::tokenize(text)) {
        if (matches(token))
            out.append({ token.start, token.end });
    }
    return out;
}

bool HighlightMatcher::matchesWord(QStringView word) const
{
    if (isEmpty())
        return false;
    const QList<GermanNormalizer::Token> tokens = GermanNormalizer::tokenize(word);
    QString joined;
    for (const GermanNormalizer::Token &token : tokens) {
        if (matches(token))
            return true;
        joined += token.original;
    }
    if (tokens.size() < 2)
        return false;
    const QList<GermanNormalizer::Token> whole = GermanNormalizer::tokenize(joined);
    return whole.size() == 1 && matches(whole.first());
}
