#include "library/ImportJournal.h"

#include "library/Catalog.h"
#include "library/ContentStore.h"
#include "library/SqliteDatabase.h"

#include <QDir>
#include <QUuid>

#include <cerrno>
#include <signal.h>
#include <unistd.h>

ImportJournal::ImportJournal(const ContentStore &store)
    : m_store(store)
{
}

ImportJournal::~ImportJournal()
{
    if (m_file.isOpen())
        rollback();
}

QString ImportJournal::journalDir(const ContentStore &store)
{
    return store.root() + QStringLiteral("/.journal");
}

bool ImportJournal::begin(QString *error)
{
    QDir().mkpath(journalDir(m_store));
    m_file.setFileName(journalDir(m_store) + QLatin1Char('/') + QUuid::createUuid().toString(QUuid::WithoutBraces)
                       + QStringLiteral(".pending"));
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        if (error)
            *error = m_file.errorString();
        return false;
    }
    m_file.write(QByteArray("pid ") + QByteArray::number(qint64(::getpid())) + '\n');
    return m_file.flush();
}

bool ImportJournal::record(const QString &sha256)
{
    m_hashes.append(sha256);
    m_file.write(sha256.toLatin1() + '\n');
    // flush() hands the line to the kernel, which keeps it across a killed process.
    return m_file.flush();
}

void ImportJournal::commit()
{
    m_file.close();
    m_file.remove();
    m_hashes.clear();
}

void ImportJournal::rollback(const Catalog *catalog)
{
    m_file.close();
    removeUnreferenced(m_store, m_hashes, catalog);
    m_file.remove();
    m_hashes.clear();
}

void ImportJournal::removeUnreferenced(const ContentStore &store, const QStringList &hashes, const Catalog *catalog)
{
    for (const QString &sha : hashes) {
        if (catalog && catalog->documentBySha256(sha))
            continue;
        store.remove(sha);
    }
}

void ImportJournal::recover(const ContentStore &store, const Catalog &catalog)
{
    const QDir dir(journalDir(store));
    const QStringList names = dir.entryList({QStringLiteral("*.pending")}, QDir::Files);
    bool otherImportRunning = false;
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = file.readAll().split('\n');
        file.close();
        const qint64 pid = lines.value(0).startsWith("pid ") ? lines.value(0).mid(4).toLongLong() : 0;
        // EPERM: the process exists but belongs to another user (a library on a shared folder).
        if (pid > 0 && pid != ::getpid() && (::kill(pid_t(pid), 0) == 0 || errno == EPERM)) {
            otherImportRunning = true; // another process is importing right now
            continue;
        }
        QStringList hashes;
        for (int i = 1; i < lines.size(); ++i) {
            const QString sha = QString::fromLatin1(lines.at(i).trimmed());
            if (ContentStore::isSha256(sha))
                hashes.append(sha);
        }
        removeUnreferenced(store, hashes, &catalog);
        file.remove();
    }
    if (!otherImportRunning)
        store.removeTemporaryFiles();
}
