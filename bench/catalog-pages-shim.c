// LD_PRELOAD shim for bench/oneshot-search-bench.sh: how many pages of the memory-mapped catalog a
// process touched, and its private memory, measured just before SQLite unmaps the catalog (after
// that the mapping and its resident pages are gone, so /proc at exit would show nothing).
// Writes one line to the file named by SRT_PAGES_OUT (appending):
//   catalog_rss_kb=N rss_anon_kb=N vm_hwm_kb=N read_bytes=N rchar=N
// catalog_rss_kb: the largest resident size of any mapping of a file named catalog.db seen at an
// munmap or at exit; rss_anon_kb: the largest private (anonymous) resident memory seen then;
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
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sys/mman.h>
#include <sys/types.h>
#include <unistd.h>

static long maxCatalogKb, maxAnonKb, hwmKb, readBytes, readChars;

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
    const char *out = getenv("SRT_PAGES_OUT");
    FILE *f = out ? fopen(out, "a") : NULL;
    if (!f)
        return;
    fprintf(f, "catalog_rss_kb=%ld rss_anon_kb=%ld vm_hwm_kb=%ld read_bytes=%ld rchar=%ld\n", maxCatalogKb, maxAnonKb,
            hwmKb, readBytes, readChars);
    fclose(f);
}
