#pragma once

#include <QCoreApplication>
#include <QString>

// Tells whether an office file is protected by a password, from its structure alone, so that it
// is reported as such instead of being handed to a program that can only fail on it (LibreOffice
// says no more than "could not be loaded"). Knows OpenDocument files (the manifest names their
// encryption), encrypted Office Open XML files (an OLE2 container with an EncryptionInfo stream),
// and the old binary Word, Excel and PowerPoint files (the encryption flag of Word's file
// information block, Excel's FILEPASS record, PowerPoint's encrypted summary stream). Reads at most
// a few hundred KB of the file.
class PasswordProtection
{
    Q_DECLARE_TR_FUNCTIONS(PasswordProtection)

public:
    static bool isProtected(const QString &path);
    // For the user: why the file's pages or text cannot be made.
    static QString reason();
};
