#pragma once

#include <QString>

#include <vector>

struct sqlite3;

// What every catalog connection needs beyond plain SQLite: the "german" FTS5 tokenizer, the SQL
// functions srt_fold(text) (GermanNormalizer::fold) and srt_reverse(text), and the FTS5 auxiliary
// function srt_hitpage(fts) (1-based page of the first hit in the body column; pages are separated
// by form feeds; 0 when the body has no hit) and srt_snippet(fts, open, close, ellipsis, tokens) (the
// best window of hits like FTS5's snippet(fts, -1, ...), tokenizing only what it shows).
// srt_bm25(fts, w0, w1, w2, lengths) is FTS5's bm25() with row lengths from a RowLengths bound with
// sqlite3_bind_pointer(…, "srt_row_lengths", …) (see SqlExtensions.cpp). srt_haswords(text, words)
// is GermanNormalizer::containsWords; srt_columnhits(fts) a bit per column holding a hit (1 title, 2
// meta, 4 body).
namespace SqlExtensions {
bool install(sqlite3 *db, QString *error);

// Each row's length in tokens (all columns), indexed by rowid; -1 where unknown.
struct RowLengths
{
    std::vector<int> tokens;
};
}
