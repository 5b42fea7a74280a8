#pragma once

#include "core/platform/DirHandle.h"

#include <QString>
#include <QStringList>
#include <atomic>

struct DocumentRecord;

// What the folder, zip and CSV exports share about where their output goes: the folders they make
// (and remove again when they stop), the names they choose.
namespace ExportTarget {

// path with the platform's separators, for messages.
QString native(const QString &path);
bool isCancelled(const std::atomic_bool *cancel);

// Creates path and the folders above it that are missing; created receives each folder made (top
// first), so that a cancelled export can remove them again.
bool makeFolder(const QString &path, QStringList *created, QString *error);
// Removes the folders makeFolder made, deepest first, each only when empty.
void removeFolders(const QStringList &created);
// The folder a single output file (zip, CSV list) goes to, made when missing and held open.
DirHandle openFolderOf(const QString &file, QStringList *created, QString *error);

// The key under which a name below the target is taken: case-folded, with its folder, since
// Windows and macOS file systems ignore case.
QString nameKey(const QString &folder, const QString &name);
// The folder of doc below the target with byCategory ("" without), as a safe name.
QString subfolderFor(const DocumentRecord &doc, bool byCategory);

} // namespace ExportTarget
