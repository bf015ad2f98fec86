// Map and Set, written in RTS over their inside (rts/lltype), as RPython's
// rordereddict.py writes the compact ordered dict.  The rtyper calls these
// helpers (mix-level: each is annotated and rtyped for a map type when the
// program first needs it), so they are inlined where small and visible to
// the effect analysis and, later, the JIT.
//
// The layout (CPython's compact dict): entries 0..used in insertion order,
// each with a state (the key's hash with bit 0 set; 0 for a hole left by a
// delete) and an index of 2 × capacity slots holding entry number + 1 (0
// empty, -1 deleted), probed as CPython does.  Live plus deleted slots never
// exceed used ≤ capacity = half the slots, so every probe meets an empty
// slot.  When an entry is needed and used = capacity, the live entries move,
// in order, to fresh arrays; clear() also installs fresh arrays.  Only those
// two replace the entries array; an old one keeps its entries as they were
// and links to its successor, which is what lets a for-of loop find its
// place again (mapIterNext).
//
// Hashes are 32-bit and the probe arithmetic stays below 2^53, so the same
// code runs on Node (rts/lltype's model of the inside) with the same results.
import {
  clearEntry, entriesCapacity, entriesOf, entryKey, entryState, entryValue, freshTables, indexMask, indexSlot, keyHash,
  mapSize, mapUsed, moveEntry, nextEntries, setEntryValue, setIndexSlot, setMapSize, setMapUsed, storeEntry, type MapEntries,
} from "rts/lltype";

const MIN_ENTRIES = 8;

/**
 * Where key k is: its index slot if present, else -1 - slot for the slot
 * a new entry for it takes (the first deleted one on its probe path, else
 * the empty one that ended it).
 */
function lookup<K, V>(m: Map<K, V>, k: K, state: number): number {
  const e = entriesOf(m);
  const mask = indexMask(m);
  let perturb = state >>> 0;
  let j = perturb & mask;
  let free = -1;
  for (;;) {
    const s = indexSlot(m, j);
    if (s === 0) return free >= 0 ? -1 - free : -1 - j;
    if (s < 0) {
      if (free < 0) free = j;
    } else if (entryState(e, s - 1) === state && entryKey(e, s - 1) === k) return j;
    perturb = perturb >>> 5;
    j = (j * 5 + perturb + 1) & mask;
  }
}

/** The first empty slot on the probe path of a state (the index has no deleted slots). */
function emptySlot<K, V>(m: Map<K, V>, state: number): number {
  const mask = indexMask(m);
  let perturb = state >>> 0;
  let j = perturb & mask;
  while (indexSlot(m, j) !== 0) {
    perturb = perturb >>> 5;
    j = (j * 5 + perturb + 1) & mask;
  }
  return j;
}

/** Moves the live entries, in order, to fresh arrays with room for twice as many (at least MIN_ENTRIES). */
function rebuild<K, V>(m: Map<K, V>): void {
  let cap = MIN_ENTRIES;
  while (cap < 2 * mapSize(m)) cap = cap * 2;
  const old = entriesOf(m);
  const oldUsed = mapUsed(m);
  freshTables(m, cap);
  const e = entriesOf(m);
  let n = 0;
  for (let i = 0; i < oldUsed; i++) {
    const state = entryState(old, i);
    if (state === 0) continue;
    moveEntry(old, i, e, n);
    setIndexSlot(m, emptySlot(m, state), n + 1);
    n++;
  }
  setMapUsed(m, n);
}

/** The entry number of key k, or -1. */
export function mapFind<K, V>(m: Map<K, V>, k: K): number {
  const j = lookup(m, k, keyHash(k) | 1);
  return j < 0 ? -1 : indexSlot(m, j) - 1;
}

export function mapHas<K, V>(m: Map<K, V>, k: K): boolean {
  return mapFind(m, k) >= 0;
}

/** `m.get(k)`: undefined for a missing key. */
export function mapGet<K, V>(m: Map<K, V>, k: K): V | undefined {
  const i = mapFind(m, k);
  return i < 0 ? undefined : entryValue(entriesOf(m), i);
}

/** `m.get(k) ?? d` where a stored value is never undefined: d for a missing key. */
export function mapGetOr<K, V, D>(m: Map<K, V>, k: K, d: D): V | D {
  const i = mapFind(m, k);
  return i < 0 ? d : entryValue(entriesOf(m), i);
}

/** A new entry for a key not in the map, at the slot lookup() gave. */
function insert<K, V>(m: Map<K, V>, k: K, v: V, state: number, slot: number): void {
  let j = slot;
  let used = mapUsed(m);
  if (used === entriesCapacity(entriesOf(m))) {
    rebuild(m);
    used = mapUsed(m);
    j = emptySlot(m, state);
  }
  storeEntry(entriesOf(m), used, state, k, v);
  setIndexSlot(m, j, used + 1);
  setMapUsed(m, used + 1);
  setMapSize(m, mapSize(m) + 1);
}

/** `m.set(k, v)`: a known key keeps its place. */
export function mapSet<K, V>(m: Map<K, V>, k: K, v: V): void {
  const state = keyHash(k) | 1;
  const j = lookup(m, k, state);
  if (j >= 0) setEntryValue(entriesOf(m), indexSlot(m, j) - 1, v);
  else insert(m, k, v, state, -1 - j);
}

/** `s.add(k)` (a Set is a map whose values are unused). */
export function setAdd<K>(s: Map<K, number>, k: K): void {
  const state = keyHash(k) | 1;
  const j = lookup(s, k, state);
  if (j < 0) insert(s, k, 0, state, -1 - j);
}

/** `m.delete(k)`: leaves a hole (entries never move here). */
export function mapDelete<K, V>(m: Map<K, V>, k: K): boolean {
  const j = lookup(m, k, keyHash(k) | 1);
  if (j < 0) return false;
  const i = indexSlot(m, j) - 1;
  setIndexSlot(m, j, -1);
  clearEntry(entriesOf(m), i);
  setMapSize(m, mapSize(m) - 1);
  return true;
}

/** `m.clear()`: every entry becomes a hole first, so that a running for-of resumes at the start of the fresh arrays. */
export function mapClear<K, V>(m: Map<K, V>): void {
  const e = entriesOf(m);
  const used = mapUsed(m);
  for (let i = 0; i < used; i++) clearEntry(e, i);
  setMapSize(m, 0);
  freshTables(m, MIN_ENTRIES);
}

/**
 * A for-of step: the position of the next live entry at or after `pos` in
 * the map's current entries, or -1 at the end.  `it` is the entries array
 * `pos` counts in; if the map has replaced it since (maybe several times),
 * the live entries before pos there are exactly the entries before the
 * place to resume in its successor (a replacement keeps live entries in
 * order and drops holes; clear() makes every entry a hole first).
 * So entries deleted before being reached are skipped, entries added
 * during the loop are visited, and after clear() only later additions are.
 */
export function mapIterNext<K, V>(m: Map<K, V>, it: MapEntries<K, V>, pos: number): number {
  const e = entriesOf(m);
  let p = pos;
  // each replaced array links to its successor and is frozen: follow the chain
  for (let a = it; a !== e; a = nextEntries(a)) {
    let n = 0;
    for (let i = 0; i < p; i++) if (entryState(a, i) !== 0) n++;
    p = n;
  }
  const used = mapUsed(m);
  while (p < used && entryState(e, p) === 0) p++;
  return p < used ? p : -1;
}
