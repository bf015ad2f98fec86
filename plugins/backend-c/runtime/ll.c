/* The runtime side of rts/ll (rts_ll.h): the shadow stack, memory mapping,
 * type-table caches, environment settings and the GC log.  GC plugins are
 * RTS code; they reach the machine only through these. */
#include "rts_ll.h"
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <sys/mman.h>

#define SS_SLOTS ((size_t)1 << 20)
#define SS_GUARD ((size_t)64 << 10) /* PROT_NONE bytes right after rts_ss_limit (main.c's fault handler) */

void **rts_ss_base;
void **rts_ss_top;
void **rts_ss_limit;
uint16_t *rts_ll_ptr_counts, *rts_ll_item_ptr_counts;
int64_t rts_ll_n_globals, rts_ll_n_prebuilt;

void rts_ll_init(void) {
  if (rts_ss_base) return;
  /* an overflowing push faults in the guard area instead of corrupting memory */
  size_t bytes = SS_SLOTS * sizeof(void *);
  char *ss = mmap(NULL, bytes + SS_GUARD, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (ss == MAP_FAILED) rts_fatal("out of memory (shadow stack)", NULL);
  if (mprotect(ss + bytes, SS_GUARD, PROT_NONE) != 0) rts_fatal("mprotect failed", NULL);
  rts_ss_base = rts_ss_top = (void **)ss;
  rts_ss_limit = rts_ss_base + SS_SLOTS;

  rts_ll_ptr_counts = calloc(rts_typeinfo_count, sizeof(uint16_t));
  rts_ll_item_ptr_counts = calloc(rts_typeinfo_count, sizeof(uint16_t));
  if (!rts_ll_ptr_counts || !rts_ll_item_ptr_counts) rts_fatal("out of memory", NULL);
  for (uint32_t t = 0; t < rts_typeinfo_count; t++) {
    const uint16_t *p = rts_typeinfos[t].ptr_ofs;
    uint16_t n = 0;
    while (p && p[n]) n++;
    rts_ll_ptr_counts[t] = n;
    const uint16_t *q = rts_typeinfos[t].item_ptr_ofs;
    n = 0;
    while (q && q[n] != 0xFFFF) n++;
    rts_ll_item_ptr_counts[t] = n;
  }
  while (rts_global_roots[rts_ll_n_globals]) rts_ll_n_globals++;
  while (rts_prebuilt_objects[rts_ll_n_prebuilt]) rts_ll_n_prebuilt++;
}

int64_t rts_ll_stack_roots_reserve(int64_t n) {
  void **base = rts_ss_top;
  if (n < 0 || (size_t)(rts_ss_limit - base) < (size_t)n) rts_fatal("shadow stack overflow (the JIT's frame)", NULL);
  memset(base, 0, (size_t)n * sizeof(void *));
  rts_ss_top = base + n;
  return (int64_t)(intptr_t)base;
}

#define PERMANENT_SLOTS ((size_t)1 << 20)
void **rts_ll_permanent_roots;
int64_t rts_ll_n_permanent;

int64_t rts_ll_permanent_roots_reserve(int64_t n) {
  if (!rts_ll_permanent_roots) {
    void *p = mmap(NULL, PERMANENT_SLOTS * sizeof(void *), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) rts_fatal("out of memory (permanent roots)", NULL);
    rts_ll_permanent_roots = p;
  }
  if (n < 0 || (size_t)(rts_ll_n_permanent + n) > PERMANENT_SLOTS) rts_fatal("out of permanent root slots (the JIT's constants)", NULL);
  void **slots = rts_ll_permanent_roots + rts_ll_n_permanent;
  rts_ll_n_permanent += n; /* zeroed by mmap */
  return (int64_t)(intptr_t)slots;
}

int64_t rts_ll_map_memory(int64_t size) {
  void *p = mmap(NULL, (size_t)size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
  return p == MAP_FAILED ? 0 : (int64_t)(intptr_t)p;
}

int64_t rts_ll_executable(int64_t a, int64_t size) {
  if (mprotect((void *)(intptr_t)a, (size_t)size, PROT_READ | PROT_EXEC) != 0) return 0;
  __builtin___clear_cache((char *)(intptr_t)a, (char *)(intptr_t)(a + size));
  return 1;
}

/* Memory both writable and executable (the JIT's code arena: one mapping for
   many traces, no mprotect per trace); 0 where the system refuses it. */
int64_t rts_ll_map_code(int64_t size) {
  void *p = mmap(NULL, (size_t)size, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  return p == MAP_FAILED ? 0 : (int64_t)(intptr_t)p;
}

void rts_ll_code_written(int64_t a, int64_t size) {
  __builtin___clear_cache((char *)(intptr_t)a, (char *)(intptr_t)(a + size));
}

void rts_ll_unmap_memory(int64_t a, int64_t size) {
  if (a) munmap((void *)(intptr_t)a, (size_t)size);
}

static void ascii(rts_str *s, char *buf, size_t cap) {
  size_t n = 0;
  for (int64_t i = 0; s && i < s->len && n + 1 < cap; i++) buf[n++] = (char)(rts_str_chars(s)[i] < 128 ? rts_str_chars(s)[i] : '?');
  buf[n] = 0;
}

void rts_ll_fatal(rts_str *msg) {
  char buf[512];
  ascii(msg, buf, sizeof buf);
  rts_fatal(buf, NULL);
}

double rts_ll_clock(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* NAME=123, 64k, 4m, 1g; dflt when unset or empty */
int64_t rts_ll_env_int(rts_str *name, int64_t dflt) {
  char key[128];
  ascii(name, key, sizeof key);
  const char *s = getenv(key);
  if (!s || !*s) return dflt;
  char *end;
  long long v = strtoll(s, &end, 10);
  if (*end == 'k' || *end == 'K') v <<= 10;
  else if (*end == 'm' || *end == 'M') v <<= 20;
  else if (*end == 'g' || *end == 'G') v <<= 30;
  return v;
}

/* RTSLOG: comma-separated categories, each alone (to stderr; `name:-` too) or
 * `name:FILE` (appended to FILE).  A name covers the categories it is a
 * prefix of before a '-' (`jit` covers `jit-summary` and `jit-log-opt`).
 * Each category's file is looked up once. */
#define LOG_CATEGORIES 16
static struct { char name[32]; FILE *f; } log_seen[LOG_CATEGORIES];
static int log_nseen;

static FILE *log_file(const char *cat) {
  for (int i = 0; i < log_nseen; i++) if (strcmp(log_seen[i].name, cat) == 0) return log_seen[i].f;
  FILE *f = NULL;
  size_t catlen = strlen(cat);
  const char *log = getenv("RTSLOG");
  for (const char *p = log; p && *p && !f;) {
    const char *end = strchr(p, ',');
    size_t n = end ? (size_t)(end - p) : strlen(p);
    const char *colon = memchr(p, ':', n);
    size_t namelen = colon ? (size_t)(colon - p) : n;
    int match = namelen == catlen ? memcmp(p, cat, catlen) == 0 : namelen < catlen && cat[namelen] == '-' && memcmp(p, cat, namelen) == 0;
    if (match) {
      size_t len = colon ? n - namelen - 1 : 0;
      char path[4096];
      if (len == 0 || (len == 1 && colon[1] == '-') || len >= sizeof path) f = stderr;
      else {
        memcpy(path, colon + 1, len);
        path[len] = 0;
        f = fopen(path, "a");
        if (!f) f = stderr;
      }
    }
    p = end ? end + 1 : NULL;
  }
  if (log_nseen < LOG_CATEGORIES && catlen < sizeof log_seen[0].name) {
    memcpy(log_seen[log_nseen].name, cat, catlen + 1);
    log_seen[log_nseen++].f = f;
  }
  return f;
}

static FILE *gc_log(void) {
  return log_file("gc");
}

int64_t rts_ll_log_enabled(rts_str *category) {
  char cat[32];
  ascii(category, cat, sizeof cat);
  return log_file(cat) != NULL;
}

void rts_ll_log_line(rts_str *category, rts_str *line) {
  char cat[32];
  ascii(category, cat, sizeof cat);
  FILE *f = log_file(cat);
  if (!f) return;
  for (int64_t i = 0; i < line->len; i++) {
    rts_char c = rts_str_chars(line)[i];
    fputc(c < 128 ? (int)c : '?', f);
  }
  fputc('\n', f);
  fflush(f);
}

void rts_ll_log_gc(rts_str *event, double seconds, int64_t a, int64_t b, int64_t c, int64_t d) {
  FILE *f = gc_log();
  if (!f) return;
  char ev[64];
  ascii(event, ev, sizeof ev);
  fprintf(f, "gc %s %.6f %lld %lld %lld %lld\n", ev, seconds, (long long)a, (long long)b, (long long)c, (long long)d);
  fflush(f);
}
