#pragma once

#include <QCoreApplication>
#include <QMutex>
#include <QString>
#include <functional>
#include <memory>

class SqliteDatabase;

// What a library knows about damage to its catalog, shared by all its connections (one per thread):
// the first corruption error any of them met, or a failed quick_check. The command line reports it
// after every command, the window offers the damaged-catalog dialog. Thread-safe.
class CatalogDamage
{
    Q_DECLARE_TR_FUNCTIONS(CatalogDamage)

public:
    // The first report wins; the listener is called once, on the reporting thread.
    void report(const QString &reason);
    QString reason() const;
    bool isDamaged() const { return !reason().isEmpty(); }
    void setListener(std::function<void(const QString &reason)> listener);

    // Makes db report the corruption errors it meets to damage.
    static void watch(SqliteDatabase &db, const std::shared_ptr<CatalogDamage> &damage);
    // Runs PRAGMA quick_check on db: empty when the catalog passes, else the first problems, which
    // db also records as its damage. Reads the whole file (seconds for 100,000 documents).
    static QString quickCheck(SqliteDatabase &db);

private:
    mutable QMutex m_mutex;
    QString m_reason;
    std::function<void(const QString &)> m_listener;
};
