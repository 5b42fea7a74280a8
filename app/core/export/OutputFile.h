#pragma once

#include <QFile>
#include <QString>

class DirHandle;
class QIODevice;

// A file written under a temporary name in its target folder and renamed into place when complete,
// so that no half-written file ever carries the target's name. Dropped unless committed. Created,
// renamed and removed relative to the folder without following links: nothing lands outside it.
class OutputFile
{
public:
    explicit OutputFile(const DirHandle &folder);
    ~OutputFile();
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    bool open(QString *error);
    QIODevice *device() { return &m_file; }
    bool write(const char *data, qint64 size);
    // After a partial write (a full disk) QFile has no message of its own; errno has the reason.
    QString errorString() const;

    // Flushes the data to the disk (a full disk shows here at the latest).
    bool finish(const QString &target, QString *error);

    // Renames the file to name. An existing file is never touched without replace: false with
    // *exists set. With replace, an existing file is moved aside to *aside (hidden, same folder)
    // first; the caller removes it when the export succeeds, or puts it back. A link in the way is
    // refused, with or without replace.
    bool commit(const QString &name, bool replace, QString *aside, bool *exists, QString *error);

private:
    const DirHandle &m_folder;
    QFile m_file;
    QString m_name;
    bool m_committed = false;
    int m_errno = 0;
};
