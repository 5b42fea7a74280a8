#include "core/library/DerivedFiles.h"

#include "core/library/ContentStore.h"
#include "core/platform/DirHandle.h"

#include <QDirIterator>
#include <QFileInfo>

namespace {
constexpr qint64 ChunkSize = 256 * 1024;
}

DerivedFiles::DerivedFiles(QString root)
    : m_root(std::move(root))
{
}

QString DerivedFiles::pdfPath(const QString &sha256) const
{
    return m_root + QLatin1Char('/') + sha256.left(2) + QLatin1Char('/') + pdfName(sha256);
}

bool DerivedFiles::hasPdf(const QString &sha256) const
{
    if (!ContentStore::isSha256(sha256))
        return false;
    const DirHandle folder = DirHandle::open(m_root, nullptr).openDir(sha256.left(2), nullptr);
    return folder.isValid() && folder.kind(pdfName(sha256)) == DirHandle::Kind::File;
}

bool DerivedFiles::storePdf(const QString &sha256, const QString &sourcePath, QString *error) const
{
    if (!ContentStore::isSha256(sha256)) {
        if (error)
            *error = tr("%1 is no SHA-256 hash.").arg(sha256);
        return false;
    }
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(sourcePath, source.errorString());
        return false;
    }
    const DirHandle root = DirHandle::open(m_root, error, true);
    const DirHandle temp
        = root.isValid() ? root.makeDir(QString::fromLatin1(TempFolder), error) : DirHandle();
    const DirHandle folder = root.isValid() ? root.makeDir(sha256.left(2), error) : DirHandle();
    if (!temp.isValid() || !folder.isValid())
        return false;
    QFile target;
    QString tempName;
    if (!temp.createTemporaryFile({}, QStringLiteral(".pdf"), &target, &tempName, error, 0444))
        return false;
    QByteArray buffer(ChunkSize, Qt::Uninitialized);
    qint64 n;
    bool written = true;
    while (written && (n = source.read(buffer.data(), buffer.size())) > 0)
        written = target.write(buffer.constData(), n) == n;
    written = written && n == 0 && target.flush() && target.error() == QFileDevice::NoError;
    target.close();
    if (!written) {
        temp.remove(tempName);
        if (error)
            *error = tr("Cannot write %1: %2").arg(temp.pathOf(tempName), target.errorString());
        return false;
    }
    if (!temp.rename(tempName, folder, pdfName(sha256), true, error)) {
        temp.remove(tempName);
        return false;
    }
    return true;
}

bool DerivedFiles::removeAll(const QString &sha256) const
{
    if (!ContentStore::isSha256(sha256))
        return false;
    const DirHandle folder = DirHandle::open(m_root, nullptr).openDir(sha256.left(2), nullptr);
    return !folder.isValid() || folder.remove(pdfName(sha256));
}

QStringList DerivedFiles::files() const
{
    QStringList result;
    QDirIterator it(m_root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    const QString temp = m_root + QLatin1Char('/') + QLatin1String(TempFolder);
    while (it.hasNext()) {
        it.next();
        if (it.fileInfo().path().startsWith(temp))
            continue;
        result.append(it.fileInfo().absoluteFilePath());
    }
    return result;
}

QString DerivedFiles::sha256Of(const QString &fileName)
{
    if (!fileName.endsWith(QLatin1String(".pdf")))
        return {};
    const QString sha = fileName.chopped(4);
    return ContentStore::isSha256(sha) ? sha : QString();
}

void DerivedFiles::removeTemporaryFiles() const
{
    DirHandle::open(m_root, nullptr).removeTree(QString::fromLatin1(TempFolder));
}
