#pragma once

#include <QString>

struct DocumentRecord;

// Cleans one metadata value (a title, a tag, a category, …) before it enters the catalog: control
// characters (C0, DEL, C1) and the invisible characters that turn the reading direction around
// (bidi overrides, embeddings, isolates and marks) are removed, so that no value can send escape
// sequences to a terminal or show "x<U+202E>fdp.exe" as "xexe.pdf"; the length is bounded. The
// caller reports what changed, naming the file and the field.
class MetadataSanitizer
{
public:
    enum class Lines { Single, Multiple }; // Multiple keeps line breaks and tabs (descriptions)

    struct Result
    {
        QString text;
        bool removedCharacters = false; // control or direction characters were taken out
        bool cut = false; // the value was longer than the limit
    };

    // Trimmed; in single-line values tabs and line breaks become spaces. maxLength counts UTF-16
    // units and never splits a surrogate pair; 0 means no limit.
    static Result clean(const QString &value, int maxLength, Lines lines = Lines::Single);
    // A control or text-direction character that metadata and file names must not contain.
    static bool isUnsafe(char32_t c);
    static bool containsUnsafe(const QString &value);

    // What a person typed in the window gets the same cleaning and bounds as what a pack brings:
    // the editable fields of a record (title, description, category, type, municipality, license,
    // language), and a tag name (also normalized as TagNames does).
    static void cleanEditable(DocumentRecord *record);
    static QString cleanTagName(const QString &name);
};
