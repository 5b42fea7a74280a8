-- Titles in German dictionary order (srt_sortkey: case and diacritics ignored, ß as ss), stored and
-- indexed so that browsing the whole library reads its first page of rows from the index instead
-- of sorting every title (440 ms at 100,000 documents, at every start).
ALTER TABLE documents ADD COLUMN sort_title TEXT NOT NULL DEFAULT '';
UPDATE documents SET sort_title = srt_sortkey(title);
CREATE INDEX documents_sort_title ON documents (sort_title, id);
