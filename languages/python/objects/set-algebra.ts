// The set algebra of CPython 3.11's setobject.c: union, intersection,
// difference and symmetric difference (and their in-place forms) build
// their results in CPython's order — which operand is copied or iterated,
// which keys are inserted in what sequence, when a table is rebuilt — so
// the results iterate as CPython's do; and the inclusion tests.
import { dictGet, dictKeys } from "./dict.ts";
import { hashHigh, pyHash } from "./hashing.ts";
import { PyDict, type PyObject } from "./model.ts";
import { PySet, asSet } from "./set-object.ts";
import {
  ItemStream, addEntry, containsEntry, discardEntry, makeSet, nextSlot, resize, setClear, setCopy, setContainsKey, setDiscardKey,
  setUpdate,
} from "./set-table.ts";

/** s.union(*others): a copy updated with each other (skipping s itself). */
export function setUnion(s: PySet, others: PyObject[]): PySet {
  const result = setCopy(s);
  for (const o of others) if (asSet(o) !== s) setUpdate(result, o);
  return result;
}

/** s | other for a set other (set_or). */
export function setOr(s: PySet, other: PySet): PySet {
  const result = setCopy(s);
  if (other !== s) setUpdate(result, other);
  return result;
}

/** s & other (set_intersection): for a set, the smaller one iterated and looked up in the other; for an iterable, its items in order (stopping once all of s is found). */
export function setIntersection(s: PySet, other: PyObject): PySet {
  const os = asSet(other);
  if (os === s) return setCopy(s);
  const result = new PySet(s.frozen);
  if (os !== null) {
    let big = s;
    let small = os;
    if (os.used > s.used) {
      big = os;
      small = s;
    }
    for (let i = nextSlot(small, 0); i >= 0; i = nextSlot(small, i + 1)) {
      const k = small.keys[i]!;
      const hh = small.hashHi[i];
      const hl = small.hashLo[i];
      if (containsEntry(big, k, hh, hl)) addEntry(result, k, hh, hl);
    }
    return result;
  }
  const items = new ItemStream(other);
  for (let k = items.next(); k !== null; k = items.next()) {
    const hl = pyHash(k) | 0;
    const hh = hashHigh();
    if (containsEntry(s, k, hh, hl)) {
      addEntry(result, k, hh, hl);
      if (result.used >= s.used) break;
    }
  }
  return result;
}

/** s.intersection(*others). */
export function setIntersectionMulti(s: PySet, others: PyObject[]): PySet {
  if (others.length === 0) return setCopy(s);
  let result = s;
  for (const o of others) result = setIntersection(result, o);
  return result;
}

/** s.intersection_update(*others) and s &= other: s takes the intersection's table (set_swap_bodies; the finger stays). */
export function setIntersectionUpdate(s: PySet, others: PyObject[]): void {
  const t = setIntersectionMulti(s, others);
  s.keys = t.keys;
  s.hashHi = t.hashHi;
  s.hashLo = t.hashLo;
  s.fill = t.fill;
  s.used = t.used;
  s.mask = t.mask;
  s.hashValid = false;
}

/** s -= other (set_difference_update_internal): then a rebuild when over a quarter of the slots are dummies. */
export function setDifferenceUpdate(s: PySet, other: PyObject): void {
  const os = asSet(other);
  if (os === s) {
    setClear(s);
    return;
  }
  if (os !== null) {
    const src = os.used >> 3 > s.used ? setIntersection(s, os) : os;
    for (let i = nextSlot(src, 0); i >= 0; i = nextSlot(src, i + 1)) discardEntry(s, src.keys[i]!, src.hashHi[i], src.hashLo[i]);
  } else {
    const items = new ItemStream(other);
    for (let k = items.next(); k !== null; k = items.next()) setDiscardKey(s, k);
  }
  if (s.fill - s.used <= s.mask >> 2) return;
  resize(s, s.used > 50000 ? s.used * 2 : s.used * 4);
}

/** s - other (set_difference): a copy minus other when other is not a set or dict or is much smaller; else the keys of s not in other, in s's order. */
export function setDifference(s: PySet, other: PyObject): PySet {
  const os = asSet(other);
  let otherSize = 0;
  if (os !== null) otherSize = os.used;
  else if (other instanceof PyDict) otherSize = other.used;
  else return copyAndDifference(s, other);
  if (s.used >> 2 > otherSize) return copyAndDifference(s, other);
  const result = new PySet(s.frozen);
  for (let i = nextSlot(s, 0); i >= 0; i = nextSlot(s, i + 1)) {
    const k = s.keys[i]!;
    const hh = s.hashHi[i];
    const hl = s.hashLo[i];
    const found = os !== null ? containsEntry(os, k, hh, hl) : dictGet(other as PyDict, k) !== null;
    if (!found) addEntry(result, k, hh, hl);
  }
  return result;
}

function copyAndDifference(s: PySet, other: PyObject): PySet {
  const result = setCopy(s);
  setDifferenceUpdate(result, other);
  return result;
}

/** s.difference(*others). */
export function setDifferenceMulti(s: PySet, others: PyObject[]): PySet {
  if (others.length === 0) return setCopy(s);
  const result = setDifference(s, others[0]);
  for (let i = 1; i < others.length; i++) setDifferenceUpdate(result, others[i]);
  return result;
}

/** s ^= other (set_symmetric_difference_update): each key of other (a dict's in order, else of a set made from it) removed from s, or added. */
export function setSymmetricDifferenceUpdate(s: PySet, other: PyObject): void {
  const os = asSet(other);
  if (os === s) {
    setClear(s);
    return;
  }
  if (other instanceof PyDict) {
    for (const k of dictKeys(other)) {
      const hl = pyHash(k) | 0;
      const hh = hashHigh();
      if (!discardEntry(s, k, hh, hl)) addEntry(s, k, hh, hl);
    }
    return;
  }
  const src = os !== null ? os : makeSet(s.frozen, other);
  for (let i = nextSlot(src, 0); i >= 0; i = nextSlot(src, i + 1)) {
    const k = src.keys[i]!;
    const hh = src.hashHi[i];
    const hl = src.hashLo[i];
    if (!discardEntry(s, k, hh, hl)) addEntry(s, k, hh, hl);
  }
}

/** s ^ other: a set made from other, then s's keys toggled in it. */
export function setSymmetricDifference(s: PySet, other: PyObject): PySet {
  const result = makeSet(s.frozen, other);
  setSymmetricDifferenceUpdate(result, s);
  return result;
}

/** s <= other (issubset; other made a set first when it is not one). */
export function setIsSubset(s: PySet, other: PyObject): boolean {
  const os = asSet(other) ?? makeSet(false, other);
  if (s.used > os.used) return false;
  for (let i = nextSlot(s, 0); i >= 0; i = nextSlot(s, i + 1)) {
    if (!containsEntry(os, s.keys[i]!, s.hashHi[i], s.hashLo[i])) return false;
  }
  return true;
}

export function setIsSuperset(s: PySet, other: PyObject): boolean {
  const os = asSet(other) ?? makeSet(false, other);
  return setIsSubset(os, s);
}

export function setIsDisjoint(s: PySet, other: PyObject): boolean {
  if (asSet(other) === s) return s.used === 0;
  if (other instanceof PySet) {
    let big = s;
    let small = other;
    if (other.used > s.used) {
      big = other;
      small = s;
    }
    for (let i = nextSlot(small, 0); i >= 0; i = nextSlot(small, i + 1)) {
      if (containsEntry(big, small.keys[i]!, small.hashHi[i], small.hashLo[i])) return false;
    }
    return true;
  }
  const items = new ItemStream(other);
  for (let k = items.next(); k !== null; k = items.next()) if (setContainsKey(s, k)) return false;
  return true;
}

/** s == other for two sets: sizes, then cached frozenset hashes, then inclusion. */
export function setEquals(s: PySet, other: PySet): boolean {
  if (s.used !== other.used) return false;
  if (s.hashValid && other.hashValid && (s.cachedHi !== other.cachedHi || s.cachedLo !== other.cachedLo)) return false;
  return setIsSubset(s, other);
}

