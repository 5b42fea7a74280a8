// OdfExtractor on arbitrary bytes (ODT, ODS, ODP seeds): it reads from a path.
#include "FuzzSupport.h"
#include "core/extract/OdfExtractor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ExtractionLimits limits;
    limits.maxMemberBytes = 8 * 1024 * 1024;
    limits.maxTextChars = 1024 * 1024;
    limits.maxPages = 500;
    const Extraction result = OdfExtractor().extract(FuzzSupport::writeInput(data, size, ".odt"), limits);
    qint64 chars = 0;
    for (const QString &page : result.pages)
        chars += page.size();
    if (chars > limits.maxTextChars + 1024 || result.pages.size() > limits.maxPages)
        FuzzSupport::fail("ODF extraction exceeds its limits");
    return 0;
}
