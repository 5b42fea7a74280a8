#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>

class Library;

// What one publish did, for the admin.
struct PublishSummary
{
    QString version; // the version now current
    QString previousVersion; // the one it replaced; empty for the first
    int documents = 0;
    int added = 0; // documents (by SHA-256) new since the previous version
    int changed = 0; // same file, other metadata or tags
    int removed = 0;
    int filesCopied = 0;
    qint64 bytesCopied = 0;
    QStringList removedVersions; // old versions deleted after this one became current
};

// Writes a library as a new version into a published folder (PublishedFolder): a self-contained
// copy of the catalog (no WAL), the stored and derived files the folder lacks, then the pointer file
// replaced by a rename, the one step that makes the version current. Until then readers see the
// previous version; whatever an interrupted publish left behind is removed by the next one. Old
// versions go when they are neither current, nor among the newest `keep`, nor leased by a reader.
// Holds the folder's writer lock (LibraryLock) throughout: one publisher at a time. Everything
// below the folder is done without following links (DirHandle); nothing is written outside it.
class Publisher
{
    Q_DECLARE_TR_FUNCTIONS(Publisher)

public:
    // Reports the bytes copied of the total to copy; returning false cancels the publish.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    Publisher(const Library &source, QString targetDir);
    void setKeep(int versions) { m_keep = qMax(1, versions); }
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    bool publish(PublishSummary *summary, QString *error);

    static constexpr int DefaultKeep = 3;

private:
    const Library &m_source;
    QString m_target;
    int m_keep = DefaultKeep;
    Progress m_progress;
};
