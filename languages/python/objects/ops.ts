// The object space (PyPy's "space"): the operations of the Python data model
// that the interpreter and the builtins use — attribute lookup with
// descriptors, calls, truth, repr/str, hashing, equality and comparisons,
// the binary operators with their reflected and in-place forms, items,
// iteration.  Each has fast paths for the builtin types and falls back on
// the type's dunder methods (which the builtin types define too, so
// subclasses and explicit `int.__add__(a, b)` calls work).
import { elidable, promote, unrollSafe } from "rts/jit";
import { BINARY_NAMES, BinaryOp, COMPARE_NAMES, CompareOp } from "../code.ts";
import {
  AttributeError, OverflowError, attributeError, newException, pyError, StopIteration, typeError, valueError,
} from "./exceptions.ts";
import {
  DICT_MAP, FALSE, OBJECT_TYPE, KwArgs, NONE, NOT_IMPLEMENTED, PyBaseException, PyBuiltin, PyClassMethod, PyDict, PyError, PyFloat,
  PyFunction, PyGetSet, PyInstance, PyInt, PyLong, PyMemberDescriptor, PyMethod, PyModule, PyObject, PyProperty, PyStaticMethod, PyStr, PyType, TRUE, TYPE_TYPE,
  pyBool, pyInt, pyStr, type NativeFn, slotOf, setSlot, clearSlots,
  moveMap,
} from "./model.ts";
import { callFunction, callFunctionWithSelf } from "../calls.ts";
import { dictGetStr, dictSetStr, dictDelStr, namespaceGet, stringHash } from "./dict.ts";

export const BINARY_SYMBOLS = ["+", "-", "*", "@", "/", "//", "%", "** or pow()", "<<", ">>", "&", "^", "|"];
const COMPARE_SWAPPED = [CompareOp.GT, CompareOp.GE, CompareOp.EQ, CompareOp.NE, CompareOp.LT, CompareOp.LE];
const COMPARE_SYMBOLS = ["<", "<=", "==", "!=", ">", ">="];

/** Builtin-method registration: a native function as a method of `type` (self is args[0]). */
export function defMethod(type: PyType, name: string, fn: NativeFn, data = 0): void {
  type.dict.set(name, new PyBuiltin(name, fn, type, null, data));
}

export function defGetter(type: PyType, name: string, get: (o: PyObject) => PyObject): void {
  type.dict.set(name, new PyGetSet(name, get, null));
}

export function typeName(o: PyObject): string {
  return o.getType().name;
}

/** How CPython's messages name a callable: `__main__.f()`, `len()`, `int object` (_PyObject_FunctionStr). */
export function functionDescription(f: PyObject): string {
  if (f instanceof PyFunction) {
    const m = f.module;
    return m instanceof PyStr && m.value !== "builtins" ? `${m.value}.${f.qualname}()` : `${f.qualname}()`;
  }
  if (f instanceof PyBuiltin) return f.owner !== null ? `${f.owner.name}.${f.name}()` : `${f.name}()`;
  if (f instanceof PyMethod) return functionDescription(f.func);
  if (f instanceof PyType) return `${f.name}()`;
  return `${typeName(f)} object`;
}

// ---- calls --------------------------------------------------------------------------------------------

/** Calls a callable with positional arguments and (maybe) keywords. */
export function call(f: PyObject, args: PyObject[], kw: KwArgs | null): PyObject {
  if (f instanceof PyFunction) return callFunction(f, args, kw);
  if (f instanceof PyBuiltin) {
    if (f.self !== null) return f.fn(prepended(f.self, args), kw, f.data);
    return f.fn(args, kw, f.data);
  }
  if (f instanceof PyMethod) {
    const func = f.func;
    return func instanceof PyFunction ? callFunctionWithSelf(func, f.self, args, kw) : call(func, prepended(f.self, args), kw);
  }
  if (f instanceof PyType) return callType(f, args, kw);
  const m = f.getType().lookup("__call__");
  if (m !== null) return callMethod(m, f, args, kw);
  throw typeError(`'${typeName(f)}' object is not callable`);
}

/** [x, ...args] (args a call's arguments, whose number a trace knows: unrolled). */
export function prepended(x: PyObject, args: PyObject[]): PyObject[] {
  const out: PyObject[] = [x];
  for (let i = 0; i < args.length; i++) out.push(args[i]);
  return out;
}
unrollSafe(prepended);

export function call0(f: PyObject): PyObject {
  return call(f, [], null);
}

export function call1(f: PyObject, a: PyObject): PyObject {
  return call(f, [a], null);
}

/** Calls `m` (found in a type's dict) as a method of `self`. */
export function callMethod(m: PyObject, self: PyObject, args: PyObject[], kw: KwArgs | null): PyObject {
  if (m instanceof PyFunction) return callFunctionWithSelf(m, self, args, kw);
  if (m instanceof PyBuiltin && m.self === null) return m.fn(prepended(self, args), kw, m.data);
  return call(bindDescriptor(m, self, self.getType()), args, kw);
}

/** callMethod with `selfAndArgs` = [self, ...args] already made (CALL_METHOD pops them together: no list to prepend to). */
export function callMethodWithSelf(m: PyObject, selfAndArgs: PyObject[], kw: KwArgs | null): PyObject {
  if (m instanceof PyFunction) return callFunction(m, selfAndArgs, kw);
  if (m instanceof PyBuiltin && m.self === null) return m.fn(selfAndArgs, kw, m.data);
  const self = selfAndArgs[0];
  return call(bindDescriptor(m, self, self.getType()), selfAndArgs.slice(1), kw);
}

/** Looks up a special method on the type (not the instance, as Python does) and calls it; null when the type has none. */
export function callSpecial(self: PyObject, name: string, args: PyObject[]): PyObject | null {
  const m = self.getType().lookup(name);
  if (m === null) return null;
  return callMethod(m, self, args, null);
}

/** Calling a class: `__new__` then, for an instance of it, `__init__`. */
export function callType(cls: PyType, args: PyObject[], kw: KwArgs | null): PyObject {
  if (cls === TYPE_TYPE && args.length === 1 && kw === null) return args[0].getType();
  const meta = cls.getType();
  if (meta !== TYPE_TYPE) {
    const mcall = meta.lookup("__call__");
    if (mcall !== null && !(mcall instanceof PyBuiltin && mcall.name === "__call__" && mcall.owner === TYPE_TYPE)) return callMethod(mcall, cls, args, kw);
  }
  return typeCallDefault(cls, args, kw);
}

/** type.__call__: `__new__`, then `__init__` of an instance of the class. */
export function typeCallDefault(cls: PyType, args: PyObject[], kw: KwArgs | null): PyObject {
  if (!cls.instantiable) throw typeError(`cannot create '${cls.name}' instances`);
  const newFn = cls.lookup("__new__");
  if (newFn === null) throw typeError(`cannot create '${cls.name}' instances`);
  const fn = newFn instanceof PyStaticMethod ? newFn.func : newFn;
  // (object.__new__ of a user class with a Python __init__ takes the arguments without a look: no [cls, ...args] list)
  const obj =
    fn === OBJECT_TYPE.lookup("__new__") && !cls.isBuiltin && !cls.isException && cls.lookup("__init__") instanceof PyFunction
      ? new PyInstance(cls)
      : call(fn, prepended(cls, args), kw);
  // (promoted, as in richCompare: the test folds in a trace)
  const type = promote(obj.getType());
  if (!type.isSubtypeOf(cls)) return obj;
  const init = type.lookup("__init__");
  if (init !== null) {
    const r = callMethod(init, obj, args, kw);
    if (r !== NONE) throw typeError(`__init__() should return None, not '${typeName(r)}'`);
  }
  return obj;
}

// ---- attributes --------------------------------------------------------------------------------------

function isDataDescriptor(d: PyObject): boolean {
  if (d instanceof PyGetSet || d instanceof PyProperty) return true;
  if (d instanceof PyInstance) {
    const t = d.cls;
    return t.lookup("__set__") !== null || t.lookup("__delete__") !== null;
  }
  return false;
}

/** A descriptor found on a type, bound to `obj` (null when looked up on the class itself). */
export function bindDescriptor(d: PyObject, obj: PyObject | null, type: PyType): PyObject {
  if (d instanceof PyFunction) return obj === null ? d : new PyMethod(d, obj);
  if (d instanceof PyBuiltin) return obj === null || d.self !== null ? d : new PyBuiltin(d.name, d.fn, d.owner, obj, d.data);
  if (d instanceof PyStaticMethod) return d.func;
  if (d instanceof PyClassMethod) return new PyMethod(d.func, type);
  if (d instanceof PyGetSet) return obj === null ? d : d.get(obj);
  if (d instanceof PyProperty) {
    if (obj === null) return d;
    if (d.fget === null) throw attributeError(`${propertyWhat(d, obj)} object has no getter`);
    return call(d.fget, [obj], null);
  }
  if (d instanceof PyInstance) {
    const get = d.cls.lookup("__get__");
    if (get !== null) return callMethod(get, d, [obj ?? NONE, type], null);
  }
  return d;
}

/** The instance's own attribute (its map storage or real __dict__), or null. */
export function instanceAttr(obj: PyInstance, name: string): PyObject | null {
  // (in a trace: the map is a constant, so the index folds — and it says whether the attributes are in a real dict)
  const map = promote(obj.map);
  if (map === DICT_MAP) return realDictAttr(obj, name);
  const i = map.index(name);
  return i >= 0 ? slotOf(obj, i) : null;
}

/** instanceAttr of an instance with a real __dict__: a `__slots__` name's value is kept apart from it. */
function realDictAttr(obj: PyInstance, name: string): PyObject | null {
  if (slotAllowed(obj.cls, name)) return obj.slotValues === null ? null : dictGetStr(obj.slotValues, name);
  return dictGetStr(obj.realDict!, name);
}

function ownAttr(obj: PyObject, name: string): PyObject | null {
  if (obj instanceof PyInstance) return instanceAttr(obj, name);
  if (obj instanceof PyModule) return namespaceGet(obj.dict, name, stringHash(name));
  if (obj instanceof PyFunction) return obj.attrs === null ? null : dictGetStr(obj.attrs, name);
  return null;
}

/** getattr(obj, name): __getattribute__ (the generic lookup unless the type overrides it), then __getattr__ on AttributeError. */
export function getAttr(obj: PyObject, name: string): PyObject {
  // (an instance first, the common case: in a trace one class test, not a failed test for a type and a getType call)
  if (obj instanceof PyInstance) return getAttrOf(obj, obj.cls, name);
  if (obj instanceof PyType) {
    const v = typeAttr(obj, name);
    if (v !== null) return v;
    throw noAttribute(obj, name);
  }
  return getAttrOf(obj, obj.getType(), name);
}

/** getAttr of an object that is no type, whose type is `type`. */
function getAttrOf(obj: PyObject, type: PyType, name: string): PyObject {
  if (!type.genericGetattribute()) {
    try {
      return callMethod(type.lookup("__getattribute__")!, obj, [pyStr(name)], null);
    } catch (e) {
      const hook = type.lookup("__getattr__");
      if (hook !== null && e instanceof PyError && e.exc.cls.isSubtypeOf(AttributeError)) return callMethod(hook, obj, [pyStr(name)], null);
      throw e;
    }
  }
  if (obj instanceof PyInstance) {
    // an attribute the instance's map has, with no data descriptor of the type over it: its value, read with no
    // test that it is there (in a trace the map, the index and the type's lookup are constants)
    const map = promote(obj.map);
    if (map !== DICT_MAP) {
      const i = map.index(name);
      if (i >= 0) {
        const d = type.lookup(name);
        if (d === null || !isDataDescriptor(d)) return slotOf(obj, i);
      }
    }
  }
  let v: PyObject | null;
  try {
    v = genericGetAttr(obj, type, name);
  } catch (e) {
    // (an AttributeError a descriptor raised, a property's getter's, goes to __getattr__ as well)
    if (!(e instanceof PyError && e.exc.cls.isSubtypeOf(AttributeError)) || type.lookup("__getattr__") === null) throw e;
    v = null;
  }
  if (v !== null) return v;
  const hook = type.lookup("__getattr__");
  if (hook !== null) return callMethod(hook, obj, [pyStr(name)], null);
  // a module's own __getattr__ (PEP 562)
  const moduleHook = obj instanceof PyModule ? dictGetStr(obj.dict, "__getattr__") : null;
  if (moduleHook !== null) return call(moduleHook, [pyStr(name)], null);
  throw noAttribute(obj, name);
}

/** getattr(obj, name) or null where it raises AttributeError (hasattr, getattr with a default). */
export function lookupAttr(obj: PyObject, name: string): PyObject | null {
  const type = obj.getType();
  if (!(obj instanceof PyType) && type.lookup("__getattr__") === null && !(obj instanceof PyModule && dictGetStr(obj.dict, "__getattr__") !== null)) {
    const ga = type.lookup("__getattribute__");
    // the generic lookup says "absent" without making an exception
    if (ga === null || (ga instanceof PyBuiltin && ga.owner === OBJECT_TYPE)) {
      try {
        return genericGetAttr(obj, type, name);
      } catch (e) {
        if (e instanceof PyError && e.exc.cls.isSubtypeOf(AttributeError)) return null;
        throw e;
      }
    }
  }
  try {
    return getAttr(obj, name);
  } catch (e) {
    if (e instanceof PyError && e.exc.cls.isSubtypeOf(AttributeError)) return null;
    throw e;
  }
}

/** object.__getattribute__: data descriptors of the type, the instance's own attributes, other attributes of the type; null when absent. */
export function genericGetAttr(obj: PyObject, type: PyType, name: string): PyObject | null {
  const d = type.lookup(name);
  if (d !== null && isDataDescriptor(d)) return bindDescriptor(d, obj, type);
  const own = ownAttr(obj, name);
  if (own !== null) return own;
  if (d !== null) return bindDescriptor(d, obj, type);
  return null;
}

/** An attribute of a class: the metatype's data descriptors, then the MRO (descriptors bound to the class), then the metatype. */
function typeAttr(cls: PyType, name: string): PyObject | null {
  const meta = cls.getType();
  const md = meta.lookup(name);
  if (md !== null && isDataDescriptor(md)) return bindDescriptor(md, cls, meta);
  const d = cls.lookup(name);
  if (d !== null) return bindDescriptor(d, null, cls);
  if (md !== null) return bindDescriptor(md, cls, meta);
  const member = memberDescriptor(cls, name);
  if (member !== null) return member;
  if (meta !== TYPE_TYPE) {
    const hook = meta.lookup("__getattr__");
    if (hook !== null) return callMethod(hook, cls, [pyStr(name)], null);
  }
  return null;
}

/**
 * `C.x` for a name of `__slots__` in C's MRO: the member descriptor of the
 * class that declares it, made on first use.  (It is in no class dict:
 * instances keep slot values with their other attributes, where the
 * attribute caches find them.)
 */
function memberDescriptor(cls: PyType, name: string): PyObject | null {
  for (const owner of cls.mro) {
    if (!owner.slots.includes(name)) continue;
    let members = owner.members;
    if (members === null) owner.members = members = new Map<string, PyObject>();
    let d = members.get(name) ?? null;
    if (d === null) {
      const check = (o: PyObject): PyInstance => {
        if (o instanceof PyInstance && o.cls.mro.includes(owner)) return o;
        throw typeError(`descriptor '${name}' for '${owner.name}' objects doesn't apply to a '${typeName(o)}' object`);
      };
      d = new PyMemberDescriptor(
        name,
        owner,
        (o) => {
          const v = instanceAttr(check(o), name);
          if (v === null) throw noAttribute(o, name);
          return v;
        },
        (o, v) => setInstanceAttr(check(o), name, v),
      );
      members.set(name, d);
    }
    return d;
  }
  return null;
}

export function noAttribute(obj: PyObject, name: string): PyError {
  if (obj instanceof PyType) return attributeError(`type object '${obj.name}' has no attribute '${name}'`);
  if (obj instanceof PyModule) return attributeError(`module '${obj.name}' has no attribute '${name}'`);
  return attributeError(`'${typeName(obj)}' object has no attribute '${name}'`);
}

/** Whether instances of `type` set attributes with object.__setattr__ (no class in the MRO overrides it). */
export function genericSetattr(type: PyType): boolean {
  const sa = type.lookup("__setattr__");
  return sa === null || (sa instanceof PyBuiltin && sa.owner === OBJECT_TYPE);
}

export function setAttr(obj: PyObject, name: string, value: PyObject): void {
  const type = obj.getType();
  if (!genericSetattr(type)) {
    callMethod(type.lookup("__setattr__")!, obj, [pyStr(name), value], null);
    return;
  }
  genericSetAttr(obj, name, value);
}

/** Property d's setter (or deleter: value null) called for obj's attribute `name`. */
/** "property 'x' of 'C'" (CPython names the property only when __set_name__ gave it its name, in a class body). */
function propertyWhat(d: PyProperty, obj: PyObject): string {
  const owner = obj.getType().qualname;
  return d.name !== "" ? `property '${d.name}' of '${owner}'` : `property of '${owner}'`;
}

export function propertySet(d: PyProperty, obj: PyObject, value: PyObject | null): void {
  const f = value === null ? d.fdel : d.fset;
  if (f === null) throw attributeError(`${propertyWhat(d, obj)} object has no ${value === null ? "deleter" : "setter"}`);
  call(f, value === null ? [obj] : [obj, value], null);
}

export function genericSetAttr(obj: PyObject, name: string, value: PyObject | null): void {
  const type = obj.getType();
  const d = obj instanceof PyType ? obj.getType().lookup(name) : type.lookup(name);
  if (d !== null) {
    if (d instanceof PyGetSet) {
      if (d.set === null) throw attributeError(`attribute '${name}' of '${type.name}' objects is not writable`);
      d.set(obj, value);
      return;
    }
    if (d instanceof PyProperty) {
      propertySet(d, obj, value);
      return;
    }
    if (d instanceof PyInstance && !(obj instanceof PyType)) {
      const m = d.cls.lookup(value === null ? "__delete__" : "__set__");
      if (m !== null) {
        callMethod(m, d, value === null ? [obj] : [obj, value], null);
        return;
      }
    }
  }
  if (obj instanceof PyInstance) {
    // (the class known: its hasDict, fixed when it was made, is a constant in a trace)
    const cls = promote(obj.cls);
    if (!cls.hasDict && !slotAllowed(cls, name)) throw attributeError(`'${cls.name}' object has no attribute '${name}'`);
    setInstanceAttr(obj, name, value);
    return;
  }
  if (obj instanceof PyType) {
    if (obj.isBuiltin) throw typeError(`cannot set '${name}' attribute of immutable type '${obj.name}'`);
    if (value === null) {
      if (!obj.deleteAttr(name)) throw attributeError(`type object '${obj.name}' has no attribute '${name}'`);
    } else obj.setAttr(name, value);
    return;
  }
  if (obj instanceof PyModule) {
    if (value === null) {
      if (!dictDelStr(obj.dict, name)) throw noAttribute(obj, name);
    } else dictSetStr(obj.dict, name, value);
    return;
  }
  if (obj instanceof PyFunction) {
    if (obj.attrs === null) obj.attrs = new PyDict();
    if (value === null) {
      if (!dictDelStr(obj.attrs, name)) throw noAttribute(obj, name);
    } else dictSetStr(obj.attrs, name, value);
    return;
  }
  if (value === null) throw noAttribute(obj, name);
  throw attributeError(`'${typeName(obj)}' object has no attribute '${name}'`);
}

function slotAllowed(cls: PyType, name: string): boolean {
  for (const t of cls.mro) if (t.slots.includes(name)) return true;
  return false;
}
// (a class's mro and __slots__ never change: a trace's store into a slot of a known class folds the test away;
// float's `self.x /= norm` called it at every store, a tenth of its time)
elidable(slotAllowed);

export function setInstanceAttr(obj: PyInstance, name: string, value: PyObject | null): void {
  const map = promote(obj.map);
  if (map === DICT_MAP) {
    // (a `__slots__` name's value is apart from the real __dict__; deleting an unset one says only its name, as
    // CPython's member descriptor does)
    const slot = slotAllowed(obj.cls, name);
    if (slot && obj.slotValues === null) obj.slotValues = new PyDict();
    const d = slot ? obj.slotValues! : obj.realDict!;
    if (value === null) {
      if (!dictDelStr(d, name)) throw slot ? attributeError(name) : noAttribute(obj, name);
    } else dictSetStr(d, name, value);
    return;
  }
  const i = map.index(name);
  if (value === null) {
    if (i < 0) throw slotAllowed(obj.cls, name) ? attributeError(name) : noAttribute(obj, name);
    // deleting moves the attributes into a real dict (rare)
    instanceDict(obj);
    setInstanceAttr(obj, name, null);
    return;
  }
  if (i >= 0) setSlot(obj, i, value);
  else {
    moveMap(obj, map, map.withAttr(name));
    setSlot(obj, map.names.length, value);
  }
}

/** The instance's `__dict__`, made real on first use (its attributes move there from the map storage). */
export function instanceDict(obj: PyInstance): PyDict {
  if (obj.realDict !== null) return obj.realDict;
  const d = new PyDict();
  obj.map.names.forEach((n, i) => {
    if (!slotAllowed(obj.cls, n)) dictSetStr(d, n, slotOf(obj, i));
    else {
      if (obj.slotValues === null) obj.slotValues = new PyDict();
      dictSetStr(obj.slotValues, n, slotOf(obj, i));
    }
  });
  obj.realDict = d;
  obj.map = DICT_MAP;
  clearSlots(obj);
  return d;
}

export function delAttr(obj: PyObject, name: string): void {
  const type = obj.getType();
  const da = type.lookup("__delattr__");
  if (da !== null && !(da instanceof PyBuiltin && da.owner === OBJECT_TYPE)) {
    callMethod(da, obj, [pyStr(name)], null);
    return;
  }
  genericSetAttr(obj, name, null);
}

// ---- truth, repr, str -------------------------------------------------------------------------------

export function truthy(o: PyObject): boolean {
  if (o === TRUE) return true;
  if (o === FALSE || o === NONE) return false;
  if (o instanceof PyInt) return o.value !== 0;
  if (o instanceof PyStr) return o.value.length > 0;
  if (o instanceof PyFloat) return o.value !== 0;
  const t = o.getType();
  const b = t.lookup("__bool__");
  if (b !== null) {
    const r = callMethod(b, o, [], null);
    if (r === TRUE) return true;
    if (r === FALSE) return false;
    throw typeError(`__bool__ should return bool, returned ${typeName(r)}`);
  }
  const l = t.lookup("__len__");
  if (l !== null) return lenResult(callMethod(l, o, [], null)) !== 0;
  return true;
}

function lenResult(r: PyObject): number {
  if (r instanceof PyLong) {
    if (r.big.sign() < 0) throw valueError("__len__() should return >= 0");
    throw pyError(OverflowError, "cannot fit 'int' into an index-sized integer");
  }
  if (!(r instanceof PyInt)) throw typeError(`'${typeName(r)}' object cannot be interpreted as an integer`);
  if (r.value < 0) throw valueError("__len__() should return >= 0");
  return r.value;
}

export function len(o: PyObject): number {
  return lenResult(callLen(o));
}

/** len(o) as builtin len() gives it: a length past the small ints (up to sys.maxsize, a long range's) is an int object too. */
export function lenObject(o: PyObject): PyObject {
  const r = callLen(o);
  if (r instanceof PyLong && r.big.sign() > 0 && r.big.bitLength() <= 63) return r;
  return pyInt(lenResult(r));
}

/** What o's __len__ returns (TypeError without one). */
function callLen(o: PyObject): PyObject {
  const l = o.getType().lookup("__len__");
  if (l === null) throw typeError(`object of type '${typeName(o)}' has no len()`);
  return callMethod(l, o, [], null);
}

/** repr(o) as a JavaScript string. */
export function repr(o: PyObject): string {
  const m = o.getType().lookup("__repr__");
  const r = m === null ? NONE : callMethod(m, o, [], null);
  if (!(r instanceof PyStr)) throw typeError(`__repr__ returned non-string (type ${typeName(r)})`);
  return r.value;
}

/** str(o) as a JavaScript string. */
export function str(o: PyObject): string {
  if (o instanceof PyStr) return o.value;
  const m = o.getType().lookup("__str__");
  const r = m === null ? NONE : callMethod(m, o, [], null);
  if (!(r instanceof PyStr)) throw typeError(`__str__ returned non-string (type ${typeName(r)})`);
  return r.value;
}

// ---- comparisons ----------------------------------------------------------------------------------

export function richCompare(a: PyObject, b: PyObject, op: CompareOp): PyObject {
  // (promoted: in a trace the subclass test and the lookups below fold — they promoted the types anyway, after the test)
  const ta = promote(a.getType());
  const tb = promote(b.getType());
  let checkedReflected = false;
  const swapped = compareMethodName(op, true);
  if (ta !== tb && tb.isSubtypeOf(ta) && tb.lookup(swapped) !== ta.lookup(swapped)) {
    checkedReflected = true;
    const r = callSpecial(b, swapped, [a]);
    if (r !== null && r !== NOT_IMPLEMENTED) return r;
  }
  const r = callSpecial(a, compareMethodName(op, false), [b]);
  if (r !== null && r !== NOT_IMPLEMENTED) return r;
  if (!checkedReflected) {
    const r2 = callSpecial(b, swapped, [a]);
    if (r2 !== null && r2 !== NOT_IMPLEMENTED) return r2;
  }
  if (op === CompareOp.EQ) return pyBool(a === b);
  if (op === CompareOp.NE) return pyBool(a !== b);
  throw typeError(`'${COMPARE_SYMBOLS[op]}' not supported between instances of '${ta.name}' and '${tb.name}'`);
}

/** a == b as a boolean (identity first, as containers compare their items). */
export function eq(a: PyObject, b: PyObject): boolean {
  if (a === b) return true;
  if (a instanceof PyInt && b instanceof PyInt) return a.value === b.value;
  if (a instanceof PyStr && b instanceof PyStr) return a.value === b.value;
  if (a instanceof PyFloat && b instanceof PyFloat) return a.value === b.value;
  return truthy(richCompare(a, b, CompareOp.EQ));
}

export function lessThan(a: PyObject, b: PyObject): boolean {
  if (a instanceof PyInt && b instanceof PyInt) return a.value < b.value;
  if (a instanceof PyFloat && b instanceof PyFloat) return a.value < b.value;
  if (a instanceof PyStr && b instanceof PyStr) return a.value < b.value;
  return truthy(richCompare(a, b, CompareOp.LT));
}

export function greaterThan(a: PyObject, b: PyObject): boolean {
  if (a instanceof PyInt && b instanceof PyInt) return a.value > b.value;
  if (a instanceof PyFloat && b instanceof PyFloat) return a.value > b.value;
  if (a instanceof PyStr && b instanceof PyStr) return a.value > b.value;
  return truthy(richCompare(a, b, CompareOp.GT));
}

// ---- binary operators -------------------------------------------------------------------------------

const LEFT_NAMES = BINARY_NAMES.map((n) => `__${n}__`);
const RIGHT_NAMES = BINARY_NAMES.map((n) => `__r${n}__`);
const INPLACE_NAMES = BINARY_NAMES.map((n) => `__i${n}__`);

/** The special method of binary operator `op`: its __op__ (side 0), __rop__ (1) or __iop__ (2) — elidable, so a trace's is a constant, and so the method lookups fold. */
function binaryMethodName(op: BinaryOp, side: number): string {
  return side === 0 ? LEFT_NAMES[op] : side === 1 ? RIGHT_NAMES[op] : INPLACE_NAMES[op];
}
elidable(binaryMethodName);

/** The special method of comparison `op` (__lt__ ...), or of its reflection (__gt__ for <), elidable as binaryMethodName. */
function compareMethodName(op: CompareOp, reflected: boolean): string {
  return COMPARE_NAMES[reflected ? COMPARE_SWAPPED[op] : op];
}
elidable(compareMethodName);

/** a <op> b through __op__ and __rop__ (the right operand first when its type is a subclass overriding it). */
export function binaryDispatch(a: PyObject, b: PyObject, op: BinaryOp, inplace = false): PyObject {
  const lname = binaryMethodName(op, 0);
  const rname = binaryMethodName(op, 1);
  // (promoted, as in richCompare)
  const ta = promote(a.getType());
  const tb = promote(b.getType());
  let triedRight = false;
  if (ta !== tb && tb.isSubtypeOf(ta)) {
    const rb = tb.lookup(rname);
    if (rb !== null && rb !== ta.lookup(rname)) {
      triedRight = true;
      const r = callMethod(rb, b, [a], null);
      if (r !== NOT_IMPLEMENTED) return r;
    }
  }
  const la = ta.lookup(lname);
  if (la !== null) {
    const r = callMethod(la, a, [b], null);
    if (r !== NOT_IMPLEMENTED) return r;
  }
  if (!triedRight && ta !== tb) {
    const rb = tb.lookup(rname);
    if (rb !== null) {
      const r = callMethod(rb, b, [a], null);
      if (r !== NOT_IMPLEMENTED) return r;
    }
  }
  if (op === BinaryOp.MUL && (isSequence(ta) || isSequence(tb))) throw typeError(`can't multiply sequence by non-int of type '${(isSequence(ta) ? tb : ta).name}'`);
  throw typeError(`unsupported operand type(s) for ${BINARY_SYMBOLS[op]}${inplace ? "=" : ""}: '${ta.name}' and '${tb.name}'`);
}

/** A builtin sequence type (its * repeats): str, list, tuple, bytes and their subclasses. */
function isSequence(t: PyType): boolean {
  for (const b of t.mro) if (b.isBuiltin && (b.name === "str" || b.name === "list" || b.name === "tuple" || b.name === "bytes" || b.name === "bytearray")) return true;
  return false;
}

/** a <op>= b: __iop__ first, then the binary operator. */
export function inplaceDispatch(a: PyObject, b: PyObject, op: BinaryOp): PyObject {
  const m = a.getType().lookup(binaryMethodName(op, 2));
  if (m !== null) {
    const r = callMethod(m, a, [b], null);
    if (r !== NOT_IMPLEMENTED) return r;
  }
  return binaryDispatch(a, b, op, true);
}

// ---- exceptions as values ---------------------------------------------------------------------------

/** What `raise X` raises: an exception instance, or a class called without arguments. */
export function exceptionFrom(x: PyObject): PyBaseException {
  if (x instanceof PyBaseException) return x;
  if (x instanceof PyType && x.isException) {
    const e = call(x, [], null);
    if (e instanceof PyBaseException) return e;
    throw typeError(`calling ${x.name} should have returned an instance of BaseException, not ${typeName(e)}`);
  }
  throw typeError("exceptions must derive from BaseException");
}

export function stopIterationValue(e: PyError): PyObject {
  return e.exc.args.items.length > 0 ? e.exc.args.items[0] : NONE;
}

export function isStopIteration(e: unknown): e is PyError {
  return e instanceof PyError && e.exc.cls.isSubtypeOf(StopIteration);
}

export function makeException(type: PyType, args: PyObject[]): PyBaseException {
  return newException(type, args);
}
