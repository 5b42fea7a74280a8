#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Builds zip archives for tests with libarchive's writer: OOXML/ODF fixtures, damaged and hostile
// archives. Members are written in the order they were added.
class TestZipWriter
{
public:
    enum class Compression { Deflate, Store };

    // A regular file member.
    TestZipWriter &add(const QString &name, const QByteArray &data,
                       Compression compression = Compression::Deflate);
    // A symbolic link member (a non-regular entry the reader must refuse).
    TestZipWriter &addSymlink(const QString &name, const QString &target);
    // Encrypts every member with traditional PKWARE encryption ("zipcrypt"). libarchive only
    // takes the option for a whole archive, not per member.
    TestZipWriter &setPassphrase(const QByteArray &passphrase);

    // The archive as bytes; empty (and errorString() set) when libarchive fails.
    QByteArray toByteArray();
    bool writeTo(const QString &path);
    QString errorString() const { return m_error; }

    // Rewrites the uncompressed size the local and the central directory headers declare for
    // member, leaving the data alone: a lying archive like a zip bomb. false if member is missing.
    static bool setDeclaredSize(QByteArray &zip, const QByteArray &member, quint32 size);

private:
    struct Member
    {
        QString name;
        QByteArray data;
        QString symlinkTarget;
        Compression compression = Compression::Deflate;
    };
    QList<Member> m_members;
    QByteArray m_passphrase;
    QString m_error;
};
