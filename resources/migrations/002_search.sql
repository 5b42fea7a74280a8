-- Schema 2: full-text search.
-- One FTS5 row per document with three columns weighted title > meta > body. The text itself is
-- stored once, in document_text; the index reads it through the view document_search (external
-- content), so the catalog holds the text plus the index, not the text twice. The application keeps
-- the index in step (SearchIndex): a row is removed with its old values before its metadata changes
-- and added again afterwards. meta lists tags in a fixed order so the old values can be reproduced.
CREATE VIEW document_search AS
SELECT d.id AS id,
       d.title AS title,
       coalesce(d.category, '') || ' ' || coalesce(d.doc_type, '') || ' ' || coalesce(d.municipality, '') || ' '
         || coalesce(d.description, '') || ' ' || d.filename || ' '
         || coalesce((SELECT group_concat(name, ' ') FROM (SELECT t.name AS name FROM document_tags dt
                      JOIN tags t ON t.id = dt.tag_id WHERE dt.document_id = d.id ORDER BY t.name_key)), '') AS meta,
       coalesce(x.body, '') AS body
FROM documents d LEFT JOIN document_text x ON x.document_id = d.id;

CREATE VIRTUAL TABLE document_fts USING fts5(title, meta, body, content='document_search', content_rowid='id',
                                             tokenize='german');
INSERT INTO document_fts(rowid, title, meta, body) SELECT id, title, meta, body FROM document_search;

-- Every indexed term of six or more letters, reversed: a query word finds the compounds that end in
-- it ("vereinbarung" → "datennutzungsvereinbarung") by a range scan instead of a vocabulary scan.
CREATE TABLE term_suffixes (rev TEXT PRIMARY KEY) WITHOUT ROWID;

CREATE VIRTUAL TABLE document_fts_vocab USING fts5vocab(document_fts, 'row');
INSERT OR IGNORE INTO term_suffixes (rev) SELECT srt_reverse(term) FROM document_fts_vocab WHERE length(term) >= 6;
