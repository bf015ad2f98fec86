// Inline caches of the interpreter's attribute instructions (CPython 3.11's
// specialized LOAD_ATTR / LOAD_METHOD / STORE_ATTR): each instruction
// remembers what the last instance it saw resolved to — its type (at the
// type's version tag, which changes with any dict of the MRO) and its
// attribute map — and the next instance of that type and map takes the
// answer without the type lookup, the map search or the descriptor tests.
// A site keeps up to four such entries (a polymorphic inline cache: richards'
// tasks of four classes go through the same instructions).  LOAD_GLOBAL and
// module attributes keep the dict entry a name was found at (GlobalSite).
// The interpreter asks only while it is not jitted: a trace folds the same
// lookups through promote and elidable instead (weAreJitted()).
import type { Code } from "./code.ts";
import {
  AbsentName, AttrMap, DictLayout, MODULE_TYPE, PyDict, PyModule, PyBuiltin, PyClassMethod, PyFunction, PyGetSet, PyInstance, PyMethod, PyObject, PyProperty, PyStaticMethod, PyType,
  TYPE_TYPE, type VersionTag, slotOf, setSlot,
  moveMap,
} from "./objects/model.ts";
import { genericSetattr } from "./objects/ops.ts";
import { absentName, namespaceIndex } from "./objects/dict.ts";

/** One entry of an instruction's cache: valid for instances of `type` at `version` whose map is `map` (and that have no real __dict__). */
export class AttrSite {
  /** The instruction's next entry (the most recently filled first). */
  next: AttrSite | null = null;
  /** A class attribute that is an instance: its class, at this version, has no __get__ (else the entry is stale). */
  valueType: PyType | null = null;
  valueVersion: VersionTag | null = null;
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

/** The map of the entries for attributes of a class itself (`C.x`): no instance has it. */
const CLASS_ENTRY = AttrMap.empty();

/** Class `cls`'s own attribute from the cache, or null. */
function cachedClassAttr(code: Code, at: number, cls: PyType): PyObject | null {
  for (let s = code.attrSites[at >> 1]; s !== null; s = s.next) {
    if (s.type !== cls || s.map !== CLASS_ENTRY || cls.version !== s.version) continue;
    if (s.valueType !== null && s.valueType.version !== s.valueVersion) return null;
    return s.value;
  }
  return null;
}

/**
 * After a generic LOAD_ATTR of `name` on class `cls`: a class of the plain
 * metatype whose attribute is a function or a value no __get__ binds (an
 * instance of a class without one, as deltablue's Strength.REQUIRED) is
 * cached, valid while the class's version (and the value's class's) holds.
 */
function fillClassAttrSite(code: Code, at: number, cls: PyType, name: string): void {
  if (cls.getType() !== TYPE_TYPE || TYPE_TYPE.lookup(name) !== null) return;
  const d = cls.lookup(name);
  if (d === null) return;
  const s = new AttrSite(cls, cls.version, CLASS_ENTRY, CLASS_VALUE, d, null);
  if (d instanceof PyInstance) {
    if (d.cls.lookup("__get__") !== null) return;
    s.valueType = d.cls;
    s.valueVersion = d.cls.version;
  } else if (d instanceof PyType ? d.getType() !== TYPE_TYPE : !(d instanceof PyFunction) && !plainValue(d)) return;
  put(code, at, s);
}

/** The most entries one instruction keeps. */
const SITE_ENTRIES = 4;

function siteOf(code: Code, at: number, obj: PyInstance): AttrSite | null {
  if (obj.realDict !== null) return null;
  for (let s = code.attrSites[at >> 1]; s !== null; s = s.next) {
    if (obj.cls === s.type && obj.map === s.map && s.type.version === s.version) return s;
  }
  return null;
}

/**
 * The instruction's first entry when it holds for obj (else null, and
 * siteOf looks at the others): small enough to be inlined into the
 * dispatch loop, where most hits are decided without a call.
 */
export function firstSite(code: Code, at: number, obj: PyInstance): AttrSite | null {
  const s = code.attrSites[at >> 1];
  if (s === null || obj.cls !== s.type || obj.map !== s.map || s.type.version !== s.version || obj.realDict !== null) return null;
  return s;
}

/** Entry `s` goes first at the instruction at `at`; the entries still valid (their types' versions unchanged) follow, up to SITE_ENTRIES. */
function put(code: Code, at: number, s: AttrSite): void {
  let last = s;
  let n = 1;
  for (let e = code.attrSites[at >> 1]; e !== null && n < SITE_ENTRIES; e = e.next) {
    if (e.type.version !== e.version || (e.type === s.type && e.map === s.map)) continue;
    // (entries are shared by no other instruction: relinked in place)
    last.next = e;
    last = e;
    n++;
  }
  last.next = null;
  code.attrSites[at >> 1] = s;
}

/** LOAD_ATTR at pc `at`: the attribute from the instruction's cache (an instance's, or a class's own), or null (the generic lookup runs, then fillLoadSite). */
export function cachedLoad(code: Code, at: number, obj: PyObject): PyObject | null {
  if (obj instanceof PyInstance) return cachedAttr(code, at, obj);
  return obj instanceof PyType ? cachedClassAttr(code, at, obj) : null;
}

/** After a generic LOAD_ATTR of `name` on `obj` succeeded: what the next one at `at` may take from the cache (instances and classes). */
export function fillLoadSite(code: Code, at: number, obj: PyObject, name: string): void {
  if (obj instanceof PyInstance) fillAttrSite(code, at, obj, name, false);
  else if (obj instanceof PyType) fillClassAttrSite(code, at, obj, name);
}

/** An instance's attribute from the cache, or null. */
function cachedAttr(code: Code, at: number, obj: PyInstance): PyObject | null {
  const s = siteOf(code, at, obj);
  if (s === null) return null;
  if (s.slot >= 0) return slotOf(obj, s.slot);
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
  if (s.nextMap !== null) moveMap(obj, obj.map, s.nextMap);
  setSlot(obj, s.slot, value);
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
  if (slot >= 0) put(code, at, new AttrSite(type, type.version, obj.map, slot, null, null));
  else if (d instanceof PyFunction) put(code, at, new AttrSite(type, type.version, obj.map, method ? METHOD : BOUND_METHOD, d, null));
  else if (d !== null && !method && plainValue(d)) put(code, at, new AttrSite(type, type.version, obj.map, CLASS_VALUE, d, null));
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
  if (obj.map === before) put(code, at, new AttrSite(type, type.version, before, slot, null, null));
  else if (slot === obj.map.names.length - 1 && before.index(name) < 0) put(code, at, new AttrSite(type, type.version, before, slot, null, obj.map));
}

/**
 * LOAD_GLOBAL's cache (CPython 3.11's LOAD_GLOBAL_MODULE / _BUILTIN): where
 * the name was found — entry `ix` of the globals, or (`absent` set) of the
 * builtins — valid while the dicts have the layouts they had then (a
 * layout is one dict's, and entries move only with a new one) and the name
 * is still absent from the globals.  A store to an existing global changes
 * no layout: the entry is read, not the value remembered.
 */
export class GlobalSite {
  constructor(
    readonly globalsLayout: DictLayout,
    readonly ix: number,
    readonly absent: AbsentName | null,
    readonly builtinsLayout: DictLayout | null,
  ) {}
}

/** The global (or builtin) name `arg` of `code` from its cache, or null. */
export function cachedGlobal(code: Code, arg: number, globals: PyDict, builtins: PyDict): PyObject | null {
  const s = code.globalSites[arg];
  if (s === null || globals.layout !== s.globalsLayout) return null;
  if (s.absent === null) return globals.values[s.ix];
  if (s.absent.added || builtins.layout !== s.builtinsLayout) return null;
  return builtins.values[s.ix];
}

/** After a generic lookup of name `arg` found it: the entry it was found at, for the next lookups. */
export function fillGlobalSite(code: Code, arg: number, globals: PyDict, builtins: PyDict): void {
  const name = code.names[arg];
  const h = code.nameHashes[arg];
  const ix = namespaceIndex(globals, name, h);
  if (ix >= 0) {
    code.globalSites[arg] = new GlobalSite(globals.layout, ix, null, null);
    return;
  }
  if (ix === -2) return;
  const bix = namespaceIndex(builtins, name, h);
  if (bix >= 0) code.globalSites[arg] = new GlobalSite(globals.layout, bix, absentName(globals, globals.layout, name), builtins.layout);
}

/**
 * LOAD_ATTR / LOAD_METHOD of a module's attribute (`math.sqrt`): the entry
 * of the module's dict it was found at, by name index (a GlobalSite
 * without `absent`), valid while that dict keeps its layout — the module
 * type has no attribute of that name, and builtin types do not change.
 */
export function cachedModuleAttr(code: Code, arg: number, module: PyModule): PyObject | null {
  const s = code.moduleSites[arg];
  if (s === null || module.dict.layout !== s.globalsLayout) return null;
  return module.dict.values[s.ix];
}

/** After a generic lookup found attribute `arg` of `module`: its entry, for the next lookups. */
export function fillModuleSite(code: Code, arg: number, module: PyModule): void {
  const name = code.names[arg];
  if (MODULE_TYPE.lookup(name) !== null) return;
  const ix = namespaceIndex(module.dict, name, code.nameHashes[arg]);
  if (ix >= 0) code.moduleSites[arg] = new GlobalSite(module.dict.layout, ix, null, null);
}
