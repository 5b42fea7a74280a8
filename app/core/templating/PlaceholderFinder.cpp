#include "core/templating/PlaceholderFinder.h"

#include "core/text/GermanNormalizer.h"

#include <algorithm>

namespace {

// Characters a bracketed name may not hold: the brackets, and what separates runs (tabs, breaks,
// field boundaries).
const QString nameCharacters = QStringLiteral("[^\\[\\]{}«»<>\\n\\t\\x{FFFC}]");

QStringList words(const QString &name)
{
    QString folded = GermanNormalizer::fold(name);
    if (folded.isEmpty())
        folded = name.toLower();
    for (QChar &c : folded) {
        if (!c.isLetterOrNumber())
            c = u' ';
    }
    return folded.split(u' ', Qt::SkipEmptyParts);
}

} // namespace

PlaceholderFinder::PlaceholderFinder(const QHash<QString, QString> &declared,
                                     const QStringList &extraStandIns)
    : m_declared(declared)
{
    const auto options = QRegularExpression::UseUnicodePropertiesOption;
    // Declared written forms first: the manifest knows best.
    QStringList declaredForms;
    for (auto it = declared.cbegin(); it != declared.cend(); ++it) {
        if (!it.key().trimmed().isEmpty())
            declaredForms.append(QRegularExpression::escape(it.key().trimmed()));
    }
    // Longer forms first, so that "[Name der Kommune]" is not cut to a shorter declared form.
    std::sort(declaredForms.begin(), declaredForms.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    if (!declaredForms.isEmpty())
        m_patterns.append(
            { QRegularExpression(declaredForms.join(u'|'), options), Placeholder::Kind::Bracketed, 0 });

    // A name starts with a letter and is at most 60 characters long: "[1]", "[…]" and long
    // bracketed remarks are not placeholders.
    m_patterns.append(
        { QRegularExpression(QStringLiteral("\\{\\{\\s*\\p{L}%1{0,59}?\\s*\\}\\}").arg(nameCharacters),
                             options),
          Placeholder::Kind::Bracketed, 1 });
    m_patterns.append(
        { QRegularExpression(QStringLiteral("\\[\\s*\\p{L}%1{0,59}\\]").arg(nameCharacters), options),
          Placeholder::Kind::Bracketed, 1 });
    m_patterns.append(
        { QRegularExpression(QStringLiteral("«\\s*\\p{L}%1{0,59}»").arg(nameCharacters), options),
          Placeholder::Kind::Bracketed, 1 });
    m_patterns.append(
        { QRegularExpression(QStringLiteral("<\\s*\\p{L}%1{0,59}>").arg(nameCharacters), options),
          Placeholder::Kind::Bracketed, 1 });
    m_patterns.append(
        { QRegularExpression(QStringLiteral("(?<![\\w.])(?:[Xx]{2}\\.[Xx]{2}\\.(?:20[Xx]{2}|[Xx]{4}|[Xx]{2})|"
                                            "TT\\.MM\\.(?:JJJJ|JJ))(?![\\w])"),
                             options),
          Placeholder::Kind::Date, 2 });
    m_patterns.append({ QRegularExpression(QStringLiteral("_{4,}")), Placeholder::Kind::Blank, 3 });
    QStringList standIns;
    for (const QString &name : builtInStandIns() + extraStandIns) {
        const QStringList parts = name.simplified().split(u' ', Qt::SkipEmptyParts);
        if (parts.isEmpty())
            continue;
        QStringList escapedParts;
        for (const QString &part : parts)
            escapedParts.append(QRegularExpression::escape(part));
        standIns.append(escapedParts.join(QStringLiteral("[\\s\\x{00A0}]+")));
    }
    m_patterns.append(
        { QRegularExpression(QStringLiteral("(?<!\\p{L})(?:%1)(?!\\p{L})").arg(standIns.join(u'|')), options),
          Placeholder::Kind::StandIn, 4 });
}

const QStringList &PlaceholderFinder::builtInStandIns()
{
    static const QStringList names { QStringLiteral("Musterstadt"),    QStringLiteral("Musterbach"),
                                     QStringLiteral("Mustergemeinde"), QStringLiteral("Musterhausen"),
                                     QStringLiteral("Max Mustermann"), QStringLiteral("Erika Musterfrau") };
    return names;
}

QList<PlaceholderFinder::Match> PlaceholderFinder::find(const QString &text) const
{
    struct Candidate
    {
        Match match;
        int priority;
    };
    QList<Candidate> candidates;
    for (const Pattern &pattern : m_patterns) {
        for (auto it = pattern.expression.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            Match match;
            match.start = int(m.capturedStart());
            match.length = int(m.capturedLength());
            match.written = m.captured();
            match.kind = pattern.kind;
            if (pattern.priority == 0) {
                match.meaning = m_declared.value(match.written.trimmed());
                match.kind = kindOf(match.written);
            }
            match.name = match.kind == Placeholder::Kind::Blank ? match.written : nameOf(match.written);
            candidates.append({ match, pattern.priority });
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.priority != b.priority ? a.priority < b.priority : a.match.start < b.match.start;
    });
    QList<Match> taken;
    for (const Candidate &c : std::as_const(candidates)) {
        const bool overlaps = std::any_of(taken.cbegin(), taken.cend(), [&](const Match &t) {
            return c.match.start < t.start + t.length && t.start < c.match.start + c.match.length;
        });
        if (!overlaps)
            taken.append(c.match);
    }
    std::sort(taken.begin(), taken.end(), [](const Match &a, const Match &b) { return a.start < b.start; });
    return taken;
}

QString PlaceholderFinder::nameOf(const QString &written)
{
    QString inner = written.trimmed();
    static const QList<QPair<QString, QString>> pairs = { { QStringLiteral("{{"), QStringLiteral("}}") },
                                                          { QStringLiteral("["), QStringLiteral("]") },
                                                          { QStringLiteral("«"), QStringLiteral("»") },
                                                          { QStringLiteral("<"), QStringLiteral(">") } };
    for (const auto &[open, close] : pairs) {
        if (inner.size() > open.size() + close.size() && inner.startsWith(open) && inner.endsWith(close))
            return inner.mid(open.size(), inner.size() - open.size() - close.size()).simplified();
    }
    return inner.simplified();
}

Placeholder::Kind PlaceholderFinder::kindOf(const QString &written)
{
    static const QRegularExpression blank(QStringLiteral("^_{4,}$"));
    static const QRegularExpression date(
        QStringLiteral("^(?:[Xx]{2}\\.[Xx]{2}\\.[\\dXx]{2,4}|TT\\.MM\\.J{2,4})$"));
    const QString trimmed = written.trimmed();
    if (blank.match(trimmed).hasMatch())
        return Placeholder::Kind::Blank;
    if (date.match(trimmed).hasMatch())
        return Placeholder::Kind::Date;
    if (nameOf(trimmed) != trimmed)
        return Placeholder::Kind::Bracketed;
    return Placeholder::Kind::StandIn;
}

std::optional<MunicipalityProfile::Field> PlaceholderFinder::fieldForName(const QString &name)
{
    using Field = MunicipalityProfile::Field;
    const QStringList w = words(name);
    if (w.isEmpty())
        return std::nullopt;
    const QString joined = w.join(u' ');
    auto has = [&](std::initializer_list<const char *> list) {
        for (const char *word : list) {
            if (w.contains(QLatin1String(word)))
                return true;
        }
        return false;
    };
    auto contains = [&](std::initializer_list<const char *> list) {
        for (const char *stem : list) {
            if (joined.contains(QLatin1String(stem)))
                return true;
        }
        return false;
    };
    // The specific ones first: "Anschrift der Gemeinde" is the street, "Bürgermeister der Stadt" the mayor.
    if (has({ "email", "mail" }) || contains({ "e mail" }))
        return Field::Email;
    if (has({ "tel", "fon", "phone" }) || contains({ "telefon" }))
        return Field::Phone;
    if (has({ "web", "url" }) || contains({ "website", "webseite", "internet", "homepage" }))
        return Field::Website;
    if (has({ "plz", "zip" }) || contains({ "postleitzahl" }))
        return Field::PostalCode;
    if (contains({ "strasse", "anschrift", "adresse", "address", "street" }))
        return Field::Street;
    if (contains({ "burgermeister", "mayor" }))
        return Field::Mayor;
    if (contains({ "ansprechpartner", "ansprechperson", "kontaktperson", "sachbearbeiter" })
        || has({ "kontakt", "contact" }))
        return Field::ContactPerson;
    if (has({ "amt", "department" })
        || contains({ "fachbereich", "abteilung", "dienststelle", "fachdienst" }))
        return Field::Department;
    if (contains({ "landkreis" }) || has({ "kreis", "district" }))
        return Field::District;
    // A stand-in place name is the place's name as a word ("Stadt Musterstadt", "Musterbach, den …"),
    // not the municipality's full name ("Gemeinde Lahnfels"), which would read "Stadt Gemeinde Lahnfels".
    if (has({ "ort", "city", "wohnort" })
        || contains({ "musterstadt", "musterbach", "musterhausen", "mustergemeinde" }))
        return Field::City;
    if (contains({ "gemeinde", "kommune", "municipality" }) || has({ "stadt", "markt" }))
        return Field::Name;
    return std::nullopt;
}

std::optional<MunicipalityProfile::Field> PlaceholderFinder::fieldForMeaning(const QString &meaning)
{
    using Field = MunicipalityProfile::Field;
    static const QHash<QString, Field> meanings { { QStringLiteral("municipality"), Field::Name },
                                                  { QStringLiteral("name"), Field::Name },
                                                  { QStringLiteral("district"), Field::District },
                                                  { QStringLiteral("street"), Field::Street },
                                                  { QStringLiteral("address"), Field::Street },
                                                  { QStringLiteral("postalcode"), Field::PostalCode },
                                                  { QStringLiteral("postcode"), Field::PostalCode },
                                                  { QStringLiteral("zip"), Field::PostalCode },
                                                  { QStringLiteral("city"), Field::City },
                                                  { QStringLiteral("town"), Field::City },
                                                  { QStringLiteral("phone"), Field::Phone },
                                                  { QStringLiteral("telephone"), Field::Phone },
                                                  { QStringLiteral("email"), Field::Email },
                                                  { QStringLiteral("website"), Field::Website },
                                                  { QStringLiteral("web"), Field::Website },
                                                  { QStringLiteral("url"), Field::Website },
                                                  { QStringLiteral("mayor"), Field::Mayor },
                                                  { QStringLiteral("contact"), Field::ContactPerson },
                                                  { QStringLiteral("contactperson"), Field::ContactPerson },
                                                  { QStringLiteral("department"), Field::Department },
                                                  { QStringLiteral("logo"), Field::Logo } };
    QString key = meaning.trimmed().toLower();
    key.remove(u'-');
    key.remove(u'_');
    key.remove(u' ');
    const auto it = meanings.constFind(key);
    if (it != meanings.cend())
        return *it;
    return fieldForName(meaning);
}
