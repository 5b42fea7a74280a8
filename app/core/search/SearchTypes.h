#pragma once

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

struct SearchRequest
{
    enum class Sort { Relevance, Title, Date, Category };

    QString query;
    int limit = 50;
    int offset = 0;
    Sort sort = Sort::Relevance; // an empty query sorts by title instead of relevance
    bool facets = false;
};

struct SearchHit
{
    qint64 id = 0;
    QString title;
    QString filename;
    QString category;
    QString type;
    QString format;
    int year = 0;
    QStringList tags;
    QStringList personalTags; // the user's own (PersonalOverlay), when it is attached
    double score = 0;   // bm25, lower is better; 0 when browsing
    bool exact = true;  // false when found only through a compound part or a typo-free prefix
    QString snippet;    // plain text with the hits between SearchHit::MarkStart and MarkEnd
    int page = 0;       // PDF page of the first hit in the text, 1-based; 0 when none or not paged

    static constexpr QChar MarkStart = QChar(0xE000);
    static constexpr QChar MarkEnd = QChar(0xE001);
    // The snippet as HTML: escaped, with <mark>…</mark> (or the given tags) around hits.
    QString snippetHtml(const QString &open = QStringLiteral("<mark>"), const QString &close = QStringLiteral("</mark>")) const;
};

struct SearchResult
{
    qint64 total = 0; // all matches, not just the hits returned
    QList<SearchHit> hits;
    QStringList suggestions; // "Meinten Sie …?" words, only when nothing was found
    // field ("category", "type", "tag", "year", "format", "municipality", "pack") → value → count
    QMap<QString, QList<QPair<QString, int>>> facets;
    QStringList highlightTerms; // the query's positive words, for highlighting in previews
    // Parts of the query that could not be searched and match nothing (Searcher::warnings()): a word
    // longer than the index keeps, unreadable characters. Shown with the result, the CLI prints them
    // to stderr.
    QStringList warnings;
    QString error;              // only for a broken catalog, never for query syntax
};
