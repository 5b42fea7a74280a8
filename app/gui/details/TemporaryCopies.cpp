#include "gui/details/TemporaryCopies.h"

#include "core/export/Exporter.h"

#include <QDir>
#include <QFile>

TemporaryCopies::TemporaryCopies(const Library &library)
    : m_library(library)
    , m_root(QDir::tempPath() + QStringLiteral("/srtoolbox-XXXXXX"))
{
}

QStringList TemporaryCopies::copy(const QList<qint64> &ids, QString *error)
{
    if (!m_root.isValid()) {
        *error = tr("Cannot create a temporary folder: %1").arg(m_root.errorString());
        return {};
    }
    const QString dir = m_root.filePath(QString::number(++m_requests));
    if (!QDir().mkpath(dir)) {
        *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir));
        return {};
    }
    const Exporter::Result result = Exporter(m_library).exportToFolder(ids, dir);
    if (!result.error.isEmpty() || result.written.isEmpty()) {
        *error = !result.error.isEmpty() ? result.error : result.problems.join(QLatin1Char('\n'));
        return {};
    }
    // Read-only, so that edits in the other application are not mistaken for edits of the library.
    for (const QString &path : result.written)
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser | QFile::ReadGroup | QFile::ReadOther);
    return result.written;
}
