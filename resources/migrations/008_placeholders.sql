-- Schema 8 (#14): the placeholders a pack's manifest declares for a document and what each means
-- ("[Gemeinde]" → "municipality"); they win over the placeholders guessed from the text. Removed
-- with the document. (IF NOT EXISTS: tests take older catalogs back by dropping newer tables.)
CREATE TABLE IF NOT EXISTS document_placeholders (
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    written      TEXT NOT NULL,          -- as the document writes it: "[Gemeinde]", "Musterstadt"
    meaning      TEXT NOT NULL DEFAULT '', -- "municipality", "mayor", … (see the README, Pack manifest)
    PRIMARY KEY (document_id, written)
) WITHOUT ROWID;
