// The dict table: entries in insertion order (key, value, hash arrays, a
// deleted entry's key null) and an open-addressing index into them, as
// CPython's compact dict.  The order of a dict is its insertion order, so
// the hash only has to be consistent with equality: str keys hash their
// text here (module namespaces and instance dicts are looked up by JS
// strings without making a str object), other keys use hash().
import { internName, stringHash } from "./strhash.ts";
import { pyHash } from "./hashing.ts";
import { eq } from "./ops.ts";
import { dontLookInside, elidable, promote, weAreJitted } from "rts/jit";
import { AbsentName, DictLayout, EntryCell, PyDict, PyStr, pyStr, type PyObject } from "./model.ts";

const EMPTY = -1;
const DELETED = -2;

export { stringHash };

/** A key's hash in the dict (int32). */
export function keyHash(key: PyObject): number {
  if (key instanceof PyStr) return stringHash(key.value);
  return pyHash(key) | 0;
}

/** The entry index of `key` (hash `h`), or -1. */
function find(d: PyDict, key: PyObject, h: number): number {
  const index = d.index;
  const mask = index.length - 1;
  let i = h & mask;
  let perturb = h >>> 0;
  for (;;) {
    const ix = index[i];
    if (ix === EMPTY) return -1;
    if (ix >= 0 && d.hashes[ix] === h) {
      const k = d.keys[ix];
      if (k === key) return ix;
      if (k !== null && eq(k, key)) return ix;
    }
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

/** The entry index of the str key `s`, or -1 (a key of another type with the same hash: compared by its __eq__). */
function findStr(d: PyDict, s: string, h: number): number {
  const ix = strEntryIndex(d, d.layout, s, h);
  return ix === -2 ? find(d, pyStr(s), h) : ix;
}

/** The slot of the index where a new entry of hash `h` goes. */
function freeSlot(index: Int32Array, h: number): number {
  const mask = index.length - 1;
  let i = h & mask;
  let perturb = h >>> 0;
  while (index[i] >= 0) {
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

/** Rebuilds the index (and compacts the entries) for `used` live entries plus room to grow. */
function rebuild(d: PyDict): void {
  let size = 8;
  while (size * 2 < (d.used + 1) * 3) size *= 2;
  if (d.keys.length > d.used) {
    const keys: (PyObject | null)[] = [];
    const values: (PyObject | null)[] = [];
    const hashes: number[] = [];
    for (let i = 0; i < d.keys.length; i++) {
      if (d.keys[i] === null) continue;
      keys.push(d.keys[i]);
      values.push(d.values[i]);
      hashes.push(d.hashes[i]);
    }
    d.keys = keys;
    d.values = values;
    d.hashes = hashes;
    d.cells = null; // (the entries moved: their traces go with the layout)
    d.layout = new DictLayout();
  }
  const index = new Int32Array(size).fill(EMPTY);
  for (let i = 0; i < d.keys.length; i++) index[freeSlot(index, d.hashes[i])] = i;
  d.index = index;
}

function append(d: PyDict, key: PyObject, value: PyObject, h: number): void {
  // the index holds entries (live and deleted) and never fills beyond 2/3
  if ((d.keys.length + 1) * 3 >= d.index.length * 2) rebuild(d);
  d.index[freeSlot(d.index, h)] = d.keys.length;
  d.keys.push(key);
  d.values.push(value);
  d.hashes.push(h);
  d.used++;
  // (no new layout: the other entries stay where they were; a trace that found this name missing goes)
  const absent = d.absent;
  if (absent !== null && key instanceof PyStr) {
    for (const a of absent) if (!a.added && a.name === key.value) a.added = true;
  }
}

export function newDict(): PyDict {
  const d = new PyDict();
  d.index.fill(EMPTY);
  return d;
}

export function dictGet(d: PyDict, key: PyObject): PyObject | null {
  const h = keyHash(key); // (an unhashable key is a TypeError even in an empty dict)
  if (d.used === 0) return null;
  const ix = find(d, key, h);
  return ix < 0 ? null : d.values[ix];
}

export function dictSet(d: PyDict, key: PyObject, value: PyObject): void {
  const h = keyHash(key);
  const ix = d.used === 0 && d.keys.length === 0 ? -1 : find(d, key, h);
  if (ix >= 0) storeValue(d, ix, value);
  else append(d, key, value, h);
}

/** Entry ix's value becomes `value` (and its cell's, if compiled code read it: another value invalidates the traces that folded it). */
function storeValue(d: PyDict, ix: number, value: PyObject): void {
  d.values[ix] = value;
  const cells = d.cells;
  if (cells === null || ix >= cells.length) return;
  const c = cells[ix];
  if (c === null || c.volatile || c.value === value) return;
  // (the second store of another value: compiled code reads the value array from then on)
  if (++c.stores >= 2) c.volatile = true;
  else c.value = value;
}

/**
 * The cell of entry ix of namespace d (made the first time): pure given
 * d's layout — the entries move only with a new layout, and a new layout
 * drops the cells (namespaceGet folds it in a trace).
 */
export function entryCell(d: PyDict, _layout: DictLayout, ix: number): EntryCell {
  let cells = d.cells;
  if (cells === null) {
    cells = [];
    d.cells = cells;
  }
  while (cells.length <= ix) cells.push(null);
  let c = cells[ix];
  if (c === null) {
    c = new EntryCell(d.values[ix]!);
    cells[ix] = c;
  }
  return c;
}
elidable(entryCell);

/** The AbsentName of `s` in namespace d (made the first time): pure given d's layout, as entryCell. */
export function absentName(d: PyDict, _layout: DictLayout, s: string): AbsentName {
  let absent = d.absent;
  if (absent === null) {
    absent = [];
    d.absent = absent;
  }
  for (const a of absent) if (a.name === s && !a.added) return a;
  const a = new AbsentName(s);
  absent.push(a);
  return a;
}
elidable(absentName);

/** Removes `key`; returns its value, or null when it was absent. */
export function dictPop(d: PyDict, key: PyObject): PyObject | null {
  const h = keyHash(key);
  if (d.used === 0) return null;
  const ix = find(d, key, h);
  if (ix < 0) return null;
  return removeEntry(d, ix, h);
}

function removeEntry(d: PyDict, ix: number, h: number): PyObject | null {
  const index = d.index;
  const mask = index.length - 1;
  let i = h & mask;
  let perturb = h >>> 0;
  while (index[i] !== ix) {
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  index[i] = DELETED;
  const v = d.values[ix];
  d.keys[ix] = null;
  d.values[ix] = null;
  if (d.cells !== null && ix < d.cells.length) d.cells[ix] = null;
  d.used--;
  d.layout = new DictLayout();
  return v;
}
// (its probe loop would make every caller residual in a trace, setattr among them: kept a call)
dontLookInside(removeEntry);

export function dictGetStr(d: PyDict, s: string): PyObject | null {
  return dictGetStrHashed(d, s, stringHash(s));
}

/** dictGetStr with the text's hash known (a code object's names are hashed once). */
export function dictGetStrHashed(d: PyDict, s: string, h: number): PyObject | null {
  if (d.used === 0) return null;
  const ix = findStr(d, s, h);
  return ix < 0 ? null : d.values[ix];
}

/**
 * The entry of the str key `s` (hash `h`) in `d`: its index, -1 when absent,
 * -2 when a key of another type with the same hash is met (that needs its
 * __eq__: namespaceGet then looks the slow way).  Pure given d's layout.
 */
export function strEntryIndex(d: PyDict, _layout: DictLayout, s: string, h: number): number {
  if (d.used === 0) return -1;
  const index = d.index;
  const mask = index.length - 1;
  let i = h & mask;
  let perturb = h >>> 0;
  for (;;) {
    const ix = index[i];
    if (ix === EMPTY) return -1;
    if (ix >= 0 && d.hashes[ix] === h) {
      const k = d.keys[ix];
      if (k instanceof PyStr) {
        if (k.value === s) return ix;
      } else if (k !== null) return -2;
    }
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}
elidable(strEntryIndex);

/** The entry index of the str key `s` (hash `h`) in d: -1 absent, -2 unknown (see strEntryIndex). */
export function namespaceIndex(d: PyDict, s: string, h: number): number {
  return strEntryIndex(d, d.layout, s, h);
}

/**
 * A read of a namespace by a name the code knows (globals, builtins, a
 * module's or class's attribute): as dictGetStrHashed, but in a trace the
 * dict is a constant (a guard) and its layout a quasi-immutable field of it
 * (no guard: a new key invalidates the trace), so the probe folds to the
 * entry index and the read is one array load — PyPy's module-dict version
 * tags; a store to an existing name changes no layout.
 */
export function namespaceGet(d0: PyDict, s: string, h: number): PyObject | null {
  const d = promote(d0);
  const ix = strEntryIndex(d, d.layout, s, h);
  if (ix === -2) return dictGetStrHashed(d, s, h);
  if (ix < 0) {
    // a trace folds the miss as long as the name is not added
    if (!weAreJitted() || !absentName(d, d.layout, s).added) return null;
    return dictGetStrHashed(d, s, h);
  }
  if (weAreJitted()) {
    // a trace folds the entry's cell and, unless it is volatile, its value: a global's value is a constant
    const c = entryCell(d, d.layout, ix);
    if (!c.volatile) return c.value;
  }
  return d.values[ix];
}

export function dictSetStr(d: PyDict, s: string, value: PyObject): void {
  const h = stringHash(s);
  const ix = d.keys.length === 0 ? -1 : findStr(d, s, h);
  if (ix >= 0) storeValue(d, ix, value);
  else append(d, pyStr(internName(s)), value, h);
}

export function dictDelStr(d: PyDict, s: string): boolean {
  if (d.used === 0) return false;
  const h = stringHash(s);
  const ix = findStr(d, s, h);
  if (ix < 0) return false;
  removeEntry(d, ix, h);
  return true;
}

export function dictClear(d: PyDict): void {
  d.keys = [];
  d.values = [];
  d.hashes = [];
  d.index = new Int32Array(8).fill(EMPTY);
  d.used = 0;
  d.cells = null;
  d.layout = new DictLayout();
}

/** The live keys in order. */
export function dictKeys(d: PyDict): PyObject[] {
  const out: PyObject[] = [];
  for (const k of d.keys) if (k !== null) out.push(k);
  return out;
}

export function dictValues(d: PyDict): PyObject[] {
  const out: PyObject[] = [];
  for (let i = 0; i < d.keys.length; i++) if (d.keys[i] !== null) out.push(d.values[i]!);
  return out;
}

/** The next live entry at or after `i`, or -1 (iteration by entry position, as CPython's dict iterators). */
export function dictNextEntry(d: PyDict, i: number): number {
  while (i < d.keys.length) {
    if (d.keys[i] !== null) return i;
    i++;
  }
  return -1;
}

export function dictCopy(d: PyDict): PyDict {
  const c = newDict();
  for (let i = 0; i < d.keys.length; i++) {
    const k = d.keys[i];
    if (k !== null) append(c, k, d.values[i]!, d.hashes[i]);
  }
  return c;
}

/** Removes and returns the last entry (popitem), or null when empty. */
export function dictPopLast(d: PyDict): [PyObject, PyObject] | null {
  for (let i = d.keys.length - 1; i >= 0; i--) {
    const k = d.keys[i];
    if (k === null) continue;
    const v = removeEntry(d, i, d.hashes[i])!;
    while (d.keys.length > i) {
      d.keys.pop();
      d.values.pop();
      d.hashes.pop();
    }
    return [k, v];
  }
  return null;
}
