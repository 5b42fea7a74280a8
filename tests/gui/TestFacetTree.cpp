#include "core/i18n/Translations.h"
#include "gui/search/FacetTree.h"
#include "gui/settings/AppSettings.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidgetItemIterator>

// The filter tree beside the results, on its own: what it shows of the facets and saved searches,
// and what choosing an item asks of the window.
class TestFacetTree : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

    static QTreeWidgetItem *itemFor(FacetTree &tree, const QString &value)
    {
        for (QTreeWidgetItemIterator it(&tree); *it; ++it) {
            if ((*it)->data(0, FacetTree::ValueRole).toString() == value)
                return *it;
        }
        return nullptr;
    }

    static FacetTree::Facets facets()
    {
        FacetTree::Facets facets;
        facets.insert(QStringLiteral("category"), { { QStringLiteral("Vergabe"), 3 } });
        facets.insert(QStringLiteral("tag"),
                      { { QStringLiteral("Projekt"), 2 }, { QStringLiteral("Projekt/LoRa Netz"), 1 } });
        facets.insert(QStringLiteral("format"), { { QStringLiteral("pdf"), 5 }, { QStringLiteral("doc"), 2 } });
        return facets;
    }

private slots:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("srtoolbox-test"));
        QCoreApplication::setApplicationName(QStringLiteral("TestFacetTree"));
        Translations::install(QStringLiteral("en"));
    }

    void showsTheFacetsWithTheQuerysFiltersChecked()
    {
        FacetTree tree;
        tree.setFacets(facets());
        // A chosen facet is quoted (its exact value); kategorie:Vergabe unquoted is a search by word.
        tree.rebuild(QStringLiteral("Netz kategorie:\"Vergabe\" tag:\"Projekt/LoRa Netz\""));
        QStringList headings;
        for (int i = 0; i < tree.topLevelItemCount(); ++i)
            headings.append(tree.topLevelItem(i)->text(0));
        QCOMPARE(headings,
                 QStringList({ QStringLiteral("My list (Merkliste)"), QStringLiteral("Categories"),
                               QStringLiteral("Tags"), QStringLiteral("Formats") }));
        QCOMPARE(itemFor(tree, QStringLiteral("Vergabe"))->checkState(0), Qt::Checked);
        QCOMPARE(itemFor(tree, QStringLiteral("pdf"))->checkState(0), Qt::Unchecked);
        // Formats as people call them; the filter keeps the id (#13).
        QCOMPARE(itemFor(tree, QStringLiteral("pdf"))->text(0), QStringLiteral("PDF (5)"));
        QCOMPARE(itemFor(tree, QStringLiteral("doc"))->text(0), QStringLiteral("Word (old) (2)"));
        // A nested tag sits below its parent with its last part, checked when quoted in the query.
        QTreeWidgetItem *nested = itemFor(tree, QStringLiteral("Projekt/LoRa Netz"));
        QCOMPARE(nested->parent(), itemFor(tree, QStringLiteral("Projekt")));
        QCOMPARE(nested->text(0), QStringLiteral("LoRa Netz (1)"));
        QCOMPARE(nested->checkState(0), Qt::Checked);
    }

    void choosingAFilterOrASavedSearchAsksTheWindow()
    {
        AppSettings::setSavedSearches(
            { { QStringLiteral("LoRa-Vorlagen"), QStringLiteral("LoRaWAN typ:Mustertext") } });
        FacetTree tree;
        tree.setFacets(facets());
        tree.rebuild(QString());
        QCOMPARE(tree.topLevelItem(0)->text(0), QStringLiteral("Saved searches")); // at the top
        QSignalSpy filters(&tree, &FacetTree::filterChosen);
        QSignalSpy saved(&tree, &FacetTree::savedSearchChosen);

        emit tree.itemClicked(itemFor(tree, QStringLiteral("pdf")), 0);
        QCOMPARE(filters.size(), 1);
        QCOMPARE(filters.first(), QVariantList({ QStringLiteral("format"), QStringLiteral("pdf") }));

        emit tree.itemActivated(itemFor(tree, QStringLiteral("LoRa-Vorlagen")), 0);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().first().toString(), QStringLiteral("LoRaWAN typ:Mustertext"));

        emit tree.itemActivated(tree.topLevelItem(2), 0); // a heading chooses nothing
        QCOMPARE(filters.size(), 1);
        QCOMPARE(saved.size(), 1);

        // The user's own list, below the saved searches: a filter on the personal overlay.
        QCOMPARE(tree.topLevelItem(1)->text(0), QStringLiteral("My list (Merkliste)"));
        emit tree.itemClicked(tree.topLevelItem(1), 0);
        QCOMPARE(filters.size(), 2);
        QCOMPARE(filters.last(), QVariantList({ QStringLiteral("meine"), QStringLiteral("Merkliste") }));
        tree.rebuild(QStringLiteral("Sensor meine:Merkliste"));
        QCOMPARE(tree.topLevelItem(1)->checkState(0), Qt::Checked);
        AppSettings::setSavedSearches({});
    }

    // The shortcut help promises it: "Space or Return on a filter narrows the search". Space once
    // only ticked the item's box (the query stayed as it was, the next search unticked it again).
    void spaceAndReturnChooseTheCurrentFilter()
    {
        FacetTree tree;
        tree.setFacets(facets());
        tree.rebuild(QString());
        tree.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tree));
        QSignalSpy filters(&tree, &FacetTree::filterChosen);
        QTreeWidgetItem *pdf = itemFor(tree, QStringLiteral("pdf"));
        tree.setCurrentItem(pdf);
        QTest::keyClick(&tree, Qt::Key_Space);
        QCOMPARE(filters.size(), 1);
        QCOMPARE(filters.first(), QVariantList({ QStringLiteral("format"), QStringLiteral("pdf") }));
        QCOMPARE(pdf->checkState(0), Qt::Unchecked); // the box follows the query, not the key
        QTest::keyClick(&tree, Qt::Key_Return);
        QCOMPARE(filters.size(), 2);
        // A click on the box chooses the filter once, like a click on its text.
        const QRect box = tree.visualItemRect(pdf);
        QTest::mouseClick(tree.viewport(), Qt::LeftButton, {}, QPoint(box.left() + 8, box.center().y()));
        QCOMPARE(filters.size(), 3);
    }

    // #16: after each filter the cursor jumped to the top and the tag group folded shut.
    void aRebuildKeepsTheCursorAndTheOpenedGroups()
    {
        FacetTree tree;
        tree.setFacets(facets());
        tree.rebuild(QString());
        QTreeWidgetItem *tags = nullptr;
        for (int i = 0; i < tree.topLevelItemCount(); ++i)
            if (tree.topLevelItem(i)->data(0, FacetTree::GroupRole).toString() == QLatin1String("tag"))
                tags = tree.topLevelItem(i);
        QVERIFY(tags && tags->isExpanded());
        tree.setCurrentItem(itemFor(tree, QStringLiteral("pdf")));
        tree.rebuild(QStringLiteral("format:pdf"));
        QCOMPARE(tree.currentItem(), itemFor(tree, QStringLiteral("pdf")));
        // A group the user closed stays closed; one with an active filter opens.
        for (int i = 0; i < tree.topLevelItemCount(); ++i)
            if (tree.topLevelItem(i)->data(0, FacetTree::GroupRole).toString() == QLatin1String("tag"))
                tags = tree.topLevelItem(i);
        tags->setExpanded(false);
        tree.rebuild(QStringLiteral("format:pdf"));
        QTreeWidgetItem *parent = itemFor(tree, QStringLiteral("Projekt"))->parent();
        QVERIFY(!parent->isExpanded());
        tree.rebuild(QStringLiteral("tag:\"Projekt\"")); // as a click on the filter writes it
        QVERIFY(itemFor(tree, QStringLiteral("Projekt"))->parent()->isExpanded());
    }

    // #16: "Datenschutz/DSFA" stood flat beside nested tags when no document had "Datenschutz".
    void aNestedTagWithoutItsParentGetsAHeading()
    {
        FacetTree tree;
        FacetTree::Facets nested;
        nested.insert(QStringLiteral("tag"),
                      { { QStringLiteral("Datenschutz/DSFA"), 2 },
                        { QStringLiteral("Mobilität/Parken"), 3 },
                        { QStringLiteral("Mobilität"), 1 } });
        tree.setFacets(nested);
        tree.rebuild(QString());
        QTreeWidgetItem *dsfa = itemFor(tree, QStringLiteral("Datenschutz/DSFA"));
        QCOMPARE(dsfa->text(0), QStringLiteral("DSFA (2)"));
        QCOMPARE(dsfa->parent()->text(0), QStringLiteral("Datenschutz"));
        QVERIFY(!(dsfa->parent()->flags() & Qt::ItemIsUserCheckable)); // a heading, no filter
        // A parent listed after its child becomes the heading made for it, once.
        QTreeWidgetItem *parking = itemFor(tree, QStringLiteral("Mobilität/Parken"));
        QCOMPARE(parking->parent(), itemFor(tree, QStringLiteral("Mobilität")));
        QCOMPARE(parking->parent()->text(0), QStringLiteral("Mobilität (1)"));
        QCOMPARE(parking->parent()->parent()->childCount(), 2);
    }

    // #16, item 7: format ids ("doc", "image") are words for developers; the query keeps the id.
    void formatGroupsGetWords()
    {
        FacetTree tree;
        FacetTree::Facets formats;
        formats.insert(QStringLiteral("format"), { { QStringLiteral("doc"), 2 }, { QStringLiteral("image"), 1 } });
        tree.setFacets(formats);
        tree.rebuild(QString());
        QCOMPARE(itemFor(tree, QStringLiteral("doc"))->text(0), QStringLiteral("Word (old) (2)"));
        QCOMPARE(itemFor(tree, QStringLiteral("image"))->text(0), QStringLiteral("Image (1)"));
    }

    void filterTokensQuoteWhatTheQueryWouldSplit()
    {
        QCOMPARE(FacetTree::filterToken(QStringLiteral("jahr"), QStringLiteral("2021")),
                 QStringLiteral("jahr:2021"));
        QCOMPARE(FacetTree::filterToken(QStringLiteral("tag"), QStringLiteral("LoRa \"Netz\"")),
                 QStringLiteral("tag:\"LoRa Netz\""));
        // A facet chooses the exact value: unquoted, "Vergabe" would also find "Vergabe & Beschaffung".
        QCOMPARE(FacetTree::filterToken(QStringLiteral("kategorie"), QStringLiteral("Vergabe")),
                 QStringLiteral("kategorie:\"Vergabe\""));
        QCOMPARE(FacetTree::filterToken(QStringLiteral("format"), QStringLiteral("pdf")),
                 QStringLiteral("format:pdf"));
    }
};

QTEST_MAIN(TestFacetTree)
#include "TestFacetTree.moc"
