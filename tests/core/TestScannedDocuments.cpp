// Scans end to end: imported through the extraction worker, found by search with their page,
// marked as read by OCR (details, facet), and highlighted on the scanned page itself.
#include "TestScanWriter.h"
#include "core/convert/OcrBacklog.h"
#include "core/extract/OcrBoxes.h"
#include "core/extract/OcrEngine.h"
#include "core/extract/PdfExtractor.h"
#include "core/import/Importer.h"
#include "core/library/Catalog.h"
#include "core/library/ContentStore.h"
#include "core/library/Library.h"
#include "core/preview/ImagePageRenderer.h"
#include "core/preview/PdfPageRenderer.h"
#include "core/search/Searcher.h"

#include <QtTest>

class TestScannedDocuments : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;

    std::optional<SearchHit> find(const QString &query, const QString &filename)
    {
        Searcher searcher(m_library->database());
        SearchRequest request;
        request.query = query;
        const SearchResult result = searcher.search(request);
        for (const SearchHit &hit : result.hits) {
            if (hit.filename == filename)
                return hit;
        }
        return std::nullopt;
    }

    // The id of a file in the given library (the test's own by default). Ids follow the order in
    // which extractions finish, so the same file may have another id in another library.
    qint64 idOf(const QString &filename, Library *library = nullptr)
    {
        for (const DocumentRecord &doc :
             Catalog((library ? library : m_library.get())->database()).documents()) {
            if (doc.filename == filename)
                return doc.id;
        }
        return 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!OcrEngine::forThisThread().isAvailable())
            QSKIP("Tesseract with German data is not installed");
        const QString pack = m_dir.filePath(QStringLiteral("pack"));
        QVERIFY(QDir().mkpath(pack));
        TestScanWriter scan;
        scan.addScannedPage({ QStringLiteral("Gemeinde Musterstadt"), QStringLiteral("Bekanntmachung") })
            .addScannedPage({ QStringLiteral("Friedhofssatzung"), QStringLiteral("vom 1. Mai 2024") });
        QVERIFY(scan.writePdf(pack + QStringLiteral("/scan.pdf")));
        TestScanWriter photo;
        photo.addScannedPage({ QStringLiteral("Ratsbeschluss"), QStringLiteral("Haushalt 2024") });
        QVERIFY(photo.writeImage(pack + QStringLiteral("/beschluss.png")));
        TestScanWriter mixed;
        mixed.addTextPage({ QStringLiteral("Anschreiben an den Rat") })
            .addScannedPage({ QStringLiteral("Unterschriebener Vertrag") });
        QVERIFY(mixed.writePdf(pack + QStringLiteral("/gemischt.pdf")));
        TestScanWriter fax;
        fax.addScannedPage({ QStringLiteral("Deckblatt") })
            .addScannedPage({ QStringLiteral("Winterdienst") });
        QVERIFY(fax.writeTiff(pack + QStringLiteral("/fax.tif")));

        QString error;
        m_library = Library::open(m_dir.filePath(QStringLiteral("library")), &error);
        QVERIFY2(m_library, qPrintable(error));
        ImportOptions options;
        options.threads = 2; // through srtoolbox-extract, where OCR runs in the app
        const ImportReport report = Importer(*m_library, options).run({ pack });
        QCOMPARE(Catalog(m_library->database()).documentIds().size(), 4);
    }

    void scannedPdfIsFoundOnItsSecondPage()
    {
        const std::optional<SearchHit> hit
            = find(QStringLiteral("Friedhofssatzung"), QStringLiteral("scan.pdf"));
        QVERIFY(hit);
        QCOMPARE(hit->page, 2);
        const Catalog catalog(m_library->database());
        QList<OcrWord> words;
        QVERIFY(OcrBoxes::decode(catalog.ocrBoxes(hit->id, 2), &words));
        QVERIFY(std::any_of(words.cbegin(), words.cend(), [](const OcrWord &w) {
            return w.text == QStringLiteral("Friedhofssatzung") && !w.box.isEmpty();
        }));
        QCOMPARE(catalog.document(hit->id)->ocrPages, QList<int>({ 1, 2 }));
    }

    void imageIsFoundAsPageOne()
    {
        const std::optional<SearchHit> hit
            = find(QStringLiteral("Ratsbeschluss"), QStringLiteral("beschluss.png"));
        QVERIFY(hit);
        QCOMPARE(hit->page, 1);
        const std::optional<DocumentRecord> doc = Catalog(m_library->database()).document(hit->id);
        QCOMPARE(doc->extraction, QStringLiteral("ok"));
        QCOMPARE(doc->pages, 1);
        QCOMPARE(doc->ocrPages, QList<int>({ 1 }));
    }

    // A multi-page TIFF is read page by page: the word on its second page is found there, and the
    // preview shows that page with the hit highlighted.
    void multiPageTiffIsFoundOnItsSecondPage()
    {
        const std::optional<SearchHit> hit = find(QStringLiteral("Winterdienst"), QStringLiteral("fax.tif"));
        QVERIFY(hit);
        QCOMPARE(hit->page, 2);
        const Catalog catalog(m_library->database());
        const std::optional<DocumentRecord> doc = catalog.document(hit->id);
        QCOMPARE(doc->pages, 2);
        QCOMPARE(doc->ocrPages, QList<int>({ 1, 2 }));
        const QString path = m_library->store().pathFor(doc->sha256);
        const QStringList words { QStringLiteral("winterdienst") };
        const PdfPageRenderer::Result second
            = ImagePageRenderer::render(path, 1, 50, words, catalog.ocrBoxes(hit->id, 2));
        QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
        QCOMPARE(second.pageCount, 2);
        QCOMPARE(second.hitCount, 1);
        const PdfPageRenderer::Result first
            = ImagePageRenderer::render(path, 0, 50, words, catalog.ocrBoxes(hit->id, 1));
        QCOMPARE(first.hitCount, 0);
        QVERIFY(first.image.size() == second.image.size() && first.image != second.image);
        QVERIFY(!ImagePageRenderer::render(path, 2, 50, words).error.isEmpty()); // no third page
    }

    void mixedPdfMarksOnlyItsScannedPage()
    {
        const std::optional<SearchHit> hit = find(QStringLiteral("Vertrag"), QStringLiteral("gemischt.pdf"));
        QVERIFY(hit);
        QCOMPARE(hit->page, 2);
        QCOMPARE(Catalog(m_library->database()).document(hit->id)->ocrPages, QList<int>({ 2 }));
    }

    // "scan" in the format facet counts the documents read by OCR, and format:scan filters them.
    void scanFacet()
    {
        Searcher searcher(m_library->database());
        SearchRequest request;
        request.facets = true;
        for (int round = 0; round < 2; ++round) { // the SQL counts, then the kept facet table
            const SearchResult all = searcher.search(request);
            QVERIFY2(all.error.isEmpty(), qPrintable(all.error));
            QVERIFY(
                all.facets.value(QStringLiteral("format")).contains(qMakePair(QStringLiteral("scan"), 4)));
        }
        request.query = QStringLiteral("format:scan Vertrag");
        const SearchResult filtered = searcher.search(request);
        QCOMPARE(filtered.total, 1);
        QCOMPARE(filtered.facets.value(QStringLiteral("format")).last(),
                 qMakePair(QStringLiteral("scan"), 1));
    }

    // An installation without Tesseract's German data imports scans as before: nothing fails, the
    // image is metadata-only, the PDF has no text, and both say what would give text. Once OCR is
    // installed, the OCR queue reads them: the words are found on their pages, the warning is gone,
    // and a second run has nothing left to do.
    void withoutOcrDataImportsAsBeforeAndReadsLater()
    {
        const QByteArray saved = qgetenv("TESSDATA_PREFIX");
        QTemporaryDir noData;
        qputenv("TESSDATA_PREFIX", noData.path().toUtf8()); // the workers inherit it
        QString error;
        auto library = Library::open(m_dir.filePath(QStringLiteral("library-without-ocr")), &error);
        QVERIFY2(library, qPrintable(error));
        ImportOptions options;
        options.threads = 2;
        const ImportReport report
            = Importer(*library, options).run({ m_dir.filePath(QStringLiteral("pack")) });
        // Still without OCR, the queue stays as it is.
        const OcrBacklog::Report without = OcrBacklog(*library, library->catalog()).run();
        if (saved.isNull())
            qunsetenv("TESSDATA_PREFIX");
        else
            qputenv("TESSDATA_PREFIX", saved);
        QCOMPARE(report.totals().added, 4);
        QCOMPARE(report.totals().rejected, 0);
        Catalog &catalog = library->catalog();
        for (const DocumentRecord &doc : catalog.documents()) {
            const std::optional<DocumentRecord> full = catalog.document(doc.id);
            QVERIFY(full->ocrPages.isEmpty());
            QCOMPARE(full->extraction,
                     doc.format == QLatin1String("image") ? QStringLiteral("metadata-only")
                                                          : QStringLiteral("ok"));
            QVERIFY2(full->warnings.join(u' ').contains(QStringLiteral("tesseract-ocr-deu")),
                     qPrintable(full->filename));
        }
        QVERIFY(without.unavailable);
        QCOMPARE(without.read, 0);
        QCOMPARE(catalog.ocrQueueCounts().pending, 4);

        int progressCalls = 0;
        const OcrBacklog::Report later = OcrBacklog(*library, catalog).run([&](int, int total) {
            QCOMPARE(total, 4);
            ++progressCalls;
        });
        QVERIFY2(later.error.isEmpty(), qPrintable(later.error));
        QVERIFY2(later.failures.isEmpty(), qPrintable(later.failures.join(u'\n')));
        QVERIFY(!later.unavailable);
        QCOMPARE(later.read, 4);
        QCOMPARE(progressCalls, 5);
        QCOMPARE(catalog.ocrQueueCounts().pending, 0);
        QCOMPARE(catalog.ocrQueueCounts().done, 4);

        Searcher searcher(library->database());
        const auto pageOf = [&](const QString &word, const QString &filename) {
            SearchRequest request;
            request.query = word;
            for (const SearchHit &hit : searcher.search(request).hits) {
                if (hit.filename == filename)
                    return hit.page;
            }
            return -1;
        };
        QCOMPARE(pageOf(QStringLiteral("Friedhofssatzung"), QStringLiteral("scan.pdf")), 2);
        QCOMPARE(pageOf(QStringLiteral("Winterdienst"), QStringLiteral("fax.tif")), 2);
        QCOMPARE(pageOf(QStringLiteral("Ratsbeschluss"), QStringLiteral("beschluss.png")), 1);
        QCOMPARE(pageOf(QStringLiteral("Vertrag"), QStringLiteral("gemischt.pdf")), 2);
        for (const DocumentRecord &doc : catalog.documents()) {
            const std::optional<DocumentRecord> full = catalog.document(doc.id);
            QVERIFY2(!full->ocrPages.isEmpty(), qPrintable(full->filename));
            QCOMPARE(full->extraction, QStringLiteral("ok"));
            QVERIFY2(!full->warnings.join(u' ').contains(QStringLiteral("tesseract-ocr-deu")),
                     qPrintable(full->warnings.join(u' ')));
        }
        QCOMPARE(catalog.document(idOf(QStringLiteral("fax.tif"), library.get()))->pages, 2);

        const OcrBacklog::Report again = OcrBacklog(*library, catalog).run();
        QCOMPARE(again.read + again.checked, 0);
    }

    // A page of one shade has nothing to read: it is answered without Tesseract (which costs
    // ~0.15 s per blank page) and reads the same as before, empty without a warning.
    void blankPagesAreNotRecognized()
    {
        QImage page(620, 877, QImage::Format_RGB32);
        for (const QColor shade :
             { QColor(Qt::white), QColor(Qt::black), QColor(128, 128, 128), QColor(200, 230, 255) }) {
            page.fill(shade);
            QVERIFY(OcrEngine::isBlank(page));
            const OcrEngine::Page read = OcrEngine::forThisThread().recognize(page, OcrEngine::Dpi, 10);
            QVERIFY(read.text.isEmpty());
            QVERIFY(read.words.isEmpty());
            QVERIFY(read.error.isEmpty());
            QVERIFY(!read.timedOut);
        }
        page.fill(Qt::white);
        page.setPixel(300, 400, qRgb(0, 0, 0));
        QVERIFY(!OcrEngine::isBlank(page));

        TestScanWriter withBlank;
        withBlank.addTextPage({ QStringLiteral("Anschreiben an den Rat") }).addScannedPage({});
        const QString path = m_dir.filePath(QStringLiteral("leerseite.pdf"));
        QVERIFY(withBlank.writePdf(path));
        const Extraction x = PdfExtractor().extract(path);
        QVERIFY2(x.ok(), qPrintable(x.error));
        QCOMPARE(x.pages.size(), 2);
        QVERIFY(x.pages.at(0).contains(QStringLiteral("Anschreiben")));
        QCOMPARE(x.pages.at(1), QString());
        QVERIFY(x.ocrPages.isEmpty());
        QCOMPARE(x.warnings, QStringList());
    }

    // A library from before OCR (schema < 10) queues its PDFs and images without pages read by
    // OCR; the backlog reads the ones with pages without text and marks the others done at once.
    void needsReading()
    {
        DocumentRecord pdf;
        pdf.format = QStringLiteral("pdf");
        pdf.pages = 2;
        pdf.extraction = QStringLiteral("ok");
        const QString text
            = Catalog::joinPages({ QStringLiteral("Seite eins"), QStringLiteral("Seite zwei") });
        QVERIFY(!OcrBacklog::needsReading(pdf, text));
        QVERIFY(OcrBacklog::needsReading(
            pdf, Catalog::joinPages({ QStringLiteral("Seite eins"), QStringLiteral("2") })));
        QVERIFY(OcrBacklog::needsReading(pdf, QStringLiteral("Seite eins"))); // a page short
        DocumentRecord scanned = pdf;
        scanned.ocrPages = { 2 };
        QVERIFY(!OcrBacklog::needsReading(scanned, QString()));
        DocumentRecord broken = pdf;
        broken.extraction = QStringLiteral("failed");
        QVERIFY(!OcrBacklog::needsReading(broken, QString()));
        DocumentRecord withoutOcr = pdf;
        withoutOcr.warnings = { QStringLiteral("1 Seite ohne Text. Paket tesseract-ocr-deu fehlt.") };
        QVERIFY(OcrBacklog::needsReading(withoutOcr, text));
        DocumentRecord image;
        image.format = QStringLiteral("image");
        image.extraction = QStringLiteral("metadata-only");
        QVERIFY(OcrBacklog::needsReading(image, QString()));
        DocumentRecord word = image;
        word.format = QStringLiteral("docx");
        QVERIFY(!OcrBacklog::needsReading(word, QString()));
    }

    void hitsAreHighlightedOnTheScan()
    {
        const qint64 id = idOf(QStringLiteral("scan.pdf"));
        const Catalog catalog(m_library->database());
        const QString path = m_library->store().pathFor(catalog.document(id)->sha256);
        const QStringList words { QStringLiteral("friedhofssatzung") };
        // Poppler alone finds nothing on a scan; with the page's boxes the word is highlighted.
        QCOMPARE(PdfPageRenderer::render(path, 1, 50, words).hitCount, 0);
        const PdfPageRenderer::Result page
            = PdfPageRenderer::render(path, 1, 50, words, catalog.ocrBoxes(id, 2));
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        QCOMPARE(page.hitCount, 1);
        QCOMPARE(PdfPageRenderer::render(path, 0, 50, words, catalog.ocrBoxes(id, 1)).hitCount, 0);

        const qint64 imageId = idOf(QStringLiteral("beschluss.png"));
        const PdfPageRenderer::Result hit
            = ImagePageRenderer::render(m_library->store().pathFor(catalog.document(imageId)->sha256), 0, 100,
                                        { QStringLiteral("ratsbeschl*") }, catalog.ocrBoxes(imageId, 1));
        QVERIFY2(hit.error.isEmpty(), qPrintable(hit.error));
        QCOMPARE(hit.pageCount, 1);
        QCOMPARE(hit.hitCount, 1);
        // 300 dpi image shown at 100 dpi: a third of its pixels.
        QVERIFY(qAbs(hit.image.width() - 1417 / 3) <= 2);
    }
};

QTEST_MAIN(TestScannedDocuments)
#include "TestScannedDocuments.moc"
