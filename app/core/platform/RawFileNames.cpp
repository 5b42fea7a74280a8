#include "core/platform/RawFileNames.h"

#include <QFile>
#include <algorithm>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
using IsBad = std::function<bool(const QByteArray &)>;

// Appends every entry below the open folder fd; `bad` when a folder above is already bad.
void walk(int fd, const QByteArray &prefix, bool bad, int depthLeft, const IsBad &isBad,
          QList<QByteArray> *out)
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
        const bool badHere = bad || isBad(name);
        struct stat st = {};
        if (::fstatat(::dirfd(dir), name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            if (depthLeft <= 0)
                continue;
            const int child
                = ::openat(::dirfd(dir), name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (child >= 0)
                walk(child, path + '/', badHere, depthLeft - 1, isBad, out);
        } else if (badHere) {
            out->append(path);
        }
    }
    ::closedir(dir);
}
} // namespace

QList<QByteArray> RawFileNames::find(const QString &folder, int maxDepth, const IsBad &isBad)
{
    QList<QByteArray> result;
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0)
        walk(fd, QByteArray(), false, maxDepth, isBad, &result);
    return result;
}
