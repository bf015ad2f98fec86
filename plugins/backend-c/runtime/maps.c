/* Insertion-ordered hash maps (JS Map and Set; a Set has values unused).
 * Their operations are RTS code (framework/rlib/maps.ts) over the layout
 * below; the runtime only allocates the arrays and hashes keys.
 *
 * Layout (rts.h), as CPython's compact dict:
 *  - entries->data[0..used): entries in insertion order.  state = hash | 1
 *    for a live entry (never 0), 0 for a deleted one (a hole; key and value
 *    are zeroed so the GC drops them).  entries->hdr.tid is
 *    RTS_TID_MENTRIES_xy, x = key is a GC pointer (string), y = value is.
 *  - index->slots[cap], cap = 2 * entries->cap, a power of two: open
 *    addressing (CPython's perturbed probe), entry number + 1, 0 = empty,
 *    -1 = deleted.
 *  Hashes are 32-bit, of key contents only (never addresses: the GC moves
 *  objects), and equal to rts/lltype's keyHash on Node, so prebuilt maps are
 *  laid out at translation time (backend-c/database.ts).
 *
 * Generated code walks a map for `for (... of m)` through the helpers'
 * mapIterNext: a position and the entries array it counts in, which links
 * to the array that replaced it (V8's OrderedHashTable does the same).
 */
#include "rts.h"

static uint32_t entries_tid(rts_map *m) {
  return RTS_TID_MENTRIES_00 + ((m->flags & 1) ? 2 : 0) + ((m->flags & 2) ? 1 : 0);
}

void rts_map_fresh_tables(rts_map *m, int64_t ecap) {
  RTS_PUSH_ROOT(m);
  rts_mentries *e = rts_gc_malloc_varsize(entries_tid(m), ecap);
  RTS_PUSH_ROOT(e);
  rts_mindex *ix = rts_gc_malloc_varsize(RTS_TID_MINDEX, 2 * ecap);
  e = RTS_POP_ROOT(rts_mentries *);
  m = RTS_POP_ROOT(rts_map *);
  if (m->entries) { /* the old array leads loops that still walk it to the new one */
    RTS_WB(m->entries);
    m->entries->next = e;
  }
  RTS_WB(m);
  m->entries = e;
  m->index = ix;
  m->used = 0;
}

rts_map *rts_map_new(bool gc_keys, bool gc_values) {
  rts_map *m = rts_gc_malloc(RTS_TID_MAP, sizeof(rts_map));
  m->flags = (gc_keys ? 1 : 0) | (gc_values ? 2 : 0);
  RTS_PUSH_ROOT(m);
  rts_map_fresh_tables(m, 8);
  return RTS_POP_ROOT(rts_map *);
}

/* Identity numbers given at run time: [2^21, 2^22), wrapping (a repeat only
 * makes two hashes collide); the prebuilt objects' are below (rts/ll). */
static uint32_t rts_identity_next = 1u << 21;
uint32_t rts_identity_give(rts_hdr *h) {
  uint32_t id = rts_identity_next;
  rts_identity_next = id == (1u << 22) - 1 ? 1u << 21 : id + 1;
  h->gcflags |= id << RTS_IDENTITY_SHIFT;
  return id;
}
