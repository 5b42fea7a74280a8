-- Schema 10: scans read later. PDFs and images whose scanned pages could not be read when they were
-- imported (Tesseract or its German data was missing, or the library predates OCR) are read by
-- OcrBacklog once OCR is there. A PDF or image is queued when it is inserted with the warning that
-- OCR is missing (it names the Debian package tesseract-ocr-deu in every language: ScanReader,
-- OcrEngine::missingReason); the documents already there are queued when they have no page read
-- by OCR, and the backlog marks those done at once that have text on every page. The text read
-- replaces the document's derived text; the stored file is never changed.
CREATE TABLE ocr_queue (
    document_id  INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    state        TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'failed')),
    reason       TEXT,            -- why it failed, for the user
    updated_at   TEXT
);
CREATE INDEX ocr_queue_state ON ocr_queue(state);

CREATE TRIGGER documents_queue_ocr AFTER INSERT ON documents
WHEN NEW.format IN ('pdf', 'image') AND NEW.warnings LIKE '%tesseract-ocr-deu%'
BEGIN
    INSERT OR IGNORE INTO ocr_queue (document_id) VALUES (NEW.id);
END;

-- The documents already there that may hold unread scans (imported before OCR, or without it): no
-- page read by OCR, and readable.
INSERT INTO ocr_queue (document_id)
SELECT id FROM documents d
WHERE format IN ('pdf', 'image') AND extraction <> 'failed'
  AND NOT EXISTS (SELECT 1 FROM ocr_pages o WHERE o.document_id = d.id);
