#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Files below a folder whose names are not valid UTF-8 (written on an old system or copied from a
// foreign disk). Qt cannot name them, so a folder listing through Qt passes them over without a
// word; the importer lists them here, by their bytes, to report each one instead.
class UndecodableNames
{
public:
    // The paths below folder (relative, "/"-separated bytes) of every file, link or other entry
    // whose own name or a folder name above it is not valid UTF-8. Links are not followed; walking
    // stops maxDepth folders down. Folders that cannot be read are skipped (nothing to name).
    static QList<QByteArray> find(const QString &folder, int maxDepth = 64);

    static bool isValidUtf8(const QByteArray &bytes);
    // For reports: the valid parts as text, every other byte (and control characters) as \xNN.
    static QString display(const QByteArray &bytes);
};
