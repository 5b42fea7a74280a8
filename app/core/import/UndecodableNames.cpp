#include "core/import/UndecodableNames.h"

#include <QFile>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>

namespace {
// Appends every entry below the open folder fd; `bad` when a folder above is already undecodable.
void walk(int fd, const QByteArray &prefix, bool bad, int depthLeft, QList<QByteArray> *out)
{
    DIR *dir = ::fdopendir(fd);
    if (!dir) {
        ::close(fd);
        return;
    }
    QList<QByteArray> names;
    while (const dirent *e = ::readdir(dir)) {
        const QByteArray name(e->d_name);
        if (name != "." && name != "..")
            names.append(name);
    }
    std::sort(names.begin(), names.end());
    for (const QByteArray &name : std::as_const(names)) {
        const QByteArray path = prefix + name;
        const bool badHere = bad || !UndecodableNames::isValidUtf8(name);
        struct stat st = {};
        if (::fstatat(::dirfd(dir), name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            if (depthLeft <= 0)
                continue;
            const int child
                = ::openat(::dirfd(dir), name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (child >= 0)
                walk(child, path + '/', badHere, depthLeft - 1, out);
        } else if (badHere) {
            out->append(path);
        }
    }
    ::closedir(dir);
}

int sequenceLength(uchar lead)
{
    if (lead < 0x80)
        return 1;
    if ((lead & 0xE0) == 0xC0)
        return 2;
    if ((lead & 0xF0) == 0xE0)
        return 3;
    if ((lead & 0xF8) == 0xF0)
        return 4;
    return 0;
}
} // namespace

QList<QByteArray> UndecodableNames::find(const QString &folder, int maxDepth)
{
    QList<QByteArray> result;
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0)
        walk(fd, QByteArray(), false, maxDepth, &result);
    return result;
}

bool UndecodableNames::isValidUtf8(const QByteArray &bytes)
{
    // Invalid bytes decode to U+FFFD, which does not encode back to them.
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

QString UndecodableNames::display(const QByteArray &bytes)
{
    QString text;
    qsizetype i = 0;
    while (i < bytes.size()) {
        const auto lead = uchar(bytes.at(i));
        const int length = sequenceLength(lead);
        if (length > 0 && lead >= 0x20 && lead != 0x7F && i + length <= bytes.size()) {
            const QByteArray sequence = bytes.mid(i, length);
            if (isValidUtf8(sequence)) {
                text += QString::fromUtf8(sequence);
                i += length;
                continue;
            }
        }
        text += QString::asprintf("\\x%02X", lead);
        ++i;
    }
    return text;
}
