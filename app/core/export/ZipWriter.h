#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

struct archive;
class QIODevice;

// Writes a zip archive member by member into a device (for the exporter: a temporary file that is
// renamed into place when complete) with libarchive. Names are stored as UTF-8 with the zip's UTF-8
// flag, so umlauts survive in Windows Explorer, macOS and unzip alike; members larger than 4 GB get
// zip64 records.
class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(ZipWriter)

public:
    enum class Compression { Deflate, Store };

    explicit ZipWriter(QIODevice *device);
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    bool open();
    // Starts a regular file member; its data follows with write(), then finishFile().
    bool beginFile(const QString &name, qint64 size, const QDateTime &modified, Compression compression);
    bool write(const char *data, qint64 size);
    bool finishFile();
    // A whole member at once.
    bool addFile(const QString &name, const QByteArray &data, const QDateTime &modified,
                 Compression compression = Compression::Deflate);
    // Writes the central directory. The device is left open.
    bool close();

    QString errorString() const { return m_error; }

    // Store for formats that are compressed already (office zips, images, archives), deflate else.
    static Compression compressionFor(const QString &fileName);

private:
    bool fail(const QString &what);

    QIODevice *m_device;
    archive *m_archive = nullptr;
    QString m_error;
    bool m_open = false;
};
