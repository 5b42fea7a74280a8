#include "core/pack/MetadataSanitizer.h"

#include "core/library/CatalogRecords.h"
#include "core/library/TagNames.h"
#include "core/pack/MetadataLimits.h"

bool MetadataSanitizer::isUnsafe(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) // C0, DEL, C1
        || c == 0x061C // Arabic letter mark
        || c == 0x200E || c == 0x200F // left-to-right and right-to-left marks
        || (c >= 0x202A && c <= 0x202E) // embeddings and overrides
        || (c >= 0x2066 && c <= 0x2069); // isolates
}

bool MetadataSanitizer::containsUnsafe(const QString &value)
{
    // Every unsafe character lies in the BMP: no need to decode surrogate pairs.
    for (const QChar c : value) {
        if (isUnsafe(c.unicode()))
            return true;
    }
    return false;
}

MetadataSanitizer::Result MetadataSanitizer::clean(const QString &value, int maxLength, Lines lines)
{
    Result result;
    QString &out = result.text;
    out.reserve(value.size());
    const bool multiple = lines == Lines::Multiple;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        const char16_t u = c.unicode();
        if (u == u'\n' || u == u'\t' || u == 0x2028 || u == 0x2029) {
            out.append(multiple && u != u'\t' ? QChar(u'\n') : multiple ? c : QChar(u' '));
            continue;
        }
        if (u == u'\r') {
            // A Windows line end is a line end, not a stray control character.
            if (i + 1 < value.size() && value.at(i + 1) == QLatin1Char('\n'))
                continue;
            result.removedCharacters = true;
            continue;
        }
        if (isUnsafe(u)) {
            result.removedCharacters = true;
            continue;
        }
        out.append(c);
    }
    out = out.trimmed();
    if (maxLength > 0 && out.size() > maxLength) {
        qsizetype end = maxLength;
        if (out.at(end - 1).isHighSurrogate())
            --end;
        out.truncate(end);
        out = out.trimmed();
        result.cut = true;
    }
    return result;
}

void MetadataSanitizer::cleanEditable(DocumentRecord *record)
{
    record->title = clean(record->title, MetadataLimits::MaxTitleLength).text;
    record->description
        = clean(record->description, MetadataLimits::MaxDescriptionLength, Lines::Multiple).text;
    for (QString *field :
         { &record->category, &record->type, &record->municipality, &record->license, &record->language })
        *field = clean(*field, MetadataLimits::MaxFieldLength).text;
}

QString MetadataSanitizer::cleanTagName(const QString &name)
{
    return TagNames::normalized(clean(name, MetadataLimits::MaxTagLength).text);
}
