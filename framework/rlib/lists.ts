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
