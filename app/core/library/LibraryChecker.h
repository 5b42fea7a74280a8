#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>

class Library;

struct CheckProblem
{
    enum class Kind { Integrity, MissingFile, CorruptFile, OrphanFile, StrayFile, Link };
    Kind kind;
    QString path; // the file concerned, or the catalog
    QString message; // for the user, translated
};

// Verifies a library: SQLite's integrity check, every cataloged file present with the right hash,
// no file in the store that the catalog does not know, and no symbolic link anywhere in the library.
class LibraryChecker
{
    Q_DECLARE_TR_FUNCTIONS(LibraryChecker)

public:
    using Progress = std::function<void(int done, int total)>;
    static QList<CheckProblem> check(Library &library, const Progress &progress = {});
    static QString kindName(CheckProblem::Kind kind);
};
