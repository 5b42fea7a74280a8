#include "core/library/ImportJournal.h"

#include "core/library/Catalog.h"
#include "core/library/ContentStore.h"
#include "core/library/SqliteDatabase.h"
#include "core/platform/ProcessInfo.h"

ImportJournal::ImportJournal(const ContentStore &store)
    : m_store(store)
{
}

ImportJournal::~ImportJournal()
{
    if (m_file.isOpen())
        rollback();
}

DirHandle ImportJournal::journalDir(const ContentStore &store, QString *error, bool create)
{
    // Never through a link: recovery deletes what a journal names.
    const DirHandle root = DirHandle::open(store.root(), error, create);
    const QString name = QStringLiteral(".journal");
    return create ? root.makeDir(name, error) : root.openDir(name, error);
}

bool ImportJournal::begin(QString *error)
{
    m_dir = journalDir(m_store, error, true);
    if (!m_dir.isValid()
        || !m_dir.createTemporaryFile({}, QStringLiteral(".pending"), &m_file, &m_name, error))
        return false;
    m_file.write(QByteArray("pid ") + QByteArray::number(ProcessInfo::currentId()) + '\n');
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
    m_dir.remove(m_name);
    m_hashes.clear();
}

void ImportJournal::rollback(const Catalog *catalog)
{
    m_file.close();
    removeUnreferenced(m_store, m_hashes, catalog);
    m_dir.remove(m_name);
    m_hashes.clear();
}

void ImportJournal::removeUnreferenced(const ContentStore &store, const QStringList &hashes,
                                       const Catalog *catalog)
{
    for (const QString &sha : hashes) {
        if (catalog && catalog->documentBySha256(sha))
            continue;
        store.remove(sha);
    }
}

QStringList ImportJournal::pendingNames(const DirHandle &dir)
{
    QStringList names;
    for (const QString &name : dir.isValid() ? dir.entries() : QStringList()) {
        if (name.endsWith(QLatin1String(".pending")) && dir.kind(name) == DirHandle::Kind::File)
            names.append(name);
    }
    return names;
}

bool ImportJournal::hasPending(const ContentStore &store)
{
    return !pendingNames(journalDir(store, nullptr, false)).isEmpty();
}

void ImportJournal::recover(const ContentStore &store, const Catalog &catalog)
{
    const DirHandle dir = journalDir(store, nullptr, false);
    bool otherImportRunning = false;
    for (const QString &name : pendingNames(dir)) {
        QFile file;
        if (!dir.openFile(name, &file, nullptr))
            continue;
        const QList<QByteArray> lines = file.readAll().split('\n');
        file.close();
        const qint64 pid = lines.value(0).startsWith("pid ") ? lines.value(0).mid(4).toLongLong() : 0;
        // EPERM: the process exists but belongs to another user (a library on a shared folder).
        if (pid > 0 && pid != ProcessInfo::currentId() && ProcessInfo::isAlive(pid)) {
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
        dir.remove(name);
    }
    if (!otherImportRunning)
        store.removeTemporaryFiles();
}
