#include "TestLibraryHelpers.h"
#include "core/i18n/Translations.h"
#include "core/import/Importer.h"
#include "core/library/Catalog.h"
#include "core/library/Library.h"
#include "gui/details/MetadataDialog.h"
#include "gui/editing/CatalogEditor.h"
#include "gui/editing/EditCommands.h"
#include "gui/importing/ImportController.h"
#include "gui/main/MainWindow.h"
#include "gui/search/ResultItemDelegate.h"
#include "gui/search/SearchResultModel.h"
#include "gui/tags/TagEditDialog.h"
#include "gui/tags/TagManagerDialog.h"
#include "gui/text/DisplayText.h"

#include <QAction>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>
#include <QWindow>

// Library data holding markup (a hostile pack's titles, file names, tags, …) shows as literal text
// in every view of the window, no <img> loads a picture, and no value's length grows the window.
class TestDisplayText : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<Library> m_library;
    qint64 m_marked = 0; // the document with markup in every field

    // Markup of every kind Qt's rich text knows: formatting, a local image, an entity, a link.
    static QString marked(const QString &field)
    {
        return QStringLiteral(
                   "<b>%1</b> <img src=\"file:///tmp/x.png\"> &amp; <a href=\"https://example.org\">Link</a>")
            .arg(field);
    }
    // A file name cannot hold "/".
    static QString markedFile()
    {
        return QStringLiteral("<b>Datei<b> [*] <img src=x.png> &amp; <a href=x>Link<a>.txt");
    }
    static QString markedTag() { return QStringLiteral("<b>Schlagwort<b> &amp; <img src=x.png>"); }
    static QString markedNestedTag() { return QStringLiteral("<i>Eltern<i>/<a href=x>Kind<a>"); }
    static QString missingFile() { return QStringLiteral("<b>fehlt<b> <img src=x.png>.pdf"); }

    // What a widget that interprets rich text shows for this string.
    static QString rendered(const QString &richOrPlain)
    {
        if (!Qt::mightBeRichText(richOrPlain))
            return richOrPlain;
        QTextDocument doc;
        doc.setHtml(richOrPlain);
        return doc.toPlainText();
    }
    static QString shown(const QLabel *label)
    {
        return label->textFormat() == Qt::PlainText ? label->text() : rendered(label->text());
    }

    qint64 documentTitled(const QString &title)
    {
        for (const DocumentRecord &doc : m_library->catalog().documents()) {
            if (doc.title == title)
                return doc.id;
        }
        return 0;
    }

    static void select(MainWindow &window, qint64 id)
    {
        const int row = window.resultModel()->rowOfDocument(id);
        QVERIFY(row >= 0);
        window.findChild<QTableView *>(QStringLiteral("resultView"))
            ->setCurrentIndex(window.resultModel()->index(row, 0));
        QTRY_VERIFY(window.currentDocument() && window.currentDocument()->id == id);
    }

private slots:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("srtoolbox-test"));
        QCoreApplication::setApplicationName(QStringLiteral("TestDisplayText"));
        Translations::install(QStringLiteral("en"));
        QString error;
        m_library = Library::open(m_dir.path() + QStringLiteral("/Bibliothek [*] <b>x<b>"), &error);
        QVERIFY2(m_library, qPrintable(error));
    }

    void helpersShowTextLiterally_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("markup") << marked(QStringLiteral("Titel"));
        QTest::newRow("entity") << QStringLiteral("a &amp; b &lt;c&gt;");
        QTest::newRow("plain") << QStringLiteral("Förderantrag 2024");
        QTest::newRow("spaces") << QStringLiteral("  zwei  Leerzeichen ");
        QTest::newRow("doctype") << QStringLiteral(
            "<!DOCTYPE html><html><body><img src=x.png></body></html>");
    }

    void helpersShowTextLiterally()
    {
        QFETCH(QString, text);
        const QString tip = DisplayText::toolTip(text);
        QVERIFY(Qt::mightBeRichText(tip)); // read as rich text whatever the data: no guessing
        QCOMPARE(rendered(tip), text);
        QCOMPARE(rendered(QStringLiteral("<b>%1</b>").arg(DisplayText::html(text))), text);
        QCOMPARE(DisplayText::elided(text), text);

        // Cut, with the cut marked, and never inside a character.
        const QString longText = QString(DisplayText::MaxValue, QLatin1Char('x')) + text;
        QCOMPARE(DisplayText::elided(longText).size(), DisplayText::MaxValue);
        QVERIFY(DisplayText::elided(longText).endsWith(QChar(0x2026)));
        const QString surrogates
            = QString(DisplayText::MaxValue - 2, QLatin1Char('x')) + QStringLiteral("😀😀");
        QVERIFY(!DisplayText::elided(surrogates)
                     .at(DisplayText::elided(surrogates).size() - 2)
                     .isHighSurrogate());
        QVERIFY(DisplayText::toolTip(QString(100000, QLatin1Char('x'))).size() < 2 * DisplayText::MaxText);
    }

    void messageBoxIsPlain()
    {
        std::unique_ptr<QMessageBox> box(DisplayText::messageBox(QMessageBox::Warning, QStringLiteral("T"),
                                                                 marked(QStringLiteral("Fehler")),
                                                                 QMessageBox::Ok, nullptr));
        box->setInformativeText(marked(QStringLiteral("Hinweis")));
        DisplayText::plainMessages(box.get());
        QCOMPARE(box->textFormat(), Qt::PlainText);
        for (const QLabel *label : box->findChildren<QLabel *>())
            QVERIFY2(label->text().isEmpty() || shown(label) == label->text(),
                     qPrintable(label->objectName()));
        QList<QString> texts;
        for (const QLabel *label : box->findChildren<QLabel *>())
            texts.append(shown(label));
        QVERIFY(texts.contains(marked(QStringLiteral("Fehler"))));
        QVERIFY(texts.contains(marked(QStringLiteral("Hinweis"))));
    }

    void resultDelegateLoadsNoPictures()
    {
        // Whatever markup the title and the snippet hold, the result row paints no local picture:
        // the marks are drawn from the mark characters, nothing is rendered as rich text.
        const QString picture = m_dir.filePath(QStringLiteral("red.png"));
        QImage red(40, 16, QImage::Format_RGB32);
        red.fill(Qt::red);
        QVERIFY(red.save(picture));
        QStandardItemModel model(1, SearchResultModel::ColumnCount);
        const QString image = QStringLiteral("<img src=\"%1\">").arg(QUrl::fromLocalFile(picture).toString());
        model.setData(model.index(0, 0), image);
        model.setData(model.index(0, 0), image + SearchHit::MarkStart + image + SearchHit::MarkEnd,
                      SearchResultModel::SnippetRole);
        model.setData(model.index(0, SearchResultModel::Type), image);
        ResultItemDelegate delegate;
        QImage canvas(300, ResultItemDelegate::rowHeight(QFont()), QImage::Format_RGB32);
        canvas.fill(Qt::white);
        QPainter painter(&canvas);
        QStyleOptionViewItem option;
        option.rect = canvas.rect();
        option.palette.setColor(QPalette::Text, Qt::black);
        delegate.paint(&painter, option, model.index(0, 0));
        painter.end();
        for (int y = 0; y < canvas.height(); ++y) {
            for (int x = 0; x < canvas.width(); ++x)
                QVERIFY2(canvas.pixel(x, y) != QColor(Qt::red).rgb(), "the picture was painted");
        }
    }

    void importReportIsPlain()
    {
        // A pack whose every field holds markup, imported from the window; the report names a file.
        const QString pack = m_dir.filePath(QStringLiteral("pack"));
        TestHelpers::writeFile(pack, markedFile(),
                               "Sonnenblume <img src=x.png> &amp; <b>fett</b> im Text.\n");
        QJsonObject document { { QStringLiteral("file"), markedFile() },
                               { QStringLiteral("title"), marked(QStringLiteral("Titel")) },
                               { QStringLiteral("description"), marked(QStringLiteral("Beschreibung")) },
                               { QStringLiteral("category"), marked(QStringLiteral("Kategorie")) },
                               { QStringLiteral("type"), marked(QStringLiteral("Typ")) },
                               { QStringLiteral("municipality"), marked(QStringLiteral("Kommune")) },
                               { QStringLiteral("license"), marked(QStringLiteral("Lizenz")) },
                               { QStringLiteral("year"), 2024 },
                               { QStringLiteral("tags"), QJsonArray { markedTag(), markedNestedTag() } } };
        QJsonObject missing { { QStringLiteral("file"), missingFile() },
                              { QStringLiteral("title"), QStringLiteral("Fehlt") } };
        QJsonObject manifest { { QStringLiteral("format"), QStringLiteral("smart-region-toolbox-pack") },
                               { QStringLiteral("formatVersion"), 1 },
                               { QStringLiteral("pack"),
                                 QJsonObject {
                                     { QStringLiteral("name"), marked(QStringLiteral("Paket")) } } },
                               { QStringLiteral("documents"), QJsonArray { document, missing } } };
        TestHelpers::writeFile(pack, QStringLiteral("toolbox.json"), QJsonDocument(manifest).toJson());

        MainWindow window(*m_library);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<ImportController *>()->start({ pack });
        QMessageBox *report = nullptr;
        QTRY_VERIFY((report = window.findChild<QMessageBox *>()) && report->isVisible());
        m_marked = documentTitled(marked(QStringLiteral("Titel"))); // for the tests below
        QCOMPARE(report->textFormat(), Qt::PlainText);
        for (const QLabel *label : report->findChildren<QLabel *>())
            QVERIFY2(label->text().isEmpty() || label->textFormat() == Qt::PlainText
                         || shown(label) == label->text(),
                     qPrintable(label->text()));
        QVERIFY2(report->detailedText().contains(missingFile()), qPrintable(report->detailedText()));
        report->close();

        QVERIFY(m_marked > 0);
        const DocumentRecord doc = *m_library->catalog().document(m_marked);
        QCOMPARE(doc.filename, markedFile());
        QCOMPARE(doc.packName, marked(QStringLiteral("Paket")));
        QCOMPARE(doc.tags.size(), 2);
    }

    void windowTitlesShowNamesLiterally()
    {
        QVERIFY(m_marked > 0);
        MainWindow window(*m_library);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The library folder as it is: "[*]" is no modified mark there.
        QVERIFY2(window.windowHandle()->title().contains(QStringLiteral("Bibliothek [*] <b>x<b>")),
                 qPrintable(window.windowHandle()->title()));

        const DocumentRecord doc = *m_library->catalog().document(m_marked);
        MetadataDialog metadata(doc, { { QStringLiteral("category"), { doc.category } } });
        metadata.show();
        QVERIFY(QTest::qWaitForWindowExposed(&metadata));
        QVERIFY2(metadata.windowHandle()->title().contains(doc.filename),
                 qPrintable(metadata.windowHandle()->title()));
        // Its editors are plain text widgets: the values as they are.
        QCOMPARE(metadata.findChild<QLineEdit *>(QStringLiteral("titleEdit"))->text(), doc.title);
        QCOMPARE(metadata.findChild<QComboBox *>(QStringLiteral("categoryEdit"))->currentText(),
                 doc.category);
        QCOMPARE(metadata.record().description, doc.description);
        QCOMPARE(metadata.record().license, doc.license);
    }

    void resultListShowsMarkupAsText()
    {
        QVERIFY(m_marked > 0);
        const DocumentRecord doc = *m_library->catalog().document(m_marked);
        MainWindow window(*m_library);
        SearchResultModel *model = window.resultModel();
        QTRY_VERIFY(model->rowOfDocument(m_marked) >= 0);
        const int row = model->rowOfDocument(m_marked);
        QCOMPARE(model->index(row, SearchResultModel::Title).data().toString(), doc.title);
        QCOMPARE(model->index(row, SearchResultModel::Category).data().toString(), doc.category);
        QCOMPARE(model->index(row, SearchResultModel::Type).data().toString(), doc.type);
        QCOMPARE(model->index(row, SearchResultModel::Tags).data().toString(),
                 doc.tags.join(QStringLiteral(", ")));
        for (int column = 0; column < SearchResultModel::ColumnCount; ++column) {
            const QString tip = model->index(row, column).data(Qt::ToolTipRole).toString();
            QCOMPARE(rendered(tip),
                     column == SearchResultModel::Tags ? doc.tags.join(QStringLiteral(", ")) : doc.filename);
        }

        // A text hit's snippet: marked by the core, the text around it escaped.
        window.setQueryText(QStringLiteral("Sonnenblume"));
        window.search();
        QTRY_VERIFY(model->rowCount() == 1 && !model->hitAt(0)->snippet.isEmpty());
        const QString inText = QStringLiteral("<img src=x.png> &amp; <b>fett</b>");
        const QString snippetTip
            = model->index(0, SearchResultModel::Snippet).data(Qt::ToolTipRole).toString();
        QVERIFY2(rendered(snippetTip).contains(inText), qPrintable(snippetTip));
        QVERIFY(model->index(0, SearchResultModel::Snippet)
                    .data(SearchResultModel::SnippetRole)
                    .toString()
                    .remove(SearchHit::MarkStart)
                    .remove(SearchHit::MarkEnd)
                    .contains(inText));
        // What a screen reader gets for the drawn row is plain text too.
        QVERIFY(model->index(0, SearchResultModel::Title)
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .contains(inText));
    }

    void detailsPaneShowsMarkupAsText()
    {
        QVERIFY(m_marked > 0);
        const DocumentRecord doc = *m_library->catalog().document(m_marked);
        MainWindow window(*m_library);
        window.show();
        QTRY_VERIFY(window.resultModel()->rowOfDocument(m_marked) >= 0);
        select(window, m_marked);
        QCOMPARE(shown(window.findChild<QLabel *>(QStringLiteral("previewTitle"))), doc.title);
        const QString details = shown(window.findChild<QLabel *>(QStringLiteral("metadataLabel")));
        for (const QString &value : { doc.filename, doc.description, doc.category, doc.type, doc.municipality,
                                      doc.license, doc.packName, doc.tags.join(QStringLiteral(", ")) })
            QVERIFY2(details.contains(value),
                     qPrintable(QStringLiteral("%1 not in:\n%2").arg(value, details)));
    }

    void filtersShowMarkupAsText()
    {
        QVERIFY(m_marked > 0);
        const DocumentRecord doc = *m_library->catalog().document(m_marked);
        MainWindow window(*m_library);
        auto *facets = window.findChild<QTreeWidget *>(QStringLiteral("facetTree"));
        const QStringList values
            = { doc.category, doc.type, doc.municipality, doc.packName, markedTag(), markedNestedTag() };
        QStringList found;
        auto collect = [&] {
            found.clear();
            for (QTreeWidgetItemIterator it(facets); *it; ++it) {
                if (values.contains((*it)->data(0, Qt::UserRole + 1).toString()))
                    found.append((*it)->data(0, Qt::UserRole + 1).toString());
            }
            return found.size() == values.size();
        };
        QTRY_VERIFY(collect()); // the facets arrive after the rows
        for (QTreeWidgetItemIterator it(facets); *it; ++it) {
            const QString value = (*it)->data(0, Qt::UserRole + 1).toString();
            if (!values.contains(value))
                continue;
            QCOMPARE(rendered((*it)->toolTip(0)), value);
            const QString label = (*it)->text(0).section(QStringLiteral(" ("), 0, -2); // "value (count)"
            QVERIFY2(value.endsWith(label), qPrintable(label)); // a nested tag shows its last part
        }
    }

    void tagDialogsShowMarkupAsText()
    {
        QVERIFY(m_marked > 0);
        const DocumentRecord doc = *m_library->catalog().document(m_marked);
        MainWindow window(*m_library);
        QSignalSpy tagsChanged(&window, &MainWindow::tagsChanged);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(tagsChanged.count() > 0);
        window.manageTags();
        auto *manager = window.findChild<TagManagerDialog *>();
        QVERIFY(manager);
        auto *tree = manager->findChild<QTreeWidget *>(QStringLiteral("tagTree"));
        QStringList tips;
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            tips.append(rendered((*it)->toolTip(0)));
            QVERIFY2(tips.last().endsWith((*it)->text(0)), qPrintable((*it)->text(0)));
        }
        QVERIFY2(tips.contains(markedTag()) && tips.contains(markedNestedTag()),
                 qPrintable(tips.join(QLatin1Char('\n'))));

        // An undo step naming a tag: the undo button's tooltip, and the menu where "&" marks a shortcut.
        const QString newTag = QStringLiteral("<b>Neu<b> &amp; <img src=x.png>");
        window.undoStack()->push(new CreateTagCommand(window.catalogEditor(), newTag, QString()));
        QTRY_VERIFY(!window.catalogEditor()->isBusy());
        const QString undoTip = manager->findChild<QPushButton *>(QStringLiteral("undoButton"))->toolTip();
        QCOMPARE(rendered(undoTip), QStringLiteral("Create tag \"%1\"").arg(newTag));
        auto *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
        QVERIFY2(undo->iconText().contains(QStringLiteral("\"%1\"").arg(newTag)), qPrintable(undo->text()));
        window.undoStack()->undo();
        QTRY_VERIFY(!window.catalogEditor()->isBusy());

        // The tags of a selection: names as they are, tooltips literal, given back in full.
        TagEditDialog tags({ doc.tags }, doc.tags);
        auto *list = tags.findChild<QListWidget *>(QStringLiteral("tagList"));
        QCOMPARE(list->count(), 2);
        for (int i = 0; i < list->count(); ++i) {
            QVERIFY(doc.tags.contains(list->item(i)->text()));
            QCOMPARE(rendered(list->item(i)->toolTip()), list->item(i)->text());
            list->item(i)->setCheckState(Qt::Unchecked);
        }
        QStringList removed = tags.removedTags();
        removed.sort();
        QStringList expected = doc.tags;
        expected.sort();
        QCOMPARE(removed, expected);
    }

    void longValuesStayInTheWindow()
    {
        // 100,000 characters without a space in the title and a long tag: the window keeps its
        // size, the details pane stays inside it, the list and the tooltips show a bounded part.
        const QString pack = m_dir.filePath(QStringLiteral("lang"));
        TestHelpers::writeFile(pack, QStringLiteral("lang.txt"), "Ein Dokument mit langem Titel.\n");
        const ImportReport report = Importer(*m_library).run({ pack });
        QCOMPARE(report.totals().added, 1);
        qint64 id = 0;
        for (const DocumentRecord &doc : m_library->catalog().documents()) {
            if (doc.filename == QLatin1String("lang.txt"))
                id = doc.id;
        }
        QVERIFY(id > 0);
        DocumentRecord doc = *m_library->catalog().document(id);
        doc.title = QString(100000, QLatin1Char('W'));
        doc.description = QString(100000, QLatin1Char('B'));
        doc.category = QString(5000, QLatin1Char('K'));
        QVERIFY(m_library->catalog().updateDocumentMetadata(doc));
        const QString longTag = QString(DisplayText::MaxValue * 2, QLatin1Char('T'));
        QVERIFY(m_library->catalog().addTag({ id }, longTag));
        doc = *m_library->catalog().document(id);

        MainWindow window(*m_library);
        window.resize(1300, 850);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.resultModel()->rowOfDocument(id) >= 0);
        select(window, id);
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("previewTitle"))->text().isEmpty());
        // The layouts follow the new texts now (not whenever their posted requests come).
        for (QLayout *layout : window.findChildren<QLayout *>())
            layout->invalidate();
        for (QLayout *layout : window.findChildren<QLayout *>())
            layout->activate();
        QCoreApplication::processEvents();
        QCOMPARE(window.size(), QSize(1300, 850));
        QVERIFY2(window.minimumSizeHint().width() <= 1300,
                 qPrintable(QString::number(window.minimumSizeHint().width())));
        QVERIFY2(window.minimumSizeHint().height() <= 850,
                 qPrintable(QString::number(window.minimumSizeHint().height())));
        // The pane is neither pushed out nor collapsed by the splitter, its labels fit in it.
        auto *pane = window.findChild<QWidget *>(QStringLiteral("previewPanel"));
        QVERIFY2(pane->width() >= 200, qPrintable(QString::number(pane->width())));
        QVERIFY(window.rect().contains(QRect(pane->mapTo(&window, QPoint(0, 0)), pane->size())));
        for (const char *name : { "previewTitle", "metadataLabel" }) {
            auto *label = window.findChild<QLabel *>(QLatin1String(name));
            QVERIFY2(label->width() <= pane->width(), name);
            const QRect inWindow(label->mapTo(&window, QPoint(0, 0)), label->size());
            QVERIFY2(window.rect().contains(inWindow), name);
            QVERIFY2(shown(label).size() < 20 * DisplayText::MaxValue, name);
        }
        const int row = window.resultModel()->rowOfDocument(id);
        for (int column = 0; column < SearchResultModel::ColumnCount; ++column) {
            const QModelIndex index = window.resultModel()->index(row, column);
            QVERIFY(index.data().toString().size() <= DisplayText::MaxText);
            QVERIFY(index.data(Qt::ToolTipRole).toString().size() <= 2 * DisplayText::MaxText);
        }

        // The tag dialog shows the long tag cut and still gives it back whole.
        TagEditDialog tags({ doc.tags }, doc.tags);
        auto *list = tags.findChild<QListWidget *>(QStringLiteral("tagList"));
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().size() <= DisplayText::MaxValue);
        list->item(0)->setCheckState(Qt::Unchecked);
        QCOMPARE(tags.removedTags(), QStringList { longTag });

        // The details dialog stays as wide as a form.
        MetadataDialog metadata(doc, {});
        QVERIFY2(metadata.sizeHint().width() < 1300,
                 qPrintable(QString::number(metadata.sizeHint().width())));
    }
};

QTEST_MAIN(TestDisplayText)
#include "TestDisplayText.moc"
