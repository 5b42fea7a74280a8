#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Checks and reads the file an extractor was given, with the messages all extractors share.
class SourceFile
{
    Q_DECLARE_TR_FUNCTIONS(SourceFile)

public:
    // Empty when path is a readable, non-empty regular file; otherwise the translated reason.
    static QString check(const QString &path, qint64 *size = nullptr);
    // Reads the whole file unless it is larger than maxBytes. Returns the error, empty on success.
    static QString readAll(const QString &path, qint64 maxBytes, QByteArray *data);
    // The first bytes of the file (for sniffing); empty when it cannot be read.
    static QByteArray head(const QString &path, qint64 bytes = 4096);
};
