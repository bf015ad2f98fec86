// rts/lltype: the inside of a list, for the toolkit's own RTS code
// (rts/rlib/lists), as RPython's ll helpers see a list's length and items
// array.  A translated list is a GC struct {length, items} whose items array
// has room for `capacity(l)` values (plugins/backend-c/runtime/rts.h,
// rtyper/layout.ts); the list methods are RTS functions over these
// operations, so they are inlined, analysed and traced like the program.
//
// Each function is one low-level operation (frontend/builtins.ts,
// LIST_INTRINSICS).  On Node a list is a JS array whose capacity is its
// length: the helpers run there too, with the same results.

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
