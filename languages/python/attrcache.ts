// Inline caches of the interpreter's attribute instructions (CPython 3.11's
// specialized LOAD_ATTR / LOAD_METHOD / STORE_ATTR): each instruction
// remembers what the last instance it saw resolved to — its type (at the
// type's version tag, which changes with any dict of the MRO) and its
// attribute map — and the next instance of that type and map takes the
// answer without the type lookup, the map search or the descriptor tests.
// The interpreter asks only while it is not jitted: a trace folds the same
// lookups through promote and elidable instead (weAreJitted()).
import type { Code } from "./code.ts";
import {
  type AttrMap, PyBuiltin, PyClassMethod, PyFunction, PyGetSet, PyInstance, PyMethod, PyObject, PyProperty, PyStaticMethod, type PyType,
  type VersionTag,
} from "./objects/model.ts";
import { genericSetattr } from "./objects/ops.ts";

/** One instruction's cache: valid for instances of `type` at `version` whose map is `map` (and that have no real __dict__). */
export class AttrSite {
  constructor(
    readonly type: PyType,
    readonly version: VersionTag,
    readonly map: AttrMap,
    /** The attribute's slot in the instance's storage (>= 0), or where it is not the instance's: CLASS_VALUE, BOUND_METHOD or METHOD. */
    readonly slot: number,
    /** The class attribute (CLASS_VALUE), or the function (BOUND_METHOD, METHOD). */
    readonly value: PyObject | null,
    /** STORE_ATTR of an attribute the map lacks: the map after it (the value goes at the end of the storage, at `slot`). */
    readonly nextMap: AttrMap | null,
  ) {}
}

/** The class's attribute is the value (no descriptor). */
const CLASS_VALUE = -1;
/** LOAD_ATTR of a function of the class: a new bound method of it. */
const BOUND_METHOD = -2;
/** LOAD_METHOD of a function of the class: the function, called with the instance. */
export const METHOD = -3;

function siteOf(code: Code, at: number, obj: PyInstance): AttrSite | null {
  const s = code.attrSites[at >> 1];
  if (s === null || obj.cls !== s.type || s.type.version !== s.version || obj.map !== s.map || obj.realDict !== null) return null;
  return s;
}

/** LOAD_ATTR at pc `at` on an instance: the attribute from the cache, or null (the generic lookup runs, then fills it). */
export function cachedAttr(code: Code, at: number, obj: PyInstance): PyObject | null {
  const s = siteOf(code, at, obj);
  if (s === null) return null;
  if (s.slot >= 0) return obj.storage[s.slot];
  return s.slot === BOUND_METHOD ? new PyMethod(s.value!, obj) : s.value;
}

/** LOAD_METHOD's cache entry for `obj`: slot >= 0 (the instance's own attribute: a plain call) or METHOD. */
export function cachedMethod(code: Code, at: number, obj: PyInstance): AttrSite | null {
  return siteOf(code, at, obj);
}

/** STORE_ATTR at `at` to an instance attribute the map has: done (true), or false (the generic store runs, then fills the cache). */
export function cachedStore(code: Code, at: number, obj: PyInstance, value: PyObject): boolean {
  const s = siteOf(code, at, obj);
  if (s === null) return false;
  if (s.nextMap === null) obj.storage[s.slot] = value;
  else {
    obj.map = s.nextMap;
    obj.storage.push(value);
  }
  return true;
}

/** A class attribute the generic lookup returns as it is (not a descriptor; an instance's class might get a __get__ later). */
function plainValue(d: PyObject): boolean {
  return !(d instanceof PyFunction || d instanceof PyBuiltin || d instanceof PyStaticMethod || d instanceof PyClassMethod || d instanceof PyGetSet ||
    d instanceof PyProperty || d instanceof PyInstance);
}

/** A class attribute that may take part in the access (a property, a getset, a user descriptor — whose class may get __get__/__set__ later): not cached. */
function mayIntercept(d: PyObject | null): boolean {
  return d instanceof PyGetSet || d instanceof PyProperty || d instanceof PyInstance;
}

/** After a generic LOAD_ATTR (or LOAD_METHOD, `method`) of `name` on `obj` succeeded: what the next one at `at` may take from the cache. */
export function fillAttrSite(code: Code, at: number, obj: PyInstance, name: string, method: boolean): void {
  const type = obj.cls;
  if (obj.realDict !== null || !type.genericGetattribute()) return;
  const d = type.lookup(name);
  if (mayIntercept(d)) return;
  const slot = obj.map.index(name);
  if (slot >= 0) code.attrSites[at >> 1] = new AttrSite(type, type.version, obj.map, slot, null, null);
  else if (d instanceof PyFunction) code.attrSites[at >> 1] = new AttrSite(type, type.version, obj.map, method ? METHOD : BOUND_METHOD, d, null);
  else if (d !== null && !method && plainValue(d)) code.attrSites[at >> 1] = new AttrSite(type, type.version, obj.map, CLASS_VALUE, d, null);
}

/**
 * After a generic STORE_ATTR of `name` on `obj`, whose map was `before`:
 * with no descriptor and no __setattr__ in the way, the store (to the slot
 * the map has, or the transition to the map with the attribute added) is
 * cached.
 */
export function fillStoreSite(code: Code, at: number, obj: PyInstance, name: string, before: AttrMap): void {
  const type = obj.cls;
  if (obj.realDict !== null || !genericSetattr(type)) return;
  const d = type.lookup(name);
  if (mayIntercept(d)) return;
  const slot = obj.map.index(name);
  if (slot < 0) return;
  if (obj.map === before) code.attrSites[at >> 1] = new AttrSite(type, type.version, before, slot, null, null);
  else if (slot === obj.storage.length - 1 && before.index(name) < 0) code.attrSites[at >> 1] = new AttrSite(type, type.version, before, slot, null, obj.map);
}
