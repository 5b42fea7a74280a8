#include "core/library/PersonalOverlay.h"

#include "core/library/ContentStore.h"
#include "core/library/TagNames.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QStandardPaths>
#include <QUrl>

namespace {
QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}
} // namespace

QString PersonalOverlay::defaultPath()
{
    const QString fromEnv = qEnvironmentVariable("SRTOOLBOX_PERSONAL");
    if (!fromEnv.isEmpty())
        return QDir(fromEnv).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/smart-region-toolbox/personal.db");
}

bool PersonalOverlay::open(const QString &path, QString *error)
{
    m_path = QDir(path).absolutePath();
    QDir().mkpath(QFileInfo(m_path).path());
    if (!m_db.open(m_path, SqliteDatabase::Mode::ReadWrite, error))
        return false;
    const bool ok = m_db.exec(QStringLiteral(
        "CREATE TABLE IF NOT EXISTS tags (sha256 TEXT NOT NULL, name TEXT NOT NULL, key TEXT NOT NULL, "
        "  PRIMARY KEY (sha256, key)) WITHOUT ROWID;"
        "CREATE INDEX IF NOT EXISTS tags_key ON tags(key);"
        "CREATE TABLE IF NOT EXISTS favorites (sha256 TEXT PRIMARY KEY, added_at TEXT NOT NULL) WITHOUT "
        "ROWID;"
        "CREATE TABLE IF NOT EXISTS notes (sha256 TEXT PRIMARY KEY, body TEXT NOT NULL, changed_at TEXT NOT "
        "NULL) "
        "  WITHOUT ROWID;"
        "PRAGMA user_version = 1;"));
    if (!ok && error)
        *error = tr("Cannot open your personal tags and favourites %1: %2").arg(m_path, m_db.lastError());
    return ok;
}

bool PersonalOverlay::write(const QString &sql, const QStringList &sha256s, const QVariantList &extra,
                            QString *error)
{
    SqliteTransaction transaction(m_db);
    SqliteStatement statement = m_db.prepare(sql);
    for (const QString &sha : sha256s) {
        if (!ContentStore::isSha256(sha))
            continue;
        statement.reset();
        statement.bindAll(QVariantList { sha } + extra);
        if (!statement.run()) {
            if (error)
                *error = tr("Cannot save your personal marks in %1: %2").arg(m_path, statement.error());
            return false;
        }
    }
    return transaction.commit(error);
}

bool PersonalOverlay::addTag(const QStringList &sha256s, const QString &name, QString *error)
{
    const QString normalized = TagNames::normalized(name);
    if (normalized.isEmpty())
        return true;
    return write(QStringLiteral("INSERT INTO tags (sha256, name, key) VALUES (?1, ?2, ?3) "
                                "ON CONFLICT (sha256, key) DO UPDATE SET name = excluded.name"),
                 sha256s, { normalized, TagNames::key(normalized) }, error);
}

bool PersonalOverlay::removeTag(const QStringList &sha256s, const QString &name, QString *error)
{
    return write(QStringLiteral("DELETE FROM tags WHERE sha256 = ?1 AND key = ?2"), sha256s,
                 { TagNames::key(name) }, error);
}

QStringList PersonalOverlay::tags(const QString &sha256) const
{
    QStringList names;
    SqliteStatement rows
        = m_db.prepare(QStringLiteral("SELECT name FROM tags WHERE sha256 = ?1 ORDER BY key"));
    rows.bind(1, sha256);
    while (rows.next())
        names.append(rows.text(0));
    return names;
}

QHash<QString, int> PersonalOverlay::tagCounts() const
{
    QHash<QString, int> counts;
    SqliteStatement rows = m_db.prepare(QStringLiteral("SELECT min(name), count(*) FROM tags GROUP BY key"));
    while (rows.next())
        counts.insert(rows.text(0), int(rows.integer(1)));
    return counts;
}

bool PersonalOverlay::setFavorite(const QStringList &sha256s, bool favorite, QString *error)
{
    return favorite
        ? write(QStringLiteral("INSERT OR IGNORE INTO favorites (sha256, added_at) VALUES (?1, ?2)"), sha256s,
                { now() }, error)
        : write(QStringLiteral("DELETE FROM favorites WHERE sha256 = ?1"), sha256s, {}, error);
}

bool PersonalOverlay::isFavorite(const QString &sha256) const
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM favorites WHERE sha256 = ?1"), { sha256 }).toInt()
        > 0;
}

QStringList PersonalOverlay::favorites() const
{
    QStringList shas;
    SqliteStatement rows
        = m_db.prepare(QStringLiteral("SELECT sha256 FROM favorites ORDER BY added_at DESC, sha256"));
    while (rows.next())
        shas.append(rows.text(0));
    return shas;
}

bool PersonalOverlay::setNote(const QString &sha256, const QString &note, QString *error)
{
    if (note.trimmed().isEmpty())
        return write(QStringLiteral("DELETE FROM notes WHERE sha256 = ?1"), { sha256 }, {}, error);
    return write(
        QStringLiteral(
            "INSERT INTO notes (sha256, body, changed_at) VALUES (?1, ?2, ?3) "
            "ON CONFLICT (sha256) DO UPDATE SET body = excluded.body, changed_at = excluded.changed_at"),
        { sha256 }, { note, now() }, error);
}

QString PersonalOverlay::note(const QString &sha256) const
{
    return m_db.scalar(QStringLiteral("SELECT body FROM notes WHERE sha256 = ?1"), { sha256 }).toString();
}

QList<DocumentMarks> PersonalOverlay::allMarks() const
{
    QMap<QString, DocumentMarks> bySha;
    const auto marks = [&](const QString &sha) -> DocumentMarks & {
        DocumentMarks &m = bySha[sha];
        m.sha256 = sha;
        return m;
    };
    SqliteStatement rows = m_db.prepare(QStringLiteral("SELECT sha256 FROM favorites"));
    while (rows.next())
        marks(rows.text(0)).favorite = true;
    rows = m_db.prepare(QStringLiteral("SELECT sha256, name FROM tags ORDER BY sha256, key"));
    while (rows.next())
        marks(rows.text(0)).tags.append(rows.text(1));
    rows = m_db.prepare(QStringLiteral("SELECT sha256, body FROM notes"));
    while (rows.next())
        marks(rows.text(0)).note = rows.text(1);
    return bySha.values();
}

bool PersonalOverlay::merge(const QList<DocumentMarks> &marks, PersonalMergeSummary *summary, QString *error)
{
    PersonalMergeSummary counts;
    SqliteTransaction transaction(m_db);
    SqliteStatement favorite
        = m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO favorites (sha256, added_at) VALUES (?1, ?2)"));
    SqliteStatement tag
        = m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO tags (sha256, name, key) VALUES (?1, ?2, ?3)"));
    SqliteStatement note = m_db.prepare(QStringLiteral(
        "INSERT INTO notes (sha256, body, changed_at) VALUES (?1, ?2, ?3) "
        "ON CONFLICT (sha256) DO UPDATE SET body = excluded.body, changed_at = excluded.changed_at"));
    const auto failed = [&](const SqliteStatement &statement) {
        if (error)
            *error = tr("Cannot save your personal marks in %1: %2").arg(m_path, statement.error());
        return false;
    };
    for (const DocumentMarks &m : marks) {
        if (!ContentStore::isSha256(m.sha256))
            continue;
        ++counts.documents;
        if (m.favorite) {
            favorite.reset();
            favorite.bindAll({ m.sha256, now() });
            if (!favorite.run())
                return failed(favorite);
            counts.favoritesAdded += int(m_db.changes());
        }
        for (const QString &name : m.tags) {
            const QString normalized = TagNames::normalized(name);
            if (normalized.isEmpty())
                continue;
            tag.reset();
            tag.bindAll({ m.sha256, normalized, TagNames::key(normalized) });
            if (!tag.run())
                return failed(tag);
            counts.tagsAdded += int(m_db.changes());
        }
        const QString incoming = m.note.trimmed();
        const QString own = PersonalOverlay::note(m.sha256);
        if (incoming.isEmpty() || own.contains(incoming))
            continue;
        (own.isEmpty() ? counts.notesAdded : counts.notesJoined)++;
        note.reset();
        note.bindAll({ m.sha256, own.isEmpty() ? incoming : own + QStringLiteral("\n\n") + incoming, now() });
        if (!note.run())
            return failed(note);
    }
    if (!transaction.commit(error))
        return false;
    if (summary)
        *summary = counts;
    return true;
}

bool PersonalOverlay::attach(SqliteDatabase &db, const QString &path, QString *error)
{
    if (isAttached(db) || !QFileInfo::exists(path))
        return isAttached(db);
    // Read-only: a search never changes the user's marks, and a damaged overlay cannot be made worse.
    SqliteStatement statement = db.prepare(QStringLiteral("ATTACH DATABASE ?1 AS personal"));
    statement.bind(1, QString::fromLatin1(QUrl::fromLocalFile(path).toEncoded() + "?mode=ro"));
    if (!statement.run()) {
        if (error)
            *error = tr("Cannot read your personal tags and favourites %1: %2").arg(path, statement.error());
        return false;
    }
    return true;
}

bool PersonalOverlay::isAttached(SqliteDatabase &db)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM pragma_database_list WHERE name = 'personal'"))
               .toInt()
        > 0;
}
