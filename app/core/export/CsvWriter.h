#pragma once

#include "core/library/CatalogRecords.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// The documents' metadata as a CSV list for German spreadsheets; Exporter::csv() describes the format.
class CsvWriter
{
public:
    static QStringList header();
    static QByteArray csv(const QList<DocumentRecord> &documents, const QStringList &files = {});
    // Writes csv() to path through a temporary file; never replaces an existing file unless
    // overwrite is set.
    static bool write(const QList<DocumentRecord> &documents, const QString &path, QString *error,
                      bool overwrite);
};
