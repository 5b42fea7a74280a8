#pragma once

#include <QChar>

// The one page separator of document text: a document's pages are kept as one text joined by form
// feeds (U+000C), as pdftotext writes them. The catalog splits and joins by it, the SQL function
// srt_hitpage counts it, extraction turns a form feed inside a text file into a line break (it is
// no page there), and the views show it as a line break.
namespace PageText {
constexpr char16_t Separator = u'\f';
constexpr char SeparatorByte = '\f'; // the same in UTF-8, for code that reads the bytes (SQLite)
} // namespace PageText
