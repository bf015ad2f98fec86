// Spread syntax, written in RTS: `[...xs, ...m.keys(), ...s]`, `f(...xs)`,
// `xs.push(...ys)` and `Math.max(...xs)`.  The frontend builds the array
// by pushing each plain item and calling one of these per spread element,
// with JavaScript's iteration order: arrays by index (the length read first,
// so `xs.push(...xs)` doubles xs), Maps and Sets in insertion order,
// strings by code point.

/** `...xs` of an array. */
export function spreadArray<T>(dst: T[], src: T[]): void {
  const n = src.length;
  for (let i = 0; i < n; i++) dst.push(src[i]);
}

/** `...m.keys()` of a Map. */
export function spreadKeys<K, V>(dst: K[], m: Map<K, V>): void {
  for (const k of m.keys()) dst.push(k);
}

/** `...m.values()` of a Map. */
export function spreadValues<K, V>(dst: V[], m: Map<K, V>): void {
  for (const v of m.values()) dst.push(v);
}

/** `...m` or `...m.entries()` of a Map: [key, value] pairs. */
export function spreadEntries<K, V>(dst: [K, V][], m: Map<K, V>): void {
  for (const [k, v] of m) dst.push([k, v]);
}

/** `...s` (or its keys() or values()) of a Set. */
export function spreadSet<T>(dst: T[], s: Set<T>): void {
  for (const x of s) dst.push(x);
}

/** `...str`: its code points (a surrogate pair is one item, a lone surrogate one too). */
export function spreadString(dst: string[], s: string): void {
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        dst.push(s.slice(i, i + 2));
        i += 2;
        continue;
      }
    }
    dst.push(s[i]);
    i++;
  }
}

/** `Math.max(...xs)`: -Infinity for none, NaN if any is NaN. */
export function maxOfList(xs: number[]): number {
  let r = -Infinity;
  for (let i = 0; i < xs.length; i++) r = Math.max(r, xs[i]);
  return r;
}

/** `Math.min(...xs)`: Infinity for none, NaN if any is NaN. */
export function minOfList(xs: number[]): number {
  let r = Infinity;
  for (let i = 0; i < xs.length; i++) r = Math.min(r, xs[i]);
  return r;
}

/** `new Map(pairs)`: each [key, value] set in order (a key seen again keeps its place, with the last value). */
export function mapSetPairs<K, V>(m: Map<K, V>, pairs: [K, V][]): void {
  for (const [k, v] of pairs) m.set(k, v);
}

/** `new Set(items)`: each added in order. */
export function setAddItems<T>(s: Set<T>, xs: T[]): void {
  for (const x of xs) s.add(x);
}

/**
 * `Array.from({ length: n }, f)`: f(undefined, i) for i below n (a length converted as JavaScript's ToLength does for integers).
 * @specialize call-site
 */
export function arrayFromLength<T>(n: number, f: (v: undefined, i: number) => T): T[] {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(f(undefined, i));
  return out;
}

/** `new Float64Array(xs)`, `Float64Array.from(xs)`: the items, converted as the typed array stores them. */
export function float64ArrayOf(xs: number[]): Float64Array {
  const t = new Float64Array(xs.length);
  for (let i = 0; i < xs.length; i++) t[i] = xs[i];
  return t;
}

/** `new Int32Array(xs)`, `Int32Array.from(xs)`. */
export function int32ArrayOf(xs: number[]): Int32Array {
  const t = new Int32Array(xs.length);
  for (let i = 0; i < xs.length; i++) t[i] = xs[i];
  return t;
}

/** `new Uint8Array(xs)`, `Uint8Array.from(xs)`. */
export function uint8ArrayOf(xs: number[]): Uint8Array {
  const t = new Uint8Array(xs.length);
  for (let i = 0; i < xs.length; i++) t[i] = xs[i];
  return t;
}

/** A string's code points, as for-of and `[...s]` have them. */
export function stringItems(s: string): string[] {
  const out: string[] = [];
  spreadString(out, s);
  return out;
}

// `m.keys()`, `m.values()`, `m.entries()` and a Set's `values()`/`keys()`
// used as values (passed to an Iterable<T> parameter, stored, spread
// later): generators over the collection, so they see it as it is when
// they are iterated, with for-of's rules for changes (JavaScript's live
// iterators).  A for-of or spread written directly over the call does not
// make one.
export function* mapKeysOf<K, V>(m: Map<K, V>): Generator<K> {
  for (const k of m.keys()) yield k;
}

export function* mapValuesOf<K, V>(m: Map<K, V>): Generator<V> {
  for (const v of m.values()) yield v;
}

export function* mapEntriesOf<K, V>(m: Map<K, V>): Generator<[K, V]> {
  for (const [k, v] of m) {
    const e: [K, V] = [k, v];
    yield e;
  }
}

export function* setValuesOf<T>(s: Set<T>): Generator<T> {
  for (const x of s) yield x;
}

export function* setEntriesOf<T>(s: Set<T>): Generator<[T, T]> {
  for (const x of s) {
    const e: [T, T] = [x, x];
    yield e;
  }
}

// An array, string, Set, Map or generator passed to a parameter declared
// `Iterable<T>` is passed as one of these closures (the annotator's
// iterable_of), so that one parameter takes any of them and each for-of
// over it starts afresh, as JavaScript calls [Symbol.iterator]() each time
// (a generator's returns itself: it is iterated once).
export function arrayIterable<T>(xs: T[]): () => Generator<T> {
  return () => arrayItemsOf(xs);
}

export function stringIterable(s: string): () => Generator<string> {
  return () => stringItemsOf(s);
}

export function setIterable<T>(s: Set<T>): () => Generator<T> {
  return () => setValuesOf(s);
}

export function mapIterable<K, V>(m: Map<K, V>): () => Generator<[K, V]> {
  return () => mapEntriesOf(m);
}

export function generatorIterable<T>(g: Generator<T>): () => Generator<T> {
  return () => g;
}

/** An object of a class with a `*[Symbol.iterator]()`: a fresh run of it each time. */
export function objectIterable<T>(x: Iterable<T>): () => Generator<T> {
  return () => iterateObject(x);
}

function* iterateObject<T>(x: Iterable<T>): Generator<T> {
  yield* x;
}

// The generators an `Iterable<T>` value is iterated through (the annotator's
// iter_generator picks one by what the value is): an array's items while
// the index is below its length (JavaScript's array iterator: items pushed
// during the loop are visited), a string's code points.
export function* arrayItemsOf<T>(xs: T[]): Generator<T> {
  for (let i = 0; i < xs.length; i++) yield xs[i];
}

export function* stringItemsOf(s: string): Generator<string> {
  for (const ch of stringItems(s)) yield ch;
}
