#pragma once

#include "core/library/PersonalOverlay.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>

// The user's marks as a file, to move them to another computer or keep them safe: JSON with one
// entry per document, keyed by SHA-256 like the overlay, the title beside it for people reading the
// file (ignored when read back).
//   {"format": "srtoolbox-personal-marks", "formatVersion": 1,
//    "documents": [{"sha256": "…", "title": "…", "favorite": true, "tags": ["…"], "note": "…"}]}
class PersonalMarksFile
{
    Q_DECLARE_TR_FUNCTIONS(PersonalMarksFile)

public:
    static constexpr int FormatVersion = 1;
    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;

    // Written through a temporary file and a rename. titleOf may give an empty title.
    static bool write(const QList<DocumentMarks> &marks,
                      const std::function<QString(const QString &sha256)> &titleOf, const QString &path,
                      QString *error);
    // The marks a file holds; a file of another format or version, or with wrong types, is refused
    // with the reason and where. Entries whose SHA-256 is not one are skipped with a warning.
    static bool read(const QString &path, QList<DocumentMarks> *marks, QStringList *warnings, QString *error);
};
