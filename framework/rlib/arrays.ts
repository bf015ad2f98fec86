// Array.prototype's higher-order methods (and Map's and Set's forEach), written in RTS (as RPython writes
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

/** `xs.flatMap(f)`: the items of the arrays f returns, in order (f must return arrays in RTS). */
export function arrayFlatMap<T, U>(a: T[], f: (x: T, i: number, a: T[]) => U[]): U[] {
  const n = a.length;
  const r: U[] = [];
  for (let i = 0; i < n && i < a.length; i++) {
    const part = f(a[i], i, a);
    for (let j = 0; j < part.length; j++) r.push(part[j]);
  }
  return r;
}

/** `xss.flat()`: the items of the inner arrays, one level. */
export function arrayFlat<T>(a: T[][]): T[] {
  const r: T[] = [];
  for (let i = 0; i < a.length; i++) {
    const part = a[i];
    for (let j = 0; j < part.length; j++) r.push(part[j]);
  }
  return r;
}

/**
 * A position argument (fill's start and end, indexOf's fromIndex) in an
 * array of length n, in 0..n: ToIntegerOrInfinity (NaN is 0, fractions
 * truncate), counted from the end when negative; an int whatever number it is.
 */
function relativeIndex(k: number, n: number): number {
  const t = Number.isNaN(k) ? 0 : Math.trunc(k);
  return t >= n ? n : t >= 0 ? toInt(t) : t >= -n ? toInt(n + t) : 0;
}

/** `xs.fill(x, start?, end?)`: x in every position from start up to end; returns xs. */
export function arrayFill<T>(a: T[], x: T, start: number = 0, end: number = Infinity): T[] {
  const n = a.length;
  const stop = relativeIndex(end, n);
  for (let i = relativeIndex(start, n); i < stop; i++) a[i] = x;
  return a;
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

/** `m.forEach(f)`: f(value, key, m) in insertion order, as a for-of over the map sees the entries (added ones too). */
export function mapForEach<K, V>(m: Map<K, V>, f: (v: V, k: K, m: Map<K, V>) => void): void {
  for (const [k, v] of m) f(v, k, m);
}

/** `s.forEach(f)`: f(value, value, s), as a for-of over the set. */
export function setForEach<T>(s: Set<T>, f: (v: T, k: T, s: Set<T>) => void): void {
  for (const v of s) f(v, v, s);
}

/** `xs.findLast(f)`: from the end, the length read once (items removed during the walk are skipped). */
export function arrayFindLast<T>(a: T[], f: (x: T, i: number, a: T[]) => boolean): T | undefined {
  for (let i = a.length - 1; i >= 0; i--) if (i < a.length && f(a[i], i, a)) return a[i];
  return undefined;
}

export function arrayFindLastIndex<T>(a: T[], f: (x: T, i: number, a: T[]) => boolean): number {
  for (let i = a.length - 1; i >= 0; i--) if (i < a.length && f(a[i], i, a)) return i;
  return -1;
}

/** `xs.reduceRight(f, init)`: from the last item down (items removed during the walk are skipped). */
export function arrayReduceRight<T, U>(a: T[], f: (acc: U, x: T, i: number, a: T[]) => U, init: U): U {
  let acc = init;
  for (let i = a.length - 1; i >= 0; i--) if (i < a.length) acc = f(acc, a[i], i, a);
  return acc;
}

/** reduceRight without an initial value: the last item is the start. */
export function arrayReduceRight1<T>(a: T[], f: (acc: T, x: T, i: number, a: T[]) => T): T {
  const n = a.length;
  if (n === 0) throw new TypeError("Reduce of empty array with no initial value");
  let acc = a[n - 1];
  for (let i = n - 2; i >= 0; i--) if (i < a.length) acc = f(acc, a[i], i, a);
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

// ---- sort -------------------------------------------------------------------
//
// `xs.sort(cmp)` is V8's TimSort (Node 20, V8 11.3: builtins/array-sort.tq),
// redone step by step.  With a consistent comparator any stable sort gives
// Node's order, but a program can see more than the order: a comparator that
// prints or counts its calls, or an inconsistent one (`a - b` with NaN, a
// random one), observes or decides the result through V8's exact sequence of
// comparisons.  So every comparison below happens in V8's order, with V8's
// arguments in V8's positions, and the data moves as V8 moves it:
//
//  * undefined items are set aside without being compared and go at the end;
//  * the other items are copied into a work array, which is sorted; `a`
//    itself is only written at the end (the comparator sees it unchanged, and
//    an exception thrown by the comparator leaves it unchanged);
//  * `x` orders before `y` iff cmp(x, y) < 0: V8 maps a NaN result to +0, and
//    its only tests are `< 0` and `>= 0`, so NaN and -0 count as "not less".

/** Galloping starts after a run wins this many comparisons in a row. */
const MIN_GALLOP = 7;

/** Sorts the non-undefined items of `a` with `cmp`, V8's way. */
export function arraySort<T>(a: T[], cmp: (x: T, y: T) => number): T[] {
  const n = a.length;
  if (n < 2) return a;
  const work: T[] = [];
  const undefs: T[] = [];
  for (let i = 0; i < n; i++) {
    const x = a[i];
    if (x === undefined) undefs.push(x);
    else work.push(x);
  }
  timSort(work, cmp);
  writeBack(a, work, undefs);
  return a;
}

/**
 * sort() without a comparator: V8 compares String(x) < String(y) (then
 * String(y) < String(x)) at each comparison.  In RTS, String() of the item
 * types that can be sorted has no side effect, so converting each item once
 * and sorting their positions by these keys gives the same order.
 */
export function arraySortDefault<T>(a: T[]): T[] {
  const n = a.length;
  if (n < 2) return a;
  const work: T[] = [];
  const undefs: T[] = [];
  const keys: string[] = [];
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = a[i];
    if (x === undefined) {
      undefs.push(x);
    } else {
      order.push(work.length);
      work.push(x);
      keys.push(String(x));
    }
  }
  timSort(order, (i: number, j: number): number => (keys[i] < keys[j] ? -1 : keys[j] < keys[i] ? 1 : 0));
  const sorted: T[] = [];
  for (let k = 0; k < order.length; k++) sorted.push(work[order[k]]);
  writeBack(a, sorted, undefs);
  return a;
}

/**
 * V8 stores the sorted items and then the undefineds over a[0 .. n); a
 * comparator may have shortened `a` meanwhile (the stores then grow it back)
 * or lengthened it (the items past n stay).
 */
function writeBack<T>(a: T[], sorted: T[], undefs: T[]): void {
  let k = 0;
  for (let i = 0; i < sorted.length; i++, k++) {
    if (k < a.length) a[k] = sorted[i];
    else a.push(sorted[i]);
  }
  for (let i = 0; i < undefs.length; i++, k++) {
    if (k < a.length) a[k] = undefs[i];
    else a.push(undefs[i]);
  }
}

/** TimSort of `w` in place. */
function timSort<T>(w: T[], cmp: (x: T, y: T) => number): void {
  const n = w.length;
  if (n < 2) return;
  // below 64 items the whole array is one run: nothing is ever merged
  const tmp: T[] = n >= 64 ? w.slice(0, n >> 1) : [];
  const runBase: number[] = [];
  const runLen: number[] = [];
  let minGallop = MIN_GALLOP;

  // Minimum run length: n below 64; else a length in 32..64 such that n /
  // minRun is a power of two or just below one (the top 6 bits of n, plus 1
  // if any lower bit is set).
  let top = n;
  let lowBits = 0;
  while (top >= 64) {
    lowBits |= top & 1;
    top >>= 1;
  }
  const minRun = top + lowBits;

  for (let lo = 0; lo < n; ) {
    let len = countRun(w, cmp, lo, n);
    if (len < minRun) {
      // extend a short natural run with binary insertion
      const forced = n - lo < minRun ? n - lo : minRun;
      binaryInsertionSort(w, cmp, lo, lo + len, lo + forced);
      len = forced;
    }
    runBase.push(lo);
    runLen.push(len);
    // Merge until the pending runs' lengths satisfy, from the top down,
    // L[i-2] > L[i-1] + L[i] and L[i-1] > L[i] (the corrected invariant that
    // also checks one level deeper, as V8 does).
    while (runLen.length > 1) {
      let i = runLen.length - 2;
      const deep = i >= 2 && runLen[i - 2] <= runLen[i - 1] + runLen[i];
      if ((i >= 1 && runLen[i - 1] <= runLen[i] + runLen[i + 1]) || deep) {
        if (runLen[i - 1] < runLen[i + 1]) i--;
      } else if (runLen[i] > runLen[i + 1]) {
        break;
      }
      minGallop = mergeAt(w, tmp, cmp, runBase, runLen, i, minGallop);
    }
    lo += len;
  }
  // at the end, merge everything, preferring the smaller neighbour
  while (runLen.length > 1) {
    let i = runLen.length - 2;
    if (i > 0 && runLen[i - 1] < runLen[i + 1]) i--;
    minGallop = mergeAt(w, tmp, cmp, runBase, runLen, i, minGallop);
  }
}

/**
 * The length of the run starting at lo (lo < hi): the longest non-descending
 * prefix, or the longest strictly descending one, which is reversed in place
 * (strictness keeps this stable).  Each item is compared with its predecessor.
 */
function countRun<T>(w: T[], cmp: (x: T, y: T) => number, lo: number, hi: number): number {
  if (lo + 1 === hi) return 1;
  const descending = cmp(w[lo + 1], w[lo]) < 0;
  let end = lo + 2;
  while (end < hi && (cmp(w[end], w[end - 1]) < 0) === descending) end++;
  if (descending) {
    for (let i = lo, j = end - 1; i < j; i++, j--) {
      const t = w[i];
      w[i] = w[j];
      w[j] = t;
    }
  }
  return end - lo;
}

/** Sorts w[lo .. hi) given that w[lo .. start) is sorted (lo < start), inserting after equal items. */
function binaryInsertionSort<T>(w: T[], cmp: (x: T, y: T) => number, lo: number, start: number, hi: number): void {
  for (let s = start; s < hi; s++) {
    const pivot = w[s];
    let left = lo;
    let right = s;
    while (left < right) {
      const mid = left + ((right - left) >> 1);
      if (cmp(pivot, w[mid]) < 0) right = mid;
      else left = mid + 1;
    }
    for (let p = s; p > left; p--) w[p] = w[p - 1];
    w[left] = pivot;
  }
}

/**
 * Where `key` goes in the sorted run arr[base .. base + len): the offset in
 * 0..len of the first item that does not go before it.  With right = false
 * (V8's GallopLeft) an item goes before key iff cmp(item, key) < 0, so key
 * lands before the items equal to it; with right = true (GallopRight) iff
 * !(cmp(key, item) < 0), so it lands after them.  The search gallops from
 * `hint` by offsets 1, 3, 7, 15, ... and then bisects.
 */
function gallop<T>(cmp: (x: T, y: T) => number, key: T, arr: T[], base: number, len: number, hint: number, right: boolean): number {
  let last = 0;
  let ofs = 1;
  if (goesBefore(cmp, key, arr[base + hint], right)) {
    // gallop towards the end: afterwards hint+last goes before key, hint+ofs does not
    const maxOfs = len - hint;
    while (ofs < maxOfs && goesBefore(cmp, key, arr[base + hint + ofs], right)) {
      last = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxOfs) ofs = maxOfs;
    last += hint;
    ofs += hint;
  } else {
    // gallop towards the start: afterwards hint-ofs goes before key, hint-last does not
    const maxOfs = hint + 1;
    while (ofs < maxOfs && !goesBefore(cmp, key, arr[base + hint - ofs], right)) {
      last = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxOfs) ofs = maxOfs;
    const t = last;
    last = hint - ofs;
    ofs = hint - t;
  }
  // the answer is in (last, ofs]: bisect
  last++;
  while (last < ofs) {
    const m = last + ((ofs - last) >> 1);
    if (goesBefore(cmp, key, arr[base + m], right)) last = m + 1;
    else ofs = m;
  }
  return ofs;
}

function goesBefore<T>(cmp: (x: T, y: T) => number, key: T, item: T, right: boolean): boolean {
  return right ? !(cmp(key, item) < 0) : cmp(item, key) < 0;
}

/** Copies n items; within one array, in the direction that is safe for overlapping ranges. */
function copyItems<T>(src: T[], from: number, dst: T[], to: number, n: number): void {
  if (from < to) for (let i = n - 1; i >= 0; i--) dst[to + i] = src[from + i];
  else for (let i = 0; i < n; i++) dst[to + i] = src[from + i];
}

/** Merges pending runs i and i + 1 (i is the second or third run from the top); returns the new minGallop. */
function mergeAt<T>(w: T[], tmp: T[], cmp: (x: T, y: T) => number, runBase: number[], runLen: number[], i: number, minGallop: number): number {
  let baseA = runBase[i];
  let lenA = runLen[i];
  const baseB = runBase[i + 1];
  let lenB = runLen[i + 1];
  runLen[i] = lenA + lenB;
  if (i === runLen.length - 3) {
    runBase[i + 1] = runBase[i + 2];
    runLen[i + 1] = runLen[i + 2];
  }
  runBase.pop();
  runLen.pop();
  // items of A that go before B's first item, and items of B that go after
  // A's last item, are already in place
  const k = gallop(cmp, w[baseB], w, baseA, lenA, 0, true);
  baseA += k;
  lenA -= k;
  if (lenA === 0) return minGallop;
  lenB = gallop(cmp, w[baseA + lenA - 1], w, baseB, lenB, lenB - 1, false);
  if (lenB === 0) return minGallop;
  // the shorter run goes to tmp
  return lenA <= lenB ? mergeLow(w, tmp, cmp, baseA, lenA, baseB, lenB, minGallop) : mergeHigh(w, tmp, cmp, baseA, lenA, baseB, lenB, minGallop);
}

/**
 * Merges run A (copied to tmp) with the following run B, left to right.
 * One item at a time until a run wins minGallop times in a row, then by
 * galloping while a gallop moves at least MIN_GALLOP items; minGallop drops
 * at each gallop and rises when galloping stops paying.
 */
function mergeLow<T>(w: T[], tmp: T[], cmp: (x: T, y: T) => number, baseA: number, lenA: number, baseB: number, lenB: number, minGallop: number): number {
  copyItems(w, baseA, tmp, 0, lenA);
  let dest = baseA;
  let ca = 0; // next item of A, in tmp
  let cb = baseB; // next item of B, in w
  w[dest++] = w[cb++]; // B's first item goes first (mergeAt made sure of it)
  lenB--;
  merge: while (lenB > 0 && lenA > 1) {
    let winsA = 0;
    let winsB = 0;
    for (;;) {
      if (cmp(w[cb], tmp[ca]) < 0) {
        w[dest++] = w[cb++];
        winsB++;
        winsA = 0;
        if (--lenB === 0) break merge;
        if (winsB >= minGallop) break;
      } else {
        w[dest++] = tmp[ca++];
        winsA++;
        winsB = 0;
        if (--lenA === 1) break merge;
        if (winsA >= minGallop) break;
      }
    }
    minGallop++;
    do {
      minGallop = minGallop > 1 ? minGallop - 1 : 1; // each gallop lowers the threshold
      winsA = gallop(cmp, w[cb], tmp, ca, lenA, 0, true);
      if (winsA > 0) {
        copyItems(tmp, ca, w, dest, winsA);
        dest += winsA;
        ca += winsA;
        lenA -= winsA;
        if (lenA <= 1) break merge; // 0 only with an inconsistent comparator
      }
      w[dest++] = w[cb++];
      if (--lenB === 0) break merge;
      winsB = gallop(cmp, tmp[ca], w, cb, lenB, 0, false);
      if (winsB > 0) {
        copyItems(w, cb, w, dest, winsB);
        dest += winsB;
        cb += winsB;
        lenB -= winsB;
        if (lenB === 0) break merge;
      }
      w[dest++] = tmp[ca++];
      if (--lenA === 1) break merge;
    } while (winsA >= MIN_GALLOP || winsB >= MIN_GALLOP);
    minGallop++; // leaving galloping mode costs
  }
  // Done when B ran out (the rest of A follows) or when A is down to its
  // last item, which goes after the rest of B.  (A or B can run out early
  // only with an inconsistent comparator.)
  if (lenA === 1 && lenB > 0) {
    copyItems(w, cb, w, dest, lenB);
    w[dest + lenB] = tmp[ca];
  } else if (lenA > 0) {
    copyItems(tmp, ca, w, dest, lenA);
  }
  return minGallop;
}

/** mergeLow's mirror image: run B goes to tmp and the merge runs right to left. */
function mergeHigh<T>(w: T[], tmp: T[], cmp: (x: T, y: T) => number, baseA: number, lenA: number, baseB: number, lenB: number, minGallop: number): number {
  copyItems(w, baseB, tmp, 0, lenB);
  let dest = baseB + lenB - 1;
  let ca = baseA + lenA - 1; // last remaining item of A, in w
  let cb = lenB - 1; // last remaining item of B, in tmp
  w[dest--] = w[ca--]; // A's last item goes last (mergeAt made sure of it)
  lenA--;
  merge: while (lenA > 0 && lenB > 1) {
    let winsA = 0;
    let winsB = 0;
    for (;;) {
      if (cmp(tmp[cb], w[ca]) < 0) {
        w[dest--] = w[ca--];
        winsA++;
        winsB = 0;
        if (--lenA === 0) break merge;
        if (winsA >= minGallop) break;
      } else {
        w[dest--] = tmp[cb--];
        winsB++;
        winsA = 0;
        if (--lenB === 1) break merge;
        if (winsB >= minGallop) break;
      }
    }
    minGallop++;
    do {
      minGallop = minGallop > 1 ? minGallop - 1 : 1; // each gallop lowers the threshold
      winsA = lenA - gallop(cmp, tmp[cb], w, baseA, lenA, lenA - 1, true);
      if (winsA > 0) {
        dest -= winsA;
        ca -= winsA;
        copyItems(w, ca + 1, w, dest + 1, winsA);
        lenA -= winsA;
        if (lenA === 0) break merge;
      }
      w[dest--] = tmp[cb--];
      if (--lenB === 1) break merge;
      winsB = lenB - gallop(cmp, w[ca], tmp, 0, lenB, lenB - 1, false);
      if (winsB > 0) {
        dest -= winsB;
        cb -= winsB;
        copyItems(tmp, cb + 1, w, dest + 1, winsB);
        lenB -= winsB;
        if (lenB <= 1) break merge; // 0 only with an inconsistent comparator
      }
      w[dest--] = w[ca--];
      if (--lenA === 0) break merge;
    } while (winsA >= MIN_GALLOP || winsB >= MIN_GALLOP);
    minGallop++;
  }
  // done when A ran out, or when B is down to its first item, which goes before the rest of A
  if (lenB === 1 && lenA > 0) {
    dest -= lenA;
    ca -= lenA;
    copyItems(w, ca + 1, w, dest + 1, lenA);
    w[dest] = tmp[cb];
  } else if (lenB > 0) {
    copyItems(tmp, 0, w, dest - (lenB - 1), lenB);
  }
  return minGallop;
}

/** `xs.indexOf(x, from)`: strict equality (NaN is never found); a negative start counts from the end. */
export function arrayIndexOf<T>(a: T[], x: T, fromIndex: number = 0): number {
  const n = a.length;
  for (let i = relativeIndex(fromIndex, n); i < n; i++) if (a[i] === x) return i;
  return -1;
}

/** `xs.lastIndexOf(x)`: from the last item back. */
export function arrayLastIndexOf<T>(a: T[], x: T): number {
  for (let i = a.length - 1; i >= 0; i--) if (a[i] === x) return i;
  return -1;
}

/** `xs.lastIndexOf(x, from)`: from the item at `from` (counted from the end when negative) back. */
export function arrayLastIndexOfFrom<T>(a: T[], x: T, fromIndex: number | undefined): number {
  const n = a.length;
  // from min(k, n - 1) when k >= 0, else from n + k (nothing when that is negative);
  // an explicit undefined is ToIntegerOrInfinity(undefined) = 0, unlike no argument at all
  const k = fromIndex === undefined || Number.isNaN(fromIndex) ? 0 : Math.trunc(fromIndex);
  const last = k >= n ? n - 1 : k >= 0 ? toInt(k) : k >= -n ? toInt(n + k) : -1;
  for (let i = last; i >= 0; i--) if (a[i] === x) return i;
  return -1;
}

/** `xs.includes(x, from)`: SameValueZero, so NaN is found. */
export function arrayIncludes<T>(a: T[], x: T, fromIndex: number = 0): boolean {
  const n = a.length;
  const nan = x !== x;
  for (let i = relativeIndex(fromIndex, n); i < n; i++) {
    const y = a[i];
    if (y === x || (nan && y !== y)) return true;
  }
  return false;
}
