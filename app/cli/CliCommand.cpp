#include "CliCommand.h"

#include "util/PrintableText.h"

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
