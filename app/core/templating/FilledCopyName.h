#pragma once

#include <QString>

// The file name proposed for a filled copy of a template: the title without its "Muster-" or
// "Vorlage" prefix, then the municipality's name, with the template's extension, made safe for
// every file system ("Muster-Datennutzungsvereinbarung", "Gemeinde Lahnfels", "x.docx" →
// "Datennutzungsvereinbarung Gemeinde Lahnfels.docx").
class FilledCopyName
{
public:
    static QString propose(const QString &title, const QString &fileName, const QString &municipality);
};
