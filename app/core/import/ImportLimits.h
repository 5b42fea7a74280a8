#pragma once

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

// Bounds on the metadata a pack brings along (manifest values, titles from documents and file
// names): enough for any real document, small enough that a hostile manifest can neither slow the
// import down nor push the views off the screen. Longer values are cut, extra tags dropped, each
// with a warning.
struct MetadataLimits
{
    static constexpr int MaxTitleLength = 500;
    static constexpr int MaxDescriptionLength = 10000;
    static constexpr int MaxFieldLength = 200; // category, type, municipality, license, language, pack fields
    static constexpr int MaxTagLength = 100;
    static constexpr int MaxTagsPerDocument = 200;
};
