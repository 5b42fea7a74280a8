#pragma once

#include "core/templating/Placeholder.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

// Finds placeholders in a paragraph's text: the forms templates use ([Name], {{Name}}, «Name»,
// <Name>, runs of four or more underscores, dates like XX.XX.20XX or TT.MM.JJJJ, stand-in names
// such as Musterstadt or Max Mustermann) and the written forms a manifest declares, which win over
// the guesses where both would match. Also says which profile field a name or a declared meaning
// stands for.
class PlaceholderFinder
{
public:
    struct Match
    {
        int start = 0;
        int length = 0;
        Placeholder::Kind kind = Placeholder::Kind::Bracketed;
        QString name; // without brackets
        QString written; // as in the text
        QString meaning; // declared, else empty
    };

    // declared: written form → meaning; extraStandIns: names to replace like Musterstadt.
    explicit PlaceholderFinder(const QHash<QString, QString> &declared = {},
                               const QStringList &extraStandIns = {});

    // The placeholders of text, in order, not overlapping.
    QList<Match> find(const QString &text) const;

    static const QStringList &builtInStandIns();
    // The field a placeholder's name stands for ("Bürgermeisterin" → Mayor), if any.
    static std::optional<MunicipalityProfile::Field> fieldForName(const QString &name);
    // The field of a declared meaning ("municipality", "mayor", a profile key, or a German name).
    static std::optional<MunicipalityProfile::Field> fieldForMeaning(const QString &meaning);
    // The name inside a written form, without its brackets ("[Gemeinde]" → "Gemeinde").
    static QString nameOf(const QString &written);
    static Placeholder::Kind kindOf(const QString &written);

private:
    struct Pattern
    {
        QRegularExpression expression;
        Placeholder::Kind kind;
        int priority; // lower wins where matches overlap
    };
    QList<Pattern> m_patterns;
    QHash<QString, QString> m_declared; // written form → meaning
};
