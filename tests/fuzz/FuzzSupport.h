#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// Shared by the libFuzzer targets and the corpus replay driver.
namespace FuzzSupport {
// Writes the input to a file of this process (created once, overwritten on every call) and returns
// its path: for the APIs that read from a path (ArchiveReader, the zip-based extractors).
QString writeInput(const uint8_t *data, size_t size, const char *suffix);
// The path writeInput() uses, for targets that write the file themselves.
QString inputPath(const char *suffix);
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}
// Aborts with the message: an oracle that failed is a finding like a crash.
[[noreturn]] void fail(const char *what, const QString &detail = QString());
} // namespace FuzzSupport
