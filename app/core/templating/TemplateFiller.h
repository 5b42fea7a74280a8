#pragma once

#include "core/templating/Placeholder.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

class QIODevice;
class ZipPackage;

// What a template holds to fill in.
struct TemplateScan
{
    bool fillable = false; // DOCX or ODT that could be read; other formats are copied as they are
    QList<Placeholder> placeholders; // in reading order of their first occurrence
    // Placeholders inside field codes or field results (w:instrText, w:fldSimple, a MERGEFIELD's
    // «Name», an ODF field): listed for people, never filled (a field would overwrite the value).
    QList<Placeholder> inFields;
};

// What a fill did.
struct FillResult
{
    QList<QPair<QString, QString>> replaced; // written form → value, one entry per occurrence replaced
    QList<Placeholder> left; // placeholders not filled (no value given, or inside a field code …), with where they sit
};

// Finds the placeholders of a DOCX or ODT template (body, headers, footers, tables, text boxes,
// footnotes), also where the word processor split one over several runs, and writes a filled copy:
// each value replaces its placeholder inside the run that held the placeholder's first character,
// keeping that run's formatting; every other part of the package is copied byte for byte. The
// source is only read. Other formats get a plain copy (fillable == false).
class TemplateFiller
{
    Q_DECLARE_TR_FUNCTIONS(TemplateFiller)

public:
    // sourcePath: the stored file; fileName: its original name (the format is taken from it).
    TemplateFiller(QString sourcePath, QString fileName);

    // A value longer than this is refused (a pasted document, not a name or an address).
    static constexpr int MaxValueLength = 10000;
    // Whether a file of that name can be filled (DOCX, ODT); others are copied as they are.
    static bool isFillable(const QString &fileName);
    // Stand-in names to replace besides Musterstadt, Max Mustermann, … (the profile's extraStandInNames).
    void setExtraStandInNames(const QStringList &names) { m_extraStandIns = names; }

    // declared: the manifest's placeholders of this document (written form → meaning); they win
    // over guesses. Fails with a reason naming the file (damaged, encrypted, …).
    bool scan(const QHash<QString, QString> &declared, TemplateScan *scan, QString *error) const;

    // valuesByKey: placeholderKey → value; a placeholder without a value stays and is listed in
    // result->left. Writes targetPath through a temporary file and a rename; an existing target is
    // replaced (the caller asks first). Nothing is left behind on failure.
    bool fill(const QHash<QString, QString> &declared, const QHash<QString, QString> &valuesByKey,
              const QString &targetPath, FillResult *result, QString *error) const;

private:
    struct Analysis;
    bool analyse(const QHash<QString, QString> &declared, Analysis *analysis, QString *error) const;
    // The steps of analyse(): the package, the parts with text, the placeholders in them.
    bool openPackage(ZipPackage &package, QString *error) const;
    bool readMember(ZipPackage &package, const QString &member, Analysis *analysis, QString *error) const;
    bool listDocxParts(Analysis *analysis, QString *error) const;
    bool listOdtParts(Analysis *analysis, QString *error) const;
    bool findOccurrences(const QHash<QString, QString> &declared, Analysis *analysis, QString *error) const;
    static void collectPlaceholders(Analysis *analysis);

    // The steps of fill(): what is refused before reading, the edits, the copy written.
    bool refuses(const QHash<QString, QString> &valuesByKey, const QString &targetPath, QString *error) const;
    static void applyValues(const QHash<QString, QString> &valuesByKey, Analysis *analysis,
                            FillResult *result);
    bool writeFilled(const Analysis &analysis, const QString &targetPath, QString *error) const;
    bool copyPlain(const QString &targetPath, QString *error) const;
    bool writePackage(const Analysis &analysis, const QHash<QString, QByteArray> &edited, QIODevice *device,
                      QString *reason) const;

    QString m_source;
    QString m_fileName;
    QStringList m_extraStandIns;
};
