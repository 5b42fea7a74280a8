#pragma once

#include "core/library/SqliteDatabase.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

// Everything the user marked on one document.
struct DocumentMarks
{
    QString sha256;
    bool favorite = false;
    QStringList tags;
    QString note;
};

// What a merge of marks brought in.
struct PersonalMergeSummary
{
    int documents = 0; // documents with at least one mark in the merged list
    int favoritesAdded = 0;
    int tagsAdded = 0;
    int notesAdded = 0; // documents that had no note
    int notesJoined = 0; // documents whose own different note was kept, the other one appended
};

// The user's own marks on documents, kept apart from any library: favourites (the Merkliste),
// personal tags and a private note, keyed by the document's SHA-256. So they survive a new version
// of a published library, follow a document whose metadata changed, work on any library (also a
// read-only one) and never mix with the curated tags. A small SQLite file in the user's data folder.
// The search sees it as the attached schema "personal" (attach()): meine:X and tag:X.
class PersonalOverlay
{
    Q_DECLARE_TR_FUNCTIONS(PersonalOverlay)

public:
    // $SRTOOLBOX_PERSONAL, else personal.db in the user's data folder beside the default library
    // (shared by the window and the command line).
    static QString defaultPath();
    static QString schemaName() { return QStringLiteral("personal"); }

    // Opens (creating) the overlay file.
    bool open(const QString &path, QString *error);
    QString path() const { return m_path; }

    bool addTag(const QStringList &sha256s, const QString &name, QString *error = nullptr);
    bool removeTag(const QStringList &sha256s, const QString &name, QString *error = nullptr);
    QStringList tags(const QString &sha256) const; // sorted by name
    QHash<QString, int> tagCounts() const; // name → documents

    bool setFavorite(const QStringList &sha256s, bool favorite, QString *error = nullptr);
    bool isFavorite(const QString &sha256) const;
    QStringList favorites() const; // SHA-256s, the most recently added first

    bool setNote(const QString &sha256, const QString &note, QString *error = nullptr); // empty removes it
    QString note(const QString &sha256) const;

    // Every document with a mark, by SHA-256 (sorted), for moving the marks to another computer.
    QList<DocumentMarks> allMarks() const;
    // Adds marks in one transaction and never removes one: favourites and tags are added; a note
    // where there is none is taken, a different one is appended below the user's own (nothing is
    // overwritten). Entries with an invalid SHA-256 are skipped.
    bool merge(const QList<DocumentMarks> &marks, PersonalMergeSummary *summary, QString *error);

    // Makes the overlay at path readable as schema "personal" on a catalog connection (read-only).
    // Without the file nothing is attached and the personal terms find nothing.
    static bool attach(SqliteDatabase &db, const QString &path, QString *error = nullptr);
    static bool isAttached(SqliteDatabase &db);

private:
    bool write(const QString &sql, const QStringList &sha256s, const QVariantList &extra, QString *error);

    QString m_path;
    mutable SqliteDatabase m_db;
};
