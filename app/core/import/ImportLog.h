#pragma once

#include "core/import/ImportReport.h"
#include "core/import/Importer.h"

#include <QElapsedTimer>
#include <QString>
#include <QStringList>

// The log of one import that an admin can send to support: what was read (sources, options, files
// per pack), what was decided for every entry (added, duplicate, updated, warning), what was
// rejected and why, and how long each stage took. Plain UTF-8 text in English, like the messages
// support reads from the programs; the entries' reasons are the report's, in the user's language.
// Every line also goes to the srtoolbox.import category (info), so `--verbose` shows it live.
//
// Fed on the importing thread: begin(), the importer's progress, stages of the caller (office
// pages), then finish() with the report.
class ImportLog
{
public:
    // Logs of earlier imports kept in defaultFolder(); older ones are removed when a new one is written.
    static constexpr int KeptLogs = 30;

    ImportLog();

    void begin(const QString &libraryPath, const QStringList &sources, const ImportOptions &options);
    // A new pack name starts that pack's stage (the previous one ends); counts the files read.
    void progress(const ImportProgress &progress);
    // A stage of the caller's after the importer's (e.g. the office pages); ends the running one.
    void startStage(const QString &name);
    void endStage();
    // Ends the running stage and adds every entry, the packs and the summary.
    void finish(const ImportReport &report);

    QString text() const { return m_lines.join(QLatin1Char('\n')) + QLatin1Char('\n'); }
    // Writes the log to path (atomically); false with the reason on failure.
    bool write(const QString &path, QString *error) const;
    // Writes it into defaultFolder() under a dated name and prunes to KeptLogs; the path, or empty
    // with the reason.
    QString writeToDefaultFolder(QString *error) const;

    // The user's data folder, not the library's: the log belongs to the person who ran the import
    // and who is asked for it, the library may be read-only to them (a dry run, a published copy)
    // and is shared with readers who must not see one admin's logs pile up. $SRTOOLBOX_LOG_DIR
    // chooses another folder (the tests use it).
    static QString defaultFolder();

private:
    void line(const QString &text);
    QString elapsed() const;

    QStringList m_lines;
    QElapsedTimer m_total;
    QElapsedTimer m_stageTimer;
    QString m_stage; // running stage, empty when none
    QString m_pack; // pack of the running pack stage
    QString m_lastFile;
    int m_stageFiles = 0; // files the importer counted as done in the running pack stage
};
