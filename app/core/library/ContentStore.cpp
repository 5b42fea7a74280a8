#include "core/library/ContentStore.h"

#include <QDir>
#include <QDirIterator>
#include <QRegularExpression>

namespace {
constexpr qint64 ChunkSize = 256 * 1024;
}

ContentStore::ContentStore(QString root)
    : m_root(std::move(root))
{
}

DirHandle ContentStore::openRoot(QString *error, bool create) const
{
    return DirHandle::open(m_root, error, create);
}

QString ContentStore::pathFor(const QString &sha256) const
{
    return m_root + QLatin1Char('/') + sha256.left(2) + QLatin1Char('/') + sha256;
}

bool ContentStore::contains(const QString &sha256) const
{
    if (!isSha256(sha256))
        return false;
    const DirHandle folder = openRoot(nullptr).openDir(sha256.left(2), nullptr);
    return folder.isValid() && folder.kind(sha256) != DirHandle::Kind::Missing;
}

bool ContentStore::isSha256(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    return pattern.match(text).hasMatch();
}

std::unique_ptr<ContentStore::Writer> ContentStore::begin(QString *error) const
{
    std::unique_ptr<Writer> writer(new Writer(*this));
    writer->m_tempDir = openRoot(error, true).makeDir(QString::fromLatin1(TempFolder), error);
    if (!writer->m_tempDir.isValid()
        || !writer->m_tempDir.createTemporaryFile({}, {}, &writer->m_file, &writer->m_tempName, error)) {
        writer->m_done = true;
        return nullptr;
    }
    return writer;
}

ContentStore::Writer::Writer(const ContentStore &store)
    : m_store(store)
{
}

ContentStore::Writer::~Writer()
{
    if (!m_done)
        abort();
}

bool ContentStore::Writer::write(const char *data, qint64 size)
{
    m_hash.addData(QByteArrayView(data, size));
    m_size += size;
    return m_file.write(data, size) == size;
}

bool ContentStore::Writer::finish(QString *error)
{
    if (!m_file.flush() || m_file.error() != QFileDevice::NoError) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(tempPath(), m_file.errorString());
        return false;
    }
    m_file.close();
    m_sha256 = QString::fromLatin1(m_hash.result().toHex());
    return true;
}

bool ContentStore::Writer::commit(bool *existed, QString *error)
{
    if (m_sha256.isEmpty() && !finish(error))
        return false;
    m_done = true;
    QString reason;
    const DirHandle folder = m_store.openRoot(&reason, true).makeDir(m_sha256.left(2), &reason);
    if (!folder.isValid()) {
        m_tempDir.remove(m_tempName);
        if (error)
            *error = tr("Cannot store %1: %2").arg(m_store.pathFor(m_sha256), reason);
        return false;
    }
    // Stored files are never modified: make that visible in their permissions too.
    m_tempDir.setMode(m_tempName, 0444);
    bool exists = false;
    const bool moved = m_tempDir.rename(m_tempName, folder, m_sha256, false, error, &exists);
    if (existed)
        *existed = exists;
    if (!moved)
        m_tempDir.remove(m_tempName);
    return moved || exists; // the store had it already: the temporary copy is dropped
}

void ContentStore::Writer::abort()
{
    m_done = true;
    m_file.close();
    if (m_tempDir.isValid())
        m_tempDir.remove(m_tempName);
}

bool ContentStore::storeFile(const QString &sourcePath, QString *sha256, bool *existed, QString *error) const
{
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(sourcePath, source.errorString());
        return false;
    }
    auto writer = begin(error);
    if (!writer)
        return false;
    QByteArray buffer(ChunkSize, Qt::Uninitialized);
    qint64 n;
    while ((n = source.read(buffer.data(), buffer.size())) > 0) {
        if (!writer->write(buffer.constData(), n)) {
            if (error)
                *error = tr("Cannot write to the library's file store (%1).").arg(m_root);
            return false;
        }
    }
    if (n < 0) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(sourcePath, source.errorString());
        return false;
    }
    if (!writer->commit(existed, error))
        return false;
    if (sha256)
        *sha256 = writer->sha256();
    return true;
}

bool ContentStore::remove(const QString &sha256) const
{
    if (!isSha256(sha256))
        return false;
    const DirHandle folder = openRoot(nullptr).openDir(sha256.left(2), nullptr);
    return folder.isValid() && folder.remove(sha256);
}

QString ContentStore::hashFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    return QString::fromLatin1(hash.result().toHex());
}

bool ContentStore::openStored(const QString &sha256, QFile *file, QString *error) const
{
    if (!isSha256(sha256)) {
        if (error)
            *error = tr("%1 is no SHA-256 hash.").arg(sha256);
        return false;
    }
    const DirHandle folder = openRoot(error).openDir(sha256.left(2), error);
    return folder.isValid() && folder.openFile(sha256, file, error);
}

ContentStore::Verification ContentStore::verify(const QString &sha256, QString *actual) const
{
    if (!contains(sha256))
        return Verification::Missing;
    QFile file;
    QString found;
    if (openStored(sha256, &file, nullptr)) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (hash.addData(&file))
            found = QString::fromLatin1(hash.result().toHex());
    }
    if (actual)
        *actual = found;
    if (found.isEmpty())
        return Verification::Unreadable;
    return found == sha256 ? Verification::Ok : Verification::Corrupt;
}

QStringList ContentStore::storedFiles() const
{
    QStringList result;
    QDirIterator it(m_root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (it.fileInfo().path().startsWith(m_root + QLatin1Char('/') + QLatin1String(TempFolder)))
            continue;
        result.append(it.fileInfo().absoluteFilePath());
    }
    return result;
}

void ContentStore::removeTemporaryFiles() const
{
    openRoot(nullptr).removeTree(QString::fromLatin1(TempFolder));
}
