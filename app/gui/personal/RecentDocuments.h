#pragma once

#include <QObject>
#include <QString>

class QMenu;

// "Recently viewed": the documents the user looked at last, newest first, in the File menu. Per
// user (the settings) and keyed by the document's SHA-256 like the PersonalOverlay, so an entry
// finds its document in a new version of a published library too.
class RecentDocuments : public QObject
{
    Q_OBJECT

public:
    static constexpr int Kept = 10;

    struct Entry
    {
        QString sha256;
        QString title;
    };

    explicit RecentDocuments(QObject *parent = nullptr);
    ~RecentDocuments() override;

    QMenu *menu() const { return m_menu; }
    QList<Entry> entries() const;
    // The document was shown: first in the list (once).
    void add(const QString &sha256, const QString &title);
    void clear();
    void retranslate();
    // The menu's entries from the list (as it opens).
    void rebuild();

signals:
    void documentChosen(const QString &sha256);

private:
    QMenu *m_menu;
};
