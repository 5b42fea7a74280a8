-- Schema 4: office files as pages. LibreOffice converts DOCX, ODT, XLSX, ODS, PPTX, ODP, RTF and the
-- old binary Office formats to a PDF kept under derived/ab/<sha256>.pdf; this table records per
-- document whether that is still to do, done, or failed (and why). A new document of such a format
-- is queued by the trigger, so every way into the catalog queues it.

-- The old binary Office formats were one format, 'legacy-office'; each is a format of its own now,
-- as RTF is (cataloged as 'other' so far).
UPDATE documents SET format = CASE
    WHEN lower(filename) LIKE '%.xls' OR lower(filename) LIKE '%.xlt' THEN 'xls'
    WHEN lower(filename) LIKE '%.ppt' OR lower(filename) LIKE '%.pot' OR lower(filename) LIKE '%.pps' THEN 'ppt'
    ELSE 'doc' END
WHERE format = 'legacy-office';
UPDATE documents SET format = 'rtf', mime = 'application/rtf' WHERE format = 'other' AND lower(filename) LIKE '%.rtf';

CREATE TABLE document_pages (
    document_id  INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    state        TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'failed')),
    reason       TEXT,            -- why it failed, for the user
    updated_at   TEXT
);
CREATE INDEX document_pages_state ON document_pages(state);

CREATE TRIGGER documents_queue_pages AFTER INSERT ON documents
WHEN NEW.format IN ('docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp', 'doc', 'xls', 'ppt', 'rtf')
BEGIN
    INSERT OR IGNORE INTO document_pages (document_id) VALUES (NEW.id);
END;

INSERT INTO document_pages (document_id)
SELECT id FROM documents WHERE format IN ('docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp', 'doc', 'xls', 'ppt', 'rtf');
