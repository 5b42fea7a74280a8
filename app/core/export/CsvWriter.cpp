#include "core/export/CsvWriter.h"

#include "core/export/ExportTarget.h"
#include "core/export/Exporter.h"
#include "core/export/OutputFile.h"
#include "core/util/PrintableText.h"

#include <QDir>
#include <QFileInfo>
#include <optional>

using ExportTarget::native;

namespace {
QString csvField(QString value, bool text)
{
    // Control characters from the catalog would act in the spreadsheet or the terminal showing it.
    if (text)
        value = PrintableText::escaped(value);
    // A spreadsheet runs text starting with = + - @ as a formula ("CSV injection"): not ours.
    if (text && !value.isEmpty()
        && (value.front() == QLatin1Char('=') || value.front() == QLatin1Char('+')
            || value.front() == QLatin1Char('-') || value.front() == QLatin1Char('@')
            || value.front() == QLatin1Char('\t') || value.front() == QLatin1Char('\r')))
        value.prepend(QLatin1Char('\''));
    if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))) {
        value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}
} // namespace

QStringList CsvWriter::header()
{
    // German whatever the program's language: the list is meant for German spreadsheets.
    return { QStringLiteral("Titel"),       QStringLiteral("Datei"),        QStringLiteral("Kategorie"),
             QStringLiteral("Dokumenttyp"), QStringLiteral("Schlagwörter"), QStringLiteral("Kommune"),
             QStringLiteral("Jahr"),        QStringLiteral("Lizenz"),       QStringLiteral("Format"),
             QStringLiteral("Seiten"),      QStringLiteral("SHA-256") };
}

QByteArray CsvWriter::csv(const QList<DocumentRecord> &documents, const QStringList &files)
{
    const QString lineEnd = QStringLiteral("\r\n");
    QString text = header().join(QLatin1Char(';')) + lineEnd;
    for (int i = 0; i < documents.size(); ++i) {
        const DocumentRecord &d = documents.at(i);
        const QString file = i < files.size() ? files.at(i) : d.filename;
        const QStringList fields { csvField(d.title, true),
                                   csvField(file, true),
                                   csvField(d.category, true),
                                   csvField(d.type, true),
                                   csvField(d.tags.join(QStringLiteral(", ")), true),
                                   csvField(d.municipality, true),
                                   d.year > 0 ? QString::number(d.year) : QString(),
                                   csvField(d.license, true),
                                   csvField(d.format, true),
                                   d.pages > 0 ? QString::number(d.pages) : QString(),
                                   csvField(d.sha256, false) };
        text += fields.join(QLatin1Char(';')) + lineEnd;
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

bool CsvWriter::write(const QList<DocumentRecord> &documents, const QString &path, QString *error,
                      bool overwrite)
{
    QString message;
    const QString target = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList created;
    std::optional<OutputFile> out;
    auto failed = [&] {
        out.reset(); // the unfinished file first: the folder made for it is removed only when empty
        ExportTarget::removeFolders(created);
        if (error)
            *error = message;
        return false;
    };
    if (QFileInfo(target).isDir()) {
        message = Exporter::tr("%1 is a folder; name the file to write.").arg(native(target));
        return failed();
    }
    const DirHandle folder = ExportTarget::openFolderOf(target, &created, &message);
    if (!folder.isValid())
        return failed();
    out.emplace(folder);
    if (!out->open(&message))
        return failed();
    const QByteArray data = csv(documents);
    if (!out->write(data.constData(), data.size())) {
        message = Exporter::tr("Cannot write %1: %2").arg(native(target), out->errorString());
        return failed();
    }
    QString aside;
    bool exists = false;
    if (!out->finish(target, &message)
        || !out->commit(QFileInfo(target).fileName(), overwrite, &aside, &exists, &message)) {
        if (exists)
            message = Exporter::tr("%1 exists already and was left alone.").arg(native(target));
        return failed();
    }
    if (!aside.isEmpty())
        folder.remove(aside);
    return true;
}
