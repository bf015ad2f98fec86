// object and type: instance creation, the default dunders, class creation
// (`type(name, bases, ns)` and what a `class` statement makes: the C3 MRO,
// __slots__, implicit staticmethod/classmethod, __classcell__,
// __set_name__, __init_subclass__), super(), and the method types
// (functions, bound methods, property, staticmethod, classmethod).
import { RuntimeError, attributeError, pyError, typeError, valueError } from "./exceptions.ts";
import {
  BUILTIN_FUNCTION_TYPE, CLASSMETHOD_TYPE, FUNCTION_TYPE, GETSET_TYPE, KwArgs, MEMBER_DESCRIPTOR_TYPE, METHOD_DESCRIPTOR_TYPE, METHOD_TYPE, MODULE_TYPE,
  NONE, NONE_TYPE, NOTIMPLEMENTED_TYPE, NOT_IMPLEMENTED, OBJECT_TYPE, PROPERTY_TYPE, PyBaseException, PyBuiltin, PyCell, PyClassMethod,
  PyDict, PyFunction, PyGetSet, PyInstance, PyMemberDescriptor, PyMethod, PyModule, PyObject, PyProperty, PyStaticMethod, PyStr, PyTuple, PyType,
  STATICMETHOD_TYPE, TYPE_TYPE, ELLIPSIS_TYPE, CELL_TYPE, newBuiltinType, pyBool, pyStr, pyTuple, PyList, type VersionTag,
} from "./model.ts";
import { elidable, promote } from "rts/jit";
import {
  bindDescriptor, call, callMethod, defGetter, defMethod, genericGetAttr, genericSetAttr, instanceDict, lookupAttr, noAttribute, propertySet, repr,
  str, truthy, typeCallDefault, typeName,
} from "./ops.ts";
import { dictGetStr, dictKeys, dictSetStr, newDict } from "./dict.ts";
import { iterate } from "./items.ts";
import { identityNumber as objectId } from "./hashing.ts";
import { PyCodeObject } from "./constants.ts";

// ---- object ------------------------------------------------------------------------------------------

/** A new instance of `cls` (object.__new__): an exception instance for exception classes. */
export function newInstance(cls: PyType): PyInstance {
  return cls.isException ? new PyBaseException(cls) : new PyInstance(cls);
}

defMethod(OBJECT_TYPE, "__new__", (args, kw) => {
  const cls = args[0];
  if (!(cls instanceof PyType)) throw typeError(`object.__new__(X): X is not a type object (${typeName(cls)})`);
  if ((args.length > 1 || kw !== null) && cls.lookup("__init__") === OBJECT_TYPE.lookup("__init__"))
    throw typeError(`${cls.name}() takes no arguments`);
  if (cls.isBuiltin && cls !== OBJECT_TYPE) throw typeError(`object.__new__(${cls.name}) is not safe, use ${cls.name}.__new__()`);
  return newInstance(cls);
});
defMethod(OBJECT_TYPE, "__init__", (args, kw) => {
  const self = args[0];
  if (args.length > 1 || kw !== null) {
    const t = self.getType();
    if (t.lookup("__new__") === OBJECT_TYPE.lookup("__new__") || t.lookup("__init__") !== OBJECT_TYPE.lookup("__init__"))
      throw typeError(`${t.name}.__init__() takes exactly one argument (the instance to initialize)`);
  }
  return NONE;
});
defMethod(OBJECT_TYPE, "__repr__", (args) => {
  const t = args[0].getType();
  const mod = t.module === "builtins" ? "" : t.module + ".";
  return pyStr(`<${mod}${t.qualname} object at 0x${objectId(args[0]).toString(16).padStart(12, "0")}>`);
});
defMethod(OBJECT_TYPE, "__str__", (args) => {
  const m = args[0].getType().lookup("__repr__");
  return m === null ? pyStr("") : callMethod(m, args[0], [], null);
});
defMethod(OBJECT_TYPE, "__eq__", (args) => (args[0] === args[1] ? pyBool(true) : NOT_IMPLEMENTED));
defMethod(OBJECT_TYPE, "__ne__", (args) => {
  const r = callMethod(args[0].getType().lookup("__eq__")!, args[0], [args[1]], null);
  return r === NOT_IMPLEMENTED ? r : pyBool(!truthy(r));
});
for (const name of ["__lt__", "__le__", "__gt__", "__ge__"]) defMethod(OBJECT_TYPE, name, () => NOT_IMPLEMENTED);
defMethod(OBJECT_TYPE, "__getattribute__", (args) => {
  const name = attrName(args[1]);
  const v = genericGetAttr(args[0], args[0].getType(), name);
  if (v === null) throw noAttribute(args[0], name);
  return v;
});
defMethod(OBJECT_TYPE, "__setattr__", (args) => {
  genericSetAttr(args[0], attrName(args[1]), args[2]);
  return NONE;
});
defMethod(OBJECT_TYPE, "__delattr__", (args) => {
  genericSetAttr(args[0], attrName(args[1]), null);
  return NONE;
});
defMethod(OBJECT_TYPE, "__format__", (args) => {
  const spec = args[1] instanceof PyStr ? args[1].value : "";
  if (spec !== "") throw typeError(`unsupported format string passed to ${typeName(args[0])}.__format__`);
  return pyStr(str(args[0]));
});
defMethod(OBJECT_TYPE, "__dir__", (args) => new PyList(dirOf(args[0]).map((n) => pyStr(n))));
defMethod(OBJECT_TYPE, "__reduce_ex__", () => NONE);
OBJECT_TYPE.dict.set("__init_subclass__", new PyClassMethod(new PyBuiltin("__init_subclass__", (args, kw) => {
  if (kw !== null) throw typeError(`${(args[0] as PyType).name}.__init_subclass__() takes no keyword arguments`);
  return NONE;
}, null, null)));
OBJECT_TYPE.dict.set("__class__", new PyGetSet("__class__", (o) => o.getType(), (o, v) => {
  if (!(o instanceof PyInstance) || !(v instanceof PyType) || v.isBuiltin) throw typeError("__class__ assignment only supported for heap types");
  o.cls = v;
}));
OBJECT_TYPE.dict.set("__dict__", new PyGetSet("__dict__", (o) => {
  if (o instanceof PyInstance && o.cls.hasDict) return instanceDict(o);
  if (o instanceof PyModule) return o.dict;
  if (o instanceof PyFunction) {
    if (o.attrs === null) o.attrs = newDict();
    return o.attrs;
  }
  throw attributeError(`'${typeName(o)}' object has no attribute '__dict__'`);
}, null));

function attrName(o: PyObject): string {
  if (o instanceof PyStr) return o.value;
  throw typeError(`attribute name must be string, not '${typeName(o)}'`);
}

/** dir(o): the instance's attributes and those of its type's MRO, sorted. */
export function dirOf(o: PyObject): string[] {
  const names = new Set<string>();
  if (o instanceof PyInstance) {
    if (o.realDict !== null) for (const k of dictKeys(o.realDict)) names.add((k as PyStr).value);
    else for (const n of o.map.names) names.add(n);
  }
  if (o instanceof PyModule) for (const k of dictKeys(o.dict)) names.add((k as PyStr).value);
  const types = o instanceof PyType ? o.mro : o.getType().mro;
  // (a `__slots__` name is an attribute of its class: its member descriptor)
  for (const t of types) {
    for (const k of t.dict.keys()) names.add(k);
    for (const k of t.slots) names.add(k);
  }
  return [...names].sort();
}

/** A new list of the objects (a list of a subclass is another list family in RTS: copied, not shared). */
export function asObjects<T extends PyObject>(xs: T[]): PyObject[] {
  const out: PyObject[] = [];
  for (const x of xs) out.push(x);
  return out;
}

// ---- type --------------------------------------------------------------------------------------------

/** C3 linearization of a new class's bases (CPython's mro_internal), or TypeError. */
export function c3(cls: PyType, bases: PyType[]): PyType[] {
  const seqs: PyType[][] = bases.map((b) => b.mro.slice());
  seqs.push(bases.slice());
  const out: PyType[] = [cls];
  for (;;) {
    const live = seqs.filter((s) => s.length > 0);
    if (live.length === 0) return out;
    let head: PyType | null = null;
    for (const s of live) {
      const cand = s[0];
      if (!live.some((t) => t.indexOf(cand) > 0)) {
        head = cand;
        break;
      }
    }
    if (head === null) {
      const names = live.map((s) => s[0].name);
      const uniq = names.filter((n, i) => names.indexOf(n) === i);
      throw typeError(`Cannot create a consistent method resolution\norder (MRO) for bases ${uniq.join(", ")}`);
    }
    out.push(head);
    for (const s of live) if (s[0] === head) s.shift();
  }
}

/** The builtin types whose instances carry a value a subclass instance must hold too. */
const PAYLOAD_TYPES = new Set<string>(["int", "float", "str", "list", "tuple", "dict", "set", "frozenset", "bytes", "Random"]);

/** type(name, bases, ns): a new class. */
export function makeClass(meta: PyType, name: string, basesIn: PyObject[], ns: PyDict, kw: KwArgs | null): PyType {
  const bases: PyType[] = [];
  for (const b of basesIn) {
    if (!(b instanceof PyType)) throw typeError(`bases must be types`);
    if (!b.instantiable && !b.isException && b !== OBJECT_TYPE && b.isBuiltin && b.name !== "object")
      throw typeError(`type '${b.name}' is not an acceptable base type`);
    if (bases.includes(b)) throw typeError(`duplicate base class ${b.name}`);
    bases.push(b);
  }
  if (bases.length === 0) bases.push(OBJECT_TYPE);
  // (__slots__ decide whether instances have a __dict__, which the type is made with)
  const slots = dictGetStr(ns, "__slots__");
  const slotNames = slots === null ? null : slots instanceof PyStr ? [slots.value] : iterate(slots).map((s) => (s as PyStr).value);
  if (slotNames !== null)
    for (const n of slotNames) if (n !== "__dict__" && n !== "__weakref__" && dictGetStr(ns, n) !== null) throw valueError(`'${n}' in __slots__ conflicts with class variable`);
  const hasDict = slotNames === null || slotNames.includes("__dict__") || bases.some((b) => !b.isBuiltin && b.hasDict);
  const cls = new PyType(name, bases, false, hasDict);
  if (meta !== TYPE_TYPE) cls.meta = meta;
  cls.mro = c3(cls, bases);
  for (const b of bases) b.subclasses.push(cls);
  cls.isException = cls.mro.some((t) => t.isException);
  for (const t of cls.mro) {
    if (t.isBuiltin && PAYLOAD_TYPES.has(t.name)) {
      cls.builtinBase = t;
      break;
    }
  }
  const payloads = new Set(cls.mro.filter((t) => t.isBuiltin && PAYLOAD_TYPES.has(t.name) && !(t.name === "bool")).map((t) => t.name));
  if (payloads.size > 1 && !(payloads.size === 2 && payloads.has("int") && payloads.has("bool")))
    throw typeError("multiple bases have instance lay-out conflict");
  const mod = dictGetStr(ns, "__module__");
  cls.module = mod instanceof PyStr ? mod.value : "__main__";
  const qual = dictGetStr(ns, "__qualname__");
  if (qual instanceof PyStr) cls.qualname = qual.value;
  for (let i = 0; i < ns.keys.length; i++) {
    const k = ns.keys[i];
    if (k === null) continue;
    if (!(k instanceof PyStr)) continue;
    if (k.value === "__qualname__" || k.value === "__classcell__") continue;
    let v = ns.values[i]!;
    if ((k.value === "__init_subclass__" || k.value === "__class_getitem__") && v instanceof PyFunction) v = new PyClassMethod(v);
    if (k.value === "__new__" && v instanceof PyFunction) v = new PyStaticMethod(v);
    cls.dict.set(k.value, v);
  }
  if (slotNames !== null) cls.slots = slotNames.filter((n) => n !== "__dict__");
  if (cls.dict.has("__eq__") && !cls.dict.has("__hash__")) cls.dict.set("__hash__", NONE);
  const cell = dictGetStr(ns, "__classcell__");
  if (cell instanceof PyCell) cell.value = cls;
  // __set_name__ of descriptors, then the parent's __init_subclass__
  for (const [n, v] of cls.dict) {
    const sn = v.getType().lookup("__set_name__");
    if (sn !== null) callMethod(sn, v, [cls, pyStr(n)], null);
  }
  const init = superLookup(cls, cls, "__init_subclass__");
  if (init !== null) call(bindForClass(init, cls), [], kw);
  return cls;
}

function bindForClass(d: PyObject, cls: PyType): PyObject {
  if (d instanceof PyClassMethod) return new PyMethod(d.func, cls);
  return bindDescriptor(d, null, cls);
}

function typeRepr(t: PyType): string {
  return t.module === "builtins" ? `<class '${t.qualname}'>` : `<class '${t.module}.${t.qualname}'>`;
}

defMethod(TYPE_TYPE, "__repr__", (args) => pyStr(typeRepr(args[0] as PyType)));
defMethod(TYPE_TYPE, "__call__", (args, kw) => {
  const cls = args[0];
  if (!(cls instanceof PyType)) throw typeError("descriptor '__call__' requires a 'type' object");
  return typeCallDefault(cls, args.slice(1), kw);
});
defMethod(TYPE_TYPE, "__new__", (args, kw) => {
  const meta = args[0] as PyType;
  if (args.length === 2) return args[1].getType();
  if (args.length !== 4) throw typeError("type() takes 1 or 3 arguments");
  const name = args[1];
  const bases = args[2];
  const ns = args[3];
  if (!(name instanceof PyStr)) throw typeError(`type.__new__() argument 1 must be str, not ${typeName(name)}`);
  if (!(bases instanceof PyTuple)) throw typeError(`type.__new__() argument 2 must be tuple, not ${typeName(bases)}`);
  if (!(ns instanceof PyDict)) throw typeError(`type.__new__() argument 3 must be dict, not ${typeName(ns)}`);
  return makeClass(meta, name.value, bases.items, ns, kw);
});
defMethod(TYPE_TYPE, "__init__", () => NONE);
defMethod(TYPE_TYPE, "mro", (args) => new PyList(asObjects((args[0] as PyType).mro)));
defMethod(TYPE_TYPE, "__subclasses__", (args) => new PyList(asObjects((args[0] as PyType).subclasses)));
defMethod(TYPE_TYPE, "__instancecheck__", (args) => pyBool(args[1].getType().isSubtypeOf(args[0] as PyType)));
defMethod(TYPE_TYPE, "__subclasscheck__", (args) => pyBool(args[1] instanceof PyType && args[1].isSubtypeOf(args[0] as PyType)));
TYPE_TYPE.dict.set("__name__", new PyGetSet("__name__", (o) => pyStr((o as PyType).name), (o, v) => {
  if (!(v instanceof PyStr)) throw typeError("can only assign string to __name__");
  (o as PyType).name = v.value;
}));
TYPE_TYPE.dict.set("__qualname__", new PyGetSet("__qualname__", (o) => pyStr((o as PyType).qualname), (o, v) => {
  if (v instanceof PyStr) (o as PyType).qualname = v.value;
}));
TYPE_TYPE.dict.set("__module__", new PyGetSet("__module__", (o) => {
  const t = o as PyType;
  const m = t.dict.get("__module__");
  return m !== undefined ? m : pyStr(t.module);
}, (o, v) => {
  (o as PyType).dict.set("__module__", v!);
}));
defGetter(TYPE_TYPE, "__mro__", (o) => pyTuple(asObjects((o as PyType).mro)));
defGetter(TYPE_TYPE, "__bases__", (o) => pyTuple(asObjects((o as PyType).bases)));
defGetter(TYPE_TYPE, "__base__", (o) => ((o as PyType).bases.length > 0 ? (o as PyType).bases[0] : NONE));
defGetter(TYPE_TYPE, "__dict__", (o) => {
  const d = newDict();
  for (const [k, v] of (o as PyType).dict) dictSetStr(d, k, v);
  return d;
});
TYPE_TYPE.dict.set("__doc__", new PyGetSet("__doc__", (o) => (o as PyType).dict.get("__doc__") ?? NONE, null));

// ---- super -------------------------------------------------------------------------------------------

export const SUPER_TYPE = newBuiltinType("super", [OBJECT_TYPE]);

export class PySuper extends PyObject {
  constructor(
    readonly start: PyType,
    readonly obj: PyObject,
    readonly objType: PyType,
  ) {
    super();
  }
  getType(): PyType {
    return SUPER_TYPE;
  }
}

/** The attribute `name` in `objType`'s MRO after `start`. */
export function superLookup(objType: PyType, start: PyType, name: string): PyObject | null {
  // (in a trace: the types and objType's version are constants — a change to any class of its MRO changes it —
  // so the lookup folds, as PyType.lookup's does)
  const t = promote(objType);
  return superLookupIn(t, t.version, promote(start), name);
}

function superLookupIn(objType: PyType, _version: VersionTag, start: PyType, name: string): PyObject | null {
  const mro = objType.mro;
  let i = mro.indexOf(start);
  if (i < 0) return null;
  for (i++; i < mro.length; i++) {
    const v = mro[i].dict.get(name);
    if (v !== undefined) return v;
  }
  return null;
}
elidable(superLookupIn);

export function makeSuper(type: PyObject, obj: PyObject): PySuper {
  if (!(type instanceof PyType)) throw typeError(`super() argument 1 must be a type, not ${typeName(type)}`);
  if (obj instanceof PyType && obj.isSubtypeOf(type)) return new PySuper(type, obj, obj);
  const t = obj.getType();
  if (!t.isSubtypeOf(type)) throw typeError("super(type, obj): obj must be an instance or subtype of type");
  return new PySuper(type, obj, t);
}

defMethod(SUPER_TYPE, "__new__", (args) => {
  if (args.length < 3) throw pyError(RuntimeError, "super(): no arguments");
  return makeSuper(args[1], args[2]);
});
defMethod(SUPER_TYPE, "__init__", () => NONE);
defMethod(SUPER_TYPE, "__getattribute__", (args) => {
  const s = args[0] as PySuper;
  const name = attrName(args[1]);
  if (name !== "__class__") {
    const d = superLookup(s.objType, s.start, name);
    if (d !== null) return bindDescriptor(d, s.obj === s.objType ? null : s.obj, s.objType);
  }
  const v = genericGetAttr(s, SUPER_TYPE, name);
  if (v === null) throw attributeError(`'super' object has no attribute '${name}'`);
  return v;
});
defMethod(SUPER_TYPE, "__repr__", (args) => {
  const s = args[0] as PySuper;
  return pyStr(`<super: <class '${s.start.name}'>, <${s.objType.name} object>>`);
});

// ---- functions and methods -----------------------------------------------------------------------------

defMethod(FUNCTION_TYPE, "__repr__", (args) => pyStr(`<function ${(args[0] as PyFunction).qualname} at 0x${objectId(args[0]).toString(16).padStart(12, "0")}>`));
defMethod(FUNCTION_TYPE, "__get__", (args) => (args[1] === NONE ? args[0] : new PyMethod(args[0], args[1])));
FUNCTION_TYPE.dict.set("__name__", new PyGetSet("__name__", (o) => pyStr((o as PyFunction).name), (o, v) => {
  if (v instanceof PyStr) (o as PyFunction).name = v.value;
}));
FUNCTION_TYPE.dict.set("__qualname__", new PyGetSet("__qualname__", (o) => pyStr((o as PyFunction).qualname), (o, v) => {
  if (v instanceof PyStr) (o as PyFunction).qualname = v.value;
}));
FUNCTION_TYPE.dict.set("__doc__", new PyGetSet("__doc__", (o) => (o as PyFunction).doc ?? NONE, (o, v) => {
  (o as PyFunction).doc = v;
}));
FUNCTION_TYPE.dict.set("__module__", new PyGetSet("__module__", (o) => (o as PyFunction).module ?? NONE, (o, v) => {
  (o as PyFunction).module = v;
}));
FUNCTION_TYPE.dict.set("__defaults__", new PyGetSet("__defaults__", (o) => {
  const f = o as PyFunction;
  return f.defaults.length === 0 ? NONE : pyTuple(f.defaults);
}, (o, v) => {
  (o as PyFunction).defaults = v instanceof PyTuple ? v.items : [];
}));
defGetter(FUNCTION_TYPE, "__code__", (o) => new PyCodeObject((o as PyFunction).code));
defGetter(FUNCTION_TYPE, "__globals__", (o) => (o as PyFunction).globals);
defGetter(FUNCTION_TYPE, "__closure__", (o) => {
  const f = o as PyFunction;
  return f.closure.length === 0 ? NONE : pyTuple(asObjects(f.closure));
});
FUNCTION_TYPE.dict.set("__annotations__", new PyGetSet("__annotations__", (o) => {
  const f = o as PyFunction;
  if (f.annotations === null) f.annotations = newDict();
  return f.annotations;
}, (o, v) => {
  (o as PyFunction).annotations = v instanceof PyDict ? v : null;
}));
FUNCTION_TYPE.dict.set("__kwdefaults__", new PyGetSet("__kwdefaults__", (o) => (o as PyFunction).kwDefaults ?? NONE, null));

defMethod(METHOD_TYPE, "__repr__", (args) => {
  const m = args[0] as PyMethod;
  const fname = lookupAttr(m.func, "__qualname__");
  return pyStr(`<bound method ${fname instanceof PyStr ? fname.value : "?"} of ${repr(m.self)}>`);
});
defGetter(METHOD_TYPE, "__self__", (o) => (o as PyMethod).self);
defGetter(METHOD_TYPE, "__func__", (o) => (o as PyMethod).func);
defMethod(METHOD_TYPE, "__getattribute__", (args) => {
  const name = attrName(args[1]);
  const v = genericGetAttr(args[0], METHOD_TYPE, name);
  if (v !== null) return v;
  const f = lookupAttr((args[0] as PyMethod).func, name);
  if (f !== null) return f;
  throw noAttribute(args[0], name);
});
defMethod(METHOD_TYPE, "__eq__", (args) => {
  const a = args[0] as PyMethod;
  const b = args[1];
  return pyBool(b instanceof PyMethod && a.func === b.func && a.self === b.self);
});

for (const t of [BUILTIN_FUNCTION_TYPE, METHOD_DESCRIPTOR_TYPE]) {
  defMethod(t, "__repr__", (args) => {
    const b = args[0] as PyBuiltin;
    if (b.self !== null) return pyStr(`<built-in method ${b.name} of ${typeName(b.self)} object at 0x${objectId(b.self).toString(16).padStart(12, "0")}>`);
    if (b.owner !== null) return pyStr(`<method '${b.name}' of '${b.owner.module === "builtins" ? "" : b.owner.module + "."}${b.owner.name}' objects>`);
    return pyStr(`<built-in function ${b.name}>`);
  });
  defGetter(t, "__name__", (o) => pyStr((o as PyBuiltin).name));
  defGetter(t, "__qualname__", (o) => {
    const b = o as PyBuiltin;
    return pyStr(b.owner !== null ? `${b.owner.name}.${b.name}` : b.name);
  });
  defGetter(t, "__self__", (o) => (o as PyBuiltin).self ?? NONE);
}

// (a member descriptor is a getset descriptor of a type of its own: one __get__ serves both)
const getSetGet = (args: PyObject[]): PyObject => (args[1] === NONE ? args[0] : (args[0] as PyGetSet).get(args[1]));
defMethod(GETSET_TYPE, "__get__", getSetGet);
defMethod(MEMBER_DESCRIPTOR_TYPE, "__get__", getSetGet);
defMethod(MEMBER_DESCRIPTOR_TYPE, "__set__", (args) => {
  (args[0] as PyMemberDescriptor).set!(args[1], args[2]);
  return NONE;
});
defMethod(MEMBER_DESCRIPTOR_TYPE, "__delete__", (args) => {
  (args[0] as PyMemberDescriptor).set!(args[1], null);
  return NONE;
});
defMethod(MEMBER_DESCRIPTOR_TYPE, "__repr__", (args) => {
  const d = args[0] as PyMemberDescriptor;
  return pyStr(`<member '${d.name}' of '${d.owner.name}' objects>`);
});
defGetter(MEMBER_DESCRIPTOR_TYPE, "__name__", (o) => pyStr((o as PyMemberDescriptor).name));
defGetter(MEMBER_DESCRIPTOR_TYPE, "__objclass__", (o) => (o as PyMemberDescriptor).owner);

// property
PROPERTY_TYPE.dict.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (args, kw) => {
  const get = (i: number, name: string): PyObject | null => {
    let v: PyObject | null = args.length > i + 1 ? args[i + 1] : null;
    if (kw !== null) kw.names.forEach((n, j) => {
      if (n === name) v = kw.values[j];
    });
    return v === NONE ? null : v;
  };
  return new PyProperty(get(0, "fget"), get(1, "fset"), get(2, "fdel"), get(3, "doc"));
}, null, null)));
defMethod(PROPERTY_TYPE, "__init__", () => NONE);
defMethod(PROPERTY_TYPE, "__get__", (args) => bindDescriptor(args[0], args[1] === NONE ? null : args[1], args[1].getType()));
defMethod(PROPERTY_TYPE, "__set__", (args) => {
  propertySet(args[0] as PyProperty, args[1], args[2]);
  return NONE;
});
defMethod(PROPERTY_TYPE, "__delete__", (args) => {
  propertySet(args[0] as PyProperty, args[1], null);
  return NONE;
});
defMethod(PROPERTY_TYPE, "__set_name__", (args) => {
  const p = args[0] as PyProperty;
  if (args[2] instanceof PyStr) p.name = args[2].value;
  return NONE;
});
defMethod(PROPERTY_TYPE, "getter", (args) => {
  const p = args[0] as PyProperty;
  return new PyProperty(args[1], p.fset, p.fdel, p.doc);
});
defMethod(PROPERTY_TYPE, "setter", (args) => {
  const p = args[0] as PyProperty;
  return new PyProperty(p.fget, args[1], p.fdel, p.doc);
});
defMethod(PROPERTY_TYPE, "deleter", (args) => {
  const p = args[0] as PyProperty;
  return new PyProperty(p.fget, p.fset, args[1], p.doc);
});
defGetter(PROPERTY_TYPE, "fget", (o) => (o as PyProperty).fget ?? NONE);
defGetter(PROPERTY_TYPE, "fset", (o) => (o as PyProperty).fset ?? NONE);
defGetter(PROPERTY_TYPE, "fdel", (o) => (o as PyProperty).fdel ?? NONE);
defGetter(PROPERTY_TYPE, "__doc__", (o) => {
  const p = o as PyProperty;
  if (p.doc !== null) return p.doc;
  return p.fget !== null ? lookupAttr(p.fget, "__doc__") ?? NONE : NONE;
});

STATICMETHOD_TYPE.dict.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (args) => new PyStaticMethod(args[1]), null, null)));
defMethod(STATICMETHOD_TYPE, "__init__", () => NONE);
defMethod(STATICMETHOD_TYPE, "__get__", (args) => (args[0] as PyStaticMethod).func);
defGetter(STATICMETHOD_TYPE, "__func__", (o) => (o as PyStaticMethod).func);
CLASSMETHOD_TYPE.dict.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (args) => new PyClassMethod(args[1]), null, null)));
defMethod(CLASSMETHOD_TYPE, "__init__", () => NONE);
defMethod(CLASSMETHOD_TYPE, "__get__", (args) => new PyMethod((args[0] as PyClassMethod).func, args.length > 2 && args[2] !== NONE ? args[2] : args[1].getType()));
defGetter(CLASSMETHOD_TYPE, "__func__", (o) => (o as PyClassMethod).func);
defMethod(STATICMETHOD_TYPE, "__repr__", (args) => pyStr(`<staticmethod(${repr((args[0] as PyStaticMethod).func)})>`));
defMethod(CLASSMETHOD_TYPE, "__repr__", (args) => pyStr(`<classmethod(${repr((args[0] as PyClassMethod).func)})>`));

// modules, None, NotImplemented, Ellipsis, cells
defMethod(MODULE_TYPE, "__repr__", (args) => {
  const m = args[0] as PyModule;
  const file = dictGetStr(m.dict, "__file__");
  return pyStr(file instanceof PyStr ? `<module '${m.name}' from '${file.value}'>` : `<module '${m.name}' (built-in)>`);
});
defMethod(NONE_TYPE, "__repr__", () => pyStr("None"));
defMethod(NONE_TYPE, "__bool__", () => pyBool(false));
defMethod(NOTIMPLEMENTED_TYPE, "__repr__", () => pyStr("NotImplemented"));
defMethod(ELLIPSIS_TYPE, "__repr__", () => pyStr("Ellipsis"));
defMethod(CELL_TYPE, "__repr__", () => pyStr("<cell>"));
defGetter(CELL_TYPE, "cell_contents", (o) => (o as PyCell).value ?? NONE);
