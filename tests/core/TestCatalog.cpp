#include "core/library/Catalog.h"
#include "core/library/PageSource.h"
#include "core/library/SchemaMigrator.h"
#include "core/library/SqliteDatabase.h"

#include <QTest>

class TestCatalog : public QObject
{
    Q_OBJECT

    SqliteDatabase m_db;
    std::unique_ptr<Catalog> m_catalog;

    qint64 add(const QString &title, const QStringList &tags = {})
    {
        static int n = 0;
        DocumentRecord doc;
        doc.sha256 = QString::number(++n).rightJustified(64, QLatin1Char('0'));
        doc.filename = title + QStringLiteral(".pdf");
        doc.title = title;
        doc.format = QStringLiteral("pdf");
        doc.tags = tags;
        if (!m_catalog->insertDocument(doc, QString()))
            qFatal("%s", qPrintable(m_catalog->lastError()));
        return doc.id;
    }

private slots:
    void init()
    {
        m_db.openInMemory(nullptr);
        QString error;
        QVERIFY(SchemaMigrator().migrate(m_db, &error));
        m_catalog = std::make_unique<Catalog>(m_db);
    }

    // Which documents have pages is decided by PageSource alone; the SQL the search uses for the
    // page of a hit gives the same answer as the rule the preview and the renderers use.
    void pageSourceSqlAgreesWithTheRule()
    {
        struct Case
        {
            QString format;
            PageStatus::State state;
        };
        const QList<Case> cases = { { QStringLiteral("pdf"), PageStatus::State::None },
                                    { QStringLiteral("image"), PageStatus::State::None },
                                    { QStringLiteral("docx"), PageStatus::State::Done },
                                    { QStringLiteral("docx"), PageStatus::State::Pending },
                                    { QStringLiteral("odt"), PageStatus::State::Failed },
                                    { QStringLiteral("txt"), PageStatus::State::None },
                                    { QStringLiteral("html"), PageStatus::State::None } };
        int withPages = 0;
        for (const Case &c : cases) {
            const qint64 id = add(c.format);
            SqliteStatement update
                = m_db.prepare(QStringLiteral("UPDATE documents SET format = ?1 WHERE id = ?2"));
            update.bind(1, c.format).bind(2, qint64(id));
            QVERIFY(update.run());
            if (c.state != PageStatus::State::None)
                QVERIFY2(m_catalog->setPageStatus(id, c.state), qPrintable(m_catalog->lastError()));
            const bool rule
                = PageSource::of(c.format, c.state == PageStatus::State::Done) != PageSource::Kind::None;
            SqliteStatement query = m_db.prepare(
                QStringLiteral("SELECT %1").arg(PageSource::sqlHasPages(QStringLiteral("?1"))));
            query.bind(1, qint64(id));
            QVERIFY(query.next());
            QCOMPARE(query.integer(0) != 0, rule);
            withPages += rule ? 1 : 0;
        }
        QCOMPARE(withPages, 3); // the PDF, the image and the converted office file
    }

    void documentRoundTrip()
    {
        DocumentRecord doc;
        doc.sha256 = QString(64, QLatin1Char('a'));
        doc.filename = QStringLiteral("Datennutzungsvereinbarung.docx");
        doc.title = QStringLiteral("Datennutzungsvereinbarung");
        doc.description = QStringLiteral("Muster für Sensordaten");
        doc.category = QStringLiteral("Datenschutz");
        doc.type = QStringLiteral("Muster");
        doc.municipality = QStringLiteral("Gemeinde Musterbach");
        doc.year = 2023;
        doc.license = QStringLiteral("CC BY 4.0");
        doc.language = QStringLiteral("de");
        doc.format = QStringLiteral("docx");
        doc.size = 12345;
        doc.pages = 4;
        doc.warnings = {QStringLiteral("eins"), QStringLiteral("zwei")};
        doc.tags = {QStringLiteral("Sensorik/Umwelt"), QStringLiteral("Open Data")};
        QVERIFY(m_catalog->insertDocument(doc, QStringLiteral("Text")));
        const auto read = m_catalog->document(doc.id);
        QVERIFY(read);
        QCOMPARE(read->title, doc.title);
        QCOMPARE(read->category, doc.category);
        QCOMPARE(read->municipality, doc.municipality);
        QCOMPARE(read->year, 2023);
        QCOMPARE(read->pages, 4);
        QCOMPARE(read->size, 12345);
        QCOMPARE(read->warnings, doc.warnings);
        QCOMPARE(read->tags, (QStringList{QStringLiteral("Open Data"), QStringLiteral("Sensorik/Umwelt")}));
        QCOMPARE(m_catalog->documentBySha256(doc.sha256)->id, doc.id);
        QVERIFY(!m_catalog->insertDocument(doc, QString())); // same hash twice is refused
    }

    // The pages read by OCR with their boxes: stored per page, replaced as a whole, named by
    // document(), gone with their document.
    void ocrPages()
    {
        const qint64 id = add(QStringLiteral("Scan"));
        const qint64 other = add(QStringLiteral("Text"));
        QVERIFY(m_catalog->document(id)->ocrPages.isEmpty());
        QVERIFY(m_catalog->setOcrPages(id, { { 2, QByteArray("zwei") }, { 1, QByteArray("eins") } }));
        QCOMPARE(m_catalog->ocrPages(id), QList<int>({ 1, 2 }));
        QCOMPARE(m_catalog->document(id)->ocrPages, QList<int>({ 1, 2 }));
        QCOMPARE(m_catalog->ocrBoxes(id, 2), QByteArray("zwei"));
        QVERIFY(m_catalog->ocrBoxes(id, 3).isEmpty());
        QVERIFY(m_catalog->ocrPages(other).isEmpty());
        QVERIFY(m_catalog->setOcrPages(id, { { 3, QByteArray("drei") } }));
        QCOMPARE(m_catalog->ocrPages(id), QList<int>({ 3 }));
        QVERIFY(m_db.exec(QStringLiteral("DELETE FROM documents WHERE id = %1").arg(id)));
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM ocr_pages")).toInt(), 0);
    }

    void tagsAreCaseInsensitiveAndNormalized()
    {
        const qint64 a = add(QStringLiteral("A"), {QStringLiteral("Förderung/Bund")});
        const qint64 b = add(QStringLiteral("B"), {QStringLiteral("FÖRDERUNG / bund /")});
        QCOMPARE(m_catalog->tags().size(), 1);
        QCOMPARE(m_catalog->tags().first().name, QStringLiteral("Förderung/Bund"));
        QCOMPARE(m_catalog->tags().first().documentCount, 2);
        QCOMPARE(m_catalog->documentTags(b), QStringList{QStringLiteral("Förderung/Bund")});
        QVERIFY(m_catalog->removeTag({a, b}, QStringLiteral("förderung/bund")));
        QCOMPARE(m_catalog->tags().first().documentCount, 0);
        QVERIFY(m_catalog->deleteTagIfUnused(QStringLiteral("Förderung/Bund")));
        QVERIFY(m_catalog->tags().isEmpty());
        QCOMPARE(m_catalog->ensureTag(QStringLiteral(" / ")), 0);
    }

    void addTagToManyDocuments()
    {
        const qint64 a = add(QStringLiteral("A"));
        const qint64 b = add(QStringLiteral("B"), {QStringLiteral("Vergabe")});
        QVERIFY(m_catalog->addTag({a, b}, QStringLiteral("vergabe")));
        QCOMPARE(m_catalog->documentTags(a), QStringList{QStringLiteral("Vergabe")});
        QCOMPARE(m_catalog->tag(QStringLiteral("VERGABE"))->documentCount, 2);
    }

    void renameCarriesNestedTags()
    {
        const qint64 a = add(QStringLiteral("A"), {QStringLiteral("Förderung"), QStringLiteral("Förderung/Bund")});
        add(QStringLiteral("B"), {QStringLiteral("Förderung/Land/Hessen"), QStringLiteral("Förderungen")});
        QVERIFY(m_catalog->renameTag(QStringLiteral("förderung"), QStringLiteral("Fördermittel")));
        QStringList names;
        for (const TagRecord &t : m_catalog->tags())
            names.append(t.name);
        QCOMPARE(names, (QStringList{QStringLiteral("Fördermittel"), QStringLiteral("Fördermittel/Bund"),
                                     QStringLiteral("Fördermittel/Land/Hessen"), QStringLiteral("Förderungen")}));
        QCOMPARE(m_catalog->documentTags(a), (QStringList{QStringLiteral("Fördermittel"), QStringLiteral("Fördermittel/Bund")}));
        QVERIFY(!m_catalog->renameTag(QStringLiteral("Fördermittel"), QStringLiteral("förderungen")));
        QVERIFY(m_catalog->lastError().contains(QStringLiteral("merge")));
    }

    void mergeMovesDocuments()
    {
        const qint64 a = add(QStringLiteral("A"), {QStringLiteral("LoRa")});
        const qint64 b = add(QStringLiteral("B"), {QStringLiteral("LoRaWAN"), QStringLiteral("LoRa")});
        QVERIFY(m_catalog->mergeTag(QStringLiteral("LoRa"), QStringLiteral("LoRaWAN")));
        QVERIFY(!m_catalog->tag(QStringLiteral("LoRa")));
        QCOMPARE(m_catalog->documentTags(a), QStringList{QStringLiteral("LoRaWAN")});
        QCOMPARE(m_catalog->documentTags(b), QStringList{QStringLiteral("LoRaWAN")});
    }

    void tagColor()
    {
        add(QStringLiteral("A"), {QStringLiteral("Vergabe")});
        QVERIFY(m_catalog->setTagColor(QStringLiteral("vergabe"), QStringLiteral("#cc3300")));
        QCOMPARE(m_catalog->tag(QStringLiteral("Vergabe"))->color, QStringLiteral("#cc3300"));
    }

    void packsAndEntries()
    {
        PackRecord pack;
        pack.name = QStringLiteral("Beispielpaket");
        pack.version = QStringLiteral("1.0");
        QVERIFY(m_catalog->insertPack(pack));
        const qint64 a = add(QStringLiteral("A"));
        QVERIFY(m_catalog->addPackEntry(pack.id, a, QStringLiteral("Vergabe/A.pdf")));
        QCOMPARE(m_catalog->packEntries(pack.id).value(QStringLiteral("Vergabe/A.pdf")), a);
        QCOMPARE(m_catalog->latestPackNamed(QStringLiteral("Beispielpaket"))->version, QStringLiteral("1.0"));
        const CatalogStats stats = m_catalog->stats();
        QCOMPARE(stats.documents, 1);
        QCOMPARE(stats.packs, 1);
    }

    void pagesJoinAndSplit()
    {
        const QStringList pages{QStringLiteral("eins"), QStringLiteral("zwei\fmit Seitenvorschub"), QString()};
        const QStringList back = Catalog::splitPages(Catalog::joinPages(pages));
        QCOMPARE(back.size(), 3);
        QCOMPARE(back.at(1), QStringLiteral("zwei mit Seitenvorschub"));
    }

    // Documents indexed in a transaction (an import indexes its new documents in batches) go into
    // one segment of the index, written when the batch is done. Written by INSERT ... SELECT, each
    // was a segment of its own: SQLite opens a statement savepoint for it, and FTS5 writes its
    // pending terms at every one. The index stays exact: a row removed gives back what was indexed.
    void indexingInATransactionWritesOneSegment()
    {
        QVERIFY(m_db.exec(QStringLiteral("BEGIN")));
        m_catalog->setDeferIndexing(true);
        QList<qint64> ids;
        for (const QString &title : { QStringLiteral("Haushaltssatzung"), QStringLiteral("Friedhofsgebühren"),
                                      QStringLiteral("Wasserversorgungssatzung") }) {
            DocumentRecord doc;
            doc.sha256 = QString(64, QChar(char16_t(u'a' + ids.size())));
            doc.filename = title + QStringLiteral(".txt");
            doc.title = title;
            doc.format = QStringLiteral("txt");
            doc.tags = { QStringLiteral("Satzung") };
            QVERIFY(
                m_catalog->insertDocument(doc, QStringLiteral("Die Gemeinde beschließt die %1.").arg(title)));
            ids.append(doc.id);
        }
        QVERIFY2(m_catalog->indexDocuments(ids), qPrintable(m_catalog->lastError()));
        m_catalog->setDeferIndexing(false);
        QVERIFY(m_db.exec(QStringLiteral("COMMIT")));
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(DISTINCT segid) FROM document_fts_idx")).toInt(),
                 1);
        QVERIFY2(m_catalog->unindexDocuments({ ids.at(1) }), qPrintable(m_catalog->lastError()));
        QString error;
        QVERIFY2(m_db.exec(QStringLiteral(
                               "INSERT INTO document_fts(document_fts, rank) VALUES('integrity-check', 0)"),
                           &error),
                 qPrintable(error)); // the index holds exactly the rows in it, nothing of the removed one
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT group_concat(rowid) FROM document_fts('beschließt')"))
                     .toString(),
                 QStringLiteral("%1,%2").arg(ids.at(0)).arg(ids.at(2)));
        // The compound-part vocabulary has the keys of all three.
        const QString keys
            = m_db.scalar(QStringLiteral("SELECT group_concat(srt_reverse(rev), ' ') FROM term_suffixes"))
                  .toString();
        for (const QString &start :
             { QStringLiteral("haushalts"), QStringLiteral("friedhofs"), QStringLiteral("wasservers") })
            QVERIFY2(keys.contains(QLatin1Char(' ') + start) || keys.startsWith(start), qPrintable(keys));
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "TestCatalog.moc"
