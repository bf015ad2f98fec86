/* Process I/O and fatal errors.  Mirrors framework/rlib/os.ts (the untranslated
 * implementation) byte for byte: stdout (fd 1) goes through a 64 KiB buffer;
 * any other fd is written at once, after flushing stdout so that output
 * interleaves as it was produced.  stdin (fd 0) is read through a buffer,
 * and stdout is flushed before each read (prompts appear before input). */
#include "rts.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#define OUT_CAP (1 << 16)
#define IN_CAP (1 << 16)
#define FATAL_STATUS 101

static unsigned char out_buf[OUT_CAP];
static size_t out_len;
static unsigned char in_buf[IN_CAP];
static size_t in_len, in_pos;

static void write_all(int fd, const unsigned char *p, size_t n) {
  while (n > 0) {
    ssize_t k = write(fd, p, n);
    if (k < 0) {
      if (errno == EINTR || errno == EAGAIN) continue;
      return; /* nowhere to report it; Node would throw, we drop the output */
    }
    p += k;
    n -= (size_t)k;
  }
}

void rts_flush_all(void) {
  fflush(stdout); /* in case some runtime code printed through stdio */
  size_t n = out_len;
  out_len = 0; /* first, so a fault during the write cannot flush twice */
  write_all(1, out_buf, n);
}

/* UTF-16 -> UTF-8 into a buffer flushed to fd when it fills.  Lone
 * surrogates become U+FFFD, as Buffer.from(s, "utf8") does. */
typedef struct sink { int fd; unsigned char *buf; size_t *len; size_t cap; } sink;

static inline void sink_room(sink *k, size_t need) {
  if (*k->len + need > k->cap) {
    write_all(k->fd, k->buf, *k->len);
    *k->len = 0;
  }
}

static void encode_utf16(sink *k, const rts_char *c, int64_t n) {
  for (int64_t i = 0; i < n; i++) {
    uint32_t u = c[i];
    sink_room(k, 4);
    unsigned char *o = k->buf + *k->len;
    if (u < 0x80) {
      o[0] = (unsigned char)u;
      *k->len += 1;
      continue;
    }
    if (u >= 0xD800 && u <= 0xDFFF) {
      if (u <= 0xDBFF && i + 1 < n && c[i + 1] >= 0xDC00 && c[i + 1] <= 0xDFFF) {
        u = 0x10000 + ((u - 0xD800) << 10) + (c[++i] - 0xDC00u);
        o[0] = (unsigned char)(0xF0 | (u >> 18));
        o[1] = (unsigned char)(0x80 | ((u >> 12) & 0x3F));
        o[2] = (unsigned char)(0x80 | ((u >> 6) & 0x3F));
        o[3] = (unsigned char)(0x80 | (u & 0x3F));
        *k->len += 4;
        continue;
      }
      u = 0xFFFD;
    }
    if (u < 0x800) {
      o[0] = (unsigned char)(0xC0 | (u >> 6));
      o[1] = (unsigned char)(0x80 | (u & 0x3F));
      *k->len += 2;
    } else {
      o[0] = (unsigned char)(0xE0 | (u >> 12));
      o[1] = (unsigned char)(0x80 | ((u >> 6) & 0x3F));
      o[2] = (unsigned char)(0x80 | (u & 0x3F));
      *k->len += 3;
    }
  }
}

void rts_write_str(int64_t fd, rts_str *s) {
  static const rts_char null_text[] = {'n', 'u', 'l', 'l'};
  rts_write_utf16(fd, s ? rts_str_chars(s) : null_text, s ? s->len : 4);
}

void rts_write_utf16(int64_t fd, const rts_char *c, int64_t n) {
  if (fd == 1) {
    sink k = {1, out_buf, &out_len, OUT_CAP};
    encode_utf16(&k, c, n);
    return;
  }
  rts_flush_all();
  unsigned char tmp[4096];
  size_t len = 0;
  sink k = {(int)fd, tmp, &len, sizeof tmp};
  encode_utf16(&k, c, n);
  write_all((int)fd, tmp, len);
}

void rts_write_byte(int64_t fd, int64_t b) {
  unsigned char c = (unsigned char)(b & 255);
  if (fd == 1) {
    if (out_len == OUT_CAP) rts_flush_all();
    out_buf[out_len++] = c;
    return;
  }
  rts_flush_all();
  write_all((int)fd, &c, 1);
}

static bool fill_in(void) {
  rts_flush_all();
  in_pos = 0;
  for (;;) {
    ssize_t k = read(0, in_buf, IN_CAP);
    if (k < 0 && (errno == EINTR || errno == EAGAIN)) continue;
    in_len = k > 0 ? (size_t)k : 0;
    return in_len > 0;
  }
}

int64_t rts_read_byte(int64_t fd) {
  if (fd != 0) { /* other fds: unbuffered, so nothing is read ahead */
    unsigned char c;
    rts_flush_all();
    for (;;) {
      ssize_t k = read((int)fd, &c, 1);
      if (k < 0 && errno == EINTR) continue;
      return k == 1 ? c : -1;
    }
  }
  if (in_pos >= in_len && !fill_in()) return -1;
  return in_buf[in_pos++];
}

rts_str *rts_read_line(void) {
  size_t cap = 256, n = 0;
  char *line = malloc(cap);
  if (!line) rts_fatal("out of memory", NULL);
  bool any = false;
  for (;;) {
    if (in_pos >= in_len && !fill_in()) break;
    any = true;
    unsigned char b = in_buf[in_pos++];
    if (b == '\n') break;
    if (n == cap) {
      char *bigger = realloc(line, cap *= 2);
      if (!bigger) rts_fatal("out of memory", NULL);
      line = bigger;
    }
    line[n++] = (char)b;
  }
  rts_str *s = any ? rts_str_from_utf8(line, (int64_t)n) : NULL;
  free(line);
  return s;
}

/* A path as UTF-8 with a terminating NUL (malloc'd), or NULL when it holds a NUL (no such file). */
static char *path_cstr(rts_str *path) {
  size_t plen = 0;
  size_t pcap = (size_t)path->len * 3 + 4; /* >= 3 bytes per unit: never flushes */
  unsigned char *p = malloc(pcap);
  if (!p) rts_fatal("out of memory", NULL);
  sink k = {-1, p, &plen, pcap};
  encode_utf16(&k, rts_str_chars(path), path->len);
  p[plen] = 0;
  if (memchr(p, 0, plen)) {
    free(p);
    return NULL;
  }
  return (char *)p;
}

rts_str *rts_read_file(rts_str *path) {
  char *p = path_cstr(path);
  int fd = p ? open(p, O_RDONLY | O_CLOEXEC) : -1;
  free(p);
  if (fd < 0) return NULL;
  size_t cap = 1 << 16, n = 0;
  char *data = malloc(cap);
  bool ok = data != NULL;
  while (ok) {
    if (n == cap) {
      char *bigger = realloc(data, cap *= 2);
      if (!bigger) {
        ok = false;
        break;
      }
      data = bigger;
    }
    ssize_t r = read(fd, data + n, cap - n);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) ok = false; /* e.g. EISDIR: Node's readFileSync fails too */
    if (r <= 0) break;
    n += (size_t)r;
  }
  close(fd);
  rts_str *s = ok ? rts_str_from_utf8(data, (int64_t)n) : NULL;
  free(data);
  return s;
}

double rts_clock(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

double rts_time_now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return (double)((int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000); /* whole ms, as Date.now() */
}

/* ---- fatal errors: "fatal error: WHAT\n  at WHERE\n", exit status 101 ---- */

static RTS_NORETURN void die(const char *what, const char *where) {
  rts_flush_all();
  fprintf(stderr, "fatal error: %s\n", what);
  if (where) fprintf(stderr, "  at %s\n", where);
  fflush(stderr);
  _exit(FATAL_STATUS);
}

RTS_NORETURN void rts_fatal(const char *what, const char *where) { die(what, where); }

RTS_NORETURN void rts_fatal_index(int64_t index, int64_t len, const char *where) {
  char msg[96];
  snprintf(msg, sizeof msg, "index %lld out of bounds (length %lld)", (long long)index, (long long)len);
  die(msg, where);
}

RTS_NORETURN void rts_fatal_null(const char *where) { die("null dereference", where); }

RTS_NORETURN void rts_fatal_bad_cast(void *p, const char *cls, const char *where) {
  char msg[256];
  snprintf(msg, sizeof msg, "bad cast: a %s is not a %s", rts_typeinfos[((rts_hdr *)p)->tid].name, cls);
  die(msg, where);
}

/* Files as rts/rlib/os has them (os.ts: openFile ...): descriptors, byte strings (units 0..255), -errno. */
static int64_t file_errno;

static int64_t file_failed(void) {
  file_errno = errno ? errno : EIO;
  return -file_errno;
}

int64_t rts_file_open(rts_str *path, int64_t flags, int64_t mode) {
  char *p = path_cstr(path);
  if (!p) {
    errno = ENOENT;
    return file_failed();
  }
  int fd = open(p, (int)flags | O_CLOEXEC, (mode_t)mode);
  free(p);
  return fd < 0 ? file_failed() : fd;
}

rts_str *rts_file_read(int64_t fd, int64_t max) {
  if (fd == 1) rts_flush_all();
  size_t cap = max > 0 ? (size_t)max : 0;
  unsigned char *data = malloc(cap + 1);
  if (!data) rts_fatal("out of memory", NULL);
  ssize_t n;
  do n = read((int)fd, data, cap); while (n < 0 && errno == EINTR);
  if (n < 0) {
    file_failed();
    free(data);
    return NULL;
  }
  rts_str *s = rts_str_alloc((int64_t)n);
  for (ssize_t i = 0; i < n; i++) s->chars[i] = data[i];
  free(data);
  return s;
}

int64_t rts_file_write(int64_t fd, rts_str *data) {
  if (fd == 1) rts_flush_all();
  const rts_char *c = rts_str_chars(data);
  unsigned char *bytes = malloc((size_t)data->len + 1);
  if (!bytes) rts_fatal("out of memory", NULL);
  for (int64_t i = 0; i < data->len; i++) bytes[i] = (unsigned char)c[i];
  size_t done = 0;
  while (done < (size_t)data->len) {
    ssize_t k = write((int)fd, bytes + done, (size_t)data->len - done);
    if (k < 0 && errno == EINTR) continue;
    if (k < 0) {
      free(bytes);
      return file_failed();
    }
    done += (size_t)k;
  }
  free(bytes);
  return (int64_t)done;
}

int64_t rts_file_close(int64_t fd) {
  return close((int)fd) < 0 ? file_failed() : 0;
}

int64_t rts_file_seek(int64_t fd, int64_t offset, int64_t whence) {
  off_t r = lseek((int)fd, (off_t)offset, (int)whence);
  return r < 0 ? file_failed() : (int64_t)r;
}

int64_t rts_file_truncate(int64_t fd, int64_t length) {
  return ftruncate((int)fd, (off_t)length) < 0 ? file_failed() : 0;
}

int64_t rts_file_remove(rts_str *path) {
  char *p = path_cstr(path);
  if (!p) {
    errno = ENOENT;
    return file_failed();
  }
  int r = unlink(p);
  free(p);
  return r < 0 ? file_failed() : 0;
}

int64_t rts_file_errno(void) { return file_errno; }

bool rts_is_terminal(int64_t fd) { return isatty((int)fd) == 1; }

rts_str *rts_current_directory(void) {
  char *p = getcwd(NULL, 0);
  if (!p) return NULL;
  rts_str *s = rts_str_from_utf8(p, (int64_t)strlen(p));
  free(p);
  return s;
}
