#pragma once

#include "core/pack/MetadataLimits.h"

#include <QtGlobal>

// Limits that keep a hostile or broken pack from exhausting the machine. Sane defaults; the CLI
// and the settings can change them.
struct ImportLimits
{
    qint64 maxEntries = 100000;                    // entries in one archive
    qint64 maxFileBytes = 1024ll * 1024 * 1024;    // one file, uncompressed
    qint64 maxTotalBytes = 16ll * 1024 * 1024 * 1024; // one archive, uncompressed
    double maxExpansionRatio = 250.0;              // uncompressed : compressed bytes of one entry
    qint64 ratioCheckAfterBytes = 8ll * 1024 * 1024; // small files may compress well
    int maxPathLength = 1024;
    int maxPathDepth = 32;
};
