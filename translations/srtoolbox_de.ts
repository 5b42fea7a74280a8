<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ArchiveReader</name>
    <message>
        <location filename="../app/core/import/ArchiveReader.cpp" line="+79"/>
        <source>unknown archive error</source>
        <translation>unbekannter Archivfehler</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot open the archive: %1</source>
        <translation>Das Archiv kann nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../app/core/library/Catalog.cpp" line="+379"/>
        <location line="+154"/>
        <source>A tag name must not be empty.</source>
        <translation>Der Name eines Schlagworts darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+31"/>
        <location line="+20"/>
        <source>There is no tag &quot;%1&quot;.</source>
        <translation>Es gibt kein Schlagwort „%1“.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>A tag &quot;%1&quot; exists already; merge the tags instead.</source>
        <translation>Das Schlagwort „%1“ gibt es bereits; führen Sie die Schlagwörter stattdessen zusammen.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The library is read-only: its default municipality profile cannot be changed.</source>
        <translation>Die Bibliothek ist schreibgeschützt: Ihr Vorgabe-Gemeindeprofil kann nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>CatalogBackup</name>
    <message>
        <location filename="../app/core/library/CatalogBackup.cpp" line="+67"/>
        <source>Cannot create the backup folder %1: %2</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot back up the catalog to %1: %2</source>
        <translation>Der Katalog kann nicht nach %1 gesichert werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The catalog was not backed up: the copy fails the integrity check (%1). The earlier backups in %2 are kept.</source>
        <translation>Der Katalog wurde nicht gesichert: Die Kopie besteht die Integritätsprüfung nicht (%1). Die früheren Sicherungen in %2 bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>unreadable: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an SQLite database</source>
        <translation>keine SQLite-Datenbank</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+2"/>
        <source>the integrity check failed: %1</source>
        <translation>die Integritätsprüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a catalog (it has no schema version)</source>
        <translation>kein Katalog (ohne Schemaversion)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQLite cannot open it: %1</source>
        <translation>SQLite kann sie nicht öffnen: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup %1 cannot be used: %2.</source>
        <translation>Die Sicherung %1 ist nicht verwendbar: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot copy the backup %1 into the library %2: %3</source>
        <translation>Die Sicherung %1 kann nicht in die Bibliothek %2 kopiert werden: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot move the catalog %1 aside: %2</source>
        <translation>Der Katalog %1 kann nicht beiseitegelegt werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot put the backup in place of %1: %2</source>
        <translation>Die Sicherung kann nicht an die Stelle von %1 gesetzt werden: %2</translation>
    </message>
</context>
<context>
    <name>CatalogCommand</name>
    <message>
        <location filename="../app/gui/editing/EditCommands.h" line="+32"/>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <location filename="../app/cli/CheckCommand.cpp" line="+12"/>
        <source>Verify the library: catalog integrity, every file present with the right hash, no orphan files.</source>
        <translation>Die Bibliothek prüfen: Integrität des Katalogs, jede Datei vorhanden und mit der richtigen Prüfsumme, keine verwaisten Dateien.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>The library %1 is consistent: %n document(s) checked.</source>
        <translation>
            <numerusform>Die Bibliothek %1 ist in Ordnung: %n Dokument wurde geprüft.</numerusform>
            <numerusform>Die Bibliothek %1 ist in Ordnung: %n Dokumente wurden geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The library %1 has %n problem(s).</source>
        <translation>
            <numerusform>In der Bibliothek %1 wurde %n Problem gefunden.</numerusform>
            <numerusform>In der Bibliothek %1 wurden %n Probleme gefunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <location filename="../app/cli/main.cpp" line="+51"/>
        <source>Usage: srtoolbox-cli [--library DIR] [--read-only] [--verbose] COMMAND [OPTIONS] [ARGS]

The library is DIR, else $SRTOOLBOX_LIBRARY, else %1.

Commands:
</source>
        <translation>Aufruf: srtoolbox-cli [--library ORDNER] [--read-only] [--verbose] BEFEHL [OPTIONEN] [ARGUMENTE]

Die Bibliothek liegt in ORDNER, sonst in $SRTOOLBOX_LIBRARY, sonst in %1.

Befehle:
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>
&apos;srtoolbox-cli COMMAND --help&apos; describes a command.
</source>
        <translation>
„srtoolbox-cli BEFEHL --help“ zeigt die Hilfe zu einem Befehl.
</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The library folder.</source>
        <translation>Ordner der Bibliothek.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the library read-only.</source>
        <translation>Die Bibliothek schreibgeschützt öffnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe on stderr what is being done (for support).</source>
        <translation>Beschreibt auf stderr, was gerade geschieht (für den Support).</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommand.cpp" line="+36"/>
        <source>Cannot read the catalog: %1</source>
        <translation>Der Katalog kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n backup(s) of the catalog: &apos;srtoolbox-cli restore-backup&apos; lists them, &apos;srtoolbox-cli restore-backup 1&apos; restores the newest.</source>
        <translation>
            <numerusform>%n Sicherung des Katalogs: &apos;srtoolbox-cli restore-backup&apos; listet sie auf, &apos;srtoolbox-cli restore-backup 1&apos; stellt die neueste wieder her.</numerusform>
            <numerusform>%n Sicherungen des Katalogs: &apos;srtoolbox-cli restore-backup&apos; listet sie auf, &apos;srtoolbox-cli restore-backup 1&apos; stellt die neueste wieder her.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="-31"/>
        <source>The command &quot;%1&quot; needs write access: %2</source>
        <translation>Der Befehl „%1“ benötigt Schreibzugriff: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/TagCommand.cpp" line="+18"/>
        <source>There is no document with the id &quot;%1&quot; (see &apos;list&apos; or &apos;search&apos;).</source>
        <translation>Es gibt kein Dokument mit der Nummer „%1“ (siehe „list“ oder „search“).</translation>
    </message>
</context>
<context>
    <name>ContentStore</name>
    <message>
        <location filename="../app/core/library/ContentStore.cpp" line="+56"/>
        <source>The stored files could not be written to the disk (%1): %2</source>
        <translation>Die gespeicherten Dateien konnten nicht auf die Festplatte geschrieben werden (%1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder could not be opened</source>
        <translation>der Ordner ließ sich nicht öffnen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot store %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+17"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Cannot write to the library&apos;s file store (%1).</source>
        <translation>In die Dateiablage der Bibliothek (%1) kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 is no SHA-256 hash.</source>
        <translation>%1 ist kein SHA-256-Prüfwert.</translation>
    </message>
</context>
<context>
    <name>CreateTagCommand</name>
    <message>
        <location filename="../app/gui/editing/EditCommands.cpp" line="+73"/>
        <source>Create tag &quot;%1&quot;</source>
        <translation>Schlagwort „%1“ anlegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A tag &quot;%1&quot; exists already.</source>
        <translation>Ein Schlagwort „%1“ gibt es schon.</translation>
    </message>
</context>
<context>
    <name>DeleteTagCommand</name>
    <message>
        <location line="+19"/>
        <source>Delete tag &quot;%1&quot;</source>
        <translation>Schlagwort „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>DerivedFiles</name>
    <message>
        <location filename="../app/core/library/DerivedFiles.cpp" line="+35"/>
        <source>%1 is no SHA-256 hash.</source>
        <translation>%1 ist kein SHA-256-Prüfwert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DirHandle</name>
    <message>
        <location filename="../app/core/platform/DirHandle.cpp" line="+120"/>
        <location line="+82"/>
        <source>Cannot create the folder %1: %2</source>
        <translation>Der Ordner %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+85"/>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+86"/>
        <source>Cannot open the folder %1: %2</source>
        <translation>Der Ordner %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The folder name %1 is not allowed.</source>
        <translation>Der Ordnername %1 ist nicht erlaubt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+20"/>
        <location line="+117"/>
        <source>%1 is a symbolic link; links are not followed.</source>
        <translation>%1 ist eine symbolische Verknüpfung; Verknüpfungen wird nicht gefolgt.</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+6"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+7"/>
        <source>Cannot write to the folder %1: %2</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>%1 exists already.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot move %1 to %2: %3</source>
        <translation>%1 kann nicht nach %2 verschoben werden: %3</translation>
    </message>
</context>
<context>
    <name>DocumentFormats</name>
    <message>
        <location filename="../app/core/extract/DocumentFormat.cpp" line="+377"/>
        <source>Word (old)</source>
        <translation>Word (alt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel (old)</source>
        <translation>Excel (alt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PowerPoint (old)</source>
        <translation>PowerPoint (alt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <location filename="../app/gui/preview/DocumentPrinter.cpp" line="+16"/>
        <source>There are no pages %1 to %2 to print.</source>
        <translation>Es gibt keine Seiten %1 bis %2 zum Drucken.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The printer cannot be used: %1</source>
        <translation>Der Drucker lässt sich nicht verwenden: %1</translation>
    </message>
</context>
<context>
    <name>EditMetadataCommand</name>
    <message>
        <location filename="../app/gui/editing/EditCommands.cpp" line="+104"/>
        <source>Edit the details of &quot;%1&quot;</source>
        <translation>Details von „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>EntryGuard</name>
    <message>
        <location filename="../app/core/import/EntryGuard.cpp" line="+21"/>
        <source>the name contains control characters or invisible characters that reverse the text direction</source>
        <translation>der Name enthält Steuerzeichen oder unsichtbare Zeichen, die die Schreibrichtung umkehren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>absolute paths are not allowed</source>
        <translation>absolute Pfade sind nicht zulässig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the name is longer than %1 characters</source>
        <translation>der Name ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>paths leading out of the pack (&quot;..&quot;) are not allowed</source>
        <translation>Pfade, die aus dem Paket herausführen („..“), sind nicht zulässig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the entry has no name</source>
        <translation>der Eintrag hat keinen Namen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the path is nested deeper than %1 folders</source>
        <translation>der Pfad ist tiefer als %1 Ordnerebenen verschachtelt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the archive holds more than %1 entries</source>
        <translation>das Archiv enthält mehr als %1 Einträge</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>symbolic links are not imported (it points to &quot;%1&quot;)</source>
        <translation>symbolische Links werden nicht importiert (Ziel: „%1“)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hard links are not imported (it points to &quot;%1&quot;)</source>
        <translation>harte Links werden nicht importiert (Ziel: „%1“)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>device files, pipes and sockets are not imported</source>
        <translation>Gerätedateien, Pipes und Sockets werden nicht importiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the entry is encrypted</source>
        <translation>der Eintrag ist verschlüsselt</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>the file is larger than the limit of %1</source>
        <translation>die Datei ist größer als die Höchstgrenze von %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+13"/>
        <source>the pack would exceed the limit of %1 in total</source>
        <translation>das Paket würde die Gesamtgrenze von %1 überschreiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the entry expands more than %1 times (a zip bomb?)</source>
        <translation>der Eintrag wird beim Entpacken mehr als %1-mal so groß (eine ZIP-Bombe?)</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="+22"/>
        <source>Export documents (by id, or every hit of --query) to a folder, a zip archive or a CSV list.</source>
        <translation>Dokumente (nach ID oder alle Treffer von --query) in einen Ordner, ein ZIP-Archiv oder eine CSV-Liste exportieren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy the files to this folder (created when missing).</source>
        <translation>Die Dateien in diesen Ordner kopieren (wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a zip archive with the files, toolbox.json (for importing it again) and index.csv.</source>
        <translation>Ein ZIP-Archiv mit den Dateien, toolbox.json (zum erneuten Importieren) und index.csv schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the metadata alone as a CSV list (no files).</source>
        <translation>Nur die Metadaten als CSV-Liste schreiben (ohne Dateien).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the files in one subfolder per category.</source>
        <translation>Die Dateien in je einen Unterordner pro Kategorie ablegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder: overwrite files of the same name instead of writing &quot;Name (2).pdf&quot;.</source>
        <translation>Ordner: Gleichnamige Dateien überschreiben, statt „Name (2).pdf“ zu schreiben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace an existing zip or CSV file.</source>
        <translation>Ein vorhandenes ZIP-Archiv oder eine vorhandene CSV-Datei ersetzen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export every hit of this query (the syntax of &apos;search&apos;).</source>
        <translation>Alle Treffer dieser Suchanfrage exportieren (Syntax wie bei „search“).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ids of the documents to export (see &apos;list&apos; or &apos;search&apos;).</source>
        <translation>IDs der zu exportierenden Dokumente (siehe „list“ oder „search“).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>export: name one target: --to DIR, --zip FILE or --csv FILE.</source>
        <translation>export: Geben Sie genau ein Ziel an: --to DIR, --zip FILE oder --csv FILE.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>export: name the documents by their ids or with --query QUERY (not both).</source>
        <translation>export: Geben Sie die Dokumente über ihre IDs oder mit --query QUERY an (nicht beides).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>export: &quot;%1&quot; is not a document id (a whole number, see &apos;list&apos;).</source>
        <translation>export: „%1“ ist keine Dokument-ID (eine ganze Zahl, siehe „list“).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>export: the query &quot;%1&quot; holds nothing to search for (only punctuation or symbols); --query &quot;&quot; exports every document.</source>
        <translation>export: Die Suchanfrage „%1“ enthält nichts, wonach gesucht werden kann (nur Satz- oder Sonderzeichen); --query &quot;&quot; exportiert alle Dokumente.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>export: the search failed: %1</source>
        <translation>export: Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>export: no document matches the query; nothing was written.</source>
        <translation>export: Kein Dokument passt zur Suchanfrage; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+52"/>
        <source>export: %1 exists already; --force replaces it.</source>
        <translation>export: %1 existiert bereits; mit --force wird die Datei ersetzt.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>%1 of %2: %3</source>
        <translation>%1 von %2: %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>export: cancelled; nothing was left behind.</source>
        <translation>export: Abgebrochen; es wurde nichts zurückgelassen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+36"/>
        <source>export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-31"/>
        <source>%n document(s) written to %1</source>
        <translation>
            <numerusform>%n Dokument nach %1 geschrieben</numerusform>
            <numerusform>%n Dokumente nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n document(s) copied to %1</source>
        <translation>
            <numerusform>%n Dokument nach %1 kopiert</numerusform>
            <numerusform>%n Dokumente nach %1 kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n document(s) left out</source>
        <translation>
            <numerusform>; %n Dokument ausgelassen</numerusform>
            <numerusform>; %n Dokumente ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no document with the id %1.</source>
        <translation>Es gibt kein Dokument mit der ID %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export: none of the chosen documents is in the library; nothing was written.</source>
        <translation>export: Keines der gewählten Dokumente ist in der Bibliothek; es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n document(s) listed in %1</source>
        <translation>
            <numerusform>%n Dokument in %1 aufgeführt</numerusform>
            <numerusform>%n Dokumente in %1 aufgeführt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../app/gui/exporting/ExportController.cpp" line="+43"/>
        <source>Preparing the export…</source>
        <translation>Export wird vorbereitet…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+83"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>%1 of %2
%3</source>
        <translation>%1 von %2
%3</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No documents were chosen for the export.</source>
        <translation>Für den Export wurden keine Dokumente ausgewählt.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The export was cancelled; nothing was left behind in %1.</source>
        <translation>Der Export wurde abgebrochen; in %1 ist nichts zurückgeblieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export to %1 failed: %2</source>
        <translation>Der Export nach %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>%n Datei nach %1 geschrieben.</numerusform>
            <numerusform>%n Dateien nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n document(s) left out; see the details.</source>
        <translation>
            <numerusform>%n Dokument ausgelassen; siehe Details.</numerusform>
            <numerusform>%n Dokumente ausgelassen; siehe Details.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/ExportDialog.ui" line="+6"/>
        <location filename="../app/gui/exporting/ExportDialog.cpp" line="+79"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To a &amp;folder (original file names)</source>
        <translation>In einen &amp;Ordner (ursprüngliche Dateinamen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As a &amp;zip pack (with a document list, to import elsewhere)</source>
        <translation>Als &amp;Zip-Paket (mit Dokumentliste, zum Import an anderer Stelle)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Target:</source>
        <translation>Zi&amp;el:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Subfolders by category</source>
        <translation>&amp;Unterordner nach Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace files of the same name (otherwise: &quot;Name (2).pdf&quot;)</source>
        <translation>Gleichnamige Dateien &amp;ersetzen (sonst: „Name (2).pdf“)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/exporting/ExportDialog.cpp" line="-61"/>
        <source>Export %n document(s).</source>
        <translation>
            <numerusform>%n Dokument exportieren.</numerusform>
            <numerusform>%n Dokumente exportieren.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export as zip</source>
        <translation>Als Zip exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zip packs (*.zip)</source>
        <translation>Zip-Pakete (*.zip)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export to a folder</source>
        <translation>In einen Ordner exportieren</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 gibt es schon. Ersetzen?</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../app/core/export/ExportTarget.cpp" line="+29"/>
        <source>Cannot create the folder %1: %2 is a file, not a folder.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden: %2 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot create the folder %1: %2</source>
        <translation>Der Ordner %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/export/FolderExport.cpp" line="+106"/>
        <source>Cannot write to the folder %1: %2</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/export/CsvWriter.cpp" line="+93"/>
        <location filename="../app/core/export/OutputFile.cpp" line="+50"/>
        <location line="+4"/>
        <location filename="../app/core/export/ZipExport.cpp" line="+187"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/export/OutputFile.cpp" line="+13"/>
        <source>%1 is a symbolic link; the export does not write through links.</source>
        <translation>%1 ist eine symbolische Verknüpfung; der Export schreibt nicht durch Verknüpfungen hindurch.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot replace %1: %2</source>
        <translation>%1 kann nicht ersetzt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/export/StoredFileStream.cpp" line="+20"/>
        <source>%1: the library&apos;s copy is missing (%2); not exported</source>
        <translation>%1: Die Kopie in der Bibliothek fehlt (%2); nicht exportiert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the library&apos;s copy cannot be read (%2); not exported</source>
        <translation>%1: Die Kopie in der Bibliothek kann nicht gelesen werden (%2); nicht exportiert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the library&apos;s copy cannot be read (%2: %3); not exported</source>
        <translation>%1: Die Kopie in der Bibliothek kann nicht gelesen werden (%2: %3); nicht exportiert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the library&apos;s copy is damaged (its SHA-256 no longer matches the catalog); not exported</source>
        <translation>%1: Die Kopie in der Bibliothek ist beschädigt (ihre SHA-256-Prüfsumme stimmt nicht mehr mit dem Katalog überein); nicht exportiert</translation>
    </message>
    <message>
        <location filename="../app/core/export/Exporter.cpp" line="+45"/>
        <source>Export %1</source>
        <translation>Export %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../app/core/export/CsvWriter.cpp" line="-11"/>
        <source>%1 is a folder; name the file to write.</source>
        <translation>%1 ist ein Ordner; geben Sie die zu schreibende Datei an.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../app/core/export/Exporter.cpp" line="+108"/>
        <location filename="../app/core/export/ZipExport.cpp" line="-10"/>
        <source>%1 exists already and was left alone.</source>
        <translation>%1 existiert bereits und wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../app/core/export/Exporter.cpp" line="-50"/>
        <source>No documents were chosen for the export.</source>
        <translation>Für den Export wurden keine Dokumente ausgewählt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the library&apos;s catalog: %1</source>
        <translation>Der Katalog der Bibliothek kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no document with the id %1.</source>
        <translation>Es gibt kein Dokument mit der ID %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None of the chosen documents is in the library.</source>
        <translation>Keines der gewählten Dokumente ist in der Bibliothek.</translation>
    </message>
    <message>
        <location filename="../app/core/export/FolderExport.cpp" line="+19"/>
        <source>%1: the folder %2 in the export target is a symbolic link; the export does not write through links; not exported</source>
        <translation>%1: Der Ordner %2 im Exportziel ist eine symbolische Verknüpfung; der Export schreibt nicht durch Verknüpfungen hindurch; nicht exportiert</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2 in the export target is a symbolic link; the export does not write through links; not exported</source>
        <translation>%1: %2 im Exportziel ist eine symbolische Verknüpfung; der Export schreibt nicht durch Verknüpfungen hindurch; nicht exportiert</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../app/core/export/Exporter.cpp" line="+28"/>
        <source>%1 is a folder; name the zip file to write.</source>
        <translation>%1 ist ein Ordner; geben Sie das zu schreibende ZIP-Archiv an.</translation>
    </message>
    <message>
        <location filename="../app/core/export/ZipExport.cpp" line="-42"/>
        <source>%1 changed while it was exported: %2</source>
        <translation>%1 wurde während des Exports verändert: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>None of the chosen documents could be exported; %1 was not written.</source>
        <translation>Keines der gewählten Dokumente konnte exportiert werden; %1 wurde nicht geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n document(s) exported from the Smart Region Toolbox.</source>
        <translation>
            <numerusform>%n Dokument aus der Smart Region Toolbox exportiert.</numerusform>
            <numerusform>%n Dokumente aus der Smart Region Toolbox exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExtractionClient</name>
    <message>
        <location filename="../app/core/extract/ExtractionClient.cpp" line="+161"/>
        <source>the file name is too long to hand to the extractor</source>
        <translation>der Dateiname ist zu lang für die Übergabe an das Extraktionsprogramm</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>timed out after %1 s</source>
        <translation>Zeitüberschreitung nach %1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the extractor sent an invalid reply</source>
        <translation>das Extraktionsprogramm hat eine ungültige Antwort gesendet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>exceeded the memory limit of %1 MB</source>
        <translation>Speichergrenze von %1 MB überschritten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the extractor crashed (signal %1)</source>
        <translation>das Extraktionsprogramm ist abgestürzt (Signal %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the extractor crashed (exit code %1)</source>
        <translation>das Extraktionsprogramm ist abgestürzt (Exit-Code %1)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>the text extractor %1 could not be started: %2</source>
        <translation>das Extraktionsprogramm %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/worker/main.cpp" line="+169"/>
        <source>The extracted text is too large to transfer.</source>
        <translation>Der extrahierte Text ist zu groß für die Übertragung.</translation>
    </message>
</context>
<context>
    <name>ExtractorRegistry</name>
    <message>
        <location filename="../app/core/extract/ExtractorRegistry.cpp" line="+66"/>
        <source>Format %1: only metadata is cataloged, no text extracted.</source>
        <translation>Format %1: Nur die Metadaten werden katalogisiert, es wird kein Text extrahiert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../app/worker/main.cpp" line="-19"/>
        <source>There was not enough memory to extract the text.</source>
        <translation>Der Arbeitsspeicher reichte nicht aus, um den Text zu extrahieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The text could not be extracted: %1</source>
        <translation>Der Text konnte nicht extrahiert werden: %1</translation>
    </message>
</context>
<context>
    <name>FavoritesCommand</name>
    <message>
        <location filename="../app/cli/TagCommand.cpp" line="+140"/>
        <source>Add, remove or list your favourites (Merkliste).</source>
        <translation>Dokumente auf Ihrer Merkliste hinzufügen, entfernen oder auflisten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add, remove or list</source>
        <translation>add, remove oder list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ids of the documents (see &apos;list&apos; or &apos;search&apos;).</source>
        <translation>Nummern der Dokumente (siehe „list“ oder „search“).</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n favourite(s) not in this library.</source>
        <translation>
            <numerusform>%n Dokument der Merkliste ist nicht in dieser Bibliothek.</numerusform>
            <numerusform>%n Dokumente der Merkliste sind nicht in dieser Bibliothek.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write: favorites add|remove ID..., or favorites list</source>
        <translation>Schreibweise: favorites add|remove NUMMER... oder favorites list</translation>
    </message>
</context>
<context>
    <name>FilesPackSource</name>
    <message>
        <location filename="../app/core/import/PackSource.cpp" line="+90"/>
        <location line="+10"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>HtmlExtractor</name>
    <message>
        <location filename="../app/core/extract/HtmlExtractor.cpp" line="+497"/>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is not an HTML file (it contains binary data).</source>
        <translation>Dies ist keine HTML-Datei (sie enthält Binärdaten).</translation>
    </message>
</context>
<context>
    <name>ImageExtractor</name>
    <message>
        <location filename="../app/core/extract/ImageExtractor.cpp" line="+14"/>
        <source>The image has %1 pages, more than the limit of %2 pages.</source>
        <translation>Das Bild hat %1 Seiten, mehr als die Grenze von %2 Seiten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only metadata is cataloged for this image: %1</source>
        <translation>Für dieses Bild werden nur die Metadaten aufgenommen: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Page(s) %1 of the image cannot be read: %2</source>
        <translation>Seite(n) %1 des Bildes können nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ImagePageRenderer</name>
    <message>
        <location filename="../app/core/preview/ImagePageRenderer.cpp" line="+15"/>
        <source>The image cannot be shown: %1</source>
        <translation>Das Bild kann nicht angezeigt werden: %1</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="+20"/>
        <source>Import packs: archives (zip, tar, tar.gz, tar.bz2, tar.xz, 7z), folders or single files.</source>
        <translation>Pakete importieren: Archive (zip, tar, tar.gz, tar.bz2, tar.xz, 7z), Ordner oder einzelne Dateien.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name of the pack (instead of the manifest&apos;s or the file name).</source>
        <translation>Name des Pakets (statt des Namens aus dem Manifest oder dem Dateinamen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check and extract everything, but change nothing.</source>
        <translation>Alles prüfen und extrahieren, aber nichts ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not make the pages of office documents now (LibreOffice); &apos;pages --wait&apos; makes them later.</source>
        <translation>Seitenansichten von Office-Dokumenten jetzt nicht erstellen (LibreOffice); „pages --wait“ erstellt sie später.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extraction threads (default: one per core).</source>
        <translation>Anzahl paralleler Extraktionsvorgänge (Standard: einer je Prozessorkern).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest file accepted, in MB (default 1024).</source>
        <translation>Maximale Dateigröße in MB (Standard: 1024).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most entries accepted in one archive (default 100000).</source>
        <translation>Maximale Anzahl der Einträge in einem Archiv (Standard: 100000).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also write the import log for support to FILE (it is always kept in %1).</source>
        <translation>Schreibt das Importprotokoll für den Support zusätzlich in DATEI (es wird immer auch in %1 abgelegt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archives, folders or files to import.</source>
        <translation>Zu importierende Archive, Ordner oder Dateien.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>import: name at least one archive, folder or file.</source>
        <translation>import: Geben Sie mindestens ein Archiv, einen Ordner oder eine Datei an.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>import: --jobs, --max-file-size and --max-entries take whole numbers.</source>
        <translation>import: --jobs, --max-file-size und --max-entries erwarten ganze Zahlen.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%1: %n file(s), %2</source>
        <translation>
            <numerusform>%1: %n Datei, %2</numerusform>
            <numerusform>%1: %n Dateien, %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Import cancelled.</source>
        <translation>Import abgebrochen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+5"/>
        <source>The import log could not be written: %1</source>
        <translation>Das Importprotokoll konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../app/gui/importing/ImportController.cpp" line="+29"/>
        <source>Preparing the import…</source>
        <translation>Der Import wird vorbereitet…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling: the library is being restored…</source>
        <translation>Wird abgebrochen: Die Bibliothek wird wiederhergestellt…</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%1
%n file(s) imported
%2</source>
        <translation>
            <numerusform>%1
%n Datei importiert
%2</numerusform>
            <numerusform>%1
%n Dateien importiert
%2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Nothing changed: all %n document(s) are in the library already.</source>
        <translation>
            <numerusform>Nichts geändert: Das Dokument ist schon in der Bibliothek.</numerusform>
            <numerusform>Nichts geändert: Alle %n Dokumente sind schon in der Bibliothek.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n entry(ies) need attention; see the details.</source>
        <translation>
            <numerusform>%n Eintrag sollte geprüft werden; siehe Details.</numerusform>
            <numerusform>%n Einträge sollten geprüft werden; siehe Details.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../app/core/import/ImportReport.cpp" line="+32"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no longer in the pack</source>
        <translation>nicht mehr im Paket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: import failed: %2</source>
        <translation>%1: Import fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The catalog could not be backed up: %1</source>
        <translation>Der Katalog konnte nicht gesichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n pack(s): added %1, duplicates %2, updated %3, warnings %4, rejected %5</source>
        <translation>
            <numerusform>%n Paket: hinzugefügt %1, Duplikate %2, aktualisiert %3, Warnungen %4, abgelehnt %5</numerusform>
            <numerusform>%n Pakete: hinzugefügt %1, Duplikate %2, aktualisiert %3, Warnungen %4, abgelehnt %5</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, no longer in the pack %1</source>
        <translation>, nicht mehr im Paket %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source> (%n pack(s) failed: nothing of them was kept)</source>
        <translation>
            <numerusform> (%n Paket fehlgeschlagen: davon wurde nichts übernommen)</numerusform>
            <numerusform> (%n Pakete fehlgeschlagen: davon wurde nichts übernommen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (cancelled: nothing of the unfinished pack was kept)</source>
        <translation> (abgebrochen: Vom unvollständigen Paket wurde nichts übernommen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (dry run: the library was not changed)</source>
        <translation> (Probelauf: Die Bibliothek wurde nicht verändert)</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../app/core/import/Importer.cpp" line="+289"/>
        <source>The catalog is busy or cannot be written: %1</source>
        <translation>Der Katalog wird gerade verwendet oder kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write to the library&apos;s file store: %1</source>
        <translation>In die Dateiablage der Bibliothek kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The catalog could not be updated.</source>
        <translation>Der Katalog konnte nicht aktualisiert werden.</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>Cannot create a temporary file: %1</source>
        <translation>Eine temporäre Datei kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>cannot be read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the manifest is larger than %1 bytes</source>
        <translation>das Manifest ist größer als %1 Bytes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write to the library&apos;s file store (%1); is the disk full?</source>
        <translation>In die Dateiablage der Bibliothek (%1) kann nicht geschrieben werden; ist der Datenträger voll?</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Cannot write the import journal in %1.</source>
        <translation>Das Importjournal in %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>the archive is damaged after this entry; the rest could not be read: %1</source>
        <translation>das Archiv ist nach diesem Eintrag beschädigt; der Rest konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the name contains characters that cannot be read (it is not UTF-8); rename the file and import it again</source>
        <translation>der Name enthält Zeichen, die nicht gelesen werden können (kein UTF-8); bitte die Datei umbenennen und erneut importieren</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Writing the catalog failed: %1</source>
        <translation>Das Schreiben des Katalogs ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database gave no reason (%1)</source>
        <translation>die Datenbank hat keinen Grund genannt (%1)</translation>
    </message>
    <message>
        <location line="+373"/>
        <source>The title contained control characters; they were removed.</source>
        <translation>Der Titel enthielt Steuerzeichen; sie wurden entfernt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The title was longer than %1 characters; it was cut.</source>
        <translation>Der Titel war länger als %1 Zeichen; er wurde gekürzt.</translation>
    </message>
    <message>
        <location line="+232"/>
        <source>already in the library; its metadata was updated</source>
        <translation>bereits in der Bibliothek; die Metadaten wurden aktualisiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already in the library</source>
        <translation>bereits in der Bibliothek</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&quot;%1&quot; is not in the pack</source>
        <translation>„%1“ ist nicht im Paket enthalten</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the new version of the pack no longer contains this file; it stays in the library</source>
        <translation>die neue Version des Pakets enthält diese Datei nicht mehr; sie bleibt in der Bibliothek</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no reason was given (backup folder %1)</source>
        <translation>es wurde kein Grund genannt (Sicherungsordner %1)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Single files</source>
        <translation>Einzelne Dateien</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <location filename="../app/core/library/Library.cpp" line="+32"/>
        <source>the file is empty, but the library holds stored files</source>
        <translation>die Datei ist leer, die Bibliothek enthält aber gespeicherte Dateien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is not an SQLite database</source>
        <translation>die Datei ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The catalog %1 is damaged (%2). It was left unchanged; restore a backup of it.</source>
        <translation>Der Katalog %1 ist beschädigt (%2). Er wurde nicht verändert; stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <location line="+97"/>
        <location line="+146"/>
        <source>The library %1 cannot be used: %2 is a symbolic link. The library never follows links it did not make; replace the link by the folder or file itself, or remove it.</source>
        <translation>Die Bibliothek %1 kann nicht verwendet werden: %2 ist eine symbolische Verknüpfung. Die Bibliothek folgt keinen Verknüpfungen, die sie nicht selbst angelegt hat; ersetzen Sie die Verknüpfung durch den Ordner oder die Datei selbst, oder entfernen Sie sie.</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>The published library %1 has no current version yet: a publish is running or was interrupted. Publish it again.</source>
        <translation>Die veröffentlichte Bibliothek %1 hat noch keine aktuelle Version: Eine Veröffentlichung läuft oder wurde unterbrochen. Bitte erneut veröffentlichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no library in %1 (no %2 found).</source>
        <translation>In %1 gibt es keine Bibliothek (%2 wurde nicht gefunden).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot create the library folder %1.</source>
        <translation>Der Bibliotheksordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The library was opened read-only.</source>
        <translation>Die Bibliothek wurde schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The library folder %1 is not writable.</source>
        <translation>In den Bibliotheksordner %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+8"/>
        <source>Cannot open the catalog %1: %2</source>
        <translation>Der Katalog %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+68"/>
        <source>Cannot open the library %1: %2</source>
        <translation>Die Bibliothek %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The library is a published version (%1): it can be read, not changed.</source>
        <translation>Die Bibliothek ist eine veröffentlichte Version (%1): Sie kann gelesen, aber nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot open the published library %1: %2</source>
        <translation>Die veröffentlichte Bibliothek %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot restore a backup: the library folder %1 is not writable.</source>
        <translation>Die Sicherung kann nicht zurückgespielt werden: In den Bibliotheksordner %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>LibraryChecker</name>
    <message>
        <location filename="../app/core/library/LibraryChecker.cpp" line="+40"/>
        <location line="+4"/>
        <source>Catalog integrity: %1</source>
        <translation>Integrität des Katalogs: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Catalog table %1 row %2 refers to a missing row in %3.</source>
        <translation>Zeile %2 der Katalogtabelle %1 verweist auf eine fehlende Zeile in %3.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Document %1 &quot;%2&quot; (%3): its file is missing.</source>
        <translation>Dokument %1 „%2“ (%3): Die Datei fehlt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Document %1 &quot;%2&quot; (%3): its file cannot be read.</source>
        <translation>Dokument %1 „%2“ (%3): Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Document %1 &quot;%2&quot; (%3): the file&apos;s content changed (SHA-256 %4 instead of %5).</source>
        <translation>Dokument %1 „%2“ (%3): Der Inhalt der Datei hat sich geändert (SHA-256 %4 statt %5).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is a symbolic link (to %2); the library does not follow links it did not make.</source>
        <translation>%1 ist eine symbolische Verknüpfung (auf %2); die Bibliothek folgt keinen Verknüpfungen, die sie nicht selbst angelegt hat.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file %1 belongs to no document.</source>
        <translation>Die Datei %1 gehört zu keinem Dokument.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file %1 does not belong in the file store.</source>
        <translation>Die Datei %1 gehört nicht in die Dateiablage.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file %1 does not belong in the folder of page files.</source>
        <translation>Die Datei %1 gehört nicht in den Ordner der Seitenansichten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The page file %1 belongs to no document; it can be removed.</source>
        <translation>Die Seitenansicht %1 gehört zu keinem Dokument; sie kann gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>LibraryLock</name>
    <message>
        <location filename="../app/core/library/LibraryLock.cpp" line="+54"/>
        <source>another program</source>
        <translation>einem anderen Programm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library is open for changes in %1. Only one program at a time may change a library: try again when it has finished or was closed (lock file %2).</source>
        <translation>Die Bibliothek ist in %1 zum Ändern geöffnet. Eine Bibliothek kann immer nur ein Programm zugleich ändern: Versuchen Sie es erneut, wenn es fertig ist oder geschlossen wurde (Sperrdatei %2).</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>%1 (process %2, user %3 on host %4) since %5</source>
        <translation>%1 (Prozess %2, Benutzer %3 auf Rechner %4) seit %5</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The lock file %1 changed meanwhile; look at its holder again.</source>
        <translation>Die Sperrdatei %1 hat sich inzwischen geändert; prüfen Sie ihren Inhaber erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot remove the lock file %1: %2</source>
        <translation>Die Sperrdatei %1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Cannot create the lock file %1: %2</source>
        <translation>Die Sperrdatei %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The lock file %1 is a symbolic link; the library does not follow it.</source>
        <translation>Die Sperrdatei %1 ist eine symbolische Verknüpfung; die Bibliothek folgt ihr nicht.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>If that program no longer runs on %1, remove the lock with &apos;srtoolbox-cli --library %2 unlock --force&apos;.</source>
        <translation>Läuft dieses Programm auf %1 nicht mehr, entfernen Sie die Sperre mit „srtoolbox-cli --library %2 unlock --force“.</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+109"/>
        <source>Cannot open the lock file %1: %2</source>
        <translation>Die Sperrdatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Cannot lock the file %1: %2</source>
        <translation>Die Datei %1 kann nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot write the lock file %1: %2</source>
        <translation>Die Sperrdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>LibraryProblemDialog</name>
    <message>
        <location filename="../app/gui/startup/LibraryProblemDialog.cpp" line="+19"/>
        <source>&amp;Restore this backup</source>
        <translation>Diese Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The library cannot be opened</source>
        <translation>Die Bibliothek kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The catalog is damaged</source>
        <translation>Der Katalog ist beschädigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;The catalog of the library %1 is damaged: what the window shows may be incomplete.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Der Katalog der Bibliothek %1 ist beschädigt: Was das Fenster zeigt, kann unvollständig sein.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;The library %1 cannot be opened.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Die Bibliothek %1 kann nicht geöffnet werden.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backup of %1 (%2)</source>
        <translation>Sicherung vom %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no automatic backup of this catalog.</source>
        <translation>Von diesem Katalog gibt es keine automatische Sicherung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app keeps a copy of the catalog after every import. &amp;Backups:</source>
        <translation>Das Programm sichert den Katalog nach jedem Import. &amp;Sicherungen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backups of the catalog</source>
        <translation>Sicherungen des Katalogs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;another library…</source>
        <translation>&amp;Andere Bibliothek öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Quit (restore later)</source>
        <translation>&amp;Beenden (später wiederherstellen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a library folder</source>
        <translation>Bibliotheksordner öffnen</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="+13"/>
        <source>List every document of the library.</source>
        <translation>Alle Dokumente der Bibliothek auflisten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print a JSON array of documents.</source>
        <translation>Die Dokumente als JSON-Array ausgeben.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="+6"/>
        <source>Smart Region Toolbox</source>
        <translation>Smart Region Toolbox</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>F&amp;ilters</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words are combined with AND; F1 shows the query syntax.</source>
        <translation>Wörter werden mit UND verknüpft; F1 zeigt die Suchsyntax.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search documents (Ctrl+F) – e.g. Vergabe kategorie:LoRaWAN jahr:2021..2023</source>
        <translation>Dokumente durchsuchen (Strg+F) – z. B. Vergabe kategorie:LoRaWAN jahr:2021..2023</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Query syntax (F1)</source>
        <translation>Suchsyntax (F1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Query syntax help</source>
        <translation>Hilfe zur Suchsyntax</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Filters: categories, tags, types, years, formats, municipalities, packs</source>
        <translation>Filter: Kategorien, Schlagwörter, Dokumenttypen, Jahre, Formate, Kommunen, Pakete</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>S&amp;ort:</source>
        <translation>S&amp;ortieren:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sort the results</source>
        <translation>Treffer sortieren</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Document details</source>
        <translation>Angaben zum Dokument</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit details…</source>
        <translation>Det&amp;ails bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;gs…</source>
        <translation>Schlag&amp;wörter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+98"/>
        <source>&amp;Open original</source>
        <translation>&amp;Original öffnen</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+73"/>
        <source>&amp;Use template…</source>
        <translation>&amp;Vorlage verwenden…</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>A copy filled in with your municipality&apos;s details</source>
        <translation>Eine Kopie, ausgefüllt mit den Angaben Ihrer Gemeinde</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Search</source>
        <translation>&amp;Suche</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Import packs or files…</source>
        <translation>&amp;Pakete oder Dateien importieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import &amp;folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import the &amp;sample pack</source>
        <translation>&amp;Beispielpaket importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show in f&amp;older</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A copy of the selected document filled in with your municipality&apos;s details</source>
        <translation>Eine Kopie des ausgewählten Dokuments, ausgefüllt mit den Angaben Ihrer Gemeinde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export selected documents…</source>
        <translation>Ausgewählte Dokumente e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;all hits…</source>
        <translation>&amp;Alle Treffer exportieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the result &amp;list as CSV…</source>
        <translation>Treffer&amp;liste als CSV exportieren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Settings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tags of the selected documents…</source>
        <translation>&amp;Schlagwörter der ausgewählten Dokumente…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Manage tags…</source>
        <translation>Schlagwörter &amp;verwalten…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit &amp;details…</source>
        <translation>&amp;Details bearbeiten…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save search…</source>
        <translation>Suche s&amp;peichern…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Next hit in the preview</source>
        <translation>&amp;Nächster Treffer in der Vorschau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Previous hit in the preview</source>
        <translation>&amp;Vorheriger Treffer in der Vorschau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Query syntax</source>
        <translation>&amp;Suchsyntax</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Smart Region Toolbox</source>
        <translation>Ü&amp;ber Smart Region Toolbox</translation>
    </message>
    <message>
        <location filename="../app/gui/main/MainWindow.cpp" line="+1188"/>
        <source>Read-only: %1 Importing and editing are disabled.</source>
        <translation>Schreibgeschützt: %1 Importieren und Bearbeiten sind nicht möglich.</translation>
    </message>
    <message>
        <location line="-762"/>
        <source>Import a folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location line="+247"/>
        <source>That document is not in this library.</source>
        <translation>Dieses Dokument ist nicht in dieser Bibliothek.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>About Smart Region Toolbox</source>
        <translation>Über Smart Region Toolbox</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>No document contains all of these words.</source>
        <translation>Kein Dokument enthält alle diese Wörter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Did you mean %1?</source>
        <translation>Meinten Sie %1?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each filter narrows the search: remove one above to find more.</source>
        <translation>Jeder Filter schränkt die Suche ein: Entfernen Sie oben einen, um mehr zu finden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A word with * finds everything that begins with it, e.g. Förder*. &lt;a href=&quot;help:&quot;&gt;How to search&lt;/a&gt;</source>
        <translation>Ein Wort mit * findet alles, was so beginnt, z. B. Förder*. &lt;a href=&quot;help:&quot;&gt;So suchen Sie&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Filters (click to remove):</source>
        <translation>Filter (zum Entfernen anklicken):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active filters</source>
        <translation>Aktive Filter</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n document(s) in the library</source>
        <translation>
            <numerusform>%n Dokument in der Bibliothek</numerusform>
            <numerusform>%n Dokumente in der Bibliothek</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Text obtained by text recognition (OCR)</source>
        <translation>Text durch Texterkennung (OCR) gewonnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text of page(s) %1 obtained by text recognition (OCR)</source>
        <translation>Text der Seite(n) %1 durch Texterkennung (OCR) gewonnen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+389"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="-389"/>
        <source>Type</source>
        <translation>Dokumenttyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/gui/search/FacetTree.cpp" line="+50"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../app/gui/search/FacetTree.cpp" line="-9"/>
        <source>Scan (text by OCR)</source>
        <translation>Scan (OCR)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document types</source>
        <translation>Dokumenttypen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Formats</source>
        <translation>Formate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Municipalities</source>
        <translation>Kommunen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packs</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>My list (Merkliste)</source>
        <translation>Merkliste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The documents you put on your own list</source>
        <translation>Die Dokumente auf Ihrer Merkliste</translation>
    </message>
    <message>
        <location filename="../app/gui/main/MainWindow.cpp" line="-598"/>
        <source>Cannot drag the files: %1</source>
        <translation>Die Dateien können nicht gezogen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/search/FacetTree.cpp" line="-68"/>
        <source>Delete saved search &quot;%1&quot;</source>
        <translation>Gespeicherte Suche „%1“ löschen</translation>
    </message>
    <message>
        <location filename="../app/gui/main/MainWindow.cpp" line="+79"/>
        <source>Edit failed</source>
        <translation>Bearbeiten fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo: %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import packs or files</source>
        <translation>Pakete oder Dateien importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packs and documents (*.zip *.tar *.tar.gz *.tgz *.tar.bz2 *.tar.xz *.7z *.pdf *.docx *.xlsx *.pptx *.odt *.ods *.odp *.txt *.md *.csv *.html);;All files (*)</source>
        <translation>Pakete und Dokumente (*.zip *.tar *.tar.gz *.tgz *.tar.bz2 *.tar.xz *.7z *.pdf *.docx *.xlsx *.pptx *.odt *.ods *.odp *.txt *.md *.csv *.html);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Publish library…</source>
        <translation>Bibliothek &amp;veröffentlichen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write this library as a new version into a folder, e.g. on the file share, where colleagues read it.</source>
        <translation>Diese Bibliothek als neue Version in einen Ordner schreiben, z. B. auf dem Netzlaufwerk, wo Kolleginnen und Kollegen sie lesen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>My tags</source>
        <translation>Meine Schlagwörter</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the saved search:</source>
        <translation>Name der gespeicherten Suche:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tab moves between the search field, the results, the details and the filters; Space or Return on a filter narrows the search.</source>
        <translation>Tab wechselt zwischen Suchfeld, Trefferliste, Details und Filtern; Leertaste oder Eingabe auf einem Filter grenzt die Suche ein.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>&lt;h3&gt;Smart Region Toolbox %1&lt;/h3&gt;&lt;p&gt;Templates and sample documents of Hessen&apos;s Smart Region programme: search, preview and reuse them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Smart Region Toolbox %1&lt;/h3&gt;&lt;p&gt;Muster und Beispieldokumente aus dem Smart-Region-Programm des Landes Hessen: durchsuchen, in der Vorschau ansehen und wiederverwenden.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+105"/>
        <source>%n document(s) found</source>
        <translation>
            <numerusform>%n Dokument gefunden</numerusform>
            <numerusform>%n Dokumente gefunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/search/FacetTree.cpp" line="+132"/>
        <source>Saved searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved search %1: %2</source>
        <translation>Gespeicherte Suche %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-23"/>
        <source>%1, %n document(s)</source>
        <translation>
            <numerusform>%1, %n Dokument</numerusform>
            <numerusform>%1, %n Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main/MainWindow.cpp" line="+78"/>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page view</source>
        <translation>Seitenansicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not possible: %1</source>
        <translation>nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New version of the library – load now</source>
        <translation>Neue Version der Bibliothek – jetzt laden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The library was published again. Loading it keeps your search and selection.</source>
        <translation>Die Bibliothek wurde neu veröffentlicht. Beim Laden bleiben Suche und Auswahl erhalten.</translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>Change tags of %n document(s)</source>
        <translation>
            <numerusform>Schlagwörter von %n Dokument ändern</numerusform>
            <numerusform>Schlagwörter von %n Dokumenten ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Tags of %n document(s) changed (Ctrl+Z undoes it)</source>
        <translation>
            <numerusform>Schlagwörter von %n Dokument geändert (Strg+Z macht es rückgängig)</numerusform>
            <numerusform>Schlagwörter von %n Dokumenten geändert (Strg+Z macht es rückgängig)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot open the document: %1</source>
        <translation>Das Dokument lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>Open original</source>
        <translation>Original öffnen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Opened a copy: %1</source>
        <translation>Eine Kopie wurde geöffnet: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Use template</source>
        <translation>Vorlage verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document cannot be read from the library: %1</source>
        <translation>Das Dokument kann nicht aus der Bibliothek gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Export the result list</source>
        <translation>Trefferliste exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents.csv</source>
        <translation>Dokumente.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV für Tabellenkalkulationen (*.csv)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library %1 is opened at the next start.</source>
        <translation>Die Bibliothek %1 wird beim nächsten Start geöffnet.</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>The library is still empty. Import the bundled sample pack of the Smart Region Toolbox to look around?</source>
        <translation>Die Bibliothek ist noch leer. Möchten Sie das mitgelieferte Beispielpaket der Smart Region Toolbox importieren, um sich einen Überblick zu verschaffen?</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="-333"/>
        <source>Imported on</source>
        <translation>Importiert am</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>This computer has no program for this kind of file. A copy was saved at %1; &quot;Show in folder&quot; opens its folder.</source>
        <translation>Auf diesem Computer ist kein Programm für diese Art Datei eingerichtet. Eine Kopie liegt unter %1; „Im Ordner anzeigen“ öffnet ihren Ordner.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A copy is in %1</source>
        <translation>Eine Kopie liegt in %1</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>This library is read-only: %1</source>
        <translation>Diese Bibliothek ist schreibgeschützt: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Library %1</source>
        <translation>Bibliothek %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Best match</source>
        <translation>Beste Treffer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title A–Z</source>
        <translation>Titel A–Z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;The library is still empty&lt;/h3&gt;&lt;p&gt;First steps:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;import&quot;&gt;Import a pack or documents&lt;/a&gt; – or drag files onto this window.&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;sample&quot;&gt;Import the sample pack&lt;/a&gt; of the Smart Region Toolbox to look around.&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;settings&quot;&gt;Open a shared library&lt;/a&gt; of your team (Settings, library folder).&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Die Bibliothek ist noch leer&lt;/h3&gt;&lt;p&gt;Erste Schritte:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;import&quot;&gt;Ein Paket oder Dokumente importieren&lt;/a&gt; – oder Dateien auf dieses Fenster ziehen.&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;sample&quot;&gt;Das Beispielpaket importieren&lt;/a&gt;, um sich umzusehen.&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;settings&quot;&gt;Eine gemeinsame Bibliothek öffnen&lt;/a&gt;, die Ihr Team nutzt (Einstellungen, Bibliotheksordner).&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Empty library</source>
        <translation>Leere Bibliothek</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <location filename="../app/core/pack/Manifest.cpp" line="+415"/>
        <source>malformed JSON (%1); the manifest is ignored</source>
        <translation>fehlerhaftes JSON (%1); das Manifest wird ignoriert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the manifest must be a JSON object; it is ignored</source>
        <translation>das Manifest muss ein JSON-Objekt sein; es wird ignoriert</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>unknown format &quot;%1&quot;, read as &quot;%2&quot;</source>
        <translation>unbekanntes Format „%1“, wird als „%2“ gelesen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&quot;documents&quot; must be an array</source>
        <translation>„documents“ muss ein Array sein</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>document %1 is not an object; skipped</source>
        <translation>Dokument %1 ist kein Objekt; übersprungen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>document %1 has no &quot;file&quot;; skipped</source>
        <translation>Dokument %1 hat keine Angabe „file“; übersprungen</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>&quot;year&quot; of %1 is not a number: &quot;%2&quot;</source>
        <translation>„year“ von %1 ist keine Zahl: „%2“</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>true or false</source>
        <translation>wahr oder falsch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot; of %2 is %3, not text; it is ignored</source>
        <translation>„%1“ von %2 ist %3, kein Text; wird ignoriert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; of %2 contains control characters; they were removed</source>
        <translation>„%1“ von %2 enthält Steuerzeichen; sie wurden entfernt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; of %2 is longer than %3 characters; it was cut</source>
        <translation>„%1“ von %2 ist länger als %3 Zeichen; wurde gekürzt</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;year&quot; of %1 is %2, not a number; it is ignored</source>
        <translation>„year“ von %1 ist %2, keine Zahl; wird ignoriert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;year&quot; of %1 is not a year: %2; it is ignored</source>
        <translation>„year“ von %1 ist keine Jahreszahl: %2; wird ignoriert</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n tag(s) of %1 are not text; they are ignored</source>
        <translation>
            <numerusform>%n Schlagwort von %1 ist kein Text; es wird ignoriert</numerusform>
            <numerusform>%n Schlagwörter von %1 sind kein Text; sie werden ignoriert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;tags&quot; of %1 is %2, not a list; it is ignored</source>
        <translation>„tags“ von %1 ist %2, keine Liste; wird ignoriert</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&quot;tags&quot; of %1 contain control characters; they were removed</source>
        <translation>„tags“ von %1 enthalten Steuerzeichen; sie wurden entfernt</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n tag(s) of %1 are longer than %2 characters; they were cut</source>
        <translation>
            <numerusform>%n Schlagwort von %1 ist länger als %2 Zeichen; es wurde gekürzt</numerusform>
            <numerusform>%n Schlagwörter von %1 sind länger als %2 Zeichen; sie wurden gekürzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 has more than %2 tags; the other %n were left out</source>
        <translation>
            <numerusform>%1 hat mehr als %2 Schlagwörter; das übrige wurde weggelassen</numerusform>
            <numerusform>%1 hat mehr als %2 Schlagwörter; die übrigen %n wurden weggelassen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;placeholders&quot; of %1 is %2, not an object; it is ignored</source>
        <translation>„placeholders“ von %1 ist %2, kein Objekt; es wird ignoriert</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n placeholder(s) of %1 have no text as their meaning; they are ignored</source>
        <translation>
            <numerusform>%n Platzhalter von %1 hat keinen Text als Bedeutung; er wird ignoriert</numerusform>
            <numerusform>%n Platzhalter von %1 haben keinen Text als Bedeutung; sie werden ignoriert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;placeholders&quot; of %1 contain control characters; they were removed</source>
        <translation>„placeholders“ von %1 enthalten Steuerzeichen; sie wurden entfernt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;placeholders&quot; of %1 hold text longer than %2 characters; it was cut</source>
        <translation>„placeholders“ von %1 enthalten Text über %2 Zeichen; er wurde gekürzt</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 has more than %2 placeholders; the other %n were left out</source>
        <translation>
            <numerusform>%1 hat mehr als %2 Platzhalter; der übrige wurde ausgelassen</numerusform>
            <numerusform>%1 hat mehr als %2 Platzhalter; die übrigen %n wurden ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; appears twice in the same {…} block; the last value counts</source>
        <translation>„%1“ steht zweimal im selben {…}-Block; der letzte Wert gilt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>format version %1 is not supported (this program reads version %2); the manifest is ignored</source>
        <translation>Formatversion %1 wird nicht unterstützt (dieses Programm liest Version %2); das Manifest wird ignoriert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;pack&quot; is %1, not an object; it is ignored</source>
        <translation>„pack“ ist %1, kein Objekt; wird ignoriert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the pack</source>
        <translation>dem Paket</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&quot;file&quot; of document %1 is %2, not text; skipped</source>
        <translation>„file“ von Dokument %1 ist %2, kein Text; übersprungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;file&quot; of document %1 contains control characters; skipped</source>
        <translation>„file“ von Dokument %1 enthält Steuerzeichen; übersprungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is listed twice; the first entry counts</source>
        <translation>%1 ist doppelt aufgeführt; der erste Eintrag gilt</translation>
    </message>
</context>
<context>
    <name>MergeTagCommand</name>
    <message>
        <location filename="../app/gui/editing/EditCommands.cpp" line="-57"/>
        <source>Merge tag &quot;%1&quot; into &quot;%2&quot;</source>
        <translation>Schlagwort „%1“ mit „%2“ zusammenführen</translation>
    </message>
</context>
<context>
    <name>MetadataDialog</name>
    <message>
        <location filename="../ui/MetadataDialog.ui" line="+6"/>
        <source>Edit details</source>
        <translation>Details bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Dokumenttyp:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Municipality:</source>
        <translation>Ko&amp;mmune:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Y&amp;ear:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;License:</source>
        <translation>&amp;Lizenz:</translation>
    </message>
    <message>
        <location filename="../app/gui/details/MetadataDialog.cpp" line="+30"/>
        <source>Edit details of %1</source>
        <translation>Details von %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>MunicipalityProfilePage</name>
    <message>
        <location filename="../ui/MunicipalityProfilePage.ui" line="+9"/>
        <source>These details replace the placeholders of templates (&quot;Use template…&quot;). They are saved for you on this computer.</source>
        <translation>Diese Angaben ersetzen die Platzhalter in Vorlagen („Vorlage verwenden…“). Sie werden für Sie auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Gemeinde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Gemeinde Lahnfels</source>
        <translation>z. B. Gemeinde Lahnfels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;istrict (Landkreis):</source>
        <translation>&amp;Landkreis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Landkreis Lahn-Dill</source>
        <translation>z. B. Landkreis Lahn-Dill</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Street and number:</source>
        <translation>&amp;Straße und Hausnummer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posta&amp;l code:</source>
        <translation>P&amp;LZ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Town:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>M&amp;ayor:</source>
        <translation>&amp;Bürgermeister/in:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Contact person:</source>
        <translation>&amp;Ansprechperson:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Depa&amp;rtment:</source>
        <translation>&amp;Fachbereich/Amt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of the contact person</source>
        <translation>der Ansprechperson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ogo:</source>
        <translation>L&amp;ogo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an image file (optional)</source>
        <translation>eine Bilddatei (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Made-up names in templates, such as Musterstadt or Max Mustermann, are replaced like placeholders. Musterstadt, Musterbach, Mustergemeinde and Max Mustermann are known already; add others your templates use.</source>
        <translation>Erfundene Namen in Vorlagen wie Musterstadt oder Max Mustermann werden wie Platzhalter ersetzt. Musterstadt, Musterbach, Mustergemeinde und Max Mustermann sind schon bekannt; ergänzen Sie weitere, die Ihre Vorlagen verwenden.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Further stand-in &amp;names:</source>
        <translation>Weitere &amp;Musternamen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one per line, e.g. Beispielhausen</source>
        <translation>einer je Zeile, z. B. Beispielhausen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save as default for e&amp;veryone</source>
        <translation>Als &amp;Vorgabe für alle speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/MunicipalityProfilePage.cpp" line="+21"/>
        <source>Further stand-in names, one per line</source>
        <translation>Weitere Musternamen, einer je Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo file</source>
        <translation>Logodatei</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Municipality profile</source>
        <translation>Gemeindeprofil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved as the library&apos;s default: everyone without a profile of their own starts from these details.</source>
        <translation>Als Vorgabe der Bibliothek gespeichert: Alle ohne eigenes Profil beginnen mit diesen Angaben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the logo</source>
        <translation>Logo auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your profile could not be read, so the page starts empty: %1</source>
        <translation>Ihr Profil konnte nicht gelesen werden, die Seite beginnt daher leer: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filled in from the library&apos;s default profile. Saving keeps these details as your own; change what differs for you.</source>
        <translation>Aus dem Vorgabeprofil der Bibliothek übernommen. Beim Speichern werden diese Angaben zu Ihren eigenen; ändern Sie, was bei Ihnen abweicht.</translation>
    </message>
</context>
<context>
    <name>OcrBacklog</name>
    <message>
        <location filename="../app/core/convert/OcrBacklog.cpp" line="+28"/>
        <source>%1 (document %2): %3</source>
        <translation>%1 (Dokument %2): %3</translation>
    </message>
</context>
<context>
    <name>OcrCommand</name>
    <message>
        <location filename="../app/cli/OcrCommand.cpp" line="+18"/>
        <source>Text recognition (OCR) of scans imported without it: show what is queued and failed; --wait reads them now.</source>
        <translation>Texterkennung (OCR) für Scans, die ohne sie importiert wurden: zeigt, was wartet und was fehlschlug; --wait liest sie jetzt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read the queued scans now and wait until they are done.</source>
        <translation>Die wartenden Scans jetzt lesen und warten, bis sie fertig sind.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scans to read by OCR: %1 queued, %2 failed</source>
        <translation>Scans für die Texterkennung: %1 wartend, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not read: %1 (document %2): %3</source>
        <translation>Nicht gelesen: %1 (Dokument %2): %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Text recognition: %1 of %2</source>
        <translation>Texterkennung: %1 von %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not read: %1</source>
        <translation>Nicht gelesen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Text read by OCR for %n document(s).</source>
        <translation>
            <numerusform>Text per OCR für %n Dokument gelesen.</numerusform>
            <numerusform>Text per OCR für %n Dokumente gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n failed.</source>
        <translation>
            <numerusform>%n fehlgeschlagen.</numerusform>
            <numerusform>%n fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text recognition cancelled; the rest stays queued (&apos;srtoolbox-cli ocr --wait&apos;).</source>
        <translation>Texterkennung abgebrochen; der Rest bleibt vorgemerkt (&apos;srtoolbox-cli ocr --wait&apos;).</translation>
    </message>
</context>
<context>
    <name>OcrEngine</name>
    <message>
        <location filename="../app/core/extract/OcrEngine.cpp" line="+53"/>
        <source>Text recognition (OCR) with German language data is not installed (Debian package tesseract-ocr-deu); with it, the text of scanned pages and images would be searchable.</source>
        <translation>Die Texterkennung (OCR) mit deutschen Sprachdaten ist nicht installiert (Debian-Paket tesseract-ocr-deu); damit wäre der Text gescannter Seiten und Bilder durchsuchbar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The page image is empty.</source>
        <translation>Das Seitenbild ist leer.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Text recognition failed on this page.</source>
        <translation>Die Texterkennung ist auf dieser Seite fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>OdfExtractor</name>
    <message>
        <location filename="../app/core/extract/OdfExtractor.cpp" line="+62"/>
        <source>The OpenDocument file is password-protected.</source>
        <translation>Die OpenDocument-Datei ist kennwortgeschützt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not an OpenDocument file (content.xml is missing).</source>
        <translation>Dies ist keine OpenDocument-Datei (content.xml fehlt).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The document has more than %1 tables or slides (the limit).</source>
        <translation>Das Dokument hat mehr als %1 Tabellenblätter oder Folien (die Höchstgrenze).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This is not an OpenDocument file (content.xml has no body).</source>
        <translation>Dies ist keine OpenDocument-Datei (content.xml hat keinen Dokumentinhalt).</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The document metadata (meta.xml) is damaged.</source>
        <translation>Die Metadaten des Dokuments (meta.xml) sind beschädigt.</translation>
    </message>
</context>
<context>
    <name>OfficeConverter</name>
    <message>
        <location filename="../app/core/convert/OfficeConverter.cpp" line="+166"/>
        <source>LibreOffice (%1) could not be started: %2</source>
        <translation>LibreOffice (%1) konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+21"/>
        <source>LibreOffice could not open the file (damaged, protected by a password, or not an office file).</source>
        <translation>LibreOffice konnte die Datei nicht öffnen (beschädigt, mit Kennwort geschützt oder keine Office-Datei).</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>LibreOffice made no PDF of the file.</source>
        <translation>LibreOffice hat aus der Datei kein PDF erzeugt.</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>LibreOffice did not finish the file within %n second(s); it was stopped.</source>
        <translation>
            <numerusform>LibreOffice wurde mit der Datei nicht innerhalb von %n Sekunde fertig und wurde beendet.</numerusform>
            <numerusform>LibreOffice wurde mit der Datei nicht innerhalb von %n Sekunden fertig und wurde beendet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LibreOffice stopped while converting the file (it crashed or needed more than %1 MB of memory).</source>
        <translation>LibreOffice brach beim Umwandeln der Datei ab (Absturz oder mehr als %1 MB Speicher nötig).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LibreOffice stopped while converting the file (it crashed).</source>
        <translation>LibreOffice brach beim Umwandeln der Datei ab (Absturz).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>LibreOffice is not installed.</source>
        <translation>LibreOffice ist nicht installiert.</translation>
    </message>
</context>
<context>
    <name>OoxmlExtractor</name>
    <message>
        <location filename="../app/core/extract/OoxmlExtractor.cpp" line="+215"/>
        <source>The Office file is password-protected.</source>
        <translation>Die Office-Datei ist kennwortgeschützt.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>This is not an Office Open XML document (no document, workbook or presentation found).</source>
        <translation>Dies ist kein Office-Open-XML-Dokument (weder Textdokument noch Arbeitsmappe noch Präsentation gefunden).</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The document properties (%1) are damaged.</source>
        <translation>Die Dokumenteigenschaften (%1) sind beschädigt.</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>The workbook has %1 sheets, more than the limit of %2.</source>
        <translation>Die Arbeitsmappe hat %1 Tabellenblätter, mehr als die Höchstgrenze von %2.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The presentation has %1 slides, more than the limit of %2.</source>
        <translation>Die Präsentation hat %1 Folien, mehr als die Höchstgrenze von %2.</translation>
    </message>
</context>
<context>
    <name>PackSource</name>
    <message>
        <location filename="../app/core/import/PackSource.cpp" line="-89"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>PageBuilder</name>
    <message>
        <location filename="../app/core/convert/PageBuilder.cpp" line="+49"/>
        <source>Its pages are being made; until then the preview shows its text.</source>
        <translation>Die Seitenansicht wird erstellt; bis dahin zeigt die Vorschau den Text.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages of office files need LibreOffice, which is not installed here (Debian: the packages libreoffice-writer-nogui, libreoffice-calc-nogui and libreoffice-impress-nogui). The preview shows the file&apos;s text.</source>
        <translation>Seitenansichten von Office-Dateien brauchen LibreOffice, das hier nicht installiert ist (Debian: die Pakete libreoffice-writer-nogui, libreoffice-calc-nogui und libreoffice-impress-nogui). Die Vorschau zeigt den Text der Datei.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The PDF LibreOffice made cannot be read: %1</source>
        <translation>Das von LibreOffice erzeugte PDF ist nicht lesbar: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot copy %1 for LibreOffice: %2</source>
        <translation>%1 kann nicht für LibreOffice kopiert werden: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 (document %2): %3</source>
        <translation>%1 (Dokument %2): %3</translation>
    </message>
</context>
<context>
    <name>PageController</name>
    <message>
        <location filename="../app/gui/importing/PageController.cpp" line="+29"/>
        <location line="+9"/>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+10"/>
        <source>Pause making the pages of office documents</source>
        <translation>Erstellen der Seitenansichten von Office-Dokumenten anhalten</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on making the pages of office documents</source>
        <translation>Erstellen der Seitenansichten fortsetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page views paused</source>
        <translation>Seitenansichten angehalten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Page views: %1 of %2</source>
        <translation>Seitenansichten: %1 von %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text recognition: %1 of %2</source>
        <translation>Texterkennung: %1 von %2</translation>
    </message>
</context>
<context>
    <name>PageConversion</name>
    <message>
        <location filename="../app/cli/PageConversion.cpp" line="+29"/>
        <source>Pages: %1 of %2</source>
        <translation>Seitenansichten: %1 von %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No pages: %1</source>
        <translation>Keine Seitenansicht: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Pages made for %n document(s).</source>
        <translation>
            <numerusform>Seitenansicht für %n Dokument erstellt.</numerusform>
            <numerusform>Seitenansichten für %n Dokumente erstellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n failed.</source>
        <translation>
            <numerusform>%n fehlgeschlagen.</numerusform>
            <numerusform>%n fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Making pages cancelled; the rest stays queued (&apos;srtoolbox-cli pages --wait&apos;).</source>
        <translation>Erstellen der Seitenansichten abgebrochen; der Rest bleibt vorgemerkt („srtoolbox-cli pages --wait“).</translation>
    </message>
</context>
<context>
    <name>PageThumbnails</name>
    <message>
        <location filename="../app/gui/preview/PageThumbnails.cpp" line="+29"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
</context>
<context>
    <name>PagesCommand</name>
    <message>
        <location filename="../app/cli/PagesCommand.cpp" line="+14"/>
        <source>Pages of office documents (made with LibreOffice): show what is queued and failed; --wait makes them now.</source>
        <translation>Seitenansichten von Office-Dokumenten (mit LibreOffice): zeigt Ausstehendes und Fehlgeschlagenes; --wait erstellt sie jetzt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Make the queued pages now and wait until they are done.</source>
        <translation>Die ausstehenden Seitenansichten jetzt erstellen und warten, bis sie fertig sind.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Office documents with pages: %1, queued: %2, failed: %3</source>
        <translation>Office-Dokumente mit Seitenansicht: %1, ausstehend: %2, fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No pages: %1 (document %2): %3</source>
        <translation>Keine Seitenansicht: %1 (Dokument %2): %3</translation>
    </message>
</context>
<context>
    <name>PasswordProtection</name>
    <message>
        <location filename="../app/core/extract/PasswordProtection.cpp" line="+182"/>
        <source>The file is protected by a password; its pages and text cannot be made without it.</source>
        <translation>Die Datei ist durch ein Kennwort geschützt; ohne es können weder Seiten noch Text erstellt werden.</translation>
    </message>
</context>
<context>
    <name>PdfExtractor</name>
    <message>
        <location filename="../app/core/extract/PdfExtractor.cpp" line="+65"/>
        <location line="+117"/>
        <source>This is not a readable PDF file.</source>
        <translation>Dies ist keine lesbare PDF-Datei.</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>The PDF file is password-protected.</source>
        <translation>Die PDF-Datei ist kennwortgeschützt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PDF file has no pages.</source>
        <translation>Die PDF-Datei hat keine Seiten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF file has %1 pages, more than the limit of %2 pages.</source>
        <translation>Die PDF-Datei hat %1 Seiten, mehr als die Höchstgrenze von %2 Seiten.</translation>
    </message>
</context>
<context>
    <name>PdfPageRenderer</name>
    <message>
        <location filename="../app/core/preview/PdfPageRenderer.cpp" line="+16"/>
        <source>The PDF cannot be read; it may be damaged.</source>
        <translation>Die PDF-Datei kann nicht gelesen werden; sie ist möglicherweise beschädigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF is password-protected and cannot be shown.</source>
        <translation>Die PDF-Datei ist kennwortgeschützt und kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The PDF has no page %1.</source>
        <translation>Die PDF-Datei hat keine Seite %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page %1 cannot be read.</source>
        <translation>Seite %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page %1 cannot be rendered.</source>
        <translation>Seite %1 kann nicht dargestellt werden.</translation>
    </message>
</context>
<context>
    <name>PersonalCommand</name>
    <message>
        <location filename="../app/cli/TagCommand.cpp" line="+23"/>
        <source>Save your favourites, own tags and notes to a file, or add them from one.</source>
        <translation>Ihre Merkliste, eigenen Schlagwörter und Notizen in eine Datei sichern oder aus einer übernehmen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace an existing file (export).</source>
        <translation>Eine vorhandene Datei ersetzen (export).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export or import</source>
        <translation>export oder import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file of personal marks (.json).</source>
        <translation>Die Datei mit Ihren Markierungen (.json).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write: personal export FILE [--replace], or personal import FILE</source>
        <translation>Schreiben Sie: personal export DATEI [--replace] oder personal import DATEI</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 exists already; add --replace to replace it.</source>
        <translation>%1 gibt es schon; mit --replace wird die Datei ersetzt.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Saved the marks of %n document(s) to %1.</source>
        <translation>
            <numerusform>Die Markierungen von %n Dokument wurden in %1 gesichert.</numerusform>
            <numerusform>Die Markierungen von %n Dokumenten wurden in %1 gesichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Read the marks of %n document(s):</source>
        <translation>
            <numerusform>Markierungen von %n Dokument gelesen:</numerusform>
            <numerusform>Markierungen von %n Dokumenten gelesen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n favourite(s) added,</source>
        <translation>
            <numerusform>%n Eintrag der Merkliste hinzugefügt,</numerusform>
            <numerusform>%n Einträge der Merkliste hinzugefügt,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n tag(s) added,</source>
        <translation>
            <numerusform>%n Schlagwort hinzugefügt,</numerusform>
            <numerusform>%n Schlagwörter hinzugefügt,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s) added,</source>
        <translation>
            <numerusform>%n Notiz hinzugefügt,</numerusform>
            <numerusform>%n Notizen hinzugefügt,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s) appended to your own.</source>
        <translation>
            <numerusform>%n Notiz an Ihre eigene angefügt.</numerusform>
            <numerusform>%n Notizen an Ihre eigenen angefügt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonalMarks</name>
    <message>
        <location filename="../app/gui/personal/PersonalMarks.cpp" line="+32"/>
        <source>On my list (Merkliste)</source>
        <translation>Auf der Merkliste</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep the document on your own list; only you see it. Search it with meine:Merkliste.</source>
        <translation>Dokument auf die eigene Merkliste setzen; nur Sie sehen sie. Suche mit meine:Merkliste.</translation>
    </message>
</context>
<context>
    <name>PersonalMarksFile</name>
    <message>
        <location filename="../app/core/library/PersonalMarksFile.cpp" line="+41"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the personal marks file %1: %2</source>
        <translation>Die Datei mit Ihren Markierungen %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is larger than %1 MB.</source>
        <translation>sie ist größer als %1 MB.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is not valid JSON (%1 at byte %2).</source>
        <translation>sie ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is not a file of personal marks (&quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>sie ist keine Datei mit Markierungen („format“ ist nicht „%1“).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it was written in another version (%1) of the format; this program reads version %2.</source>
        <translation>sie wurde in einer anderen Version (%1) des Formats geschrieben; dieses Programm liest Version %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;documents&quot; is not a list.</source>
        <translation>„documents“ ist keine Liste.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Entry %1 was skipped: it lacks a valid SHA-256 or has a value of the wrong type.</source>
        <translation>Eintrag %1 wurde übersprungen: Ihm fehlt eine gültige SHA-256-Prüfsumme, oder ein Wert hat den falschen Typ.</translation>
    </message>
</context>
<context>
    <name>PersonalNoteEdit</name>
    <message>
        <location filename="../app/gui/personal/PersonalNoteEdit.cpp" line="+145"/>
        <source>My &amp;note (only you can see it)</source>
        <translation>Meine &amp;Notiz (nur für Sie sichtbar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My note</source>
        <translation>Meine Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes for yourself on this document</source>
        <translation>Ihre eigenen Notizen zu diesem Dokument</translation>
    </message>
</context>
<context>
    <name>PersonalOverlay</name>
    <message>
        <location filename="../app/core/library/PersonalOverlay.cpp" line="+46"/>
        <source>Cannot open your personal tags and favourites %1: %2</source>
        <translation>Ihre eigenen Schlagwörter und Ihre Merkliste (%1) können nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+116"/>
        <source>Cannot save your personal marks in %1: %2</source>
        <translation>Ihre eigenen Markierungen können nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cannot read your personal tags and favourites %1: %2</source>
        <translation>Ihre eigenen Schlagwörter und Ihre Merkliste (%1) können nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>PlainTextExtractor</name>
    <message>
        <location filename="../app/core/extract/PlainTextExtractor.cpp" line="+70"/>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is too large (the limit is %1 bytes).</source>
        <translation>Die Datei ist zu groß (die Höchstgrenze liegt bei %1 Bytes).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a text file (it contains binary data).</source>
        <translation>Dies ist keine Textdatei (sie enthält Binärdaten).</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../app/gui/preview/PreviewPane.cpp" line="+46"/>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◀ Hit</source>
        <translation>◀ Treffer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous hit</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hit ▶</source>
        <translation>Treffer ▶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next hit</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit the page width</source>
        <translation>An die Seitenbreite anpassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rendered page</source>
        <translation>Seitenbild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document text</source>
        <translation>Dokumenttext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Page</source>
        <translation>&amp;Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+57"/>
        <source>Select a document to see it here.</source>
        <translation>Wählen Sie ein Dokument aus, um es hier anzuzeigen.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Loading page %1…</source>
        <translation>Seite %1 wird geladen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only PDF and office documents are shown as pages; see the text tab.</source>
        <translation>Nur PDF- und Office-Dokumente werden als Seiten gezeigt; siehe den Reiter Text.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Print %1</source>
        <translation>%1 drucken</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Printing…</source>
        <translation>Wird gedruckt…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printing failed: %1</source>
        <translation>Drucken fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No text was extracted from this document.</source>
        <translation>Aus diesem Dokument wurde kein Text extrahiert.</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="+18"/>
        <source>The municipality profile templates are filled from: show | set-default FILE | clear-default.</source>
        <translation>Das Gemeindeprofil, aus dem Vorlagen ausgefüllt werden: show | set-default DATEI | clear-default.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>show (the values in effect and where they come from), set-default FILE (store a profile file as the library&apos;s default for all staff) or clear-default</source>
        <translation>show (die geltenden Werte und ihre Herkunft), set-default DATEI (eine Profildatei als Vorgabe der Bibliothek für alle speichern) oder clear-default</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A profile file (JSON, as the program saves it in your data folder).</source>
        <translation>Eine Profildatei (JSON, wie das Programm sie in Ihrem Datenordner speichert).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>profile: give show, set-default FILE or clear-default.</source>
        <translation>profile: show, set-default DATEI oder clear-default angeben.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your profile: %1</source>
        <translation>Ihr Profil: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>your profile</source>
        <translation>Ihr Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>library default</source>
        <translation>Vorgabe der Bibliothek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no profile file %1.</source>
        <translation>Die Profildatei %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The profile file %1 holds no values; use clear-default to remove the library&apos;s default.</source>
        <translation>Die Profildatei %1 enthält keine Werte; clear-default entfernt die Vorgabe der Bibliothek.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The library&apos;s default municipality profile is now the one of %1.</source>
        <translation>Das Vorgabe-Gemeindeprofil der Bibliothek ist jetzt das aus %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The library has no default municipality profile now.</source>
        <translation>Die Bibliothek hat jetzt kein Vorgabe-Gemeindeprofil mehr.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../app/core/templating/MunicipalityProfile.cpp" line="+57"/>
        <source>The municipality profile is larger than %1 MB.</source>
        <translation>Das Gemeindeprofil ist größer als %1 MB.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The municipality profile is not valid JSON (at character %1: %2).</source>
        <translation>Das Gemeindeprofil ist kein gültiges JSON (bei Zeichen %1: %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The municipality profile is not a JSON object.</source>
        <translation>Das Gemeindeprofil ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The municipality profile&apos;s &quot;fields&quot; is not an object.</source>
        <translation>„fields“ im Gemeindeprofil ist kein Objekt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The municipality profile&apos;s field &quot;%1&quot; is not text.</source>
        <translation>Das Feld „%1“ im Gemeindeprofil ist kein Text.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The municipality profile&apos;s field &quot;%1&quot; is longer than %2 characters.</source>
        <translation>Das Feld „%1“ im Gemeindeprofil ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The municipality profile&apos;s &quot;standInNames&quot; is not a list.</source>
        <translation>„standInNames“ im Gemeindeprofil ist keine Liste.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The municipality profile lists more than %1 stand-in names.</source>
        <translation>Das Gemeindeprofil enthält mehr als %1 Musternamen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A stand-in name in the municipality profile is not text of at most %1 characters.</source>
        <translation>Ein Mustername im Gemeindeprofil ist kein Text mit höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The municipality profile&apos;s &quot;remembered&quot; is not an object.</source>
        <translation>„remembered“ im Gemeindeprofil ist kein Objekt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The municipality profile remembers more than %1 values.</source>
        <translation>Das Gemeindeprofil merkt sich mehr als %1 Werte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The value remembered for &quot;%1&quot; in the municipality profile is not text of at most %2 characters.</source>
        <translation>Der für „%1“ gemerkte Wert im Gemeindeprofil ist kein Text mit höchstens %2 Zeichen.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Cannot read the municipality profile %1: %2</source>
        <translation>Das Gemeindeprofil %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The municipality profile %1 is damaged: %2</source>
        <translation>Das Gemeindeprofil %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create the folder for the municipality profile %1.</source>
        <translation>Der Ordner für das Gemeindeprofil %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot save the municipality profile %1: %2</source>
        <translation>Das Gemeindeprofil %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read the library&apos;s default municipality profile: %1</source>
        <translation>Das Vorgabe-Gemeindeprofil der Bibliothek kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The library&apos;s default municipality profile is damaged: %1</source>
        <translation>Das Vorgabe-Gemeindeprofil der Bibliothek ist beschädigt: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The library&apos;s default municipality profile cannot be changed: %1</source>
        <translation>Das Vorgabe-Gemeindeprofil der Bibliothek kann nicht geändert werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot store the library&apos;s default municipality profile: %1</source>
        <translation>Das Vorgabe-Gemeindeprofil der Bibliothek kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>PublishCommand</name>
    <message>
        <location filename="../app/cli/PublishCommand.cpp" line="+15"/>
        <source>Publish the library as a new version into a folder for many readers (a file share).</source>
        <translation>Bibliothek als neue Version in einen Ordner für viele Lesende veröffentlichen (ein Netzlaufwerk).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder to publish into (empty, or published before).</source>
        <translation>Der Zielordner (leer oder bereits veröffentlicht).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the newest N versions (default %1); older ones are removed unless a reader still uses them.</source>
        <translation>Die neuesten N Versionen behalten (Standard %1); ältere werden entfernt, sofern niemand sie noch liest.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name the folder to publish into with --to DIR.</source>
        <translation>Den Zielordner mit --to ORDNER angeben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--keep needs a number of at least 1.</source>
        <translation>--keep braucht eine Zahl von mindestens 1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Published version %1 to %2.</source>
        <translation>Version %1 nach %2 veröffentlicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents: %1 (added %2, changed %3, removed %4 since the previous version)</source>
        <translation>Dokumente: %1 (seit der vorigen Version %2 hinzugefügt, %3 geändert, %4 entfernt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied:    %1 files, %2</source>
        <translation>Kopiert:   %1 Dateien, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed old versions: %1</source>
        <translation>Alte Versionen entfernt: %1</translation>
    </message>
</context>
<context>
    <name>PublishController</name>
    <message>
        <location filename="../app/gui/publishing/PublishController.cpp" line="+28"/>
        <source>Publish the library to a folder (for example on the file share)</source>
        <translation>Bibliothek in einen Ordner veröffentlichen (zum Beispiel auf dem Netzlaufwerk)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Publishing the library…</source>
        <translation>Bibliothek wird veröffentlicht…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <location line="+13"/>
        <source>Publish library</source>
        <translation>Bibliothek veröffentlichen</translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>The library was published as version %1: %n document(s)</source>
        <translation>
            <numerusform>Die Bibliothek wurde als Version %1 veröffentlicht: %n Dokument</numerusform>
            <numerusform>Die Bibliothek wurde als Version %1 veröffentlicht: %n Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since the previous version: %1 added, %2 changed, %3 removed.</source>
        <translation>Seit der vorigen Version: %1 hinzugefügt, %2 geändert, %3 entfernt.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Copied: %n file(s), %1.</source>
        <translation>
            <numerusform>Kopiert: %n Datei, %1.</numerusform>
            <numerusform>Kopiert: %n Dateien, %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishedFolder</name>
    <message>
        <location filename="../app/core/library/PublishedFolder.cpp" line="+36"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The file %1 names no version of the library.</source>
        <translation>Die Datei %1 nennt keine Version der Bibliothek.</translation>
    </message>
</context>
<context>
    <name>Publisher</name>
    <message>
        <location filename="../app/core/publish/Publisher.cpp" line="+49"/>
        <source>Cannot read the catalog %1: %2</source>
        <translation>Der Katalog %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the copy stays in journal mode %1</source>
        <translation>die Kopie bleibt im Journalmodus %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot copy the catalog %1 to %2: %3</source>
        <translation>Der Katalog %1 kann nicht nach %2 kopiert werden: %3</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The stored file %1 does not match its name (damaged); it was not published. &apos;srtoolbox-cli check&apos; finds such files.</source>
        <translation>Die gespeicherte Datei %1 passt nicht zu ihrem Namen (beschädigt) und wurde nicht veröffentlicht. „srtoolbox-cli check“ findet solche Dateien.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Publishing was cancelled; the previous version stays current.</source>
        <translation>Das Veröffentlichen wurde abgebrochen; die vorige Version bleibt aktuell.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Cannot publish to %1: the folder is the library itself, inside it or around it. Choose a folder of its own, e.g. on the file share.</source>
        <translation>Veröffentlichen nach %1 nicht möglich: Der Ordner ist die Bibliothek selbst, liegt in ihr oder enthält sie. Bitte einen eigenen Ordner wählen, z. B. auf dem Netzlaufwerk.</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+286"/>
        <source>Cannot publish to %1: %2</source>
        <translation>Veröffentlichen nach %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>Cannot publish to %1: it holds a working library (%2). Publish into an empty folder.</source>
        <translation>Veröffentlichen nach %1 nicht möglich: Dort liegt eine Arbeitsbibliothek (%2). Bitte in einen leeren Ordner veröffentlichen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot publish to %1: the folder is not empty and holds no published library. Publish into an empty folder.</source>
        <translation>Veröffentlichen nach %1 nicht möglich: Der Ordner ist nicht leer und enthält keine veröffentlichte Bibliothek. Bitte in einen leeren Ordner veröffentlichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot publish to %1: %2 is a symbolic link, which publishing never follows.</source>
        <translation>Veröffentlichen nach %1 nicht möglich: %2 ist eine symbolische Verknüpfung, der beim Veröffentlichen nie gefolgt wird.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The catalog %1 names an invalid file hash &quot;%2&quot;.</source>
        <translation>Der Katalog %1 nennt einen ungültigen Prüfwert „%2“.</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+3"/>
        <source>Cannot read the library %1: %2</source>
        <translation>Die Bibliothek %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+78"/>
        <source>Smart Region Toolbox</source>
        <translation>Smart Region Toolbox</translation>
    </message>
</context>
<context>
    <name>QueryHelpDialog</name>
    <message>
        <location filename="../app/gui/search/QueryHelpDialog.cpp" line="+21"/>
        <location line="+20"/>
        <source>Query syntax</source>
        <translation>Suchsyntax</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Query syntax and examples</source>
        <translation>Suchsyntax und Beispiele</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Searching</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper and lower case, umlauts (ä = ae = a, ß = ss) and word forms do not matter; a part of a compound word finds the whole word. Click an example to try it.</source>
        <translation>Groß- und Kleinschreibung, Umlaute (ä = ae = a, ß = ss) und Wortformen spielen keine Rolle; ein Teil eines zusammengesetzten Wortes findet das ganze Wort. Klicken Sie auf ein Beispiel, um es auszuprobieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>both words (AND)</source>
        <translation>beide Wörter (UND)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the exact phrase</source>
        <translation>genau diese Wortfolge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>either word (OR, ODER)</source>
        <translation>eines der Wörter (ODER, OR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>without a word (-word, NOT, NICHT)</source>
        <translation>ohne ein Wort (-Wort, NICHT, NOT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>words beginning with …</source>
        <translation>Wörter, die so beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grouping with parentheses</source>
        <translation>Gruppieren mit Klammern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>documents with this tag</source>
        <translation>Dokumente mit diesem Schlagwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a compound in any spelling: closed, with hyphen or spaced</source>
        <translation>ein zusammengesetztes Wort in jeder Schreibweise: zusammen, mit Bindestrich oder getrennt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an abbreviation also finds its long form, and the other way round (list: srtoolbox-cli abbreviations)</source>
        <translation>eine Abkürzung findet auch ihre Langform und umgekehrt (Liste: srtoolbox-cli abbreviations)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>category containing the word (also category:)</source>
        <translation>Kategorie, die das Wort enthält (auch category:)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exactly this category</source>
        <translation>genau diese Kategorie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An empty search shows every document; the Sort box orders the hits by title, year or category.</source>
        <translation>Eine leere Suche zeigt alle Dokumente; „Sortieren“ ordnet die Treffer nach Titel, Jahr oder Kategorie.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>document type (also type:)</source>
        <translation>Dokumenttyp (auch type:)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>municipality (also municipality:)</source>
        <translation>Kommune (auch municipality:)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year or range of years (also year:)</source>
        <translation>Jahr oder Zeitraum (auch year:)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file format: pdf, docx, odt, xlsx, md, …</source>
        <translation>Dateiformat: pdf, docx, odt, xlsx, md, …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only in the title (also title:)</source>
        <translation>nur im Titel (auch title:)</translation>
    </message>
</context>
<context>
    <name>QueueCommand</name>
    <message>
        <location filename="../app/cli/QueueCommand.cpp" line="+9"/>
        <source>With --wait: try the documents that failed before again.</source>
        <translation>Mit --wait: die Dokumente, die zuvor fehlschlugen, noch einmal versuchen.</translation>
    </message>
</context>
<context>
    <name>RecentDocuments</name>
    <message>
        <location filename="../app/gui/personal/RecentDocuments.cpp" line="+85"/>
        <source>Recently &amp;viewed</source>
        <translation>&amp;Zuletzt angesehen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No documents viewed yet</source>
        <translation>Noch keine Dokumente angesehen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clear list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>RecolorTagCommand</name>
    <message>
        <location filename="../app/gui/editing/EditCommands.cpp" line="+32"/>
        <source>Change the color of tag &quot;%1&quot;</source>
        <translation>Farbe des Schlagworts „%1“ ändern</translation>
    </message>
</context>
<context>
    <name>RelatedDocumentsList</name>
    <message>
        <location filename="../app/gui/details/RelatedDocumentsList.cpp" line="+30"/>
        <location line="+8"/>
        <source>Related documents</source>
        <translation>Ähnliche Dokumente</translation>
    </message>
</context>
<context>
    <name>RenameTagCommand</name>
    <message>
        <location filename="../app/gui/editing/EditCommands.cpp" line="-51"/>
        <source>Rename tag &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Schlagwort „%1“ in „%2“ umbenennen</translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="+16"/>
        <source>Render a page of a document that has pages (PDF, converted office file, scan or photo) to a PNG image.</source>
        <translation>Eine Seite eines Dokuments mit Seiten (PDF, umgewandelte Office-Datei, Scan oder Foto) als PNG-Bild ausgeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The page, from 1 (default 1).</source>
        <translation>Die Seite, ab 1 (Standard 1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution in dots per inch (default 100, at most 600).</source>
        <translation>Auflösung in dpi (Standard 100, höchstens 600).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PNG file to write.</source>
        <translation>Die zu schreibende PNG-Datei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document&apos;s id (see list and search).</source>
        <translation>Die Nummer des Dokuments (siehe list und search).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>render: give one document id, --out FILE.png, a --page from 1 and a --dpi from 10 to 600.</source>
        <translation>render: eine Dokumentnummer, --out DATEI.png, eine --page ab 1 und eine --dpi von 10 bis 600 angeben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no document %1.</source>
        <translation>Es gibt kein Dokument %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Document %1 (%2) has no pages yet: they are queued (&apos;srtoolbox-cli pages --wait&apos;).</source>
        <translation>Dokument %1 (%2) hat noch keine Seiten: Sie sind vorgemerkt („srtoolbox-cli pages --wait“).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document %1 (%2) has no pages.</source>
        <translation>Dokument %1 (%2) hat keine Seiten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot render page %1 of document %2: %3</source>
        <translation>Seite %1 von Dokument %2 kann nicht gezeichnet werden: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page %1 of %2 written to %3.</source>
        <translation>Seite %1 von %2 nach %3 geschrieben.</translation>
    </message>
</context>
<context>
    <name>RestoreBackupCommand</name>
    <message>
        <location filename="../app/cli/RestoreBackupCommand.cpp" line="+15"/>
        <source>List the catalog backups, or restore one (after a damaged catalog).</source>
        <translation>Die Sicherungen des Katalogs auflisten oder eine wiederherstellen (nach einem beschädigten Katalog).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore even though the current catalog is intact.</source>
        <translation>Auch wiederherstellen, wenn der aktuelle Katalog intakt ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number (1 = newest) or path of the backup to restore; without it the backups are listed.</source>
        <translation>Nummer (1 = neueste) oder Pfad der Sicherung; ohne sie werden die Sicherungen aufgelistet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The library %1 has no catalog backups.</source>
        <translation>Die Bibliothek %1 hat keine Sicherungen des Katalogs.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>restore-backup: name one backup.</source>
        <translation>restore-backup: Geben Sie eine Sicherung an.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>restore-backup: there is no backup %1 (the library has %n backup(s)).</source>
        <translation>
            <numerusform>restore-backup: Es gibt keine Sicherung %1 (die Bibliothek hat %n Sicherung).</numerusform>
            <numerusform>restore-backup: Es gibt keine Sicherung %1 (die Bibliothek hat %n Sicherungen).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The catalog of %1 is intact; restoring a backup would drop what changed since. Use --force to restore anyway.</source>
        <translation>Der Katalog von %1 ist intakt; eine Sicherung wiederherzustellen würde verwerfen, was sich seitdem geändert hat. Mit --force trotzdem wiederherstellen.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Restored the catalog from %1: %n document(s).</source>
        <translation>
            <numerusform>Katalog aus %1 wiederhergestellt: %n Dokument.</numerusform>
            <numerusform>Katalog aus %1 wiederhergestellt: %n Dokumente.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunTextMap</name>
    <message>
        <location filename="../app/core/templating/RunTextMap.cpp" line="+569"/>
        <source>damaged XML (%1, line %2)</source>
        <translation>beschädigtes XML (%1, Zeile %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the text is not in UTF-8</source>
        <translation>der Text ist nicht in UTF-8</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the text is in %1, not in UTF-8</source>
        <translation>der Text ist in %1 statt in UTF-8</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Text box</source>
        <translation>Textfeld</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Header</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+9"/>
        <source>Footer</source>
        <translation>Fußzeile</translation>
    </message>
    <message>
        <location line="-107"/>
        <location line="+101"/>
        <source>Footnote</source>
        <translation>Fußnote</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+105"/>
        <source>Endnote</source>
        <translation>Endnote</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, table</source>
        <translation>%1, Tabelle</translation>
    </message>
    <message>
        <location line="-250"/>
        <source>a document type declaration, which office documents do not have</source>
        <translation>eine Dokumenttyp-Deklaration, die Office-Dokumente nicht haben</translation>
    </message>
</context>
<context>
    <name>ScanImage</name>
    <message>
        <location filename="../app/core/extract/ScanImage.cpp" line="+19"/>
        <source>The image is too large to read (%1 × %2 pixels).</source>
        <translation>Das Bild ist zu groß zum Lesen (%1 × %2 Pixel).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The image cannot be read; it may be damaged or of a kind not supported.</source>
        <translation>Das Bild kann nicht gelesen werden; es ist vielleicht beschädigt oder von einer nicht unterstützten Art.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The image has no page %1.</source>
        <translation>Das Bild hat keine Seite %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The image cannot be read: %1</source>
        <translation>Das Bild kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ScanReader</name>
    <message numerus="yes">
        <location filename="../app/core/extract/ScanReader.cpp" line="+76"/>
        <source>%n page(s) have no text layer (scanned).</source>
        <translation>
            <numerusform>%n Seite hat keine Textebene (gescannt).</numerusform>
            <numerusform>%n Seiten haben keine Textebene (gescannt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Text recognition (OCR) stopped after %1 seconds for this document; %n scanned page(s) were not read.</source>
        <translation>
            <numerusform>Die Texterkennung (OCR) wurde für dieses Dokument nach %1 Sekunden beendet; %n gescannte Seite wurde nicht gelesen.</numerusform>
            <numerusform>Die Texterkennung (OCR) wurde für dieses Dokument nach %1 Sekunden beendet; %n gescannte Seiten wurden nicht gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Text recognition (OCR) read the first %1 scanned pages only; %n more were not read.</source>
        <translation>
            <numerusform>Die Texterkennung (OCR) hat nur die ersten %1 gescannten Seiten gelesen; %n weitere wurde nicht gelesen.</numerusform>
            <numerusform>Die Texterkennung (OCR) hat nur die ersten %1 gescannten Seiten gelesen; %n weitere wurden nicht gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text recognition (OCR) stopped at the time limit on page(s) %1; their text may be incomplete.</source>
        <translation>Die Texterkennung (OCR) hat auf Seite(n) %1 das Zeitlimit erreicht; der Text kann unvollständig sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text recognition (OCR) failed on page(s) %1.</source>
        <translation>Die Texterkennung (OCR) ist auf Seite(n) %1 fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <location filename="../app/core/library/SchemaMigrator.cpp" line="+47"/>
        <source>The catalog uses schema version %1, but this program only knows versions up to %2. It was written by a newer Smart Region Toolbox and was left unchanged; please update the program.</source>
        <translation>Der Katalog verwendet die Schemaversion %1, dieses Programm kennt aber nur Versionen bis %2. Er wurde von einer neueren Version der Smart Region Toolbox geschrieben und bleibt unverändert; bitte aktualisieren Sie das Programm.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The catalog uses the older schema version %1 and must be upgraded to version %2, which needs write access.</source>
        <translation>Der Katalog verwendet die ältere Schemaversion %1 und muss auf Version %2 aktualisiert werden; dafür ist Schreibzugriff nötig.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot read the schema migration %1.</source>
        <translation>Die Schemamigration %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Upgrading the catalog to schema version %1 failed: %2</source>
        <translation>Die Aktualisierung des Katalogs auf Schemaversion %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <location filename="../app/cli/SearchCommand.cpp" line="+17"/>
        <source>Search the library (the query syntax is in the README; -- ends the options).</source>
        <translation>Die Bibliothek durchsuchen (die Suchsyntax steht in der README-Datei; -- beendet die Optionen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print one JSON object: total, hits, suggestions, facets.</source>
        <translation>Ein einziges JSON-Objekt ausgeben: total, hits, suggestions, facets.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include facet counts (category, type, tag, year, format, municipality, pack).</source>
        <translation>Trefferzahlen je Filterwert mit ausgeben (category, type, tag, year, format, municipality, pack).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of hits (default 50).</source>
        <translation>Anzahl der Treffer (Standard: 50).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the first N hits.</source>
        <translation>Die ersten N Treffer überspringen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort order: relevance (default), title, date (year, newest first) or category.</source>
        <translation>Sortierung: relevance (Relevanz, Standard), title (Titel), date (Jahr, neueste zuerst) oder category (Kategorie).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Did you mean %1?</source>
        <translation>Meinten Sie %1?</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>The query; several arguments are joined by spaces.</source>
        <translation>Die Suchanfrage; mehrere Argumente werden mit Leerzeichen zu einer Anfrage verbunden.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>search: --limit and --offset take whole numbers, --sort one of relevance, title, date, category.</source>
        <translation>search: --limit und --offset erwarten ganze Zahlen ab 0, --sort einen der Werte relevance, title, date, category.</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n document(s) found</source>
        <translation>
            <numerusform>%n Dokument gefunden</numerusform>
            <numerusform>%n Dokumente gefunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, page %1</source>
        <translation>, Seite %1</translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <location filename="../app/gui/search/SearchResultModel.cpp" line="+207"/>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My tags: %1</source>
        <translation>Meine Schlagwörter: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Dokumenttyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found in text</source>
        <translation>Fundstelle</translation>
    </message>
</context>
<context>
    <name>Searcher</name>
    <message>
        <location filename="../app/core/search/Searcher.cpp" line="+263"/>
        <source>&quot;%1&quot; is too long to search for: words of more than %2 letters are not in the search index. It matches no document.</source>
        <translation>„%1“ ist zu lang für die Suche: Wörter mit mehr als %2 Buchstaben stehen nicht im Suchindex. Es passt zu keinem Dokument.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; contains characters that could not be read (the text was not UTF-8). It matches no document.</source>
        <translation>„%1“ enthält Zeichen, die nicht gelesen werden konnten (der Text war kein UTF-8). Es passt zu keinem Dokument.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Parentheses nested more than %1 deep cannot be searched; what is inside them matches no document.</source>
        <translation>Klammern, die tiefer als %1 Ebenen verschachtelt sind, können nicht durchsucht werden; ihr Inhalt passt zu keinem Dokument.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The search text is longer than %1 characters and was not searched; please shorten it.</source>
        <translation>Der Suchtext ist länger als %1 Zeichen und wurde nicht gesucht; bitte kürzen Sie ihn.</translation>
    </message>
    <message>
        <location line="+361"/>
        <source>The catalog is damaged: %1</source>
        <translation>Der Katalog ist beschädigt: %1</translation>
    </message>
    <message>
        <location line="+479"/>
        <source>There is no document with the number %1.</source>
        <translation>Es gibt kein Dokument mit der Nummer %1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="+6"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Library &amp;folder:</source>
        <translation>Bibliotheks&amp;ordner:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Municipality &amp;profile</source>
        <translation>Gemeinde&amp;profil</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="+25"/>
        <location line="+32"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The library in use is %1. Another library folder is opened at the next start, unless the program is started with a library folder of its own (for example by a shortcut your IT department set up).</source>
        <translation>Die Bibliothek ist %1. Ein anderer Bibliotheksordner wird beim nächsten Start geöffnet – außer das Programm wird mit einem eigenen Bibliotheksordner gestartet (zum Beispiel über eine Verknüpfung, die Ihre IT eingerichtet hat).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Municipality profile</source>
        <translation>Gemeindeprofil</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Library folder</source>
        <translation>Bibliotheksordner</translation>
    </message>
</context>
<context>
    <name>SimilarCommand</name>
    <message>
        <location filename="../app/cli/SimilarCommand.cpp" line="+19"/>
        <source>List the documents closest in content to document ID.</source>
        <translation>Die Dokumente auflisten, die dem Dokument NUMMER inhaltlich am nächsten sind.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print one JSON object: id and the related documents.</source>
        <translation>Ein JSON-Objekt ausgeben: Nummer und die ähnlichen Dokumente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of documents (default 10).</source>
        <translation>Anzahl der Dokumente (Standard 10).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document&apos;s number (as &quot;list&quot; and &quot;search&quot; print it).</source>
        <translation>Die Nummer des Dokuments (wie „list“ und „search“ sie ausgeben).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>similar: give one document number, and --limit a whole number.</source>
        <translation>similar: eine Dokumentnummer angeben und für --limit eine ganze Zahl.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Related documents: %1</source>
        <translation>Ähnliche Dokumente: %1</translation>
    </message>
</context>
<context>
    <name>SourceFile</name>
    <message>
        <location filename="../app/core/extract/SourceFile.cpp" line="+10"/>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a regular file.</source>
        <translation>Dies ist keine reguläre Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The file is too large (%1 bytes; the limit is %2 bytes).</source>
        <translation>Die Datei ist zu groß (%1 Bytes; die Höchstgrenze liegt bei %2 Bytes).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file cannot be opened: %1</source>
        <translation>Die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file is too large (the limit is %1 bytes).</source>
        <translation>Die Datei ist zu groß (die Höchstgrenze liegt bei %1 Bytes).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>StaleLockOffer</name>
    <message>
        <location filename="../app/gui/startup/StaleLockOffer.cpp" line="+18"/>
        <source>The library is marked as being changed by another program:

Program: %1 (process %2)
User: %3
Computer: %4
Since: %5

Until that program closes, this window shows the library read-only. If it no longer runs (its computer was switched off or the program crashed), you can remove the mark and change the library here. Do this only if you are sure: two programs changing the library at once can damage it.

Remove the mark and open the library for changes?</source>
        <translation>Die Bibliothek ist als in Bearbeitung durch ein anderes Programm markiert:

Programm: %1 (Prozess %2)
Benutzer: %3
Computer: %4
Seit: %5

Solange dieses Programm läuft, zeigt dieses Fenster die Bibliothek schreibgeschützt. Läuft es nicht mehr (der Computer wurde ausgeschaltet oder das Programm ist abgestürzt), können Sie die Markierung entfernen und die Bibliothek hier bearbeiten. Tun Sie das nur, wenn Sie sicher sind: Bearbeiten zwei Programme die Bibliothek gleichzeitig, kann sie beschädigt werden.

Markierung entfernen und die Bibliothek zum Bearbeiten öffnen?</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+15"/>
        <source>Library in use?</source>
        <translation>Bibliothek in Benutzung?</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&amp;Remove mark</source>
        <translation>Markierung &amp;entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;read-only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <location filename="../app/cli/StatsCommand.cpp" line="+14"/>
        <source>Print counts: documents, packs, tags, bytes, pages.</source>
        <translation>Anzahlen ausgeben: Dokumente, Pakete, Schlagwörter, Bytes, Seiten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print a JSON object.</source>
        <translation>Als JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Library:   %1%2</source>
        <translation>Bibliothek:   %1%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents: %1</source>
        <translation>Dokumente:    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packs:     %1</source>
        <translation>Pakete:       %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags:      %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:      %1</source>
        <translation>Größe:        %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages:     %1</source>
        <translation>Seiten:       %1</translation>
    </message>
</context>
<context>
    <name>TagChips</name>
    <message>
        <location filename="../app/gui/search/TagChips.cpp" line="+64"/>
        <source>mine: %1</source>
        <translation>meine: %1</translation>
    </message>
</context>
<context>
    <name>TagCommand</name>
    <message>
        <location filename="../app/cli/TagCommand.cpp" line="-207"/>
        <source>Add, remove or list tags of documents (--personal: your own).</source>
        <translation>Schlagwörter von Dokumenten hinzufügen, entfernen oder auflisten (--personal: eigene).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your own tags, kept in your user folder (also on a read-only or published library).</source>
        <translation>Eigene Schlagwörter, in Ihrem Benutzerordner gespeichert (auch bei schreibgeschützter oder veröffentlichter Bibliothek).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add, remove or list</source>
        <translation>add, remove oder list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ids of the documents (see &apos;list&apos; or &apos;search&apos;).</source>
        <translation>Nummern der Dokumente (siehe „list“ oder „search“).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tag (add, remove); &quot;/&quot; nests: Förderung/Bund.</source>
        <translation>Das Schlagwort (add, remove); „/“ verschachtelt: Förderung/Bund.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Write: tag add|remove [--personal] ID... TAG, or tag list [--personal] [ID...]</source>
        <translation>Schreibweise: tag add|remove [--personal] NUMMER... SCHLAGWORT oder tag list [--personal] [NUMMER...]</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot change the tag &quot;%1&quot;: %2</source>
        <translation>Das Schlagwort „%1“ kann nicht geändert werden: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(personal)</source>
        <translation>(persönlich)</translation>
    </message>
</context>
<context>
    <name>TagDocumentsCommand</name>
    <message numerus="yes">
        <location filename="../app/gui/editing/EditCommands.cpp" line="-99"/>
        <source>Add tag &quot;%1&quot; to %n document(s)</source>
        <translation>
            <numerusform>Schlagwort „%1“ zu %n Dokument hinzufügen</numerusform>
            <numerusform>Schlagwort „%1“ zu %n Dokumenten hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Remove tag &quot;%1&quot; from %n document(s)</source>
        <translation>
            <numerusform>Schlagwort „%1“ von %n Dokument entfernen</numerusform>
            <numerusform>Schlagwort „%1“ von %n Dokumenten entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagEditDialog</name>
    <message>
        <location filename="../ui/TagEditDialog.ui" line="+6"/>
        <source>Edit tags</source>
        <translation>Schlagwörter bearbeiten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Tags (checked: all selected documents carry it; half checked: some do)</source>
        <translation>&amp;Schlagwörter (angehakt: alle ausgewählten Dokumente haben es; halb angehakt: einige)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tags of the selected documents</source>
        <translation>Schlagwörter der ausgewählten Dokumente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add a tag (new or existing; &quot;/&quot; nests, e.g. Vergabe/LoRaWAN):</source>
        <translation>Schlagwort &amp;hinzufügen (neu oder vorhanden; „/“ verschachtelt, z. B. Vergabe/LoRaWAN):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New tag</source>
        <translation>Neues Schlagwort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;dd</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tags/TagEditDialog.cpp" line="+30"/>
        <source>%n document(s) selected.</source>
        <translation>
            <numerusform>%n Dokument ausgewählt.</numerusform>
            <numerusform>%n Dokumente ausgewählt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message>
        <location filename="../ui/TagManagerDialog.ui" line="+6"/>
        <source>Manage tags</source>
        <translation>Schlagwörter verwalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge into…</source>
        <translation>&amp;Zusammenführen mit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Color…</source>
        <translation>&amp;Farbe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tags/TagManagerDialog.cpp" line="+92"/>
        <source>%1, %n document(s)</source>
        <translation>
            <numerusform>%1, %n Dokument</numerusform>
            <numerusform>%1, %n Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+5"/>
        <source>New tag</source>
        <translation>Neues Schlagwort</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Name (&quot;/&quot; nests a tag below another):</source>
        <translation>Name („/“ ordnet ein Schlagwort unter einem anderen ein):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The tag &quot;%1&quot; exists already.</source>
        <translation>Das Schlagwort „%1“ gibt es schon.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+8"/>
        <source>Rename tag</source>
        <translation>Schlagwort umbenennen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>New name for &quot;%1&quot;:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A tag &quot;%1&quot; exists already. Merge &quot;%2&quot; into it?</source>
        <translation>Ein Schlagwort „%1“ gibt es schon. „%2“ damit zusammenführen?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Merge tag</source>
        <translation>Schlagwörter zusammenführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give every document of &quot;%1&quot; this tag and delete &quot;%1&quot;:</source>
        <translation>Allen Dokumenten mit „%1“ dieses Schlagwort geben und „%1“ löschen:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Color of &quot;%1&quot;</source>
        <translation>Farbe von „%1“</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete tag</source>
        <translation>Schlagwort löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove the tag &quot;%1&quot; from %n document(s) and delete it? (Ctrl+Z undoes it.)</source>
        <translation>
            <numerusform>Das Schlagwort „%1“ von %n Dokument entfernen und löschen? (Strg+Z macht es rückgängig.)</numerusform>
            <numerusform>Das Schlagwort „%1“ von %n Dokumenten entfernen und löschen? (Strg+Z macht es rückgängig.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateFiller</name>
    <message>
        <location filename="../app/core/templating/TemplateFiller.cpp" line="+172"/>
        <source>%1 is protected by a password (or saved in the old Word format). Save it as a DOCX without a password first.</source>
        <translation>%1 ist mit einem Kennwort geschützt (oder im alten Word-Format gespeichert). Speichern Sie es zuerst als DOCX ohne Kennwort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <source>%1 is damaged and cannot be filled: %2</source>
        <translation>%1 ist beschädigt und kann nicht ausgefüllt werden: %2</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+48"/>
        <source>%1 is protected by a password and cannot be filled.</source>
        <translation>%1 ist mit einem Kennwort geschützt und kann nicht ausgefüllt werden.</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+29"/>
        <source>%1 is damaged and cannot be filled: it has no document text (%2).</source>
        <translation>%1 ist beschädigt und kann nicht ausgefüllt werden: Der Dokumenttext fehlt (%2).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is damaged and cannot be filled: the part %2 has %3.</source>
        <translation>%1 ist beschädigt und kann nicht ausgefüllt werden: Der Teil %2 enthält %3.</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>Field code (%1)</source>
        <translation>Feldfunktion (%1)</translation>
    </message>
    <message>
        <location line="+292"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <location line="+86"/>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>The filled copy cannot replace the template itself; choose another file name.</source>
        <translation>Die ausgefüllte Kopie kann nicht die Vorlage selbst ersetzen; bitte wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The value for &quot;%1&quot; is longer than %2 characters; shorten it.</source>
        <translation>Der Wert für „%1“ ist länger als %2 Zeichen; bitte kürzen Sie ihn.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>no value given</source>
        <translation>kein Wert angegeben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>inside a field code; fields are left as they are</source>
        <translation>in einer Feldfunktion; Felder bleiben unverändert</translation>
    </message>
</context>
<context>
    <name>TemporaryCopies</name>
    <message>
        <location filename="../app/gui/details/TemporaryCopies.cpp" line="+17"/>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Ein temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>TextBudget</name>
    <message>
        <location filename="../app/core/extract/TextBudget.cpp" line="+38"/>
        <source>The text was cut off after %1 characters (the limit for one document).</source>
        <translation>Der Text wurde nach %1 Zeichen abgeschnitten (die Höchstgrenze für ein Dokument).</translation>
    </message>
</context>
<context>
    <name>Thesaurus</name>
    <message>
        <location filename="../app/core/search/Thesaurus.cpp" line="+34"/>
        <source>Line %1 of the abbreviation list does not have the form &quot;abbreviation, long form, source&quot; (separated by tabs).</source>
        <translation>Zeile %1 der Abkürzungsliste hat nicht die Form „Abkürzung, Langform, Quelle“ (durch Tabulatoren getrennt).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>An abbreviation needs both the short and the long form.</source>
        <translation>Eine Abkürzung braucht die Kurz- und die Langform.</translation>
    </message>
</context>
<context>
    <name>ThesaurusCommand</name>
    <message>
        <location filename="../app/cli/ThesaurusCommand.cpp" line="+27"/>
        <source>List the abbreviations the search knows (the library&apos;s own first, then the built-in list with sources).</source>
        <translation>Die Abkürzungen auflisten, die die Suche kennt (zuerst die der Bibliothek, dann die mitgelieferte Liste mit Quellen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Teach the search an abbreviation of this library: ABBREVIATION &quot;LONG FORM&quot; [SOURCE].</source>
        <translation>Der Suche eine Abkürzung dieser Bibliothek beibringen: ABKÜRZUNG &quot;LANGFORM&quot; [QUELLE].</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the library&apos;s own long forms of ABBREVIATION.</source>
        <translation>Die eigenen Langformen der Bibliothek zu ABKÜRZUNG entfernen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The short form, e.g. KVV.</source>
        <translation>Die Kurzform, z. B. KVV.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The long form, e.g. &quot;Kreisverkehrsverbund&quot;.</source>
        <translation>Die Langform, z. B. „Kreisverkehrsverbund“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the long form is documented (optional).</source>
        <translation>Wo die Langform belegt ist (optional).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>add-abbreviation: give the abbreviation, the long form and optionally the source.</source>
        <translation>add-abbreviation: die Abkürzung, die Langform und optional die Quelle angeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The abbreviation could not be added: %1</source>
        <translation>Die Abkürzung konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>remove-abbreviation: give the abbreviation.</source>
        <translation>remove-abbreviation: die Abkürzung angeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The abbreviation could not be removed: %1</source>
        <translation>Die Abkürzung konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The library&apos;s abbreviations cannot be read: %1</source>
        <translation>Die Abkürzungen der Bibliothek können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this library</source>
        <translation>diese Bibliothek</translation>
    </message>
</context>
<context>
    <name>UnlockCommand</name>
    <message>
        <location filename="../app/cli/UnlockCommand.cpp" line="+13"/>
        <source>Show who holds the library&apos;s writer lock; with --force remove a lock whose holder no longer runs.</source>
        <translation>Zeigen, wer die Schreibsperre der Bibliothek hält; mit --force eine Sperre entfernen, deren Inhaber nicht mehr läuft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the lock: only when the program named no longer runs (e.g. its computer was switched off).</source>
        <translation>Sperre entfernen: nur, wenn das genannte Programm nicht mehr läuft (z. B. weil sein Computer ausgeschaltet wurde).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nobody holds the writer lock of %1.</source>
        <translation>Niemand hält die Schreibsperre von %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The writer lock of %1 names %2.</source>
        <translation>Die Schreibsperre von %1 nennt %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If that program no longer runs, remove the lock with --force.</source>
        <translation>Läuft dieses Programm nicht mehr, entfernen Sie die Sperre mit --force.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Removed the writer lock of %1.</source>
        <translation>Schreibsperre von %1 entfernt.</translation>
    </message>
</context>
<context>
    <name>UseTemplateCommand</name>
    <message>
        <location filename="../app/cli/UseTemplateCommand.cpp" line="+22"/>
        <source>Write a filled copy of a template (DOCX, ODT): its placeholders get the municipality profile&apos;s values or those given with --set.</source>
        <translation>Schreibt eine ausgefüllte Kopie einer Vorlage (DOCX, ODT): Die Platzhalter erhalten die Werte des Gemeindeprofils oder die mit --set angegebenen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The template&apos;s document id (see &apos;list&apos; or &apos;search&apos;).</source>
        <translation>Die Dokumentnummer der Vorlage (siehe &apos;list&apos; oder &apos;search&apos;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the filled copy to this file.</source>
        <translation>Schreibt die ausgefüllte Kopie in diese Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value of a placeholder, by its name without brackets (Gemeinde for [Gemeinde]; _1, _2 … for blanks); repeat for more. Wins over the profile.</source>
        <translation>Der Wert eines Platzhalters, nach seinem Namen ohne Klammern (Gemeinde für [Gemeinde]; _1, _2 … für Leerstellen); für weitere wiederholen. Hat Vorrang vor dem Profil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take the values from this profile file instead of your own profile and the library&apos;s default.</source>
        <translation>Nimmt die Werte aus dieser Profildatei statt aus Ihrem Profil und der Vorgabe der Bibliothek.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only list the placeholders and the values they would get.</source>
        <translation>Listet nur die Platzhalter und die Werte auf, die sie bekämen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the file given with --to if it exists.</source>
        <translation>Ersetzt die mit --to angegebene Datei, wenn es sie gibt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>use-template: give one document id (a whole number, see &apos;list&apos;).</source>
        <translation>use-template: Geben Sie eine Dokumentnummer an (eine ganze Zahl, siehe &apos;list&apos;).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>use-template: name the file to write with --to FILE.</source>
        <translation>use-template: Nennen Sie die Zieldatei mit --to DATEI.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>use-template: --set needs NAME=VALUE, not &quot;%1&quot;.</source>
        <translation>use-template: --set braucht NAME=WERT, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no document with the id %1.</source>
        <translation>Es gibt kein Dokument mit der Nummer %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>use-template: the profile %1 does not exist.</source>
        <translation>use-template: Das Profil %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <location line="+55"/>
        <source>use-template: %1</source>
        <translation>use-template: %1</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>use-template: %1; the profile is left out.</source>
        <translation>use-template: %1; das Profil wird nicht verwendet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>use-template: %1 is no DOCX or ODT file; its fields cannot be filled, the copy is written as it is.</source>
        <translation>use-template: %1 ist keine DOCX- oder ODT-Datei; Felder können nicht ausgefüllt werden, die Kopie wird unverändert geschrieben.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>use-template: the template has no placeholder &quot;%1&quot;.</source>
        <translation>use-template: Die Vorlage hat keinen Platzhalter „%1“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--set</source>
        <translation>--set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>inside a field code, not filled</source>
        <translation>in einer Feldfunktion, nicht ausgefüllt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>use-template: %1 exists already; --replace replaces it.</source>
        <translation>use-template: %1 gibt es schon; --replace ersetzt die Datei.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>replaced %1 by %2</source>
        <translation>%1 ersetzt durch %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left %1 (%2): %3</source>
        <translation>nicht ausgefüllt: %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Written: %1</source>
        <translation>Geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>UseTemplateDialog</name>
    <message>
        <location filename="../ui/UseTemplateDialog.ui" line="+6"/>
        <location filename="../app/gui/templating/UseTemplateDialog.cpp" line="+376"/>
        <source>Use template</source>
        <translation>Vorlage verwenden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Placeholders and the values that replace them:</source>
        <translation>&amp;Platzhalter und die Werte, die sie ersetzen:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Where it &amp;sits in the text:</source>
        <translation>&amp;Stelle im Text:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save the &amp;copy as:</source>
        <translation>&amp;Kopie speichern als:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/templating/UseTemplateDialog.cpp" line="-202"/>
        <source>%1 (%n times)</source>
        <translation>
            <numerusform>%1 (%n-mal)</numerusform>
            <numerusform>%1 (%n-mal)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Save the filled copy as</source>
        <translation>Ausgefüllte Kopie speichern unter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents like the template (*.%1)</source>
        <translation>Dokumente wie die Vorlage (*.%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter a file name for the copy.</source>
        <translation>Geben Sie einen Dateinamen für die Kopie ein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The folder %1 does not exist.</source>
        <translation>Den Ordner %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a folder; enter a file name.</source>
        <translation>%1 ist ein Ordner; geben Sie einen Dateinamen ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 exists already. Replace it with the filled copy?</source>
        <translation>%1 gibt es schon. Durch die ausgefüllte Kopie ersetzen?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Writing the copy…</source>
        <translation>Kopie wird geschrieben…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The copy was not written: %1</source>
        <translation>Die Kopie wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fields cannot be filled in this kind of file. A copy you can edit was saved as %1.</source>
        <translation>In dieser Dateiart lassen sich keine Felder ausfüllen. Eine bearbeitbare Kopie wurde als %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The filled copy was saved as %1.</source>
        <translation>Die ausgefüllte Kopie wurde als %1 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n placeholder(s) replaced.</source>
        <translation>
            <numerusform>%n Platzhalter ersetzt.</numerusform>
            <numerusform>%n Platzhalter ersetzt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not filled, still to do by hand:</source>
        <translation>Nicht ausgefüllt, bitte von Hand ergänzen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>• %1 – %2 (%3)</source>
        <translation>• %1 – %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no value given</source>
        <translation>kein Wert angegeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The values typed could not be remembered: %1</source>
        <translation>Die eingegebenen Werte konnten nicht gemerkt werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer has no program for this kind of file. The copy is at %1.</source>
        <translation>Auf diesem Computer gibt es kein Programm für diese Dateiart. Die Kopie liegt unter %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A copy of &quot;%1&quot; is saved for you to edit; the stored document stays as it is.</source>
        <translation>Eine bearbeitbare Kopie von „%1“ wird gespeichert; das gespeicherte Dokument bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A copy of &quot;%1&quot; is filled in with your municipality&apos;s details; the stored template stays as it is. Check the values, change them where needed.</source>
        <translation>Eine Kopie von „%1“ wird mit den Angaben Ihrer Gemeinde ausgefüllt; die gespeicherte Vorlage bleibt unverändert. Prüfen Sie die Werte und ändern Sie sie, wo nötig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Placeholder</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placeholders and their values</source>
        <translation>Platzhalter und ihre Werte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sentence around the placeholder</source>
        <translation>Der Satz um den Platzhalter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name of the copy</source>
        <translation>Dateiname der Kopie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save copy</source>
        <translation>Kopie &amp;speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fill in</source>
        <translation>&amp;Ausfüllen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking for placeholders…</source>
        <translation>Platzhalter werden gesucht…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fields cannot be filled in this kind of file (only in DOCX and ODT). A copy you can edit is saved under the name below.</source>
        <translation>In dieser Dateiart lassen sich keine Felder ausfüllen (nur in DOCX und ODT). Unter dem Namen unten wird eine bearbeitbare Kopie gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No placeholders were found. The copy is saved unchanged under the name below.</source>
        <translation>Es wurden keine Platzhalter gefunden. Die Kopie wird unverändert unter dem Namen unten gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To change a value, select it and type (or press F2). An empty value leaves its placeholder in the copy.</source>
        <translation>Zum Ändern den Wert auswählen und tippen (oder F2 drücken). Bei leerem Wert bleibt der Platzhalter in der Kopie stehen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inside fields, left as they are: %1</source>
        <translation>In Feldern, bleiben unverändert: %1</translation>
    </message>
</context>
<context>
    <name>XmlText</name>
    <message>
        <location filename="../app/core/extract/XmlText.cpp" line="+334"/>
        <source>The part %1 is damaged (line %2: %3); its text may be incomplete.</source>
        <translation>Der Dokumentteil %1 ist beschädigt (Zeile %2: %3); sein Text ist möglicherweise unvollständig.</translation>
    </message>
</context>
<context>
    <name>ZipPackage</name>
    <message>
        <location filename="../app/core/extract/ZipPackage.cpp" line="+75"/>
        <location line="+10"/>
        <location line="+51"/>
        <source>The file is not a readable zip archive: %1</source>
        <translation>Die Datei ist kein lesbares ZIP-Archiv: %1</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+88"/>
        <source>The zip archive is damaged: %1</source>
        <translation>Das ZIP-Archiv ist beschädigt: %1</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+43"/>
        <source>The archive has no member %1.</source>
        <translation>Das Archiv enthält keinen Eintrag %1.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The archive member %1 is not a regular file.</source>
        <translation>Der Archiveintrag %1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The archive member %1 is encrypted.</source>
        <translation>Der Archiveintrag %1 ist verschlüsselt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+42"/>
        <source>The archive member %1 is larger than the limit of %2 bytes.</source>
        <translation>Der Archiveintrag %1 ist größer als die Höchstgrenze von %2 Bytes.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The archive member %1 is damaged: %2</source>
        <translation>Der Archiveintrag %1 ist beschädigt: %2</translation>
    </message>
</context>
<context>
    <name>ZipPatcher</name>
    <message>
        <location filename="../app/core/templating/ZipPatcher.cpp" line="+96"/>
        <source>too short for a zip archive</source>
        <translation>zu kurz für ein Zip-Archiv</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no central directory</source>
        <translation>kein zentrales Verzeichnis</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+16"/>
        <source>a split or zip64 archive</source>
        <translation>ein geteiltes oder Zip64-Archiv</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>a damaged central directory</source>
        <translation>ein beschädigtes zentrales Verzeichnis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an encrypted member</source>
        <translation>ein verschlüsselter Eintrag</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>a damaged member header</source>
        <translation>ein beschädigter Eintragskopf</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>the archive has no member %1</source>
        <translation>das Archiv hat keinen Eintrag %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+11"/>
        <location line="+9"/>
        <source>the copy would need zip64</source>
        <translation>die Kopie bräuchte Zip64</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <location filename="../app/core/export/ZipWriter.cpp" line="+67"/>
        <source>cannot start the zip archive</source>
        <translation>das ZIP-Archiv kann nicht begonnen werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot set up the zip archive</source>
        <translation>das ZIP-Archiv kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write the zip archive</source>
        <translation>das ZIP-Archiv kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+45"/>
        <source>the zip archive is not open</source>
        <translation>das ZIP-Archiv ist nicht geöffnet</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>cannot add %1 to the zip archive</source>
        <translation>%1 kann nicht zum ZIP-Archiv hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <source>cannot write to the zip archive</source>
        <translation>in das ZIP-Archiv kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot finish the zip archive</source>
        <translation>das ZIP-Archiv kann nicht abgeschlossen werden</translation>
    </message>
</context>
</TS>
