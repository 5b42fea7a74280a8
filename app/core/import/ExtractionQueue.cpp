#include "core/import/ExtractionQueue.h"

#include "core/extract/ExtractorRegistry.h"

#include <QThreadPool>

#include <chrono>

ExtractionQueue::ExtractionQueue(QThreadPool &pool, ExtractionClient *client, const ExtractionLimits &limits,
                                 int capacity)
    : m_pool(pool)
    , m_client(client)
    , m_limits(limits)
    , m_capacity(qMax(1, capacity))
{
}

ExtractionQueue::~ExtractionQueue()
{
    // The tasks use this object until they have handed in their result.
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return m_running == 0; });
}

void ExtractionQueue::submit(Item item, const QString &storedPath)
{
    ++m_inFlight;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        ++m_running;
    }
    m_pool.start([this, item = std::move(item), storedPath] {
        Result result;
        result.item = item;
        if (m_client)
            result.extraction = m_client->extract(storedPath, item.format, m_limits, &result.failure);
        if (!m_client || result.failure == ExtractionClient::Failure::NoWorker) {
            result.failure = ExtractionClient::Failure::None; // the worker could not start: extract here
            result.extraction = ExtractorRegistry::extractFile(storedPath, item.format, m_limits);
        }
        std::lock_guard<std::mutex> lock(m_mutex);
        m_finished.push_back(std::move(result));
        --m_running;
        m_changed.notify_all();
    });
}

std::optional<ExtractionQueue::Result> ExtractionQueue::takeFinished()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_finished.empty())
        return std::nullopt;
    Result result = std::move(m_finished.front());
    m_finished.pop_front();
    --m_inFlight;
    return result;
}

std::optional<ExtractionQueue::Result> ExtractionQueue::take(const std::atomic_bool *cancel)
{
    Q_ASSERT(!isEmpty());
    std::unique_lock<std::mutex> lock(m_mutex);
    while (!m_changed.wait_for(lock, std::chrono::milliseconds(50), [this] { return !m_finished.empty(); })) {
        if (cancel && cancel->load())
            return std::nullopt;
    }
    Result result = std::move(m_finished.front());
    m_finished.pop_front();
    --m_inFlight;
    return result;
}

void ExtractionQueue::discardAll()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return m_running == 0; });
    m_finished.clear();
    m_inFlight = 0;
}
