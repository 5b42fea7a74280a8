#pragma once

#include <QString>
#include <QStringList>

// Edits of the search field's text that the window offers as links: drop one filter, take a
// spelling suggestion. Works on the words as typed; the query language itself is the core's.
class QueryText
{
public:
    // The filters in the query ("kategorie:Vergabe", "tag:\"Open Data\""), in order.
    static QStringList filters(const QString &query);
    // The query without that filter, the spaces tidied.
    static QString withoutFilter(const QString &query, const QString &filter);
    // The query with the word closest in spelling to the suggestion replaced by it: a suggestion
    // is for one misspelled word, the rest of the query stays. Filters and operators are kept.
    static QString withSuggestion(const QString &query, const QString &suggestion);
};
