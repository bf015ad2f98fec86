// The methods of arrays that change their length or build new ones, written
// in RTS over the list's inside (rts/lltype), as RPython's rlist.py writes
// ll_append and friends.  The rtyper calls them (a mix-level helper: each
// is annotated and rtyped for a list type when the program first needs it);
// being RTS code, they are inlined where small and visible to the effect
// analysis and, later, the JIT.  Semantics are ECMAScript's for dense arrays.
import { capacity, moveItems, reserve, setLength, storeItem } from "rts/lltype";

/** The capacity after a list of `n` items is full: half as much again, plus a little (amortized O(1) push). */
function grown(n: number): number {
  return n + (n >> 1) + 4;
}

/**
 * The strings of a fresh list a string helper made (strSplit), pushed onto
 * `dst`, a list of the program's whose items are wider (a value union, where
 * each is boxed): the helper's list is of strings, the program's of boxes.
 */
export function listPushStrings(dst: string[], src: string[]): void {
  for (let i = 0; i < src.length; i++) listPush(dst, src[i]);
}

export function listPush<T>(l: T[], x: T): number {
  const n = l.length;
  if (n === capacity(l)) reserve(l, grown(n));
  storeItem(l, n, x);
  setLength(l, n + 1);
  return n + 1;
}

/** `xs.pop()`: the last item, or undefined when the array is empty. */
export function listPop<T>(l: T[]): T | undefined {
  const n = l.length;
  if (n === 0) return undefined;
  const x = l[n - 1];
  setLength(l, n - 1);
  return x;
}

/** `xs.shift()`: the first item, or undefined when the array is empty. */
export function listShift<T>(l: T[]): T | undefined {
  const n = l.length;
  if (n === 0) return undefined;
  const x = l[0];
  moveItems(l, 1, l, 0, n - 1);
  setLength(l, n - 1);
  return x;
}

/** `xs.unshift(x)`: x goes first (the rtyper calls this for each argument, the last one first). */
export function listUnshift<T>(l: T[], x: T): number {
  const n = l.length;
  if (n === capacity(l)) reserve(l, grown(n));
  moveItems(l, 0, l, 1, n);
  storeItem(l, 0, x);
  setLength(l, n + 1);
  return n + 1;
}

/** Where `xs.splice(start, ...)` starts: start relative to the length, as slice() takes it. */
export function listSpliceStart<T>(l: T[], start: number): number {
  return relative(start, l.length);
}

/** `xs.splice(s, count)` with s from listSpliceStart: the count clamped to what follows s; the removed items, in a new array. */
export function listSplice<T>(l: T[], s: number, count: number): T[] {
  const n = l.length;
  const d = count < 0 ? 0 : count > n - s ? n - s : count;
  const removed = listSlice(l, s, s + d);
  moveItems(l, s + d, l, s, n - s - d);
  setLength(l, n - d);
  return removed;
}

/** Inserts x at s + k (the rtyper calls this for splice's k-th item). */
export function listInsertAt<T>(l: T[], s: number, k: number, x: T): void {
  const n = l.length;
  const i = s + k;
  if (n === capacity(l)) reserve(l, grown(n));
  moveItems(l, i, l, i + 1, n - i);
  storeItem(l, i, x);
  setLength(l, n + 1);
}

/** A relative index as slice() takes it: negative counts from the end; clamped to [0, n]. */
function relative(i: number, n: number): number {
  if (i < 0) return i < -n ? 0 : n + i;
  return i > n ? n : i;
}

/** `xs.slice(start, end)` (the rtyper passes a huge end for "to the end"). */
export function listSlice<T>(l: T[], start: number, end: number): T[] {
  const n = l.length;
  const s = relative(start, n);
  const e = relative(end, n);
  const r: T[] = [];
  if (e > s) {
    reserve(r, e - s);
    moveItems(l, s, r, 0, e - s);
    setLength(r, e - s);
  }
  return r;
}

/** `a.concat(b)`: a new array. */
export function listConcat<T>(a: T[], b: T[]): T[] {
  const r: T[] = [];
  reserve(r, a.length + b.length);
  moveItems(a, 0, r, 0, a.length);
  moveItems(b, 0, r, a.length, b.length);
  setLength(r, a.length + b.length);
  return r;
}

/** `xs.reverse()`, in place. */
export function listReverse<T>(l: T[]): void {
  for (let i = 0, j = l.length - 1; i < j; i++, j--) {
    const x = l[i];
    l[i] = l[j];
    l[j] = x;
  }
}
