-- Schema 9: facet counts read compact pages. Counting the facets of a search looks up every match;
-- in the documents table that is a wide row (sha256, title, description, ...) per match, and the
-- rows of a library built import by import lie scattered over the whole file between text and index
-- pages, so a search with 40,000 matches touched most of a 2 GB catalog's documents pages. These
-- indexes hold only what the counts read, in id order; SQLite keeps them in step with every write
-- (imports, edits, deletions, cascades), so there is nothing to rebuild per process.
CREATE INDEX documents_facets ON documents(id, category, doc_type, year, format, municipality);
-- The pack of each entry by document; replaces the index on document_id alone (its prefix), which
-- needed the entry row (with its path) for the pack.
CREATE INDEX pack_entries_document_pack ON pack_entries(document_id, pack_id);
DROP INDEX pack_entries_document;
-- Whether a document was read by OCR, without the pages' word boxes (a few KB each) that the rows hold.
CREATE INDEX ocr_pages_document ON ocr_pages(document_id);
