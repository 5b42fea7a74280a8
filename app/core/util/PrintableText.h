#pragma once

#include <QString>

// Library data shown where control characters would act on what shows it: a terminal (escape
// sequences), a CSV list opened in a spreadsheet, a line of a report. Pack authors choose titles,
// tags and file names, so nothing of theirs is printed raw.
namespace PrintableText {
// C0/C1 controls and DEL as \xHH (tab and newline too: they separate columns and lines); bidi
// controls, line/paragraph separators and lone surrogates as \uHHHH. Everything else unchanged.
QString escaped(const QString &text);
// For JSON text (whose syntax is ASCII, and which escapes C0 controls itself): DEL, C1, bidi
// controls, separators and lone surrogates as \uHHHH, which inside a JSON string is the same value.
QString escapedJson(const QString &json);
} // namespace PrintableText
