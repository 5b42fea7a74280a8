#include "core/platform/StdioChannel.h"

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

StdioChannel::~StdioChannel()
{
    if (m_in >= 0)
        ::close(m_in);
    if (m_out >= 0)
        ::close(m_out);
}

bool StdioChannel::take()
{
    m_in = ::fcntl(STDIN_FILENO, F_DUPFD_CLOEXEC, 3);
    m_out = ::fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
    if (m_in < 0 || m_out < 0)
        return false;
    const int devNull = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (devNull >= 0) {
        ::dup2(devNull, STDIN_FILENO);
        ::close(devNull);
    }
    ::dup2(STDERR_FILENO, STDOUT_FILENO);
    return true;
}

StdioChannel::Read StdioChannel::read(QByteArray *buffer)
{
    char chunk[64 * 1024];
    for (;;) {
        const ssize_t n = ::read(m_in, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return Read::Error;
        if (n == 0)
            return Read::End;
        buffer->append(chunk, n);
        return Read::Data;
    }
}

bool StdioChannel::write(const QByteArray &bytes)
{
    const char *p = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(m_out, p, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        p += n;
        left -= n;
    }
    return true;
}
