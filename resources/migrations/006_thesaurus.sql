-- Schema 6: abbreviations the library's admin adds to the list shipped with the program
-- (resources/thesaurus/abkuerzungen.tsv). The searcher reads both at query time, so an entry takes
-- effect with the next search and needs no re-index.
CREATE TABLE thesaurus_entries (
    abbreviation TEXT NOT NULL,
    long_form TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (abbreviation, long_form)
) WITHOUT ROWID;
