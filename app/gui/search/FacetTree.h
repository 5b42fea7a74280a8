#pragma once

#include <QHash>
#include <QMap>
#include <QTreeWidget>

// The filters beside the results: the saved searches at the top, then the facets of the shown
// search (categories, tags nested by "/", types, years, formats, municipalities, packs) with their
// counts, a filter that is part of the query checked. Choosing an item (click, Return, Space) asks for it
// through a signal; the window decides what the query becomes.
class FacetTree : public QTreeWidget
{
    Q_OBJECT

public:
    using Facets = QMap<QString, QList<QPair<QString, int>>>; // SearchResult::facets
    // Item data: the query field and value of a facet item; the name of a saved search.
    static constexpr int FieldRole = Qt::UserRole;
    static constexpr int ValueRole = Qt::UserRole + 1;
    static constexpr int SavedQueryRole = Qt::UserRole + 2;
    static constexpr int GroupRole = Qt::UserRole + 3; // a heading's facet name ("tag")

    explicit FacetTree(QWidget *parent = nullptr);

    // The query's text for a filter: the exact value, quoted (kategorie:"Vergabe"); years and formats
    // plain (jahr:2021).
    static QString filterToken(const QString &field, const QString &value);

    // Kept until the next call; shown by rebuild().
    void setFacets(const Facets &facets) { m_facets = facets; }
    const Facets &facets() const { return m_facets; }
    // TagNames::key() → color, for the tags' icons
    void setTagColors(const QHash<QString, QString> &colors) { m_tagColors = colors; }
    // Refills the tree: the saved searches (from the settings) and the facets, those in query checked.
    void rebuild(const QString &query);

signals:
    void filterChosen(const QString &field, const QString &value);
    void savedSearchChosen(const QString &query);
    void savedSearchRemoveRequested(const QString &name);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void choose(QTreeWidgetItem *item);
    void showContextMenu(const QPoint &pos);
    struct FacetGroup;
    void addSavedSearches();
    void addPersonalList(const QString &query); // meine:Merkliste
    void addFacetGroup(const QString &name, const QString &field, const QString &query);
    // Returns whether the value's filter is in the query.
    bool addFacetValue(FacetGroup &group, const QString &name, const QString &field, const QString &value,
                       int count, const QString &query);
    static QString itemKey(const QTreeWidgetItem *item); // the same item after a rebuild

    Facets m_facets;
    QHash<QString, QString> m_tagColors;
    QHash<QString, bool> m_expanded; // facet name → opened or closed by the user
};
