#include "cli/CliCommand.h"

#include "core/library/Library.h"
#include "core/util/PrintableText.h"

#include <QJsonDocument>
#include <cstdio>

QTextStream &CliCommand::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &CliCommand::err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString CliCommand::printable(const QString &text)
{
    return PrintableText::escaped(text);
}

QString CliCommand::printableJson(const QJsonDocument &document)
{
    return PrintableText::escapedJson(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
}

bool CliCommand::catalogReadFailed(Library &library)
{
    const QString error = library.catalog().lastError();
    if (error.isEmpty())
        return false;
    err() << tr("Cannot read the catalog: %1").arg(printable(error)) << '\n';
    return true;
}

void CliCommand::printRestoreHint(const QString &libraryDir)
{
    const int backups = int(Library::backups(libraryDir).size());
    err() << tr("%n backup(s) of the catalog: 'srtoolbox-cli restore-backup' lists them, "
                "'srtoolbox-cli restore-backup 1' restores the newest.",
                nullptr, backups)
          << '\n';
}
