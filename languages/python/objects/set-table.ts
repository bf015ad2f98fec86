// The set and frozenset table: CPython 3.11's setobject.c reproduced
// operation for operation (open addressing with 9 linear probes then
// perturbed jumps, dummies for deleted keys, the fill/used/mask rules for
// growing and rebuilding, the last dummy of a probe chain reused by add,
// pop's finger, set_merge's three ways of copying), with the same 64-bit
// hashes (hashing.ts), so a set of ints, floats or tuples iterates, prints
// and pops in CPython's order.  set-algebra.ts has the operators, set.ts
// the Python methods.
//
// A hash travels as two int32 words (hh, hl) here; the table keeps them in
// two Int32Arrays beside the keys.
import { dictKeys } from "./dict.ts";
import { KeyError, RuntimeError, TypeError as PyTypeError, keyError, matches, pyError } from "./exceptions.ts";
import { hashHigh, hashResult, mul64, pyHash, shr64 } from "./hashing.ts";
import { getIter, nextOrNull } from "./items.ts";
import { PyGenerator, generatorNextInto, isPlainValue } from "./generators.ts";
import { GenSink } from "./gensink.ts";
import { PyDict, PyError, PyObject, PyStr } from "./model.ts";
import { eq } from "./ops.ts";
import { DUMMY, MINSIZE, PySet, PySetIterator, asSet, emptyKeys } from "./set-object.ts";

// ---- probing ---------------------------------------------------------------------------------------------

/** Slots looked at one after the other before a perturbed jump (when they fit before the table's end). */
const LINEAR_PROBES = 9;

/** The slot of `key` (hash hh, hl), or of the unused slot that ends its probe chain (set_lookkey). */
function lookkey(s: PySet, key: PyObject, hh: number, hl: number): number {
  let mask = s.mask;
  let i = hl & mask;
  let ph = hh;
  let pl = hl;
  for (;;) {
    let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    let j = i;
    for (;;) {
      const k = s.keys[j];
      if (k === null) return j;
      if (k !== DUMMY && s.hashLo[j] === hl && s.hashHi[j] === hh) {
        if (k === key) return j;
        if (k instanceof PyStr && key instanceof PyStr && k.value === key.value) return j;
        const table = s.keys;
        const cmp = eq(k, key);
        if (table !== s.keys || s.keys[j] !== k) return lookkey(s, key, hh, hl);
        if (cmp) return j;
        mask = s.mask;
      }
      if (probes === 0) break;
      probes--;
      j++;
    }
    pl = (pl >>> 5) | (ph << 27);
    ph = ph >>> 5;
    i = (i * 5 + 1 + pl) & mask;
  }
}

function store(s: PySet, j: number, key: PyObject, hh: number, hl: number): void {
  s.keys[j] = key;
  s.hashHi[j] = hh;
  s.hashLo[j] = hl;
}

// addEntry, containsEntry, discardEntry and resize are exported for set-algebra.ts only.

/** Adds `key` unless an equal key is there (set_add_entry): the last dummy of the probe chain is reused; a new slot may grow the table. */
export function addEntry(s: PySet, key: PyObject, hh: number, hl: number): void {
  let mask = s.mask;
  let i = hl & mask;
  let freeslot = -1;
  let ph = hh;
  let pl = hl;
  for (;;) {
    let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    let j = i;
    for (;;) {
      const k = s.keys[j];
      if (k === null) {
        if (freeslot >= 0) {
          s.used++;
          store(s, freeslot, key, hh, hl);
          return;
        }
        s.fill++;
        s.used++;
        store(s, j, key, hh, hl);
        if (s.fill * 5 < mask * 3) return;
        resize(s, s.used > 50000 ? s.used * 2 : s.used * 4);
        return;
      }
      if (k === DUMMY) freeslot = j;
      else if (s.hashLo[j] === hl && s.hashHi[j] === hh) {
        if (k === key) return;
        if (k instanceof PyStr && key instanceof PyStr && k.value === key.value) return;
        const table = s.keys;
        if (eq(k, key)) return;
        if (table !== s.keys || s.keys[j] !== k) {
          addEntry(s, key, hh, hl); // the comparison changed the set: start over
          return;
        }
        mask = s.mask;
      }
      if (probes === 0) break;
      probes--;
      j++;
    }
    pl = (pl >>> 5) | (ph << 27);
    ph = ph >>> 5;
    i = (i * 5 + 1 + pl) & mask;
  }
}

/** Puts a key known to be absent into a table without dummies (set_insert_clean). */
function insertClean(keys: (PyObject | null)[], his: Int32Array, los: Int32Array, mask: number, key: PyObject, hh: number, hl: number): void {
  let i = hl & mask;
  let ph = hh;
  let pl = hl;
  for (;;) {
    let j = i;
    if (keys[j] !== null && i + LINEAR_PROBES <= mask) {
      for (let n = 0; n < LINEAR_PROBES && keys[j] !== null; n++) j++;
    }
    if (keys[j] === null) {
      keys[j] = key;
      his[j] = hh;
      los[j] = hl;
      return;
    }
    pl = (pl >>> 5) | (ph << 27);
    ph = ph >>> 5;
    i = (i * 5 + 1 + pl) & mask;
  }
}

/** A new table of the smallest power of two above `minused` (at least 8), the active keys reinserted in table order (set_table_resize). */
export function resize(s: PySet, minused: number): void {
  let newsize = MINSIZE;
  while (newsize <= minused) newsize *= 2;
  if (newsize === MINSIZE && s.mask === MINSIZE - 1 && s.fill === s.used) return;
  const oldKeys = s.keys;
  const oldHi = s.hashHi;
  const oldLo = s.hashLo;
  const oldMask = s.mask;
  const keys = emptyKeys(newsize);
  const his = new Int32Array(newsize);
  const los = new Int32Array(newsize);
  s.keys = keys;
  s.hashHi = his;
  s.hashLo = los;
  s.mask = newsize - 1;
  for (let i = 0; i <= oldMask; i++) {
    const k = oldKeys[i];
    if (k !== null && k !== DUMMY) insertClean(keys, his, los, newsize - 1, k, oldHi[i], oldLo[i]);
  }
  s.fill = s.used;
}

export function containsEntry(s: PySet, key: PyObject, hh: number, hl: number): boolean {
  return s.keys[lookkey(s, key, hh, hl)] !== null;
}

/** Removes the key, leaving a dummy (set_discard_entry); false when absent. */
export function discardEntry(s: PySet, key: PyObject, hh: number, hl: number): boolean {
  const j = lookkey(s, key, hh, hl);
  if (s.keys[j] === null) return false;
  s.keys[j] = DUMMY;
  s.hashHi[j] = -1;
  s.hashLo[j] = -1;
  s.used--;
  return true;
}

/** The next active slot at or after `i`, or -1 (set_next). */
export function nextSlot(s: PySet, i: number): number {
  while (i <= s.mask) {
    const k = s.keys[i];
    if (k !== null && k !== DUMMY) return i;
    i++;
  }
  return -1;
}

// ---- the operations the interpreter and the methods use -------------------------------------------

export function newSet(frozen: boolean): PySet {
  return new PySet(frozen);
}

/** s.add(key): hashes the key (TypeError if unhashable). */
export function setAdd(s: PySet, key: PyObject): void {
  const hl = pyHash(key) | 0;
  addEntry(s, key, hashHigh(), hl);
}

/** key in s (without the set-to-frozenset retry: see setContains). */
export function setContainsKey(s: PySet, key: PyObject): boolean {
  const hl = pyHash(key) | 0;
  return containsEntry(s, key, hashHigh(), hl);
}

/** Removes key if present (no retry); whether it was. */
export function setDiscardKey(s: PySet, key: PyObject): boolean {
  const hl = pyHash(key) | 0;
  return discardEntry(s, key, hashHigh(), hl);
}

/** Whether key is a set (not a frozenset), which set_contains/remove/discard look up as a frozenset when hashing it fails. */
function isMutableSet(key: PyObject): boolean {
  const ks = asSet(key);
  return ks !== null && !ks.frozen;
}

/** key in s (`__contains__`). */
export function setContains(s: PySet, key: PyObject): boolean {
  let hl = 0;
  try {
    hl = pyHash(key) | 0;
  } catch (e) {
    if (!(e instanceof PyError) || !matches(e, PyTypeError) || !isMutableSet(key)) throw e;
    return setContainsKey(s, makeSet(true, key));
  }
  return containsEntry(s, key, hashHigh(), hl);
}

/** s.discard(key): whether it was there. */
export function setDiscard(s: PySet, key: PyObject): boolean {
  let hl = 0;
  try {
    hl = pyHash(key) | 0;
  } catch (e) {
    if (!(e instanceof PyError) || !matches(e, PyTypeError) || !isMutableSet(key)) throw e;
    return setDiscardKey(s, makeSet(true, key));
  }
  return discardEntry(s, key, hashHigh(), hl);
}

/** s.remove(key): KeyError(key) when absent. */
export function setRemove(s: PySet, key: PyObject): void {
  if (!setDiscard(s, key)) throw keyError(key);
}

/** s.pop(): from the finger on (set_pop). */
export function setPop(s: PySet): PyObject {
  if (s.used === 0) throw pyError(KeyError, "pop from an empty set");
  let j = s.finger & s.mask;
  for (;;) {
    const k = s.keys[j];
    if (k !== null && k !== DUMMY) break;
    j++;
    if (j > s.mask) j = 0;
  }
  const key = s.keys[j]!;
  s.keys[j] = DUMMY;
  s.hashHi[j] = -1;
  s.hashLo[j] = -1;
  s.used--;
  s.finger = j + 1;
  return key;
}

/** s.clear(): back to an empty 8-slot table (the finger stays, as in CPython). */
export function setClear(s: PySet): void {
  s.keys = emptyKeys(MINSIZE);
  s.hashHi = new Int32Array(MINSIZE);
  s.hashLo = new Int32Array(MINSIZE);
  s.fill = 0;
  s.used = 0;
  s.mask = MINSIZE - 1;
  s.hashValid = false;
}

export function setLen(s: PySet): number {
  return s.used;
}

/** The keys in iteration order. */
export function setItems(s: PySet): PyObject[] {
  const out: PyObject[] = [];
  for (let i = 0; i <= s.mask; i++) {
    const k = s.keys[i];
    if (k !== null && k !== DUMMY) out.push(k);
  }
  return out;
}

/** Adds all of another set's keys with their hashes (set_merge): one resize first, then a slot-for-slot copy, clean inserts or adds. */
function merge(so: PySet, other: PySet): void {
  if (other === so || other.used === 0) return;
  if ((so.fill + other.used) * 5 >= so.mask * 3) resize(so, (so.used + other.used) * 2);
  if (so.fill === 0 && so.mask === other.mask && other.fill === other.used) {
    for (let i = 0; i <= other.mask; i++) {
      const k = other.keys[i];
      if (k !== null) store(so, i, k, other.hashHi[i], other.hashLo[i]);
    }
    so.fill = other.fill;
    so.used = other.used;
    return;
  }
  if (so.fill === 0) {
    so.fill = other.used;
    so.used = other.used;
    for (let i = 0; i <= other.mask; i++) {
      const k = other.keys[i];
      if (k !== null && k !== DUMMY) insertClean(so.keys, so.hashHi, so.hashLo, so.mask, k, other.hashHi[i], other.hashLo[i]);
    }
    return;
  }
  for (let i = 0; i <= other.mask; i++) {
    const k = other.keys[i];
    if (k !== null && k !== DUMMY) addEntry(so, k, other.hashHi[i], other.hashLo[i]);
  }
}

/** s |= the items of any iterable (set_update_internal): sets merge, dicts add their keys after one resize, others one item at a time. */
export function setUpdate(s: PySet, other: PyObject): void {
  const os = asSet(other);
  if (os !== null) {
    merge(s, os);
    return;
  }
  if (other instanceof PyDict) updateFromDict(s, other);
  else if (other instanceof PyGenerator) {
    // one run of the generator with a SetSink (no loop here: a trace looks inside, down to the generator's frame)
    const k = generatorNextInto(other, new SetSink(s));
    if (k !== null) {
      setAdd(s, k);
      updateFromStream(s, new ItemStream(other));
    }
  } else updateFromStream(s, new ItemStream(other));
}

function updateFromDict(s: PySet, other: PyDict): void {
  const n = other.used;
  if ((s.fill + n) * 5 >= s.mask * 3) resize(s, (s.used + n) * 2);
  for (const k of dictKeys(other)) setAdd(s, k);
}

function updateFromStream(s: PySet, items: ItemStream): void {
  for (let k = items.next(); k !== null; k = items.next()) setAdd(s, k);
}

/**
 * set(g)'s and s.update(g)'s sink: adds plain values (generators.ts isPlainValue) while every key of the set
 * is one — comparing keys then runs no Python code (an instance's __eq__ may run when a key's hash collides with it).
 */
class SetSink extends GenSink {
  private readonly plain: boolean;
  constructor(readonly set: PySet) {
    super();
    this.plain = set.used === 0;
  }
  offer(k: PyObject): boolean {
    if (!this.plain || !isPlainValue(k)) return false;
    setAdd(this.set, k);
    return true;
  }
}

/** A new set (or frozenset) of an iterable's items (make_new_set). */
export function makeSet(frozen: boolean, iterable: PyObject | null): PySet {
  const s = new PySet(frozen);
  if (iterable !== null) setUpdate(s, iterable);
  return s;
}

/** A copy of the same kind (set or frozenset), made as CPython makes it (its order may differ from the original's). */
export function setCopy(s: PySet): PySet {
  return makeSet(s.frozen, s);
}

// ---- frozenset hash -------------------------------------------------------------------------------------

/** frozenset_hash: the xor of _shuffle_bits of the keys' hashes, the size mixed in, dispersed; cached. */
export function frozensetHash(s: PySet): number {
  if (s.hashValid) return hashResult(s.cachedHi, s.cachedLo);
  let xh = 0;
  let xl = 0;
  for (let i = nextSlot(s, 0); i >= 0; i = nextSlot(s, i + 1)) {
    // ((h ^ 89869747) ^ (h << 16)) * 3644798167
    const hh = s.hashHi[i];
    const hl = s.hashLo[i];
    const th = hh ^ ((hh << 16) | (hl >>> 16));
    const tl = hl ^ 89869747 ^ (hl << 16);
    const ml = mul64(th, tl, 0, 3644798167);
    xh ^= hashHigh();
    xl ^= ml;
  }
  // hash ^= (size + 1) * 1927868237
  const sl = mul64(0, s.used + 1, 0, 1927868237);
  xh ^= hashHigh();
  xl ^= sl;
  // hash ^= (hash >> 11) ^ (hash >> 25)   (unsigned)
  const a = shr64(xh, xl, 11);
  const ah = hashHigh();
  const b = shr64(xh, xl, 25);
  xh ^= ah ^ hashHigh();
  xl ^= a ^ b;
  // hash = hash * 69069 + 907133923
  let rl = mul64(xh, xl, 0, 69069);
  let rh = hashHigh();
  const sum = (rl >>> 0) + 907133923;
  if (sum >= 4294967296) rh = (rh + 1) | 0;
  rl = sum >>> 0;
  if (rh === -1 && rl === 4294967295) {
    rh = 0;
    rl = 590923713;
  }
  s.hashValid = true;
  s.cachedHi = rh;
  s.cachedLo = rl | 0;
  return hashResult(rh, rl);
}

// ---- iteration -------------------------------------------------------------------------------------------

/** The iterator's next key, or null when it is exhausted (RuntimeError if the set changed size). */
export function setIteratorNext(it: PySetIterator): PyObject | null {
  const s = it.set;
  if (s === null) return null;
  if (it.used !== s.used) {
    it.used = -1;
    throw pyError(RuntimeError, "Set changed size during iteration");
  }
  const i = nextSlot(s, it.pos);
  if (i < 0) {
    it.pos = s.mask + 1;
    it.set = null;
    return null;
  }
  it.pos = i + 1;
  it.remaining--;
  return s.keys[i]!;
}

/** The items of any iterable, one at a time (a set's by its own iterator, anything else through items.ts's getIter and nextOrNull). */
export class ItemStream {
  private readonly setIter: PySetIterator | null;
  private readonly iterator: PyObject;

  constructor(o: PyObject) {
    if (o instanceof PySet) {
      this.setIter = new PySetIterator(o);
      this.iterator = this.setIter;
    } else {
      this.iterator = getIter(o);
      this.setIter = this.iterator instanceof PySetIterator ? this.iterator : null;
    }
  }

  /** The next item, or null at the end. */
  next(): PyObject | null {
    if (this.setIter !== null) return setIteratorNext(this.setIter);
    return nextOrNull(this.iterator);
  }
}
