#include "gui/personal/RecentDocuments.h"

#include "gui/text/DisplayText.h"

#include <QMenu>
#include <QSettings>
#include <QTimer>

namespace {
QString arrayKey()
{
    return QStringLiteral("recent/documents");
}
} // namespace

RecentDocuments::RecentDocuments(QObject *parent)
    : QObject(parent)
    , m_menu(new QMenu)
    , m_storeDelay(new QTimer(this))
{
    m_menu->setObjectName(QStringLiteral("recentMenu"));
    // Filled as it opens: the list changes with every document shown, and an entry's action must
    // not be deleted while it is being triggered.
    connect(m_menu, &QMenu::aboutToShow, this, &RecentDocuments::rebuild);
    m_storeDelay->setSingleShot(true);
    m_storeDelay->setInterval(StoreDelayMs);
    connect(m_storeDelay, &QTimer::timeout, this, &RecentDocuments::store);
    QSettings settings;
    const int size = settings.beginReadArray(arrayKey());
    for (int i = 0; i < size && m_entries.size() < Kept; ++i) {
        settings.setArrayIndex(i);
        const Entry entry { settings.value(QStringLiteral("sha256")).toString(),
                            settings.value(QStringLiteral("title")).toString() };
        if (!entry.sha256.isEmpty())
            m_entries.append(entry);
    }
    settings.endArray();
    retranslate();
}

RecentDocuments::~RecentDocuments()
{
    if (m_storeDelay->isActive())
        store();
    delete m_menu; // no parent: a QMenu's parent must be a widget
}

QList<RecentDocuments::Entry> RecentDocuments::entries() const
{
    return m_entries;
}

void RecentDocuments::add(const QString &sha256, const QString &title)
{
    if (sha256.isEmpty()
        || (!m_entries.isEmpty() && m_entries.first().sha256 == sha256 && m_entries.first().title == title))
        return; // shown again (an edit, a new search): nothing changes
    m_entries.removeIf([&sha256](const Entry &entry) { return entry.sha256 == sha256; });
    m_entries.prepend({ sha256, title });
    m_entries = m_entries.mid(0, Kept);
    m_storeDelay->start();
}

void RecentDocuments::clear()
{
    m_entries.clear();
    store();
}

void RecentDocuments::store() const
{
    m_storeDelay->stop();
    QSettings settings;
    settings.beginWriteArray(arrayKey(), int(m_entries.size()));
    for (int i = 0; i < m_entries.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("sha256"), m_entries.at(i).sha256);
        settings.setValue(QStringLiteral("title"), m_entries.at(i).title);
    }
    settings.endArray();
}

void RecentDocuments::retranslate()
{
    m_menu->setTitle(tr("Recently &viewed"));
}

void RecentDocuments::rebuild()
{
    m_menu->clear();
    const QList<Entry> &list = m_entries;
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
