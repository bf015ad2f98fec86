/* gc-semispace: a precise, moving, semispace copying collector (Cheney).
 *
 * Allocation bumps a pointer through the current space.  When it runs out,
 * every object reachable from the roots is copied into the other space,
 * breadth-first, and the spaces swap.  Roots are the shadow stack, the
 * global roots, rts_exc and the fields of the prebuilt objects (which live
 * outside the heap and are never moved).  Object shapes come only from
 * rts_typeinfos[].  See README.md beside this file for the tuning knobs.
 */
#include "rts.h"
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <sys/mman.h>

#define GCFLAG_FORWARDED 0x2u /* new address stored in the word after the header */
#define MIN_OBJ 16            /* header + room for the forwarding pointer */
#define SS_SLOTS ((size_t)1 << 20)
#define SS_GUARD ((size_t)64 << 10) /* PROT_NONE bytes right after rts_ss_limit */
#define MAX_OBJ ((size_t)1 << 40)
#define MIB ((size_t)1 << 20)

void **rts_ss_top;
void **rts_ss_limit;
static void **ss_base;

/* The current space is mapped as [space, space + space_size); allocation
 * bumps alloc_ptr up to space_end, which may stop short of the mapping
 * while the heap shrinks.  Invariant: space_end - space <= spare_size, so
 * a copy into the spare space always fits. */
static char *space, *alloc_ptr, *space_end;
static size_t space_size;
static char *spare;
static size_t spare_size;
static size_t target;       /* the size both spaces are brought to */
static size_t initial_size; /* never shrink below this */

static bool torture;
static size_t n_collections, live_after_gc;
static double total_alloc, gc_seconds; /* double: cannot overflow in long runs */
static char *alloc_mark; /* alloc_ptr right after the last collection */

/* copying state */
static char *from_lo, *from_hi, *to_free;

static double now_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static size_t round8(size_t n) { return n < MIN_OBJ ? MIN_OBJ : (n + 7) & ~(size_t)7; }

/* Spaces come straight from mmap so that a freed space really goes back to
 * the OS (malloc may keep big blocks around in its arena). */
static char *space_alloc(size_t size) {
  void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) rts_fatal("out of memory", NULL);
  return p;
}

static void space_free(char *p, size_t size) {
  if (p) munmap(p, size);
}

static size_t env_size(const char *name, size_t dflt) {
  const char *s = getenv(name);
  if (!s || !*s) return dflt;
  char *end;
  unsigned long long v = strtoull(s, &end, 10);
  if (*end == 'k' || *end == 'K') v <<= 10;
  else if (*end == 'm' || *end == 'M') v <<= 20;
  else if (*end == 'g' || *end == 'G') v <<= 30;
  return v < 64 * 1024 ? 64 * 1024 : (size_t)v;
}

void rts_gc_init(void) {
  if (space) return;
  const char *t = getenv("RTS_GC_TORTURE");
  torture = t && *t && *t != '0';
  initial_size = target = space_size = spare_size = round8(env_size("RTS_GC_HEAP", 4 * MIB));
  space = space_alloc(space_size);
  spare = space_alloc(spare_size);
  alloc_ptr = alloc_mark = space;
  space_end = space + space_size;

  /* Shadow stack with a guard area after the limit: an overflowing push
   * faults there (main.c's SIGSEGV handler names it) instead of silently
   * corrupting memory. */
  size_t bytes = SS_SLOTS * sizeof(void *);
  char *ss = mmap(NULL, bytes + SS_GUARD, PROT_READ | PROT_WRITE,
                  MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (ss == MAP_FAILED) rts_fatal("out of memory (shadow stack)", NULL);
  if (mprotect(ss + bytes, SS_GUARD, PROT_NONE) != 0) rts_fatal("mprotect failed", NULL);
  ss_base = rts_ss_top = (void **)ss;
  rts_ss_limit = ss_base + SS_SLOTS;
}

/* ---- copying ------------------------------------------------------------ */

static inline size_t obj_size(const rts_hdr *h) {
  const rts_typeinfo *ti = &rts_typeinfos[h->tid];
  size_t size = ti->fixedsize;
  if (ti->itemsize) size += (size_t)ti->itemsize * *(const int64_t *)((const char *)h + ti->length_ofs);
  return round8(size);
}

/* Returns the new address of p, copying it on first visit.  Anything not in
 * from-space (NULL, prebuilt objects) is left alone. */
static inline void *forward(void *p) {
  char *c = p;
  if (c < from_lo || c >= from_hi) return p;
  rts_hdr *h = p;
  if (h->gcflags & GCFLAG_FORWARDED) return *(void **)(c + sizeof(rts_hdr));
  size_t size = obj_size(h); /* before the length word is overwritten */
  char *n = to_free;
  to_free += size;
  memcpy(n, c, size);
  h->gcflags |= GCFLAG_FORWARDED;
  *(void **)(c + sizeof(rts_hdr)) = n;
  return n;
}

static inline void fix(char *field) {
  void **f = (void **)field;
  *f = forward(*f);
}

/* Updates every GC pointer field of obj; returns obj's size. */
static size_t trace(char *obj) {
  const rts_typeinfo *ti = &rts_typeinfos[((rts_hdr *)obj)->tid];
  const uint16_t *ofs = ti->ptr_ofs;
  if (ofs)
    for (; *ofs; ofs++) fix(obj + *ofs);
  size_t size = ti->fixedsize;
  if (ti->itemsize) {
    int64_t n = *(int64_t *)(obj + ti->length_ofs);
    const uint16_t *iofs = ti->item_ptr_ofs;
    if (iofs && *iofs != 0xFFFF) {
      char *item = obj + ti->fixedsize;
      for (int64_t i = 0; i < n; i++, item += ti->itemsize)
        for (const uint16_t *o = iofs; *o != 0xFFFF; o++) fix(item + *o);
    }
    size += (size_t)ti->itemsize * (size_t)n;
  }
  return round8(size);
}

/* Copies everything live from the current space into spare and swaps. */
static void copy_all(void) {
  from_lo = space;
  from_hi = alloc_ptr;
  to_free = spare;
  for (void **p = ss_base; p < rts_ss_top; p++) *p = forward(*p);
  for (size_t i = 0; rts_global_roots[i]; i++) *rts_global_roots[i] = forward(*rts_global_roots[i]);
  rts_exc = forward(rts_exc);
  for (size_t i = 0; rts_prebuilt_objects[i]; i++) trace(rts_prebuilt_objects[i]);
  for (char *scan = spare; scan < to_free;) scan += trace(scan); /* Cheney scan */

  char *old = space;
  size_t old_size = space_size;
  space = spare;
  space_size = spare_size;
  spare = old;
  spare_size = old_size;
  alloc_ptr = to_free;
  space_end = space + space_size;
  /* torture: poison the old copies so that a stale (unrooted) pointer
   * reads garbage at once instead of the still-intact old object */
  if (torture) memset(from_lo, 0xA5, (size_t)(from_hi - from_lo));
  from_lo = from_hi = NULL;
}

/* Brings the spare space to exactly `size` bytes. */
static void resize_spare(size_t size) {
  if (spare_size == size) return;
  space_free(spare, spare_size);
  spare = NULL; /* space_alloc may not return; keep the state consistent */
  spare_size = 0;
  spare = space_alloc(size);
  spare_size = size;
}

/* Collects, then guarantees room for `request` more bytes. */
static void collect(size_t request) {
  double t0 = now_seconds();
  if (rts_ss_top > rts_ss_limit || rts_ss_top < ss_base) rts_fatal("shadow stack overflow", NULL);
  total_alloc += (double)(alloc_ptr - alloc_mark);
  n_collections++;
  copy_all();
  size_t live = (size_t)(alloc_ptr - space);

  /* Keep at least half of each space free after a collection: double the
   * target (or more, for a large request) when live data got past 50%.
   * Halve it when less than 1/8 is used, so that a heap that was big once
   * is given back; the gap between the two thresholds avoids flapping. */
  size_t need = live + request;
  while (need > target / 2) {
    if (target > MAX_OBJ * 4) rts_fatal("out of memory", NULL);
    target *= 2;
  }
  if (need < target / 8 && target / 2 >= initial_size) target /= 2;
  resize_spare(target);
  space_end = space + (space_size < target ? space_size : target);
  if ((size_t)(space_end - alloc_ptr) < request) {
    /* The request does not fit even after collecting: copy once more, into
     * the bigger spare, and bring the other space to size too. */
    copy_all();
    resize_spare(target);
  }
  live_after_gc = (size_t)(alloc_ptr - space);
  alloc_mark = alloc_ptr;
  gc_seconds += now_seconds() - t0;
}

void rts_gc_collect(void) {
  if (!space) rts_gc_init();
  collect(0);
}

/* ---- allocation --------------------------------------------------------- */

static void *alloc_slow(uint32_t tid, size_t size) {
  if (tid >= rts_typeinfo_count) rts_fatal("rts_gc_malloc: bad type id", NULL);
  if (size > MAX_OBJ) rts_fatal("out of memory (object too large)", NULL);
  if (!space) rts_gc_init();
  collect(size);
  char *p = alloc_ptr;
  alloc_ptr += size;
  memset(p, 0, size);
  ((rts_hdr *)p)->tid = tid;
  return p;
}

static inline void *alloc(uint32_t tid, size_t size) {
  if (RTS_UNLIKELY(torture || (size_t)(space_end - alloc_ptr) < size)) return alloc_slow(tid, size);
  char *p = alloc_ptr;
  alloc_ptr += size;
  memset(p, 0, size);
  ((rts_hdr *)p)->tid = tid;
  return p;
}

void *rts_gc_malloc(uint32_t tid, size_t size) {
  size = round8(size);
  /* torture mode also checks that the caller's size matches the type table:
   * the copier only knows the table's size */
  if (RTS_UNLIKELY(torture) && tid < rts_typeinfo_count &&
      (rts_typeinfos[tid].itemsize != 0 || round8(rts_typeinfos[tid].fixedsize) != size))
    rts_fatal("rts_gc_malloc: size does not match the type table (use rts_gc_malloc_varsize)", NULL);
  return alloc(tid, size);
}

void *rts_gc_malloc_varsize(uint32_t tid, int64_t length) {
  if (RTS_UNLIKELY(tid >= rts_typeinfo_count)) rts_fatal("rts_gc_malloc_varsize: bad type id", NULL);
  const rts_typeinfo *ti = &rts_typeinfos[tid];
  if (RTS_UNLIKELY(length < 0)) rts_fatal("rts_gc_malloc_varsize: negative length", NULL);
  if (RTS_UNLIKELY(ti->itemsize && (uint64_t)length > MAX_OBJ / ti->itemsize))
    rts_fatal("out of memory (object too large)", NULL);
  size_t size = round8(ti->fixedsize + (size_t)ti->itemsize * (size_t)length);
  char *p = alloc(tid, size);
  if (ti->itemsize) *(int64_t *)(p + ti->length_ofs) = length;
  return p;
}

/* ---- statistics --------------------------------------------------------- */

/* RTS_GC_STATS=1 prints to stderr; RTSLOG=...,gc[:FILE],... too (to FILE). */
static FILE *stats_stream(bool *close_it) {
  *close_it = false;
  const char *s = getenv("RTS_GC_STATS");
  if (s && *s && *s != '0') return stderr;
  const char *log = getenv("RTSLOG");
  for (const char *p = log; p && *p;) {
    const char *end = strchr(p, ',');
    size_t n = end ? (size_t)(end - p) : strlen(p);
    if (n >= 2 && p[0] == 'g' && p[1] == 'c' && (n == 2 || p[2] == ':' || p[2] == '-')) {
      const char *colon = memchr(p, ':', n);
      if (!colon || (size_t)(colon + 1 - p) == n) return stderr;
      char path[4096];
      size_t len = n - (size_t)(colon + 1 - p);
      if (len >= sizeof path) return stderr;
      memcpy(path, colon + 1, len);
      path[len] = 0;
      FILE *f = fopen(path, "a");
      if (!f) return stderr;
      *close_it = true;
      return f;
    }
    p = end ? end + 1 : NULL;
  }
  return NULL;
}

void rts_gc_report(void) {
  bool close_it;
  FILE *f = stats_stream(&close_it);
  if (!f) return;
  double allocated = total_alloc + (double)(alloc_ptr - alloc_mark);
  fprintf(f,
          "gc-semispace: %zu collections, %.0f bytes allocated, heap %zu bytes "
          "(semispaces %zu + %zu), %zu bytes live after last collection, gc time %.3f ms\n",
          n_collections, allocated, space_size + spare_size, space_size, spare_size, live_after_gc,
          gc_seconds * 1000.0);
  if (close_it) fclose(f);
}
