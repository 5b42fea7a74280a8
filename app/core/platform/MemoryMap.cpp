#include "core/platform/MemoryMap.h"

#include <sys/mman.h>

void *MemoryMap::mapForRandomAccess(void *address, size_t length, int protection, int flags, int fd, off_t offset)
{
    void *mapped = ::mmap(address, length, protection, flags, fd, offset);
    if (mapped != MAP_FAILED)
        ::madvise(mapped, length, MADV_RANDOM); // advice only: nothing to do when refused
    return mapped;
}
