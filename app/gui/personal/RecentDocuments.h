#pragma once

#include <QObject>
#include <QString>

class QMenu;
class QTimer;

// "Recently viewed": the documents the user looked at last, newest first, in the File menu. Per
// user (the settings) and keyed by the document's SHA-256 like the PersonalOverlay, so an entry
// finds its document in a new version of a published library too.
class RecentDocuments : public QObject
{
    Q_OBJECT

public:
    static constexpr int Kept = 10;
    // Selecting row after row would write the settings file for each: written once it settles.
    static constexpr int StoreDelayMs = 2000;

    struct Entry
    {
        QString sha256;
        QString title;
    };

    explicit RecentDocuments(QObject *parent = nullptr);
    ~RecentDocuments() override;

    QMenu *menu() const { return m_menu; }
    QList<Entry> entries() const;
    // The document was shown: first in the list (once). Saved a moment later.
    void add(const QString &sha256, const QString &title);
    void clear();
    void retranslate();
    // The menu's entries from the list (as it opens).
    void rebuild();

signals:
    void documentChosen(const QString &sha256);

private:
    void store() const;

    QMenu *m_menu;
    QTimer *m_storeDelay;
    QList<Entry> m_entries; // read at start; written a moment after a change (and at the end)
};
