#include "gui/search/FacetTree.h"

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
    connect(this, &QTreeWidget::itemActivated, this, &FacetTree::choose);
    connect(this, &QTreeWidget::itemClicked, this, &QTreeWidget::itemActivated);
    connect(this, &QWidget::customContextMenuRequested, this, &FacetTree::showContextMenu);
}

QString FacetTree::filterToken(const QString &field, const QString &value)
{
    const bool plain = !value.contains(QRegularExpression(QStringLiteral("[\\s\"()]")));
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

void FacetTree::rebuild(const QString &query)
{
    QSignalBlocker blocker(this);
    clear();
    addSavedSearches();
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
    for (const FacetField &facet : FacetFields) {
        const auto values = m_facets.value(QLatin1String(facet.name));
        if (values.isEmpty())
            continue;
        const bool isTag = QLatin1String(facet.name) == QLatin1String("tag");
        auto *group = new QTreeWidgetItem(this, { facetHeading(QLatin1String(facet.name)) });
        group->setFlags(Qt::ItemIsEnabled);
        QHash<QString, QTreeWidgetItem *> tagNodes; // nested tags below their parent
        for (const auto &[value, count] : values) {
            QTreeWidgetItem *parent = group;
            QString label = value;
            if (isTag && value.contains(QLatin1Char('/'))) {
                const QString parentKey = TagNames::key(value.section(QLatin1Char('/'), 0, -2));
                if (QTreeWidgetItem *node = tagNodes.value(parentKey)) {
                    parent = node;
                    label = value.section(QLatin1Char('/'), -1);
                }
            }
            auto *item = new QTreeWidgetItem(
                parent,
                { QStringLiteral("%1 (%2)").arg(DisplayText::elided(label), QLocale().toString(count)) });
            item->setData(0, FieldRole, QLatin1String(facet.field));
            item->setData(0, ValueRole, value);
            item->setToolTip(0, DisplayText::toolTip(value));
            const bool active
                = query.contains(filterToken(QLatin1String(facet.field), value), Qt::CaseInsensitive);
            item->setCheckState(0, active ? Qt::Checked : Qt::Unchecked);
            item->setData(
                0, Qt::AccessibleTextRole,
                QCoreApplication::translate("MainWindow", "%1, %n document(s)", nullptr, count).arg(value));
            if (isTag) {
                item->setIcon(0, TagManagerDialog::colorIcon(m_tagColors.value(TagNames::key(value))));
                tagNodes.insert(TagNames::key(value), item);
                item->setExpanded(true);
            }
        }
        const bool small = !isTag && QLatin1String(facet.name) != QLatin1String("municipality");
        group->setExpanded(small);
    }
}

void FacetTree::addSavedSearches()
{
    const QList<AppSettings::SavedSearch> saved = AppSettings::savedSearches();
    if (saved.isEmpty())
        return;
    auto *group = new QTreeWidgetItem(this, { QCoreApplication::translate("MainWindow", "Saved searches") });
    group->setFlags(Qt::ItemIsEnabled);
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
