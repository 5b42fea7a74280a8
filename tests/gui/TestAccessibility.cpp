#include "TestLibraryHelpers.h"
#include "core/i18n/Translations.h"
#include "core/import/Importer.h"
#include "core/library/Library.h"
#include "gui/details/MetadataDialog.h"
#include "gui/editing/CatalogEditor.h"
#include "gui/exporting/ExportDialog.h"
#include "gui/main/MainWindow.h"
#include "gui/search/QueryHelpDialog.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/startup/LibraryProblemDialog.h"
#include "gui/tags/TagEditDialog.h"
#include "gui/tags/TagManagerDialog.h"
#include "gui/templating/UseTemplateDialog.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QSet>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

// BITV 2.0: every interactive widget of the window and its dialogs has a name a screen reader can
// speak, and Tab reaches every one of them (no keyboard traps, nothing only the mouse can reach).
class TestAccessibility : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<Library> m_library;

    static QString describe(const QWidget *w)
    {
        const auto *button = qobject_cast<const QAbstractButton *>(w);
        return QStringLiteral("%1 \"%2\" %3 in %4")
            .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), button ? button->text() : QString(),
                 QString::fromLatin1(w->window()->metaObject()->className()));
    }

    // The widgets a user can focus with the keyboard: visible, enabled, taking Tab focus.
    static QList<QWidget *> focusable(QWidget *top)
    {
        QList<QWidget *> result;
        for (QWidget *w : top->findChildren<QWidget *>()) {
            if (w->isVisibleTo(top) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy()
                && w->window() == top)
                result.append(w);
        }
        return result;
    }

    static void verifyNames(QWidget *top)
    {
        QStringList unnamed;
        for (QWidget *w : focusable(top)) {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
                unnamed.append(describe(w));
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("without an accessible name: ") + unnamed.join(QStringLiteral(", "))));
    }

    // Presses Tab until focus comes back to where it started; every focusable widget must be met.
    static void verifyTabReachesAll(QWidget *top, QWidget *start)
    {
        start->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), start);
        QSet<QWidget *> visited{start};
        QStringList order;
        QWidget *previous = start;
        // Tab may stay in a widget for a while (links inside a text browser); the round ends when
        // focus comes back to the start from elsewhere.
        for (int i = 0; i < 300; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *now = QApplication::focusWidget();
            QVERIFY(now);
            if (now == start && previous != start)
                break;
            if (now != previous)
                order.append(describe(now));
            visited.insert(now->focusProxy() ? now->focusProxy() : now);
            previous = now;
        }
        QStringList missed;
        for (QWidget *w : focusable(top)) {
            if (!visited.contains(w))
                missed.append(describe(w));
        }
        QVERIFY2(missed.isEmpty(), qPrintable(QStringLiteral("not reachable with Tab: ") + missed.join(QStringLiteral(", "))
                                                    + QStringLiteral("; Tab went: ") + order.join(QStringLiteral(" → "))));
    }

    void checkDialog(QDialog *dialog)
    {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        verifyNames(dialog);
        const QList<QWidget *> widgets = focusable(dialog);
        QVERIFY(!widgets.isEmpty());
        verifyTabReachesAll(dialog, widgets.first());
        dialog->close();
    }

private slots:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        Translations::install(QStringLiteral("de"));
        QString error;
        m_library = Library::open(m_dir.path(), &error);
        QVERIFY2(m_library, qPrintable(error));
        QCOMPARE(Importer(*m_library).run({TestHelpers::samplePackPath()}).totals().added, 37);
    }

    void mainWindow()
    {
        MainWindow window(*m_library);
        window.resize(1300, 850);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_VERIFY(window.currentDocument().has_value()); // a document in the preview: its buttons are on
        verifyNames(&window);
        verifyTabReachesAll(&window, window.findChild<QWidget *>(QStringLiteral("searchEdit")));
        // Every menu action that does something has a shortcut or a mnemonic.
        for (QAction *action : window.findChildren<QAction *>()) {
            if (!action->isSeparator() && !action->text().isEmpty())
                QVERIFY2(!action->shortcut().isEmpty() || action->text().contains(QLatin1Char('&')), qPrintable(action->text()));
        }
    }

    void dialogs()
    {
        const DocumentRecord doc = m_library->catalog().documents().first();
        TagEditDialog tags({doc.tags, {QStringLiteral("Vergabe")}}, {QStringLiteral("Vergabe"), QStringLiteral("LoRaWAN")});
        checkDialog(&tags);
        QUndoStack stack;
        CatalogEditor editor(*m_library);
        TagManagerDialog manager(&stack, &editor);
        manager.setTags(m_library->catalog().tags());
        checkDialog(&manager);
        MetadataDialog metadata(doc, {});
        checkDialog(&metadata);
        SettingsDialog settings(m_library->path());
        checkDialog(&settings);
        ExportDialog exportDialog(3);
        checkDialog(&exportDialog);
        QueryHelpDialog help;
        checkDialog(&help);
        // The import made a catalog backup, so the damaged-catalog dialog offers it.
        LibraryProblemDialog problem(m_library->path(), QStringLiteral("Der Katalog ist beschädigt."));
        checkDialog(&problem);
    }

    void templateDialogs()
    {
        QTemporaryDir user;
        const QString profile = user.filePath(QStringLiteral("profile.json"));
        SettingsDialog settings(m_library->path(), nullptr, m_library.get());
        settings.showProfilePage();
        checkDialog(&settings);
        UseTemplateDialog::Template source;
        for (const DocumentRecord &doc : m_library->catalog().documents()) {
            if (doc.format == QLatin1String("docx")) {
                source = { m_library->store().pathFor(doc.sha256), doc.filename, doc.title, {} };
                break;
            }
        }
        QVERIFY(!source.fileName.isEmpty());
        UseTemplateDialog use(source, profile, MunicipalityProfile());
        QTRY_VERIFY(!use.isBusy());
        checkDialog(&use);
    }
};

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
