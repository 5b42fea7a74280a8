#pragma once

#include <QObject>
#include <QThreadPool>

#include <functional>

class Catalog;
class Library;

// Runs the window's catalog writes (tag and metadata edits, their undo) one after another on a
// worker thread, each in a transaction of its own: re-indexing the edited documents tokenizes their
// whole text, which must not freeze the window. Being serial, a job sees the effect of every job
// submitted before it, so an undo always runs after the edit it reverts.
class CatalogEditor : public QObject
{
    Q_OBJECT

public:
    // Returns false on failure, with Catalog::lastError() (or *error) saying why.
    using Job = std::function<bool(Catalog &catalog, QString *error)>;

    explicit CatalogEditor(const Library &library, QObject *parent = nullptr);
    ~CatalogEditor() override;

    // description names the edit in a failure message ("Add tag Vergabe").
    void submit(const QString &description, Job job);
    // Blocks until every submitted job has finished (tests, shutdown).
    void waitForDone();
    bool isBusy() const { return m_pending > 0; }

signals:
    void changed();                                                // an edit was committed
    void failed(const QString &description, const QString &error); // an edit was rolled back
    void idle();                                                   // no edit pending any more

private:
    const Library &m_library;
    QThreadPool m_pool;
    int m_pending = 0;
};
