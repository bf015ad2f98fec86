// Array.prototype's higher-order methods, written in RTS (as RPython writes
// its ll helpers in RPython).  The frontend turns `xs.map(f)` into a call to
// arrayMap(xs, f); the annotator specializes each helper per call (per array
// family and per callback), so the callback call is usually direct and small
// callbacks are inlined.  Semantics follow ECMAScript for dense arrays: the
// length is read once, and items removed during the walk are skipped.

import { toInt } from "rts/rlib";

export function arrayForEach<T>(a: T[], f: (x: T, i: number, a: T[]) => void): void {
  const n = a.length;
  for (let i = 0; i < n && i < a.length; i++) f(a[i], i, a);
}

export function arrayMap<T, U>(a: T[], f: (x: T, i: number, a: T[]) => U): U[] {
  const n = a.length;
  const r: U[] = [];
  for (let i = 0; i < n && i < a.length; i++) r.push(f(a[i], i, a));
  return r;
}

export function arrayFilter<T>(a: T[], f: (x: T, i: number, a: T[]) => boolean): T[] {
  const n = a.length;
  const r: T[] = [];
  for (let i = 0; i < n && i < a.length; i++) {
    const x = a[i];
    if (f(x, i, a)) r.push(x);
  }
  return r;
}

export function arraySome<T>(a: T[], f: (x: T, i: number, a: T[]) => boolean): boolean {
  const n = a.length;
  for (let i = 0; i < n && i < a.length; i++) if (f(a[i], i, a)) return true;
  return false;
}

export function arrayEvery<T>(a: T[], f: (x: T, i: number, a: T[]) => boolean): boolean {
  const n = a.length;
  for (let i = 0; i < n && i < a.length; i++) if (!f(a[i], i, a)) return false;
  return true;
}

export function arrayFindIndex<T>(a: T[], f: (x: T, i: number, a: T[]) => boolean): number {
  const n = a.length;
  for (let i = 0; i < n && i < a.length; i++) if (f(a[i], i, a)) return i;
  return -1;
}

/** `xs.find(f)` for arrays of objects and strings (undefined when nothing matches). */
export function arrayFind<T>(a: T[], f: (x: T, i: number, a: T[]) => boolean): T | undefined {
  const n = a.length;
  for (let i = 0; i < n && i < a.length; i++) if (f(a[i], i, a)) return a[i];
  return undefined;
}

/** `xs.at(i)`: counted from the end when negative; undefined outside the array. */
export function arrayAt<T>(a: T[], index: number): T | undefined {
  const k = Number.isNaN(index) ? 0 : Math.trunc(index);
  const i = k < 0 ? a.length + k : k;
  return i >= 0 && i < a.length ? a[i] : undefined;
}

/** `xs.find(f) ?? d`: also for arrays of numbers, which cannot hold undefined. */
export function arrayFindOr<T>(a: T[], f: (x: T, i: number, a: T[]) => boolean, d: T): T {
  const n = a.length;
  for (let i = 0; i < n && i < a.length; i++) if (f(a[i], i, a)) return a[i] ?? d;
  return d;
}

export function arrayReduce<T, U>(a: T[], f: (acc: U, x: T, i: number, a: T[]) => U, init: U): U {
  const n = a.length;
  let acc = init;
  for (let i = 0; i < n && i < a.length; i++) acc = f(acc, a[i], i, a);
  return acc;
}

/** reduce without an initial value: the first item is the start. */
export function arrayReduce1<T>(a: T[], f: (acc: T, x: T, i: number, a: T[]) => T): T {
  const n = a.length;
  if (n === 0) throw new TypeError("Reduce of empty array with no initial value");
  let acc = a[0];
  for (let i = 1; i < n && i < a.length; i++) acc = f(acc, a[i], i, a);
  return acc;
}

/** Stable merge sort (ECMAScript requires a stable sort), in place. */
export function arraySort<T>(a: T[], cmp: (x: T, y: T) => number): T[] {
  const n = a.length;
  if (n < 2) return a;
  let src = a.slice();
  let dst = a.slice();
  // insertion-sort runs of 8, then merge runs of doubling width
  for (let lo = 0; lo < n; lo += 8) {
    const hi = Math.min(lo + 8, n);
    for (let i = lo + 1; i < hi; i++) {
      const x = src[i];
      let j = i - 1;
      while (j >= lo && cmp(src[j], x) > 0) {
        src[j + 1] = src[j];
        j--;
      }
      src[j + 1] = x;
    }
  }
  for (let width = 8; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        if (cmp(src[j], src[i]) < 0) dst[k++] = src[j++];
        else dst[k++] = src[i++];
      }
      while (i < mid) dst[k++] = src[i++];
      while (j < hi) dst[k++] = src[j++];
    }
    const t = src;
    src = dst;
    dst = t;
  }
  for (let i = 0; i < n; i++) a[i] = src[i];
  return a;
}

/** sort() without a comparator compares the items as strings, as JavaScript does. */
export function arraySortDefault<T>(a: T[]): T[] {
  return arraySort(a, (x: T, y: T): number => {
    const sx = String(x);
    const sy = String(y);
    return sx < sy ? -1 : sx > sy ? 1 : 0;
  });
}

/**
 * Where a search from `fromIndex` starts in an array of length n, in 0..n:
 * ToIntegerOrInfinity (NaN is 0, fractions truncate), counted from the end
 * when negative.  The result is an int whatever number fromIndex is.
 */
function startIndex(fromIndex: number, n: number): number {
  const k = Number.isNaN(fromIndex) ? 0 : Math.trunc(fromIndex);
  return k >= n ? n : k >= 0 ? toInt(k) : k >= -n ? toInt(n + k) : 0;
}

/** `xs.indexOf(x, from)`: strict equality (NaN is never found); a negative start counts from the end. */
export function arrayIndexOf<T>(a: T[], x: T, fromIndex: number = 0): number {
  const n = a.length;
  for (let i = startIndex(fromIndex, n); i < n; i++) if (a[i] === x) return i;
  return -1;
}

/** `xs.lastIndexOf(x)`: from the last item back. */
export function arrayLastIndexOf<T>(a: T[], x: T): number {
  for (let i = a.length - 1; i >= 0; i--) if (a[i] === x) return i;
  return -1;
}

/** `xs.lastIndexOf(x, from)`: from the item at `from` (counted from the end when negative) back. */
export function arrayLastIndexOfFrom<T>(a: T[], x: T, fromIndex: number): number {
  const n = a.length;
  // from min(k, n - 1) when k >= 0, else from n + k (nothing when that is negative)
  const k = Number.isNaN(fromIndex) ? 0 : Math.trunc(fromIndex);
  const last = k >= n ? n - 1 : k >= 0 ? toInt(k) : k >= -n ? toInt(n + k) : -1;
  for (let i = last; i >= 0; i--) if (a[i] === x) return i;
  return -1;
}

/** `xs.includes(x, from)`: SameValueZero, so NaN is found. */
export function arrayIncludes<T>(a: T[], x: T, fromIndex: number = 0): boolean {
  const n = a.length;
  const nan = x !== x;
  for (let i = startIndex(fromIndex, n); i < n; i++) {
    const y = a[i];
    if (y === x || (nan && y !== y)) return true;
  }
  return false;
}
