#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QTemporaryDir>

#include <atomic>

class Library;

// Copies of stored documents under their original file names in a temporary folder that lives as
// long as the window: what "open the original" hands to the system's application and what a drag
// into a file manager carries (the store itself names files by hash). Each request gets a folder of
// its own, so equal names never clash; copies are verified against the catalog's hash (Exporter).
// Thread-safe: open-original copies on a worker, a drag on the GUI thread.
class TemporaryCopies
{
    Q_DECLARE_TR_FUNCTIONS(TemporaryCopies)

public:
    explicit TemporaryCopies(const Library &library);

    // The paths of the copies, in the order of ids; empty with *error on failure.
    QStringList copy(const QList<qint64> &ids, QString *error);

private:
    const Library &m_library;
    QTemporaryDir m_root;
    std::atomic_int m_requests{0};
};
