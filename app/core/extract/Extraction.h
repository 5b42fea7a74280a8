#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// A page whose text was read by text recognition (OCR), with its words' boxes.
struct OcrPage
{
    int page = 0; // 1-based, as hits name pages
    QByteArray boxes; // OcrBoxes::encode()
};

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
    QList<OcrPage> ocrPages; // the pages read by OCR (scans), in page order
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
    // Text recognition is slow (seconds a page): a long scan is read up to this page, and a page
    // that takes longer than this keeps what was read until then.
    int maxOcrPages = 100;
    int ocrSecondsPerPage = 60;
    // All OCR of one document stops here, with a warning, so that a long scan keeps the pages read
    // instead of running into the worker's time limit per file, which would reject the whole file.
    // The importer lowers it below its own extractionTimeoutSeconds.
    int ocrSecondsPerDocument = 90;
};
