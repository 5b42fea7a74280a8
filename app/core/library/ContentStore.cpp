#include "library/ContentStore.h"

#include <QDir>
#include <QDirIterator>
#include <QRegularExpression>
#include <QUuid>

namespace {
constexpr qint64 ChunkSize = 256 * 1024;
}

ContentStore::ContentStore(QString root)
    : m_root(std::move(root))
{
}

QString ContentStore::tempDir() const
{
    return m_root + QStringLiteral("/.tmp");
}

QString ContentStore::pathFor(const QString &sha256) const
{
    return m_root + QLatin1Char('/') + sha256.left(2) + QLatin1Char('/') + sha256;
}

bool ContentStore::contains(const QString &sha256) const
{
    return isSha256(sha256) && QFileInfo::exists(pathFor(sha256));
}

bool ContentStore::isSha256(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    return pattern.match(text).hasMatch();
}

std::unique_ptr<ContentStore::Writer> ContentStore::begin(QString *error) const
{
    if (!QDir().mkpath(tempDir())) {
        if (error)
            *error = tr("Cannot create the folder %1.").arg(tempDir());
        return nullptr;
    }
    const QString path = tempDir() + QLatin1Char('/') + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Writer> writer(new Writer(*this, path));
    if (!writer->m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, writer->m_file.errorString());
        return nullptr;
    }
    return writer;
}

ContentStore::Writer::Writer(const ContentStore &store, const QString &tempPath)
    : m_store(store)
    , m_file(tempPath)
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
            *error = tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
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
    const QString target = m_store.pathFor(m_sha256);
    m_done = true;
    if (QFileInfo::exists(target)) {
        if (existed)
            *existed = true;
        QFile::remove(m_file.fileName());
        return true;
    }
    if (existed)
        *existed = false;
    QDir().mkpath(QFileInfo(target).path());
    // Stored files are never modified: make that visible in their permissions too.
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (!QFile::rename(m_file.fileName(), target)) {
        if (error)
            *error = tr("Cannot move %1 to %2.").arg(m_file.fileName(), target);
        QFile::remove(m_file.fileName());
        return false;
    }
    return true;
}

void ContentStore::Writer::abort()
{
    m_done = true;
    m_file.close();
    QFile::remove(m_file.fileName());
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
    const QString path = pathFor(sha256);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return QFile::remove(path);
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

ContentStore::Verification ContentStore::verify(const QString &sha256, QString *actual) const
{
    const QString path = pathFor(sha256);
    if (!QFileInfo::exists(path))
        return Verification::Missing;
    QString error;
    const QString found = hashFile(path, &error);
    if (actual)
        *actual = found;
    if (found.isEmpty())
        return Verification::Unreadable;
    return found == sha256 ? Verification::Ok : Verification::Corrupt;
}

QStringList ContentStore::storedFiles() const
{
    QStringList result;
    QDirIterator it(m_root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (it.fileInfo().path().startsWith(tempDir()))
            continue;
        result.append(it.fileInfo().absoluteFilePath());
    }
    return result;
}

void ContentStore::removeTemporaryFiles() const
{
    QDir(tempDir()).removeRecursively();
}
