#include "core/search/Thesaurus.h"

#include "core/library/SqliteDatabase.h"
#include "core/text/GermanNormalizer.h"

#include <QFile>

Thesaurus::Thesaurus(const QList<Entry> &entries)
{
    for (const Entry &entry : entries)
        add(entry);
}

const QList<Thesaurus::Entry> &Thesaurus::builtIn()
{
    static const QList<Entry> entries = [] {
        QFile file(QStringLiteral(":/thesaurus/abkuerzungen.tsv"));
        return file.open(QIODevice::ReadOnly) ? parse(file.readAll()) : QList<Entry>();
    }();
    return entries;
}

QList<Thesaurus::Entry> Thesaurus::parse(const QByteArray &tsv, QStringList *errors)
{
    QList<Entry> out;
    const QList<QByteArray> lines = tsv.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() != 3 || fields.at(0).trimmed().isEmpty() || fields.at(1).trimmed().isEmpty()) {
            if (errors)
                errors->append(tr("Line %1 of the abbreviation list does not have the form "
                                  "\"abbreviation, long form, source\" (separated by tabs).")
                                   .arg(i + 1));
            continue;
        }
        for (const QString &longForm : fields.at(1).split(QLatin1Char('|'), Qt::SkipEmptyParts))
            out.append({ fields.at(0).trimmed(), longForm.trimmed(), fields.at(2).trimmed() });
    }
    return out;
}

QList<Thesaurus::Entry> Thesaurus::libraryEntries(SqliteDatabase &db, QString *error)
{
    QList<Entry> out;
    SqliteStatement stmt = db.prepare(QStringLiteral(
        "SELECT abbreviation, long_form, source FROM thesaurus_entries ORDER BY abbreviation, long_form"));
    while (stmt.next())
        out.append({ stmt.text(0), stmt.text(1), stmt.text(2) });
    if (stmt.failed() && error)
        *error = stmt.error();
    return out;
}

bool Thesaurus::addLibraryEntry(SqliteDatabase &db, const Entry &entry, QString *error)
{
    if (entry.abbreviation.trimmed().isEmpty() || entry.longForm.trimmed().isEmpty()) {
        if (error)
            *error = tr("An abbreviation needs both the short and the long form.");
        return false;
    }
    SqliteStatement stmt = db.prepare(QStringLiteral(
        "INSERT INTO thesaurus_entries (abbreviation, long_form, source) VALUES (?1, ?2, coalesce(?3, '')) "
        "ON CONFLICT (abbreviation, long_form) DO UPDATE SET source = excluded.source"));
    stmt.bind(1, entry.abbreviation.trimmed())
        .bind(2, entry.longForm.trimmed())
        .bind(3, entry.source.trimmed());
    if (!stmt.run()) {
        if (error)
            *error = stmt.error();
        return false;
    }
    return true;
}

bool Thesaurus::removeLibraryEntry(SqliteDatabase &db, const QString &abbreviation, QString *error)
{
    SqliteStatement stmt
        = db.prepare(QStringLiteral("DELETE FROM thesaurus_entries WHERE abbreviation = ?1"));
    stmt.bind(1, abbreviation.trimmed());
    if (!stmt.run()) {
        if (error)
            *error = stmt.error();
        return false;
    }
    return true;
}

Thesaurus Thesaurus::forLibrary(SqliteDatabase &db)
{
    // Built once: a search asks for it every time, and most libraries add nothing (copies are shared).
    static const Thesaurus shipped(builtIn());
    const QList<Entry> own = libraryEntries(db);
    if (own.isEmpty())
        return shipped;
    Thesaurus combined = shipped;
    for (const Entry &entry : own)
        combined.add(entry);
    return combined;
}

QStringList Thesaurus::keysOf(const QString &form)
{
    // The words' keys, and for several words also the key of them written together: the compound
    // spellings then meet ("datenschutz grundverordnung", "datenschutzgrundverordnung").
    QStringList keys;
    const QList<GermanNormalizer::Token> tokens = GermanNormalizer::tokenize(form);
    if (tokens.isEmpty())
        return keys;
    QStringList words;
    QString joined;
    for (const GermanNormalizer::Token &token : tokens) {
        words.append(token.key);
        joined += token.original;
    }
    keys.append(words.join(QLatin1Char(' ')));
    if (tokens.size() > 1) {
        const QString closed = GermanNormalizer::indexKey(joined);
        if (!closed.isEmpty() && !keys.contains(closed))
            keys.append(closed);
    }
    return keys;
}

QStringList Thesaurus::cachedKeysOf(const QString &form)
{
    auto it = m_keys.find(form);
    if (it == m_keys.end())
        it = m_keys.insert(form, keysOf(form));
    return it.value();
}

void Thesaurus::add(const Entry &entry)
{
    m_entries.append(entry);
    // Each key maps to its whole group: the abbreviation and all long forms known for it.
    QStringList forms { entry.abbreviation, entry.longForm };
    for (const QString &key : cachedKeysOf(entry.abbreviation) + cachedKeysOf(entry.longForm)) {
        QStringList &known = m_forms[key];
        for (const QString &form : forms) {
            if (!known.contains(form))
                known.append(form);
        }
    }
    // Long forms added earlier under the same abbreviation belong to the group too.
    for (const QString &key : cachedKeysOf(entry.abbreviation)) {
        for (const QString &form : m_forms.value(key)) {
            for (const QString &formKey : cachedKeysOf(form)) {
                QStringList &known = m_forms[formKey];
                for (const QString &other : m_forms.value(key)) {
                    if (!known.contains(other))
                        known.append(other);
                }
            }
        }
    }
}

QStringList Thesaurus::alternativesFor(const QString &text) const
{
    QStringList out;
    const QStringList keys = keysOf(text);
    for (const QString &key : keys) {
        for (const QString &form : m_forms.value(key)) {
            // Not the text itself (the same words; "DS-GVO" stays an alternative of "DSGVO", because the
            // index holds it as two words).
            const QStringList formKeys = keysOf(form);
            const bool same = !formKeys.isEmpty() && formKeys.first() == keys.first();
            if (!same && !out.contains(form))
                out.append(form);
        }
    }
    return out;
}
