#pragma once

#include "core/library/CatalogRecords.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

class Library;

// Exports documents of a library: the files (under their original names) to a folder or to a zip
// archive, or the metadata alone as a CSV list.
//
// - Name clashes never overwrite anything: the second "Name.pdf" becomes "Name (2).pdf", unless
//   replaceExisting lets a folder export overwrite the files already there.
// - Every file is hashed while it is copied and compared with the catalog's SHA-256: a damaged or
//   missing stored file is reported by name (Result::problems) and left out; the rest goes on.
// - Files are written under a temporary name in the target folder and renamed into place when
//   complete. A cancelled or failed export leaves the target as it was: no partial zip, no
//   half-copied file, and a folder export removes the files it already wrote (and puts back what
//   replaceExisting replaced).
// - The zip carries toolbox.json (the pack manifest format, so importing the zip reproduces the
//   documents with their metadata and tags) and index.csv (see csv()).
//
// The work is done by FolderExport, ZipExport and CsvWriter.
//
// Reads the library through a catalog connection of its own, so it may run on a worker thread; it
// never writes to the library (read-only libraries export too).
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    struct Options
    {
        bool byCategory = false;      // files go to <category>/<file name>; without a category to the top
        bool replaceExisting = false; // folder: overwrite same-named files instead of "Name (2)"
        bool overwriteZip = false;    // zip (and writeCsv): replace an existing file of that name
        QString packName;             // toolbox.json's pack name; empty: defaultPackName(today)
    };

    struct Result
    {
        QString target;       // the folder or the zip file
        QStringList written;  // folder: absolute paths of the files written; zip: member paths
        QStringList problems; // documents left out, one line each ("Name.pdf: reason")
        bool cancelled = false;
        QString error;        // what stopped the export (then nothing was left behind)
        bool ok() const { return error.isEmpty() && !cancelled && problems.isEmpty(); }
    };

    // done of total documents are finished; currentFile is the next (empty at the end).
    using Progress = std::function<void(int done, int total, const QString &currentFile)>;

    static constexpr const char *IndexFileName = "index.csv";

    explicit Exporter(const Library &library);
    Exporter(const Library &library, Options options);

    Result exportToFolder(const QList<qint64> &ids, const QString &dir, const Progress &progress = {},
                          const std::atomic_bool *cancel = nullptr);
    Result exportToZip(const QList<qint64> &ids, const QString &zipPath, const Progress &progress = {},
                       const std::atomic_bool *cancel = nullptr);

    // The metadata as a CSV list for a German spreadsheet program (Excel, LibreOffice with German
    // settings): UTF-8 with BOM, ";" between fields, CRLF line ends, fields quoted where needed
    // ("" inside), German header: Titel;Datei;Kategorie;Dokumenttyp;Schlagwörter;Kommune;Jahr;
    // Lizenz;Format;Seiten;SHA-256. files, when given, replaces each document's file name in the
    // "Datei" column (the paths inside an exported zip). Text starting with = + - @ gets a leading
    // apostrophe so that the spreadsheet does not run it as a formula.
    static QByteArray csv(const QList<DocumentRecord> &documents, const QStringList &files = {});
    static QStringList csvHeader();
    // Writes csv() to path through a temporary file; never replaces an existing file unless
    // overwrite is set.
    static bool writeCsv(const QList<DocumentRecord> &documents, const QString &path, QString *error,
                         bool overwrite = true);

    // "Name.pdf" if free, else "Name (2).pdf", "Name (3).pdf", ...; taken says whether a name is used.
    static QString uniqueName(const QString &fileName, const std::function<bool(const QString &)> &taken);
    // A file name that every file system and zip tool accepts: no / \ : * ? " < > | or control
    // characters, no trailing dots or spaces, at most 200 bytes (UTF-8), never empty.
    static QString safeFileName(const QString &name);
    // "Export 2026-11-27"
    static QString defaultPackName(const QDate &date);

private:
    // The documents of ids in their order (each once); unknown ids become problems.
    bool loadDocuments(const QList<qint64> &ids, QList<DocumentRecord> *documents, Result *result) const;

    const Library &m_library;
    Options m_options;
};
