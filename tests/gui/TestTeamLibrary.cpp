#include "TestLibraryHelpers.h"
#include "core/library/Library.h"
#include "core/library/PersonalOverlay.h"
#include "core/library/PublishedFolder.h"
#include "core/publish/Publisher.h"
#include "gui/main/MainWindow.h"
#include "gui/publishing/PublishController.h"
#include "gui/publishing/VersionWatcher.h"
#include "gui/search/SearchResultModel.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// The team library in the window (issue 18): Datei → Bibliothek veröffentlichen…, the notice of a
// newer published version that reloads keeping the query and selection, and the Merkliste.
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

// Closes the message boxes the window shows (the publish summary) as a user would with OK.
void acceptMessageBoxes(QObject *context)
{
    auto *timer = new QTimer(context);
    QObject::connect(timer, &QTimer::timeout, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->accept();
    });
    timer->start(50);
}
} // namespace

class TestTeamLibrary : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("srtoolbox-test"));
        QCoreApplication::setApplicationName(QStringLiteral("TestTeamLibrary"));
        qputenv("SRTOOLBOX_PERSONAL", m_dir.filePath(QStringLiteral("user/personal.db")).toUtf8());
        PersonalOverlay().open(PersonalOverlay::defaultPath(), nullptr);
    }

    void publishActionPublishesWithProgressOffTheGuiThread()
    {
        QString error;
        auto library = Library::open(m_dir.filePath(QStringLiteral("lib1")), &error);
        QVERIFY2(library, qPrintable(error));
        addDocument(*library, m_dir.path(), QStringLiteral("a.txt"), "Alpha Sensor\n");
        MainWindow window(*library);
        auto *action = window.findChild<QAction *>(QStringLiteral("publishAction"));
        QVERIFY(action);
        QVERIFY(window.menuBar()->actions().first()->menu()->actions().contains(action)); // in the File menu
        auto *controller = window.findChild<PublishController *>();
        QVERIFY(controller);
        acceptMessageBoxes(this);
        QSignalSpy finished(controller, &PublishController::finished);
        const QString share = m_dir.filePath(QStringLiteral("share1"));
        controller->publishTo(share);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().last().toString()));
        QVERIFY(PublishedFolder::isPublished(share));
    }

    void newerVersionIsOfferedAndLoadedKeepingTheQuery()
    {
        QString error;
        auto source = Library::open(m_dir.filePath(QStringLiteral("lib2")), &error);
        QVERIFY2(source, qPrintable(error));
        addDocument(*source, m_dir.path(), QStringLiteral("b.txt"), "Beta Sensor\n");
        const qint64 chosen = addDocument(*source, m_dir.path(), QStringLiteral("c.txt"), "Gamma Sensor\n");
        const QString share = m_dir.filePath(QStringLiteral("share2"));
        QVERIFY2(Publisher(*source, share).publish(nullptr, &error), qPrintable(error));

        auto reader = Library::open(share, &error);
        QVERIFY2(reader && reader->isPublished(), qPrintable(error));
        MainWindow window(*reader);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.restore({ QStringLiteral("Sensor"), chosen });
        QTRY_COMPARE(window.resultModel()->total(), 2);
        QTRY_COMPARE(window.currentDocument() ? window.currentDocument()->id : 0, chosen);

        auto *watcher = window.findChild<VersionWatcher *>();
        QVERIFY(watcher);
        watcher->checkNow();
        QTest::qWait(200);
        QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("newVersionButton"))); // nothing new yet
        addDocument(*source, m_dir.path(), QStringLiteral("d.txt"), "Delta Sensor\n");
        QVERIFY2(Publisher(*source, share).publish(nullptr, &error), qPrintable(error));
        watcher->checkNow();
        QPushButton *button = nullptr;
        QTRY_VERIFY((button = window.findChild<QPushButton *>(QStringLiteral("newVersionButton"))));
        QVERIFY(button->isVisible());
        button->click();
        QVERIFY(window.reloadRequest());
        QCOMPARE(window.reloadRequest()->query, QStringLiteral("Sensor"));
        QCOMPARE(window.reloadRequest()->documentId, chosen);

        // What main() does with it: the library again, now at the newer version, and the same view.
        auto reloaded = Library::open(share, &error);
        QVERIFY(reloaded);
        QCOMPARE(reloaded->publishedVersion(), PublishedFolder::currentVersion(share, nullptr));
        MainWindow again(*reloaded);
        again.restore(*window.reloadRequest());
        QTRY_COMPARE(again.resultModel()->total(), 3);
        QTRY_COMPARE(again.currentDocument() ? again.currentDocument()->id : 0, chosen);
    }

    void merklisteToggleMarksTheShownDocument()
    {
        QString error;
        auto library = Library::open(m_dir.filePath(QStringLiteral("lib3")), &error);
        QVERIFY2(library, qPrintable(error));
        const qint64 id = addDocument(*library, m_dir.path(), QStringLiteral("e.txt"), "Epsilon Sensor\n");
        const QString sha = library->catalog().document(id)->sha256;
        MainWindow window(*library);
        window.restore({ QStringLiteral("Epsilon"), id });
        QTRY_COMPARE(window.currentDocument() ? window.currentDocument()->id : 0, id);
        auto *favorite = window.findChild<QAction *>(QStringLiteral("favoriteAction"));
        QVERIFY(favorite);
        QTRY_VERIFY(favorite->isEnabled());
        QVERIFY(!favorite->isChecked());
        favorite->trigger();
        PersonalOverlay overlay;
        QVERIFY(overlay.open(PersonalOverlay::defaultPath(), nullptr));
        QTRY_VERIFY(overlay.isFavorite(sha));
        // The library itself is untouched: its tags and metadata know nothing of the list.
        QVERIFY(library->catalog().documentTags(id).isEmpty());
    }
};

QTEST_MAIN(TestTeamLibrary)
#include "TestTeamLibrary.moc"
