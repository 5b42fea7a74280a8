#include "TestLibraryHelpers.h"
#include "core/library/Library.h"
#include "core/library/LibraryLock.h"
#include "core/library/PersonalOverlay.h"
#include "gui/details/DetailsSplitter.h"
#include "gui/details/RelatedDocumentsList.h"
#include "gui/main/MainWindow.h"
#include "gui/personal/PersonalNoteEdit.h"
#include "gui/personal/RecentDocuments.h"
#include "gui/preview/PreviewPane.h"
#include "gui/search/SearchResultModel.h"
#include "gui/startup/StaleLockOffer.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// The details of the selected document on a 1366×768 laptop (#16): they scroll below the page
// view instead of squeezing it, related documents are elided; the user's own layer in the window
// (#18): the private note, and the question about a lock left by a writer that no longer runs.
namespace {
qint64 addDocument(Library &library, const QString &dir, const QString &name, const QString &title,
                   const QByteArray &text, const QString &description = {})
{
    const QString source = TestHelpers::writeFile(dir, name, text);
    QString sha, error;
    bool existed;
    if (!library.store().storeFile(source, &sha, &existed, &error))
        qFatal("%s", qPrintable(error));
    DocumentRecord doc;
    doc.sha256 = sha;
    doc.filename = name;
    doc.title = title;
    doc.description = description;
    doc.category = QStringLiteral("Mobilität");
    doc.type = QStringLiteral("Bericht");
    doc.tags = { QStringLiteral("Mobilität/Parken"), QStringLiteral("Sensorik/Verkehr"),
                 QStringLiteral("Open Data") };
    doc.format = QStringLiteral("txt");
    doc.size = text.size();
    if (!library.catalog().insertDocument(doc, QString::fromUtf8(text)))
        qFatal("%s", qPrintable(library.catalog().lastError()));
    return doc.id;
}

// Clicks the button named buttonName of the next message box, as the user would.
void answerMessageBox(QObject *context, const QString &buttonName)
{
    auto *timer = new QTimer(context);
    QObject::connect(timer, &QTimer::timeout, [timer, buttonName] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (auto *button = box->findChild<QPushButton *>(buttonName))
            button->click();
        timer->deleteLater();
    });
    timer->start(20);
}

void writeLockFile(const QString &libraryDir, const QString &host)
{
    QFile file(libraryDir + QLatin1Char('/') + LibraryLock::fileName());
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write the lock file");
    file.write(
        QStringLiteral(
            R"({"pid":4711,"user":"anna","host":"%1","since":"2026-12-04T08:14:00Z","program":"srtoolbox"})")
            .arg(host)
            .toUtf8());
}
} // namespace

class TestDetailsPane : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_long = 0;
    qint64 m_related = 0;

private slots:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("srtoolbox-test"));
        QCoreApplication::setApplicationName(QStringLiteral("TestDetailsPane"));
        qputenv("SRTOOLBOX_PERSONAL", m_dir.filePath(QStringLiteral("user/personal.db")).toUtf8());
        PersonalOverlay().open(PersonalOverlay::defaultPath(), nullptr);
        QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(), QSize(1366, 768));

        Library::OpenOptions options;
        options.personal = PersonalOverlay::defaultPath();
        QString error;
        m_library = Library::open(m_dir.filePath(QStringLiteral("library")), &error, options);
        QVERIFY2(m_library, qPrintable(error));
        const QByteArray subject
            = "Parkraumsensorik Belegung Stellplätze Innenstadt Bodensensoren Parkleitsystem\n";
        m_long = addDocument(
            *m_library, m_dir.path(), QStringLiteral("bericht.txt"),
            QStringLiteral("Erfahrungsbericht Parkraumsensorik"), subject + "Zwölf Monate Betrieb.\n",
            QStringLiteral("Bericht an den Ausschuss über das erste Betriebsjahr. ").repeated(12));
        m_related = addDocument(
            *m_library, m_dir.path(), QStringLiteral("konzept.txt"),
            QStringLiteral(
                "Parkraumkonzept Innenstadt – Entwurf für die Bürgerwerkstatt mit sehr langem Titel, "
                "der in der Liste der verwandten Dokumente nicht Platz hat <b>fett</b>"),
            subject + "Entwurf.\n");
        // A template that shares one word by chance: not related.
        addDocument(
            *m_library, m_dir.path(), QStringLiteral("vorlage.txt"),
            QStringLiteral("Vorlage Haushaltssatzung"),
            "Der Gemeinderat beschließt die Haushaltssatzung, den Stellenplan und die Kredite; Anlage "
            "Innenstadt Sanierung Haushaltsmittel Rechnungsprüfung Kämmerei Abschreibung Verwaltung\n");
        for (const char *other :
             { "Glasfaser Ausbau", "Winterdienst Touren", "Friedhof Gebühren", "Schule Tablets" })
            addDocument(*m_library, m_dir.path(), QString::fromUtf8(other) + QStringLiteral(".txt"),
                        QString::fromUtf8(other), QByteArray(other) + " Verwaltung\n");
    }

    // At 1366×768 a document with long details and related documents left the page view a strip
    // of about 190 px: the details now scroll in their own area below it.
    void previewKeepsTheHeightBesideLongDetails()
    {
        MainWindow window(*m_library);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy shown(&window, &MainWindow::detailsShown);
        window.restore({ QStringLiteral("Parkraumsensorik"), m_long });
        QTRY_COMPARE(window.currentDocument() ? window.currentDocument()->id : 0, m_long);
        auto *related = window.findChild<RelatedDocumentsList *>();
        QTRY_VERIFY(related->isVisible());
        auto *splitter = window.findChild<DetailsSplitter *>();
        QVERIFY(splitter);
        QTRY_VERIFY(window.previewPane()->height() >= 330);
        QVERIFY2(window.previewPane()->height() >= 330,
                 qPrintable(QString::number(window.previewPane()->height())));
        // The details are all there, in the scroll area: its content is taller than its view.
        QScrollArea *area = splitter->detailsArea();
        QVERIFY(area->isAncestorOf(window.findChild<QLabel *>(QStringLiteral("metadataLabel"))));
        QVERIFY(area->isAncestorOf(related));
        QVERIFY(area->widget()->height() > area->viewport()->height());
        QVERIFY(!area->horizontalScrollBar()->isVisible());
        // The buttons under the details stay on the screen.
        auto *button = window.findChild<QPushButton *>(QStringLiteral("openOriginalButton"));
        QVERIFY(QGuiApplication::primaryScreen()->availableGeometry().contains(
            QRect(button->mapToGlobal(QPoint()), button->size())));

        // The line the user moves is kept for the next window.
        QSplitterHandle *handle = splitter->handle(1);
        const QPoint grip = handle->rect().center();
        QTest::mousePress(handle, Qt::LeftButton, {}, grip);
        QTest::mouseMove(handle, grip - QPoint(0, 80));
        QTest::mouseRelease(handle, Qt::LeftButton, {}, grip - QPoint(0, 80));
        const QList<int> moved = splitter->sizes();
        QVERIFY(moved.at(1) > int(splitter->height() * DetailsSplitter::DetailsShare) + 40);
        window.close();

        MainWindow again(*m_library);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QTRY_COMPARE(again.findChild<DetailsSplitter *>()->sizes(), moved);
        QSettings().remove(QStringLiteral("window/detailsSplitter"));
    }

    // A long title in the related documents is elided, not scrolled sideways; the tooltip has it
    // whole, as plain text.
    void relatedDocumentsAreElided()
    {
        RelatedDocumentsList related(*m_library);
        related.resize(300, 200);
        related.showFor(m_long);
        auto *list = related.findChild<QListWidget *>();
        QTRY_COMPARE(list->count(), 1); // the templates sharing no subject are not related
        related.show();
        QVERIFY(QTest::qWaitForWindowExposed(&related));
        QVERIFY(!list->horizontalScrollBar()->isVisible());
        QCOMPARE(list->item(0)->data(Qt::UserRole).toLongLong(), m_related);
        QVERIFY(list->visualItemRect(list->item(0)).width() <= list->viewport()->width());
        const QString tip = list->item(0)->toolTip();
        QVERIFY2(tip.contains(QStringLiteral("&lt;b&gt;fett&lt;/b&gt;")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("sehr langem Titel")), qPrintable(tip));
    }

    // The private note: saved after a pause and when another document is shown, read again later,
    // never in the library.
    void noteIsSavedAndReadAgain()
    {
        const QString a = m_library->catalog().document(m_long)->sha256;
        const QString b = m_library->catalog().document(m_related)->sha256;
        {
            PersonalNoteEdit note;
            note.show();
            QSignalSpy loaded(&note, &PersonalNoteEdit::loaded);
            QSignalSpy saved(&note, &PersonalNoteEdit::saved);
            note.showNoteOf(a);
            QVERIFY(loaded.wait());
            QVERIFY(note.editor()->isEnabled());
            QTest::keyClicks(note.editor(), QStringLiteral("Mit Frau Huber kl"));
            note.editor()->insertPlainText(QStringLiteral("ären")); // typed, as QTest cannot type ä
            QVERIFY(saved.wait(PersonalNoteEdit::SaveDelayMs * 4)); // after the pause
            QCOMPARE(saved.first().first().toString(), a);
            QVERIFY(saved.first().last().toBool());

            QTest::keyClicks(note.editor(), QStringLiteral(" <b>bis Freitag</b>"));
            note.showNoteOf(b); // another document: the change is saved at once
            QTRY_COMPARE(saved.size(), 2);
            QTRY_COMPARE(loaded.size(), 2);
            QCOMPARE(note.text(), QString());
            note.showNoteOf(a);
            QTRY_COMPARE(loaded.size(), 3);
            QCOMPARE(note.text(), QStringLiteral("Mit Frau Huber klären <b>bis Freitag</b>"));
        }
        PersonalOverlay overlay;
        QVERIFY(overlay.open(PersonalOverlay::defaultPath(), nullptr));
        QCOMPARE(overlay.note(a), QStringLiteral("Mit Frau Huber klären <b>bis Freitag</b>"));

        // In the window it sits under the shown document's details.
        MainWindow window(*m_library);
        window.show();
        window.restore({ QStringLiteral("Parkraumsensorik"), m_long });
        QTRY_COMPARE(window.currentDocument() ? window.currentDocument()->id : 0, m_long);
        auto *edit = window.findChild<PersonalNoteEdit *>();
        QVERIFY(edit && window.findChild<DetailsSplitter *>()->detailsArea()->isAncestorOf(edit));
        QTRY_COMPARE(edit->text(), QStringLiteral("Mit Frau Huber klären <b>bis Freitag</b>"));
        QVERIFY(edit->isVisible());
    }

    // The user's own tags come with the hits, apart from the library's (drawn as outlined chips).
    void personalTagsComeWithTheHits()
    {
        const QString sha = m_library->catalog().document(m_related)->sha256;
        PersonalOverlay overlay;
        QVERIFY(overlay.open(PersonalOverlay::defaultPath(), nullptr));
        QVERIFY(overlay.addTag({ sha }, QStringLiteral("Projekt/Parken")));
        MainWindow window(*m_library);
        window.setQueryText(QStringLiteral("Parkraumkonzept"));
        window.search();
        QTRY_COMPARE(window.resultModel()->total(), 1);
        const QModelIndex index = window.resultModel()->index(0, 0);
        QCOMPARE(index.data(SearchResultModel::PersonalTagsRole).toStringList(),
                 QStringList { QStringLiteral("Projekt/Parken") });
        QVERIFY(!index.data(SearchResultModel::TagsRole)
                     .toStringList()
                     .contains(QStringLiteral("Projekt/Parken")));
        QVERIFY(index.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("Projekt/Parken")));
    }

    // "Recently viewed" in the File menu: newest first, each once, at most Kept, kept for the next
    // start; choosing one finds and selects it.
    void recentlyViewedDocuments()
    {
        {
            RecentDocuments recent;
            recent.clear();
            for (int i = 0; i < RecentDocuments::Kept + 2; ++i)
                recent.add(QString(64, QLatin1Char('a' + i % 6)) + QString::number(i),
                           QStringLiteral("Dok %1").arg(i));
            recent.add(QString(64, QLatin1Char('a' + 3 % 6)) + QStringLiteral("3"), QStringLiteral("Dok 3"));
        }
        RecentDocuments recent; // as at the next start
        const QList<RecentDocuments::Entry> entries = recent.entries();
        QCOMPARE(entries.size(), RecentDocuments::Kept);
        QCOMPARE(entries.first().title, QStringLiteral("Dok 3"));
        QCOMPARE(entries.at(1).title, QStringLiteral("Dok 11"));
        QCOMPARE(
            std::count_if(entries.begin(), entries.end(),
                          [](const RecentDocuments::Entry &e) { return e.title == QStringLiteral("Dok 3"); }),
            1);
        recent.clear();

        MainWindow window(*m_library);
        window.show();
        window.restore({ QStringLiteral("Parkraumkonzept"), m_related });
        QTRY_COMPARE(window.currentDocument() ? window.currentDocument()->id : 0, m_related);
        window.restore({ QStringLiteral("Erfahrungsbericht"), m_long });
        QTRY_COMPARE(window.currentDocument() ? window.currentDocument()->id : 0, m_long);
        auto *recentOfWindow = window.findChild<RecentDocuments *>();
        QVERIFY(recentOfWindow);
        QMenu *menu = recentOfWindow->menu();
        QVERIFY(window.menuBar()->actions().first()->menu()->actions().contains(menu->menuAction()));
        emit menu->aboutToShow();
        QVERIFY(menu->actions().size() >= 2);
        QVERIFY(menu->actions().at(0)->text().contains(QStringLiteral("Erfahrungsbericht")));
        QVERIFY(menu->actions().at(1)->text().contains(QStringLiteral("Parkraumkonzept")));
        menu->actions().at(1)->trigger();
        QTRY_COMPARE(window.currentDocument() ? window.currentDocument()->id : 0, m_related);
    }

    // A lock left by a writer on another computer: the user is asked, with holder, computer and
    // time named; removing it lets the library be changed again, declining keeps it.
    void staleLockIsOfferedForRemoval()
    {
        const QString dir = m_dir.filePath(QStringLiteral("locked"));
        QString error;
        QVERIFY2(Library::open(dir, &error), qPrintable(error)); // created, closed again
        writeLockFile(dir, QStringLiteral("rathaus-pc-2"));
        auto library = Library::open(dir, &error);
        QVERIFY(library && library->isReadOnly());
        library.reset();

        const std::optional<LibraryLock::Holder> holder = StaleLockOffer::staleHolder(dir);
        QVERIFY(holder);
        const QString question = StaleLockOffer::question(*holder);
        for (const QString &part :
             { QStringLiteral("rathaus-pc-2"), QStringLiteral("anna"), QStringLiteral("4711"),
               QLocale().toString(holder->since.toLocalTime(), QLocale::ShortFormat) })
            QVERIFY2(question.contains(part), qPrintable(part));

        answerMessageBox(this, QStringLiteral("removeLockButton"));
        QVERIFY(StaleLockOffer::offer(nullptr, dir));
        QVERIFY(!QFile::exists(dir + QLatin1Char('/') + LibraryLock::fileName()));
        library = Library::open(dir, &error);
        QVERIFY(library && !library->isReadOnly());
        library.reset();

        // A live writer here is never offered.
        const std::unique_ptr<LibraryLock> live = LibraryLock::acquire(dir, &error);
        QVERIFY2(live, qPrintable(error));
        QVERIFY(!StaleLockOffer::staleHolder(dir));
    }

    void declinedLockStays()
    {
        const QString dir = m_dir.filePath(QStringLiteral("locked2"));
        QString error;
        QVERIFY2(Library::open(dir, &error), qPrintable(error));
        writeLockFile(dir, QStringLiteral("rathaus-pc-3"));
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, timer, [timer] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                QCOMPARE(box->defaultButton(), box->escapeButton()); // Enter keeps the library read-only
                box->reject();
                timer->deleteLater();
            }
        });
        timer->start(20);
        QVERIFY(!StaleLockOffer::offer(nullptr, dir));
        QVERIFY(QFile::exists(dir + QLatin1Char('/') + LibraryLock::fileName()));
    }
};

int main(int argc, char **argv)
{
    // The offscreen platform with one 1366×768 screen, as a common office laptop.
    QTemporaryDir config;
    const QString file = config.filePath(QStringLiteral("screens.json"));
    QFile json(file);
    if (!json.open(QIODevice::WriteOnly)
        || json.write(
               R"({ "screens": [ { "name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96 } ] })")
            < 0)
        return 1;
    json.close();
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + QFile::encodeName(file));
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestDetailsPane test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestDetailsPane.moc"
