/* Test stand-in for the GC plugin and the rest of the runtime.
 *
 * It is a tiny copying collector that, in stress mode, collects before EVERY
 * allocation: objects reachable from the shadow stack (and registered
 * prebuilt containers) are copied to new memory, and every old object is
 * poisoned and kept allocated.  A runtime function that holds a GC pointer
 * across an allocation without rooting it then reads poison and fails. */
#include "rts.h"
#include "rts_builtin_typeinfos.h" /* the runtime's rows of the type table (tests/runtime/typeinfos-h.ts) */
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>

#define SS_SIZE 4096
static void *shadow_stack[SS_SIZE];
void **rts_ss_top = shadow_stack;
void **rts_ss_limit = shadow_stack + SS_SIZE;
void *rts_exc;
char *rts_stack_limit;

const rts_typeinfo rts_typeinfos[] = {RTS_BUILTIN_TYPEINFOS};
const uint32_t rts_typeinfo_count = sizeof rts_typeinfos / sizeof rts_typeinfos[0];

/* ---- the stress collector -------------------------------------------------- */
#define F_FWD 0x100u  /* copied; the new address is stored at offset 8 */
#define F_DEAD 0x200u /* poisoned old copy */

static void **heap;  /* objects allocated since the last collection */
static size_t heap_n, heap_cap;
static void *prebuilt_roots[256]; /* prebuilt containers to scan */
static size_t prebuilt_n;
static int stress = 1;
long stub_gc_collections;

void stub_gc_set_stress(int on) { stress = on; }

static void heap_add(void *p) {
  if (heap_n == heap_cap) {
    heap_cap = heap_cap ? heap_cap * 2 : 256;
    heap = realloc(heap, heap_cap * sizeof *heap);
    if (!heap) abort();
  }
  heap[heap_n++] = p;
}

static size_t obj_size(const rts_hdr *h) {
  const rts_typeinfo *ti = &rts_typeinfos[h->tid];
  if (!ti->itemsize) return ti->fixedsize;
  int64_t len = *(const int64_t *)((const char *)h + ti->length_ofs);
  return ti->fixedsize + (size_t)len * ti->itemsize;
}

static void *copy(void *p) {
  if (!p) return NULL;
  rts_hdr *h = p;
  if (h->gcflags & RTS_GCFLAG_PREBUILT) return p;
  if (h->gcflags & F_FWD) return *(void **)((char *)p + 8);
  if (h->gcflags & F_DEAD || h->tid >= rts_typeinfo_count) {
    fprintf(stderr, "stub_gc: stale GC pointer %p reached from a root\n", p);
    abort();
  }
  size_t sz = obj_size(h);
  void *n = malloc(sz < 16 ? 16 : sz);
  if (!n) abort();
  memcpy(n, p, sz);
  h->gcflags |= F_FWD;
  *(void **)((char *)p + 8) = n;
  heap_add(n);
  return n;
}

static void scan(void *obj) {
  rts_hdr *h = obj;
  const rts_typeinfo *ti = &rts_typeinfos[h->tid];
  for (const uint16_t *o = ti->ptr_ofs; *o; o++) {
    void **slot = (void **)((char *)obj + *o);
    *slot = copy(*slot);
  }
  if (ti->itemsize && ti->item_ptr_ofs[0] != 0xFFFF) {
    int64_t len = *(int64_t *)((char *)obj + ti->length_ofs);
    for (int64_t i = 0; i < len; i++)
      for (const uint16_t *o = ti->item_ptr_ofs; *o != 0xFFFF; o++) {
        void **slot = (void **)((char *)obj + ti->fixedsize + i * ti->itemsize + *o);
        *slot = copy(*slot);
      }
  }
}

void rts_gc_collect(void) {
  void **old = heap;
  size_t old_n = heap_n;
  heap = NULL; heap_n = heap_cap = 0;
  for (void **s = shadow_stack; s < rts_ss_top; s++) *s = copy(*s);
  for (size_t i = 0; i < prebuilt_n; i++) scan(prebuilt_roots[i]);
  for (size_t i = 0; i < heap_n; i++) scan(heap[i]); /* Cheney scan */
  for (size_t i = 0; i < old_n; i++) {
    /* poison and leak, so stale reads see garbage, not recycled memory */
    rts_hdr *h = old[i];
    size_t sz = (h->gcflags & F_FWD) ? obj_size(*(rts_hdr **)((char *)h + 8)) : obj_size(h);
    memset(h, 0xDB, sz >= 16 ? sz : 16);
    h->tid = 0xDEAD;
    h->gcflags = F_DEAD;
  }
  free(old);
  stub_gc_collections++;
}

void rts_gc_init(void) {}
uint32_t rts_gc_barrier_flag = 0; /* a non-generational stand-in: no barrier */
void rts_gc_write_barrier(void *obj) { (void)obj; }
void rts_gc_write_barrier_item(void *obj, int64_t index) { (void)obj; (void)index; }
void rts_gc_report(void) {}

void *rts_gc_malloc(uint32_t tid, size_t size) {
  if (rts_ss_top > rts_ss_limit || rts_ss_top < shadow_stack) {
    fprintf(stderr, "stub_gc: shadow stack out of bounds\n");
    abort();
  }
  if (stress) rts_gc_collect();
  rts_hdr *h = calloc(1, size < 16 ? 16 : size);
  if (!h) abort();
  h->tid = tid;
  heap_add(h);
  return h;
}

void *rts_gc_malloc_varsize(uint32_t tid, int64_t length) {
  const rts_typeinfo *ti = &rts_typeinfos[tid];
  char *p = rts_gc_malloc(tid, ti->fixedsize + (size_t)length * ti->itemsize);
  *(int64_t *)(p + ti->length_ofs) = length;
  return p;
}

/* ---- prebuilt (never moved) objects for test inputs ------------------------ */
rts_str *stub_static_str(const uint16_t *u, int64_t n) {
  rts_str *s = calloc(1, sizeof(rts_str) + (size_t)n * sizeof(rts_char) + 2);
  s->hdr.tid = RTS_TID_STR;
  s->hdr.gcflags = RTS_GCFLAG_PREBUILT;
  s->len = n;
  memcpy(s->chars, u, (size_t)n * sizeof(rts_char));
  return s;
}

/* ---- minimal lists (the real ones are in runtime/lists.c) ------------------ */
rts_list *rts_list_new(int64_t len, bool gc_items) {
  rts_list *l = rts_gc_malloc(RTS_TID_LIST, sizeof(rts_list));
  l->len = len;
  RTS_PUSH_ROOT(l);
  rts_items *it = rts_gc_malloc_varsize(gc_items ? RTS_TID_ITEMS_GC : RTS_TID_ITEMS_RAW, len < 4 ? 4 : len);
  l = RTS_POP_ROOT(rts_list *);
  l->items = it;
  return l;
}

void rts_list_push(rts_list *l, rts_word w) {
  if (l->len == l->items->cap) {
    bool gc = l->items->hdr.tid == RTS_TID_ITEMS_GC;
    RTS_PUSH_ROOT(l);
    if (gc) RTS_PUSH_ROOT(w.p);
    rts_items *it = rts_gc_malloc_varsize(l->items->hdr.tid, l->items->cap * 2);
    if (gc) w.p = RTS_POP_ROOT(void *);
    l = RTS_POP_ROOT(rts_list *);
    memcpy(it->data, l->items->data, (size_t)l->len * sizeof(rts_word));
    l->items = it;
  }
  l->items->data[l->len++] = w;
}

/* ---- output (the real writer is runtime/os.c): stdio is enough here ------ */
void rts_write_str(int64_t fd, rts_str *s) {
  FILE *f = fd == 2 ? stderr : stdout;
  if (!s) { fputs("null", f); return; }
  int64_t n;
  char *u = rts_str_to_utf8(s, &n);
  fwrite(u, 1, (size_t)n, f);
  free(u);
}

void rts_write_byte(int64_t fd, int64_t b) { putc((int)(b & 255), fd == 2 ? stderr : stdout); }

void rts_flush_all(void) { fflush(stdout); }

/* ---- exceptions and fatal errors ------------------------------------------- */
int stub_raised_kind = -1;
char stub_raised_msg[256];
jmp_buf *stub_fatal_jmp; /* set by a test that expects rts_fatal */
char stub_fatal_msg[256];

void rts_raise_builtin(int kind, const char *message) {
  stub_raised_kind = kind;
  snprintf(stub_raised_msg, sizeof stub_raised_msg, "%s", message);
  rts_exc = (void *)stub_raised_msg;
}

void rts_print_uncaught(void *exc) { (void)exc; }

void rts_fatal(const char *what, const char *where) {
  snprintf(stub_fatal_msg, sizeof stub_fatal_msg, "%s (%s)", what, where ? where : "?");
  if (stub_fatal_jmp) longjmp(*stub_fatal_jmp, 1);
  fprintf(stderr, "fatal: %s\n", stub_fatal_msg);
  exit(70);
}

void rts_fatal_index(int64_t index, int64_t len, const char *where) {
  char m[96];
  snprintf(m, sizeof m, "index %lld out of range [0, %lld)", (long long)index, (long long)len);
  rts_fatal(m, where);
}

void rts_fatal_null(const char *where) { rts_fatal("null dereference", where); }
