#pragma once

#include "core/extract/DocumentFormat.h"
#include "core/extract/Extractor.h"

#include <QByteArray>
#include <QCoreApplication>

// Plain text, Markdown and CSV. Decodes UTF-8 (with or without BOM), UTF-16 and Windows-1252 (see
// TextCodec). Markdown: the title is the first "# " heading. CSV: the separator (';', ',' or tab)
// is detected and the cells come out tab-separated, one line per record, quotes resolved.
// Refuses files larger than 4 bytes per allowed character and files that look binary.
class PlainTextExtractor : public Extractor
{
    Q_DECLARE_TR_FUNCTIONS(PlainTextExtractor)

public:
    // format: DocumentFormat::Text, Markdown or Csv (anything else is read as Text).
    explicit PlainTextExtractor(DocumentFormat format = DocumentFormat::Text);

    DocumentFormat format() const { return m_format; }
    Extraction extract(const QString &path, const ExtractionLimits &limits = {}) const override;
    // The same for bytes already in memory.
    Extraction extractData(const QByteArray &data, const ExtractionLimits &limits = {}) const;

    // The text of the first level-1 ATX heading ("# Title") outside code fences, or empty.
    static QString markdownTitle(const QString &text);
    // The separator of CSV text: the candidate found the same number of times in most of the first
    // lines (outside quotes); ';' wins ties, as German Excel writes it.
    static QChar detectCsvSeparator(const QString &text);
    // CSV records as lines of tab-separated cells; quoted line breaks and tabs become spaces.
    static QString csvToText(const QString &text, QChar separator);

private:
    DocumentFormat m_format;
};
