#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// The visible text of one office XML part (WordprocessingML or OpenDocument) as paragraphs, each
// mapped back to the character data it came from: a paragraph's text is the concatenation of its
// runs (w:r/w:t, text:span …), so a placeholder the word processor split over several runs, with
// proofErr or bookmark elements between them, reads as one. Edits replace a range of a paragraph's
// text; write() serializes the part again, changing only the character data that was edited (and an
// xml:space attribute where the edited text needs it). Everything else stays byte for byte.
//
// The XML is tokenized by hand on the decoded text (offsets into the part are needed, which
// QXmlStreamReader does not give); it is checked for well-formedness with QXmlStreamReader first.
class RunTextMap
{
    Q_DECLARE_TR_FUNCTIONS(RunTextMap)

public:
    enum class Dialect { WordprocessingML, OpenDocument };
    enum class PartKind { Body, Header, Footer, Footnotes, Endnotes, Styles };

    // Where a paragraph sits (for people: "Header", "Table", …).
    struct Paragraph
    {
        QString text; // the visible text; tabs, breaks and field boundaries are separators (see isSeparator)
        QString location;
        bool fallback = false; // inside mc:Fallback: a second copy of content shown elsewhere
        // Per character of text: the segment it belongs to (-1: a separator, not editable).
        QList<int> segmentOf;
        QList<int> offsetInSegment;
        QList<bool> inField; // per character: part of a field code or a field's result
    };

    RunTextMap(Dialect dialect, PartKind kind);

    // Parses the part; false with *error (the reason, without the part's name) when it is not
    // well-formed UTF-8 XML.
    bool parse(const QByteArray &xml, QString *error);

    const QList<Paragraph> &paragraphs() const { return m_paragraphs; }

    // Replaces [start, start + length) of paragraph's text by value: the value goes where the first
    // character was, the rest of the range is removed from the segments it spans. Line breaks and
    // tabs in value become the dialect's break and tab elements. Edits of one paragraph must be made
    // from its end to its start (later ranges first), and must not overlap.
    void replace(int paragraph, int start, int length, const QString &value);
    bool isModified() const { return m_modified; }
    // The part with the edits.
    QByteArray write() const;

    // Whether c in a paragraph's text separates runs that cannot share a placeholder.
    static bool isSeparator(QChar c);
    static constexpr char16_t FieldBoundary = u'\uFFFC';

private:
    struct Segment
    {
        qsizetype start = 0; // character data in m_xml: [start, end)
        qsizetype end = 0;
        qsizetype tagStart = -1; // the start tag of the element holding it (for xml:space)
        qsizetype tagEnd = -1;
        QString prefix; // of the element holding it, for the break and tab elements written into it
        QString text; // decoded
        QString edited; // the text after edits (markers for breaks and tabs)
        bool changed = false;
    };

    class Parser; // parse()'s walk over the part (RunTextMap.cpp)

    // The checks before the walk: well-formed XML in UTF-8; decodes the part into m_xml.
    bool decodePart(const QByteArray &xml, QString *error);
    QString escaped(const QString &text, const QString &prefix) const;

    Dialect m_dialect;
    PartKind m_kind;
    QString m_xml;
    QList<Segment> m_segments;
    QList<Paragraph> m_paragraphs;
    bool m_modified = false;
};
