#include "gui/settings/AppSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace {
constexpr int HistorySize = 30;
}

namespace AppSettings {

QString language()
{
    return QSettings().value(QStringLiteral("language")).toString();
}

void setLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("language"), language);
}

QString libraryPath()
{
    return QSettings().value(QStringLiteral("library")).toString();
}

void setLibraryPath(const QString &path)
{
    QSettings().setValue(QStringLiteral("library"), path);
}

QStringList searchHistory()
{
    return QSettings().value(QStringLiteral("search/history")).toStringList();
}

void addToSearchHistory(const QString &query)
{
    const QString trimmed = query.simplified();
    if (trimmed.isEmpty())
        return;
    QStringList history = searchHistory();
    history.removeAll(trimmed);
    history.prepend(trimmed);
    QSettings().setValue(QStringLiteral("search/history"), history.mid(0, HistorySize));
}

QList<SavedSearch> savedSearches()
{
    QSettings settings;
    QList<SavedSearch> result;
    const int size = settings.beginReadArray(QStringLiteral("search/saved"));
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        result.append({settings.value(QStringLiteral("name")).toString(), settings.value(QStringLiteral("query")).toString()});
    }
    settings.endArray();
    return result;
}

void setSavedSearches(const QList<SavedSearch> &searches)
{
    QSettings settings;
    settings.remove(QStringLiteral("search/saved"));
    settings.beginWriteArray(QStringLiteral("search/saved"), int(searches.size()));
    for (int i = 0; i < searches.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), searches.at(i).first);
        settings.setValue(QStringLiteral("query"), searches.at(i).second);
    }
    settings.endArray();
}

QString lastFolder()
{
    const QString folder = QSettings().value(QStringLiteral("dialogs/lastFolder")).toString();
    return !folder.isEmpty() && QFileInfo(folder).isDir() ? folder : QDir::homePath();
}

void setLastFolder(const QString &pathInFolder)
{
    if (pathInFolder.isEmpty())
        return;
    const QFileInfo info(pathInFolder);
    QSettings().setValue(QStringLiteral("dialogs/lastFolder"),
                         info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

QString templateFolder()
{
    const QString folder = QSettings().value(QStringLiteral("templates/lastFolder")).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

void setTemplateFolder(const QString &folder)
{
    if (!folder.isEmpty())
        QSettings().setValue(QStringLiteral("templates/lastFolder"), QFileInfo(folder).absoluteFilePath());
}

QByteArray windowValue(const QString &key)
{
    return QSettings().value(QStringLiteral("window/") + key).toByteArray();
}

void setWindowValue(const QString &key, const QByteArray &value)
{
    QSettings().setValue(QStringLiteral("window/") + key, value);
}

} // namespace AppSettings
