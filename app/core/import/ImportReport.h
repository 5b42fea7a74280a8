#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// What an import did, entry by entry and pack by pack.
struct ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)

public:
    enum class Status { Added, Duplicate, Updated, Warning, Rejected, NoLongerInPack, ManifestProblem };

    struct Entry
    {
        QString pack;
        QString path; // inside the pack (or the source path)
        Status status;
        QString message;
    };

    struct Pack
    {
        QString name;
        QString source;
        int added = 0;
        int duplicates = 0;
        int updated = 0;
        int warnings = 0;
        int rejected = 0;
        int noLongerInPack = 0;
        bool committed = false;
        QString error; // the pack as a whole failed
    };

    QList<Pack> packs;
    QList<Entry> entries;
    bool cancelled = false;
    bool dryRun = false;
    QString catalogBackup; // the backup made after the import changed the catalog
    QString backupError;   // why that backup could not be made (the import itself succeeded)

    Pack totals() const;
    bool failed() const; // some pack failed as a whole
    bool hasRejections() const { return totals().rejected > 0; }
    // One line each for what the user must see: rejections, warnings, packs that failed.
    QStringList problemLines() const;
    QString summaryLine() const;
    static QString statusName(Status status);
};
