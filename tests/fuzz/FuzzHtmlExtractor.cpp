// HtmlExtractor on bytes in memory, plus its entity decoder and charset sniffer on their own.
#include "FuzzSupport.h"
#include "core/extract/HtmlExtractor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = FuzzSupport::bytes(data, size);
    ExtractionLimits limits;
    limits.maxTextChars = 1024 * 1024;
    const HtmlExtractor extractor;
    const Extraction result = extractor.extractData(input, limits);
    qint64 chars = 0;
    for (const QString &page : result.pages)
        chars += page.size();
    if (chars > limits.maxTextChars + 1024)
        FuzzSupport::fail("HTML extraction exceeds its text limit");
    HtmlExtractor::declaredCharset(input);
    HtmlExtractor::decodeEntities(QString::fromUtf8(input));
    return 0;
}
