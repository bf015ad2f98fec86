// The Python object model: the RTS classes every Python value is an instance
// of (PyPy's W_Root and its subclasses).  Each class answers `getType()`
// with its Python type object; the type objects hold the methods in their
// dicts, walked in MRO order.  The behaviour (arithmetic, attribute lookup,
// calls) lives in ops.ts and the per-type modules, which fill the type dicts
// at module level, so the prebuilt type objects are complete in the binary.
import { elidable, immutableFields, promote, weAreJitted } from "rts/jit";
import { keyHash, sameString } from "rts/lltype";
import type { Code } from "../code.ts";
import type { BigNum } from "../bigint.ts";

export abstract class PyObject {
  abstract getType(): PyType;
}

/** A type's method-resolution version: replaced whenever the dict of the type or of a base changes (PyPy's version tags), so a lookup keyed by it is pure. */
const METHOD_CACHE_SIZE = 4096;

export class VersionTag {
  /** Where its entries start in the method cache (consecutive tags, consecutive slots). */
  readonly slot: number;
  constructor() {
    this.slot = VERSIONS.next;
    VERSIONS.next = VERSIONS.next === METHOD_CACHE_SIZE - 1 ? 0 : VERSIONS.next + 1;
  }
}

class VersionCounter {
  next = 0;
}
const VERSIONS = new VersionCounter();

/**
 * A Python type object.  `layout` says which RTS class its instances are:
 * the built-in class itself for the builtin types, PyInstance (attributes in
 * maps) for classes made by `class` statements, PyBaseException for
 * exception classes.
 */
export class PyType extends PyObject {
  mro: PyType[] = [];
  readonly dict = new Map<string, PyObject>();
  version = new VersionTag();
  readonly subclasses: PyType[] = [];
  /** The metaclass when it is not `type`. */
  meta: PyType | null = null;
  /** The nearest builtin type in the MRO whose instances carry a builtin value (list, dict, int, ...), or null. */
  builtinBase: PyType | null = null;
  /** Instances are exceptions (BaseException is in the MRO). */
  isException = false;
  /** The names this class's `__slots__` declares. */
  slots: string[] = [];
  /** The member descriptors `C.x` gives for them (made on first use: instances keep slot values with their attributes). */
  members: Map<string, PyObject> | null = null;
  /** Instances of this type may be made by calling it from Python. */
  instantiable = true;
  /** The module name shown in repr: `<class '__main__.C'>`; "builtins" for builtin types. */
  module = "builtins";
  qualname: string;

  constructor(
    public name: string,
    public bases: PyType[],
    readonly isBuiltin: boolean,
    /** Instances have a `__dict__` (not when this class and all its bases declare `__slots__`): fixed as the type is made, so a trace folds it on a known class. */
    readonly hasDict: boolean = true,
  ) {
    super();
    this.qualname = name;
  }

  getType(): PyType {
    return this.meta ?? TYPE_TYPE;
  }

  /** The attribute `name` found first in the MRO's dicts, or null (elidable on (type, version)). */
  lookup(name: string): PyObject | null {
    // (in a trace: the type is a constant and its version a quasi-immutable field of it, so the lookup folds to its result)
    const type = promote(this);
    return lookupInMro(type, type.version, name);
  }

  /**
   * Whether instances look attributes up with object.__getattribute__ (no
   * class in the MRO overrides it): asked at every attribute access, so
   * the interpreter keeps the answer for the type's current version (a
   * trace folds the lookup instead).
   */
  genericGetattribute(): boolean {
    if (weAreJitted()) return isGenericGetattribute(this.lookup("__getattribute__"));
    if (this.getattributeFor !== this.version) {
      this.genericGetattr = isGenericGetattribute(this.lookup("__getattribute__"));
      this.getattributeFor = this.version;
    }
    return this.genericGetattr;
  }
  private getattributeFor: VersionTag | null = null;
  private genericGetattr = true;

  /** Sets an attribute in this type's dict: the versions of this type and of its subclasses change. */
  setAttr(name: string, value: PyObject): void {
    this.dict.set(name, value);
    this.changed();
  }

  deleteAttr(name: string): boolean {
    const had = this.dict.delete(name);
    if (had) this.changed();
    return had;
  }

  changed(): void {
    this.version = new VersionTag();
    for (const s of this.subclasses) s.changed();
  }

  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    for (const t of this.mro) if (t === other) return true;
    return false;
  }
}
// (a type's MRO is fixed when the class is made)
elidable(PyType.prototype.isSubtypeOf);
// a type's version changes seldom (a class attribute set or deleted): a trace folds it, and such a write invalidates the trace;
// the metaclass and the flags are set when the type is made, after its constructor (no guard on them in a trace either)
immutableFields(PyType, "version?", "meta?", "isException?", "instantiable?");

/** Whether a type's `__getattribute__` (absent, or object's) is the generic lookup. */
function isGenericGetattribute(ga: PyObject | null): boolean {
  return ga === null || (ga instanceof PyBuiltin && ga.owner === OBJECT_TYPE);
}

/** A type's attribute `name`: pure given the type and its version (the version changes with any dict in the MRO). */
export function lookupInMro(type: PyType, version: VersionTag, name: string): PyObject | null {
  // CPython's type attribute cache: (version, name) -> result, for the interpreter (a trace folds the lookup instead)
  const c = METHOD_CACHE;
  // (the name's string hash, which a translated string caches: a hash of a few of its characters collided
  // often enough that the misses' walks of the MRO were a tenth of richards' time)
  const h = (version.slot + keyHash(name)) & (METHOD_CACHE_SIZE - 1);
  if (c.versions[h] === version && c.names[h] === name) return c.values[h];
  let found: PyObject | null = null;
  for (const t of type.mro) {
    const v = t.dict.get(name);
    if (v !== undefined) {
      found = v;
      break;
    }
  }
  c.versions[h] = version;
  c.names[h] = name;
  c.values[h] = found;
  return found;
}
elidable(lookupInMro);

/** lookupInMro's cache: a slot per hash of (version, name); a type whose dict changes gets a new version, so its old entries never match again. */
class MethodCache {
  readonly versions: (VersionTag | null)[] = [];
  readonly names: string[] = [];
  readonly values: (PyObject | null)[] = [];
}
const METHOD_CACHE = new MethodCache();
for (let i = 0; i < METHOD_CACHE_SIZE; i++) {
  METHOD_CACHE.versions.push(null);
  METHOD_CACHE.names.push("");
  METHOD_CACHE.values.push(null);
}

// ---- instance attribute maps (hidden classes) ------------------------------------------------------

/** The attribute names of an instance in the order it got them, and where each lives in its storage (PyPy's maps). */
export class AttrMap {
  private readonly transitions = new Map<string, AttrMap>();
  /**
   * Bit i (i < FLOAT_SLOT_BITS): an instance with this map may hold a
   * FloatCell at index i — set when one stores a float there, and passed on
   * to the map an instance moves to (slotOf's test, in a trace folded: the
   * map is a constant there, and this field quasi-immutable).  Indexes from
   * FLOAT_SLOT_BITS up are always tested.
   */
  floatSlots = 0;

  /** (AttrMap.empty() and withAttr make maps: one per transition) */
  constructor(
    private readonly indexes: Map<string, number>,
    readonly names: string[],
  ) {}

  static empty(): AttrMap {
    return new AttrMap(new Map<string, number>(), []);
  }

  /** The storage index of `name`, or -1 (up to 16 names: compared in turn, cheaper than probing a Map). */
  index(name: string): number {
    const names = this.names;
    if (names.length <= 16) {
      // (the compiler interns attribute names: the same string object first, then by contents)
      for (let i = 0; i < names.length; i++) if (sameString(names[i], name)) return i;
      for (let i = 0; i < names.length; i++) if (names[i].length === name.length && names[i] === name) return i;
      return -1;
    }
    return this.indexes.get(name) ?? -1;
  }

  /** The map after adding `name` (which this map lacks): the same map for the same transition. */
  withAttr(name: string): AttrMap {
    const known = this.transitions.get(name);
    if (known) return known;
    const indexes = new Map<string, number>();
    for (const [k, v] of this.indexes) indexes.set(k, v);
    indexes.set(name, this.names.length);
    const next = new AttrMap(indexes, [...this.names, name]);
    this.transitions.set(name, next);
    return next;
  }
}
elidable(AttrMap.prototype.index);
elidable(AttrMap.prototype.withAttr);
// (a map's float indexes change seldom — once each, when a float is first stored there: traces fold the test)
immutableFields(AttrMap, "floatSlots?");

/** The indexes AttrMap.floatSlots covers. */
const FLOAT_SLOT_BITS = 30;

/** Whether no instance with map `map` holds a FloatCell at index i (i past FLOAT_SLOT_BITS: not known). */
function noFloatAt(map: AttrMap, i: number): boolean {
  return i < FLOAT_SLOT_BITS && (map.floatSlots & (1 << i)) === 0;
}

/** An instance moves from map `from` to `to` (an attribute added): `to` learns the float indexes of `from`. */
export function moveMap(obj: PyInstance, from: AttrMap, to: AttrMap): void {
  if ((from.floatSlots & ~to.floatSlots) !== 0) to.floatSlots |= from.floatSlots;
  obj.map = to;
}

export const EMPTY_MAP = AttrMap.empty();
/**
 * The map of an instance whose attributes live in a real `__dict__`
 * (`realDict`, ops.ts instanceDict): a trace that promotes an instance's
 * map knows from it where the attributes are, with no test of realDict.
 */
export const DICT_MAP = AttrMap.empty();

/**
 * How many attributes an instance keeps in fields of its own (PyPy's
 * mapdict, V8's in-object properties); the rest go to its overflow list.
 * An instance with a list for all of them cost two more allocations and an
 * indirection per access.
 */
export const INLINE_SLOTS = 5;

/** An instance of a class made by a `class` statement. `builtin` holds the value of a builtin base (`class C(list)`). */
export class PyInstance extends PyObject {
  map: AttrMap = EMPTY_MAP;
  /**
   * Its attributes by the map's index: 0 to INLINE_SLOTS - 1 here, the
   * others in `overflow` (slotOf, setSlot); NO_VALUE where there is none, not
   * null — an attribute read needs no null test then (in a trace: a guard
   * per read of an attribute the map says is there).
   */
  slot0: PyObject = NO_VALUE;
  slot1: PyObject = NO_VALUE;
  slot2: PyObject = NO_VALUE;
  slot3: PyObject = NO_VALUE;
  slot4: PyObject = NO_VALUE;
  overflow: PyObject[] | null = null;
  builtin: PyObject | null = null;
  /** A `__dict__` made real by reading it: from then on the attributes live there, not in the map (which is DICT_MAP). */
  realDict: PyDict | null = null;
  /** With a real `__dict__`: the values of the attributes `__slots__` names, which are no part of it (null: none set). */
  slotValues: PyDict | null = null;
  constructor(public cls: PyType) {
    super();
  }
  getType(): PyType {
    return this.cls;
  }
}

/**
 * A float attribute's storage (PyPy's unboxed float attributes, with a box
 * only its instance holds): an instance keeps a float attribute in a
 * FloatCell, which a float stored there later overwrites in place, and
 * gives out a new PyFloat of its value when the attribute is read.  So
 * `p.x = p.x / n` in a compiled loop allocates nothing (the PyFloat read is
 * virtual, the store one field write), and an old instance's float
 * attributes give the GC no young objects to find.  Python code never sees
 * one (slotOf gives a PyFloat); the price is that reading a float
 * attribute twice gives two objects (`p.x is p.x` is False where CPython
 * says True — PyPy makes `is` compare floats by value instead).
 */
export class FloatCell extends PyObject {
  constructor(public value: number) {
    super();
  }
  getType(): PyType {
    return FLOAT_TYPE;
  }
}

/** What the instance stores at index i (a FloatCell for a float), or NO_VALUE past the end (the next index, the map just grew to hold it). */
function storedAt(obj: PyInstance, i: number): PyObject {
  if (i < 3) {
    if (i === 0) return obj.slot0;
    return i === 1 ? obj.slot1 : obj.slot2;
  }
  if (i === 3) return obj.slot3;
  if (i === 4) return obj.slot4;
  const k = i - INLINE_SLOTS;
  const o = obj.overflow;
  return o !== null && k < o.length ? o[k] : NO_VALUE;
}

/** The attribute at index i of the instance's map (i below the map's length; in a trace i is a constant and the choice folds). */
export function slotOf(obj: PyInstance, i: number): PyObject {
  const v = storedAt(obj, i);
  // (in a trace the map is a constant and the test folds; the interpreter's own test of v is cheaper than the map's)
  if (weAreJitted()) {
    if (noFloatAt(obj.map, i)) return v;
  }
  return v instanceof FloatCell ? new PyFloat(v.value) : v;
}

/** Stores the attribute at index i: one the map has, or the next one (the map just grew to hold it). A float goes into the cell that is there, or a new one. */
export function setSlot(obj: PyInstance, i: number, value: PyObject): void {
  let v = value;
  if (value instanceof PyFloat) {
    const cur = storedAt(obj, i);
    if (cur instanceof FloatCell) {
      cur.value = value.value;
      return;
    }
    v = new FloatCell(value.value);
    if (noFloatAt(obj.map, i)) obj.map.floatSlots |= 1 << i;
  }
  if (i < 3) {
    if (i === 0) obj.slot0 = v;
    else if (i === 1) obj.slot1 = v;
    else obj.slot2 = v;
  } else if (i === 3) obj.slot3 = v;
  else if (i === 4) obj.slot4 = v;
  else {
    const k = i - INLINE_SLOTS;
    if (obj.overflow === null) obj.overflow = [v];
    else if (k === obj.overflow.length) obj.overflow.push(v);
    else obj.overflow[k] = v;
  }
}

/** Empties the instance's slots (its attributes moved to a real __dict__). */
export function clearSlots(obj: PyInstance): void {
  obj.slot0 = NO_VALUE;
  obj.slot1 = NO_VALUE;
  obj.slot2 = NO_VALUE;
  obj.slot3 = NO_VALUE;
  obj.slot4 = NO_VALUE;
  obj.overflow = null;
}

// ---- the builtin values --------------------------------------------------------------------------

export class PyNoneType extends PyObject {
  getType(): PyType {
    return NONE_TYPE;
  }
}

export class PyNotImplementedType extends PyObject {
  getType(): PyType {
    return NOTIMPLEMENTED_TYPE;
  }
}

export class PyEllipsisType extends PyObject {
  getType(): PyType {
    return ELLIPSIS_TYPE;
  }
}

/** An int that fits in ±(2^53 - 1): the fast representation; bigger ones are PyLong. */
export class PyInt extends PyObject {
  constructor(readonly value: number) {
    super();
  }
  getType(): PyType {
    return INT_TYPE;
  }
}

/** An int beyond ±(2^53 - 1) (never one that fits: results are normalized back to PyInt). */
export class PyLong extends PyObject {
  constructor(readonly big: BigNum) {
    super();
  }
  getType(): PyType {
    return INT_TYPE;
  }
}

export class PyBool extends PyInt {
  getType(): PyType {
    return BOOL_TYPE;
  }
}

export class PyFloat extends PyObject {
  constructor(readonly value: number) {
    super();
  }
  getType(): PyType {
    return FLOAT_TYPE;
  }
}

/** A str: the text as JavaScript holds it (UTF-16) and its length in code points (the same unless it has characters beyond U+FFFF). */
export class PyStr extends PyObject {
  constructor(
    readonly value: string,
    readonly length: number,
  ) {
    super();
  }
  getType(): PyType {
    return STR_TYPE;
  }
}

/** bytes: one character per byte (0..255). */
export class PyBytes extends PyObject {
  constructor(readonly value: string) {
    super();
  }
  getType(): PyType {
    return BYTES_TYPE;
  }
}

/** bytearray: a mutable sequence of bytes (ints 0..255). */
export class PyByteArray extends PyObject {
  constructor(public items: number[]) {
    super();
  }
  getType(): PyType {
    return BYTEARRAY_TYPE;
  }
}

export class PyTuple extends PyObject {
  constructor(readonly items: PyObject[]) {
    super();
  }
  getType(): PyType {
    return TUPLE_TYPE;
  }
}

export class PyList extends PyObject {
  constructor(public items: PyObject[]) {
    super();
  }
  getType(): PyType {
    return LIST_TYPE;
  }
}

/** dict: compact and insertion-ordered (dict.ts has the table). */
/** Where a dict's keys are: replaced whenever a key is added, removed or moved, not when a value changes (see dict.ts namespaceGet). */
export class DictLayout {}

/**
 * An entry of a namespace dict that compiled code read (PyPy's module-dict
 * cells): its value is quasi-immutable, so a trace folds a global's value
 * to a constant and a store of another value invalidates the trace.  An
 * entry stored to twice after that is `volatile`: traces read the dict's
 * value array again (a loop's counter at module level must not invalidate
 * the module's traces at every round).
 */
export class EntryCell {
  /** Stores of another value since the cell was made. */
  stores = 0;
  volatile = false;
  constructor(public value: PyObject) {}
}
immutableFields(EntryCell, "value?", "volatile?");

/**
 * A name compiled code found missing from a namespace (a global that is a
 * builtin): `added` is quasi-immutable, so the trace that folded the miss
 * is invalidated when that name, and no other, is added (dict.ts append).
 */
export class AbsentName {
  added = false;
  constructor(readonly name: string) {}
}
immutableFields(AbsentName, "added?");

export class PyDict extends PyObject {
  /**
   * Quasi-immutable: a namespace's layout is a constant in traces
   * (namespaceGet), and entries that move or go invalidate them; a new key
   * does not (the entries stay where they are: a name found missing
   * depends on its AbsentName instead).
   */
  layout = new DictLayout();
  /** The cells of the entries compiled code read (by entry index; null: none yet), kept in step with `values` (dict.ts). */
  cells: (EntryCell | null)[] | null = null;
  /** The names compiled code found missing (null: none yet). */
  absent: AbsentName[] | null = null;
  /** Entries in insertion order; a deleted entry's key is null. */
  keys: (PyObject | null)[] = [];
  values: (PyObject | null)[] = [];
  hashes: number[] = [];
  /** Open-addressing index into the entries: -1 empty, -2 deleted. */
  index: Int32Array = new Int32Array(8).fill(-1);
  used = 0;
  getType(): PyType {
    return DICT_TYPE;
  }
}

/** A closure cell (a variable shared between a function and the functions nested in it). */
export class PyCell extends PyObject {
  constructor(public value: PyObject | null) {
    super();
  }
  getType(): PyType {
    return CELL_TYPE;
  }
}

export class PyModule extends PyObject {
  constructor(
    readonly name: string,
    readonly dict: PyDict,
  ) {
    super();
  }
  getType(): PyType {
    return MODULE_TYPE;
  }
}

/** A function defined in Python. */
export class PyFunction extends PyObject {
  name: string;
  qualname: string;
  attrs: PyDict | null = null;
  doc: PyObject | null = null;
  module: PyObject | null = null;
  annotations: PyDict | null = null;
  constructor(
    readonly code: Code,
    readonly globals: PyDict,
    public defaults: PyObject[],
    public kwDefaults: PyDict | null,
    readonly closure: PyCell[],
  ) {
    super();
    this.name = code.name;
    this.qualname = code.qualname;
  }
  getType(): PyType {
    return FUNCTION_TYPE;
  }
}
immutableFields(PyFunction, "code", "globals", "closure[*]", "defaults?");
immutableFields(PyDict, "layout?");

/** Keyword arguments of a call: names and values in the order written. */
export class KwArgs {
  constructor(
    readonly names: string[],
    readonly values: PyObject[],
  ) {}
}

/** A builtin's code: the arguments (self first for a method), the keywords, and the builtin's `data` (one function serving several methods, e.g. an operator number). */
export type NativeFn = (args: PyObject[], kw: KwArgs | null, data: number) => PyObject;

/** A function written in RTS (a builtin, or a builtin type's method, which takes `self` first). */
export class PyBuiltin extends PyObject {
  constructor(
    readonly name: string,
    readonly fn: NativeFn,
    /** The type whose method this is (for repr and the self check), or null for a module-level builtin. */
    readonly owner: PyType | null,
    readonly self: PyObject | null,
    readonly data: number = 0,
  ) {
    super();
  }
  getType(): PyType {
    return this.owner !== null && this.self === null ? METHOD_DESCRIPTOR_TYPE : BUILTIN_FUNCTION_TYPE;
  }
}
immutableFields(PyBuiltin, "fn", "data");

/** A bound method: a function and the object it was looked up on. */
export class PyMethod extends PyObject {
  constructor(
    readonly func: PyObject,
    readonly self: PyObject,
  ) {
    super();
  }
  getType(): PyType {
    return METHOD_TYPE;
  }
}

/** A data descriptor written in RTS (`e.args`, `x.__class__`, `r.start`): a getter and an optional setter. */
export class PyGetSet extends PyObject {
  constructor(
    readonly name: string,
    readonly get: (obj: PyObject) => PyObject,
    readonly set: ((obj: PyObject, value: PyObject | null) => void) | null,
  ) {
    super();
  }
  getType(): PyType {
    return GETSET_TYPE;
  }
}

/** A `__slots__` name's descriptor on its class (CPython's member_descriptor): `C.x`. */
export class PyMemberDescriptor extends PyGetSet {
  constructor(
    name: string,
    readonly owner: PyType,
    get: (obj: PyObject) => PyObject,
    set: (obj: PyObject, value: PyObject | null) => void,
  ) {
    super(name, get, set);
  }
  getType(): PyType {
    return MEMBER_DESCRIPTOR_TYPE;
  }
}

export class PyStaticMethod extends PyObject {
  constructor(readonly func: PyObject) {
    super();
  }
  getType(): PyType {
    return STATICMETHOD_TYPE;
  }
}

export class PyClassMethod extends PyObject {
  constructor(readonly func: PyObject) {
    super();
  }
  getType(): PyType {
    return CLASSMETHOD_TYPE;
  }
}

export class PyProperty extends PyObject {
  /** The attribute name it was assigned to in a class body (__set_name__), for messages. */
  name = "";
  constructor(
    readonly fget: PyObject | null,
    readonly fset: PyObject | null,
    readonly fdel: PyObject | null,
    readonly doc: PyObject | null,
  ) {
    super();
  }
  getType(): PyType {
    return PROPERTY_TYPE;
  }
}

/** One entry of a traceback: a frame's code and the line it was at. */
export class TracebackEntry {
  constructor(
    readonly code: Code,
    readonly line: number,
    readonly next: TracebackEntry | null,
  ) {}
}

/** An exception instance: a PyInstance of an exception class with the exception's own state. */
export class PyBaseException extends PyInstance {
  args: PyTuple = EMPTY_TUPLE;
  traceback: TracebackEntry | null = null;
  cause: PyObject | null = null;
  context: PyObject | null = null;
  suppressContext = false;
  /** The notes add_note() added (3.11), printed after the exception's line. */
  notes: string[] = [];
}

/** A Python exception on its way up the RTS stack (PyPy's OperationError). */
export class PyError extends Error {
  constructor(readonly exc: PyBaseException) {
    super("python exception");
  }
}

export class PyRange extends PyObject {
  constructor(
    readonly start: number,
    readonly stop: number,
    readonly step: number,
    readonly length: number,
  ) {
    super();
  }
  getType(): PyType {
    return RANGE_TYPE;
  }
}

export class PySlice extends PyObject {
  constructor(
    readonly start: PyObject,
    readonly stop: PyObject,
    readonly step: PyObject,
  ) {
    super();
  }
  getType(): PyType {
    return SLICE_TYPE;
  }
}

// ---- the type objects ------------------------------------------------------------------------------

export function builtinType(name: string, bases: PyType[]): PyType {
  const t = new PyType(name, bases, true);
  t.mro = [t];
  for (const b of bases) for (const m of b.mro) if (!t.mro.includes(m)) t.mro.push(m);
  for (const b of bases) b.subclasses.push(t);
  return t;
}

export const OBJECT_TYPE = builtinType("object", []);
export const TYPE_TYPE = builtinType("type", [OBJECT_TYPE]);
export const NONE_TYPE = builtinType("NoneType", [OBJECT_TYPE]);
export const NOTIMPLEMENTED_TYPE = builtinType("NotImplementedType", [OBJECT_TYPE]);
export const ELLIPSIS_TYPE = builtinType("ellipsis", [OBJECT_TYPE]);
export const INT_TYPE = builtinType("int", [OBJECT_TYPE]);
export const BOOL_TYPE = builtinType("bool", [INT_TYPE]);
export const FLOAT_TYPE = builtinType("float", [OBJECT_TYPE]);
export const STR_TYPE = builtinType("str", [OBJECT_TYPE]);
export const BYTES_TYPE = builtinType("bytes", [OBJECT_TYPE]);
export const BYTEARRAY_TYPE = builtinType("bytearray", [OBJECT_TYPE]);
export const CODE_TYPE = builtinType("code", [OBJECT_TYPE]);
export const TUPLE_TYPE = builtinType("tuple", [OBJECT_TYPE]);
export const LIST_TYPE = builtinType("list", [OBJECT_TYPE]);
export const DICT_TYPE = builtinType("dict", [OBJECT_TYPE]);
export const CELL_TYPE = builtinType("cell", [OBJECT_TYPE]);
export const MODULE_TYPE = builtinType("module", [OBJECT_TYPE]);
export const FUNCTION_TYPE = builtinType("function", [OBJECT_TYPE]);
export const BUILTIN_FUNCTION_TYPE = builtinType("builtin_function_or_method", [OBJECT_TYPE]);
export const METHOD_DESCRIPTOR_TYPE = builtinType("method_descriptor", [OBJECT_TYPE]);
export const METHOD_TYPE = builtinType("method", [OBJECT_TYPE]);
export const GETSET_TYPE = builtinType("getset_descriptor", [OBJECT_TYPE]);
export const MEMBER_DESCRIPTOR_TYPE = builtinType("member_descriptor", [OBJECT_TYPE]);
export const STATICMETHOD_TYPE = builtinType("staticmethod", [OBJECT_TYPE]);
export const CLASSMETHOD_TYPE = builtinType("classmethod", [OBJECT_TYPE]);
export const PROPERTY_TYPE = builtinType("property", [OBJECT_TYPE]);
export const RANGE_TYPE = builtinType("range", [OBJECT_TYPE]);
export const SLICE_TYPE = builtinType("slice", [OBJECT_TYPE]);
export const BASE_EXCEPTION_TYPE = builtinType("BaseException", [OBJECT_TYPE]);
BASE_EXCEPTION_TYPE.isException = true;
for (const t of [CODE_TYPE, NONE_TYPE, NOTIMPLEMENTED_TYPE, ELLIPSIS_TYPE, CELL_TYPE, FUNCTION_TYPE, BUILTIN_FUNCTION_TYPE, METHOD_DESCRIPTOR_TYPE, METHOD_TYPE, GETSET_TYPE, MEMBER_DESCRIPTOR_TYPE])
  t.instantiable = false;
for (const t of [BOOL_TYPE, RANGE_TYPE, SLICE_TYPE]) t.instantiable = true;

export function newBuiltinType(name: string, bases: PyType[]): PyType {
  return builtinType(name, bases);
}

/** The builtins module's namespace (filled by builtins.ts, which only the entry module imports, so it loads last). */
export const BUILTINS = new PyDict();

// ---- the singletons --------------------------------------------------------------------------------

/** The marker of "no value" in a frame's slots (an unbound local, an empty stack slot, LOAD_METHOD's marker): never a Python value. */
export class PyNoValue extends PyObject {
  getType(): PyType {
    return NONE_TYPE;
  }
}
export const NO_VALUE = new PyNoValue();

export const NONE = new PyNoneType();
export const NOT_IMPLEMENTED = new PyNotImplementedType();
export const ELLIPSIS = new PyEllipsisType();
export const TRUE = new PyBool(1);
export const FALSE = new PyBool(0);
export const EMPTY_TUPLE = new PyTuple([]);

export function pyBool(b: boolean): PyBool {
  return b ? TRUE : FALSE;
}

const SMALL_INTS: PyInt[] = [];
for (let i = -5; i <= 256; i++) SMALL_INTS.push(new PyInt(i));

/**
 * An int object for a value within ±(2^53 - 1): the cached one for -5..256
 * as CPython, but in a trace always a new one — which the JIT's optimizer
 * then never allocates (a virtual), where a cache test would be a guard.
 */
export function pyInt(n: number): PyInt {
  if (!weAreJitted() && n >= -5 && n <= 256) return SMALL_INTS[n + 5];
  return new PyInt(n);
}

/** A str object. */
export function pyStr(s: string): PyStr {
  return new PyStr(s, codePointLength(s));
}

export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}
// (pure: a trace's length of a constant string is a constant)
elidable(codePointLength);

export function pyBytes(s: string): PyBytes {
  return new PyBytes(s);
}

export function pyFloat(x: number): PyFloat {
  return new PyFloat(x);
}

export function pyTuple(items: PyObject[]): PyTuple {
  return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items);
}
