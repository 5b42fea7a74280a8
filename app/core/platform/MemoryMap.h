#pragma once

#include <cstddef>
#include <sys/types.h>

// Memory maps that read only what is asked for. SQLite's unix VFS lets a program replace the mmap()
// it calls (xSetSystemCall); this one has mmap()'s signature, maps as mmap() does and then advises
// the kernel that access is random (MADV_RANDOM), so a page fault reads that page and not megabytes
// of read-ahead around it (a one-shot search otherwise read the whole catalog from a cold disk).
namespace MemoryMap {
void *mapForRandomAccess(void *address, size_t length, int protection, int flags, int fd, off_t offset);
} // namespace MemoryMap
