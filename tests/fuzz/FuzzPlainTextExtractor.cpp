// PlainTextExtractor for TXT, Markdown and CSV on the same bytes, plus the CSV helpers directly.
#include "FuzzSupport.h"
#include "core/extract/PlainTextExtractor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = FuzzSupport::bytes(data, size);
    ExtractionLimits limits;
    limits.maxTextChars = 1024 * 1024;
    for (const DocumentFormat format : {DocumentFormat::Text, DocumentFormat::Markdown, DocumentFormat::Csv}) {
        const Extraction result = PlainTextExtractor(format).extractData(input, limits);
        qint64 chars = 0;
        for (const QString &page : result.pages)
            chars += page.size();
        if (chars > 2 * limits.maxTextChars + 1024)
            FuzzSupport::fail("plain text extraction exceeds its text limit");
    }
    const QString text = QString::fromUtf8(input);
    PlainTextExtractor::markdownTitle(text);
    for (const QChar separator : {QLatin1Char(';'), QLatin1Char(','), QLatin1Char('\t')})
        PlainTextExtractor::csvToText(text, separator);
    PlainTextExtractor::detectCsvSeparator(text);
    return 0;
}
