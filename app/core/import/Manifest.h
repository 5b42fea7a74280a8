#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// The optional toolbox.json at a pack's root: pack metadata and per-file metadata. See the README
// ("Pack manifest") for the format. Parsing never fails as a whole: what is malformed is reported
// with the manifest's file name and line, and what is readable is used.
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
        int line = 0; // where the entry's "file" stands in the manifest
    };

    static Manifest parse(const QByteArray &json, const QString &displayName = QString::fromLatin1(FileName));
    // Writes a manifest in the same format (for export).
    QByteArray toJson() const;

    bool isPresent() const { return m_present; }
    const Pack &pack() const { return m_pack; }
    const QList<Entry> &entries() const { return m_entries; }
    const Entry *entryFor(const QString &path) const;
    // "toolbox.json:12: …" lines
    const QStringList &problems() const { return m_problems; }

    Pack &pack() { return m_pack; }
    QList<Entry> &entries() { return m_entries; }

private:
    void problem(int line, const QString &message);

    bool m_present = false;
    QString m_displayName;
    Pack m_pack;
    QList<Entry> m_entries;
    QStringList m_problems;
};
