// Objects used as maps — `Record<string, T>` and `{ [key: string]: T }` —
// written in RTS.  At run time such an object is a Map<string, T>; these
// helpers give it JavaScript's object semantics where they differ from a
// Map's: Object.keys lists integer-like keys first, in numeric order, then
// the others in insertion order; and the names every object inherits from
// Object.prototype (`constructor`, `toString`, ...) are there without being
// own properties.  RTS has no prototype chain, so reading one of those that
// the object does not own stops the program with a clear error instead of
// giving undefined (Node would give a function).

import { fatal } from "rts/ll";

const INHERITED = new Set<string>([
  "constructor", "toString", "toLocaleString", "valueOf", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable",
  "__proto__", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__",
]);

function inheritedRead(k: string): void {
  if (INHERITED.has(k)) fatal("an object used as a map was read at a key it does not own that every object inherits from Object.prototype (constructor, toString, __proto__...); RTS has no prototype chain: use a Map, or test `key in obj` first");
}

/** `d[k]` where the program may see undefined (a missing key). */
export function dictGet<T>(d: Map<string, T>, k: string): T | undefined {
  if (!d.has(k)) {
    inheritedRead(k);
    return undefined;
  }
  return d.get(k);
}

/** `d[k]` used as a T: the key must be there. */
export function dictGetStrict<T>(d: Map<string, T>, k: string): T {
  if (!d.has(k)) inheritedRead(k);
  return d.get(k)!;
}

/** `d[k] = v` (`__proto__` would change the object's prototype on Node). */
export function dictSet<T>(d: Map<string, T>, k: string, v: T): void {
  if (k === "__proto__") fatal("an object used as a map was written at the key __proto__, which changes its prototype on Node; use a Map");
  d.set(k, v);
}

/** `k in d`: own keys, and the names every object inherits. */
export function dictHas<T>(d: Map<string, T>, k: string): boolean {
  return d.has(k) || INHERITED.has(k);
}

/** `delete d[k]`: true, as for any own or missing property of a plain object. */
export function dictDelete<T>(d: Map<string, T>, k: string): boolean {
  d.delete(k);
  return true;
}

/** A canonical array index ("0", "17"; not "017" or "4294967295"): such keys come first, in numeric order. */
function isArrayIndex(k: string): boolean {
  const n = k.length;
  if (n === 0 || n > 10) return false;
  const c0 = k.charCodeAt(0);
  if (c0 === 48) return n === 1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const c = k.charCodeAt(i);
    if (c < 48 || c > 57) return false;
    v = v * 10 + (c - 48);
  }
  return v < 4294967295;
}

function indexValue(k: string): number {
  let v = 0;
  for (let i = 0; i < k.length; i++) v = v * 10 + (k.charCodeAt(i) - 48);
  return v;
}

/** Object.keys(d), and the order of for-in, values and entries. */
export function dictKeys<T>(d: Map<string, T>): string[] {
  const ints: string[] = [];
  const names: string[] = [];
  for (const k of d.keys()) {
    if (isArrayIndex(k)) ints.push(k);
    else names.push(k);
  }
  if (ints.length === 0) return names;
  ints.sort((a, b) => indexValue(a) - indexValue(b));
  for (const k of names) ints.push(k);
  return ints;
}

/** Object.values(d). */
export function dictValues<T>(d: Map<string, T>): T[] {
  const out: T[] = [];
  for (const k of dictKeys(d)) out.push(d.get(k)!);
  return out;
}

/** Object.entries(d). */
export function dictEntries<T>(d: Map<string, T>): [string, T][] {
  const out: [string, T][] = [];
  for (const k of dictKeys(d)) {
    const v: T = d.get(k)!; // (a tuple of [string, T], not of NonNullable<T>: one tuple class per T)
    out.push([k, v]);
  }
  return out;
}

/** `const { a, ...rest } = d` of an object used as a map: into a new one, the entries but those of the keys named before the rest. */
export function dictCopyWithout<T>(dst: Map<string, T>, src: Map<string, T>, keys: string[]): void {
  for (const k of dictKeys(src)) if (!keys.includes(k)) dictSet(dst, k, src.get(k)!);
}

/** Object.entries of a record: its keys and values (rts: the shape's $keys and $values) paired. */
export function zipEntries<T>(keys: string[], values: T[]): [string, T][] {
  const out: [string, T][] = [];
  for (let i = 0; i < keys.length; i++) {
    const v: T = values[i];
    out.push([keys[i], v]);
  }
  return out;
}

/** `{ ...d }` of another map-like object: its entries in key order. */
export function dictCopyInto<T>(dst: Map<string, T>, src: Map<string, T>): void {
  for (const k of dictKeys(src)) dictSet(dst, k, src.get(k)!);
}
