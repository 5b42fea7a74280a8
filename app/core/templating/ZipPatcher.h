#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

class QIODevice;

// Writes a copy of a zip package (DOCX, ODT) in which some members have new contents, every other
// member copied as it is stored: its local header, compressed data and central directory record
// byte for byte, only the offsets moved. So the copy keeps what a re-compression would change (the
// ODF mimetype member first, uncompressed and without extra fields, time stamps, compression).
// Replaced members are deflated anew with the original's name, time and attributes.
//
// Reads the zip's own structures: packages it cannot follow (zip64, split archives, data before
// the first member, encrypted members) are refused, so that the caller can fall back to writing
// the package anew.
class ZipPatcher
{
    Q_DECLARE_TR_FUNCTIONS(ZipPatcher)

public:
    // source: the whole zip file's bytes.
    explicit ZipPatcher(QByteArray source);

    // Parses the central directory; false with errorString() when the layout is not one this class copies.
    bool open();
    // Writes the copy with replacements (member name → new contents) to device.
    bool write(const QHash<QString, QByteArray> &replacements, QIODevice *device);

    QString errorString() const { return m_error; }

    static quint32 crc32(const QByteArray &data);

private:
    struct Member
    {
        QString name;
        qsizetype centralStart = 0; // its central directory record in m_source
        qsizetype centralSize = 0;
        qsizetype localStart = 0; // local header, data and data descriptor: [localStart, localEnd)
        qsizetype localEnd = 0;
    };
    struct Stored; // a replacement's new contents as the copy stores them (ZipPatcher.cpp)

    bool fail(const QString &reason);
    // The local header and the central record of member m, replaced by stored.
    QByteArray localHeader(const Member &m, const Stored &stored) const;
    QByteArray centralRecord(const Member &m, const Stored &stored) const;

    QByteArray m_source;
    QList<Member> m_members;
    QByteArray m_comment;
    QString m_error;
};
