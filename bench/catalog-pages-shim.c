// LD_PRELOAD shim for bench/oneshot-search-bench.sh: how many pages of the memory-mapped catalog a
// process touched, and its private memory, measured just before SQLite unmaps the catalog (after
// that the mapping and its resident pages are gone, so /proc at exit would show nothing).
// Writes one line to the file named by SRT_PAGES_OUT (appending):
//   catalog_rss_kb=N rss_anon_kb=N vm_hwm_kb=N read_bytes=N rchar=N catalog_read_kb=N
// catalog_rss_kb: the largest resident size of any mapping of a file named catalog.db seen at an
// munmap or at exit; catalog_read_kb: the bytes read from it with pread() (SQLite's reads of the
// pages it does not map, e.g. after PRAGMA mmap_size=0); rss_anon_kb: the largest private
// (anonymous) resident memory seen then;
// read_bytes: /proc/self/io's bytes read from storage (page cache misses of this process); rchar:
// the bytes of all read() calls (the catalog's pages when it is not memory-mapped).
// For finding out which tables the pages belong to (not used by the bench script):
//   SRT_PAGES_LIST=FILE  also writes the numbers (0-based, 4 KB) of the catalog's resident pages
//   SRT_MADV_RANDOM=1    madvise(MADV_RANDOM) on the catalog mapping (this kernel still faults
//                        around: maps up to 16 neighbouring cached pages with every page touched)
//   SRT_NO_MMAP=1        the catalog is not memory-mapped (SQLite falls back to read()); rchar then
//                        counts the bytes read
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sys/mman.h>
#include <sys/types.h>
#include <unistd.h>

static long maxCatalogKb, maxAnonKb, hwmKb, readBytes, readChars, catalogReadBytes;
static int catalogFds[16]; // fd + 1 of each open catalog.db, 0 for a free slot

static long statusField(const char *name)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long value = 0;
    size_t n = strlen(name);
    if (!f)
        return 0;
    while (fgets(line, sizeof line, f)) {
        if (strncmp(line, name, n) == 0 && line[n] == ':') {
            value = atol(line + n + 1);
            break;
        }
    }
    fclose(f);
    return value;
}

static void sample(void)
{
    FILE *f = fopen("/proc/self/smaps", "r");
    char line[4096];
    int inCatalog = 0;
    if (f) {
        while (fgets(line, sizeof line, f)) {
            // A mapping's header: "start-end perms offset dev inode path"
            if (strchr(line, '-') && strchr(line, ' ') && line[0] != ' ' && strchr(line, ':') > strchr(line, ' ')) {
                inCatalog = strstr(line, "catalog.db") != NULL && strstr(line, "catalog.db-") == NULL;
                continue;
            }
            if (inCatalog && strncmp(line, "Rss:", 4) == 0) {
                long kb = atol(line + 4);
                if (kb > maxCatalogKb)
                    maxCatalogKb = kb;
            }
        }
        fclose(f);
    }
    long anon = statusField("RssAnon");
    if (anon > maxAnonKb)
        maxAnonKb = anon;
    long hwm = statusField("VmHWM");
    if (hwm > hwmKb)
        hwmKb = hwm;
    f = fopen("/proc/self/io", "r");
    if (f) {
        while (fgets(line, sizeof line, f)) {
            if (strncmp(line, "read_bytes:", 11) == 0)
                readBytes = atol(line + 11);
            if (strncmp(line, "rchar:", 6) == 0)
                readChars = atol(line + 6);
        }
        fclose(f);
    }
}

static int isCatalog(int fd)
{
    char link[64], target[4096];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, target, sizeof target - 1);
    if (n <= 0)
        return 0;
    target[n] = 0;
    n -= (ssize_t)strlen("catalog.db");
    return n >= 0 && strcmp(target + n, "catalog.db") == 0;
}

static int isCatalogFd(int fd)
{
    for (int i = 0; i < 16; ++i) {
        if (catalogFds[i] == fd + 1)
            return 1;
    }
    return 0;
}

// SQLite opens the catalog with open() and reads it with pread64() (or pread()): the catalog's fds
// are noted at opening, so that a read costs no look-up of its file.
static void noteOpen(int fd)
{
    if (fd < 0 || !isCatalog(fd))
        return;
    for (int i = 0; i < 16; ++i) {
        if (!catalogFds[i]) {
            catalogFds[i] = fd + 1;
            return;
        }
    }
}

int open64(const char *path, int flags, ...)
{
    static int (*real)(const char *, int, ...);
    if (!real)
        real = (int (*)(const char *, int, ...))dlsym(RTLD_NEXT, "open64");
    va_list args;
    va_start(args, flags);
    const mode_t mode = (flags & O_CREAT) ? va_arg(args, mode_t) : 0;
    va_end(args);
    const int fd = real(path, flags, mode);
    noteOpen(fd);
    return fd;
}

int open(const char *path, int flags, ...)
{
    static int (*real)(const char *, int, ...);
    if (!real)
        real = (int (*)(const char *, int, ...))dlsym(RTLD_NEXT, "open");
    va_list args;
    va_start(args, flags);
    const mode_t mode = (flags & O_CREAT) ? va_arg(args, mode_t) : 0;
    va_end(args);
    const int fd = real(path, flags, mode);
    noteOpen(fd);
    return fd;
}

int close(int fd)
{
    static int (*real)(int);
    if (!real)
        real = (int (*)(int))dlsym(RTLD_NEXT, "close");
    for (int i = 0; i < 16; ++i) {
        if (catalogFds[i] == fd + 1)
            catalogFds[i] = 0;
    }
    return real(fd);
}

ssize_t pread64(int fd, void *buf, size_t count, off_t offset)
{
    static ssize_t (*real)(int, void *, size_t, off_t);
    if (!real)
        real = (ssize_t(*)(int, void *, size_t, off_t))dlsym(RTLD_NEXT, "pread64");
    const ssize_t n = real(fd, buf, count, offset);
    if (n > 0 && isCatalogFd(fd))
        catalogReadBytes += n;
    return n;
}

ssize_t pread(int fd, void *buf, size_t count, off_t offset)
{
    return pread64(fd, buf, count, offset);
}

struct Mapping
{
    void *addr;
    size_t length;
    off_t offset;
};
static struct Mapping catalogMaps[16];

// SQLite calls mmap64 (the same function as mmap on 64-bit systems).
void *mmap64(void *addr, size_t length, int prot, int flags, int fd, off_t offset)
{
    static void *(*real)(void *, size_t, int, int, int, off_t);
    if (!real)
        real = (void *(*)(void *, size_t, int, int, int, off_t))dlsym(RTLD_NEXT, "mmap64");
    if (fd >= 0 && isCatalog(fd)) {
        const char *off = getenv("SRT_NO_MMAP");
        if (off && *off == '1')
            return MAP_FAILED; // SQLite then reads the catalog with read() into its page cache
    }
    void *p = real(addr, length, prot, flags, fd, offset);
    if (p != MAP_FAILED && fd >= 0 && isCatalog(fd)) {
        const char *random = getenv("SRT_MADV_RANDOM");
        if (random && *random == '1')
            madvise(p, length, MADV_RANDOM);
        for (int i = 0; i < 16; ++i) {
            if (!catalogMaps[i].addr) {
                catalogMaps[i] = (struct Mapping){p, length, offset};
                break;
            }
        }
    }
    return p;
}

// SQLite may call mmap (the same function on 64-bit systems, under its other name).
void *mmap(void *addr, size_t length, int prot, int flags, int fd, off_t offset)
{
    return mmap64(addr, length, prot, flags, fd, offset);
}

// The resident pages of a catalog mapping, from /proc/self/pagemap (bit 63: present).
static void listPages(void *addr, size_t length)
{
    const char *out = getenv("SRT_PAGES_LIST");
    if (!out)
        return;
    for (int i = 0; i < 16; ++i) {
        if (catalogMaps[i].addr != addr)
            continue;
        FILE *map = fopen("/proc/self/pagemap", "rb");
        FILE *f = fopen(out, "a");
        if (map && f) {
            const size_t pages = length / 4096;
            uint64_t entry;
            for (size_t p = 0; p < pages; ++p) {
                if (fseeko(map, (off_t)(((uintptr_t)addr / 4096 + p) * 8), SEEK_SET) != 0 || fread(&entry, 8, 1, map) != 1)
                    break;
                if (entry >> 63)
                    fprintf(f, "%zu\n", (size_t)(catalogMaps[i].offset / 4096) + p);
            }
        }
        if (map)
            fclose(map);
        if (f)
            fclose(f);
        catalogMaps[i].addr = NULL;
    }
}

int munmap(void *addr, size_t length)
{
    static int (*real)(void *, size_t);
    if (!real)
        real = (int (*)(void *, size_t))dlsym(RTLD_NEXT, "munmap");
    if (length >= (size_t)1 << 20)
        sample();
    listPages(addr, length);
    return real(addr, length);
}

__attribute__((destructor)) static void report(void)
{
    sample();
    for (int i = 0; i < 16; ++i) {
        if (catalogMaps[i].addr) // still mapped at exit
            listPages(catalogMaps[i].addr, catalogMaps[i].length);
    }
    const char *out = getenv("SRT_PAGES_OUT");
    FILE *f = out ? fopen(out, "a") : NULL;
    if (!f)
        return;
    fprintf(f, "catalog_rss_kb=%ld rss_anon_kb=%ld vm_hwm_kb=%ld read_bytes=%ld rchar=%ld catalog_read_kb=%ld\n",
            maxCatalogKb, maxAnonKb, hwmKb, readBytes, readChars, catalogReadBytes / 1024);
    fclose(f);
}
