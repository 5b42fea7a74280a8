#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <memory>

// A library published for many readers (Publisher writes it, Library reads it): a folder on a file
// share holding complete versions of the catalog and one content store they share.
//
//   current                   the name of the current version, one line: replaced by a rename, so a
//                             reader always finds a whole version
//   versions/<name>/catalog.db one self-contained catalog per version (no WAL), never changed
//   files/ab/<sha256>         the stored files of all versions (content-addressed, shared)
//   derived/…                 files derived from documents (office pages), shared like files/
//   leases/<name>.<id>.lease  a reader's note "I am reading <name>", renewed while it reads
//   writer.lock               the publisher's lock (LibraryLock)
//   .staging/                 a version being written; what an interrupted publish left is removed
//
// Readers open a version immutable (no locks, no -shm, no journal on the share), which is safe
// because a version is never changed after it became current, only removed when old and unleased.
class PublishedFolder
{
    Q_DECLARE_TR_FUNCTIONS(PublishedFolder)

public:
    static QString pointerFileName() { return QStringLiteral("current"); }
    static QString versionsFolder() { return QStringLiteral("versions"); }
    static QString leasesFolder() { return QStringLiteral("leases"); }
    static QString stagingFolder() { return QStringLiteral(".staging"); }
    static QString derivedFolder() { return QStringLiteral("derived"); }
    // The parts Publisher makes at the top of the folder (none of them may be a link).
    static QStringList parts();

    // Whether dir is a published library (holds the pointer file and no working catalog).
    static bool isPublished(const QString &dir);
    // The current version's name, or empty and why (no pointer, an unreadable or invalid one).
    static QString currentVersion(const QString &dir, QString *error);
    // "v00000042-20261206T091400123-3fa2": letters, digits and '-' only, so a pointer can never name
    // a path.
    static bool isVersionName(const QString &name);
    // The name of the version after all of existing: a sequence number first, so that versions sort
    // in the order they were published even when the publishers' clocks disagree.
    static QString newVersionName(const QStringList &existing);
    static QString catalogPath(const QString &dir, const QString &version);

    // A lease is live while renewed within this time; the window renews it every few minutes.
    static constexpr qint64 LeaseLifetimeSeconds = 15 * 60;
};

// A reader's lease on one version: a small file in leases/ the publisher reads before removing an
// old version. Taken where the share is writable, silently not where it is read-only (nothing is
// written there then, and Publisher falls back to keeping the newest versions).
class ReaderLease
{
public:
    static std::unique_ptr<ReaderLease> take(const QString &dir, const QString &version);
    ~ReaderLease(); // removes the lease file
    ReaderLease(const ReaderLease &) = delete;
    ReaderLease &operator=(const ReaderLease &) = delete;

    QString version() const { return m_version; }
    // Writes a new heartbeat (a replaced file): call well within LeaseLifetimeSeconds.
    bool renew();

    struct Info
    {
        QString fileName;
        QString version;
        QDateTime heartbeat; // UTC; invalid when unreadable
    };
    static QList<Info> list(const QString &dir);

private:
    ReaderLease(QString dir, QString version, QString fileName);

    QString m_dir;
    QString m_version;
    QString m_fileName;
};
