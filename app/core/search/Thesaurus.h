#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class SqliteDatabase;

// Abbreviations of public administration and their long forms ("AVV" ⇄ "Auftragsverarbeitungsvertrag"),
// used by the searcher in both directions at query time, so the list can grow without re-indexing.
// The program ships a curated list with a source per entry (resources/thesaurus/abkuerzungen.tsv); the
// library's admin adds entries of its own (catalog table thesaurus_entries).
//
// Forms are compared by their index keys, so case, umlaut spelling, inflection and the three spellings
// of a compound ("Datenschutz-Grundverordnung", "Datenschutzgrundverordnung", "Datenschutz
// Grundverordnung") all find the entry.
class Thesaurus
{
    Q_DECLARE_TR_FUNCTIONS(Thesaurus)

public:
    struct Entry
    {
        QString abbreviation;
        QString longForm;
        QString source; // where the long form is documented (law gazette, authority, standard)
    };

    Thesaurus() = default;
    explicit Thesaurus(const QList<Entry> &entries);

    // The list shipped with the program.
    static const QList<Entry> &builtIn();
    // Lines "abbreviation<TAB>long form[ | other long form]<TAB>source"; '#' starts a comment line.
    // A malformed line is reported in *error (with its number) and skipped.
    static QList<Entry> parse(const QByteArray &tsv, QStringList *errors = nullptr);

    // The library's own entries; empty (and *error set) when they cannot be read.
    static QList<Entry> libraryEntries(SqliteDatabase &db, QString *error = nullptr);
    static bool addLibraryEntry(SqliteDatabase &db, const Entry &entry, QString *error = nullptr);
    static bool removeLibraryEntry(SqliteDatabase &db, const QString &abbreviation, QString *error = nullptr);

    // The built-in list plus the library's entries.
    static Thesaurus forLibrary(SqliteDatabase &db);

    // The other forms of what text names (an abbreviation's long forms, a long form's abbreviation and
    // the other long forms), as the thesaurus writes them; empty when the thesaurus does not know it.
    QStringList alternativesFor(const QString &text) const;

    qsizetype size() const { return m_entries.size(); }
    const QList<Entry> &entries() const { return m_entries; }

private:
    void add(const Entry &entry);
    static QStringList keysOf(const QString &form);
    // keysOf(), remembered while the groups are built: add() asks for the same forms again and again,
    // and stemming them made up most of every search's thesaurus set-up. A copy: the cache grows.
    QStringList cachedKeysOf(const QString &form);

    QList<Entry> m_entries;
    QHash<QString, QStringList> m_forms; // key of a form → every form of its group
    QHash<QString, QStringList> m_keys; // form → keysOf(form), for add()
};
