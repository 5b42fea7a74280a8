#include "TestLibraryHelpers.h"
#include "TestOfficeFiles.h"
#include "TestPdfWriter.h"
#include "core/extract/ZipPackage.h"
#include "core/import/Importer.h"
#include "core/library/Library.h"
#include "core/templating/MunicipalityProfile.h"
#include "gui/main/MainWindow.h"
#include "gui/search/SearchResultModel.h"
#include "gui/settings/AppSettings.h"
#include "gui/settings/MunicipalityProfilePage.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/templating/UseTemplateDialog.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

// "Use template…" (issue #14) driven as the clerk does: the value proposed for [Gemeinde] is her
// profile's, the written DOCX holds it, an existing file is replaced only after asking, a PDF gets a
// plain copy with the note that it cannot be filled; the settings' profile page starts from the
// library's default. On a 1366×768 screen (main() below).
class TestUseTemplate : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<Library> m_library;
    QString m_profilePath;
    QString m_out;

    QString storedPath(const QString &fileName)
    {
        for (const DocumentRecord &doc : m_library->catalog().documents()) {
            if (doc.filename == fileName)
                return m_library->store().pathFor(doc.sha256);
        }
        return {};
    }

    static int rowOf(QTableWidget *table, const QString &written)
    {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, UseTemplateDialog::WrittenColumn)->text() == written)
                return row;
        }
        return -1;
    }

    static QByteArray documentXml(const QString &docx)
    {
        ZipPackage package(docx);
        if (!package.open())
            return {};
        return package.read(QStringLiteral("word/document.xml")).value_or(QByteArray());
    }

    static void verifyFits(QWidget *widget)
    {
        QVERIFY(QTest::qWaitForWindowExposed(widget));
        QVERIFY2(QGuiApplication::primaryScreen()->availableGeometry().contains(widget->frameGeometry()),
                 widget->metaObject()->className());
    }

    UseTemplateDialog::Template docxTemplate()
    {
        UseTemplateDialog::Template source;
        source.sourcePath = storedPath(QStringLiteral("Muster-Vereinbarung.docx"));
        source.fileName = QStringLiteral("Muster-Vereinbarung.docx");
        source.title = QStringLiteral("Muster-Vereinbarung");
        return source;
    }

private slots:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("srtoolbox-test"));
        QCoreApplication::setApplicationName(QStringLiteral("TestUseTemplate"));
        m_profilePath = m_dir.filePath(QStringLiteral("user/profile.json"));
        qputenv("SRTOOLBOX_PROFILE", m_profilePath.toUtf8());
        qputenv("SRTOOLBOX_PERSONAL", m_dir.filePath(QStringLiteral("user/personal.db")).toUtf8());
        m_out = m_dir.filePath(QStringLiteral("Dokumente"));
        QVERIFY(QDir().mkpath(m_out));
        AppSettings::setTemplateFolder(m_out);

        const QString pack = m_dir.filePath(QStringLiteral("pack"));
        TestHelpers::writeFile(pack, QStringLiteral("Muster-Vereinbarung.docx"),
                               TestOfficeFiles::docx(QStringLiteral("Vereinbarung"),
                                                     { QStringLiteral("Die [Gemeinde] und der Verband schließen "
                                                                      "diese Vereinbarung. Aktenzeichen [Aktenzeichen].") }));
        QVERIFY(TestPdfWriter().addPage({ QStringLiteral("Antrag der [Gemeinde]") }).writeTo(pack + QStringLiteral("/Antrag.pdf")));
        QString error;
        m_library = Library::open(m_dir.filePath(QStringLiteral("library")), &error);
        QVERIFY2(m_library, qPrintable(error));
        QCOMPARE(Importer(*m_library).run({ pack }).totals().added, 2);

        MunicipalityProfile mine;
        mine.values.insert(MunicipalityProfile::Field::Name, QStringLiteral("Gemeinde Lahnfels"));
        QVERIFY2(ProfileStore::save(mine, m_profilePath, &error), qPrintable(error));
    }

    void fillsTheDocxFromTheProfile()
    {
        UseTemplateDialog dialog(docxTemplate(), m_profilePath, MunicipalityProfile());
        dialog.show();
        verifyFits(&dialog);
        QTRY_VERIFY(!dialog.isBusy());
        QVERIFY(dialog.isFillable());
        QTableWidget *table = dialog.placeholderTable();
        const int gemeinde = rowOf(table, QStringLiteral("[Gemeinde]"));
        QVERIFY2(gemeinde >= 0, qPrintable(dialog.note()));
        QCOMPARE(table->item(gemeinde, UseTemplateDialog::ValueColumn)->text(), QStringLiteral("Gemeinde Lahnfels"));
        table->setCurrentCell(gemeinde, UseTemplateDialog::ValueColumn);
        QVERIFY2(dialog.contextText().contains(QStringLiteral("schließen")), qPrintable(dialog.contextText()));
        QCOMPARE(dialog.targetEdit()->text(),
                 QDir::toNativeSeparators(m_out + QStringLiteral("/Vereinbarung Gemeinde Lahnfels.docx")));

        // She types the file number; it is remembered for next time.
        const int file = rowOf(table, QStringLiteral("[Aktenzeichen]"));
        QVERIFY(file >= 0);
        QVERIFY(table->item(file, UseTemplateDialog::ValueColumn)->text().isEmpty());
        table->item(file, UseTemplateDialog::ValueColumn)->setText(QStringLiteral("AZ 7 & <8>"));

        QSignalSpy finished(&dialog, &UseTemplateDialog::finished);
        QTest::keyClick(&dialog, Qt::Key_Return); // Fill in is the default button
        // While the copy is written, Escape does not close the dialog: the file would land unannounced.
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(dialog.isVisible());
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        const QString target = m_out + QStringLiteral("/Vereinbarung Gemeinde Lahnfels.docx");
        const QByteArray xml = documentXml(target);
        QVERIFY2(xml.contains("Gemeinde Lahnfels") && !xml.contains("[Gemeinde]"), xml.constData());
        QVERIFY(xml.contains("AZ 7 &amp; &lt;8&gt;"));
        QVERIFY(dialog.resultBox());
        QVERIFY(dialog.resultBox()->text().contains(QDir::toNativeSeparators(target)));
        QCOMPARE(dialog.resultBox()->buttons().size(), 3); // Open, Show in folder, Close
        dialog.resultBox()->close();

        QString error;
        const auto profile = ProfileStore::load(m_profilePath, &error);
        QVERIFY2(profile, qPrintable(error));
        QCOMPARE(profile->remembered.value(placeholderKey(QStringLiteral("[Aktenzeichen]"))), QStringLiteral("AZ 7 & <8>"));
        QVERIFY(!profile->remembered.contains(placeholderKey(QStringLiteral("[Gemeinde]")))); // the profile proposes it

        // The next time the typed value is proposed.
        UseTemplateDialog again(docxTemplate(), m_profilePath, MunicipalityProfile());
        QTRY_VERIFY(!again.isBusy());
        QCOMPARE(again.placeholderTable()->item(rowOf(again.placeholderTable(), QStringLiteral("[Aktenzeichen]")),
                                                UseTemplateDialog::ValueColumn)->text(),
                 QStringLiteral("AZ 7 & <8>"));
    }

    void existingTargetIsReplacedOnlyAfterAsking()
    {
        const QString target = m_out + QStringLiteral("/Schon da.docx");
        TestHelpers::writeFile(m_out, QStringLiteral("Schon da.docx"), "mine");
        UseTemplateDialog dialog(docxTemplate(), m_profilePath, MunicipalityProfile());
        QTRY_VERIFY(!dialog.isBusy());
        dialog.targetEdit()->setText(QDir::toNativeSeparators(target));
        QStringList asked;
        bool replace = false;
        dialog.setReplaceQuestion([&](const QString &path) {
            asked.append(path);
            return replace;
        });
        QSignalSpy finished(&dialog, &UseTemplateDialog::finished);
        dialog.fillButton()->click();
        QCOMPARE(asked, QStringList { target });
        QCOMPARE(TestHelpers::readFile(target), QByteArray("mine"));
        QVERIFY(finished.isEmpty());
        QVERIFY(!dialog.isBusy());

        replace = true;
        dialog.fillButton()->click();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.first().at(0).toBool());
        QVERIFY(documentXml(target).contains("Gemeinde Lahnfels"));
        dialog.resultBox()->close();
    }

    void pdfGetsACopyWithTheNote()
    {
        UseTemplateDialog::Template source;
        source.sourcePath = storedPath(QStringLiteral("Antrag.pdf"));
        source.fileName = QStringLiteral("Antrag.pdf");
        source.title = QStringLiteral("Antrag");
        UseTemplateDialog dialog(source, m_profilePath, MunicipalityProfile());
        QTRY_VERIFY(!dialog.isBusy());
        QVERIFY(!dialog.isFillable());
        QVERIFY2(dialog.note().contains(QStringLiteral("cannot be filled")), qPrintable(dialog.note()));
        QVERIFY(dialog.fillButton()->isEnabled());
        const QString target = m_out + QStringLiteral("/Antrag Gemeinde Lahnfels.pdf");
        QCOMPARE(QDir::fromNativeSeparators(dialog.targetEdit()->text()), target);
        QSignalSpy finished(&dialog, &UseTemplateDialog::finished);
        dialog.fillButton()->click();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.first().at(0).toBool());
        QCOMPARE(TestHelpers::readFile(target), TestHelpers::readFile(source.sourcePath));
        QVERIFY(QFileInfo(target).isWritable());
        QVERIFY2(dialog.resultBox()->text().contains(QStringLiteral("cannot be filled")),
                 qPrintable(dialog.resultBox()->text()));
        dialog.resultBox()->close();
    }

    void windowOffersItOnAReadOnlyLibrary()
    {
        Library::OpenOptions options;
        options.readOnly = true;
        QString error;
        auto readOnly = Library::open(m_library->path(), &error, options);
        QVERIFY2(readOnly, qPrintable(error));
        MainWindow window(*readOnly);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *action = window.findChild<QAction *>(QStringLiteral("useTemplateAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+V")));
        auto *view = window.findChild<QTableView *>(QStringLiteral("resultView"));
        QVERIFY(view->actions().contains(action)); // the result list's context menu
        QTRY_COMPARE(window.resultModel()->total(), 2);
        view->setFocus();
        view->setCurrentIndex(window.resultModel()->index(0, 0));
        QTRY_VERIFY(window.currentDocument().has_value());
        QTRY_VERIFY(action->isEnabled());
        auto *button = window.findChild<QPushButton *>(QStringLiteral("useTemplateButton"));
        QTRY_VERIFY(button->isEnabled());
        QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        UseTemplateDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<UseTemplateDialog *>()) != nullptr);
        verifyFits(dialog);
        QTRY_VERIFY(!dialog->isBusy());
        dialog->reject();
    }

    void damagedDocxIsExplainedAndNotWritten()
    {
        UseTemplateDialog::Template source;
        source.sourcePath
            = TestHelpers::writeFile(m_dir.path(), QStringLiteral("kaputt.bin"), "PK\x03\x04 not a zip");
        source.fileName = QStringLiteral("Kaputt.docx");
        source.title = QStringLiteral("Kaputt");
        UseTemplateDialog dialog(source, m_profilePath, MunicipalityProfile());
        QTRY_VERIFY(!dialog.isBusy());
        QVERIFY2(dialog.note().contains(QStringLiteral("Kaputt.docx")), qPrintable(dialog.note()));
        QVERIFY(!dialog.fillButton()->isEnabled());
        dialog.fillButton()->click();
        QVERIFY(!QFile::exists(m_out + QStringLiteral("/Kaputt Gemeinde Lahnfels.docx")));
    }

    void retranslatesOnLanguageChange()
    {
        UseTemplateDialog dialog(docxTemplate(), m_profilePath, MunicipalityProfile());
        QTRY_VERIFY(!dialog.isBusy());
        QTableWidget *table = dialog.placeholderTable();
        const QString header = table->horizontalHeaderItem(UseTemplateDialog::ValueColumn)->text();
        const QString button = dialog.fillButton()->text();
        table->horizontalHeaderItem(UseTemplateDialog::ValueColumn)->setText(QStringLiteral("stale"));
        dialog.fillButton()->setText(QStringLiteral("stale"));
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&dialog, &change);
        QCOMPARE(table->horizontalHeaderItem(UseTemplateDialog::ValueColumn)->text(), header);
        QCOMPARE(dialog.fillButton()->text(), button);
        QVERIFY(table->rowCount() > 0); // the values typed stay
    }

    void profilePageStartsFromTheLibraryDefault()
    {
        MunicipalityProfile admin;
        admin.values.insert(MunicipalityProfile::Field::Name, QStringLiteral("Gemeinde Lahnfels"));
        admin.values.insert(MunicipalityProfile::Field::Mayor, QStringLiteral("Jutta Krämer"));
        QString error;
        QVERIFY2(ProfileStore::saveLibraryDefault(*m_library, admin, &error), qPrintable(error));
        const QString fresh = m_dir.filePath(QStringLiteral("fresh/profile.json"));
        {
            MunicipalityProfilePage page(m_library.get(), fresh);
            QVERIFY(page.startedFromLibraryDefault());
            QCOMPARE(page.editFor(MunicipalityProfile::Field::Mayor)->text(), QStringLiteral("Jutta Krämer"));
            QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("saveDefaultButton"))->isHidden());
            // Untouched: nothing written, the user keeps following the admin's default.
            QVERIFY(page.save(&error));
            QVERIFY(!QFile::exists(fresh));
            page.editFor(MunicipalityProfile::Field::Phone)->setText(QStringLiteral("06441 99"));
            QVERIFY2(page.save(&error), qPrintable(error));
            QCOMPARE(ProfileStore::load(fresh, &error)->value(MunicipalityProfile::Field::Phone), QStringLiteral("06441 99"));
        }
        Library::OpenOptions options;
        options.readOnly = true;
        auto readOnly = Library::open(m_library->path(), &error, options);
        QVERIFY2(readOnly, qPrintable(error));
        SettingsDialog dialog(readOnly->path(), nullptr, readOnly.get());
        dialog.showProfilePage();
        dialog.show();
        verifyFits(&dialog);
        QVERIFY(dialog.profilePage()->findChild<QPushButton *>(QStringLiteral("saveDefaultButton"))->isHidden());
        QVERIFY(!dialog.profilePage()->startedFromLibraryDefault()); // this user has a profile
        QVERIFY2(ProfileStore::saveLibraryDefault(*m_library, MunicipalityProfile(), &error), qPrintable(error));
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
    TestUseTemplate test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestUseTemplate.moc"
