#include "TestLibraryHelpers.h"
#include "TestOfficeFiles.h"
#include "TestPdfWriter.h"
#include "TestZipWriter.h"
#include "core/convert/DocumentPages.h"
#include "core/convert/PageBuilder.h"
#include "core/import/Importer.h"
#include "core/library/Library.h"
#include "core/library/LibraryChecker.h"
#include "core/preview/PdfPageRenderer.h"
#include "core/search/Searcher.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

// The pages of office documents (#13): converted, kept in derived/, their text searchable with the
// page of each hit; a file that hangs LibreOffice costs only its own pages.
class TestPageBuilder : public QObject
{
    Q_OBJECT

    static std::unique_ptr<Library> importFolder(const QString &libraryDir, const QString &folder)
    {
        QString error;
        auto library = Library::open(libraryDir, &error);
        if (!library)
            qWarning("%s", qPrintable(error));
        ImportOptions options;
        Importer importer(*library, options);
        const ImportReport report = importer.run({ folder });
        if (report.failed())
            qWarning("import failed");
        return library;
    }

    static qint64 idOf(Library &library, const QString &filename)
    {
        for (const DocumentRecord &doc : library.catalog().documents()) {
            if (doc.filename == filename)
                return doc.id;
        }
        return 0;
    }

    // Document file name → page of the first hit, for a query.
    static QHash<QString, int> hitPages(Library &library, const QString &query)
    {
        Searcher searcher(library.database());
        SearchRequest request;
        request.query = query;
        QHash<QString, int> pages;
        for (const SearchHit &hit : searcher.search(request).hits)
            pages.insert(hit.filename, hit.page);
        return pages;
    }

private slots:
    // A stand-in for LibreOffice that hangs on one file: that file is marked failed with the reason,
    // the others get their pages and the text of their PDF, hits on page 2 say so.
    void aHangingFileFailsAndTheOthersGetPages()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("made.pdf"));
        QVERIFY(TestPdfWriter()
                    .addPage({ QStringLiteral("Erste Seite") })
                    .addPage({ QStringLiteral("Zweite Seite zur Straßenreinigung") })
                    .writeTo(pdf));
        TestHelpers::writeFile(dir.path(), QStringLiteral("pack/brief.rtf"),
                               "{\\rtf1\\ansi Ein Anschreiben}");
        TestHelpers::writeFile(dir.path(), QStringLiteral("pack/haengt.rtf"), "{\\rtf1\\ansi HAENGT}");
        TestHelpers::writeFile(dir.path(), QStringLiteral("pack/satzung.docx"),
                               TestOfficeFiles::docx(QStringLiteral("Satzung"), { QStringLiteral("Text") }));
        TestHelpers::writeFile(dir.path(), QStringLiteral("pack/notiz.txt"), "Straßenreinigung im Text");
        auto library
            = importFolder(dir.filePath(QStringLiteral("lib")), dir.filePath(QStringLiteral("pack")));
        QVERIFY(library);
        QCOMPARE(library->catalog().pageCounts().pending, 3); // the text file has no pages to make
        QVERIFY(library->catalog().pageStatus(idOf(*library, QStringLiteral("notiz.txt"))).isNone());
        // Before: the RTF is cataloged without text, the DOCX's hits have no page.
        QVERIFY(!hitPages(*library, QStringLiteral("Anschreiben")).contains(QStringLiteral("brief.rtf")));

        OfficeConverter::Options options;
        options.program = TestOfficeFiles::fakeSoffice(dir.path(), pdf, QStringLiteral("HAENGT"));
        options.timeoutSeconds = 2;
        options.startSeconds = 0;
        options.processes = 1;
        PageBuilder builder(*library, library->catalog(), options);
        QList<int> progress;
        const PageBuilder::Report report = builder.run([&](int done, int total) {
            QCOMPARE(total, 3);
            progress.append(done);
        });
        QCOMPARE(report.converted, 2);
        QCOMPARE(report.failures.size(), 1);
        QVERIFY2(report.failures.first().contains(QLatin1String("haengt.rtf")),
                 qPrintable(report.failures.first()));
        QVERIFY(report.failures.first().contains(QLatin1String("did not finish")));
        QCOMPARE(progress.last(), 3);

        const qint64 hanging = idOf(*library, QStringLiteral("haengt.rtf"));
        const PageStatus failed = library->catalog().pageStatus(hanging);
        QCOMPARE(failed.state, PageStatus::State::Failed);
        QVERIFY(failed.reason.contains(QLatin1String("did not finish")));
        const qint64 brief = idOf(*library, QStringLiteral("brief.rtf"));
        QVERIFY(library->catalog().pageStatus(brief).isDone());
        const auto briefDoc = library->catalog().document(brief);
        QCOMPARE(briefDoc->pages, 2);
        QVERIFY(library->derived().hasPdf(briefDoc->sha256));

        // The PDF's text replaced the extracted text: hits of converted documents name their page,
        // a text file's hit does not.
        const QHash<QString, int> pages = hitPages(*library, QStringLiteral("Straßenreinigung"));
        QCOMPARE(pages.value(QStringLiteral("brief.rtf")), 2);
        QCOMPARE(pages.value(QStringLiteral("satzung.docx")), 2);
        QCOMPARE(pages.value(QStringLiteral("notiz.txt"), -1), 0);

        // The preview and render find the pages in derived/.
        const QString pagesPdf
            = DocumentPages::pdfPath(*library, *briefDoc, library->catalog().pageStatus(brief));
        QCOMPARE(pagesPdf, library->derived().pdfPath(briefDoc->sha256));
        QCOMPARE(PdfPageRenderer::render(pagesPdf, 1, 30, {}).pageCount, 2);

        // check: consistent; a missing page file is no damage (it is made again), a page file of no
        // document is a stray.
        QVERIFY(LibraryChecker::check(*library).isEmpty());
        QVERIFY(QFile::remove(library->derived().pdfPath(briefDoc->sha256)));
        QVERIFY(LibraryChecker::check(*library).isEmpty());
        QCOMPARE(builder.requeueMissing(), 1);
        QVERIFY(library->catalog().pageStatus(brief).isPending());
        const QString stray = QString(64, QLatin1Char('e'));
        TestHelpers::writeFile(library->derived().root(), QStringLiteral("ee/%1.pdf").arg(stray), "%PDF-1.4");
        const QList<CheckProblem> problems = LibraryChecker::check(*library);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().kind, CheckProblem::Kind::StrayFile);
        QVERIFY(problems.first().path.endsWith(stray + QStringLiteral(".pdf")));
    }

    // Files protected by a password (an encrypted ODT and Word 97 file written by LibreOffice) are
    // reported with that reason and never handed to LibreOffice, which could only say "could not be
    // loaded"; the others are converted. (The stand-in would have "converted" them.)
    void passwordProtectedFilesFailWithTheReason()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("made.pdf"));
        QVERIFY(TestPdfWriter().addPage({ QStringLiteral("Seite") }).writeTo(pdf));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("pack"))));
        for (const QString &name :
             { QStringLiteral("verschluesselt.odt"), QStringLiteral("verschluesselt.doc") })
            QVERIFY(QFile::copy(QStringLiteral(SRT_TEST_DATA_DIR "/office/") + name,
                                dir.filePath(QStringLiteral("pack/")) + name));
        TestHelpers::writeFile(dir.path(), QStringLiteral("pack/satzung.docx"),
                               TestOfficeFiles::docx(QStringLiteral("Satzung"), { QStringLiteral("Text") }));
        auto library
            = importFolder(dir.filePath(QStringLiteral("lib")), dir.filePath(QStringLiteral("pack")));
        QVERIFY(library);
        QCOMPARE(library->catalog().pageCounts().pending, 3);
        OfficeConverter::Options options;
        options.program = TestOfficeFiles::fakeSoffice(dir.path(), pdf, QStringLiteral("HAENGT"));
        options.processes = 1;
        const PageBuilder::Report report = PageBuilder(*library, library->catalog(), options).run();
        QCOMPARE(report.converted, 1);
        QCOMPARE(report.failures.size(), 2);
        for (const QString &name :
             { QStringLiteral("verschluesselt.odt"), QStringLiteral("verschluesselt.doc") }) {
            const PageStatus status = library->catalog().pageStatus(idOf(*library, name));
            QCOMPARE(status.state, PageStatus::State::Failed);
            QVERIFY2(status.reason.contains(QLatin1String("protected by a password")),
                     qPrintable(status.reason));
        }
        QVERIFY(library->catalog().pageStatus(idOf(*library, QStringLiteral("satzung.docx"))).isDone());
    }

    // Without LibreOffice the library works as before: nothing converted, nothing failed, the
    // documents stay queued for when it is installed.
    void withoutLibreOfficeNothingChanges()
    {
        QTemporaryDir dir;
        TestHelpers::writeFile(
            dir.path(), QStringLiteral("pack/satzung.docx"),
            TestOfficeFiles::docx(QStringLiteral("Satzung"), { QStringLiteral("Gebührensatzung") }));
        auto library
            = importFolder(dir.filePath(QStringLiteral("lib")), dir.filePath(QStringLiteral("pack")));
        const qint64 id = idOf(*library, QStringLiteral("satzung.docx"));
        const QString text = library->catalog().documentText(id);
        OfficeConverter::Options options;
        options.program = QStringLiteral("/nonexistent/soffice");
        PageBuilder builder(*library, library->catalog(), options);
        QVERIFY(!builder.isAvailable());
        const PageBuilder::Report report = builder.run();
        QVERIFY(report.unavailable);
        QCOMPARE(report.converted, 0);
        QVERIFY(report.failures.isEmpty());
        QVERIFY(library->catalog().pageStatus(id).isPending());
        QCOMPARE(library->catalog().documentText(id), text);
        QVERIFY(!PageBuilder::missingPagesNote(false).isEmpty());
    }

    // With LibreOffice: a DOCX and an ODT with a heading, a table and two pages, and a .doc made of
    // the DOCX, get pages; a word of the body is found on its page, also in the .doc, which had no
    // text before.
    void officeFilesGetPagesWithLibreOffice()
    {
        if (TestOfficeFiles::soffice().isEmpty())
            QSKIP("LibreOffice (soffice) is not installed");
        QTemporaryDir dir;
        const QStringList pages = { QStringLiteral("Einleitung zur Satzung."),
                                    QStringLiteral("Die Straßenreinigungsgebühr beträgt 3 Euro.") };
        const QString docx
            = TestHelpers::writeFile(dir.path(), QStringLiteral("pack/satzung.docx"),
                                     TestOfficeFiles::docx(QStringLiteral("Satzung Musterstadt"), pages));
        TestHelpers::writeFile(dir.path(), QStringLiteral("pack/satzung.odt"),
                               TestOfficeFiles::odt(QStringLiteral("Satzung Musterstadt"), pages));
        QString error;
        QDir().mkpath(dir.filePath(QStringLiteral("old")));
        QVERIFY2(TestOfficeFiles::convertWithLibreOffice({ docx }, QStringLiteral("doc:MS Word 97"),
                                                         dir.filePath(QStringLiteral("old")), &error),
                 qPrintable(error));
        QVERIFY(QFile::rename(dir.filePath(QStringLiteral("old/satzung.doc")),
                              dir.filePath(QStringLiteral("pack/alt.doc"))));
        // A damaged file in the same batch: reported with the reason, the others converted.
        TestHelpers::writeFile(
            dir.path(), QStringLiteral("pack/kaputt.docx"),
            TestZipWriter().add(QStringLiteral("[Content_Types].xml"), "<x").toByteArray());
        auto library
            = importFolder(dir.filePath(QStringLiteral("lib")), dir.filePath(QStringLiteral("pack")));
        QVERIFY(!hitPages(*library, QStringLiteral("Straßenreinigungsgebühr"))
                     .contains(QStringLiteral("alt.doc")));
        const auto doc = library->catalog().document(idOf(*library, QStringLiteral("alt.doc")));
        QCOMPARE(doc->format, QStringLiteral("doc"));

        OfficeConverter::Options options;
        options.program = TestOfficeFiles::soffice();
        options.processes = 1;
        PageBuilder builder(*library, library->catalog(), options);
        const PageBuilder::Report report = builder.run();
        QCOMPARE(report.failures.size(), 1);
        QVERIFY2(report.failures.first().startsWith(QLatin1String("kaputt.docx")),
                 qPrintable(report.failures.first()));
        QVERIFY2(report.failures.first().contains(QLatin1String("could not open")),
                 qPrintable(report.failures.first()));
        QCOMPARE(report.converted, 3);

        const QHash<QString, int> found = hitPages(*library, QStringLiteral("Straßenreinigungsgebühr"));
        QCOMPARE(found.value(QStringLiteral("satzung.docx")), 2);
        QCOMPARE(found.value(QStringLiteral("satzung.odt")), 2);
        QCOMPARE(found.value(QStringLiteral("alt.doc")), 2);
        // The table's cells are on page 1.
        QCOMPARE(hitPages(*library, QStringLiteral("Abwasser")).value(QStringLiteral("satzung.odt")), 1);
        for (const QString &name :
             { QStringLiteral("satzung.docx"), QStringLiteral("satzung.odt"), QStringLiteral("alt.doc") }) {
            const qint64 id = idOf(*library, name);
            const auto record = library->catalog().document(id);
            QCOMPARE(record->pages, 2);
            const QString pdf = DocumentPages::pdfPath(*library, *record, library->catalog().pageStatus(id));
            const PdfPageRenderer::Result page
                = PdfPageRenderer::render(pdf, 1, 30, { QStringLiteral("Straßenreinigungsgebühr") });
            QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
            QCOMPARE(page.hitCount, 1);
            QCOMPARE(PdfPageRenderer::pagesWithHits(pdf, { QStringLiteral("Straßenreinigungsgebühr") }),
                     QList<int>({ 1 }));
        }
        QVERIFY(LibraryChecker::check(*library).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPageBuilder)
#include "TestPageBuilder.moc"
