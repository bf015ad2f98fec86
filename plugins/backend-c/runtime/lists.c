/* Lists (JS arrays): an rts_list points to an rts_items array of capacity
 * items->cap; data[0..len) are the elements, data[len..cap) stay zero so the
 * GC never sees stale pointers.  items->hdr.tid is RTS_TID_ITEMS_GC when the
 * elements are GC pointers, RTS_TID_ITEMS_RAW otherwise.
 *
 * Growth (rts_list_push when len == cap): new cap = cap + cap/2 + 4, elements
 * copied into a fresh items array.  Generated code may inline the fast path
 *   if (l->len < l->items->cap) l->items->data[l->len++] = w; else rts_list_push(l, w);
 * Every function here may collect: callers reload their roots afterwards.
 * Stores of GC pointers go through the write barrier (RTS_WB, RTS_WB_ITEM). */
#include "rts.h"

#define MIN_CAP 4

static rts_items *new_items(uint32_t tid, int64_t cap) {
  return rts_gc_malloc_varsize(tid, cap < MIN_CAP ? MIN_CAP : cap);
}

rts_list *rts_list_new(int64_t len, bool gc_items) {
  if (len < 0) rts_fatal("invalid array length", NULL);
  rts_items *items = new_items(gc_items ? RTS_TID_ITEMS_GC : RTS_TID_ITEMS_RAW, len);
  RTS_PUSH_ROOT(items);
  rts_list *l = rts_gc_malloc(RTS_TID_LIST, sizeof(rts_list));
  l->items = RTS_POP_ROOT(rts_items *); /* l is new and small: young */
  l->len = len;
  return l;
}

void rts_list_push(rts_list *l, rts_word w) {
  rts_items *items = l->items;
  if (RTS_LIKELY(l->len < items->cap)) {
    if (items->hdr.tid == RTS_TID_ITEMS_GC) RTS_WB_ITEM(items, l->len);
    items->data[l->len++] = w;
    return;
  }
  uint32_t tid = items->hdr.tid;
  bool gc = tid == RTS_TID_ITEMS_GC;
  /* only real pointers may sit on the shadow stack: raw words would be
   * mistaken for heap addresses */
  RTS_PUSH_ROOT(l);
  if (gc) RTS_PUSH_ROOT(w.p);
  rts_items *fresh = new_items(tid, items->cap + items->cap / 2 + 4);
  if (gc) w.p = RTS_POP_ROOT(void *);
  l = RTS_POP_ROOT(rts_list *);
  memcpy(fresh->data, l->items->data, (size_t)l->len * sizeof(rts_word));
  fresh->data[l->len++] = w;
  if (gc) RTS_WB(fresh); /* a large array is allocated old */
  RTS_WB(l);
  l->items = fresh;
}

rts_word rts_list_pop(rts_list *l) {
  if (l->len == 0) rts_fatal("pop from empty array", NULL);
  rts_word *slot = &l->items->data[--l->len];
  rts_word w = *slot;
  slot->i = 0; /* drop the reference */
  return w;
}

/* Removes and returns the first item (the list must not be empty). */
rts_word rts_list_shift(rts_list *l) {
  rts_word *d = l->items->data;
  rts_word w = d[0];
  /* the items keep their order: a moving write barrier is not needed within one items array,
     but the card marks of the moved pointers must follow them */
  if (l->items->hdr.tid == RTS_TID_ITEMS_GC) RTS_WB(l->items);
  memmove(d, d + 1, (size_t)(l->len - 1) * sizeof(rts_word));
  d[--l->len].i = 0;
  return w;
}

/* JS relative index: negative counts from the end, clamped to [0, len]. */
static int64_t clamp_index(int64_t i, int64_t len) {
  if (i < 0) return i < -len ? 0 : len + i;
  return i > len ? len : i;
}

rts_list *rts_list_slice(rts_list *l, int64_t start, int64_t end) {
  int64_t len = l->len;
  start = clamp_index(start, len);
  end = end == INT64_MAX ? len : clamp_index(end, len);
  int64_t n = end > start ? end - start : 0;
  RTS_PUSH_ROOT(l);
  rts_list *r = rts_list_new(n, l->items->hdr.tid == RTS_TID_ITEMS_GC);
  l = RTS_POP_ROOT(rts_list *);
  memcpy(r->items->data, l->items->data + start, (size_t)n * sizeof(rts_word));
  if (r->items->hdr.tid == RTS_TID_ITEMS_GC) RTS_WB(r->items);
  return r;
}

rts_list *rts_list_concat(rts_list *a, rts_list *b) {
  RTS_PUSH_ROOT(a);
  RTS_PUSH_ROOT(b);
  rts_list *r = rts_list_new(a->len + b->len, a->items->hdr.tid == RTS_TID_ITEMS_GC);
  b = RTS_POP_ROOT(rts_list *);
  a = RTS_POP_ROOT(rts_list *);
  memcpy(r->items->data, a->items->data, (size_t)a->len * sizeof(rts_word));
  memcpy(r->items->data + a->len, b->items->data, (size_t)b->len * sizeof(rts_word));
  if (r->items->hdr.tid == RTS_TID_ITEMS_GC) RTS_WB(r->items);
  return r;
}
