#include "TestLibraryHelpers.h"
#include "core/library/Library.h"
#include "core/library/SchemaMigrator.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

class TestLibrary : public QObject
{
    Q_OBJECT

private slots:
    void createsAMissingLibrary()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + QStringLiteral("/Bibliothek");
        QString error;
        auto library = Library::open(path, &error);
        QVERIFY2(library, qPrintable(error));
        QVERIFY(QFileInfo::exists(path + QStringLiteral("/catalog.db")));
        QVERIFY(QFileInfo(path + QStringLiteral("/files")).isDir());
        QVERIFY(!library->isReadOnly());
        QCOMPARE(library->database().scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(library->database().scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(SchemaMigrator::currentVersion(library->database()), SchemaMigrator().latestVersion());
    }

    void reopensWithData()
    {
        QTemporaryDir dir;
        QString error;
        {
            auto library = Library::open(dir.path(), &error);
            QVERIFY(library);
            DocumentRecord doc;
            doc.sha256 = QString(64, QLatin1Char('1'));
            doc.filename = QStringLiteral("Förderantrag.pdf");
            doc.title = QStringLiteral("Förderantrag Smarte Straßenbeleuchtung");
            doc.format = QStringLiteral("pdf");
            doc.tags = {QStringLiteral("Förderung/Land")};
            QVERIFY(library->catalog().insertDocument(doc, QStringLiteral("Seite 1\fSeite 2")));
        }
        auto library = Library::open(dir.path(), &error);
        QVERIFY2(library, qPrintable(error));
        const auto docs = library->catalog().documents();
        QCOMPARE(docs.size(), 1);
        QCOMPARE(docs.first().title, QStringLiteral("Förderantrag Smarte Straßenbeleuchtung"));
        QCOMPARE(docs.first().tags, QStringList{QStringLiteral("Förderung/Land")});
        QCOMPARE(Catalog::splitPages(library->catalog().documentText(docs.first().id)),
                 (QStringList{QStringLiteral("Seite 1"), QStringLiteral("Seite 2")}));
    }

    void foreignCatalogIsRefusedAndLeftAlone()
    {
        QTemporaryDir dir;
        const QString catalog = dir.filePath(QStringLiteral("catalog.db"));
        const QByteArray garbage("This is no database.\n");
        TestHelpers::writeFile(dir.path(), QStringLiteral("catalog.db"), garbage);
        Library::OpenError error;
        QVERIFY(!Library::open(dir.path(), &error, Library::OpenOptions()));
        QCOMPARE(error.kind, Library::OpenError::Kind::CatalogCorrupt);
        QVERIFY2(error.message.contains(catalog), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("not an SQLite database")), qPrintable(error.message));
        QCOMPARE(TestHelpers::readFile(catalog), garbage); // never recreated
        QVERIFY(!QFileInfo::exists(catalog + QStringLiteral("-wal")));
    }

    void damagedPagesAreRefused()
    {
        QTemporaryDir dir;
        QString message;
        {
            auto library = Library::open(dir.path(), &message);
            QVERIFY2(library, qPrintable(message));
            for (int i = 0; i < 50; ++i) {
                DocumentRecord doc;
                doc.sha256 = QStringLiteral("%1").arg(i, 64, 10, QLatin1Char('0'));
                doc.filename = QStringLiteral("Dokument%1.txt").arg(i);
                doc.title = QStringLiteral("Dokument %1").arg(i);
                doc.format = QStringLiteral("txt");
                QVERIFY(library->catalog().insertDocument(doc, QStringLiteral("Förderung ").repeated(100)));
            }
        }
        const QString catalog = dir.filePath(QStringLiteral("catalog.db"));
        QByteArray bytes = TestHelpers::readFile(catalog);
        QVERIFY(bytes.size() > 8 * 4096);
        // Scribble over the b-tree headers of every page after the first (as a bad disk might).
        for (qsizetype page = 4096; page + 200 < bytes.size(); page += 4096)
            bytes.replace(page, 16, QByteArray(16, char(0xA5)));
        TestHelpers::writeFile(dir.path(), QStringLiteral("catalog.db"), bytes);
        for (const bool readOnly : {false, true}) {
            Library::OpenOptions options;
            options.readOnly = readOnly;
            Library::OpenError error;
            QVERIFY(!Library::open(dir.path(), &error, options));
            QCOMPARE(error.kind, Library::OpenError::Kind::CatalogCorrupt);
            QVERIFY2(error.message.contains(catalog), qPrintable(error.message));
        }
        QCOMPARE(TestHelpers::readFile(catalog), bytes);
    }

    void emptyCatalogOfALibraryWithFilesIsRefused()
    {
        QTemporaryDir dir;
        TestHelpers::writeFile(dir.path(), QStringLiteral("files/ab/abcdef"), "stored");
        TestHelpers::writeFile(dir.path(), QStringLiteral("catalog.db"), QByteArray());
        Library::OpenError error;
        QVERIFY(!Library::open(dir.path(), &error, Library::OpenOptions()));
        QCOMPARE(error.kind, Library::OpenError::Kind::CatalogCorrupt);
        QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("catalog.db"))).size(), 0);
    }

    void catalogIsBackedUpBeforeAMigration()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY2(Library::open(dir.path(), &error), qPrintable(error));
        {
            // Back to schema 1: what migrations 2 to 11 add removed again.
            SqliteDatabase db;
            QVERIFY(db.open(dir.filePath(QStringLiteral("catalog.db")), SqliteDatabase::Mode::ReadWrite, &error));
            QVERIFY2(db.exec(QStringLiteral("DROP TRIGGER documents_queue_pages; DROP TABLE document_pages;"), &error),
                     qPrintable(error)); // migration 4
            QVERIFY2(
                db.exec(
                    QStringLiteral(
                        "DROP TABLE document_fts_vocab; DROP TABLE document_fts; DROP TABLE term_suffixes; "
                        "DROP VIEW document_search; DROP INDEX documents_sort_title; "
                        "ALTER TABLE documents DROP COLUMN sort_title; PRAGMA user_version=1;"
                        "DROP TABLE ocr_pages; DROP TABLE thesaurus_entries; DROP TABLE library_settings;"
                        "DROP TRIGGER documents_queue_ocr; DROP TABLE ocr_queue; DROP INDEX documents_facets; "
                        "DROP INDEX pack_entries_document_pack; "
                        "CREATE INDEX pack_entries_document ON pack_entries(document_id);"
                        "DROP TABLE facet_counts; DROP VIEW facet_count_changes; DROP TRIGGER facet_counts_document_insert; "
                        "DROP TRIGGER facet_counts_document_delete; DROP TRIGGER facet_counts_document_update; "
                        "DROP TRIGGER facet_counts_tag_insert; DROP TRIGGER facet_counts_tag_delete; "
                        "DROP TRIGGER facet_counts_tag_update; DROP TRIGGER facet_counts_pack_entry_insert; "
                        "DROP TRIGGER facet_counts_pack_entry_delete; DROP TRIGGER facet_counts_pack_entry_update; "
                        "DROP TRIGGER facet_counts_pack_rename; DROP TRIGGER facet_counts_pack_delete; "),
                    &error),
                qPrintable(error));
        }
        QVERIFY(Library::backups(dir.path()).isEmpty());
        auto library = Library::open(dir.path(), &error);
        QVERIFY2(library, qPrintable(error));
        QCOMPARE(SchemaMigrator::currentVersion(library->database()), SchemaMigrator().latestVersion());
        const QList<CatalogBackup::Info> backups = Library::backups(dir.path());
        QCOMPARE(backups.size(), 1);
        SqliteDatabase old;
        QVERIFY(old.open(backups.first().path, SqliteDatabase::Mode::ReadOnly, &error));
        QCOMPARE(SchemaMigrator::currentVersion(old), 1);
    }

    // Schema 4 (#13): the office documents of an older catalog are queued for pages, and the old
    // binary formats, one format 'legacy-office' before, get a format each (RTF was 'other').
    void migrationQueuesOfficeDocumentsForPages()
    {
        QTemporaryDir dir;
        QString error;
        {
            auto library = Library::open(dir.path(), &error);
            QVERIFY2(library, qPrintable(error));
            for (const auto &[name, format] : QList<QPair<QString, QString>>{{QStringLiteral("a.xls"), QStringLiteral("legacy-office")},
                                                                           {QStringLiteral("b.doc"), QStringLiteral("legacy-office")},
                                                                           {QStringLiteral("c.rtf"), QStringLiteral("other")},
                                                                           {QStringLiteral("d.docx"), QStringLiteral("docx")},
                                                                           {QStringLiteral("e.pdf"), QStringLiteral("pdf")}}) {
                DocumentRecord record;
                record.sha256 = QString(64, name.at(0));
                record.filename = name;
                record.title = name;
                record.format = format;
                QVERIFY(library->catalog().insertDocument(record, QString()));
            }
            QVERIFY(library->database().exec(QStringLiteral(
                "DROP TRIGGER documents_queue_pages; DROP TABLE document_pages; "
                "DROP TABLE ocr_pages; DROP TABLE thesaurus_entries; DROP TABLE library_settings; "
                "DROP TRIGGER documents_queue_ocr; DROP TABLE ocr_queue; "
                "DROP INDEX documents_facets; DROP INDEX pack_entries_document_pack; "
                "CREATE INDEX pack_entries_document ON pack_entries(document_id); PRAGMA user_version=3;"
                "DROP TABLE facet_counts; DROP VIEW facet_count_changes; DROP TRIGGER facet_counts_document_insert; "
                "DROP TRIGGER facet_counts_document_delete; DROP TRIGGER facet_counts_document_update; "
                "DROP TRIGGER facet_counts_tag_insert; DROP TRIGGER facet_counts_tag_delete; "
                "DROP TRIGGER facet_counts_tag_update; DROP TRIGGER facet_counts_pack_entry_insert; "
                "DROP TRIGGER facet_counts_pack_entry_delete; DROP TRIGGER facet_counts_pack_entry_update; "
                "DROP TRIGGER facet_counts_pack_rename; DROP TRIGGER facet_counts_pack_delete; ")));
        }
        auto library = Library::open(dir.path(), &error);
        QVERIFY2(library, qPrintable(error));
        QHash<QString, QString> formats;
        for (const DocumentRecord &doc : library->catalog().documents()) {
            formats.insert(doc.filename, doc.format);
            const bool office = doc.format != QLatin1String("pdf");
            QCOMPARE(library->catalog().pageStatus(doc.id).isPending(), office);
        }
        QCOMPARE(formats.value(QStringLiteral("a.xls")), QStringLiteral("xls"));
        QCOMPARE(formats.value(QStringLiteral("b.doc")), QStringLiteral("doc"));
        QCOMPARE(formats.value(QStringLiteral("c.rtf")), QStringLiteral("rtf"));
        QCOMPARE(library->catalog().pageCounts().pending, 4);
        // The PDF from before OCR waits for it (schema 10), in case it holds scanned pages.
        QCOMPARE(library->catalog().ocrQueueCounts().pending, 1);
    }

    void missingLibraryIsNotCreatedWhenNotAsked()
    {
        QTemporaryDir dir;
        QString error;
        Library::OpenOptions options;
        options.create = false;
        QVERIFY(!Library::open(dir.path() + QStringLiteral("/nichts"), &error, options));
        QVERIFY(error.contains(QStringLiteral("nichts")));
        QVERIFY(!QFileInfo::exists(dir.path() + QStringLiteral("/nichts")));
    }

    void refusesANewerCatalogWithoutTouchingIt()
    {
        QTemporaryDir dir;
        QString error;
        {
            auto library = Library::open(dir.path(), &error);
            QVERIFY(library);
            library->database().exec(QStringLiteral("PRAGMA user_version = 999"));
        }
        const QByteArray before = TestHelpers::readFile(dir.path() + QStringLiteral("/catalog.db"));
        QVERIFY(!Library::open(dir.path(), &error));
        QVERIFY2(error.contains(QStringLiteral("999")), qPrintable(error));
        QCOMPARE(TestHelpers::readFile(dir.path() + QStringLiteral("/catalog.db")), before);
    }

    void readOnlyOpeningAllowsReadingOnly()
    {
        QTemporaryDir dir;
        QString error;
        {
            auto library = Library::open(dir.path(), &error);
            DocumentRecord doc;
            doc.sha256 = QString(64, QLatin1Char('2'));
            doc.filename = QStringLiteral("a.txt");
            doc.title = QStringLiteral("Datennutzungsvereinbarung");
            doc.format = QStringLiteral("txt");
            QVERIFY(library->catalog().insertDocument(doc, QString()));
        }
        Library::OpenOptions options;
        options.readOnly = true;
        auto library = Library::open(dir.path(), &error, options);
        QVERIFY2(library, qPrintable(error));
        QVERIFY(library->isReadOnly());
        QVERIFY(!library->readOnlyReason().isEmpty());
        QCOMPARE(library->catalog().documents().size(), 1);
        DocumentRecord doc = library->catalog().documents().first();
        doc.title = QStringLiteral("geändert");
        QVERIFY(!library->catalog().updateDocumentMetadata(doc));
        QVERIFY(library->catalog().lastError().contains(QStringLiteral("readonly")));
        auto worker = library->openConnection(&error);
        QVERIFY(worker);
        QVERIFY(worker->isReadOnly());
    }

    void unwritableFolderOpensReadOnly()
    {
        if (::geteuid() == 0)
            QSKIP("root may write anywhere; the forced read-only case is tested above");
        QTemporaryDir dir;
        QString error;
        QVERIFY(Library::open(dir.path(), &error));
        QFile::setPermissions(dir.path() + QStringLiteral("/catalog.db"), QFileDevice::ReadOwner);
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        auto library = Library::open(dir.path(), &error);
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY2(library, qPrintable(error));
        QVERIFY(library->isReadOnly());
        QVERIFY(library->readOnlyReason().contains(dir.path()));
    }

    void locationFromOptionThenEnvironment()
    {
        qputenv("SRTOOLBOX_LIBRARY", "/tmp/aus-der-umgebung");
        QCOMPARE(Library::resolveLocation(QStringLiteral("/tmp/von-der-option")), QStringLiteral("/tmp/von-der-option"));
        QCOMPARE(Library::resolveLocation(), QStringLiteral("/tmp/aus-der-umgebung"));
        qunsetenv("SRTOOLBOX_LIBRARY");
        QVERIFY(Library::resolveLocation().endsWith(QStringLiteral("smart-region-toolbox/library")));
    }
};

QTEST_GUILESS_MAIN(TestLibrary)
#include "TestLibrary.moc"
