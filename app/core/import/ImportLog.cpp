#include "core/import/ImportLog.h"

#include "core/util/Logging.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSysInfo>
#include <algorithm>

ImportLog::ImportLog()
{
    m_total.start();
}

void ImportLog::line(const QString &text)
{
    m_lines.append(text);
    qCInfo(lcImport).noquote() << text;
}

QString ImportLog::elapsed() const
{
    return QString::number(m_stageTimer.elapsed() / 1000.0, 'f', 3) + QStringLiteral(" s");
}

void ImportLog::begin(const QString &libraryPath, const QStringList &sources, const ImportOptions &options)
{
    line(QStringLiteral("Smart Region Toolbox %1: import log").arg(QStringLiteral(SRT_VERSION)));
    line(QStringLiteral("started %1 on %2 (%3)")
             .arg(QDateTime::currentDateTime().toString(Qt::ISODate), QSysInfo::machineHostName(),
                  QSysInfo::prettyProductName()));
    line(QStringLiteral("library: %1").arg(libraryPath));
    for (const QString &source : sources)
        line(QStringLiteral("source: %1").arg(QFileInfo(source).absoluteFilePath()));
    line(QStringLiteral("options: pack name \"%1\", dry run %2, threads %3, worker process %4, "
                        "max file size %5 bytes, max entries %6, extraction timeout %7 s")
             .arg(options.packName, options.dryRun ? QStringLiteral("yes") : QStringLiteral("no"))
             .arg(options.threads)
             .arg(options.isolateExtraction ? QStringLiteral("yes") : QStringLiteral("no"))
             .arg(options.limits.maxFileBytes)
             .arg(options.limits.maxEntries)
             .arg(options.extractionTimeoutSeconds));
    line(QString());
    line(QStringLiteral("stages:"));
}

void ImportLog::progress(const ImportProgress &progress)
{
    if (m_stage.isEmpty() || progress.pack != m_pack) {
        // The stage of a pack runs from its first file to the next pack's (or to the end of the
        // import: its commit and the catalog backup count to the last pack).
        startStage(QStringLiteral("pack \"%1\" (reading, extraction, writing, commit)").arg(progress.pack));
        m_pack = progress.pack;
    }
    m_stageFiles = std::max(m_stageFiles, progress.filesDone);
    if (progress.currentFile != m_lastFile)
        qCDebug(lcImport).noquote() << "reading" << progress.currentFile;
    m_lastFile = progress.currentFile;
}

void ImportLog::startStage(const QString &name)
{
    endStage();
    m_stage = name;
    m_pack.clear();
    m_stageFiles = 0;
    m_stageTimer.start();
}

void ImportLog::endStage()
{
    if (m_stage.isEmpty())
        return;
    QString text = QStringLiteral("  %1: %2").arg(m_stage, elapsed());
    if (!m_pack.isEmpty())
        text += QStringLiteral(", %1 file(s) done").arg(m_stageFiles);
    line(text);
    m_stage.clear();
}

void ImportLog::finish(const ImportReport &report)
{
    endStage();
    line(QStringLiteral("  total: %1 s").arg(QString::number(m_total.elapsed() / 1000.0, 'f', 3)));
    line(QString());
    line(QStringLiteral("entries:"));
    for (const ImportReport::Entry &entry : report.entries) {
        QString text = QStringLiteral("  %1: %2").arg(ImportReport::statusName(entry.status), entry.path);
        if (!entry.message.isEmpty())
            text += QStringLiteral(": ") + entry.message;
        line(text);
    }
    line(QString());
    line(QStringLiteral("packs:"));
    for (const ImportReport::Pack &pack : report.packs) {
        line(
            QStringLiteral("  \"%1\" from %2: added %3, duplicates %4, updated %5, warnings %6, rejected %7, "
                           "no longer in the pack %8, %9")
                .arg(pack.name, pack.source)
                .arg(pack.added)
                .arg(pack.duplicates)
                .arg(pack.updated)
                .arg(pack.warnings)
                .arg(pack.rejected)
                .arg(pack.noLongerInPack)
                .arg(pack.committed             ? QStringLiteral("committed")
                         : pack.error.isEmpty() ? QStringLiteral("not committed")
                                                : QStringLiteral("failed: ") + pack.error));
    }
    line(QString());
    line(QStringLiteral("summary: %1").arg(report.summaryLine()));
    if (!report.catalogBackup.isEmpty())
        line(QStringLiteral("catalog backup: %1").arg(report.catalogBackup));
    if (!report.backupError.isEmpty())
        line(QStringLiteral("catalog backup failed: %1").arg(report.backupError));
}

bool ImportLog::write(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text().toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QString ImportLog::defaultFolder()
{
    const QString fromEnv = qEnvironmentVariable("SRTOOLBOX_LOG_DIR");
    if (!fromEnv.isEmpty())
        return QDir(fromEnv).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/smart-region-toolbox/import-logs");
}

QString ImportLog::writeToDefaultFolder(QString *error) const
{
    QDir folder(defaultFolder());
    if (!folder.mkpath(QStringLiteral("."))) {
        if (error)
            *error = QStringLiteral("%1: the folder cannot be made")
                         .arg(QDir::toNativeSeparators(folder.path()));
        return {};
    }
    // Dated to the millisecond and with the process id: two imports at once keep a log each.
    const QString name
        = QStringLiteral("import-%1-%2.log")
              .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")))
              .arg(QCoreApplication::applicationPid());
    const QString path = folder.filePath(name);
    if (!write(path, error))
        return {};
    const QFileInfoList logs
        = folder.entryInfoList({ QStringLiteral("import-*.log") }, QDir::Files, QDir::Name | QDir::Reversed);
    for (qsizetype i = KeptLogs; i < logs.size(); ++i)
        QFile::remove(logs.at(i).absoluteFilePath());
    return path;
}
