<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ArchiveReader</name>
    <message>
        <location filename="../app/core/import/ArchiveReader.cpp" line="+79"/>
        <source>unknown archive error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot open the archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../app/core/library/Catalog.cpp" line="+379"/>
        <location line="+154"/>
        <source>A tag name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+31"/>
        <location line="+20"/>
        <source>There is no tag &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-49"/>
        <source>A tag &quot;%1&quot; exists already; merge the tags instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The library is read-only: its default municipality profile cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogBackup</name>
    <message>
        <location filename="../app/core/library/CatalogBackup.cpp" line="+67"/>
        <source>Cannot create the backup folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot back up the catalog to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The catalog was not backed up: the copy fails the integrity check (%1). The earlier backups in %2 are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+2"/>
        <source>the integrity check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a catalog (it has no schema version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQLite cannot open it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup %1 cannot be used: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot copy the backup %1 into the library %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot move the catalog %1 aside: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot put the backup in place of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogCommand</name>
    <message>
        <location filename="../app/gui/editing/EditCommands.h" line="+32"/>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <location filename="../app/cli/CheckCommand.cpp" line="+12"/>
        <source>Verify the library: catalog integrity, every file present with the right hash, no orphan files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>The library %1 is consistent: %n document(s) checked.</source>
        <translation>
            <numerusform>The library %1 is consistent: %n document checked.</numerusform>
            <numerusform>The library %1 is consistent: %n documents checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The library %1 has %n problem(s).</source>
        <translation>
            <numerusform>The library %1 has %n problem.</numerusform>
            <numerusform>The library %1 has %n problems.</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>
&apos;srtoolbox-cli COMMAND --help&apos; describes a command.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The library folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the library read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe on stderr what is being done (for support).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommand.cpp" line="+36"/>
        <source>Cannot read the catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n backup(s) of the catalog: &apos;srtoolbox-cli restore-backup&apos; lists them, &apos;srtoolbox-cli restore-backup 1&apos; restores the newest.</source>
        <translation>
            <numerusform>%n backup of the catalog: &apos;srtoolbox-cli restore-backup&apos; lists them, &apos;srtoolbox-cli restore-backup 1&apos; restores the newest.</numerusform>
            <numerusform>%n backups of the catalog: &apos;srtoolbox-cli restore-backup&apos; lists them, &apos;srtoolbox-cli restore-backup 1&apos; restores the newest.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="-31"/>
        <source>The command &quot;%1&quot; needs write access: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TagCommand.cpp" line="+18"/>
        <source>There is no document with the id &quot;%1&quot; (see &apos;list&apos; or &apos;search&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentStore</name>
    <message>
        <location filename="../app/core/library/ContentStore.cpp" line="+56"/>
        <source>The stored files could not be written to the disk (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+17"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Cannot write to the library&apos;s file store (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 is no SHA-256 hash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateTagCommand</name>
    <message>
        <location filename="../app/gui/editing/EditCommands.cpp" line="+73"/>
        <source>Create tag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A tag &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteTagCommand</name>
    <message>
        <location line="+19"/>
        <source>Delete tag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DerivedFiles</name>
    <message>
        <location filename="../app/core/library/DerivedFiles.cpp" line="+35"/>
        <source>%1 is no SHA-256 hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirHandle</name>
    <message>
        <location filename="../app/core/platform/DirHandle.cpp" line="+120"/>
        <location line="+82"/>
        <source>Cannot create the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+85"/>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+86"/>
        <source>Cannot open the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The folder name %1 is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+20"/>
        <location line="+117"/>
        <source>%1 is a symbolic link; links are not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-135"/>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+6"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+7"/>
        <source>Cannot write to the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+107"/>
        <source>%1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot move %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentFormats</name>
    <message>
        <location filename="../app/core/extract/DocumentFormat.cpp" line="+377"/>
        <source>Word (old)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel (old)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PowerPoint (old)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <location filename="../app/gui/preview/DocumentPrinter.cpp" line="+16"/>
        <source>There are no pages %1 to %2 to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The printer cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditMetadataCommand</name>
    <message>
        <location filename="../app/gui/editing/EditCommands.cpp" line="+104"/>
        <source>Edit the details of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryGuard</name>
    <message>
        <location filename="../app/core/import/EntryGuard.cpp" line="+21"/>
        <source>the name contains control characters or invisible characters that reverse the text direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>absolute paths are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the name is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>paths leading out of the pack (&quot;..&quot;) are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the entry has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the path is nested deeper than %1 folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the archive holds more than %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>symbolic links are not imported (it points to &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hard links are not imported (it points to &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>device files, pipes and sockets are not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the entry is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>the file is larger than the limit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+13"/>
        <source>the pack would exceed the limit of %1 in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the entry expands more than %1 times (a zip bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="+22"/>
        <source>Export documents (by id, or every hit of --query) to a folder, a zip archive or a CSV list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy the files to this folder (created when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a zip archive with the files, toolbox.json (for importing it again) and index.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the metadata alone as a CSV list (no files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the files in one subfolder per category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder: overwrite files of the same name instead of writing &quot;Name (2).pdf&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace an existing zip or CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export every hit of this query (the syntax of &apos;search&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ids of the documents to export (see &apos;list&apos; or &apos;search&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>export: name one target: --to DIR, --zip FILE or --csv FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>export: name the documents by their ids or with --query QUERY (not both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>export: &quot;%1&quot; is not a document id (a whole number, see &apos;list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>export: the query &quot;%1&quot; holds nothing to search for (only punctuation or symbols); --query &quot;&quot; exports every document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>export: the search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>export: no document matches the query; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+52"/>
        <source>export: %1 exists already; --force replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-38"/>
        <source>%1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>export: cancelled; nothing was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+36"/>
        <source>export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-31"/>
        <source>%n document(s) written to %1</source>
        <translation>
            <numerusform>%n document written to %1</numerusform>
            <numerusform>%n documents written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n document(s) copied to %1</source>
        <translation>
            <numerusform>%n document copied to %1</numerusform>
            <numerusform>%n documents copied to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n document(s) left out</source>
        <translation>
            <numerusform>; %n document left out</numerusform>
            <numerusform>; %n documents left out</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no document with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export: none of the chosen documents is in the library; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n document(s) listed in %1</source>
        <translation>
            <numerusform>%n document listed in %1</numerusform>
            <numerusform>%n documents listed in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../app/gui/exporting/ExportController.cpp" line="+43"/>
        <source>Preparing the export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+83"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-55"/>
        <source>%1 of %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No documents were chosen for the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The export was cancelled; nothing was left behind in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>%n file written to %1.</numerusform>
            <numerusform>%n files written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n document(s) left out; see the details.</source>
        <translation>
            <numerusform>%n document left out; see the details.</numerusform>
            <numerusform>%n documents left out; see the details.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/ExportDialog.ui" line="+6"/>
        <location filename="../app/gui/exporting/ExportDialog.cpp" line="+79"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To a &amp;folder (original file names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As a &amp;zip pack (with a document list, to import elsewhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Subfolders by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace files of the same name (otherwise: &quot;Name (2).pdf&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/exporting/ExportDialog.cpp" line="-61"/>
        <source>Export %n document(s).</source>
        <translation>
            <numerusform>Export %n document.</numerusform>
            <numerusform>Export %n documents.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export as zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zip packs (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 exists already. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../app/core/export/ExportTarget.cpp" line="+29"/>
        <source>Cannot create the folder %1: %2 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot create the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/export/FolderExport.cpp" line="+106"/>
        <source>Cannot write to the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/export/CsvWriter.cpp" line="+93"/>
        <location filename="../app/core/export/OutputFile.cpp" line="+50"/>
        <location line="+4"/>
        <location filename="../app/core/export/ZipExport.cpp" line="+187"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/export/OutputFile.cpp" line="+13"/>
        <source>%1 is a symbolic link; the export does not write through links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot replace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/export/StoredFileStream.cpp" line="+20"/>
        <source>%1: the library&apos;s copy is missing (%2); not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the library&apos;s copy cannot be read (%2); not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the library&apos;s copy cannot be read (%2: %3); not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the library&apos;s copy is damaged (its SHA-256 no longer matches the catalog); not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/export/Exporter.cpp" line="+45"/>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/export/CsvWriter.cpp" line="-11"/>
        <source>%1 is a folder; name the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../app/core/export/Exporter.cpp" line="+108"/>
        <location filename="../app/core/export/ZipExport.cpp" line="-10"/>
        <source>%1 exists already and was left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/export/Exporter.cpp" line="-50"/>
        <source>No documents were chosen for the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the library&apos;s catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no document with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None of the chosen documents is in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/export/FolderExport.cpp" line="+19"/>
        <source>%1: the folder %2 in the export target is a symbolic link; the export does not write through links; not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2 in the export target is a symbolic link; the export does not write through links; not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/export/Exporter.cpp" line="+28"/>
        <source>%1 is a folder; name the zip file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/export/ZipExport.cpp" line="-42"/>
        <source>%1 changed while it was exported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>None of the chosen documents could be exported; %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n document(s) exported from the Smart Region Toolbox.</source>
        <translation>
            <numerusform>%n document exported from the Smart Region Toolbox.</numerusform>
            <numerusform>%n documents exported from the Smart Region Toolbox.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExtractionClient</name>
    <message>
        <location filename="../app/core/extract/ExtractionClient.cpp" line="+161"/>
        <source>the file name is too long to hand to the extractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>timed out after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the extractor sent an invalid reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>exceeded the memory limit of %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the extractor crashed (signal %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the extractor crashed (exit code %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>the text extractor %1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/worker/main.cpp" line="+169"/>
        <source>The extracted text is too large to transfer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtractorRegistry</name>
    <message>
        <location filename="../app/core/extract/ExtractorRegistry.cpp" line="+66"/>
        <source>Format %1: only metadata is cataloged, no text extracted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../app/worker/main.cpp" line="-19"/>
        <source>There was not enough memory to extract the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The text could not be extracted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FavoritesCommand</name>
    <message>
        <location filename="../app/cli/TagCommand.cpp" line="+140"/>
        <source>Add, remove or list your favourites (Merkliste).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add, remove or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ids of the documents (see &apos;list&apos; or &apos;search&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n favourite(s) not in this library.</source>
        <translation>
            <numerusform>%n favourite not in this library.</numerusform>
            <numerusform>%n favourites not in this library.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write: favorites add|remove ID..., or favorites list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilesPackSource</name>
    <message>
        <location filename="../app/core/import/PackSource.cpp" line="+90"/>
        <location line="+10"/>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HtmlExtractor</name>
    <message>
        <location filename="../app/core/extract/HtmlExtractor.cpp" line="+497"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is not an HTML file (it contains binary data).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageExtractor</name>
    <message>
        <location filename="../app/core/extract/ImageExtractor.cpp" line="+14"/>
        <source>The image has %1 pages, more than the limit of %2 pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only metadata is cataloged for this image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Page(s) %1 of the image cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImagePageRenderer</name>
    <message>
        <location filename="../app/core/preview/ImagePageRenderer.cpp" line="+15"/>
        <source>The image cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="+20"/>
        <source>Import packs: archives (zip, tar, tar.gz, tar.bz2, tar.xz, 7z), folders or single files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name of the pack (instead of the manifest&apos;s or the file name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check and extract everything, but change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not make the pages of office documents now (LibreOffice); &apos;pages --wait&apos; makes them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extraction threads (default: one per core).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest file accepted, in MB (default 1024).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most entries accepted in one archive (default 100000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also write the import log for support to FILE (it is always kept in %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archives, folders or files to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>import: name at least one archive, folder or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>import: --jobs, --max-file-size and --max-entries take whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%1: %n file(s), %2</source>
        <translation>
            <numerusform>%1: %n file, %2</numerusform>
            <numerusform>%1: %n files, %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Import cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+5"/>
        <source>The import log could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../app/gui/importing/ImportController.cpp" line="+29"/>
        <source>Preparing the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling: the library is being restored…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%1
%n file(s) imported
%2</source>
        <translation>
            <numerusform>%1
%n file imported
%2</numerusform>
            <numerusform>%1
%n files imported
%2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Nothing changed: all %n document(s) are in the library already.</source>
        <translation>
            <numerusform>Nothing changed: all %n documentis in the library already.</numerusform>
            <numerusform>Nothing changed: all %n documents are in the library already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n entry(ies) need attention; see the details.</source>
        <translation>
            <numerusform>%n entry(ies) need attention; see the details.</numerusform>
            <numerusform>%n entry(ies) need attention; see the details.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../app/core/import/ImportReport.cpp" line="+32"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no longer in the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: import failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The catalog could not be backed up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n pack(s): added %1, duplicates %2, updated %3, warnings %4, rejected %5</source>
        <translation>
            <numerusform>%n pack: added %1, duplicates %2, updated %3, warnings %4, rejected %5</numerusform>
            <numerusform>%n packs: added %1, duplicates %2, updated %3, warnings %4, rejected %5</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, no longer in the pack %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source> (%n pack(s) failed: nothing of them was kept)</source>
        <translation>
            <numerusform> (%n pack failed: nothing of them was kept)</numerusform>
            <numerusform> (%n packs failed: nothing of them was kept)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (cancelled: nothing of the unfinished pack was kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (dry run: the library was not changed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../app/core/import/Importer.cpp" line="+289"/>
        <source>The catalog is busy or cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write to the library&apos;s file store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The catalog could not be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+173"/>
        <source>Cannot create a temporary file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the manifest is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write to the library&apos;s file store (%1); is the disk full?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-38"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Cannot write the import journal in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-156"/>
        <source>the archive is damaged after this entry; the rest could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the name contains characters that cannot be read (it is not UTF-8); rename the file and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Writing the catalog failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database gave no reason (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+373"/>
        <source>The title contained control characters; they were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The title was longer than %1 characters; it was cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+232"/>
        <source>already in the library; its metadata was updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&quot;%1&quot; is not in the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the new version of the pack no longer contains this file; it stays in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no reason was given (backup folder %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Single files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <location filename="../app/core/library/Library.cpp" line="+32"/>
        <source>the file is empty, but the library holds stored files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is not an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The catalog %1 is damaged (%2). It was left unchanged; restore a backup of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+97"/>
        <location line="+146"/>
        <source>The library %1 cannot be used: %2 is a symbolic link. The library never follows links it did not make; replace the link by the folder or file itself, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-137"/>
        <source>The published library %1 has no current version yet: a publish is running or was interrupted. Publish it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no library in %1 (no %2 found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot create the library folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The library was opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The library folder %1 is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+8"/>
        <source>Cannot open the catalog %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+68"/>
        <source>Cannot open the library %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The library is a published version (%1): it can be read, not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot open the published library %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot restore a backup: the library folder %1 is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryChecker</name>
    <message>
        <location filename="../app/core/library/LibraryChecker.cpp" line="+40"/>
        <location line="+4"/>
        <source>Catalog integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Catalog table %1 row %2 refers to a missing row in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Document %1 &quot;%2&quot; (%3): its file is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Document %1 &quot;%2&quot; (%3): its file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Document %1 &quot;%2&quot; (%3): the file&apos;s content changed (SHA-256 %4 instead of %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is a symbolic link (to %2); the library does not follow links it did not make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file %1 belongs to no document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file %1 does not belong in the file store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file %1 does not belong in the folder of page files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The page file %1 belongs to no document; it can be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryLock</name>
    <message>
        <location filename="../app/core/library/LibraryLock.cpp" line="+54"/>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library is open for changes in %1. Only one program at a time may change a library: try again when it has finished or was closed (lock file %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+86"/>
        <source>%1 (process %2, user %3 on host %4) since %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The lock file %1 changed meanwhile; look at its holder again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot remove the lock file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Cannot create the lock file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The lock file %1 is a symbolic link; the library does not follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>If that program no longer runs on %1, remove the lock with &apos;srtoolbox-cli --library %2 unlock --force&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+109"/>
        <source>Cannot open the lock file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Cannot lock the file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot write the lock file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryProblemDialog</name>
    <message>
        <location filename="../app/gui/startup/LibraryProblemDialog.cpp" line="+19"/>
        <source>&amp;Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The library cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The catalog is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;The catalog of the library %1 is damaged: what the window shows may be incomplete.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;The library %1 cannot be opened.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backup of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no automatic backup of this catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app keeps a copy of the catalog after every import. &amp;Backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backups of the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;another library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Quit (restore later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a library folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="+13"/>
        <source>List every document of the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print a JSON array of documents.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="+6"/>
        <source>Smart Region Toolbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>F&amp;ilters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words are combined with AND; F1 shows the query syntax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search documents (Ctrl+F) – e.g. Vergabe kategorie:LoRaWAN jahr:2021..2023</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Query syntax (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Query syntax help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Filters: categories, tags, types, years, formats, municipalities, packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>S&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sort the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Document details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;gs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+98"/>
        <source>&amp;Open original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+73"/>
        <source>&amp;Use template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-73"/>
        <source>A copy filled in with your municipality&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Import packs or files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import the &amp;sample pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show in f&amp;older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A copy of the selected document filled in with your municipality&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export selected documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;all hits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the result &amp;list as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tags of the selected documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Manage tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Next hit in the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Previous hit in the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Query syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Smart Region Toolbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main/MainWindow.cpp" line="+1188"/>
        <source>Read-only: %1 Importing and editing are disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-762"/>
        <source>Import a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-206"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+247"/>
        <source>That document is not in this library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>About Smart Region Toolbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+132"/>
        <source>No document contains all of these words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each filter narrows the search: remove one above to find more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A word with * finds everything that begins with it, e.g. Förder*. &lt;a href=&quot;help:&quot;&gt;How to search&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Filters (click to remove):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n document(s) in the library</source>
        <translation>
            <numerusform>%n document in the library</numerusform>
            <numerusform>%n documents in the library</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Text obtained by text recognition (OCR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text of page(s) %1 obtained by text recognition (OCR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+389"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-389"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/gui/search/FacetTree.cpp" line="+50"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/search/FacetTree.cpp" line="-9"/>
        <source>Scan (text by OCR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+134"/>
        <source>My list (Merkliste)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The documents you put on your own list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main/MainWindow.cpp" line="-598"/>
        <source>Cannot drag the files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/search/FacetTree.cpp" line="-68"/>
        <source>Delete saved search &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main/MainWindow.cpp" line="+79"/>
        <source>Edit failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import packs or files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packs and documents (*.zip *.tar *.tar.gz *.tgz *.tar.bz2 *.tar.xz *.7z *.pdf *.docx *.xlsx *.pptx *.odt *.ods *.odp *.txt *.md *.csv *.html);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Publish library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write this library as a new version into a folder, e.g. on the file share, where colleagues read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>My tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the saved search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tab moves between the search field, the results, the details and the filters; Space or Return on a filter narrows the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <source>&lt;h3&gt;Smart Region Toolbox %1&lt;/h3&gt;&lt;p&gt;Templates and sample documents of Hessen&apos;s Smart Region programme: search, preview and reuse them.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+105"/>
        <source>%n document(s) found</source>
        <translation>
            <numerusform>%n document found</numerusform>
            <numerusform>%n documents found</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/search/FacetTree.cpp" line="+132"/>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved search %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-23"/>
        <source>%1, %n document(s)</source>
        <translation>
            <numerusform>%1, %n document</numerusform>
            <numerusform>%1, %n documents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main/MainWindow.cpp" line="+78"/>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not possible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New version of the library – load now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The library was published again. Loading it keeps your search and selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>Change tags of %n document(s)</source>
        <translation>
            <numerusform>Change tags of %n document</numerusform>
            <numerusform>Change tags of %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Tags of %n document(s) changed (Ctrl+Z undoes it)</source>
        <translation>
            <numerusform>Tags of %n document changed (Ctrl+Z undoes it)</numerusform>
            <numerusform>Tags of %n documents changed (Ctrl+Z undoes it)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot open the document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>Open original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Opened a copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Use template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document cannot be read from the library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Export the result list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library %1 is opened at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+206"/>
        <source>The library is still empty. Import the bundled sample pack of the Smart Region Toolbox to look around?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-333"/>
        <source>Imported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+195"/>
        <source>This computer has no program for this kind of file. A copy was saved at %1; &quot;Show in folder&quot; opens its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A copy is in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+128"/>
        <source>This library is read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Library %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Best match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title A–Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;The library is still empty&lt;/h3&gt;&lt;p&gt;First steps:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;import&quot;&gt;Import a pack or documents&lt;/a&gt; – or drag files onto this window.&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;sample&quot;&gt;Import the sample pack&lt;/a&gt; of the Smart Region Toolbox to look around.&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;settings&quot;&gt;Open a shared library&lt;/a&gt; of your team (Settings, library folder).&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Empty library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <location filename="../app/core/pack/Manifest.cpp" line="+415"/>
        <source>malformed JSON (%1); the manifest is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the manifest must be a JSON object; it is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-131"/>
        <source>unknown format &quot;%1&quot;, read as &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&quot;documents&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>document %1 is not an object; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>document %1 has no &quot;file&quot;; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-234"/>
        <source>&quot;year&quot; of %1 is not a number: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-69"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot; of %2 is %3, not text; it is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; of %2 contains control characters; they were removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; of %2 is longer than %3 characters; it was cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;year&quot; of %1 is %2, not a number; it is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;year&quot; of %1 is not a year: %2; it is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n tag(s) of %1 are not text; they are ignored</source>
        <translation>
            <numerusform>%n tag of %1 are not text; they are ignored</numerusform>
            <numerusform>%n tags of %1 are not text; they are ignored</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;tags&quot; of %1 is %2, not a list; it is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&quot;tags&quot; of %1 contain control characters; they were removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n tag(s) of %1 are longer than %2 characters; they were cut</source>
        <translation>
            <numerusform>%n tag of %1 are longer than %2 characters; they were cut</numerusform>
            <numerusform>%n tags of %1 are longer than %2 characters; they were cut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 has more than %2 tags; the other %n were left out</source>
        <translation>
            <numerusform>%1 has more than %2 tags; the other %n were left out</numerusform>
            <numerusform>%1 has more than %2 tags; the other %n were left out</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;placeholders&quot; of %1 is %2, not an object; it is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n placeholder(s) of %1 have no text as their meaning; they are ignored</source>
        <translation>
            <numerusform>%n placeholder of %1 has no text as its meaning; it is ignored</numerusform>
            <numerusform>%n placeholders of %1 have no text as their meaning; they are ignored</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;placeholders&quot; of %1 contain control characters; they were removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;placeholders&quot; of %1 hold text longer than %2 characters; it was cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 has more than %2 placeholders; the other %n were left out</source>
        <translation>
            <numerusform>%1 has more than %2 placeholders; the other one was left out</numerusform>
            <numerusform>%1 has more than %2 placeholders; the other %n were left out</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; appears twice in the same {…} block; the last value counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>format version %1 is not supported (this program reads version %2); the manifest is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;pack&quot; is %1, not an object; it is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&quot;file&quot; of document %1 is %2, not text; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;file&quot; of document %1 contains control characters; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is listed twice; the first entry counts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeTagCommand</name>
    <message>
        <location filename="../app/gui/editing/EditCommands.cpp" line="-57"/>
        <source>Merge tag &quot;%1&quot; into &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataDialog</name>
    <message>
        <location filename="../ui/MetadataDialog.ui" line="+6"/>
        <source>Edit details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Municipality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Y&amp;ear:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;License:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/MetadataDialog.cpp" line="+30"/>
        <source>Edit details of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MunicipalityProfilePage</name>
    <message>
        <location filename="../ui/MunicipalityProfilePage.ui" line="+9"/>
        <source>These details replace the placeholders of templates (&quot;Use template…&quot;). They are saved for you on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Municipality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Gemeinde Lahnfels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;istrict (Landkreis):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Landkreis Lahn-Dill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Street and number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posta&amp;l code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Town:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>M&amp;ayor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Contact person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Depa&amp;rtment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of the contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ogo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an image file (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Made-up names in templates, such as Musterstadt or Max Mustermann, are replaced like placeholders. Musterstadt, Musterbach, Mustergemeinde and Max Mustermann are known already; add others your templates use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Further stand-in &amp;names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one per line, e.g. Beispielhausen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save as default for e&amp;veryone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/MunicipalityProfilePage.cpp" line="+21"/>
        <source>Further stand-in names, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Municipality profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved as the library&apos;s default: everyone without a profile of their own starts from these details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your profile could not be read, so the page starts empty: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filled in from the library&apos;s default profile. Saving keeps these details as your own; change what differs for you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OcrBacklog</name>
    <message>
        <location filename="../app/core/convert/OcrBacklog.cpp" line="+28"/>
        <source>%1 (document %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OcrCommand</name>
    <message>
        <location filename="../app/cli/OcrCommand.cpp" line="+18"/>
        <source>Text recognition (OCR) of scans imported without it: show what is queued and failed; --wait reads them now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read the queued scans now and wait until they are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scans to read by OCR: %1 queued, %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not read: %1 (document %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Text recognition: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Text read by OCR for %n document(s).</source>
        <translation>
            <numerusform>Text read by OCR for %n document.</numerusform>
            <numerusform>Text read by OCR for %n documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n failed.</source>
        <translation>
            <numerusform>%n failed.</numerusform>
            <numerusform>%n failed.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text recognition cancelled; the rest stays queued (&apos;srtoolbox-cli ocr --wait&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OcrEngine</name>
    <message>
        <location filename="../app/core/extract/OcrEngine.cpp" line="+53"/>
        <source>Text recognition (OCR) with German language data is not installed (Debian package tesseract-ocr-deu); with it, the text of scanned pages and images would be searchable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The page image is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Text recognition failed on this page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OdfExtractor</name>
    <message>
        <location filename="../app/core/extract/OdfExtractor.cpp" line="+62"/>
        <source>The OpenDocument file is password-protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not an OpenDocument file (content.xml is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The document has more than %1 tables or slides (the limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This is not an OpenDocument file (content.xml has no body).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The document metadata (meta.xml) is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeConverter</name>
    <message>
        <location filename="../app/core/convert/OfficeConverter.cpp" line="+166"/>
        <source>LibreOffice (%1) could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+21"/>
        <source>LibreOffice could not open the file (damaged, protected by a password, or not an office file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <source>LibreOffice made no PDF of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>LibreOffice did not finish the file within %n second(s); it was stopped.</source>
        <translation>
            <numerusform>LibreOffice did not finish the file within %n second; it was stopped.</numerusform>
            <numerusform>LibreOffice did not finish the file within %n seconds; it was stopped.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LibreOffice stopped while converting the file (it crashed or needed more than %1 MB of memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LibreOffice stopped while converting the file (it crashed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>LibreOffice is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OoxmlExtractor</name>
    <message>
        <location filename="../app/core/extract/OoxmlExtractor.cpp" line="+215"/>
        <source>The Office file is password-protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <source>This is not an Office Open XML document (no document, workbook or presentation found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The document properties (%1) are damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+182"/>
        <source>The workbook has %1 sheets, more than the limit of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The presentation has %1 slides, more than the limit of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackSource</name>
    <message>
        <location filename="../app/core/import/PackSource.cpp" line="-89"/>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageBuilder</name>
    <message>
        <location filename="../app/core/convert/PageBuilder.cpp" line="+49"/>
        <source>Its pages are being made; until then the preview shows its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages of office files need LibreOffice, which is not installed here (Debian: the packages libreoffice-writer-nogui, libreoffice-calc-nogui and libreoffice-impress-nogui). The preview shows the file&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The PDF LibreOffice made cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot copy %1 for LibreOffice: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 (document %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageController</name>
    <message>
        <location filename="../app/gui/importing/PageController.cpp" line="+29"/>
        <location line="+9"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+10"/>
        <source>Pause making the pages of office documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on making the pages of office documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page views paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Page views: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text recognition: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageConversion</name>
    <message>
        <location filename="../app/cli/PageConversion.cpp" line="+29"/>
        <source>Pages: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No pages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Pages made for %n document(s).</source>
        <translation>
            <numerusform>Pages made for %n document.</numerusform>
            <numerusform>Pages made for %n documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n failed.</source>
        <translation>
            <numerusform>%n failed.</numerusform>
            <numerusform>%n failed.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Making pages cancelled; the rest stays queued (&apos;srtoolbox-cli pages --wait&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageThumbnails</name>
    <message>
        <location filename="../app/gui/preview/PageThumbnails.cpp" line="+29"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagesCommand</name>
    <message>
        <location filename="../app/cli/PagesCommand.cpp" line="+14"/>
        <source>Pages of office documents (made with LibreOffice): show what is queued and failed; --wait makes them now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Make the queued pages now and wait until they are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Office documents with pages: %1, queued: %2, failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No pages: %1 (document %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordProtection</name>
    <message>
        <location filename="../app/core/extract/PasswordProtection.cpp" line="+182"/>
        <source>The file is protected by a password; its pages and text cannot be made without it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfExtractor</name>
    <message>
        <location filename="../app/core/extract/PdfExtractor.cpp" line="+65"/>
        <location line="+117"/>
        <source>This is not a readable PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-113"/>
        <source>The PDF file is password-protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PDF file has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF file has %1 pages, more than the limit of %2 pages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPageRenderer</name>
    <message>
        <location filename="../app/core/preview/PdfPageRenderer.cpp" line="+16"/>
        <source>The PDF cannot be read; it may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF is password-protected and cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The PDF has no page %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page %1 cannot be rendered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalCommand</name>
    <message>
        <location filename="../app/cli/TagCommand.cpp" line="+23"/>
        <source>Save your favourites, own tags and notes to a file, or add them from one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace an existing file (export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export or import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file of personal marks (.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write: personal export FILE [--replace], or personal import FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 exists already; add --replace to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Saved the marks of %n document(s) to %1.</source>
        <translation>
            <numerusform>Saved the marks of %n document to %1.</numerusform>
            <numerusform>Saved the marks of %n documents to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Read the marks of %n document(s):</source>
        <translation>
            <numerusform>Read the marks of %n document:</numerusform>
            <numerusform>Read the marks of %n documents:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n favourite(s) added,</source>
        <translation>
            <numerusform>%n favourite added,</numerusform>
            <numerusform>%n favourites added,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n tag(s) added,</source>
        <translation>
            <numerusform>%n tag added,</numerusform>
            <numerusform>%n tags added,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s) added,</source>
        <translation>
            <numerusform>%n note added,</numerusform>
            <numerusform>%n notes added,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s) appended to your own.</source>
        <translation>
            <numerusform>%n note appended to your own.</numerusform>
            <numerusform>%n notes appended to your own.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonalMarks</name>
    <message>
        <location filename="../app/gui/personal/PersonalMarks.cpp" line="+32"/>
        <source>On my list (Merkliste)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep the document on your own list; only you see it. Search it with meine:Merkliste.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalMarksFile</name>
    <message>
        <location filename="../app/core/library/PersonalMarksFile.cpp" line="+41"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the personal marks file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is larger than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is not a file of personal marks (&quot;format&quot; is not &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it was written in another version (%1) of the format; this program reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;documents&quot; is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Entry %1 was skipped: it lacks a valid SHA-256 or has a value of the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalNoteEdit</name>
    <message>
        <location filename="../app/gui/personal/PersonalNoteEdit.cpp" line="+145"/>
        <source>My &amp;note (only you can see it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes for yourself on this document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalOverlay</name>
    <message>
        <location filename="../app/core/library/PersonalOverlay.cpp" line="+46"/>
        <source>Cannot open your personal tags and favourites %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+116"/>
        <source>Cannot save your personal marks in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cannot read your personal tags and favourites %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlainTextExtractor</name>
    <message>
        <location filename="../app/core/extract/PlainTextExtractor.cpp" line="+70"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is too large (the limit is %1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a text file (it contains binary data).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../app/gui/preview/PreviewPane.cpp" line="+46"/>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◀ Hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hit ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit the page width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rendered page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+57"/>
        <source>Select a document to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Loading page %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only PDF and office documents are shown as pages; see the text tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No text was extracted from this document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="+18"/>
        <source>The municipality profile templates are filled from: show | set-default FILE | clear-default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>show (the values in effect and where they come from), set-default FILE (store a profile file as the library&apos;s default for all staff) or clear-default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A profile file (JSON, as the program saves it in your data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>profile: give show, set-default FILE or clear-default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>library default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no profile file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The profile file %1 holds no values; use clear-default to remove the library&apos;s default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The library&apos;s default municipality profile is now the one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The library has no default municipality profile now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../app/core/templating/MunicipalityProfile.cpp" line="+57"/>
        <source>The municipality profile is larger than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The municipality profile is not valid JSON (at character %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The municipality profile is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The municipality profile&apos;s &quot;fields&quot; is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The municipality profile&apos;s field &quot;%1&quot; is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The municipality profile&apos;s field &quot;%1&quot; is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The municipality profile&apos;s &quot;standInNames&quot; is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The municipality profile lists more than %1 stand-in names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A stand-in name in the municipality profile is not text of at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The municipality profile&apos;s &quot;remembered&quot; is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The municipality profile remembers more than %1 values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The value remembered for &quot;%1&quot; in the municipality profile is not text of at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Cannot read the municipality profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The municipality profile %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create the folder for the municipality profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot save the municipality profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read the library&apos;s default municipality profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The library&apos;s default municipality profile is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The library&apos;s default municipality profile cannot be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot store the library&apos;s default municipality profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishCommand</name>
    <message>
        <location filename="../app/cli/PublishCommand.cpp" line="+15"/>
        <source>Publish the library as a new version into a folder for many readers (a file share).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder to publish into (empty, or published before).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the newest N versions (default %1); older ones are removed unless a reader still uses them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name the folder to publish into with --to DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--keep needs a number of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Published version %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents: %1 (added %2, changed %3, removed %4 since the previous version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied:    %1 files, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed old versions: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishController</name>
    <message>
        <location filename="../app/gui/publishing/PublishController.cpp" line="+28"/>
        <source>Publish the library to a folder (for example on the file share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Publishing the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <location line="+13"/>
        <source>Publish library</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>The library was published as version %1: %n document(s)</source>
        <translation>
            <numerusform>The library was published as version %1: %n document</numerusform>
            <numerusform>The library was published as version %1: %n documents</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since the previous version: %1 added, %2 changed, %3 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Copied: %n file(s), %1.</source>
        <translation>
            <numerusform>Copied: %n file, %1.</numerusform>
            <numerusform>Copied: %n files, %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishedFolder</name>
    <message>
        <location filename="../app/core/library/PublishedFolder.cpp" line="+36"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The file %1 names no version of the library.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Publisher</name>
    <message>
        <location filename="../app/core/publish/Publisher.cpp" line="+49"/>
        <source>Cannot read the catalog %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the copy stays in journal mode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot copy the catalog %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The stored file %1 does not match its name (damaged); it was not published. &apos;srtoolbox-cli check&apos; finds such files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Publishing was cancelled; the previous version stays current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Cannot publish to %1: the folder is the library itself, inside it or around it. Choose a folder of its own, e.g. on the file share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+286"/>
        <source>Cannot publish to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-248"/>
        <source>Cannot publish to %1: it holds a working library (%2). Publish into an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot publish to %1: the folder is not empty and holds no published library. Publish into an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot publish to %1: %2 is a symbolic link, which publishing never follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The catalog %1 names an invalid file hash &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+3"/>
        <source>Cannot read the library %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+78"/>
        <source>Smart Region Toolbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueryHelpDialog</name>
    <message>
        <location filename="../app/gui/search/QueryHelpDialog.cpp" line="+21"/>
        <location line="+20"/>
        <source>Query syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Query syntax and examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper and lower case, umlauts (ä = ae = a, ß = ss) and word forms do not matter; a part of a compound word finds the whole word. Click an example to try it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>both words (AND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the exact phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>either word (OR, ODER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>without a word (-word, NOT, NICHT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>words beginning with …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grouping with parentheses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>documents with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a compound in any spelling: closed, with hyphen or spaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an abbreviation also finds its long form, and the other way round (list: srtoolbox-cli abbreviations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>category containing the word (also category:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exactly this category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An empty search shows every document; the Sort box orders the hits by title, year or category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>document type (also type:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>municipality (also municipality:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year or range of years (also year:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file format: pdf, docx, odt, xlsx, md, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only in the title (also title:)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueCommand</name>
    <message>
        <location filename="../app/cli/QueueCommand.cpp" line="+9"/>
        <source>With --wait: try the documents that failed before again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentDocuments</name>
    <message>
        <location filename="../app/gui/personal/RecentDocuments.cpp" line="+85"/>
        <source>Recently &amp;viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No documents viewed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clear list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecolorTagCommand</name>
    <message>
        <location filename="../app/gui/editing/EditCommands.cpp" line="+32"/>
        <source>Change the color of tag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelatedDocumentsList</name>
    <message>
        <location filename="../app/gui/details/RelatedDocumentsList.cpp" line="+30"/>
        <location line="+8"/>
        <source>Related documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenameTagCommand</name>
    <message>
        <location filename="../app/gui/editing/EditCommands.cpp" line="-51"/>
        <source>Rename tag &quot;%1&quot; to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <location filename="../app/cli/RenderCommand.cpp" line="+16"/>
        <source>Render a page of a document that has pages (PDF, converted office file, scan or photo) to a PNG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The page, from 1 (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution in dots per inch (default 100, at most 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PNG file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document&apos;s id (see list and search).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>render: give one document id, --out FILE.png, a --page from 1 and a --dpi from 10 to 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no document %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Document %1 (%2) has no pages yet: they are queued (&apos;srtoolbox-cli pages --wait&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document %1 (%2) has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot render page %1 of document %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page %1 of %2 written to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreBackupCommand</name>
    <message>
        <location filename="../app/cli/RestoreBackupCommand.cpp" line="+15"/>
        <source>List the catalog backups, or restore one (after a damaged catalog).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore even though the current catalog is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number (1 = newest) or path of the backup to restore; without it the backups are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The library %1 has no catalog backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>restore-backup: name one backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>restore-backup: there is no backup %1 (the library has %n backup(s)).</source>
        <translation>
            <numerusform>restore-backup: there is no backup %1 (the library has %n backup).</numerusform>
            <numerusform>restore-backup: there is no backup %1 (the library has %n backups).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The catalog of %1 is intact; restoring a backup would drop what changed since. Use --force to restore anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Restored the catalog from %1: %n document(s).</source>
        <translation>
            <numerusform>Restored the catalog from %1: %n document.</numerusform>
            <numerusform>Restored the catalog from %1: %n documents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunTextMap</name>
    <message>
        <location filename="../app/core/templating/RunTextMap.cpp" line="+569"/>
        <source>damaged XML (%1, line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the text is not in UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the text is in %1, not in UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Text box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+9"/>
        <source>Footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-107"/>
        <location line="+101"/>
        <source>Footnote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+105"/>
        <source>Endnote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-250"/>
        <source>a document type declaration, which office documents do not have</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanImage</name>
    <message>
        <location filename="../app/core/extract/ScanImage.cpp" line="+19"/>
        <source>The image is too large to read (%1 × %2 pixels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The image cannot be read; it may be damaged or of a kind not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The image has no page %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The image cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanReader</name>
    <message numerus="yes">
        <location filename="../app/core/extract/ScanReader.cpp" line="+76"/>
        <source>%n page(s) have no text layer (scanned).</source>
        <translation>
            <numerusform>%n pagehas no text layer (scanned).</numerusform>
            <numerusform>%n pages have no text layer (scanned).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Text recognition (OCR) stopped after %1 seconds for this document; %n scanned page(s) were not read.</source>
        <translation>
            <numerusform>Text recognition (OCR) stopped after %1 seconds for this document; %n scanned pagewas not read.</numerusform>
            <numerusform>Text recognition (OCR) stopped after %1 seconds for this document; %n scanned pages were not read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Text recognition (OCR) read the first %1 scanned pages only; %n more were not read.</source>
        <translation>
            <numerusform>Text recognition (OCR) read the first %1 scanned pages only; %n more were not read.</numerusform>
            <numerusform>Text recognition (OCR) read the first %1 scanned pages only; %n more were not read.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text recognition (OCR) stopped at the time limit on page(s) %1; their text may be incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text recognition (OCR) failed on page(s) %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <location filename="../app/core/library/SchemaMigrator.cpp" line="+47"/>
        <source>The catalog uses schema version %1, but this program only knows versions up to %2. It was written by a newer Smart Region Toolbox and was left unchanged; please update the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The catalog uses the older schema version %1 and must be upgraded to version %2, which needs write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot read the schema migration %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Upgrading the catalog to schema version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <location filename="../app/cli/SearchCommand.cpp" line="+17"/>
        <source>Search the library (the query syntax is in the README; -- ends the options).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print one JSON object: total, hits, suggestions, facets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include facet counts (category, type, tag, year, format, municipality, pack).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of hits (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the first N hits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort order: relevance (default), title, date (year, newest first) or category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-81"/>
        <source>The query; several arguments are joined by spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>search: --limit and --offset take whole numbers, --sort one of relevance, title, date, category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n document(s) found</source>
        <translation>
            <numerusform>%n document found</numerusform>
            <numerusform>%n documents found</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <location filename="../app/gui/search/SearchResultModel.cpp" line="+207"/>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found in text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Searcher</name>
    <message>
        <location filename="../app/core/search/Searcher.cpp" line="+263"/>
        <source>&quot;%1&quot; is too long to search for: words of more than %2 letters are not in the search index. It matches no document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; contains characters that could not be read (the text was not UTF-8). It matches no document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Parentheses nested more than %1 deep cannot be searched; what is inside them matches no document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The search text is longer than %1 characters and was not searched; please shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+361"/>
        <source>The catalog is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+479"/>
        <source>There is no document with the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="+6"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Library &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Municipality &amp;profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="+25"/>
        <location line="+32"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The library in use is %1. Another library folder is opened at the next start, unless the program is started with a library folder of its own (for example by a shortcut your IT department set up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Municipality profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Library folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimilarCommand</name>
    <message>
        <location filename="../app/cli/SimilarCommand.cpp" line="+19"/>
        <source>List the documents closest in content to document ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print one JSON object: id and the related documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of documents (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document&apos;s number (as &quot;list&quot; and &quot;search&quot; print it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>similar: give one document number, and --limit a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Related documents: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceFile</name>
    <message>
        <location filename="../app/core/extract/SourceFile.cpp" line="+10"/>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The file is too large (%1 bytes; the limit is %2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file is too large (the limit is %1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+15"/>
        <source>Library in use?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&amp;Remove mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <location filename="../app/cli/StatsCommand.cpp" line="+14"/>
        <source>Print counts: documents, packs, tags, bytes, pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Library:   %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packs:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages:     %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagChips</name>
    <message>
        <location filename="../app/gui/search/TagChips.cpp" line="+64"/>
        <source>mine: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagCommand</name>
    <message>
        <location filename="../app/cli/TagCommand.cpp" line="-207"/>
        <source>Add, remove or list tags of documents (--personal: your own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your own tags, kept in your user folder (also on a read-only or published library).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add, remove or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ids of the documents (see &apos;list&apos; or &apos;search&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tag (add, remove); &quot;/&quot; nests: Förderung/Bund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Write: tag add|remove [--personal] ID... TAG, or tag list [--personal] [ID...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot change the tag &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(personal)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagDocumentsCommand</name>
    <message numerus="yes">
        <location filename="../app/gui/editing/EditCommands.cpp" line="-99"/>
        <source>Add tag &quot;%1&quot; to %n document(s)</source>
        <translation>
            <numerusform>Add tag &quot;%1&quot; to %n document</numerusform>
            <numerusform>Add tag &quot;%1&quot; to %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Remove tag &quot;%1&quot; from %n document(s)</source>
        <translation>
            <numerusform>Remove tag &quot;%1&quot; from %n document</numerusform>
            <numerusform>Remove tag &quot;%1&quot; from %n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagEditDialog</name>
    <message>
        <location filename="../ui/TagEditDialog.ui" line="+6"/>
        <source>Edit tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Tags (checked: all selected documents carry it; half checked: some do)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tags of the selected documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add a tag (new or existing; &quot;/&quot; nests, e.g. Vergabe/LoRaWAN):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tags/TagEditDialog.cpp" line="+30"/>
        <source>%n document(s) selected.</source>
        <translation>
            <numerusform>%n document selected.</numerusform>
            <numerusform>%n documents selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message>
        <location filename="../ui/TagManagerDialog.ui" line="+6"/>
        <source>Manage tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Color…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tags/TagManagerDialog.cpp" line="+92"/>
        <source>%1, %n document(s)</source>
        <translation>
            <numerusform>%1, %n document</numerusform>
            <numerusform>%1, %n documents</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+5"/>
        <source>New tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Name (&quot;/&quot; nests a tag below another):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The tag &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+8"/>
        <source>Rename tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>New name for &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A tag &quot;%1&quot; exists already. Merge &quot;%2&quot; into it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Merge tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give every document of &quot;%1&quot; this tag and delete &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Color of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove the tag &quot;%1&quot; from %n document(s) and delete it? (Ctrl+Z undoes it.)</source>
        <translation>
            <numerusform>Remove the tag &quot;%1&quot; from %n document and delete it? (Ctrl+Z undoes it.)</numerusform>
            <numerusform>Remove the tag &quot;%1&quot; from %n documents and delete it? (Ctrl+Z undoes it.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateFiller</name>
    <message>
        <location filename="../app/core/templating/TemplateFiller.cpp" line="+172"/>
        <source>%1 is protected by a password (or saved in the old Word format). Save it as a DOCX without a password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <source>%1 is damaged and cannot be filled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+48"/>
        <source>%1 is protected by a password and cannot be filled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+29"/>
        <source>%1 is damaged and cannot be filled: it has no document text (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is damaged and cannot be filled: the part %2 has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-180"/>
        <source>Field code (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+292"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <location line="+86"/>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-54"/>
        <source>The filled copy cannot replace the template itself; choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The value for &quot;%1&quot; is longer than %2 characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <source>no value given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>inside a field code; fields are left as they are</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemporaryCopies</name>
    <message>
        <location filename="../app/gui/details/TemporaryCopies.cpp" line="+17"/>
        <source>Cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextBudget</name>
    <message>
        <location filename="../app/core/extract/TextBudget.cpp" line="+38"/>
        <source>The text was cut off after %1 characters (the limit for one document).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Thesaurus</name>
    <message>
        <location filename="../app/core/search/Thesaurus.cpp" line="+34"/>
        <source>Line %1 of the abbreviation list does not have the form &quot;abbreviation, long form, source&quot; (separated by tabs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>An abbreviation needs both the short and the long form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThesaurusCommand</name>
    <message>
        <location filename="../app/cli/ThesaurusCommand.cpp" line="+27"/>
        <source>List the abbreviations the search knows (the library&apos;s own first, then the built-in list with sources).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Teach the search an abbreviation of this library: ABBREVIATION &quot;LONG FORM&quot; [SOURCE].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the library&apos;s own long forms of ABBREVIATION.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The short form, e.g. KVV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The long form, e.g. &quot;Kreisverkehrsverbund&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the long form is documented (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>add-abbreviation: give the abbreviation, the long form and optionally the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The abbreviation could not be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>remove-abbreviation: give the abbreviation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The abbreviation could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The library&apos;s abbreviations cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockCommand</name>
    <message>
        <location filename="../app/cli/UnlockCommand.cpp" line="+13"/>
        <source>Show who holds the library&apos;s writer lock; with --force remove a lock whose holder no longer runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the lock: only when the program named no longer runs (e.g. its computer was switched off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nobody holds the writer lock of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The writer lock of %1 names %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If that program no longer runs, remove the lock with --force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Removed the writer lock of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UseTemplateCommand</name>
    <message>
        <location filename="../app/cli/UseTemplateCommand.cpp" line="+22"/>
        <source>Write a filled copy of a template (DOCX, ODT): its placeholders get the municipality profile&apos;s values or those given with --set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The template&apos;s document id (see &apos;list&apos; or &apos;search&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the filled copy to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value of a placeholder, by its name without brackets (Gemeinde for [Gemeinde]; _1, _2 … for blanks); repeat for more. Wins over the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take the values from this profile file instead of your own profile and the library&apos;s default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only list the placeholders and the values they would get.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the file given with --to if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>use-template: give one document id (a whole number, see &apos;list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>use-template: name the file to write with --to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>use-template: --set needs NAME=VALUE, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no document with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>use-template: the profile %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <location line="+55"/>
        <source>use-template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-63"/>
        <source>use-template: %1; the profile is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>use-template: %1 is no DOCX or ODT file; its fields cannot be filled, the copy is written as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>use-template: the template has no placeholder &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>inside a field code, not filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>use-template: %1 exists already; --replace replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>replaced %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UseTemplateDialog</name>
    <message>
        <location filename="../ui/UseTemplateDialog.ui" line="+6"/>
        <location filename="../app/gui/templating/UseTemplateDialog.cpp" line="+376"/>
        <source>Use template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Placeholders and the values that replace them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Where it &amp;sits in the text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save the &amp;copy as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/templating/UseTemplateDialog.cpp" line="-202"/>
        <source>%1 (%n times)</source>
        <translation>
            <numerusform>%1 (once)</numerusform>
            <numerusform>%1 (%n times)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Save the filled copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents like the template (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter a file name for the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a folder; enter a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 exists already. Replace it with the filled copy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Writing the copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The copy was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fields cannot be filled in this kind of file. A copy you can edit was saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The filled copy was saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n placeholder(s) replaced.</source>
        <translation>
            <numerusform>%n placeholder replaced.</numerusform>
            <numerusform>%n placeholders replaced.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not filled, still to do by hand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>• %1 – %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no value given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The values typed could not be remembered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer has no program for this kind of file. The copy is at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A copy of &quot;%1&quot; is saved for you to edit; the stored document stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A copy of &quot;%1&quot; is filled in with your municipality&apos;s details; the stored template stays as it is. Check the values, change them where needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placeholders and their values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sentence around the placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name of the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking for placeholders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fields cannot be filled in this kind of file (only in DOCX and ODT). A copy you can edit is saved under the name below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No placeholders were found. The copy is saved unchanged under the name below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To change a value, select it and type (or press F2). An empty value leaves its placeholder in the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inside fields, left as they are: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XmlText</name>
    <message>
        <location filename="../app/core/extract/XmlText.cpp" line="+334"/>
        <source>The part %1 is damaged (line %2: %3); its text may be incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipPackage</name>
    <message>
        <location filename="../app/core/extract/ZipPackage.cpp" line="+75"/>
        <location line="+10"/>
        <location line="+51"/>
        <source>The file is not a readable zip archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+88"/>
        <source>The zip archive is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+43"/>
        <source>The archive has no member %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The archive member %1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The archive member %1 is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+42"/>
        <source>The archive member %1 is larger than the limit of %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The archive member %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipPatcher</name>
    <message>
        <location filename="../app/core/templating/ZipPatcher.cpp" line="+96"/>
        <source>too short for a zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no central directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+16"/>
        <source>a split or zip64 archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>a damaged central directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an encrypted member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>a damaged member header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+80"/>
        <source>the archive has no member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+11"/>
        <location line="+9"/>
        <source>the copy would need zip64</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <location filename="../app/core/export/ZipWriter.cpp" line="+67"/>
        <source>cannot start the zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot set up the zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write the zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+45"/>
        <source>the zip archive is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-31"/>
        <source>cannot add %1 to the zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <source>cannot write to the zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot finish the zip archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
