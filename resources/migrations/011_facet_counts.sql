-- Schema 11: the facet counts of the whole library, kept in the catalog. A search without a query
-- (the window's first one, `srtoolbox-cli search --facets ""`) counted every document's category,
-- type, year, format, municipality, tags, packs and OCR pages per process: a pass over four indexes
-- of 100,000 rows each, scattered over a 2 GB file. These rows hold the result; the triggers below
-- keep it exact on every write (import, deletion with its cascades, metadata edits, retagging, tag
-- merges, OCR, pack re-imports), whichever program writes.
--   facet: category, type, year, format, municipality (the documents columns; NULL and '' are not
--          counted), tag (value: tags.id), pack (value: packs.name; documents counted once per name),
--          scan (value '': documents with pages read by OCR), documents (value '': all documents)
--   n:     how many documents have the value
CREATE TABLE facet_counts (
    facet  TEXT NOT NULL,
    value  NOT NULL,       -- no type: a year stays a number, a category text
    n      INTEGER NOT NULL,
    PRIMARY KEY (facet, value)
) WITHOUT ROWID;

-- Every change goes through this view: add delta to the value's count, drop counts that reach 0.
CREATE VIEW facet_count_changes (facet, value, delta) AS SELECT NULL, NULL, NULL WHERE 0;
CREATE TRIGGER facet_count_change INSTEAD OF INSERT ON facet_count_changes
WHEN NEW.value IS NOT NULL AND NEW.delta <> 0
BEGIN
    INSERT INTO facet_counts (facet, value, n) VALUES (NEW.facet, NEW.value, NEW.delta)
        ON CONFLICT (facet, value) DO UPDATE SET n = n + excluded.n;
    DELETE FROM facet_counts WHERE facet = NEW.facet AND value = NEW.value AND n = 0;
END;

-- The documents columns.
CREATE TRIGGER facet_counts_document_insert AFTER INSERT ON documents
BEGIN
    INSERT INTO facet_count_changes (facet, value, delta)
    SELECT f, v, 1 FROM (SELECT 'category' AS f, NEW.category AS v UNION ALL SELECT 'type', NEW.doc_type
                         UNION ALL SELECT 'year', NEW.year UNION ALL SELECT 'format', NEW.format
                         UNION ALL SELECT 'municipality', NEW.municipality)
    WHERE v <> '';
    INSERT INTO facet_count_changes (facet, value, delta) VALUES ('documents', '', 1);
END;
CREATE TRIGGER facet_counts_document_delete AFTER DELETE ON documents
BEGIN
    INSERT INTO facet_count_changes (facet, value, delta)
    SELECT f, v, -1 FROM (SELECT 'category' AS f, OLD.category AS v UNION ALL SELECT 'type', OLD.doc_type
                          UNION ALL SELECT 'year', OLD.year UNION ALL SELECT 'format', OLD.format
                          UNION ALL SELECT 'municipality', OLD.municipality)
    WHERE v <> '';
    INSERT INTO facet_count_changes (facet, value, delta) VALUES ('documents', '', -1);
END;
CREATE TRIGGER facet_counts_document_update AFTER UPDATE OF category, doc_type, year, format, municipality ON documents
BEGIN
    INSERT INTO facet_count_changes (facet, value, delta)
    SELECT f, v, -1 FROM (SELECT 'category' AS f, OLD.category AS v UNION ALL SELECT 'type', OLD.doc_type
                          UNION ALL SELECT 'year', OLD.year UNION ALL SELECT 'format', OLD.format
                          UNION ALL SELECT 'municipality', OLD.municipality)
    WHERE v <> '';
    INSERT INTO facet_count_changes (facet, value, delta)
    SELECT f, v, 1 FROM (SELECT 'category' AS f, NEW.category AS v UNION ALL SELECT 'type', NEW.doc_type
                         UNION ALL SELECT 'year', NEW.year UNION ALL SELECT 'format', NEW.format
                         UNION ALL SELECT 'municipality', NEW.municipality)
    WHERE v <> '';
END;

-- Tags, by id (a renamed tag keeps its count). Deleting a document or a tag cascades to these rows.
CREATE TRIGGER facet_counts_tag_insert AFTER INSERT ON document_tags
BEGIN
    INSERT INTO facet_count_changes (facet, value, delta) VALUES ('tag', NEW.tag_id, 1);
END;
CREATE TRIGGER facet_counts_tag_delete AFTER DELETE ON document_tags
BEGIN
    INSERT INTO facet_count_changes (facet, value, delta) VALUES ('tag', OLD.tag_id, -1);
END;
CREATE TRIGGER facet_counts_tag_update AFTER UPDATE ON document_tags
BEGIN
    INSERT INTO facet_count_changes (facet, value, delta) VALUES ('tag', OLD.tag_id, -1);
    INSERT INTO facet_count_changes (facet, value, delta) VALUES ('tag', NEW.tag_id, 1);
END;

-- Documents read by OCR: counted with their first page, uncounted with their last.
CREATE TRIGGER facet_counts_scan_insert AFTER INSERT ON ocr_pages
WHEN NOT EXISTS (SELECT 1 FROM ocr_pages WHERE document_id = NEW.document_id AND page <> NEW.page)
BEGIN
    INSERT INTO facet_count_changes (facet, value, delta) VALUES ('scan', '', 1);
END;
CREATE TRIGGER facet_counts_scan_delete AFTER DELETE ON ocr_pages
WHEN NOT EXISTS (SELECT 1 FROM ocr_pages WHERE document_id = OLD.document_id)
BEGIN
    INSERT INTO facet_count_changes (facet, value, delta) VALUES ('scan', '', -1);
END;
CREATE TRIGGER facet_counts_scan_update AFTER UPDATE OF document_id ON ocr_pages
BEGIN
    INSERT INTO facet_count_changes (facet, value, delta)
    SELECT 'scan', '', -1 WHERE NOT EXISTS (SELECT 1 FROM ocr_pages WHERE document_id = OLD.document_id);
    INSERT INTO facet_count_changes (facet, value, delta)
    SELECT 'scan', '', 1
    WHERE NOT EXISTS (SELECT 1 FROM ocr_pages WHERE document_id = NEW.document_id AND page <> NEW.page);
END;

-- Packs by name: a document in two versions of a pack (two packs rows with one name) counts once.
-- An entry counts when it is its document's only one under its pack's name. (INSERT OR REPLACE would
-- remove a replaced entry without its delete trigger: Catalog::addPackEntry updates it instead.)
CREATE TRIGGER facet_counts_pack_entry_insert AFTER INSERT ON pack_entries
BEGIN
    INSERT INTO facet_count_changes (facet, value, delta)
    SELECT 'pack', p.name, 1 FROM packs p
    WHERE p.id = NEW.pack_id
      AND NOT EXISTS (SELECT 1 FROM pack_entries o JOIN packs op ON op.id = o.pack_id
                      WHERE o.document_id = NEW.document_id AND op.name = p.name
                        AND NOT (o.pack_id = NEW.pack_id AND o.path = NEW.path));
END;
-- When a pack itself is deleted, its name is gone before the cascade reaches its entries: counted
-- off by facet_counts_pack_delete instead (the name lookup here then finds nothing).
CREATE TRIGGER facet_counts_pack_entry_delete AFTER DELETE ON pack_entries
BEGIN
    INSERT INTO facet_count_changes (facet, value, delta)
    SELECT 'pack', p.name, -1 FROM packs p
    WHERE p.id = OLD.pack_id
      AND NOT EXISTS (SELECT 1 FROM pack_entries o JOIN packs op ON op.id = o.pack_id
                      WHERE o.document_id = OLD.document_id AND op.name = p.name);
END;
CREATE TRIGGER facet_counts_pack_entry_update AFTER UPDATE OF pack_id, document_id, path ON pack_entries
BEGIN
    -- As if the row were removed (OLD), then added (NEW): the other entries decide both.
    INSERT INTO facet_count_changes (facet, value, delta)
    SELECT 'pack', p.name, -1 FROM packs p
    WHERE p.id = OLD.pack_id
      AND NOT EXISTS (SELECT 1 FROM pack_entries o JOIN packs op ON op.id = o.pack_id
                      WHERE o.document_id = OLD.document_id AND op.name = p.name
                        AND NOT (o.pack_id = NEW.pack_id AND o.path = NEW.path));
    INSERT INTO facet_count_changes (facet, value, delta)
    SELECT 'pack', p.name, 1 FROM packs p
    WHERE p.id = NEW.pack_id
      AND NOT EXISTS (SELECT 1 FROM pack_entries o JOIN packs op ON op.id = o.pack_id
                      WHERE o.document_id = NEW.document_id AND op.name = p.name
                        AND NOT (o.pack_id = NEW.pack_id AND o.path = NEW.path));
END;
CREATE TRIGGER facet_counts_pack_rename AFTER UPDATE OF name ON packs
WHEN OLD.name IS NOT NEW.name
BEGIN
    INSERT INTO facet_count_changes (facet, value, delta)
    SELECT 'pack', OLD.name, -count(*) FROM (SELECT DISTINCT document_id AS doc FROM pack_entries WHERE pack_id = NEW.id)
    WHERE NOT EXISTS (SELECT 1 FROM pack_entries o JOIN packs op ON op.id = o.pack_id
                      WHERE o.document_id = doc AND o.pack_id <> NEW.id AND op.name = OLD.name);
    INSERT INTO facet_count_changes (facet, value, delta)
    SELECT 'pack', NEW.name, count(*) FROM (SELECT DISTINCT document_id AS doc FROM pack_entries WHERE pack_id = NEW.id)
    WHERE NOT EXISTS (SELECT 1 FROM pack_entries o JOIN packs op ON op.id = o.pack_id
                      WHERE o.document_id = doc AND o.pack_id <> NEW.id AND op.name = NEW.name);
END;
CREATE TRIGGER facet_counts_pack_delete BEFORE DELETE ON packs
BEGIN
    INSERT INTO facet_count_changes (facet, value, delta)
    SELECT 'pack', OLD.name, -count(*) FROM (SELECT DISTINCT document_id AS doc FROM pack_entries WHERE pack_id = OLD.id)
    WHERE NOT EXISTS (SELECT 1 FROM pack_entries o JOIN packs op ON op.id = o.pack_id
                      WHERE o.document_id = doc AND o.pack_id <> OLD.id AND op.name = OLD.name);
END;

-- The counts of the library as it is.
INSERT INTO facet_counts (facet, value, n)
SELECT 'category', category, count(*) FROM documents WHERE category <> '' GROUP BY category
UNION ALL SELECT 'type', doc_type, count(*) FROM documents WHERE doc_type <> '' GROUP BY doc_type
UNION ALL SELECT 'year', year, count(*) FROM documents WHERE year <> '' GROUP BY year
UNION ALL SELECT 'format', format, count(*) FROM documents WHERE format <> '' GROUP BY format
UNION ALL SELECT 'municipality', municipality, count(*) FROM documents WHERE municipality <> '' GROUP BY municipality
UNION ALL SELECT 'documents', '', count(*) FROM documents
UNION ALL SELECT 'tag', tag_id, count(*) FROM document_tags GROUP BY tag_id
UNION ALL SELECT 'scan', '', count(DISTINCT document_id) FROM ocr_pages
UNION ALL SELECT 'pack', p.name, count(DISTINCT pe.document_id) FROM pack_entries pe JOIN packs p ON p.id = pe.pack_id GROUP BY p.name;
DELETE FROM facet_counts WHERE n = 0;
