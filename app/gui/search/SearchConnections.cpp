#include "gui/search/SearchConnections.h"

#include "core/library/Library.h"
#include "core/library/SqliteDatabase.h"

namespace {
constexpr size_t MaxIdle = 2; // the rows and the facets of one search run side by side
}

SearchConnections::SearchConnections(const Library &library)
    : m_library(library)
{
}

SearchConnections::~SearchConnections() = default;

std::unique_ptr<SqliteDatabase> SearchConnections::take(QString *error)
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_idle.empty()) {
            std::unique_ptr<SqliteDatabase> db = std::move(m_idle.back());
            m_idle.pop_back();
            return db;
        }
    }
    return m_library.openConnection(error);
}

void SearchConnections::give(std::unique_ptr<SqliteDatabase> db)
{
    QMutexLocker lock(&m_mutex);
    if (db && m_idle.size() < MaxIdle)
        m_idle.push_back(std::move(db));
}
