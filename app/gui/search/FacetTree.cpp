#include "gui/search/FacetTree.h"

#include "core/extract/DocumentFormat.h"
#include "core/library/Catalog.h"
#include "core/library/TagNames.h"
#include "gui/settings/AppSettings.h"
#include "gui/tags/TagManagerDialog.h"
#include "gui/text/DisplayText.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTreeWidgetItemIterator>

namespace {
// The texts keep the window's translation context (QCoreApplication::translate("MainWindow", …)):
// they were translated there before this tree left the window.

// Facet fields as the query language names them, with the heading shown for them.
struct FacetField
{
    const char *name; // key in SearchResult::facets
    const char *field; // query field (German keyword)
};
const FacetField FacetFields[]
    = { { "category", "kategorie" }, { "tag", "tag" },       { "type", "typ" },
        { "year", "jahr" },          { "format", "format" }, { "municipality", "kommune" },
        { "pack", "paket" } };

// A value as shown: the catalog's format groups that are no file extension get words.
// Formats as people call them ("Word (old)"); the query keeps the id ("format:doc").
QString valueLabel(const QString &facet, const QString &value)
{
    if (facet != QLatin1String("format"))
        return value;
    // The format facet's value for documents read by OCR (Searcher), beside the file formats.
    if (value == QLatin1String("scan"))
        return QCoreApplication::translate("MainWindow", "Scan (text by OCR)");
    return DocumentFormats::displayName(value);
}

QString facetHeading(const QString &name)
{
    if (name == QLatin1String("category"))
        return QCoreApplication::translate("MainWindow", "Categories");
    if (name == QLatin1String("tag"))
        return QCoreApplication::translate("MainWindow", "Tags");
    if (name == QLatin1String("type"))
        return QCoreApplication::translate("MainWindow", "Document types");
    if (name == QLatin1String("year"))
        return QCoreApplication::translate("MainWindow", "Years");
    if (name == QLatin1String("format"))
        return QCoreApplication::translate("MainWindow", "Formats");
    if (name == QLatin1String("municipality"))
        return QCoreApplication::translate("MainWindow", "Municipalities");
    return QCoreApplication::translate("MainWindow", "Packs");
}
} // namespace

FacetTree::FacetTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setContextMenuPolicy(Qt::CustomContextMenu);
    // Long names lose their middle, not the count at their end; the tooltip has the whole name.
    setTextElideMode(Qt::ElideMiddle);
    // The groups the user opened or closed stay so across searches.
    connect(this, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem *item) {
        if (!item->data(0, GroupRole).toString().isEmpty())
            m_expanded.insert(item->data(0, GroupRole).toString(), true);
    });
    connect(this, &QTreeWidget::itemCollapsed, this, [this](QTreeWidgetItem *item) {
        if (!item->data(0, GroupRole).toString().isEmpty())
            m_expanded.insert(item->data(0, GroupRole).toString(), false);
    });
    connect(this, &QTreeWidget::itemActivated, this, &FacetTree::choose);
    connect(this, &QTreeWidget::itemClicked, this, &QTreeWidget::itemActivated);
    connect(this, &QWidget::customContextMenuRequested, this, &FacetTree::showContextMenu);
}

QString FacetTree::filterToken(const QString &field, const QString &value)
{
    // Quoted, a value is matched whole (kategorie:"Vergabe" is not "Vergabe & Beschaffung", which the
    // unquoted value would also find by its words); years, formats and the user's own list
    // (meine:Merkliste) are single words anyway.
    const bool wordsOnly = field == QLatin1String("jahr") || field == QLatin1String("format")
        || field == QLatin1String("meine");
    const bool plain = wordsOnly && !value.contains(QRegularExpression(QStringLiteral("[\\s\"()]")));
    return field + QLatin1Char(':')
        + (plain ? value : QLatin1Char('"') + QString(value).remove(QLatin1Char('"')) + QLatin1Char('"'));
}

void FacetTree::choose(QTreeWidgetItem *item)
{
    const QString saved = item->data(0, SavedQueryRole).toString();
    if (!saved.isEmpty()) {
        emit savedSearchChosen(saved);
        return;
    }
    const QString field = item->data(0, FieldRole).toString();
    if (!field.isEmpty())
        emit filterChosen(field, item->data(0, ValueRole).toString());
}

void FacetTree::keyPressEvent(QKeyEvent *event)
{
    // Space chooses like Return, as the shortcut help says, instead of only ticking the item's box:
    // the box shows whether the filter is in the query, and only the search changes that.
    const bool space = event->key() == Qt::Key_Space || event->key() == Qt::Key_Select;
    if (space && event->modifiers() == Qt::NoModifier && currentItem()) {
        event->accept();
        emit itemActivated(currentItem(), 0);
        return;
    }
    QTreeWidget::keyPressEvent(event);
}

void FacetTree::showContextMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = itemAt(pos);
    if (!item || item->data(0, SavedQueryRole).toString().isEmpty())
        return;
    QMenu menu;
    const QString name = item->data(0, ValueRole).toString();
    menu.addAction(
        DisplayText::actionText(QCoreApplication::translate("MainWindow", "Delete saved search \"%1\"")
                                    .arg(DisplayText::quoted(name))),
        this, [this, name] { emit savedSearchRemoveRequested(name); });
    menu.exec(viewport()->mapToGlobal(pos));
}

QString FacetTree::itemKey(const QTreeWidgetItem *item)
{
    if (!item)
        return {};
    return item->data(0, GroupRole).toString() + QLatin1Char('\n') + item->data(0, FieldRole).toString()
        + QLatin1Char('\n') + item->data(0, ValueRole).toString();
}

// One facet's heading and, for tags, the items by TagNames::key() so nested tags find their parent.
struct FacetTree::FacetGroup
{
    QTreeWidgetItem *heading = nullptr;
    QHash<QString, QTreeWidgetItem *> tagNodes;

    // A nested tag below its parent, which is made (as a heading only) when no document has it:
    // "Datenschutz/DSFA" flat beside nested tags looked like another kind of tag.
    QTreeWidgetItem *nodeFor(const QString &path)
    {
        if (QTreeWidgetItem *node = tagNodes.value(TagNames::key(path)))
            return node;
        QTreeWidgetItem *parent
            = path.contains(QLatin1Char('/')) ? nodeFor(path.section(QLatin1Char('/'), 0, -2)) : heading;
        auto *node = new QTreeWidgetItem(parent, { DisplayText::elided(path.section(QLatin1Char('/'), -1)) });
        node->setFlags(Qt::ItemIsEnabled);
        node->setToolTip(0, DisplayText::toolTip(path));
        node->setExpanded(true);
        tagNodes.insert(TagNames::key(path), node);
        return node;
    }
};

void FacetTree::rebuild(const QString &query)
{
    QSignalBlocker blocker(this);
    // The keyboard stays on the filter just chosen and the list where it was: a rebuild after
    // every search would otherwise put the cursor back to the top.
    const QString current = itemKey(currentItem());
    const int scrolled = verticalScrollBar()->value();
    clear();
    addSavedSearches();
    addPersonalList(query);
    for (const FacetField &facet : FacetFields)
        addFacetGroup(QLatin1String(facet.name), QLatin1String(facet.field), query);
    if (!current.isEmpty()) {
        for (QTreeWidgetItemIterator it(this); *it; ++it) {
            if (itemKey(*it) == current) {
                setCurrentItem(*it, 0, QItemSelectionModel::NoUpdate);
                break;
            }
        }
    }
    verticalScrollBar()->setValue(scrolled);
}

void FacetTree::addPersonalList(const QString &query)
{
    // The user's own list (PersonalOverlay), a filter like the facets: meine:Merkliste.
    const QString listName = QStringLiteral("Merkliste");
    auto *mine
        = new QTreeWidgetItem(this, { QCoreApplication::translate("MainWindow", "My list (Merkliste)") });
    mine->setData(0, FieldRole, QStringLiteral("meine"));
    mine->setData(0, ValueRole, listName);
    mine->setToolTip(0, QCoreApplication::translate("MainWindow", "The documents you put on your own list"));
    mine->setCheckState(0,
                        query.contains(filterToken(QStringLiteral("meine"), listName), Qt::CaseInsensitive)
                            ? Qt::Checked
                            : Qt::Unchecked);
}

void FacetTree::addFacetGroup(const QString &name, const QString &field, const QString &query)
{
    const auto values = m_facets.value(name);
    if (values.isEmpty())
        return;
    FacetGroup group;
    group.heading = new QTreeWidgetItem(this, { facetHeading(name) });
    group.heading->setFlags(Qt::ItemIsEnabled);
    group.heading->setData(0, GroupRole, name);
    bool anyActive = false;
    for (const auto &[value, count] : values) {
        const bool active = addFacetValue(group, name, field, value, count, query);
        anyActive = anyActive || active;
    }
    // Open: what the user left open, a group with an active filter (she sees which one), and
    // at first the short groups and the tags.
    const bool small = name != QLatin1String("municipality");
    group.heading->setExpanded(anyActive || m_expanded.value(name, small));
}

bool FacetTree::addFacetValue(FacetGroup &group, const QString &name, const QString &field,
                              const QString &value, int count, const QString &query)
{
    const bool isTag = name == QLatin1String("tag");
    QTreeWidgetItem *parent = group.heading;
    QString label = valueLabel(name, value);
    if (isTag && value.contains(QLatin1Char('/'))) {
        parent = group.nodeFor(value.section(QLatin1Char('/'), 0, -2));
        label = value.section(QLatin1Char('/'), -1);
    }
    // A heading made for a nested tag before the tag itself came becomes that tag.
    QTreeWidgetItem *item = isTag ? group.tagNodes.value(TagNames::key(value)) : nullptr;
    if (item)
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    else
        item = new QTreeWidgetItem(parent);
    item->setText(0, QStringLiteral("%1 (%2)").arg(DisplayText::elided(label), QLocale().toString(count)));
    item->setData(0, FieldRole, field);
    item->setData(0, ValueRole, value);
    item->setToolTip(0, DisplayText::toolTip(value));
    const bool active = query.contains(filterToken(field, value), Qt::CaseInsensitive);
    item->setCheckState(0, active ? Qt::Checked : Qt::Unchecked);
    item->setData(0, Qt::AccessibleTextRole,
                  QCoreApplication::translate("MainWindow", "%1, %n document(s)", nullptr, count).arg(label));
    if (isTag) {
        item->setIcon(0, TagManagerDialog::colorIcon(m_tagColors.value(TagNames::key(value))));
        group.tagNodes.insert(TagNames::key(value), item);
        item->setExpanded(true);
    }
    return active;
}

void FacetTree::addSavedSearches()
{
    const QList<AppSettings::SavedSearch> saved = AppSettings::savedSearches();
    if (saved.isEmpty())
        return;
    auto *group = new QTreeWidgetItem(this, { QCoreApplication::translate("MainWindow", "Saved searches") });
    group->setFlags(Qt::ItemIsEnabled);
    group->setData(0, GroupRole, QStringLiteral("saved"));
    for (const auto &[name, savedQuery] : saved) {
        auto *item = new QTreeWidgetItem(group, { DisplayText::elided(name) });
        item->setData(0, SavedQueryRole, savedQuery);
        item->setData(0, ValueRole, name);
        item->setToolTip(0, DisplayText::toolTip(savedQuery));
        item->setData(0, Qt::AccessibleTextRole,
                      QCoreApplication::translate("MainWindow", "Saved search %1: %2").arg(name, savedQuery));
    }
    group->setExpanded(true);
}
