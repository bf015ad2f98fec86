// rts/lltype: the inside of lists, maps and strings, for the toolkit's own
// RTS code (rts/rlib/lists, maps, strings), as RPython's ll helpers see a
// list's items array, a dict's entries and index or a string's chars.  A translated list is a GC
// struct {length, items} whose items array has room for `capacity(l)`
// values; a Map or Set is {size, used, entries, index}
// (plugins/backend-c/runtime/rts.h, maps.c; rtyper/layout.ts).  The methods
// are RTS functions over these operations, so they are inlined, analysed
// and traced like the program.
//
// Each function is one low-level operation (frontend/builtins.ts,
// LLTYPE_INTRINSICS).  On Node a list is a JS array whose capacity is its
// length, a map's inside is kept beside the JS Map (the llinterp's model
// of it), a string is a JS string (never a view, no cached hash): the
// helpers run there too, with the same results.

/** How many items the list can hold before it must grow (≥ its length). */
export function capacity<T>(l: T[]): number {
  return l.length;
}

/** Makes room for at least `n` items (may allocate, and so collect). */
export function reserve<T>(l: T[], n: number): void {
  void l;
  void n;
}

/** Sets the length: `n` ≤ capacity; items at n and beyond are dropped (the GC no longer sees them). */
export function setLength<T>(l: T[], n: number): void {
  l.length = n;
}

/** Stores item i, which may be the first one past the end (i ≤ length, i < capacity): no bounds check. */
export function storeItem<T>(l: T[], i: number, x: T): void {
  l[i] = x;
}

/**
 * Copies n items of `src` from index `from` to `dst` at `to` (the ranges
 * may overlap; to ≤ dst's length and to + n ≤ its capacity).  Items written
 * past dst's length count once setLength() says so.
 */
export function moveItems<T>(src: T[], from: number, dst: T[], to: number, n: number): void {
  const items = src.slice(from, from + n);
  for (let k = 0; k < n; k++) dst[to + k] = items[k];
}

/**
 * A map's entries array (rts_mentries in plugins/backend-c/runtime/rts.h):
 * state is the key's hash with bit 0 set for a live entry, 0 for a hole.
 */
export class LLMapEntries<K = unknown, V = unknown> {
  readonly state: number[];
  readonly keys: (K | undefined)[];
  readonly values: (V | undefined)[];
  /** The array that replaced this one in its map (null while it is the map's). */
  next: LLMapEntries<K, V> | null = null;
  constructor(readonly cap: number) {
    this.state = new Array<number>(cap).fill(0);
    this.keys = new Array<K | undefined>(cap).fill(undefined);
    this.values = new Array<V | undefined>(cap).fill(undefined);
  }
}

/**
 * A Map or Set as translated (rts_map): live entries, entries used (holes
 * included), the entries in insertion order and an open-addressing index of
 * entry numbers + 1 (0 empty, -1 deleted).  Its operations are the RTS
 * helpers of rts/rlib/maps; this is only the memory they work on.
 */
export class LLMap<K = unknown, V = unknown> {
  size = 0;
  used = 0;
  entries: LLMapEntries<K, V>;
  index: number[];
  constructor(entryCapacity = 8) {
    this.entries = new LLMapEntries(entryCapacity);
    this.index = new Array<number>(2 * entryCapacity).fill(0);
  }
  /** Installs fresh, empty arrays (the old entries array is never written again). */
  freshTables(entryCapacity: number): void {
    const old = this.entries;
    this.entries = new LLMapEntries(entryCapacity);
    old.next = this.entries;
    this.index = new Array<number>(2 * entryCapacity).fill(0);
    this.used = 0;
  }
  /** The live entries in order. */
  *live(): Generator<[K, V]> {
    const e = this.entries;
    for (let i = 0; i < this.used; i++) if (e.state[i] !== 0) yield [e.keys[i] as K, e.values[i] as V];
  }
}

/** Code unit i of s (0 ≤ i < length: unchecked). */
export function unitAt(s: string, i: number): number {
  return s.charCodeAt(i);
}

/** Whether a's n units from i equal b's from j (both ranges inside their strings: unchecked). */
export function sameUnits(a: string, i: number, b: string, j: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (a.charCodeAt(i + k) !== b.charCodeAt(j + k)) return false;
  return true;
}

/**
 * A fresh string being filled: the low-level string itself (the annotator
 * sees a string; TypeScript keeps it apart until finishUnits), on Node and
 * in the llinterp an array of code units.
 */
export class Units {
  constructor(readonly units: number[]) {}
}

/** A string of n units to fill (n ≤ the maximum string length: unchecked; may allocate, and so collect). */
export function newUnits(n: number): Units {
  return new Units(new Array<number>(n).fill(0));
}

/** Copies n units of s from `from` into u at `to`. */
export function copyUnits(s: string, from: number, u: Units, to: number, n: number): void {
  for (let k = 0; k < n; k++) u.units[to + k] = s.charCodeAt(from + k);
}

/** Sets unit i of u (0 ≤ i < its length: unchecked) to c (0 ≤ c < 2^16). */
export function setUnit(u: Units, i: number, c: number): void {
  u.units[i] = c;
}

/** Copies n of u's own units from `from` to `to` (the ranges may overlap). */
export function copyOwnUnits(u: Units, from: number, to: number, n: number): void {
  u.units.copyWithin(to, from, from + n);
}

/** The string u was filled to be; u is not written again. */
export function finishUnits(u: Units): string {
  let s = "";
  for (let i = 0; i < u.units.length; i += 8192) s += String.fromCharCode(...u.units.slice(i, i + 8192));
  return s;
}

/** A map's entries array: entry i has a state (0 for a hole), a key and a value. */
export type MapEntries<K, V> = LLMapEntries<K, V>;

type Table<K, V> = Map<K, V> | Set<K>;

const insides = new WeakMap<object, LLMap>();

/** The inside kept for a JS Map or Set, or an LLMap itself (a prebuilt map laid out at translation time). */
function inside<K, V>(m: Table<K, V>): LLMap<K, V> {
  if (m instanceof LLMap) return m as LLMap<K, V>;
  let x = insides.get(m);
  if (!x) insides.set(m, (x = new LLMap()));
  return x as LLMap<K, V>;
}

/** Live entries. */
export function mapSize<K, V>(m: Table<K, V>): number {
  return inside(m).size;
}

export function setMapSize<K, V>(m: Table<K, V>, n: number): void {
  inside(m).size = n;
}

/** Entries used, holes included: the next entry goes at this position. */
export function mapUsed<K, V>(m: Table<K, V>): number {
  return inside(m).used;
}

export function setMapUsed<K, V>(m: Table<K, V>, n: number): void {
  inside(m).used = n;
}

/** The index has a power-of-two number of slots (twice the entries' capacity): this is that minus 1. */
export function indexMask<K, V>(m: Table<K, V>): number {
  return inside(m).index.length - 1;
}

/** Index slot j: entry number + 1, 0 if empty, -1 if its entry was deleted. */
export function indexSlot<K, V>(m: Table<K, V>, j: number): number {
  return inside(m).index[j];
}

export function setIndexSlot<K, V>(m: Table<K, V>, j: number, s: number): void {
  inside(m).index[j] = s;
}

/** Gives the map new, empty entries (room for n) and index arrays, and used = 0 (may allocate, and so collect). */
export function freshTables<K, V>(m: Table<K, V>, n: number): void {
  inside(m).freshTables(n);
}

export function entriesOf<K, V>(m: Table<K, V>): MapEntries<K, V> {
  return inside(m).entries;
}

/** The entries array that replaced e in its map (e itself while it is the map's: never read then). */
export function nextEntries<K, V>(e: MapEntries<K, V>): MapEntries<K, V> {
  return e.next ?? e;
}

export function entriesCapacity<K, V>(e: MapEntries<K, V>): number {
  return e.cap;
}

export function entryState<K, V>(e: MapEntries<K, V>, i: number): number {
  return e.state[i];
}

export function entryKey<K, V>(e: MapEntries<K, V>, i: number): K {
  return e.keys[i] as K;
}

export function entryValue<K, V>(e: MapEntries<K, V>, i: number): V {
  return e.values[i] as V;
}

export function storeEntry<K, V>(e: MapEntries<K, V>, i: number, state: number, k: K, v: V): void {
  e.state[i] = state;
  e.keys[i] = k;
  e.values[i] = v;
}

export function setEntryValue<K, V>(e: MapEntries<K, V>, i: number, v: V): void {
  e.values[i] = v;
}

/** Makes entry i a hole, dropping its key and value (the GC no longer sees them). */
export function clearEntry<K, V>(e: MapEntries<K, V>, i: number): void {
  e.state[i] = 0;
  e.keys[i] = undefined;
  e.values[i] = undefined;
}

/** Copies entry i of src to entry j of dst. */
export function moveEntry<K, V>(src: MapEntries<K, V>, i: number, dst: MapEntries<K, V>, j: number): void {
  dst.state[j] = src.state[i];
  dst.keys[j] = src.keys[i];
  dst.values[j] = src.values[i];
}

/**
 * The hash of a key, in [0, 2^32): the same numbers as the C runtime's
 * (rts_key_hash_int, rts/rlib/strings strHash), so prebuilt maps are laid out at
 * translation time.  Contents only, never addresses (the GC moves objects).
 */
export function keyHash<K>(k: K): number {
  if (typeof k === "string") return stringHash(k);
  if (typeof k === "number") return intHash(k);
  if (k !== null && typeof k === "object") return identityHash(identityOf(k as object) || giveIdentity(k as object, newIdentity()));
  return 0;
}

/**
 * An object key's hash comes from its identity number (22 bits, never 0),
 * kept in its header translated (rts/ll IDENTITY_SHIFT; C: rts_op_identity_hash)
 * and beside it here.  Prebuilt objects get theirs at translation time.
 */
const identities = new WeakMap<object, number>();
let nextIdentity = 2097152; // rts/ll FIRST_RUNTIME_IDENTITY

/** The identity number of x, 0 while it has none. */
export function identityOf(x: object): number {
  return identities.get(x) ?? 0;
}

/** The next run-time identity number (wrapping around in [2^21, 2^22): numbers may repeat, hashes collide then). */
function newIdentity(): number {
  const id = nextIdentity;
  nextIdentity = id === 4194303 ? 2097152 : id + 1;
  return id;
}

export function giveIdentity(x: object, id: number): number {
  identities.set(x, id);
  return id;
}

/** The hash of identity number id (the same as the C runtime's). */
export function identityHash(id: number): number {
  return fmix32(id);
}

/** FNV-1a over the UTF-16 code units; never 0 (the runtime caches it with 0 meaning "not yet"). */
export function stringHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0 || 1;
}

/** MurmurHash3's finalizer: spreads nearby ints over all 32 bits. */
function fmix32(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Of a safe integer's two's-complement halves. */
function intHash(k: number): number {
  const hi = Math.floor(k / 4294967296);
  return fmix32((k >>> 0) ^ fmix32(hi >>> 0));
}

/**
 * The code units a code point maps to on its own (Unicode's full case
 * mapping without context: final sigma is the caller's), at most 3, packed
 * as n + 4·u0 + 2^18·u1 + 2^34·u2.  Translated, the tables are the C
 * runtime's (unicode_tables.h, generated from Node).
 */
export function upperCaseOf(c: number): number {
  return packUnits(String.fromCodePoint(c).toUpperCase());
}

export function lowerCaseOf(c: number): number {
  return packUnits(String.fromCodePoint(c).toLowerCase());
}

function packUnits(s: string): number {
  let r = s.length;
  for (let k = 0, f = 4; k < s.length; k++, f *= 65536) r += f * s.charCodeAt(k);
  return r;
}

/** Unicode's Cased property (for final sigma). */
export function isCased(c: number): boolean {
  return /\p{Cased}/u.test(String.fromCodePoint(c));
}

/** Unicode's Case_Ignorable property (for final sigma). */
export function isCaseIgnorable(c: number): boolean {
  return /\p{Case_Ignorable}/u.test(String.fromCodePoint(c));
}

/** The hash cached in s, 0 if not computed yet (on Node strings have no such field: always 0). */
export function cachedHash(s: string): number {
  void s;
  return 0;
}

/** Caches h (not 0) as s's hash. */
export function setCachedHash(s: string, h: number): void {
  void s;
  void h;
}

/** Whether a and b are the same string object (on Node, equal strings: either way their units are equal). */
export function sameString(a: string | null | undefined, b: string | null | undefined): boolean {
  return a === b;
}

/**
 * The code units a long concatenation is built in (rts_strbuf): room for
 * `units.length` units, of which [lo, used) are written.  Strings that are
 * *views* of it (rts_strview) each see a range of the written units, which
 * never change; rts/rlib/strings strConcat appends or prepends in place
 * when the view it extends ends at `used` or starts at `lo`.  On Node and in
 * the llinterp's object model a string is never a view (isView is false),
 * so every long concatenation there copies.
 */
export class StrBuffer {
  lo = 0;
  used = 0;
  constructor(readonly units: number[]) {}
}

/** Whether s is a view of a buffer (only the translated program's strings can be). */
export function isView(s: string): boolean {
  void s;
  return false;
}

/** The buffer a view sees (s must be a view). */
export function viewBuffer(s: string): StrBuffer {
  throw new Error(`lltype.viewBuffer: ${JSON.stringify(s.slice(0, 20))} is not a view`);
}

/** Where a view's units start in its buffer (s must be a view). */
export function viewStart(s: string): number {
  throw new Error(`lltype.viewStart: ${JSON.stringify(s.slice(0, 20))} is not a view`);
}

/** A buffer with room for n units, none written (lo = used = 0; may allocate, and so collect). */
export function newBuffer(n: number): StrBuffer {
  return new StrBuffer(new Array<number>(n).fill(0));
}

export function bufferCapacity(b: StrBuffer): number {
  return b.units.length;
}

/** Where the written units start. */
export function bufferStart(b: StrBuffer): number {
  return b.lo;
}

/** Where the written units end. */
export function bufferEnd(b: StrBuffer): number {
  return b.used;
}

export function setBufferStart(b: StrBuffer, i: number): void {
  b.lo = i;
}

export function setBufferEnd(b: StrBuffer, i: number): void {
  b.used = i;
}

/** Copies n units of s from `from` into b at `to` (outside the units any view sees). */
export function copyUnitsToBuffer(s: string, from: number, b: StrBuffer, to: number, n: number): void {
  for (let k = 0; k < n; k++) b.units[to + k] = s.charCodeAt(from + k);
}

/** A string of the n units of b from `start` (written, and never written again; may allocate, and so collect). */
export function newView(b: StrBuffer, start: number, n: number): string {
  return finishUnits(new Units(b.units.slice(start, start + n)));
}
