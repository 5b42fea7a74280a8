#include "FuzzSupport.h"

#include <QDir>
#include <QFile>

#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace FuzzSupport {

QString inputPath(const char *suffix)
{
    // One file per process: libFuzzer runs inputs one after the other, jobs in separate processes.
    static const QString dir = [] {
        const QString path = QDir::tempPath() + QStringLiteral("/srt-fuzz-%1").arg(::getpid());
        QDir().mkpath(path);
        std::atexit([] { QDir(QDir::tempPath() + QStringLiteral("/srt-fuzz-%1").arg(::getpid())).removeRecursively(); });
        return path;
    }();
    return dir + QStringLiteral("/input") + QLatin1String(suffix);
}

QString writeInput(const uint8_t *data, size_t size, const char *suffix)
{
    const QString path = inputPath(suffix);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes(data, size)) != qint64(size))
        fail("cannot write the fuzz input", path);
    return path;
}

void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "FUZZ ORACLE FAILED: %s %s\n", what, detail.toUtf8().constData());
    std::abort();
}

} // namespace FuzzSupport
