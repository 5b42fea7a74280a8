#include "gui/personal/RecentDocuments.h"

#include "gui/text/DisplayText.h"

#include <QMenu>
#include <QSettings>

namespace {
QString arrayKey()
{
    return QStringLiteral("recent/documents");
}

void store(const QList<RecentDocuments::Entry> &entries)
{
    QSettings settings;
    settings.beginWriteArray(arrayKey(), int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("sha256"), entries.at(i).sha256);
        settings.setValue(QStringLiteral("title"), entries.at(i).title);
    }
    settings.endArray();
}
} // namespace

RecentDocuments::RecentDocuments(QObject *parent)
    : QObject(parent)
    , m_menu(new QMenu)
{
    m_menu->setObjectName(QStringLiteral("recentMenu"));
    // Filled as it opens: the list changes with every document shown, and an entry's action must
    // not be deleted while it is being triggered.
    connect(m_menu, &QMenu::aboutToShow, this, &RecentDocuments::rebuild);
    retranslate();
}

RecentDocuments::~RecentDocuments()
{
    delete m_menu; // no parent: a QMenu's parent must be a widget
}

QList<RecentDocuments::Entry> RecentDocuments::entries() const
{
    QSettings settings;
    QList<Entry> entries;
    const int size = settings.beginReadArray(arrayKey());
    for (int i = 0; i < size && entries.size() < Kept; ++i) {
        settings.setArrayIndex(i);
        const Entry entry { settings.value(QStringLiteral("sha256")).toString(),
                            settings.value(QStringLiteral("title")).toString() };
        if (!entry.sha256.isEmpty())
            entries.append(entry);
    }
    settings.endArray();
    return entries;
}

void RecentDocuments::add(const QString &sha256, const QString &title)
{
    if (sha256.isEmpty())
        return;
    QList<Entry> list = entries();
    if (!list.isEmpty() && list.first().sha256 == sha256 && list.first().title == title)
        return; // shown again (an edit, a new search): nothing changes
    list.removeIf([&sha256](const Entry &entry) { return entry.sha256 == sha256; });
    list.prepend({ sha256, title });
    store(list.mid(0, Kept));
}

void RecentDocuments::clear()
{
    store({});
}

void RecentDocuments::retranslate()
{
    m_menu->setTitle(tr("Recently &viewed"));
}

void RecentDocuments::rebuild()
{
    m_menu->clear();
    const QList<Entry> list = entries();
    for (int i = 0; i < list.size(); ++i) {
        const Entry &entry = list.at(i);
        // 1 to 9 and 0 as mnemonics, as in the recent-files menus she knows.
        const QString title = DisplayText::actionText(DisplayText::quoted(entry.title));
        QAction *action
            = m_menu->addAction(i < 10 ? QStringLiteral("&%1 %2").arg((i + 1) % 10).arg(title) : title);
        connect(action, &QAction::triggered, this,
                [this, sha256 = entry.sha256] { emit documentChosen(sha256); });
    }
    if (list.isEmpty()) {
        m_menu->addAction(tr("No documents viewed yet"))->setEnabled(false);
        return;
    }
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("&Clear list")), &QAction::triggered, this, &RecentDocuments::clear);
}
