#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// The optional toolbox.json at a pack's root: pack metadata and per-file metadata. See the README
// ("Pack manifest") for the format. Parsing never fails as a whole: what is malformed is reported
// with the manifest's file name and line, and what is readable is used. Only a manifest that is no
// JSON object, is malformed JSON or names a format version this program does not know is ignored
// as a whole. Values are cleaned (control characters, length; see MetadataSanitizer) with a warning,
// and file names compare in Unicode normal form C, so that a pack made on a Mac matches.
class Manifest
{
    Q_DECLARE_TR_FUNCTIONS(Manifest)

public:
    static constexpr const char *FileName = "toolbox.json";
    static constexpr const char *FormatName = "smart-region-toolbox-pack";

    struct Pack
    {
        QString name;
        QString version;
        QString publisher;
        QString date;
        QString description;
    };

    struct Entry
    {
        QString file; // path relative to the pack root, "/"-separated
        QString title;
        QString description;
        QString category;
        QString type;
        QString municipality;
        QString license;
        QString language;
        int year = 0;
        QStringList tags;
        // Placeholders the template holds, written form → meaning: {"[Gemeinde]": "municipality"} (#14).
        QHash<QString, QString> placeholders;
        int line = 0; // where the entry's "file" stands in the manifest
    };

    static constexpr int FormatVersion = 1; // the newest version this program reads

    static Manifest parse(const QByteArray &json, const QString &displayName = QString::fromLatin1(FileName));
    // Writes a manifest in the same format (for export).
    QByteArray toJson() const;

    bool isPresent() const { return m_present; }
    // Present and read (not malformed, not of an unknown version): its pack and entries count.
    bool isUsable() const { return m_present && !m_ignored; }
    const Pack &pack() const { return m_pack; }
    const QList<Entry> &entries() const { return m_entries; }
    // The entry for a path inside the pack, in any Unicode normal form.
    const Entry *entryFor(const QString &path) const;
    // "toolbox.json:12: …" lines
    const QStringList &problems() const { return m_problems; }

    // For building a manifest to write (export).
    Pack &pack() { return m_pack; }
    QList<Entry> &entries() { return m_entries; }

private:
    class Reader;
    void problem(int line, const QString &message);

    bool m_present = false;
    bool m_ignored = false;
    QString m_displayName;
    Pack m_pack;
    QList<Entry> m_entries;
    // NFC file name → index in m_entries; rebuilt when entries() changed the count.
    mutable QHash<QString, qsizetype> m_index; // entryFor(): file (NFC) → first entry
    mutable qsizetype m_indexed = -1;          // how many entries m_index was built from
    QStringList m_problems;
};
