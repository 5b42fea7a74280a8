#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// Writes small PDF files for tests by hand: one text line per entry, Helvetica with
// WinAnsiEncoding (so German umlauts go through the Windows-1252 mapping), an Info dictionary,
// and optionally the standard security handler (RC4, 40 bit, revision 2) with passwords.
class TestPdfWriter
{
public:
    TestPdfWriter &addPage(const QStringList &lines);
    // key: "Title", "Author", "Subject", ...; stored as UTF-16BE text strings.
    TestPdfWriter &setInfo(const QString &key, const QString &value);
    // A non-empty user password locks the file; with only an owner password it opens freely but
    // its strings and streams are still encrypted.
    TestPdfWriter &setPasswords(const QByteArray &userPassword, const QByteArray &ownerPassword);

    QByteArray toByteArray() const;
    bool writeTo(const QString &path) const;

private:
    QList<QStringList> m_pages;
    QMap<QString, QString> m_info;
    bool m_encrypted = false;
    QByteArray m_userPassword;
    QByteArray m_ownerPassword;
};
