#include "gui/search/QueryText.h"

#include <QRegularExpression>
#include <algorithm>
#include <vector>

namespace {
// A field, a colon and a value, quoted or up to the next space.
const QRegularExpression &filterPattern()
{
    static const QRegularExpression pattern(QStringLiteral("(?<![\\S])-?[\\p{L}]+:(\"[^\"]*\"|\\S+)"));
    return pattern;
}

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[size_t(j)];
            row[size_t(j)] = std::min(
                { above + 1, row[size_t(j - 1)] + 1, diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1) });
            diagonal = above;
        }
    }
    return row.back();
}
} // namespace

QStringList QueryText::filters(const QString &query)
{
    QStringList found;
    auto it = filterPattern().globalMatch(query);
    while (it.hasNext())
        found.append(it.next().captured(0));
    return found;
}

QString QueryText::withoutFilter(const QString &query, const QString &filter)
{
    QString rest = query;
    const qsizetype at = rest.indexOf(filter, 0, Qt::CaseInsensitive);
    if (at >= 0)
        rest.remove(at, filter.size());
    return rest.simplified();
}

QString QueryText::withSuggestion(const QString &query, const QString &suggestion)
{
    // The words outside filters and quotes, with their places in the query.
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}][\\p{L}\\p{N}\\-']*"));
    QList<QPair<qsizetype, qsizetype>> skipped; // filters: their values are no spelling
    auto filter = filterPattern().globalMatch(query);
    while (filter.hasNext()) {
        const auto match = filter.next();
        skipped.append({ match.capturedStart(), match.capturedEnd() });
    }
    qsizetype bestStart = -1;
    qsizetype bestLength = 0;
    int bestDistance = 0;
    auto it = word.globalMatch(query);
    while (it.hasNext()) {
        const auto match = it.next();
        const bool inFilter = std::any_of(skipped.cbegin(), skipped.cend(), [&](const auto &range) {
            return match.capturedStart() >= range.first && match.capturedStart() < range.second;
        });
        static const QStringList operators { QStringLiteral("AND"),  QStringLiteral("OR"),
                                             QStringLiteral("NOT"),  QStringLiteral("UND"),
                                             QStringLiteral("ODER"), QStringLiteral("NICHT") };
        if (inFilter || operators.contains(match.captured(0)))
            continue;
        const int distance = editDistance(match.captured(0).toLower(), suggestion.toLower());
        if (bestStart < 0 || distance < bestDistance) {
            bestStart = match.capturedStart();
            bestLength = match.capturedLength();
            bestDistance = distance;
        }
    }
    if (bestStart < 0)
        return suggestion;
    QString result = query;
    result.replace(bestStart, bestLength, suggestion);
    return result;
}
