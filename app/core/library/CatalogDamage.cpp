#include "core/library/CatalogDamage.h"

#include "core/library/SqliteDatabase.h"

#include <QMutexLocker>
#include <QStringList>

void CatalogDamage::report(const QString &reason)
{
    std::function<void(const QString &)> listener;
    {
        QMutexLocker locker(&m_mutex);
        if (!m_reason.isEmpty() || reason.isEmpty())
            return;
        m_reason = reason;
        listener = m_listener;
    }
    if (listener)
        listener(reason);
}

QString CatalogDamage::reason() const
{
    QMutexLocker locker(&m_mutex);
    return m_reason;
}

void CatalogDamage::setListener(std::function<void(const QString &)> listener)
{
    QMutexLocker locker(&m_mutex);
    m_listener = std::move(listener);
}

void CatalogDamage::watch(SqliteDatabase &db, const std::shared_ptr<CatalogDamage> &damage)
{
    // A weak reference: a connection on a worker thread may outlive the library's bookkeeping.
    std::weak_ptr<CatalogDamage> weak = damage;
    db.setDamageHandler([weak](const QString &reason) {
        if (const auto strong = weak.lock())
            strong->report(reason);
    });
    if (db.isDamaged())
        damage->report(db.damage());
}

QString CatalogDamage::quickCheck(SqliteDatabase &db)
{
    QStringList problems;
    // The catalog ("main") alone: attached files such as the user's PersonalOverlay are no part
    // of it (and SQLite 3.40 reports false NOT NULL errors in its WITHOUT ROWID tables).
    SqliteStatement check = db.prepare(QStringLiteral("PRAGMA main.quick_check(5)"));
    while (check.next()) {
        if (check.text(0) != QLatin1String("ok"))
            problems.append(check.text(0));
    }
    if (check.failed())
        problems.append(check.error());
    const QString problem = problems.join(QStringLiteral("; "));
    if (!problem.isEmpty())
        db.noteDamage(problem);
    return problem;
}
