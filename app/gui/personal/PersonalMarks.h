#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class PersonalNoteEdit;
class QAction;

// The user's own marks on the shown document in the window (PersonalOverlay): the "Merkliste"
// toggle of the details and the context menu, the private note, and the personal tags, read and
// written off the GUI thread. They never change the library, so they work on a published or read-only one
// too.
class PersonalMarks : public QObject
{
    Q_OBJECT

public:
    explicit PersonalMarks(QObject *parent = nullptr);
    ~PersonalMarks() override;

    QAction *favoriteAction() const { return m_favorite; }
    // The private note of the shown document; the window puts it under the details.
    PersonalNoteEdit *noteEditor() const { return m_note; }
    // The document now shown (its SHA-256; empty: none); its marks arrive through marksLoaded().
    void show(const QString &sha256);
    QString shown() const { return m_sha256; }

signals:
    void marksLoaded(const QString &sha256, bool favorite, const QStringList &tags);
    // The Merkliste changed (a search for meine:Merkliste may show other hits now).
    void favoritesChanged();

private:
    void setFavorite(bool favorite);

    QAction *m_favorite;
    QPointer<PersonalNoteEdit> m_note; // owned by the window's details once placed there
    QString m_sha256;
};
