-- Schema 1: packs, documents, their text, tags.
CREATE TABLE packs (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    version      TEXT,
    publisher    TEXT,
    date         TEXT,
    description  TEXT,
    source_name  TEXT,            -- the archive or folder it was imported from
    sha256       TEXT,            -- of the archive; NULL for folders
    imported_at  TEXT NOT NULL,   -- ISO 8601, UTC
    manifest     TEXT             -- the toolbox.json as it was, if any
);
CREATE INDEX packs_name ON packs(name);

CREATE TABLE documents (
    id           INTEGER PRIMARY KEY,
    sha256       TEXT NOT NULL UNIQUE,
    filename     TEXT NOT NULL,   -- original file name, without folders
    title        TEXT NOT NULL,
    description  TEXT,
    category     TEXT,            -- Handlungsfeld
    doc_type     TEXT,
    municipality TEXT,
    year         INTEGER,
    license      TEXT,
    language     TEXT,
    format       TEXT NOT NULL,   -- short id: pdf, docx, ...
    mime         TEXT,
    size         INTEGER NOT NULL,
    pages        INTEGER,
    pack_id      INTEGER REFERENCES packs(id) ON DELETE SET NULL,  -- the pack it first came from
    imported_at  TEXT NOT NULL,
    extraction   TEXT NOT NULL DEFAULT 'ok',  -- ok | metadata-only | failed
    warnings     TEXT            -- newline-separated
);
CREATE INDEX documents_category ON documents(category);
CREATE INDEX documents_type ON documents(doc_type);
CREATE INDEX documents_year ON documents(year);
CREATE INDEX documents_format ON documents(format);
CREATE INDEX documents_pack ON documents(pack_id);

-- Where each document appears in each pack (a deduplicated file can sit in several packs).
CREATE TABLE pack_entries (
    pack_id      INTEGER NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    path         TEXT NOT NULL,   -- path inside the pack
    PRIMARY KEY (pack_id, path)
);
CREATE INDEX pack_entries_document ON pack_entries(document_id);

-- Extracted text, pages separated by form feeds (U+000C), stored once.
CREATE TABLE document_text (
    document_id  INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    body         TEXT NOT NULL
);

CREATE TABLE tags (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,         -- as the user wrote it; "/" nests: "Förderung/Bund"
    name_key     TEXT NOT NULL UNIQUE,  -- case-folded name: tags are unique regardless of case
    color        TEXT
);

CREATE TABLE document_tags (
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    tag_id       INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (document_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX document_tags_tag ON document_tags(tag_id, document_id);
