#include "CliCommand.h"

#include "library/Library.h"

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

void CliCommand::printRestoreHint(const QString &libraryDir)
{
    const int backups = int(Library::backups(libraryDir).size());
    err() << tr("%n backup(s) of the catalog: 'srtoolbox-cli restore-backup' lists them, "
                "'srtoolbox-cli restore-backup 1' restores the newest.",
                nullptr, backups)
          << '\n';
}
