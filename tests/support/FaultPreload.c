/* LD_PRELOAD shim for tests only: makes one directory behave as if its disk were full or read-only, without root
 * or a special filesystem. Never linked into the app or the CLI; the tests load it into a child process.
 *   VELDWERK_FAULT=enospc   writes to files under VELDWERK_FAULT_DIR fail with ENOSPC
 *   VELDWERK_FAULT=erofs    opening for writing, creating, renaming or mkdir under it fail with EROFS */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

static const char *fault(void)
{
    const char *f = getenv("VELDWERK_FAULT");
    return f ? f : "";
}

static int underDir(const char *path)
{
    const char *dir = getenv("VELDWERK_FAULT_DIR");
    if (!dir || !path)
        return 0;
    char absolute[PATH_MAX];
    if (path[0] != '/') {
        if (!getcwd(absolute, sizeof absolute))
            return 0;
        size_t n = strlen(absolute);
        snprintf(absolute + n, sizeof absolute - n, "/%s", path);
        path = absolute;
    }
    return strncmp(path, dir, strlen(dir)) == 0;
}

static int fdUnderDir(int fd)
{
    char link[64];
    char target[PATH_MAX];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, target, sizeof target - 1);
    if (n <= 0)
        return 0;
    target[n] = 0;
    return underDir(target);
}

#define REAL(fn)                                                                                                \
    static __typeof__(&fn) real = 0;                                                                           \
    if (!real)                                                                                                 \
    real = (__typeof__(&fn))dlsym(RTLD_NEXT, #fn)

static int refuseOpen(const char *path, int flags)
{
    return strcmp(fault(), "erofs") == 0 && (flags & (O_WRONLY | O_RDWR | O_CREAT)) && underDir(path);
}

int open(const char *path, int flags, ...)
{
    mode_t mode = 0;
    if (flags & (O_CREAT | O_TMPFILE)) {
        va_list ap;
        va_start(ap, flags);
        mode = va_arg(ap, mode_t);
        va_end(ap);
    }
    if (refuseOpen(path, flags)) {
        errno = EROFS;
        return -1;
    }
    REAL(open);
    return real(path, flags, mode);
}

int open64(const char *path, int flags, ...)
{
    mode_t mode = 0;
    if (flags & (O_CREAT | O_TMPFILE)) {
        va_list ap;
        va_start(ap, flags);
        mode = va_arg(ap, mode_t);
        va_end(ap);
    }
    if (refuseOpen(path, flags)) {
        errno = EROFS;
        return -1;
    }
    REAL(open64);
    return real(path, flags, mode);
}

int openat(int dirfd, const char *path, int flags, ...)
{
    mode_t mode = 0;
    if (flags & (O_CREAT | O_TMPFILE)) {
        va_list ap;
        va_start(ap, flags);
        mode = va_arg(ap, mode_t);
        va_end(ap);
    }
    if (refuseOpen(path, flags)) {
        errno = EROFS;
        return -1;
    }
    REAL(openat);
    return real(dirfd, path, flags, mode);
}

int mkdir(const char *path, mode_t mode)
{
    if (strcmp(fault(), "erofs") == 0 && underDir(path)) {
        errno = EROFS;
        return -1;
    }
    REAL(mkdir);
    return real(path, mode);
}

int rename(const char *from, const char *to)
{
    if (strcmp(fault(), "erofs") == 0 && (underDir(from) || underDir(to))) {
        errno = EROFS;
        return -1;
    }
    REAL(rename);
    return real(from, to);
}

static int full(int fd, size_t count)
{
    return count > 0 && strcmp(fault(), "enospc") == 0 && fdUnderDir(fd);
}

ssize_t write(int fd, const void *buf, size_t count)
{
    if (full(fd, count)) {
        errno = ENOSPC;
        return -1;
    }
    REAL(write);
    return real(fd, buf, count);
}

ssize_t pwrite(int fd, const void *buf, size_t count, off_t offset)
{
    if (full(fd, count)) {
        errno = ENOSPC;
        return -1;
    }
    REAL(pwrite);
    return real(fd, buf, count, offset);
}

ssize_t pwrite64(int fd, const void *buf, size_t count, off64_t offset)
{
    if (full(fd, count)) {
        errno = ENOSPC;
        return -1;
    }
    REAL(pwrite64);
    return real(fd, buf, count, offset);
}

ssize_t writev(int fd, const struct iovec *iov, int n)
{
    if (n > 0 && full(fd, iov[0].iov_len)) {
        errno = ENOSPC;
        return -1;
    }
    REAL(writev);
    return real(fd, iov, n);
}

int fallocate(int fd, int mode, off_t offset, off_t len)
{
    if (full(fd, (size_t)len)) {
        errno = ENOSPC;
        return -1;
    }
    REAL(fallocate);
    return real(fd, mode, offset, len);
}

int posix_fallocate(int fd, off_t offset, off_t len)
{
    if (full(fd, (size_t)len))
        return ENOSPC;
    REAL(posix_fallocate);
    return real(fd, offset, len);
}
