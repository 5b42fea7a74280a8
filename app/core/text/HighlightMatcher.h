#pragma once

#include "core/text/GermanNormalizer.h"

#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

// Which words of a text a search matched, for the highlighters that do not go through FTS5 (the text
// view and the PDF page; the snippet is marked by FTS5 itself). Built from
// SearchResult::highlightTerms, in which the searcher lists every form it searched for: words are
// matched by their index key ("foerderung" marks "Förderungen"), entries ending in '*' as prefixes of
// the folded word ("förder*" marks "Förderantrag", a compound key "datennutzungsvereinbar*" marks
// "Datennutzungsvereinbarung"); hyphen variants and abbreviations arrive expanded as such entries.
class HighlightMatcher
{
public:
    explicit HighlightMatcher(const QStringList &terms);

    bool isEmpty() const { return m_keys.isEmpty() && m_prefixes.isEmpty(); }

    // The words of text to mark, as [start, end) UTF-16 offsets in order.
    QList<QPair<qsizetype, qsizetype>> spans(QStringView text) const;

    // Whether a word as a PDF page lists it (delimited by spaces, "Datenschutz-Folgenabschätzung.")
    // holds a match: one of its words, or all of them written together ("Glasfaser-Ausbau" for a
    // search for "Glasfaserausbau").
    bool matchesWord(QStringView word) const;

private:
    bool matches(const GermanNormalizer::Token &token) const;

    QSet<QString> m_keys;
    QStringList m_prefixes;
};
