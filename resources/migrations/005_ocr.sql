-- Schema 5: text read by OCR. One row per page whose text Tesseract read (a scanned PDF page, an
-- image), with the words' boxes so the preview can highlight hits on the scan itself. A document
-- with rows here is "read by OCR" (details, facet); the rows go with the document. The boxes are a
-- compact blob (OcrBoxes: ~8 bytes a word plus the word), a few KB a page, read one page at a time.
CREATE TABLE ocr_pages (
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    page         INTEGER NOT NULL,  -- 1-based, as search hits name pages
    boxes        BLOB NOT NULL,
    PRIMARY KEY (document_id, page)
) WITHOUT ROWID;
