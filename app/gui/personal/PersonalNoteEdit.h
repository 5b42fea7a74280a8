#pragma once

#include "gui/async/AsyncTask.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTimer;

// The user's private note on the shown document (PersonalOverlay::note), plain text, under its
// details. Saved a moment after typing stops, when the focus leaves, when another document is
// shown and when the window closes; read off the GUI thread. Like the Merkliste it never changes
// the library, so it works on a published or read-only one too.
class PersonalNoteEdit : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SaveDelayMs = 1500;

    explicit PersonalNoteEdit(QWidget *parent = nullptr);
    ~PersonalNoteEdit() override;

    // The document now shown (its SHA-256; empty: none, the editor is hidden). A changed note of
    // the previous document is saved first.
    void showNoteOf(const QString &sha256);
    QString shown() const { return m_sha256; }
    QString text() const;
    QPlainTextEdit *editor() const { return m_edit; }
    // Saves a changed note now (on a worker thread); saved() follows.
    void save();

signals:
    void loaded(const QString &sha256);
    void saved(const QString &sha256, bool ok);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void writeNext();
    void retranslate();

    QLabel *m_label;
    QPlainTextEdit *m_edit;
    QTimer *m_saveDelay;
    QString m_sha256;
    bool m_dirty = false;
    bool m_writing = false;
    // Notes on their way to the file, the latest text per document: a load of the same document
    // meanwhile shows these.
    QHash<QString, QString> m_saving;
    AsyncTask::LatestRequest m_load { this };
};
