#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// The user's settings (QSettings, per user): language, library folder, search history, saved
// searches and the window's layout.
namespace AppSettings {
QString language(); // "de", "en" or "" (system)
void setLanguage(const QString &language);
QString libraryPath(); // "" means the default location
void setLibraryPath(const QString &path);

QStringList searchHistory(); // newest first
void addToSearchHistory(const QString &query);

using SavedSearch = QPair<QString, QString>; // name, query
QList<SavedSearch> savedSearches();
void setSavedSearches(const QList<SavedSearch> &searches);

// The folder a file dialog showed last (import, export, CSV), so the next one opens there; the
// home folder at first and when that folder is gone.
QString lastFolder();
void setLastFolder(const QString &pathInFolder); // a file's path or a folder's

// The folder filled copies of templates were saved in last; the user's Documents folder at first
// and when that folder is gone.
QString templateFolder();
void setTemplateFolder(const QString &folder);

QByteArray windowValue(const QString &key);
void setWindowValue(const QString &key, const QByteArray &value);
} // namespace AppSettings
