#include "core/library/Catalog.h"

#include "core/library/SqliteDatabase.h"
#include "core/library/TagNames.h"
#include "core/text/GermanTokenizer.h"
#include "core/util/PageText.h"

#include <QScopeGuard>
#include <algorithm>

namespace {
const QChar ListSeparator(0x1F);

// Columns read by readDocument(), in order.
const char DocumentColumns[] =
    "d.id, d.sha256, d.filename, d.title, d.description, d.category, d.doc_type, d.municipality, d.year, "
    "d.license, d.language, d.format, d.mime, d.size, d.pages, d.pack_id, p.name, d.imported_at, "
    "d.extraction, d.warnings, "
    "(SELECT group_concat(name, char(31)) FROM (SELECT t.name FROM document_tags dt JOIN tags t ON t.id = dt.tag_id "
    " WHERE dt.document_id = d.id ORDER BY t.name_key))";

QString documentQuery(const QString &where)
{
    return QStringLiteral("SELECT %1 FROM documents d LEFT JOIN packs p ON p.id = d.pack_id %2")
        .arg(QLatin1String(DocumentColumns), where);
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}
} // namespace

Catalog::Catalog(SqliteDatabase &db)
    : m_db(db)
{
}

bool Catalog::fail(const QString &message) const
{
    m_error = message.isEmpty() ? m_db.lastError() : message;
    return false;
}

DocumentRecord Catalog::readDocument(SqliteStatement &stmt) const
{
    DocumentRecord r;
    r.id = stmt.integer(0);
    r.sha256 = stmt.text(1);
    r.filename = stmt.text(2);
    r.title = stmt.text(3);
    r.description = stmt.text(4);
    r.category = stmt.text(5);
    r.type = stmt.text(6);
    r.municipality = stmt.text(7);
    r.year = int(stmt.integer(8));
    r.license = stmt.text(9);
    r.language = stmt.text(10);
    r.format = stmt.text(11);
    r.mime = stmt.text(12);
    r.size = stmt.integer(13);
    r.pages = int(stmt.integer(14));
    r.packId = stmt.integer(15);
    r.packName = stmt.text(16);
    r.importedAt = QDateTime::fromString(stmt.text(17), Qt::ISODate);
    r.extraction = stmt.text(18);
    const QString warnings = stmt.text(19);
    if (!warnings.isEmpty())
        r.warnings = warnings.split(QLatin1Char('\n'));
    const QString tags = stmt.text(20);
    if (!tags.isEmpty())
        r.tags = tags.split(ListSeparator);
    return r;
}

std::optional<DocumentRecord> Catalog::document(qint64 id) const
{
    SqliteStatement stmt = m_db.prepare(documentQuery(QStringLiteral("WHERE d.id = ?1")));
    stmt.bind(1, id);
    if (stmt.next()) {
        DocumentRecord record = readDocument(stmt);
        record.ocrPages = ocrPages(id);
        return record;
    }
    if (stmt.failed())
        fail(stmt.error());
    return std::nullopt;
}

std::optional<DocumentRecord> Catalog::documentBySha256(const QString &sha256) const
{
    SqliteStatement stmt = m_db.prepare(documentQuery(QStringLiteral("WHERE d.sha256 = ?1")));
    stmt.bind(1, sha256);
    if (stmt.next())
        return readDocument(stmt);
    if (stmt.failed())
        fail(stmt.error());
    return std::nullopt;
}

QList<DocumentRecord> Catalog::documents(const QList<qint64> &ids) const
{
    QList<DocumentRecord> result;
    if (ids.isEmpty()) {
        SqliteStatement stmt = m_db.prepare(documentQuery(QStringLiteral("ORDER BY d.id")));
        while (stmt.next())
            result.append(readDocument(stmt));
        if (stmt.failed())
            fail(stmt.error());
        return result;
    }
    SqliteStatement stmt = m_db.prepare(documentQuery(QStringLiteral("WHERE d.id = ?1")));
    for (qint64 id : ids) {
        stmt.reset();
        stmt.bind(1, id);
        if (stmt.next())
            result.append(readDocument(stmt));
        else if (stmt.failed())
            fail(stmt.error());
    }
    return result;
}

QList<qint64> Catalog::documentIds() const
{
    QList<qint64> ids;
    SqliteStatement stmt = m_db.prepare(QStringLiteral("SELECT id FROM documents ORDER BY id"));
    while (stmt.next())
        ids.append(stmt.integer(0));
    if (stmt.failed())
        fail(stmt.error());
    return ids;
}

bool Catalog::insertDocument(DocumentRecord &r, const QString &text)
{
    if (!r.importedAt.isValid())
        r.importedAt = QDateTime::currentDateTimeUtc();
    SqliteStatement stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO documents (sha256, filename, title, description, category, doc_type, municipality, year, "
        "license, language, format, mime, size, pages, pack_id, imported_at, extraction, warnings, sort_title) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, srt_sortkey(?3))"));
    stmt.bindAll({r.sha256, r.filename, r.title, nullIfEmpty(r.description), nullIfEmpty(r.category),
                  nullIfEmpty(r.type), nullIfEmpty(r.municipality), r.year > 0 ? QVariant(r.year) : QVariant(),
                  nullIfEmpty(r.license), nullIfEmpty(r.language), r.format, nullIfEmpty(r.mime), r.size,
                  r.pages > 0 ? QVariant(r.pages) : QVariant(), r.packId > 0 ? QVariant(r.packId) : QVariant(),
                  r.importedAt.toString(Qt::ISODate), r.extraction,
                  nullIfEmpty(r.warnings.join(QLatin1Char('\n')))});
    if (!stmt.run())
        return fail(stmt.error());
    r.id = m_db.lastInsertId();
    SqliteStatement textStmt = m_db.prepare(QStringLiteral("INSERT INTO document_text (document_id, body) VALUES (?1, ?2)"));
    textStmt.bind(1, r.id).bind(2, text.isNull() ? QString(QLatin1String("")) : text);
    if (!textStmt.run())
        return fail(textStmt.error());
    const bool deferred = m_deferIndexing;
    m_deferIndexing = true; // the row is not in the index yet: nothing to remove while tagging
    const bool tagged = setDocumentTags(r.id, r.tags);
    m_deferIndexing = deferred;
    return tagged && (m_deferIndexing || indexDocuments({r.id}));
}

bool Catalog::updateDocumentMetadata(const DocumentRecord &r)
{
    return reindexAround({r.id}, [&] {
    SqliteStatement stmt = m_db.prepare(QStringLiteral(
        "UPDATE documents SET title = ?2, description = ?3, category = ?4, doc_type = ?5, municipality = ?6, "
        "year = ?7, license = ?8, language = ?9, sort_title = srt_sortkey(?2) WHERE id = ?1"));
    stmt.bindAll({r.id, r.title, nullIfEmpty(r.description), nullIfEmpty(r.category), nullIfEmpty(r.type),
                  nullIfEmpty(r.municipality), r.year > 0 ? QVariant(r.year) : QVariant(), nullIfEmpty(r.license),
                  nullIfEmpty(r.language)});
    return stmt.run() || fail(stmt.error());
    });
}

QString Catalog::documentText(qint64 id) const
{
    return m_db.scalar(QStringLiteral("SELECT body FROM document_text WHERE document_id = ?1"), {id}).toString();
}

bool Catalog::setOcrPages(qint64 documentId, const QMap<int, QByteArray> &boxesByPage)
{
    SqliteStatement clear = m_db.prepare(QStringLiteral("DELETE FROM ocr_pages WHERE document_id = ?1"));
    clear.bind(1, documentId);
    if (!clear.run())
        return fail(clear.error());
    SqliteStatement insert = m_db.prepare(
        QStringLiteral("INSERT INTO ocr_pages (document_id, page, boxes) VALUES (?1, ?2, ?3)"));
    for (auto it = boxesByPage.cbegin(); it != boxesByPage.cend(); ++it) {
        insert.reset();
        insert.bindAll({ documentId, it.key(), it.value() });
        if (!insert.run())
            return fail(insert.error());
    }
    return true;
}

QList<int> Catalog::ocrPages(qint64 documentId) const
{
    SqliteStatement stmt
        = m_db.prepare(QStringLiteral("SELECT page FROM ocr_pages WHERE document_id = ?1 ORDER BY page"));
    stmt.bind(1, documentId);
    QList<int> pages;
    while (stmt.next())
        pages.append(int(stmt.integer(0)));
    return pages;
}

QByteArray Catalog::ocrBoxes(qint64 documentId, int page) const
{
    return m_db
        .scalar(QStringLiteral("SELECT boxes FROM ocr_pages WHERE document_id = ?1 AND page = ?2"),
                { documentId, page })
        .toByteArray();
}

QStringList Catalog::splitPages(const QString &text)
{
    return text.split(PageText::Separator);
}

QString Catalog::joinPages(const QStringList &pages)
{
    QStringList cleaned;
    cleaned.reserve(pages.size());
    for (const QString &page : pages) {
        QString p = page;
        p.replace(PageText::Separator, QLatin1Char(' '));
        cleaned.append(p);
    }
    return cleaned.join(PageText::Separator);
}

bool Catalog::insertPack(PackRecord &pack)
{
    if (!pack.importedAt.isValid())
        pack.importedAt = QDateTime::currentDateTimeUtc();
    SqliteStatement stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO packs (name, version, publisher, date, description, source_name, sha256, imported_at, manifest) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
    stmt.bindAll({pack.name, nullIfEmpty(pack.version), nullIfEmpty(pack.publisher), nullIfEmpty(pack.date),
                  nullIfEmpty(pack.description), nullIfEmpty(pack.sourceName), nullIfEmpty(pack.sha256),
                  pack.importedAt.toString(Qt::ISODate), nullIfEmpty(pack.manifest)});
    if (!stmt.run())
        return fail(stmt.error());
    pack.id = m_db.lastInsertId();
    return true;
}

bool Catalog::updatePack(const PackRecord &pack)
{
    SqliteStatement stmt = m_db.prepare(QStringLiteral(
        "UPDATE packs SET name = ?2, version = ?3, publisher = ?4, date = ?5, description = ?6, source_name = ?7, "
        "sha256 = ?8, imported_at = ?9, manifest = ?10 WHERE id = ?1"));
    stmt.bindAll({pack.id, pack.name, nullIfEmpty(pack.version), nullIfEmpty(pack.publisher), nullIfEmpty(pack.date),
                  nullIfEmpty(pack.description), nullIfEmpty(pack.sourceName), nullIfEmpty(pack.sha256),
                  pack.importedAt.toString(Qt::ISODate), nullIfEmpty(pack.manifest)});
    return stmt.run() || fail(stmt.error());
}

namespace {
PackRecord readPack(SqliteStatement &stmt)
{
    PackRecord p;
    p.id = stmt.integer(0);
    p.name = stmt.text(1);
    p.version = stmt.text(2);
    p.publisher = stmt.text(3);
    p.date = stmt.text(4);
    p.description = stmt.text(5);
    p.sourceName = stmt.text(6);
    p.sha256 = stmt.text(7);
    p.importedAt = QDateTime::fromString(stmt.text(8), Qt::ISODate);
    p.manifest = stmt.text(9);
    return p;
}
const char PackColumns[] = "id, name, version, publisher, date, description, source_name, sha256, imported_at, manifest";
} // namespace

std::optional<PackRecord> Catalog::pack(qint64 id) const
{
    SqliteStatement stmt = m_db.prepare(QStringLiteral("SELECT %1 FROM packs WHERE id = ?1").arg(QLatin1String(PackColumns)));
    stmt.bind(1, id);
    if (stmt.next())
        return readPack(stmt);
    if (stmt.failed())
        fail(stmt.error());
    return std::nullopt;
}

std::optional<PackRecord> Catalog::latestPackNamed(const QString &name) const
{
    SqliteStatement stmt = m_db.prepare(
        QStringLiteral("SELECT %1 FROM packs WHERE name = ?1 ORDER BY id DESC LIMIT 1").arg(QLatin1String(PackColumns)));
    stmt.bind(1, name);
    if (stmt.next())
        return readPack(stmt);
    if (stmt.failed())
        fail(stmt.error());
    return std::nullopt;
}

QList<PackRecord> Catalog::packs() const
{
    QList<PackRecord> result;
    SqliteStatement stmt = m_db.prepare(QStringLiteral("SELECT %1 FROM packs ORDER BY id").arg(QLatin1String(PackColumns)));
    while (stmt.next())
        result.append(readPack(stmt));
    if (stmt.failed())
        fail(stmt.error());
    return result;
}

bool Catalog::addPackEntry(qint64 packId, qint64 documentId, const QString &path)
{
    // An update, not INSERT OR REPLACE: a replaced row would leave without its delete trigger, and
    // the pack's count in facet_counts (schema 11) with it.
    SqliteStatement stmt = m_db.prepare(
        QStringLiteral("INSERT INTO pack_entries (pack_id, document_id, path) VALUES (?1, ?2, ?3) "
                       "ON CONFLICT (pack_id, path) DO UPDATE SET document_id = excluded.document_id"));
    stmt.bindAll({packId, documentId, path});
    return stmt.run() || fail(stmt.error());
}

bool Catalog::removePackEntry(qint64 packId, const QString &path)
{
    SqliteStatement stmt
        = m_db.prepare(QStringLiteral("DELETE FROM pack_entries WHERE pack_id = ?1 AND path = ?2"));
    stmt.bindAll({ packId, path });
    return stmt.run() || fail(stmt.error());
}

bool Catalog::setDocumentPack(qint64 documentId, qint64 packId)
{
    SqliteStatement stmt = m_db.prepare(QStringLiteral("UPDATE documents SET pack_id = ?2 WHERE id = ?1"));
    stmt.bindAll({ documentId, packId });
    return stmt.run() || fail(stmt.error());
}

bool Catalog::deleteDocument(qint64 documentId)
{
    if (!m_deferIndexing && !unindexDocuments({ documentId }))
        return false;
    SqliteStatement stmt = m_db.prepare(QStringLiteral("DELETE FROM documents WHERE id = ?1"));
    stmt.bind(1, documentId);
    return stmt.run() || fail(stmt.error());
}

QHash<QString, qint64> Catalog::packEntries(qint64 packId) const
{
    QHash<QString, qint64> result;
    SqliteStatement stmt = m_db.prepare(QStringLiteral("SELECT path, document_id FROM pack_entries WHERE pack_id = ?1"));
    stmt.bind(1, packId);
    while (stmt.next())
        result.insert(stmt.text(0), stmt.integer(1));
    if (stmt.failed())
        fail(stmt.error());
    return result;
}

std::optional<TagRecord> Catalog::tag(const QString &name) const
{
    SqliteStatement stmt = m_db.prepare(QStringLiteral(
        "SELECT t.id, t.name, t.color, (SELECT count(*) FROM document_tags dt WHERE dt.tag_id = t.id) "
        "FROM tags t WHERE t.name_key = ?1"));
    stmt.bind(1, TagNames::key(name));
    if (!stmt.next()) {
        if (stmt.failed())
            fail(stmt.error());
        return std::nullopt;
    }
    return TagRecord{stmt.integer(0), stmt.text(1), stmt.text(2), int(stmt.integer(3))};
}

qint64 Catalog::ensureTag(const QString &name, const QString &color)
{
    const QString normalized = TagNames::normalized(name);
    if (normalized.isEmpty()) {
        fail(tr("A tag name must not be empty."));
        return 0;
    }
    if (auto existing = tag(normalized))
        return existing->id;
    SqliteStatement stmt = m_db.prepare(QStringLiteral("INSERT INTO tags (name, name_key, color) VALUES (?1, ?2, ?3)"));
    stmt.bindAll({normalized, TagNames::key(normalized), nullIfEmpty(color)});
    if (!stmt.run()) {
        fail(stmt.error());
        return 0;
    }
    return m_db.lastInsertId();
}

QList<TagRecord> Catalog::tags() const
{
    QList<TagRecord> result;
    SqliteStatement stmt = m_db.prepare(QStringLiteral(
        "SELECT t.id, t.name, t.color, count(dt.document_id) FROM tags t "
        "LEFT JOIN document_tags dt ON dt.tag_id = t.id GROUP BY t.id ORDER BY t.name_key"));
    while (stmt.next())
        result.append(TagRecord{stmt.integer(0), stmt.text(1), stmt.text(2), int(stmt.integer(3))});
    if (stmt.failed())
        fail(stmt.error());
    return result;
}

QStringList Catalog::documentTags(qint64 documentId) const
{
    QStringList result;
    SqliteStatement stmt = m_db.prepare(QStringLiteral(
        "SELECT t.name FROM document_tags dt JOIN tags t ON t.id = dt.tag_id WHERE dt.document_id = ?1 ORDER BY t.name_key"));
    stmt.bind(1, documentId);
    while (stmt.next())
        result.append(stmt.text(0));
    if (stmt.failed())
        fail(stmt.error());
    return result;
}

bool Catalog::setDocumentTags(qint64 documentId, const QStringList &names)
{
    return reindexAround({ documentId }, [&] {
        SqliteStatement clear
            = m_db.prepare(QStringLiteral("DELETE FROM document_tags WHERE document_id = ?1"));
        clear.bind(1, documentId);
        if (!clear.run())
            return fail(clear.error());
        // Prepared once for all names, constant work per name: a document may carry tens of thousands.
        SqliteStatement find = m_db.prepare(QStringLiteral("SELECT id FROM tags WHERE name_key = ?1"));
        SqliteStatement create
            = m_db.prepare(QStringLiteral("INSERT INTO tags (name, name_key) VALUES (?1, ?2)"));
        SqliteStatement link = m_db.prepare(
            QStringLiteral("INSERT OR IGNORE INTO document_tags (document_id, tag_id) VALUES (?1, ?2)"));
        for (const QString &name : names) {
            const QString normalized = TagNames::normalized(name);
            if (normalized.isEmpty())
                continue;
            const QString key = normalized.toCaseFolded();
            find.reset();
            find.bind(1, key);
            qint64 tagId = 0;
            if (find.next()) {
                tagId = find.integer(0);
            } else if (!find.error().isEmpty()) {
                return fail(find.error());
            } else {
                create.reset();
                create.bind(1, normalized).bind(2, key);
                if (!create.run())
                    return fail(create.error());
                tagId = m_db.lastInsertId();
            }
            link.reset();
            link.bind(1, documentId).bind(2, tagId);
            if (!link.run())
                return fail(link.error());
        }
        return true;
    });
}

QHash<QString, QString> Catalog::declaredPlaceholders(qint64 documentId) const
{
    QHash<QString, QString> result;
    SqliteStatement stmt = m_db.prepare(
        QStringLiteral("SELECT written, meaning FROM document_placeholders WHERE document_id = ?1"));
    stmt.bind(1, documentId);
    while (stmt.next())
        result.insert(stmt.text(0), stmt.text(1));
    if (stmt.failed())
        fail(stmt.error());
    return result;
}

bool Catalog::setDeclaredPlaceholders(qint64 documentId, const QHash<QString, QString> &placeholders)
{
    // No transaction of its own: the import calls it inside the pack's (as setDocumentTags()).
    SqliteStatement clear = m_db.prepare(QStringLiteral("DELETE FROM document_placeholders WHERE document_id = ?1"));
    clear.bind(1, documentId);
    if (!clear.run())
        return fail(clear.error());
    SqliteStatement insert = m_db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO document_placeholders (document_id, written, meaning) VALUES (?1, ?2, ?3)"));
    for (auto it = placeholders.cbegin(); it != placeholders.cend(); ++it) {
        insert.reset();
        insert.bind(1, documentId).bind(2, it.key()).bind(3, it.value());
        if (!insert.run())
            return fail(insert.error());
    }
    return true;
}

bool Catalog::addTag(const QList<qint64> &documentIds, const QString &name)
{
    if (TagNames::normalized(name).isEmpty())
        return true;
    return reindexAround(documentIds, [&] {
    const qint64 tagId = ensureTag(name);
    if (tagId == 0)
        return false;
    SqliteStatement stmt = m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO document_tags (document_id, tag_id) VALUES (?1, ?2)"));
    for (qint64 id : documentIds) {
        stmt.reset();
        stmt.bind(1, id).bind(2, tagId);
        if (!stmt.run())
            return fail(stmt.error());
    }
    return true;
    });
}

bool Catalog::removeTag(const QList<qint64> &documentIds, const QString &name)
{
    const auto existing = tag(name);
    if (!existing)
        return true;
    return reindexAround(documentIds, [&] {
        SqliteStatement stmt = m_db.prepare(QStringLiteral("DELETE FROM document_tags WHERE document_id = ?1 AND tag_id = ?2"));
        for (qint64 id : documentIds) {
            stmt.reset();
            stmt.bind(1, id).bind(2, existing->id);
            if (!stmt.run())
                return fail(stmt.error());
        }
        return true;
    });
}

bool Catalog::renameTag(const QString &from, const QString &to)
{
    const QString oldName = TagNames::normalized(from);
    const QString newName = TagNames::normalized(to);
    if (newName.isEmpty())
        return fail(tr("A tag name must not be empty."));
    if (!tag(oldName))
        return fail(tr("There is no tag \"%1\".").arg(oldName));
    if (TagNames::key(oldName) != TagNames::key(newName) && tag(newName))
        return fail(tr("A tag \"%1\" exists already; merge the tags instead.").arg(newName));
    // The tag itself and every tag nested below it.
    QList<TagRecord> affected;
    const QString prefixKey = TagNames::key(oldName) + QLatin1Char('/');
    for (const TagRecord &t : tags()) {
        const QString key = TagNames::key(t.name);
        if (key == TagNames::key(oldName) || key.startsWith(prefixKey))
            affected.append(t);
    }
    QList<qint64> tagIds;
    for (const TagRecord &t : affected)
        tagIds.append(t.id);
    return reindexAround(documentsTagged(tagIds), [&] {
        SqliteStatement stmt = m_db.prepare(QStringLiteral("UPDATE tags SET name = ?2, name_key = ?3 WHERE id = ?1"));
        for (const TagRecord &t : affected) {
            const QString renamed = newName + t.name.mid(oldName.size());
            stmt.reset();
            stmt.bindAll({t.id, renamed, TagNames::key(renamed)});
            if (!stmt.run())
                return fail(stmt.error());
        }
        return true;
    });
}

bool Catalog::mergeTag(const QString &from, const QString &into)
{
    const auto source = tag(from);
    if (!source)
        return fail(tr("There is no tag \"%1\".").arg(TagNames::normalized(from)));
    const qint64 targetId = ensureTag(into);
    if (targetId == 0)
        return false;
    if (targetId == source->id)
        return true;
    return reindexAround(documentsTagged({source->id, targetId}), [&] {
    SqliteStatement move = m_db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO document_tags (document_id, tag_id) SELECT document_id, ?2 FROM document_tags WHERE tag_id = ?1"));
    move.bind(1, source->id).bind(2, targetId);
    SqliteStatement drop = m_db.prepare(QStringLiteral("DELETE FROM tags WHERE id = ?1"));
    drop.bind(1, source->id);
    return (move.run() && drop.run()) || fail(QString());
    });
}

bool Catalog::setTagColor(const QString &name, const QString &color)
{
    const auto existing = tag(name);
    if (!existing)
        return fail(tr("There is no tag \"%1\".").arg(TagNames::normalized(name)));
    SqliteStatement stmt = m_db.prepare(QStringLiteral("UPDATE tags SET color = ?2 WHERE id = ?1"));
    stmt.bind(1, existing->id).bind(2, color);
    return stmt.run() || fail(stmt.error());
}

bool Catalog::deleteTagIfUnused(const QString &name)
{
    const auto existing = tag(name);
    if (!existing || existing->documentCount > 0)
        return false;
    SqliteStatement stmt = m_db.prepare(QStringLiteral("DELETE FROM tags WHERE id = ?1"));
    stmt.bind(1, existing->id);
    return stmt.run() || fail(stmt.error());
}

QList<qint64> Catalog::documentsWithTag(const QString &name) const
{
    const auto existing = tag(name);
    return existing ? documentsTagged({existing->id}) : QList<qint64>();
}

QByteArray Catalog::defaultProfileJson() const
{
    m_error.clear();
    SqliteStatement stmt
        = m_db.prepare(QStringLiteral("SELECT value FROM library_settings WHERE key = 'default_profile'"));
    if (stmt.next())
        return stmt.text(0).toUtf8();
    if (!stmt.error().isEmpty())
        fail(stmt.error());
    return QByteArray();
}

bool Catalog::setDefaultProfileJson(const QByteArray &json)
{
    if (m_db.isReadOnly())
        return fail(tr("The library is read-only: its default municipality profile cannot be changed."));
    SqliteStatement stmt = m_db.prepare(
        json.isEmpty()
            ? QStringLiteral("DELETE FROM library_settings WHERE key = 'default_profile'")
            : QStringLiteral("INSERT INTO library_settings (key, value) VALUES ('default_profile', ?1) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    if (!json.isEmpty())
        stmt.bind(1, QString::fromUtf8(json));
    return stmt.run() || fail(stmt.error());
}

CatalogStats Catalog::stats() const
{
    CatalogStats s;
    SqliteStatement stmt = m_db.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM packs), (SELECT count(*) FROM tags), "
        "(SELECT coalesce(sum(size), 0) FROM documents), (SELECT coalesce(sum(pages), 0) FROM documents), "
        "(SELECT coalesce(sum(length(body)), 0) FROM document_text)"));
    if (stmt.next()) {
        s.documents = stmt.integer(0);
        s.packs = stmt.integer(1);
        s.tags = stmt.integer(2);
        s.bytes = stmt.integer(3);
        s.pages = stmt.integer(4);
        s.textChars = stmt.integer(5);
    }
    if (stmt.failed())
        fail(stmt.error());
    return s;
}

namespace {
QString pageStateName(PageStatus::State state)
{
    switch (state) {
    case PageStatus::State::Pending:
        return QStringLiteral("pending");
    case PageStatus::State::Done:
        return QStringLiteral("done");
    case PageStatus::State::Failed:
        return QStringLiteral("failed");
    case PageStatus::State::None:
        break;
    }
    return {};
}
} // namespace

PageStatus Catalog::pageStatus(qint64 documentId) const
{
    PageStatus status;
    SqliteStatement stmt = m_db.prepare(QStringLiteral("SELECT state, reason FROM document_pages WHERE document_id = ?1"));
    stmt.bind(1, documentId);
    if (stmt.next()) {
        const QString state = stmt.text(0);
        status.state = state == QLatin1String("done")     ? PageStatus::State::Done
                     : state == QLatin1String("failed") ? PageStatus::State::Failed
                                                         : PageStatus::State::Pending;
        status.reason = stmt.text(1);
    }
    if (stmt.failed())
        fail(stmt.error());
    return status;
}

PageCounts Catalog::pageCounts() const
{
    return queueCounts(QStringLiteral("document_pages"));
}

PageCounts Catalog::queueCounts(const QString &table) const
{
    PageCounts counts;
    SqliteStatement stmt
        = m_db.prepare(QStringLiteral("SELECT state, count(*) FROM %1 GROUP BY state").arg(table));
    while (stmt.next()) {
        const QString state = stmt.text(0);
        (state == QLatin1String("done") ? counts.done : state == QLatin1String("failed") ? counts.failed : counts.pending)
            += stmt.integer(1);
    }
    if (stmt.failed())
        fail(stmt.error());
    return counts;
}

QList<DocumentRecord> Catalog::pendingPages(int limit) const
{
    QList<qint64> ids;
    SqliteStatement stmt = m_db.prepare(
        QStringLiteral("SELECT document_id FROM document_pages WHERE state = 'pending' ORDER BY document_id LIMIT ?1"));
    stmt.bind(1, limit > 0 ? qint64(limit) : qint64(-1));
    while (stmt.next())
        ids.append(stmt.integer(0));
    if (stmt.failed())
        fail(stmt.error());
    return ids.isEmpty() ? QList<DocumentRecord>() : documents(ids);
}

QList<qint64> Catalog::documentsWithPages() const
{
    QList<qint64> ids;
    SqliteStatement stmt = m_db.prepare(QStringLiteral("SELECT document_id FROM document_pages WHERE state = 'done'"));
    while (stmt.next())
        ids.append(stmt.integer(0));
    if (stmt.failed())
        fail(stmt.error());
    return ids;
}

bool Catalog::setPageStatus(qint64 documentId, PageStatus::State state, const QString &reason)
{
    SqliteStatement stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO document_pages (document_id, state, reason, updated_at) VALUES (?1, ?2, ?3, ?4) "
        "ON CONFLICT (document_id) DO UPDATE SET state = excluded.state, reason = excluded.reason, "
        "updated_at = excluded.updated_at"));
    stmt.bindAll({documentId, pageStateName(state), nullIfEmpty(reason),
                  QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    return stmt.run() || fail(stmt.error());
}

bool Catalog::retryFailedPages()
{
    QString error;
    return m_db.exec(QStringLiteral("UPDATE document_pages SET state = 'pending', reason = NULL WHERE state = 'failed'"), &error)
        || fail(error);
}

bool Catalog::setDocumentWarnings(qint64 documentId, const QStringList &warnings)
{
    SqliteStatement stmt = m_db.prepare(QStringLiteral("UPDATE documents SET warnings = ?2 WHERE id = ?1"));
    stmt.bindAll({ documentId, nullIfEmpty(warnings.join(QLatin1Char('\n'))) });
    return stmt.run() || fail(stmt.error());
}

PageCounts Catalog::ocrQueueCounts() const
{
    return queueCounts(QStringLiteral("ocr_queue"));
}

QList<qint64> Catalog::pendingOcr(int limit) const
{
    QList<qint64> ids;
    SqliteStatement stmt = m_db.prepare(QStringLiteral(
        "SELECT document_id FROM ocr_queue WHERE state = 'pending' ORDER BY document_id LIMIT ?1"));
    stmt.bind(1, limit > 0 ? qint64(limit) : qint64(-1));
    while (stmt.next())
        ids.append(stmt.integer(0));
    if (stmt.failed())
        fail(stmt.error());
    return ids;
}

QMap<qint64, QString> Catalog::failedOcr() const
{
    QMap<qint64, QString> failed;
    SqliteStatement stmt
        = m_db.prepare(QStringLiteral("SELECT document_id, reason FROM ocr_queue WHERE state = 'failed'"));
    while (stmt.next())
        failed.insert(stmt.integer(0), stmt.text(1));
    if (stmt.failed())
        fail(stmt.error());
    return failed;
}

bool Catalog::setOcrQueueState(qint64 documentId, PageStatus::State state, const QString &reason)
{
    SqliteStatement stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO ocr_queue (document_id, state, reason, updated_at) VALUES (?1, ?2, ?3, ?4) "
        "ON CONFLICT (document_id) DO UPDATE SET state = excluded.state, reason = excluded.reason, "
        "updated_at = excluded.updated_at"));
    stmt.bindAll({ documentId, pageStateName(state), nullIfEmpty(reason),
                   QDateTime::currentDateTimeUtc().toString(Qt::ISODate) });
    return stmt.run() || fail(stmt.error());
}

bool Catalog::retryFailedOcr()
{
    QString error;
    return m_db.exec(
               QStringLiteral("UPDATE ocr_queue SET state = 'pending', reason = NULL WHERE state = 'failed'"),
               &error)
        || fail(error);
}

bool Catalog::replaceDocumentText(qint64 documentId, const QString &text, int pages)
{
    return reindexAround({documentId}, [&] {
        SqliteStatement body = m_db.prepare(QStringLiteral(
            "INSERT INTO document_text (document_id, body) VALUES (?1, ?2) "
            "ON CONFLICT (document_id) DO UPDATE SET body = excluded.body"));
        body.bind(1, documentId).bind(2, text.isNull() ? QString(QLatin1String("")) : text);
        if (!body.run())
            return fail(body.error());
        SqliteStatement doc = m_db.prepare(QStringLiteral(
            "UPDATE documents SET pages = ?2, extraction = 'ok' WHERE id = ?1"));
        doc.bindAll({documentId, pages > 0 ? QVariant(pages) : QVariant()});
        return doc.run() || fail(doc.error());
    });
}

QList<qint64> Catalog::documentsTagged(const QList<qint64> &tagIds) const
{
    QList<qint64> ids;
    SqliteStatement stmt = m_db.prepare(QStringLiteral("SELECT document_id FROM document_tags WHERE tag_id = ?1"));
    for (qint64 tagId : tagIds) {
        stmt.reset();
        stmt.bind(1, tagId);
        while (stmt.next())
            ids.append(stmt.integer(0));
        if (stmt.failed())
            fail(stmt.error());
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

bool Catalog::reindexAround(const QList<qint64> &ids, const std::function<bool()> &change)
{
    if (m_deferIndexing || ids.isEmpty())
        return change();
    // One transaction (a savepoint nests inside an import's) so the index never lags behind.
    if (!m_db.exec(QStringLiteral("SAVEPOINT reindex")))
        return fail(QString());
    const bool ok = unindexDocuments(ids) && change() && indexDocuments(ids);
    if (!ok) {
        const QString error = m_error;
        m_db.exec(QStringLiteral("ROLLBACK TO reindex; RELEASE reindex"));
        m_error = error;
        return false;
    }
    return m_db.exec(QStringLiteral("RELEASE reindex")) || fail(QString());
}

bool Catalog::indexDocuments(const QList<qint64> &ids)
{
    GermanTokenizer::KeyCollector once;
    GermanTokenizer::KeyCollector &keys = m_deferIndexing ? m_indexedKeys : once;
    // A key collected but not written (a failure below) must be written by a later call.
    auto forget = qScopeGuard([&keys] { keys.clear(); });
    GermanTokenizer::setKeyCollector(&keys);
    const bool indexed = writeIndexRows(ids, false);
    GermanTokenizer::setKeyCollector(nullptr);
    if (!indexed)
        return false;
    // The vocabulary for compound parts: keys reversed, so "ends with" becomes a range scan.
    SqliteStatement suffix = m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO term_suffixes (rev) VALUES (srt_reverse(?1))"));
    for (const QByteArray &key : keys.takeNew()) {
        suffix.reset();
        suffix.bind(1, QString::fromUtf8(key));
        if (!suffix.run())
            return fail(suffix.error());
    }
    forget.dismiss();
    return true;
}

bool Catalog::unindexDocuments(const QList<qint64> &ids)
{
    return writeIndexRows(ids, true);
}

// Adds the documents' rows to the index, or removes them: external-content FTS5 removes a row
// given exactly the values it indexed, which the view reproduces. Each row is read from the view
// and written as one row (INSERT ... VALUES), not by INSERT ... SELECT: SQLite opens a statement
// savepoint for a write that may change several rows, and FTS5 (3.40) writes its pending terms
// out as a new segment at every savepoint. Every document became a segment of its own, merged
// again and again: 13 % of an import of small files, 6 times the cost of writing the rows alone.
bool Catalog::writeIndexRows(const QList<qint64> &ids, bool remove)
{
    SqliteStatement read
        = m_db.prepare(QStringLiteral("SELECT title, meta, body FROM document_search WHERE id = ?1"));
    SqliteStatement write = m_db.prepare(
        remove
            ? QStringLiteral("INSERT INTO document_fts (document_fts, rowid, title, meta, body) "
                             "VALUES ('delete', ?1, ?2, ?3, ?4)")
            : QStringLiteral("INSERT INTO document_fts (rowid, title, meta, body) VALUES (?1, ?2, ?3, ?4)"));
    for (qint64 id : ids) {
        read.reset();
        read.bind(1, id);
        if (!read.next()) {
            if (read.failed())
                return fail(read.error());
            continue; // no such document: nothing to index
        }
        write.reset();
        write.bind(1, id);
        for (int column = 0; column < 3; ++column)
            write.bindColumn(column + 2, read, column);
        read.reset();
        if (!write.run())
            return fail(write.error());
    }
    return true;
}
