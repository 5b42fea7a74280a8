#pragma once

#include "core/platform/DirHandle.h"

#include <QFile>
#include <QSet>
#include <QString>

class Catalog;
class ContentStore;

// Remembers which files an import put into the content store before its catalog transaction
// commits. If the import fails, is cancelled or the process dies, those files are orphans: the
// journal names them so that they can be removed (at once, or when the library is opened next).
class ImportJournal
{
public:
    explicit ImportJournal(const ContentStore &store);
    ~ImportJournal(); // an open journal is rolled back

    bool begin(QString *error);
    // Records a file before it is renamed into the store, flushed so that it survives a crash.
    bool record(const QString &sha256);
    // The catalog committed: the files are referenced now; the journal is dropped.
    void commit();
    // The import did not commit: removes the recorded files the catalog does not reference.
    void rollback(const Catalog *catalog = nullptr);

    // Whether any import left a journal (running now, or interrupted).
    static bool hasPending(const ContentStore &store);
    // Rolls back the journals of imports whose process is gone.
    static void recover(const ContentStore &store, const Catalog &catalog);

private:
    static DirHandle journalDir(const ContentStore &store, QString *error, bool create);
    static QStringList pendingNames(const DirHandle &dir);
    static void removeUnreferenced(const ContentStore &store, const QStringList &hashes,
                                   const Catalog *catalog);

    const ContentStore &m_store;
    DirHandle m_dir;
    QString m_name;
    QFile m_file;
    QStringList m_hashes;
};
