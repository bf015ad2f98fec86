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

/** `Array.from({ length: n }, f)`: f(undefined, i) for i below n (a length converted as JavaScript's ToLength does for integers). */
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

/** The items of a string iterated through an `Iterable<string>` (its code points). */
export function stringItems(s: string): string[] {
  const out: string[] = [];
  spreadString(out, s);
  return out;
}

/** The items of a Set iterated through an `Iterable<T>`. */
export function setItems<T>(s: Set<T>): T[] {
  const out: T[] = [];
  spreadSet(out, s);
  return out;
}

/** The entries of a Map iterated through an `Iterable<[K, V]>`. */
export function mapEntryItems<K, V>(m: Map<K, V>): [K, V][] {
  const out: [K, V][] = [];
  spreadEntries(out, m);
  return out;
}
