/* Insertion-ordered hash maps (JS Map and Set; a Set has values unused).
 *
 * Layout (rts.h), as CPython's compact dict:
 *  - entries->data[0..used): entries in insertion order.  state = hash | 1
 *    for a live entry (never 0), 0 for a deleted one (a hole; key and value
 *    are zeroed so the GC drops them).  entries->hdr.tid is
 *    RTS_TID_MENTRIES_xy, x = key is a GC pointer (string), y = value is.
 *  - index->slots[cap], cap a power of two >= 2 * entries->cap: open
 *    addressing (CPython's perturbed probe), entry number + 1, 0 = empty,
 *    -1 = deleted.  Live plus deleted slots <= used <= cap/2, so a probe
 *    always reaches an empty slot.
 *  Hashes depend only on key contents (ints are mixed, strings use
 *  rts_str_hash), never on addresses: the GC moves objects.
 *
 * Overwriting a key keeps its position; delete leaves a hole (never moves an
 * entry, never lowers used).  When rts_map_set needs an entry and
 * used == cap, the live entries are copied, in order, into a FRESH entries
 * array (grown, same size or shrunk: cap = max(8, pow2 >= 2*size)) with a
 * fresh index.  rts_map_clear also installs fresh arrays, after marking every
 * old entry deleted.  Only those two replace m->entries, and an old entries
 * array is never written again afterwards.
 *
 * ITERATION PROTOCOL (generated code for `for (... of m)`, keys(), values(),
 * forEach): keep the entries array the loop started on (a GC root, like any
 * pointer local) and a position into it:
 *
 *   rts_mentries *it = m->entries; int64_t pos = 0;
 *   for (;;) {
 *     if (RTS_UNLIKELY(m->entries != it)) { pos = rts_map_iter_resync(it, pos); it = m->entries; }
 *     if (pos >= m->used) break;
 *     rts_mentry *e = &it->data[pos++];
 *     if (e->state == 0) continue;
 *     ...body: e->key, e->value (read them before anything that may collect)...
 *   }
 *
 * Resync counts the live entries before pos in the old array: since a
 * replacement keeps live entries in order and drops only holes, that count
 * is exactly the position of the next unvisited entry in the new array.
 * This gives JS semantics: entries deleted before being reached are skipped,
 * entries added during the loop are visited, and after clear() the loop
 * visits only entries added later.
 */
#include "rts.h"

#define MIN_ECAP 8
#define KEY_STR(m) ((m)->flags & 1)
#define VAL_GC(m) ((m)->flags & 2)

static inline int64_t hash_int(int64_t k) {
  uint64_t x = (uint64_t)k; /* splitmix64 finaliser: spreads nearby ints */
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return (int64_t)x;
}

/* The entry state: the key's hash with bit 0 set, so never 0. */
static inline int64_t key_state(rts_map *m, rts_word key) {
  if (!KEY_STR(m)) return hash_int(key.i) | 1;
  return key.p ? rts_str_hash(key.p) | 1 : 1;
}

static inline bool key_eq(rts_map *m, rts_word a, rts_word b) {
  if (!KEY_STR(m) || a.p == b.p) return a.i == b.i;
  return a.p && b.p && a.p != RTS_UNDEF_PTR && b.p != RTS_UNDEF_PTR && rts_str_eq(a.p, b.p); /* undefined is only itself */
}

/* Finds key; returns its entry number or -1.  *slot gets the key's index
 * slot, or where to insert it (the first deleted slot on the path if any). */
static int64_t find(rts_map *m, rts_word key, int64_t state, int64_t *slot) {
  int64_t *slots = m->index->slots;
  rts_mentry *data = m->entries->data;
  uint64_t mask = (uint64_t)m->index->cap - 1, perturb = (uint64_t)state;
  uint64_t i = perturb & mask;
  int64_t free_slot = -1;
  for (;;) {
    int64_t s = slots[i];
    if (s == 0) {
      *slot = free_slot >= 0 ? free_slot : (int64_t)i;
      return -1;
    }
    if (s < 0) {
      if (free_slot < 0) free_slot = (int64_t)i;
    } else if (data[s - 1].state == state && key_eq(m, data[s - 1].key, key)) {
      *slot = (int64_t)i;
      return s - 1;
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

/* First empty slot for state (the index has no deleted slots here). */
static int64_t free_slot_for(rts_mindex *index, int64_t state) {
  uint64_t mask = (uint64_t)index->cap - 1, perturb = (uint64_t)state;
  uint64_t i = perturb & mask;
  while (index->slots[i] != 0) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return (int64_t)i;
}

static uint32_t entries_tid(rts_map *m) {
  return RTS_TID_MENTRIES_00 + (KEY_STR(m) ? 2 : 0) + (VAL_GC(m) ? 1 : 0);
}

/* Installs fresh, empty arrays with room for ecap entries.  May collect:
 * returns m's new address. */
static rts_map *new_arrays(rts_map *m, int64_t ecap) {
  RTS_PUSH_ROOT(m);
  rts_mentries *e = rts_gc_malloc_varsize(entries_tid(m), ecap);
  RTS_PUSH_ROOT(e);
  rts_mindex *ix = rts_gc_malloc_varsize(RTS_TID_MINDEX, 2 * ecap);
  e = RTS_POP_ROOT(rts_mentries *);
  m = RTS_POP_ROOT(rts_map *);
  RTS_WB(m);
  m->entries = e;
  m->index = ix;
  m->used = 0;
  return m;
}

/* Moves the live entries, in order, into fresh arrays sized for growth. */
static rts_map *rebuild(rts_map *m) {
  int64_t ecap = MIN_ECAP;
  while (ecap < 2 * m->size) ecap *= 2;
  rts_mentries *old = m->entries;
  int64_t old_used = m->used;
  RTS_PUSH_ROOT(old);
  m = new_arrays(m, ecap);
  old = RTS_POP_ROOT(rts_mentries *);
  rts_mentry *dst = m->entries->data;
  int64_t n = 0;
  for (int64_t i = 0; i < old_used; i++) {
    rts_mentry *e = &old->data[i];
    if (e->state == 0) continue;
    dst[n] = *e;
    m->index->slots[free_slot_for(m->index, e->state)] = n + 1;
    n++;
  }
  m->used = n;
  RTS_WB(m->entries); /* a large entries array is allocated old */
  return m;
}

rts_map *rts_map_new(bool str_keys, bool gc_values) {
  rts_map *m = rts_gc_malloc(RTS_TID_MAP, sizeof(rts_map));
  m->flags = (str_keys ? 1 : 0) | (gc_values ? 2 : 0);
  return new_arrays(m, MIN_ECAP);
}

int64_t rts_map_lookup(rts_map *m, rts_word key) {
  int64_t slot;
  return find(m, key, key_state(m, key), &slot);
}

void rts_map_set(rts_map *m, rts_word key, rts_word value) {
  int64_t state = key_state(m, key), slot;
  int64_t ix = find(m, key, state, &slot);
  if (ix >= 0) {
    RTS_WB_ITEM(m->entries, ix);
    m->entries->data[ix].value = value;
    return;
  }
  if (m->used == m->entries->cap) {
    /* rebuild allocates: root the key and value when they are pointers */
    bool ks = KEY_STR(m), vg = VAL_GC(m);
    if (ks) RTS_PUSH_ROOT(key.p);
    if (vg) RTS_PUSH_ROOT(value.p);
    m = rebuild(m);
    if (vg) value.p = RTS_POP_ROOT(void *);
    if (ks) key.p = RTS_POP_ROOT(void *);
    slot = free_slot_for(m->index, state);
  }
  RTS_WB_ITEM(m->entries, m->used);
  rts_mentry *e = &m->entries->data[m->used];
  e->state = state;
  e->key = key;
  e->value = value;
  m->index->slots[slot] = ++m->used;
  m->size++;
}

bool rts_map_delete(rts_map *m, rts_word key) {
  int64_t slot;
  int64_t ix = find(m, key, key_state(m, key), &slot);
  if (ix < 0) return false;
  m->index->slots[slot] = -1;
  rts_mentry *e = &m->entries->data[ix];
  e->state = 0;
  e->key.i = 0;
  e->value.i = 0;
  m->size--;
  return true;
}

void rts_map_clear(rts_map *m) {
  /* old entries are marked deleted so that a running iteration resyncs to 0 */
  rts_mentry *data = m->entries->data;
  for (int64_t i = 0; i < m->used; i++) data[i] = (rts_mentry){0, {0}, {0}};
  m->size = 0;
  new_arrays(m, MIN_ECAP);
}

int64_t rts_map_iter_resync(rts_mentries *old, int64_t pos) {
  int64_t n = 0;
  for (int64_t i = 0; i < pos; i++) n += old->data[i].state != 0;
  return n;
}
