// OoxmlExtractor on arbitrary bytes (DOCX, XLSX, PPTX seeds): it reads from a path.
#include "FuzzSupport.h"
#include "core/extract/OoxmlExtractor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ExtractionLimits limits;
    limits.maxMemberBytes = 8 * 1024 * 1024;
    limits.maxTextChars = 1024 * 1024;
    limits.maxPages = 500;
    const Extraction result = OoxmlExtractor().extract(FuzzSupport::writeInput(data, size, ".docx"), limits);
    qint64 chars = 0;
    for (const QString &page : result.pages)
        chars += page.size();
    if (chars > limits.maxTextChars + 1024 || result.pages.size() > limits.maxPages)
        FuzzSupport::fail("OOXML extraction exceeds its limits");
    return 0;
}
