#pragma once

#include "core/templating/MunicipalityProfile.h"

#include <QString>
#include <QStringList>
#include <optional>

// The key placeholders are matched and remembered by: the name without its brackets, folded for
// case and umlauts ("[Gemeinde]", "{{GEMEINDE}}", "«gemeinde»" → "gemeinde"; "Bürgermeister" and
// "Buergermeister" → "burgermeister"). `srtoolbox-cli use-template --set NAME=VALUE` uses it too.
QString placeholderKey(const QString &name);

// One placeholder of a template, with every place it occurs.
struct Placeholder
{
    enum class Kind {
        Bracketed, // [Gemeinde], {{Gemeinde}}, «Gemeinde», <Gemeinde>
        Blank, // a run of underscores: ______
        Date, // XX.XX.20XX, TT.MM.JJJJ
        StandIn, // Musterstadt, Max Mustermann, …
    };
    QString key; // placeholderKey(name); blanks are numbered in reading order ("_1", "_2")
    QString name; // as written without brackets: "Gemeinde", "XX.XX.20XX", "Musterstadt"
    QString written; // as written the first time: "[Gemeinde]"
    Kind kind = Kind::Bracketed;
    QString meaning; // declared by the pack's manifest ("municipality"), else empty
    std::optional<MunicipalityProfile::Field> field; // what the name or the meaning says it stands for
    int occurrences = 0;
    QStringList contexts; // the sentence around each occurrence, plain text (the first few)
    QStringList locations; // where it sits, for people: "Text", "Kopfzeile", "Fußzeile", "Tabelle", …
    QString reason; // in FillResult::left: why it was not filled ("no value given", "inside a field code")

    // The value to propose: the one remembered for this key, else the profile's field, else empty.
    QString proposedValue(const MunicipalityProfile &profile) const;
};
