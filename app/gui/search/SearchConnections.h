#pragma once

#include <QMutex>
#include <QString>

#include <memory>
#include <vector>

class Library;
class SqliteDatabase;

// Catalog connections kept open for the window's searches. The searcher keeps per-connection
// tables (row lengths, facet values) whose first load costs tens of milliseconds at 100,000
// documents; a fresh connection per search would pay that every time. A worker takes an idle
// connection (or opens one), searches, and gives it back; SQLite allows moving a connection between
// threads as long as one thread uses it at a time.
class SearchConnections
{
public:
    explicit SearchConnections(const Library &library);
    ~SearchConnections();

    std::unique_ptr<SqliteDatabase> take(QString *error);
    void give(std::unique_ptr<SqliteDatabase> db);

private:
    const Library &m_library;
    QMutex m_mutex;
    std::vector<std::unique_ptr<SqliteDatabase>> m_idle;
};
