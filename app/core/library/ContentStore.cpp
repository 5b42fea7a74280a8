#include "core/library/ContentStore.h"

#include <QDir>
#include <QDirIterator>
#include <QRegularExpression>
#include <cerrno>

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

std::shared_ptr<const ContentStore::Folders> ContentStore::openFolders(QString *error) const
{
    auto folders = std::make_shared<Folders>();
    folders->m_path = m_root;
    folders->m_root = openRoot(error, true);
    if (folders->m_root.isValid())
        folders->m_temp = folders->m_root.makeDir(QString::fromLatin1(TempFolder), error);
    return folders;
}

bool ContentStore::Folders::syncToDisk(QString *error) const
{
    if (m_root.isValid() && m_root.syncFileSystem())
        return true;
    if (error)
        *error = tr("The stored files could not be written to the disk (%1): %2")
                     .arg(QDir::toNativeSeparators(m_path),
                          m_root.isValid() ? qt_error_string(errno) : tr("the folder could not be opened"));
    return false;
}

std::unique_ptr<ContentStore::Writer> ContentStore::begin(QString *error) const
{
    return begin(openFolders(error), error);
}

std::unique_ptr<ContentStore::Writer> ContentStore::begin(const std::shared_ptr<const Folders> &folders,
                                                          QString *error) const
{
    if (!folders->isValid())
        return nullptr; // (openFolders() said why)
    std::unique_ptr<Writer> writer(new Writer(*this, folders));
    if (!folders->m_temp.createTemporaryFile({}, {}, &writer->m_file, &writer->m_tempName, error)) {
        writer->m_done = true;
        return nullptr;
    }
    return writer;
}

ContentStore::Writer::Writer(const ContentStore &store, std::shared_ptr<const Folders> folders)
    : m_store(store)
    , m_folders(std::move(folders))
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
    // Stored files are never modified: make that visible in their permissions too.
    DirHandle::setMode(&m_file, 0444);
    m_file.close();
    m_sha256 = QString::fromLatin1(m_hash.result().toHex());
    return true;
}

bool ContentStore::Writer::commit(bool *existed, QString *error)
{
    if (m_sha256.isEmpty() && !finish(error))
        return false;
    m_done = true;
    const DirHandle &temp = m_folders->m_temp;
    QString reason;
    if (!m_target.isValid())
        m_target = m_folders->m_root.makeDir(m_sha256.left(2), &reason);
    if (!m_target.isValid()) {
        temp.remove(m_tempName);
        if (error)
            *error = tr("Cannot store %1: %2").arg(m_store.pathFor(m_sha256), reason);
        return false;
    }
    bool exists = false;
    const bool moved = temp.rename(m_tempName, m_target, m_sha256, false, error, &exists);
    if (existed)
        *existed = exists;
    if (!moved)
        temp.remove(m_tempName);
    return moved || exists; // the store had it already: the temporary copy is dropped
}

bool ContentStore::Writer::alreadyStored()
{
    if (!m_target.isValid()) // a folder not there yet has no file of this hash
        m_target = m_folders->m_root.openDir(m_sha256.left(2), nullptr);
    return m_target.isValid() && m_target.kind(m_sha256) != DirHandle::Kind::Missing;
}

void ContentStore::Writer::abort()
{
    m_done = true;
    m_file.close();
    m_folders->m_temp.remove(m_tempName);
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
    Sha256 hash;
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
        Sha256 hash;
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
