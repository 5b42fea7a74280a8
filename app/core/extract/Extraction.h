#pragma once

#include <QString>
#include <QStringList>

// What an extractor found in one file. Text is kept per page where the format has pages (PDF),
// per slide for presentations, per sheet for spreadsheets, and as a single "page" otherwise.
struct Extraction
{
    QString title;       // from the document's own metadata; empty when it has none
    QString author;
    QString subject;
    QStringList pages;   // extracted text, one entry per page / slide / sheet
    bool paged = false;  // true when pages are real pages (a hit can name its page)
    int pageCount = 0;   // 0 when the format has no pages
    bool textExtracted = false; // false for formats cataloged with metadata only
    QStringList warnings;       // human-readable, already translated (tr())
    QString error;              // non-empty: the file could not be read at all

    bool ok() const { return error.isEmpty(); }
};

// Upper bounds every extractor respects so that a hostile file cannot exhaust memory.
struct ExtractionLimits
{
    qint64 maxMemberBytes = 64ll * 1024 * 1024; // one uncompressed XML part of an OOXML/ODF file
    qint64 maxTextChars = 32ll * 1024 * 1024;   // all extracted text of one document
    int maxPages = 20000;
};
