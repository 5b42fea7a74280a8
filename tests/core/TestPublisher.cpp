#include "TestLibraryHelpers.h"
#include "core/library/Library.h"
#include "core/library/PersonalOverlay.h"
#include "core/library/PublishedFolder.h"
#include "core/publish/Publisher.h"
#include "core/search/Searcher.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
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

std::unique_ptr<Library> openLibrary(const QString &path, const QString &personal = {})
{
    Library::OpenOptions options;
    options.personal = personal;
    QString error;
    auto library = Library::open(path, &error, options);
    if (!library)
        qFatal("%s", qPrintable(error));
    return library;
}

QStringList versionsIn(const QString &share)
{
    return QDir(share + QStringLiteral("/versions")).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

PublishSummary publish(const Library &library, const QString &share, int keep = Publisher::DefaultKeep)
{
    Publisher publisher(library, share);
    publisher.setKeep(keep);
    PublishSummary summary;
    QString error;
    if (!publisher.publish(&summary, &error))
        qFatal("%s", qPrintable(error));
    return summary;
}

QList<qint64> hitIds(Library &library, const QString &query)
{
    QList<qint64> ids;
    SearchRequest request;
    request.query = query;
    for (const SearchHit &hit : Searcher(library.database()).search(request).hits)
        ids.append(hit.id);
    return ids;
}
} // namespace

class TestPublisher : public QObject
{
    Q_OBJECT

private slots:
    void summaryCountsWhatChangedAndCopiesOnlyNewFiles()
    {
        QTemporaryDir dir;
        const QString share = dir.filePath(QStringLiteral("share"));
        auto library = openLibrary(dir.filePath(QStringLiteral("lib")));
        const qint64 a = addDocument(*library, dir.path(), QStringLiteral("a.txt"), "Alpha Sensor\n");
        const qint64 b = addDocument(*library, dir.path(), QStringLiteral("b.txt"), "Beta Sensor\n");
        const qint64 c = addDocument(*library, dir.path(), QStringLiteral("c.txt"), "Gamma Sensor\n");
        const PublishSummary first = publish(*library, share);
        QCOMPARE(first.documents, 3);
        QCOMPARE(first.added, 3);
        QCOMPARE(first.filesCopied, 3);
        QVERIFY(first.previousVersion.isEmpty());
        QCOMPARE(PublishedFolder::currentVersion(share, nullptr), first.version);

        DocumentRecord changed = *library->catalog().document(b);
        changed.title = QStringLiteral("Beta, neuer Titel");
        QVERIFY(library->catalog().updateDocumentMetadata(changed));
        QVERIFY(library->catalog().addTag({ c }, QStringLiteral("Förderung")));
        QVERIFY(library->database().exec(QStringLiteral("DELETE FROM documents WHERE id = %1").arg(a)));
        addDocument(*library, dir.path(), QStringLiteral("d.txt"), "Delta Sensor, etwas länger\n");
        const PublishSummary second = publish(*library, share);
        QCOMPARE(second.previousVersion, first.version);
        QCOMPARE(second.documents, 3);
        QCOMPARE(second.added, 1);
        QCOMPARE(second.changed, 2);
        QCOMPARE(second.removed, 1);
        QCOMPARE(second.filesCopied, 1); // only d: the store is shared by the versions
        QCOMPARE(second.bytesCopied, qint64(QByteArray("Delta Sensor, etwas länger\n").size()));

        // The version is one self-contained catalog: no WAL, nothing beside it.
        const QString folder = share + QStringLiteral("/versions/") + second.version;
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
                 QStringList { QStringLiteral("catalog.db") });
        QFile catalog(folder + QStringLiteral("/catalog.db"));
        QVERIFY(catalog.open(QIODevice::ReadOnly));
        const QByteArray header = catalog.read(20);
        QCOMPARE(int(header.at(18)), 1); // legacy (rollback journal) read version, not WAL's 2
    }

    // Versions sort in the order they were published, whatever the publishers' clocks say: the next
    // publish takes a version named after the current one for one never made current and removes it.
    void versionNamesFollowThePublishOrderNotTheClock()
    {
        const QString next
            = PublishedFolder::newVersionName({ QStringLiteral("v00000041-29991231T000000000-aaaa"),
                                                QStringLiteral("v00000007-20261206T090000000-bbbb") });
        QVERIFY2(next.startsWith(QStringLiteral("v00000042-")), qPrintable(next));
        QVERIFY(PublishedFolder::isVersionName(next));
        QVERIFY(next > QStringLiteral("v00000041-29991231T000000000-aaaa"));
        QVERIFY(PublishedFolder::newVersionName({}).startsWith(QStringLiteral("v00000001-")));
        QVERIFY(!PublishedFolder::isVersionName(QStringLiteral("../v1")));
        QVERIFY(!PublishedFolder::isVersionName(QStringLiteral("v1/x")));
    }

    void publishedLibraryIsReadImmutable()
    {
        QTemporaryDir dir;
        const QString share = dir.filePath(QStringLiteral("share"));
        auto library = openLibrary(dir.filePath(QStringLiteral("lib")));
        addDocument(*library, dir.path(), QStringLiteral("a.txt"), "Alpha Sensor\n");
        const PublishSummary summary = publish(*library, share);
        QVERIFY(PublishedFolder::isPublished(share));
        QVERIFY(!PublishedFolder::isPublished(library->path()));

        auto reader = openLibrary(share);
        QVERIFY(reader->isReadOnly());
        QCOMPARE(reader->publishedVersion(), summary.version);
        QCOMPARE(hitIds(*reader, QStringLiteral("Sensor")).size(), 1);
        const auto connection = reader->openConnection(nullptr);
        QVERIFY(connection);
        const QString folder = share + QStringLiteral("/versions/") + summary.version;
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
                 QStringList { QStringLiteral("catalog.db") });
        // The reader's lease names its version while it reads, and goes with it.
        QCOMPARE(ReaderLease::list(share).size(), 1);
        QCOMPARE(ReaderLease::list(share).first().version, summary.version);
        reader.reset();
        QCOMPARE(ReaderLease::list(share).size(), 0);
    }

    void oldVersionsGoUnlessKeptOrLeased()
    {
        QTemporaryDir dir;
        const QString share = dir.filePath(QStringLiteral("share"));
        auto library = openLibrary(dir.filePath(QStringLiteral("lib")));
        const qint64 first = addDocument(*library, dir.path(), QStringLiteral("a.txt"), "Alpha\n");
        const QString firstSha = library->catalog().document(first)->sha256;
        QStringList published;
        for (int i = 0; i < 4; ++i)
            published.append(publish(*library, share, 2).version);
        QCOMPARE(versionsIn(share), published.mid(2));

        // A reader on the current version keeps it, though three more versions follow with keep 1.
        auto lease = ReaderLease::take(share, published.last());
        QVERIFY(lease);
        QVERIFY(library->database().exec(QStringLiteral("DELETE FROM documents WHERE id = %1").arg(first)));
        addDocument(*library, dir.path(), QStringLiteral("b.txt"), "Beta\n");
        QString newest;
        for (int i = 0; i < 3; ++i)
            newest = publish(*library, share, 1).version;
        QCOMPARE(versionsIn(share), (QStringList { published.last(), newest }));
        // a.txt is still named by the leased version.
        QVERIFY(QFileInfo::exists(share + QStringLiteral("/files/") + firstSha.left(2) + QLatin1Char('/')
                                  + firstSha));

        lease->renew();
        QCOMPARE(ReaderLease::list(share).size(), 1);
        lease.reset();
        const PublishSummary last = publish(*library, share, 1);
        QCOMPARE(last.removedVersions, (QStringList { newest, published.last() })); // newest first
        QCOMPARE(versionsIn(share), QStringList { last.version });
        // No version names a.txt any more: its stored copy went with the last one that did.
        QVERIFY(!QFileInfo::exists(share + QStringLiteral("/files/") + firstSha.left(2) + QLatin1Char('/')
                                   + firstSha));
    }

    void cancelledPublishLeavesThePreviousVersion()
    {
        QTemporaryDir dir;
        const QString share = dir.filePath(QStringLiteral("share"));
        auto library = openLibrary(dir.filePath(QStringLiteral("lib")));
        addDocument(*library, dir.path(), QStringLiteral("a.txt"), "Alpha\n");
        const QString current = publish(*library, share).version;
        addDocument(*library, dir.path(), QStringLiteral("b.txt"), "Beta\n");
        Publisher publisher(*library, share);
        publisher.setProgress([](qint64 done, qint64) { return done == 0; });
        QString error;
        QVERIFY(!publisher.publish(nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
        QCOMPARE(PublishedFolder::currentVersion(share, nullptr), current);
        QCOMPARE(versionsIn(share), QStringList { current });
        QVERIFY(!QFileInfo::exists(share + QStringLiteral("/.staging")));

        // Cancelled before any version was current: the folder is no library to read, nor to create.
        const QString empty = dir.filePath(QStringLiteral("share-new"));
        Publisher first(*library, empty);
        first.setProgress([](qint64, qint64) { return false; });
        QVERIFY(!first.publish(nullptr, &error));
        Library::OpenError openError;
        QVERIFY(!Library::open(empty, &openError, {}));
        QCOMPARE(openError.kind, Library::OpenError::Kind::NoLibrary);
        QVERIFY(!QFileInfo::exists(empty + QStringLiteral("/catalog.db")));
        QVERIFY(publish(*library, empty).added == 2); // and the next publish succeeds
    }

    void derivedFilesAreCopiedWithoutFollowingLinks()
    {
        QTemporaryDir dir;
        const QString share = dir.filePath(QStringLiteral("share"));
        const QString lib = dir.filePath(QStringLiteral("lib"));
        auto library = openLibrary(lib);
        addDocument(*library, dir.path(), QStringLiteral("a.txt"), "Alpha\n");
        const QString sha(64, QLatin1Char('a'));
        TestHelpers::writeFile(lib, QStringLiteral("derived/aa/") + sha + QStringLiteral(".pdf"),
                               "%PDF-1.4 Seiten");
        TestHelpers::writeFile(lib, QStringLiteral("derived/aa/") + sha + QStringLiteral(".boxes"), "[]");
        const QString secret = TestHelpers::writeFile(dir.filePath(QStringLiteral("elsewhere")),
                                                      QStringLiteral("secret.txt"), "geheim");
        QVERIFY(QFile::link(secret, lib + QStringLiteral("/derived/aa/link.pdf")));
        publish(*library, share);
        QCOMPARE(TestHelpers::readFile(share + QStringLiteral("/derived/aa/") + sha + QStringLiteral(".pdf")),
                 QByteArray("%PDF-1.4 Seiten"));
        QCOMPARE(
            TestHelpers::readFile(share + QStringLiteral("/derived/aa/") + sha + QStringLiteral(".boxes")),
            QByteArray("[]"));
        QVERIFY(!QFileInfo::exists(share + QStringLiteral("/derived/aa/link.pdf")));

        // Made again with other content: copied again.
        QFile::remove(lib + QStringLiteral("/derived/aa/") + sha + QStringLiteral(".boxes"));
        TestHelpers::writeFile(lib, QStringLiteral("derived/aa/") + sha + QStringLiteral(".boxes"),
                               "[[1,2,3,4]]");
        const PublishSummary second = publish(*library, share);
        QCOMPARE(second.filesCopied, 1);
        QCOMPARE(
            TestHelpers::readFile(share + QStringLiteral("/derived/aa/") + sha + QStringLiteral(".boxes")),
            QByteArray("[[1,2,3,4]]"));
    }

    void linkInThePublishedFolderIsRefused()
    {
        QTemporaryDir dir;
        const QString share = dir.filePath(QStringLiteral("share"));
        auto library = openLibrary(dir.filePath(QStringLiteral("lib")));
        addDocument(*library, dir.path(), QStringLiteral("a.txt"), "Alpha\n");
        publish(*library, share);
        const QString elsewhere = dir.filePath(QStringLiteral("elsewhere"));
        QVERIFY(QDir().mkpath(elsewhere));
        QVERIFY(QDir(share).rename(QStringLiteral("derived"), QStringLiteral("derived.old")));
        QVERIFY(QFile::link(elsewhere, share + QStringLiteral("/derived")));
        Publisher publisher(*library, share);
        QString error;
        QVERIFY(!publisher.publish(nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("derived")) && error.contains(QStringLiteral("link")),
                 qPrintable(error));
        QVERIFY(QDir(elsewhere).isEmpty());
        Library::OpenError openError;
        QVERIFY(!Library::open(share, &openError, {}));
        QCOMPARE(openError.kind, Library::OpenError::Kind::LinkedPart);
    }

    void personalMarksSurviveNewVersionsAndFollowTheDocument()
    {
        QTemporaryDir dir;
        const QString share = dir.filePath(QStringLiteral("share"));
        const QString personalPath = dir.filePath(QStringLiteral("user/personal.db"));
        auto library = openLibrary(dir.filePath(QStringLiteral("lib")));
        addDocument(*library, dir.path(), QStringLiteral("a.txt"), "Alpha Sensor\n");
        const qint64 b = addDocument(*library, dir.path(), QStringLiteral("b.txt"), "Beta Sensor\n");
        const QString bSha = library->catalog().document(b)->sha256;
        publish(*library, share);
        {
            PersonalOverlay overlay;
            QVERIFY(overlay.open(personalPath, nullptr));
            QVERIFY(overlay.addTag({ bSha }, QStringLiteral("Projekt/Licht")));
            QVERIFY(overlay.setFavorite({ bSha }, true));
            QVERIFY(overlay.setNote(bSha, QStringLiteral("Für die Ratssitzung")));
        }
        {
            auto reader = openLibrary(share, personalPath);
            QCOMPARE(hitIds(*reader, QStringLiteral("meine:Projekt")), QList<qint64> { b });
            QCOMPARE(hitIds(*reader, QStringLiteral("tag:projekt/licht")), QList<qint64> { b });
            QCOMPARE(hitIds(*reader, QStringLiteral("meine:Merkliste")), QList<qint64> { b });
            QCOMPARE(hitIds(*reader, QStringLiteral("Sensor -meine:Projekt")).size(), 1);
            QVERIFY(reader->catalog().documentTags(b).isEmpty()); // never mixed into the library's tags
        }
        // A new version in which the document has another title and id: the marks follow its file.
        DocumentRecord changed = *library->catalog().document(b);
        QVERIFY(library->database().exec(QStringLiteral("DELETE FROM documents WHERE id = %1").arg(b)));
        changed.id = 0;
        changed.title = QStringLiteral("Beta, überarbeitet");
        QVERIFY(library->catalog().insertDocument(changed, QStringLiteral("Beta Sensor")));
        publish(*library, share);
        auto reader = openLibrary(share, personalPath);
        QCOMPARE(hitIds(*reader, QStringLiteral("meine:Projekt")), QList<qint64> { changed.id });
        QCOMPARE(reader->catalog().document(changed.id)->title, QStringLiteral("Beta, überarbeitet"));
        PersonalOverlay overlay;
        QVERIFY(overlay.open(personalPath, nullptr));
        QVERIFY(overlay.isFavorite(bSha));
        QCOMPARE(overlay.note(bSha), QStringLiteral("Für die Ratssitzung"));
        QCOMPARE(overlay.tags(bSha), QStringList { QStringLiteral("Projekt/Licht") });
        // Without an overlay the personal terms find nothing (and break nothing).
        auto plain = openLibrary(share);
        QVERIFY(hitIds(*plain, QStringLiteral("meine:Projekt")).isEmpty());
        QCOMPARE(hitIds(*plain, QStringLiteral("Sensor")).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPublisher)
#include "TestPublisher.moc"
