// The builtins module: the builtin functions, the builtin types and
// exceptions by name.  Importing this module loads every type's methods
// (their modules fill the type dicts when they load).
import { flush, readLine, write } from "rts/rlib/os";
import { toInt } from "rts/rlib";
import { BinaryOp } from "./code.ts";
import { BUILTIN_EXCEPTIONS, EOFError, OverflowError, pyError, stopIteration, typeError, valueError } from "./objects/exceptions.ts";
import {
  BUILTINS, BOOL_TYPE, BYTEARRAY_TYPE, BYTES_TYPE, CLASSMETHOD_TYPE, DICT_TYPE, ELLIPSIS, FLOAT_TYPE, INT_TYPE, KwArgs, LIST_TYPE, NONE, NOT_IMPLEMENTED, OBJECT_TYPE,
  PROPERTY_TYPE, PyBuiltin, PyBytes, PyDict, PyError, PyFloat, PyFunction, PyInstance, PyInt, PyMethod, PyList, PyLong, PyObject, PyStaticMethod, PyStr, PyTuple, PyType,
  RANGE_TYPE, SLICE_TYPE, STATICMETHOD_TYPE, STR_TYPE, TUPLE_TYPE, TYPE_TYPE, newBuiltinType, pyBool, pyInt, pyStr, pyTuple, FALSE, TRUE,
} from "./objects/model.ts";
import {
  call, callMethod, callSpecial, defMethod, delAttr, getAttr, len, lenObject, greaterThan, lessThan, lookupAttr, repr, setAttr, str, truthy, typeName,
} from "./objects/ops.ts";
import { dictGetStr, dictSetStr } from "./objects/dict.ts";
import { builtinIteratorNext, getItem, getIter, iterate, nextOrNull, toIndex, PyCallIterator, PyReverseIterator } from "./objects/items.ts";
import { ENUMERATE_TYPE, FILTER_TYPE, MAP_TYPE, PyEnumerate, PyFilter, PyMap, PyZip, ZIP_TYPE } from "./objects/lazyiters.ts";
import { asInt, binaryOp, bigOf } from "./objects/numbers.ts";
import { bytesLike } from "./objects/bytesmethods.ts";
import { powMod } from "./objects/numtypes.ts";
import { sortItems } from "./objects/lists.ts";
import { format } from "./objects/format.ts";
import { dirOf, SUPER_TYPE } from "./objects/objecttype.ts";
import { hashObject, identityNumber as objectId } from "./objects/hashing.ts";
import { SET_TYPE, FROZENSET_TYPE } from "./objects/set.ts";
import { asciiRepr, importModule } from "./runtime.ts";
import { PyGenerator, generatorNextInto, isPlainValue } from "./objects/generators.ts";
import { PyStdStream, STDOUT } from "./objects/streams.ts";
import { state } from "./frame.ts";
import { FRAME_BUILTIN } from "./frame.ts";
import { GenSink } from "./objects/gensink.ts";
import "./objects/numtypes.ts";
import "./objects/strs.ts";
import "./objects/lists.ts";
import "./objects/dicts.ts";
import "./objects/exctype.ts";
import "./objects/bytestype.ts";
import "./objects/objecttype.ts";


function def(name: string, fn: (args: PyObject[], kw: KwArgs | null) => PyObject): void {
  dictSetStr(BUILTINS, name, new PyBuiltin(name, fn, null, null));
}

/** The keyword arguments a builtin accepts, by name (TypeError for others). */
function kwargs(kw: KwArgs | null, fn: string, allowed: string[]): Map<string, PyObject> {
  const out = new Map<string, PyObject>();
  if (kw === null) return out;
  kw.names.forEach((n, i) => {
    if (!allowed.includes(n)) throw typeError(`${fn}() got an unexpected keyword argument '${n}'`);
    out.set(n, kw.values[i]);
  });
  return out;
}

function argCount(args: PyObject[], fn: string, min: number, max: number): void {
  if (args.length < min || args.length > max) {
    if (min === max) throw typeError(`${fn}() takes exactly ${min === 1 ? "one argument" : `${min} arguments`} (${args.length} given)`);
    if (args.length < min) throw typeError(`${fn} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${args.length}`);
    throw typeError(`${fn} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${args.length}`);
  }
}

// ---- output -------------------------------------------------------------------------------------------

/** sys.stdout as the program left it (print() writes there). */
function currentStdout(): PyObject {
  const sys = state.modules.get("sys");
  const out = sys === undefined ? null : dictGetStr(sys.dict, "stdout");
  return out ?? STDOUT;
}

def("print", (args, kw) => {
  const k = kwargs(kw, "print", ["sep", "end", "file", "flush"]);
  const sepObj = k.get("sep") ?? NONE;
  const endObj = k.get("end") ?? NONE;
  if (sepObj !== NONE && !(sepObj instanceof PyStr)) throw typeError(`sep must be None or a string, not ${typeName(sepObj)}`);
  if (endObj !== NONE && !(endObj instanceof PyStr)) throw typeError(`end must be None or a string, not ${typeName(endObj)}`);
  const sep = sepObj instanceof PyStr ? sepObj.value : " ";
  const end = endObj instanceof PyStr ? endObj.value : "\n";
  let text = "";
  for (let i = 0; i < args.length; i++) {
    if (i > 0) text += sep;
    text += str(args[i]);
  }
  text += end;
  const file = k.get("file") ?? NONE;
  const target = file === NONE ? currentStdout() : file;
  if (target instanceof PyStdStream) write(target.fd, text);
  else call(getAttr(target, "write"), [pyStr(text)], null);
  return NONE;
});

// ---- numbers -----------------------------------------------------------------------------------------

def("abs", (args) => {
  argCount(args, "abs", 1, 1);
  const x = args[0];
  if (x instanceof PyInt) return pyInt(x.value < 0 ? 0 - x.value : x.value);
  if (x instanceof PyFloat) return new PyFloat(Math.abs(x.value));
  const r = callSpecial(x, "__abs__", []);
  if (r === null) throw typeError(`bad operand type for abs(): '${typeName(x)}'`);
  return r;
});
def("divmod", (args) => {
  argCount(args, "divmod", 2, 2);
  const [a, b] = args;
  if (asInt(a) !== null && asInt(b) !== null && (a instanceof PyInt || a instanceof PyLong) && (b instanceof PyInt || b instanceof PyLong))
    return pyTuple([binaryOp(a, b, BinaryOp.FLOORDIV), binaryOp(a, b, BinaryOp.MOD)]);
  const r = callSpecial(a, "__divmod__", [b]);
  if (r !== null && r !== NOT_IMPLEMENTED) return r;
  const r2 = callSpecial(b, "__rdivmod__", [a]);
  if (r2 !== null && r2 !== NOT_IMPLEMENTED) return r2;
  throw typeError(`unsupported operand type(s) for divmod(): '${typeName(a)}' and '${typeName(b)}'`);
});
def("pow", (args, kw) => {
  const k = kwargs(kw, "pow", ["base", "exp", "mod"]);
  const base = args.length > 0 ? args[0] : k.get("base")!;
  const exp = args.length > 1 ? args[1] : k.get("exp")!;
  const mod = args.length > 2 ? args[2] : k.get("mod") ?? NONE;
  if (mod !== NONE) {
    const a = asInt(base);
    const b = asInt(exp);
    if (a === null || b === null) throw typeError("pow() 3rd argument not allowed unless all arguments are integers");
    return powMod(a, b, mod);
  }
  return binaryOp(base, exp, BinaryOp.POW);
});
def("round", (args, kw) => {
  const k = kwargs(kw, "round", ["number", "ndigits"]);
  const x = args.length > 0 ? args[0] : k.get("number")!;
  const nd = args.length > 1 ? args[1] : k.get("ndigits") ?? NONE;
  const r = callSpecial(x, "__round__", nd === NONE ? [] : [nd]);
  if (r === null) throw typeError(`type ${typeName(x)} doesn't define __round__ method`);
  return r;
});
def("sum", (args, kw) => {
  const k = kwargs(kw, "sum", ["start"]);
  if (args.length < 1) throw typeError("sum() takes at least 1 positional argument (0 given)");
  let acc = args.length > 1 ? args[1] : k.get("start") ?? pyInt(0);
  if (acc instanceof PyStr) throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
  if (acc instanceof PyBytes) throw typeError("sum() can't sum bytes [use b''.join(seq) instead]");
  const it = getIter(args[0]);
  return it instanceof PyGenerator ? sumGenerator(it, acc) : sumRest(it, acc);
});

/** sum(g): one run of the generator with a SumSink (no loop here: a trace looks inside, down to the generator's frame). */
function sumGenerator(gen: PyGenerator, acc: PyObject): PyObject {
  const sink = new SumSink(acc);
  const x = generatorNextInto(gen, sink);
  return x === null ? sink.acc : sumRest(gen, binaryOp(sink.acc, x, BinaryOp.ADD));
}

/** The sum of `acc` and the rest of iterator `it`'s items. */
function sumRest(it: PyObject, acc: PyObject): PyObject {
  for (;;) {
    const x = nextOrNull(it);
    if (x === null) return acc;
    acc = binaryOp(acc, x, BinaryOp.ADD);
  }
}

/** sum(g)'s sink: adds ints to ints and floats or small ints to floats (no Python code runs, no error is possible); declines the rest. */
class SumSink extends GenSink {
  constructor(public acc: PyObject) {
    super();
  }
  offer(x: PyObject): boolean {
    const a = this.acc;
    const ints = (a instanceof PyInt || a instanceof PyLong) && (x instanceof PyInt || x instanceof PyLong);
    if (!ints && !((a instanceof PyFloat || a instanceof PyInt) && (x instanceof PyFloat || x instanceof PyInt))) return false;
    this.acc = binaryOp(a, x, BinaryOp.ADD);
    return true;
  }
}

/** any(g)'s and all(g)'s sink: takes the values whose truth runs no Python code and does not decide the answer. */
class TruthSink extends GenSink {
  constructor(readonly decides: boolean) {
    super();
  }
  offer(x: PyObject): boolean {
    return isPlainValue(x) && truthy(x) !== this.decides;
  }
}

/** all(it) (decides: false) or any(it) (decides: true): whether some item's truth is `decides` (no loop for a generator, as sum's). */
function anyTruth(o: PyObject, decides: boolean): boolean {
  const it = getIter(o);
  if (!(it instanceof PyGenerator)) return anyTruthRest(it, decides);
  const x = generatorNextInto(it, new TruthSink(decides));
  return x !== null && (truthy(x) === decides || anyTruthRest(it, decides));
}

function anyTruthRest(it: PyObject, decides: boolean): boolean {
  for (;;) {
    const x = nextOrNull(it);
    if (x === null) return false;
    if (truthy(x) === decides) return true;
  }
}

function minmax(name: string, args: PyObject[], kw: KwArgs | null, wantMax: boolean): PyObject {
  const k = kwargs(kw, name, ["key", "default"]);
  const key = k.get("key") ?? NONE;
  let items: PyObject[];
  if (args.length === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
  if (args.length === 1) items = iterate(args[0]);
  else {
    if (k.has("default")) throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
    items = args;
  }
  if (items.length === 0) {
    const d = k.get("default");
    if (d !== undefined) return d;
    throw valueError(`${name}() arg is an empty sequence`);
  }
  let best = items[0];
  let bestKey = key === NONE ? best : call(key, [best], null);
  for (let i = 1; i < items.length; i++) {
    const kx = key === NONE ? items[i] : call(key, [items[i]], null);
    // (CPython's order of operands: max asks item > best, min item < best — the messages name them so)
    if (wantMax ? greaterThan(kx, bestKey) : lessThan(kx, bestKey)) {
      best = items[i];
      bestKey = kx;
    }
  }
  return best;
}
def("min", (args, kw) => minmax("min", args, kw, false));
def("max", (args, kw) => minmax("max", args, kw, true));

function intPrefix(x: PyObject, radix: number, prefix: string): PyObject {
  const i = asInt(x) ?? asInt(callSpecial(x, "__index__", []) ?? NONE);
  if (i === null) throw typeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
  const b = bigOf(i);
  const digits = b.abs().toString(radix);
  return pyStr((b.sign() < 0 ? "-" : "") + prefix + digits);
}
def("hex", (args) => intPrefix(args[0], 16, "0x"));
def("oct", (args) => intPrefix(args[0], 8, "0o"));
def("bin", (args) => intPrefix(args[0], 2, "0b"));

// ---- characters and text ---------------------------------------------------------------------------

def("ord", (args) => {
  argCount(args, "ord", 1, 1);
  const s = args[0];
  if (s instanceof PyStr) {
    if (s.length !== 1) throw typeError(`ord() expected a character, but string of length ${s.length} found`);
    return pyInt(toInt(s.value.codePointAt(0)!));
  }
  const b = bytesLike(s);
  if (b !== null) {
    if (b.length !== 1) throw typeError(`ord() expected a character, but string of length ${b.length} found`);
    return pyInt(toInt(b.charCodeAt(0)));
  }
  throw typeError(`ord() expected string of length 1, but ${typeName(s)} found`);
});
def("chr", (args) => {
  argCount(args, "chr", 1, 1);
  const i = asInt(args[0]);
  if (i === null) throw typeError(`'${typeName(args[0])}' object cannot be interpreted as an integer`);
  // (beyond a C int: OverflowError, as CPython's conversion says)
  if (!(i instanceof PyInt) || i.value > 2147483647 || i.value < -2147483648) throw pyError(OverflowError, "Python int too large to convert to C int");
  if (i.value < 0 || i.value > 0x10ffff) throw valueError("chr() arg not in range(0x110000)");
  return new PyStr(String.fromCodePoint(i.value), 1);
});
def("repr", (args) => {
  argCount(args, "repr", 1, 1);
  return pyStr(repr(args[0]));
});
def("ascii", (args) => pyStr(asciiRepr(repr(args[0]))));
def("format", (args) => pyStr(format(args[0], args.length > 1 ? str(args[1]) : "")));
def("len", (args) => {
  argCount(args, "len", 1, 1);
  const o = args[0];
  if (o instanceof PyList) return pyInt(o.items.length);
  if (o instanceof PyTuple) return pyInt(o.items.length);
  if (o instanceof PyStr) return pyInt(o.length);
  if (o instanceof PyDict) return pyInt(o.used);
  return lenObject(o);
});

// ---- objects and types -------------------------------------------------------------------------------

/** isinstance / issubclass.  No loop here (a tuple of classes has its own function), so a trace looks inside: an exact instance of a class the trace knows is one guard. */
function classInfoCheck(obj: PyObject, info: PyObject, subclass: boolean): boolean {
  if (info instanceof PyTuple) return anyClassInfoCheck(obj, info, subclass);
  if (!(info instanceof PyType)) {
    throw typeError(subclass ? "issubclass() arg 2 must be a class, a tuple of classes, or a union" : "isinstance() arg 2 must be a type, a tuple of types, or a union");
  }
  // (an exact instance is one without asking a metaclass's __instancecheck__, as CPython does)
  if (!subclass && obj.getType() === info) return true;
  const meta = info.getType();
  if (meta !== TYPE_TYPE) {
    const check = meta.lookup(subclass ? "__subclasscheck__" : "__instancecheck__");
    if (check !== null && !(check instanceof PyBuiltin)) return truthy(call(getAttr(info, subclass ? "__subclasscheck__" : "__instancecheck__"), [obj], null));
  }
  if (subclass) {
    if (!(obj instanceof PyType)) throw typeError("issubclass() arg 1 must be a class");
    return obj.isSubtypeOf(info);
  }
  if (obj.getType().isSubtypeOf(info)) return true;
  // (an object may say it is of another class: its __class__, when that is not its type)
  const own = obj instanceof PyInstance && obj.getType().lookup("__class__") !== OBJECT_TYPE.lookup("__class__");
  const cls = own ? lookupAttr(obj, "__class__") : null;
  return cls instanceof PyType && cls !== obj.getType() && cls.isSubtypeOf(info);
}
function anyClassInfoCheck(obj: PyObject, info: PyTuple, subclass: boolean): boolean {
  for (const t of info.items) if (classInfoCheck(obj, t, subclass)) return true;
  return false;
}
def("isinstance", (args) => {
  argCount(args, "isinstance", 2, 2);
  return pyBool(classInfoCheck(args[0], args[1], false));
});
def("issubclass", (args) => {
  argCount(args, "issubclass", 2, 2);
  return pyBool(classInfoCheck(args[0], args[1], true));
});
def("getattr", (args) => {
  if (args.length < 2 || args.length > 3) throw typeError(`getattr expected 2 or 3 arguments, got ${args.length}`);
  const name = args[1];
  if (!(name instanceof PyStr)) throw typeError(`attribute name must be string, not '${typeName(name)}'`);
  if (args.length === 3) {
    const v = lookupAttr(args[0], name.value);
    return v === null ? args[2] : v;
  }
  return getAttr(args[0], name.value);
});
def("setattr", (args) => {
  argCount(args, "setattr", 3, 3);
  const name = args[1];
  if (!(name instanceof PyStr)) throw typeError(`attribute name must be string, not '${typeName(name)}'`);
  setAttr(args[0], name.value, args[2]);
  return NONE;
});
def("delattr", (args) => {
  argCount(args, "delattr", 2, 2);
  const name = args[1];
  if (!(name instanceof PyStr)) throw typeError(`attribute name must be string, not '${typeName(name)}'`);
  delAttr(args[0], name.value);
  return NONE;
});
def("hasattr", (args) => {
  argCount(args, "hasattr", 2, 2);
  const name = args[1];
  if (!(name instanceof PyStr)) throw typeError(`attribute name must be string, not '${typeName(name)}'`);
  try {
    return pyBool(lookupAttr(args[0], name.value) !== null);
  } catch (e) {
    if (e instanceof PyError && e.exc.cls.name === "AttributeError") return FALSE;
    throw e;
  }
});
/** callable(o): (bound methods, and staticmethod objects since 3.10, are callable too) */
function isCallable(o: PyObject): boolean {
  return o instanceof PyType || o instanceof PyBuiltin || o instanceof PyFunction || o instanceof PyMethod || o instanceof PyStaticMethod || o.getType().lookup("__call__") !== null;
}
def("callable", (args) => pyBool(isCallable(args[0])));
def("id", (args) => pyInt(objectId(args[0])));
def("hash", (args) => {
  argCount(args, "hash", 1, 1);
  return hashObject(args[0]);
});
// (called without arguments, these read the calling frame: the interpreter answers them, interp.ts frameBuiltin)
dictSetStr(BUILTINS, "globals", new PyBuiltin("globals", () => NONE, null, null, FRAME_BUILTIN));
dictSetStr(BUILTINS, "locals", new PyBuiltin("locals", () => NONE, null, null, FRAME_BUILTIN));
dictSetStr(BUILTINS, "dir", new PyBuiltin("dir", (args) => {
  // type(o).__dir__(o) (object's: dirOf), as a sorted list
  const m = args[0].getType().lookup("__dir__");
  if (m === null) return new PyList(dirOf(args[0]).map((n) => pyStr(n)));
  const items = iterate(callMethod(m, args[0], [], null));
  sortItems(items, NONE, false);
  return new PyList(items);
}, null, null, FRAME_BUILTIN));
dictSetStr(BUILTINS, "vars", new PyBuiltin("vars", (args) => {
  const d = lookupAttr(args[0], "__dict__");
  if (d === null) throw typeError("vars() argument must have __dict__ attribute");
  return d;
}, null, null, FRAME_BUILTIN));

// ---- iteration -----------------------------------------------------------------------------------------

def("iter", (args) => {
  if (args.length === 2) {
    if (!isCallable(args[0])) throw typeError("iter(v, w): v must be callable");
    return new PyCallIterator(args[0], args[1]);
  }
  argCount(args, "iter", 1, 2);
  return getIter(args[0]);
});
def("next", (args) => {
  argCount(args, "next", 1, 2);
  const it = args[0];
  if (it.getType().lookup("__next__") === null) throw typeError(`'${typeName(it)}' object is not an iterator`);
  const v = nextOrNull(it);
  if (v !== null) return v;
  if (args.length > 1) return args[1];
  throw stopIteration(it instanceof PyGenerator ? it.returnValue : NONE);
});
def("all", (args) => (anyTruth(args[0], false) ? FALSE : TRUE));
def("any", (args) => (anyTruth(args[0], true) ? TRUE : FALSE));
def("sorted", (args, kw) => {
  if (args.length !== 1) throw typeError(`sorted expected 1 argument, got ${args.length}`);
  const k = kwargs(kw, "sort", ["key", "reverse"]);
  const items = iterate(args[0]);
  sortItems(items, k.get("key") ?? NONE, truthy(k.get("reverse") ?? FALSE));
  return new PyList(items);
});

/** The lazy iterators of the builtins (enumerate, zip, map, filter, reversed). */
export const REVERSED_BUILTIN_TYPE = newBuiltinType("reversed", [OBJECT_TYPE]);

for (const t of [ENUMERATE_TYPE, ZIP_TYPE, MAP_TYPE, FILTER_TYPE]) {
  defMethod(t, "__iter__", (args) => args[0]);
  defMethod(t, "__next__", (args) => {
    const v = builtinIteratorNext(args[0]);
    if (v === null) throw stopIteration(NONE);
    return v;
  });
}
const staticNew = (t: PyType, fn: (args: PyObject[], kw: KwArgs | null) => PyObject): void => {
  t.dict.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", fn, null, null)));
};
staticNew(ENUMERATE_TYPE, (args, kw) => {
  const k = kwargs(kw, "enumerate", ["iterable", "start"]);
  const iterable = args.length > 1 ? args[1] : k.get("iterable");
  if (iterable === undefined) throw typeError("enumerate() missing required argument 'iterable' (pos 1)");
  const start = args.length > 2 ? args[2] : k.get("start") ?? pyInt(0);
  const it = getIter(iterable);
  return asInt(start) instanceof PyLong ? new PyEnumerate(it, 0, start) : new PyEnumerate(it, toIndex(start), null);
});
staticNew(ZIP_TYPE, (args, kw) => {
  if (kw !== null) kw.names.forEach((n) => {
    if (n !== "strict") throw typeError(`'${n}' is an invalid keyword argument for zip()`);
  });
  const k = kwargs(kw, "zip", ["strict"]);
  return new PyZip(args.slice(1).map((a) => getIter(a)), truthy(k.get("strict") ?? FALSE));
});
staticNew(MAP_TYPE, (args) => {
  if (args.length < 3) throw typeError("map() must have at least two arguments.");
  return new PyMap(args[1], args.slice(2).map((a) => getIter(a)));
});
staticNew(FILTER_TYPE, (args) => {
  if (args.length !== 3) throw typeError(`filter expected 2 arguments, got ${args.length - 1}`);
  return new PyFilter(args[1], getIter(args[2]));
});
staticNew(REVERSED_BUILTIN_TYPE, (args) => {
  if (args.length !== 2) throw typeError(`reversed expected 1 argument, got ${args.length - 1}`);
  const seq = args[1];
  if (seq instanceof PyList) return new PyReverseIterator(seq, seq.items.length - 1);
  // (__reversed__ = None: not reversible, as CPython says it)
  const r = seq.getType().lookup("__reversed__") === NONE ? null : callSpecial(seq, "__reversed__", []);
  if (r !== null) return r;
  if (seq.getType().lookup("__reversed__") === NONE) throw typeError(`'${typeName(seq)}' object is not reversible`);
  if (seq.getType().lookup("__getitem__") !== null && seq.getType().lookup("__len__") === null) throw typeError(`object of type '${typeName(seq)}' has no len()`);
  if (seq.getType().lookup("__getitem__") === null || seq.getType().lookup("__len__") === null)
    throw typeError(`'${typeName(seq)}' object is not reversible`);
  return new PyReversed(seq, len(seq) - 1);
});

/** reversed(seq) of a sequence with __len__ and __getitem__: items len-1 down to 0. */
export class PyReversed extends PyObject {
  constructor(
    readonly seq: PyObject,
    public index: number,
  ) {
    super();
  }
  getType(): PyType {
    return REVERSED_BUILTIN_TYPE;
  }
}
defMethod(REVERSED_BUILTIN_TYPE, "__iter__", (args) => args[0]);
defMethod(REVERSED_BUILTIN_TYPE, "__next__", (args) => {
  const r = args[0] as PyReversed;
  if (r.index < 0) throw stopIteration(NONE);
  return getItem(r.seq, pyInt(r.index--));
});

// ---- the rest ------------------------------------------------------------------------------------------

// open(): io.open, the file objects of lib/_files.py (io imported on first use: it imports _files)
def("open", (args, kw) => call(getAttr(importModule("io"), "open"), args, kw));
def("input", (args) => {
  if (args.length > 0) write(1, str(args[0]));
  const line = readLineOrNull();
  if (line === null) throw pyError(EOFError, "EOF when reading a line");
  return pyStr(line);
});
function readLineOrNull(): string | null {
  flush();
  return readLine();
}

// names of the builtins module
for (const [name, t] of [
  ["object", OBJECT_TYPE], ["type", TYPE_TYPE], ["int", INT_TYPE], ["bool", BOOL_TYPE], ["float", FLOAT_TYPE], ["str", STR_TYPE],
  ["list", LIST_TYPE], ["tuple", TUPLE_TYPE], ["dict", DICT_TYPE], ["set", SET_TYPE], ["frozenset", FROZENSET_TYPE], ["range", RANGE_TYPE],
  ["slice", SLICE_TYPE], ["property", PROPERTY_TYPE], ["staticmethod", STATICMETHOD_TYPE], ["classmethod", CLASSMETHOD_TYPE],
  ["super", SUPER_TYPE], ["enumerate", ENUMERATE_TYPE], ["zip", ZIP_TYPE], ["map", MAP_TYPE], ["filter", FILTER_TYPE],
  ["reversed", REVERSED_BUILTIN_TYPE], ["bytes", BYTES_TYPE], ["bytearray", BYTEARRAY_TYPE],
] as [string, PyType][]) dictSetStr(BUILTINS, name, t);
for (const t of BUILTIN_EXCEPTIONS) dictSetStr(BUILTINS, t.name, t);
dictSetStr(BUILTINS, "EnvironmentError", dictGetStr(BUILTINS, "OSError")!);
dictSetStr(BUILTINS, "IOError", dictGetStr(BUILTINS, "OSError")!);
dictSetStr(BUILTINS, "None", NONE);
dictSetStr(BUILTINS, "Ellipsis", ELLIPSIS);
dictSetStr(BUILTINS, "NotImplemented", NOT_IMPLEMENTED);
dictSetStr(BUILTINS, "True", TRUE);
dictSetStr(BUILTINS, "False", FALSE);
dictSetStr(BUILTINS, "__name__", pyStr("builtins"));
