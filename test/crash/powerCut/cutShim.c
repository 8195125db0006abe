/*
 * LD_PRELOAD shim for the power-cut test: records every write, truncation, sync and unlink the
 * process makes to files under $CUT_DIR (except SQLite's -shm, which is memory in a file) into
 * $CUT_LOG, in order. It changes nothing: the process runs on the real page cache. Afterwards
 * powerCut.ts replays the log and keeps, per file, only what was followed by an fsync/fdatasync
 * of that file: the disk as it is when the power goes at the moment the process was killed.
 *
 * Record: 1 byte type ('W' write, 'T' truncate, 'S' sync, 'U' unlink, 'R' rename), u32 path
 * length, path, i64 offset (or length for 'T'), u64 data length, data (the new path for 'R').
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <unistd.h>

#define MAX_FDS 65536

static char cut_dir[PATH_MAX];
static size_t cut_dir_len;
static int log_fd = -1;
static char *tracked[MAX_FDS];
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static ssize_t raw_write(int fd, const void *buf, size_t n) { return syscall(SYS_write, fd, buf, n); }

__attribute__((constructor)) static void cut_init(void) {
  const char *dir = getenv("CUT_DIR");
  const char *log = getenv("CUT_LOG");
  if (!dir || !log || strlen(dir) >= sizeof cut_dir) return;
  strcpy(cut_dir, dir);
  cut_dir_len = strlen(cut_dir);
  log_fd = (int)syscall(SYS_openat, AT_FDCWD, log, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
}

static int is_tracked_path(const char *path) {
  if (log_fd < 0 || !path || strncmp(path, cut_dir, cut_dir_len) != 0 || path[cut_dir_len] != '/') return 0;
  size_t n = strlen(path);
  return !(n > 4 && strcmp(path + n - 4, "-shm") == 0);
}

static void write_all(const void *buf, size_t n) {
  const char *p = buf;
  while (n > 0) {
    ssize_t w = raw_write(log_fd, p, n);
    if (w <= 0) return;
    p += w;
    n -= (size_t)w;
  }
}

static void record(char type, const char *path, int64_t offset, const void *data, uint64_t len) {
  uint32_t path_len = (uint32_t)strlen(path);
  pthread_mutex_lock(&lock);
  write_all(&type, 1);
  write_all(&path_len, 4);
  write_all(path, path_len);
  write_all(&offset, 8);
  write_all(&len, 8);
  if (data && len) write_all(data, len);
  pthread_mutex_unlock(&lock);
}

static const char *path_of(int fd) { return fd >= 0 && fd < MAX_FDS ? tracked[fd] : NULL; }

static void track(int fd, const char *path) {
  if (fd < 0 || fd >= MAX_FDS) return;
  free(tracked[fd]);
  tracked[fd] = NULL;
  if (is_tracked_path(path)) tracked[fd] = strdup(path);
}

#define REAL(name)                 \
  static __typeof__(&name) real_##name; \
  if (!real_##name) real_##name = (__typeof__(&name))dlsym(RTLD_NEXT, #name)

#define OPEN_WRAPPER(name)                                              \
  int name(const char *path, int flags, ...) {                          \
    REAL(name);                        \
    mode_t mode = 0;                                                    \
    if (flags & (O_CREAT | O_TMPFILE)) {                                \
      va_list ap;                                                       \
      va_start(ap, flags);                                              \
      mode = va_arg(ap, mode_t);                                        \
      va_end(ap);                                                       \
    }                                                                   \
    int fd = real_##name(path, flags, mode);                            \
    track(fd, path);                                                    \
    return fd;                                                          \
  }
OPEN_WRAPPER(open)
OPEN_WRAPPER(open64)

#define OPENAT_WRAPPER(name)                                            \
  int name(int dirfd, const char *path, int flags, ...) {               \
    REAL(name);                   \
    mode_t mode = 0;                                                    \
    if (flags & (O_CREAT | O_TMPFILE)) {                                \
      va_list ap;                                                       \
      va_start(ap, flags);                                              \
      mode = va_arg(ap, mode_t);                                        \
      va_end(ap);                                                       \
    }                                                                   \
    int fd = real_##name(dirfd, path, flags, mode);                     \
    if (path[0] == '/') track(fd, path);                                \
    return fd;                                                          \
  }
OPENAT_WRAPPER(openat)
OPENAT_WRAPPER(openat64)

int close(int fd) {
  REAL(close);
  if (fd >= 0 && fd < MAX_FDS && tracked[fd]) {
    free(tracked[fd]);
    tracked[fd] = NULL;
  }
  return real_close(fd);
}

ssize_t write(int fd, const void *buf, size_t n) {
  REAL(write);
  const char *path = path_of(fd);
  off_t at = path ? lseek(fd, 0, SEEK_CUR) : 0;
  ssize_t done = real_write(fd, buf, n);
  if (path && done > 0) record('W', path, at, buf, (uint64_t)done);
  return done;
}

#define PWRITE_WRAPPER(name, off_type)                                  \
  ssize_t name(int fd, const void *buf, size_t n, off_type at) {        \
    REAL(name);       \
    ssize_t done = real_##name(fd, buf, n, at);                         \
    const char *path = path_of(fd);                                     \
    if (path && done > 0) record('W', path, (int64_t)at, buf, (uint64_t)done); \
    return done;                                                        \
  }
PWRITE_WRAPPER(pwrite, off_t)
PWRITE_WRAPPER(pwrite64, off64_t)

#define TRUNCATE_WRAPPER(name, off_type)                                \
  int name(int fd, off_type length) {                                   \
    REAL(name);                                 \
    int rc = real_##name(fd, length);                                   \
    const char *path = path_of(fd);                                     \
    if (path && rc == 0) record('T', path, (int64_t)length, NULL, 0);   \
    return rc;                                                          \
  }
TRUNCATE_WRAPPER(ftruncate, off_t)
TRUNCATE_WRAPPER(ftruncate64, off64_t)

#define SYNC_WRAPPER(name)                                              \
  int name(int fd) {                                                    \
    REAL(name);                                           \
    int rc = real_##name(fd);                                           \
    const char *path = path_of(fd);                                     \
    if (path && rc == 0) record('S', path, 0, NULL, 0);                 \
    return rc;                                                          \
  }
SYNC_WRAPPER(fsync)
SYNC_WRAPPER(fdatasync)

int unlink(const char *path) {
  REAL(unlink);
  int rc = real_unlink(path);
  if (rc == 0 && is_tracked_path(path)) record('U', path, 0, NULL, 0);
  return rc;
}

int rename(const char *from, const char *to) {
  REAL(rename);
  int rc = real_rename(from, to);
  if (rc == 0 && (is_tracked_path(from) || is_tracked_path(to))) record('R', from, 0, to, strlen(to));
  return rc;
}
