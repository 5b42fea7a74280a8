#include "core/import/ImportReport.h"

#include <algorithm>

ImportReport::Pack ImportReport::totals() const
{
    Pack t;
    for (const Pack &p : packs) {
        t.added += p.added;
        t.duplicates += p.duplicates;
        t.updated += p.updated;
        t.warnings += p.warnings;
        t.rejected += p.rejected;
        t.noLongerInPack += p.noLongerInPack;
    }
    return t;
}

bool ImportReport::failed() const
{
    for (const Pack &p : packs) {
        if (!p.error.isEmpty())
            return true;
    }
    return false;
}

QString ImportReport::statusName(Status status)
{
    switch (status) {
    case Status::Added:
        return tr("added");
    case Status::Duplicate:
        return tr("duplicate");
    case Status::Updated:
        return tr("updated");
    case Status::Warning:
        return tr("warning");
    case Status::Rejected:
        return tr("rejected");
    case Status::NoLongerInPack:
        return tr("no longer in the pack");
    case Status::ManifestProblem:
        return tr("manifest");
    }
    return {};
}

QStringList ImportReport::problemLines() const
{
    QStringList lines;
    for (const Entry &e : entries) {
        if (e.status == Status::Added || e.status == Status::Duplicate || e.status == Status::Updated)
            continue;
        lines.append(tr("%1: %2: %3").arg(e.path, statusName(e.status), e.message));
    }
    for (const Pack &p : packs) {
        if (!p.error.isEmpty())
            lines.append(tr("%1: import failed: %2").arg(p.source, p.error));
    }
    if (!backupError.isEmpty())
        lines.append(tr("The catalog could not be backed up: %1").arg(backupError));
    return lines;
}

QString ImportReport::summaryLine() const
{
    const Pack t = totals();
    QString line = tr("%n pack(s): added %1, duplicates %2, updated %3, warnings %4, rejected %5", nullptr, int(packs.size()))
                       .arg(t.added)
                       .arg(t.duplicates)
                       .arg(t.updated)
                       .arg(t.warnings)
                       .arg(t.rejected);
    if (t.noLongerInPack > 0)
        line += tr(", no longer in the pack %1").arg(t.noLongerInPack);
    const auto failedPacks
        = std::count_if(packs.cbegin(), packs.cend(), [](const Pack &p) { return !p.error.isEmpty(); });
    if (failedPacks > 0)
        line += tr(" (%n pack(s) failed: nothing of them was kept)", nullptr, int(failedPacks));
    if (cancelled)
        line += tr(" (cancelled: nothing of the unfinished pack was kept)");
    if (dryRun)
        line += tr(" (dry run: the library was not changed)");
    return line;
}
