#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>

// File names as the file system holds them, bytes that need not be text: POSIX names are any bytes,
// which Qt's folder listings pass over when they are not valid in the locale's encoding. (Windows
// names are UTF-16 always; a Windows port returns nothing here.)
namespace RawFileNames {
// The paths below folder (relative, "/"-separated bytes) of every file, link or other entry whose
// own name or a folder name above it is bad, sorted by name within each folder. Links are not
// followed; walking stops maxDepth folders down; folders that cannot be read are skipped.
QList<QByteArray> find(const QString &folder, int maxDepth,
                       const std::function<bool(const QByteArray &)> &isBad);
} // namespace RawFileNames
