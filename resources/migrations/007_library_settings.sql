-- Schema 7: settings that belong to the library, not to one user, and travel with it when it is
-- published (the catalog is copied): the default municipality profile its admin set (issue #14),
-- as the JSON a profile file holds, under the key 'default_profile'.
CREATE TABLE library_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
