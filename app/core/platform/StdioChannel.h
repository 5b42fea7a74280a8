#pragma once

#include <QByteArray>

// This process's standard input and output taken over as the byte channel of a protocol (the
// extraction worker's frames). Taking them moves the channel off descriptors 0 and 1: standard
// input then reads an empty device and standard output goes to standard error, so that a library
// printing to stdout (or reading stdin) cannot corrupt the frames. POSIX now (fcntl, dup2, read,
// write); a Windows port does the same with the standard handles.
class StdioChannel
{
public:
    enum class Read { Data, End, Error };

    StdioChannel() = default;
    ~StdioChannel();
    StdioChannel(const StdioChannel &) = delete;
    StdioChannel &operator=(const StdioChannel &) = delete;

    // Takes standard input and output over; false when either is not open.
    bool take();
    // Appends what arrives next (at most 64 KiB) to buffer, waiting for it. End: the other side
    // closed its end.
    Read read(QByteArray *buffer);
    // Writes all of bytes; false when the other side is gone.
    bool write(const QByteArray &bytes);

private:
    int m_in = -1;
    int m_out = -1;
};
