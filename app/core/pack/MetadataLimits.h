#pragma once

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
    static constexpr int MaxPlaceholdersPerDocument = 200; // "placeholders": written form → meaning
};
