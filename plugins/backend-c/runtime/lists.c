/* Lists (JS arrays): an rts_list points to an rts_items array of capacity
 * items->cap; data[0..len) are the elements, data[len..cap) stay zero so the
 * GC never sees stale pointers.  items->hdr.tid is RTS_TID_ITEMS_GC when the
 * elements are GC pointers, RTS_TID_ITEMS_RAW otherwise.
 *
 * The list methods of translated programs are RTS code (rts/rlib/lists)
 * over rts_list_reserve and rts_list_move and the inline operations of
 * rts_ops.h; rts_list_new and rts_list_push serve the runtime itself
 * (split, argv).  Growth: new cap = cap + cap/2 + 4 (as rts/rlib/lists),
 * elements copied into a fresh items array.
 * Every function here may collect: callers reload their roots afterwards.
 * Stores of GC pointers go through the write barrier (RTS_WB, RTS_WB_ITEM). */
#include "rts.h"

#define MIN_CAP 4

static rts_items *new_items(uint32_t tid, int64_t cap) {
  return rts_gc_malloc_varsize(tid, cap < MIN_CAP ? MIN_CAP : cap);
}

rts_list *rts_list_new(int64_t len, bool gc_items) {
  if (RTS_LIKELY(len >= 0 && len <= 1024)) {
    /* both objects in one bump of the nursery when there is room: `[]` in RTS code and the JIT's lists (a frame's
     * slots) were two calls of the GC's allocation, 6-8% of the Python interpreter's instructions in deltablue,
     * hexiom, nqueens with the JIT (the nursery is zeroed: only the type ids, the capacity and the list's fields) */
    int64_t cap = len < MIN_CAP ? MIN_CAP : len;
    size_t isize = sizeof(rts_items) + sizeof(rts_word) * (size_t)cap;
    char *p = rts_gc_malloc_bump(gc_items ? RTS_TID_ITEMS_GC : RTS_TID_ITEMS_RAW, isize + sizeof(rts_list));
    if (RTS_LIKELY(p != NULL)) {
      rts_items *items = (rts_items *)p;
      items->cap = cap;
      rts_list *l = (rts_list *)(p + isize);
      l->hdr.tid = RTS_TID_LIST;
      l->items = items;
      l->len = len;
      return l;
    }
  }
  if (len < 0) rts_fatal("invalid array length", NULL);
  rts_items *items = new_items(gc_items ? RTS_TID_ITEMS_GC : RTS_TID_ITEMS_RAW, len);
  RTS_PUSH_ROOT(items);
  rts_list *l = rts_gc_malloc(RTS_TID_LIST, sizeof(rts_list));
  l->items = RTS_POP_ROOT(rts_items *); /* l is new and small: young */
  l->len = len;
  return l;
}

/* `new Array(n).fill(w)` (list_new_filled) */
rts_list *rts_list_new_filled(int64_t n, bool gc_items, rts_word w) {
  if (RTS_UNLIKELY(n < 0 || n > INT64_C(4294967295))) {
    rts_raise_builtin(RTS_ERR_RANGE, "Invalid array length");
    return NULL;
  }
  if (gc_items) RTS_PUSH_ROOT(w.p);
  rts_list *l = rts_list_new(n, gc_items);
  if (gc_items) w.p = RTS_POP_ROOT(void *);
  rts_word *data = l->items->data;
  for (int64_t i = 0; i < n; i++) data[i] = w;
  if (gc_items) RTS_WB(l->items);
  return l;
}

void rts_list_push(rts_list *l, rts_word w) {
  if (RTS_UNLIKELY(l->len == l->items->cap)) {
    bool gc = l->items->hdr.tid == RTS_TID_ITEMS_GC;
    /* only real pointers may sit on the shadow stack: raw words would be
     * mistaken for heap addresses */
    RTS_PUSH_ROOT(l);
    if (gc) RTS_PUSH_ROOT(w.p);
    rts_list_reserve(l, l->items->cap + l->items->cap / 2 + 4);
    if (gc) w.p = RTS_POP_ROOT(void *);
    l = RTS_POP_ROOT(rts_list *);
  }
  RTS_WB_ITEM(l->items, l->len); /* the GC ignores raw items */
  l->items->data[l->len++] = w;
}

/* Room for cap items: a fresh items array holding the len items. */
void rts_list_reserve(rts_list *l, int64_t cap) {
  if (cap <= l->items->cap) return;
  uint32_t tid = l->items->hdr.tid;
  RTS_PUSH_ROOT(l);
  rts_items *fresh = new_items(tid, cap);
  l = RTS_POP_ROOT(rts_list *);
  memcpy(fresh->data, l->items->data, (size_t)l->len * sizeof(rts_word));
  if (tid == RTS_TID_ITEMS_GC) RTS_WB(fresh); /* a large array is allocated old */
  RTS_WB(l);
  l->items = fresh;
}

/* n items from src[from..] to dst[to..] (the ranges may overlap); dst has the room. */
void rts_list_move(rts_list *src, int64_t from, rts_list *dst, int64_t to, int64_t n) {
  if (n <= 0) return;
  /* pointers moved to other items (cards) of dst: remember the whole array */
  if (dst->items->hdr.tid == RTS_TID_ITEMS_GC) RTS_WB(dst->items);
  memmove(dst->items->data + to, src->items->data + from, (size_t)n * sizeof(rts_word));
}
