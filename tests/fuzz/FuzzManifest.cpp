// Manifest::parse never fails as a whole; what it accepted must survive a round trip through
// toJson() (the export writes manifests the import reads back).
#include "FuzzSupport.h"
#include "core/pack/Manifest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Manifest manifest = Manifest::parse(FuzzSupport::bytes(data, size));
    for (const Manifest::Entry &entry : manifest.entries())
        manifest.entryFor(entry.file);
    if (!manifest.isPresent())
        return 0;
    const Manifest again = Manifest::parse(manifest.toJson());
    if (again.entries().size() != manifest.entries().size())
        FuzzSupport::fail("manifest round trip changes the entry count",
                          QStringLiteral("%1 -> %2").arg(manifest.entries().size()).arg(again.entries().size()));
    return 0;
}
