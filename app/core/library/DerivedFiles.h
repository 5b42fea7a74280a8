#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QStringList>

// The library's derived/ folder: files made from a stored file, not imported, so they can always be
// made again: derived/ab/<sha256>.pdf is the PDF LibreOffice made of the office file files/ab/<sha256>.
// A missing one is rebuilt, not a damage; one whose document is gone is a removable stray. Written
// to derived/.tmp and renamed into place, and every part opened without following links (DirHandle),
// like the content store.
class DerivedFiles
{
    Q_DECLARE_TR_FUNCTIONS(DerivedFiles)

public:
    explicit DerivedFiles(QString root);

    QString root() const { return m_root; }
    static QString pdfName(const QString &sha256) { return sha256 + QStringLiteral(".pdf"); }
    QString pdfPath(const QString &sha256) const;
    bool hasPdf(const QString &sha256) const;
    // Copies sourcePath in as the PDF of sha256, replacing an older one; nothing is visible under
    // the name until the copy is complete.
    bool storePdf(const QString &sha256, const QString &sourcePath, QString *error) const;
    bool removeAll(const QString &sha256) const; // everything derived from sha256; true when none is left
    // Absolute paths of every file below root except temporaries and links.
    QStringList files() const;
    // The stored file's hash a derived file belongs to, or empty when the name is no derived name.
    static QString sha256Of(const QString &fileName);
    void removeTemporaryFiles() const;

    static constexpr const char *TempFolder = ".tmp";

private:
    QString m_root;
};
