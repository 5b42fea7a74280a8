#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

class QXmlStreamReader;
class TextBudget;

// Collects the readable text of office XML parts with QXmlStreamReader: character data of the
// text elements of one dialect, paragraph ends as line breaks, tab and break elements as \t and \n.
// QXmlStreamReader never loads external entities; internal entity expansion is capped as well.
class XmlText
{
    Q_DECLARE_TR_FUNCTIONS(XmlText)

public:
    enum class Dialect {
        WordprocessingML, // DOCX: w:t, w:tab, w:br/w:cr, w:p; properties and fallbacks skipped
        DrawingML, // PPTX: a:t, a:br, a:p
        SpreadsheetML, // XLSX shared and inline strings: t, without phonetic runs (rPh)
        OpenDocument, // ODF: text:p, text:h, text:s, text:tab, text:line-break; whitespace collapsed
    };

    // budget (optional) is charged for all text collected and stops the collection when exhausted.
    explicit XmlText(Dialect dialect, TextBudget *budget = nullptr);

    // The text of the element the reader stands on (a StartElement). Leaves the reader on that
    // element's EndElement, or wherever it stopped because of an error or the budget.
    QString readElement(QXmlStreamReader &reader) const;
    // The text of the root element of a whole part. On malformed XML, returns what was read before
    // the damage and appends damagedWarning() to warnings.
    QString readDocument(const QByteArray &xml, const QString &partName, QStringList *warnings) const;

    // The text of the first element for each of keys ("namespaceUri|localName"), for metadata such
    // as Dublin Core titles. Keys without such an element are absent. damaged (optional) tells
    // whether the XML was malformed. Values are whitespace-simplified and cut to 1024 characters.
    static QHash<QString, QString> firstElementTexts(const QByteArray &xml, const QStringList &keys,
                                                     bool *damaged = nullptr);
    // Applies the settings for untrusted input to a reader.
    static void harden(QXmlStreamReader &reader);
    // "The part %1 is damaged (...); its text may be incomplete."
    static QString damagedWarning(const QXmlStreamReader &reader, const QString &partName);
    // Strips trailing blanks from every line, keeps at most one empty line in a row, trims the ends.
    static QString tidy(const QString &text);

private:
    Dialect m_dialect;
    TextBudget *m_budget;
};
