#pragma once

#include <QString>

// How tag names compare, apart from where tags are stored: the catalog, the search (tag: terms,
// the tag facet) and the manifest reader (duplicate tags of a document) must agree on it.
// Names compare case-insensitively (Unicode case folding); "/" nests.
namespace TagNames {
// "Förderung / Bund" and "Förderung/Bund/" name the same nested tag: "Förderung/Bund".
QString normalized(const QString &name);
// normalized() case-folded: equal keys name the same tag.
QString key(const QString &name);
} // namespace TagNames
