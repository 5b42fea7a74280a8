#include "core/library/LibraryChecker.h"

#include "core/library/Library.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

QString LibraryChecker::kindName(CheckProblem::Kind kind)
{
    switch (kind) {
    case CheckProblem::Kind::Integrity:
        return QStringLiteral("integrity");
    case CheckProblem::Kind::MissingFile:
        return QStringLiteral("missing");
    case CheckProblem::Kind::CorruptFile:
        return QStringLiteral("corrupt");
    case CheckProblem::Kind::OrphanFile:
        return QStringLiteral("orphan");
    case CheckProblem::Kind::StrayFile:
        return QStringLiteral("stray");
    case CheckProblem::Kind::Link:
        return QStringLiteral("link");
    }
    return {};
}

namespace {
using Problems = QList<CheckProblem>;

// SQLite's integrity and foreign-key checks.
void checkCatalog(Library &library, Problems *problems)
{
    SqliteDatabase &db = library.database();
    SqliteStatement integrity = db.prepare(QStringLiteral("PRAGMA integrity_check"));
    while (integrity.next()) {
        const QString line = integrity.text(0);
        if (line != QLatin1String("ok"))
            problems->append({ CheckProblem::Kind::Integrity, library.catalogPath(),
                               LibraryChecker::tr("Catalog integrity: %1").arg(line) });
    }
    if (!integrity.error().isEmpty())
        problems->append({ CheckProblem::Kind::Integrity, library.catalogPath(),
                           LibraryChecker::tr("Catalog integrity: %1").arg(integrity.error()) });
    SqliteStatement foreignKeys = db.prepare(QStringLiteral("PRAGMA foreign_key_check"));
    while (foreignKeys.next())
        problems->append({ CheckProblem::Kind::Integrity, library.catalogPath(),
                           LibraryChecker::tr("Catalog table %1 row %2 refers to a missing row in %3.")
                               .arg(foreignKeys.text(0), foreignKeys.text(1), foreignKeys.text(2)) });
}

// Every cataloged document's file present and hashing to its name; returns the names known.
QSet<QString> checkDocumentFiles(Library &library, const LibraryChecker::Progress &progress,
                                 Problems *problems)
{
    const ContentStore &store = library.store();
    QList<DocumentRecord> documents = library.catalog().documents();
    QSet<QString> known;
    int done = 0;
    for (const DocumentRecord &doc : documents) {
        known.insert(doc.sha256);
        const QString path = store.pathFor(doc.sha256);
        QString actual;
        switch (store.verify(doc.sha256, &actual)) {
        case ContentStore::Verification::Ok:
            break;
        case ContentStore::Verification::Missing:
            problems->append({ CheckProblem::Kind::MissingFile, path,
                               LibraryChecker::tr("Document %1 \"%2\" (%3): its file is missing.")
                                   .arg(doc.id)
                                   .arg(doc.title, doc.filename) });
            break;
        case ContentStore::Verification::Unreadable:
            problems->append({ CheckProblem::Kind::CorruptFile, path,
                               LibraryChecker::tr("Document %1 \"%2\" (%3): its file cannot be read.")
                                   .arg(doc.id)
                                   .arg(doc.title, doc.filename) });
            break;
        case ContentStore::Verification::Corrupt:
            problems->append(
                { CheckProblem::Kind::CorruptFile, path,
                  LibraryChecker::tr(
                      "Document %1 \"%2\" (%3): the file's content changed (SHA-256 %4 instead of %5).")
                      .arg(doc.id)
                      .arg(doc.title, doc.filename, actual, doc.sha256) });
            break;
        }
        if (progress)
            progress(++done, int(documents.size()));
    }
    return known;
}

// Links are listed wherever they are (QDirIterator does not descend into them); the library
// refuses to open with one in its folders, and the store refuses to read one as a stored file.
void checkLinks(const QString &libraryPath, Problems *problems)
{
    QDirIterator all(libraryPath, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                     QDirIterator::Subdirectories);
    while (all.hasNext()) {
        const QFileInfo entry = all.nextFileInfo();
        if (entry.isSymLink())
            problems->append(
                { CheckProblem::Kind::Link, entry.filePath(),
                  LibraryChecker::tr(
                      "%1 is a symbolic link (to %2); the library does not follow links it did not make.")
                      .arg(entry.filePath(), entry.symLinkTarget()) });
    }
}

// Files in the store that no document names, or that do not belong there at all.
void checkStoreContents(const ContentStore &store, const QSet<QString> &known, Problems *problems)
{
    for (const QString &path : store.storedFiles()) { // links are not among them: reported above
        const QString name = QFileInfo(path).fileName();
        if (ContentStore::isSha256(name) && store.pathFor(name) == path) {
            if (!known.contains(name))
                problems->append({ CheckProblem::Kind::OrphanFile, path,
                                   LibraryChecker::tr("The file %1 belongs to no document.").arg(path) });
        } else if (!path.contains(QStringLiteral("/.journal/"))) {
            problems->append(
                { CheckProblem::Kind::StrayFile, path,
                  LibraryChecker::tr("The file %1 does not belong in the file store.").arg(path) });
        }
    }
}

// Derived files can always be made again: a missing one is rebuilt by the next page run, not a
// problem; one whose document is gone is a stray that may be removed.
void checkDerivedFiles(const DerivedFiles &derived, const QSet<QString> &known, Problems *problems)
{
    for (const QString &path : derived.files()) {
        const QString sha = DerivedFiles::sha256Of(QFileInfo(path).fileName());
        if (sha.isEmpty() || derived.pdfPath(sha) != path)
            problems->append(
                { CheckProblem::Kind::StrayFile, path,
                  LibraryChecker::tr("The file %1 does not belong in the folder of page files.").arg(path) });
        else if (!known.contains(sha))
            problems->append(
                { CheckProblem::Kind::StrayFile, path,
                  LibraryChecker::tr("The page file %1 belongs to no document; it can be removed.")
                      .arg(path) });
    }
}
} // namespace

QList<CheckProblem> LibraryChecker::check(Library &library, const Progress &progress)
{
    QList<CheckProblem> problems;
    checkCatalog(library, &problems);
    const QSet<QString> known = checkDocumentFiles(library, progress, &problems);
    checkLinks(library.path(), &problems);
    checkStoreContents(library.store(), known, &problems);
    checkDerivedFiles(library.derived(), known, &problems);
    return problems;
}
