#include "core/export/OutputFile.h"

#include "core/export/ExportTarget.h"
#include "core/export/Exporter.h"
#include "core/platform/DirHandle.h"

#include <QRandomGenerator>
#include <cerrno>

using ExportTarget::native;

OutputFile::OutputFile(const DirHandle &folder)
    : m_folder(folder)
{
}

OutputFile::~OutputFile()
{
    m_file.close();
    if (!m_committed && !m_name.isEmpty())
        m_folder.remove(m_name);
}

bool OutputFile::open(QString *error)
{
    // 0666 less the umask, as any program creates a file.
    return m_folder.createTemporaryFile(QStringLiteral(".srtoolbox-export-"), QStringLiteral(".part"),
                                        &m_file, &m_name, error);
}

bool OutputFile::write(const char *data, qint64 size)
{
    errno = 0;
    if (m_file.write(data, size) == size)
        return true;
    m_errno = errno;
    return false;
}

QString OutputFile::errorString() const
{
    return m_errno != 0 ? qt_error_string(m_errno) : m_file.errorString();
}

bool OutputFile::finish(const QString &target, QString *error)
{
    errno = 0;
    if (!m_file.flush()) {
        m_errno = errno;
        *error = Exporter::tr("Cannot write %1: %2").arg(native(target), errorString());
        return false;
    }
    if (!DirHandle::sync(&m_file)) {
        *error = Exporter::tr("Cannot write %1: %2").arg(native(target), qt_error_string(errno));
        return false;
    }
    m_file.close();
    return true;
}

bool OutputFile::commit(const QString &name, bool replace, QString *aside, bool *exists, QString *error)
{
    *exists = false;
    aside->clear();
    const DirHandle::Kind found = m_folder.kind(name);
    if (found == DirHandle::Kind::Link) {
        *error = Exporter::tr("%1 is a symbolic link; the export does not write through links.")
                     .arg(native(m_folder.pathOf(name)));
        return false;
    }
    if (found != DirHandle::Kind::Missing) {
        if (!replace || found == DirHandle::Kind::Folder) {
            *exists = true;
            return false;
        }
        const QString backup = QStringLiteral(".%1.srtoolbox-replaced-%2")
                                   .arg(name)
                                   .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        if (!m_folder.rename(name, m_folder, backup, false, error)) {
            *error = Exporter::tr("Cannot replace %1: %2").arg(native(m_folder.pathOf(name)), *error);
            return false;
        }
        *aside = backup;
    }
    // Never replaces what appeared meanwhile (RENAME_NOREPLACE), never writes through a link.
    if (!m_folder.rename(m_name, m_folder, name, false, error, exists)) {
        if (!aside->isEmpty()) {
            m_folder.rename(*aside, m_folder, name, false, nullptr);
            aside->clear();
        }
        return false;
    }
    m_committed = true;
    return true;
}
