#include "TestLibraryHelpers.h"
#include "core/library/Library.h"
#include "core/library/LibraryChecker.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
// Stores bytes in the library and catalogs them as a document.
qint64 addDocument(Library &library, const QString &dir, const QString &name, const QByteArray &bytes)
{
    const QString source = TestHelpers::writeFile(dir, name, bytes);
    QString sha, error;
    bool existed;
    if (!library.store().storeFile(source, &sha, &existed, &error))
        qFatal("%s", qPrintable(error));
    DocumentRecord doc;
    doc.sha256 = sha;
    doc.filename = name;
    doc.title = name;
    doc.format = QStringLiteral("txt");
    doc.size = bytes.size();
    library.catalog().insertDocument(doc, QString::fromUtf8(bytes));
    return doc.id;
}

QList<CheckProblem::Kind> kinds(const QList<CheckProblem> &problems)
{
    QList<CheckProblem::Kind> result;
    for (const CheckProblem &p : problems)
        result.append(p.kind);
    return result;
}
} // namespace

class TestLibraryChecker : public QObject
{
    Q_OBJECT

private slots:
    void healthyLibraryHasNoProblems()
    {
        QTemporaryDir dir, src;
        QString error;
        auto library = Library::open(dir.path(), &error);
        addDocument(*library, src.path(), QStringLiteral("a.txt"), "Beschlussvorlage");
        addDocument(*library, src.path(), QStringLiteral("b.txt"), "Kooperationsvereinbarung");
        int calls = 0;
        QVERIFY(LibraryChecker::check(*library, [&](int, int total) { QCOMPARE(total, 2); ++calls; }).isEmpty());
        QCOMPARE(calls, 2);
    }

    void findsAMissingFile()
    {
        QTemporaryDir dir, src;
        QString error;
        auto library = Library::open(dir.path(), &error);
        addDocument(*library, src.path(), QStringLiteral("a.txt"), "Beschlussvorlage");
        const qint64 id = addDocument(*library, src.path(), QStringLiteral("Förderantrag.txt"), "Förderantrag");
        library->store().remove(library->catalog().document(id)->sha256);
        const auto problems = LibraryChecker::check(*library);
        QCOMPARE(kinds(problems), QList<CheckProblem::Kind>{CheckProblem::Kind::MissingFile});
        QVERIFY(problems.first().message.contains(QStringLiteral("Förderantrag.txt")));
    }

    void findsACorruptedFile()
    {
        QTemporaryDir dir, src;
        QString error;
        auto library = Library::open(dir.path(), &error);
        const qint64 id = addDocument(*library, src.path(), QStringLiteral("a.txt"), "Datenschutz-Folgenabschätzung");
        const QString path = library->store().pathFor(library->catalog().document(id)->sha256);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(3);
        file.write("X"); // one flipped byte
        file.close();
        const auto problems = LibraryChecker::check(*library);
        QCOMPARE(kinds(problems), QList<CheckProblem::Kind>{CheckProblem::Kind::CorruptFile});
        QCOMPARE(problems.first().path, path);
    }

    void findsOrphanAndStrayFiles()
    {
        QTemporaryDir dir, src;
        QString error;
        auto library = Library::open(dir.path(), &error);
        addDocument(*library, src.path(), QStringLiteral("a.txt"), "Beschlussvorlage");
        QString sha;
        bool existed;
        QVERIFY(library->store().storeFile(TestHelpers::writeFile(src.path(), QStringLiteral("o"), "verwaist"), &sha, &existed, &error));
        TestHelpers::writeFile(library->store().root(), QStringLiteral("notiz.txt"), "gehört nicht hierher");
        auto problems = LibraryChecker::check(*library);
        QCOMPARE(problems.size(), 2);
        QVERIFY(kinds(problems).contains(CheckProblem::Kind::OrphanFile));
        QVERIFY(kinds(problems).contains(CheckProblem::Kind::StrayFile));
    }

    void findsCatalogCorruption()
    {
        QTemporaryDir dir, src;
        QString error;
        auto library = Library::open(dir.path(), &error);
        addDocument(*library, src.path(), QStringLiteral("a.txt"), "Beschlussvorlage");
        // A tag link to a document that does not exist, written behind the foreign keys' back.
        library->database().exec(QStringLiteral("PRAGMA foreign_keys=OFF; INSERT INTO tags (name, name_key) VALUES ('x','x');"
                                                "INSERT INTO document_tags VALUES (4711, 1); PRAGMA foreign_keys=ON;"));
        const auto problems = LibraryChecker::check(*library);
        QCOMPARE(kinds(problems), QList<CheckProblem::Kind>{CheckProblem::Kind::Integrity});
        QVERIFY(problems.first().message.contains(QStringLiteral("document_tags")));
    }
};

QTEST_GUILESS_MAIN(TestLibraryChecker)
#include "TestLibraryChecker.moc"
