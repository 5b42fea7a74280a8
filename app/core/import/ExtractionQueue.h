#pragma once

#include "core/extract/DocumentFormat.h"
#include "core/extract/Extraction.h"
#include "core/extract/ExtractionClient.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

class QThreadPool;

// Runs the text extractions of an import on a thread pool and hands them back in the order they
// finish, so that one long PDF holds up only its own slot while the other workers go on with the
// files behind it. At most `capacity` files are in flight (submitted and not yet taken back): that
// bounds the memory of extracted text waiting for the catalog, and the reading of the pack waits
// (full()) instead of running ahead.
//
// submit(), take(), takeFinished() and discardAll() are for one thread (the importer's); the
// extractions run on the pool. The destructor waits for the extractions still running.
class ExtractionQueue
{
public:
    // A stored file waiting for its text: what the importer needs to catalog it afterwards.
    struct Item
    {
        int ordinal = 0; // position in the pack
        QString path; // inside the pack
        QString sha256;
        qint64 size = 0;
        DocumentFormat format = DocumentFormat::Unknown;
    };
    struct Result
    {
        Item item;
        Extraction extraction;
        ExtractionClient::Failure failure = ExtractionClient::Failure::None;
    };

    // client null: extract in this process. Without a worker (it could not start) likewise.
    ExtractionQueue(QThreadPool &pool, ExtractionClient *client, const ExtractionLimits &limits,
                    int capacity);
    ~ExtractionQueue();
    ExtractionQueue(const ExtractionQueue &) = delete;
    ExtractionQueue &operator=(const ExtractionQueue &) = delete;

    // Starts extracting the file at storedPath (the store's copy of item).
    void submit(Item item, const QString &storedPath);
    bool full() const { return m_inFlight >= m_capacity; }
    bool isEmpty() const { return m_inFlight == 0; }
    // A finished extraction, if there is one; does not wait.
    std::optional<Result> takeFinished();
    // The next extraction to finish; waits for it. Empty only when cancel was set while waiting
    // (checked every 50 ms, so that a long file does not delay a cancelled import's rollback).
    std::optional<Result> take(const std::atomic_bool *cancel = nullptr);
    // Waits for every extraction still in flight and drops their results.
    void discardAll();

private:
    QThreadPool &m_pool;
    ExtractionClient *const m_client;
    const ExtractionLimits m_limits;
    const int m_capacity;
    int m_inFlight = 0; // the importer's count; only its thread touches it

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Result> m_finished;
    int m_running = 0;
};
