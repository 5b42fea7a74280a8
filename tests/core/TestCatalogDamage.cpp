#include "TestLibraryHelpers.h"
#include "core/library/Library.h"
#include "core/library/PersonalOverlay.h"
#include "core/search/Searcher.h"

#include <QTemporaryDir>
#include <QTest>

// Bytes flipped in single catalog pages, as a bad disk or a careless copy leaves them: whatever call
// reads the page reports the damage (Catalog::lastError, SearchResult::error, Library::damage())
// instead of answering with fewer rows than there are.
namespace {
constexpr int Documents = 240;

struct Page
{
    QString table;
    qint64 number = 0;
};

// Words of one length from letters that no German suffix rule strips: none is a prefix, a compound
// part or a stem of another, so a search for one finds exactly the documents holding it.
QString word(int i)
{
    const QString letters = QStringLiteral("bcdfghklmp");
    QString w = QStringLiteral("zahl");
    for (int divisor : { 100, 10, 1 })
        w += letters.at(i / divisor % 10);
    return w;
}

// A library of Documents documents with enough text that each table spans many pages; returns the
// catalog's page size and some leaf pages of the tables named, not their first (the opening probe
// reads that one).
bool makeLibrary(const QString &dir, qint64 *pageSize, QList<Page> *pages)
{
    QString error;
    auto library = Library::open(dir, &error);
    if (!library)
        return false;
    SqliteTransaction transaction(library->database());
    for (int i = 0; i < Documents; ++i) {
        DocumentRecord doc;
        doc.sha256 = QStringLiteral("%1").arg(i, 64, 10, QLatin1Char('0'));
        doc.filename = QStringLiteral("Dokument%1.txt").arg(i);
        doc.title = QStringLiteral("Dokument %1 über Förderung").arg(i);
        doc.format = QStringLiteral("txt");
        doc.category = QStringLiteral("Kategorie %1").arg(i % 5);
        doc.tags = { QStringLiteral("Tag %1").arg(i % 7) };
        QStringList text { QStringLiteral("Straßenbeleuchtung") };
        for (int j = 0; j < 60; ++j)
            text.append(word((i * 7 + j) % 400));
        if (!library->catalog().insertDocument(doc, text.join(QLatin1Char(' '))))
            return false;
    }
    if (!transaction.commit())
        return false;
    *pageSize = library->database().scalar(QStringLiteral("PRAGMA page_size")).toLongLong();
    SqliteStatement leaves = library->database().prepare(
        QStringLiteral("SELECT name, pageno FROM dbstat WHERE pagetype = 'leaf' AND name IN ('documents', "
                       "'document_text', 'document_fts_data') "
                       "ORDER BY name, pageno"));
    QHash<QString, QList<qint64>> byTable;
    while (leaves.next())
        byTable[leaves.text(0)].append(leaves.integer(1));
    for (auto it = byTable.cbegin(); it != byTable.cend(); ++it) {
        if (it.value().size() < 3)
            return false;
        pages->append({ it.key(), it.value().at(it.value().size() / 2) });
        pages->append({ it.key(), it.value().last() });
    }
    return !leaves.failed() && byTable.size() == 3;
}

void flip(const QString &catalog, qint64 offset)
{
    QFile file(catalog);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(offset));
    QByteArray bytes = file.read(16);
    for (char &c : bytes)
        c = char(~c);
    QVERIFY(file.seek(offset));
    QCOMPARE(file.write(bytes), 16);
}
} // namespace

class TestCatalogDamage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(makeLibrary(m_dir.path(), &m_pageSize, &m_pages), "the test library could not be made");
        m_pristine = TestHelpers::readFile(catalog());
        QVERIFY(!QFileInfo::exists(catalog() + QStringLiteral("-wal"))
                || QFileInfo(catalog() + QStringLiteral("-wal")).size() == 0);
    }

    void init() { TestHelpers::writeFile(m_dir.path(), QStringLiteral("catalog.db"), m_pristine); }

    void readsReportADamagedPage_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<qint64>("page");
        for (const Page &page : std::as_const(m_pages))
            QTest::addRow("%s page %lld", qPrintable(page.table), page.number) << page.table << page.number;
        QTest::addRow("page 2 (offset 4096, as in the report)") << QString() << qint64(2);
    }

    void readsReportADamagedPage()
    {
        QFETCH(qint64, page);
        flip(catalog(), (page - 1) * m_pageSize);
        Library::OpenError error;
        auto library = Library::open(m_dir.path(), &error, Library::OpenOptions());
        QFETCH(QString, table);
        if (!library && table.isEmpty()) {
            QCOMPARE(error.kind, Library::OpenError::Kind::CatalogCorrupt);
            return;
        }
        // The opening probe reads only the first page of each table: these pages pass it.
        QVERIFY2(library, qPrintable(error.message));
        QString heard;
        library->setDamageListener([&heard](const QString &reason) { heard = reason; });

        // Every read either answers in full or says that it failed.
        Catalog &catalog = library->catalog();
        const QList<DocumentRecord> documents = catalog.documents();
        QVERIFY2(documents.size() == Documents || !catalog.lastError().isEmpty(),
                 qPrintable(QString::number(documents.size())));
        const QList<qint64> ids = catalog.documentIds();
        QVERIFY(ids.size() == Documents || !catalog.lastError().isEmpty());
        QVERIFY(catalog.tags().size() == 7 || !catalog.lastError().isEmpty());
        QVERIFY(catalog.stats().documents == Documents || !catalog.lastError().isEmpty());
        catalog.packs(); // none: only a damaged page makes it fail
        // Searches run on a connection of their own, as the window's do.
        auto connection = library->openConnection(nullptr);
        QVERIFY(connection);
        Searcher searcher(*connection);
        bool searchFailed = false;
        for (int i = 0; i < 400; ++i) {
            SearchRequest request;
            request.query = word(i);
            request.limit = Documents;
            request.facets = i % 50 == 0;
            const SearchResult result = searcher.search(request);
            if (!result.error.isEmpty()) {
                searchFailed = true;
                QCOMPARE(result.hits.size(), 0);
            } else {
                // Document d holds word((7d + j) % 400) for j < 60: count those holding word(i).
                int expected = 0;
                for (int d = 0; d < Documents; ++d) {
                    const int first = (d * 7) % 400;
                    expected += ((i - first + 400) % 400) < 60 ? 1 : 0;
                }
                QCOMPARE(result.total, qint64(expected));
            }
        }
        for (int id = 1; id <= Documents; ++id) {
            const std::optional<DocumentRecord> one = catalog.document(id);
            QVERIFY(one || !catalog.lastError().isEmpty());
            if (!catalog.documentText(id).contains(QStringLiteral("Straßenbeleuchtung")))
                QVERIFY(library->database().isDamaged());
        }
        // The damage was met (a flipped page that no read touches would not be: every page here is).
        QVERIFY2(!library->damage().isEmpty(), "no read noticed the damaged page");
        QCOMPARE(heard, library->damage());
        QVERIFY(library->damageMessage().contains(library->catalogPath()));
        QVERIFY(searchFailed || !library->database().damage().isEmpty());
    }

    void quickCheckAtOpeningFindsEveryDamagedPage_data() { readsReportADamagedPage_data(); }

    void quickCheckAtOpeningFindsEveryDamagedPage()
    {
        QFETCH(qint64, page);
        flip(catalog(), (page - 1) * m_pageSize);
        Library::OpenOptions options;
        options.quickCheckUpTo = 1LL << 40;
        Library::OpenError error;
        QVERIFY(!Library::open(m_dir.path(), &error, options));
        QCOMPARE(error.kind, Library::OpenError::Kind::CatalogCorrupt);
        QVERIFY2(error.message.contains(catalog()), qPrintable(error.message));
    }

    void intactCatalogPassesTheQuickCheck()
    {
        Library::OpenOptions options;
        options.quickCheckUpTo = 1LL << 40;
        Library::OpenError error;
        auto library = Library::open(m_dir.path(), &error, options);
        QVERIFY2(library, qPrintable(error.message));
        QCOMPARE(library->quickCheck(), QString());
        QCOMPARE(library->catalog().documents().size(), Documents);
        QCOMPARE(library->damage(), QString());
    }

    // The user's overlay is attached to every connection, but it is not the catalog: the check
    // reads the catalog alone. (SQLite 3.40 reported "NULL value in tags.name" for any personal
    // tag, and the window then offered to restore a backup of an intact catalog.)
    void quickCheckReadsTheCatalogNotTheOverlay()
    {
        QTemporaryDir user;
        const QString personal = user.filePath(QStringLiteral("personal.db"));
        PersonalOverlay overlay;
        QVERIFY(overlay.open(personal, nullptr));
        QVERIFY(overlay.addTag({ QString(64, QLatin1Char('a')) }, QStringLiteral("Projekt")));
        Library::OpenOptions options;
        options.personal = personal;
        options.quickCheckUpTo = 1LL << 40;
        Library::OpenError error;
        auto library = Library::open(m_dir.path(), &error, options);
        QVERIFY2(library, qPrintable(error.message));
        QCOMPARE(library->quickCheck(), QString());
        QCOMPARE(library->damage(), QString());
    }

    void backgroundQuickCheckReportsDamage()
    {
        flip(catalog(), (m_pages.last().number - 1) * m_pageSize);
        Library::OpenError error;
        auto library = Library::open(m_dir.path(), &error, Library::OpenOptions());
        QVERIFY2(library, qPrintable(error.message));
        QVERIFY(!library->quickCheck().isEmpty());
        QVERIFY(!library->damage().isEmpty());
    }

private:
    QString catalog() const { return m_dir.filePath(QStringLiteral("catalog.db")); }

    QTemporaryDir m_dir;
    qint64 m_pageSize = 0;
    QList<Page> m_pages;
    QByteArray m_pristine;
};

QTEST_GUILESS_MAIN(TestCatalogDamage)
#include "TestCatalogDamage.moc"
