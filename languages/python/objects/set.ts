// set and frozenset as Python types: their methods, operators, comparisons,
// repr, hash, constructors and iterator, registered in the type dicts at
// module level.  The table and the algorithms (CPython 3.11's, so orders
// match) are in set-table.ts and set-algebra.ts; this module re-exports
// what the interpreter uses (newSet, setAdd, setUpdate, setContains,
// setItems, setIteratorNext, ...).
//
// Subclass instances are PyInstances whose `builtin` is the PySet; the
// methods accept them as self (and as operands, as CPython's
// PyAnySet_Check does), and their results are plain sets or frozensets,
// as CPython's.
import { stopIteration, typeError } from "./exceptions.ts";
import { frozensetHashObject } from "./hashing.ts";
import {
  KwArgs, NONE, NOT_IMPLEMENTED, PyBuiltin, PyInstance, PyObject, PyStaticMethod, PyType, pyBool, pyInt, pyStr, type NativeFn,
} from "./model.ts";
import { defMethod, repr, typeName } from "./ops.ts";
import { FROZENSET_TYPE, PySet, PySetIterator, SET_ITERATOR_TYPE, SET_TYPE, asSet } from "./set-object.ts";
import {
  makeSet, setAdd, setClear, setContains, setCopy, setDiscard, setItems, setIteratorNext, setPop, setRemove, setUpdate,
} from "./set-table.ts";
import {
  setDifference, setDifferenceMulti, setDifferenceUpdate, setEquals, setIntersection, setIntersectionMulti, setIntersectionUpdate,
  setIsDisjoint, setIsSubset, setIsSuperset, setOr, setSymmetricDifference, setSymmetricDifferenceUpdate, setUnion,
} from "./set-algebra.ts";

export { FROZENSET_TYPE, PySet, PySetIterator, SET_ITERATOR_TYPE, SET_TYPE, asSet } from "./set-object.ts";
export {
  ItemStream, frozensetHash, makeSet, newSet, nextSlot, setAdd, setClear, setContains, setContainsKey, setCopy, setDiscard, setDiscardKey,
  setItems, setItems as setIterate, setIteratorNext, setLen, setPop, setRemove, setUpdate,
} from "./set-table.ts";
export {
  setDifference, setDifferenceMulti, setDifferenceUpdate, setEquals, setIntersection, setIntersectionMulti, setIntersectionUpdate,
  setIsDisjoint, setIsSubset, setIsSuperset, setOr, setSymmetricDifference, setSymmetricDifferenceUpdate, setUnion,
} from "./set-algebra.ts";

// ---- repr ---------------------------------------------------------------------------------------------

/** The sets whose repr is being made (a set reached again while making its own repr prints as `set(...)`). */
const reprActive: PySet[] = [];

/** repr of a set or frozenset: `{1, 2}`, `set()`, `frozenset({1, 2})`, `frozenset()`, and a subclass's name around the braces. */
export function setRepr(self: PyObject): string {
  const s = asSet(self)!;
  const name = typeName(self);
  if (reprActive.includes(s)) return `${name}(...)`;
  if (s.used === 0) return `${name}()`;
  reprActive.push(s);
  try {
    const body = "{" + setItems(s).map((k) => repr(k)).join(", ") + "}";
    return self instanceof PySet && !s.frozen ? body : `${name}(${body})`;
  } finally {
    reprActive.pop();
  }
}

// ---- argument checks -----------------------------------------------------------------------------------

/** self (args[0]) as a set (frozen false) or frozenset (frozen true), as the method descriptor `name` of that type requires. */
function selfOf(args: PyObject[], name: string, frozen: boolean): PySet {
  const tn = frozen ? "frozenset" : "set";
  if (args.length === 0) throw typeError(`unbound method ${tn}.${name}() needs an argument`);
  const s = asSet(args[0]);
  if (s !== null && s.frozen === frozen) return s;
  throw typeError(`descriptor '${name}' for '${tn}' objects doesn't apply to a '${typeName(args[0])}' object`);
}

function noKeywords(kw: KwArgs | null, tn: string, name: string): void {
  if (kw !== null && kw.names.length > 0) throw typeError(`${tn}.${name}() takes no keyword arguments`);
}

/** The one argument of a METH_O method. */
function oneArg(args: PyObject[], kw: KwArgs | null, tn: string, name: string): PyObject {
  noKeywords(kw, tn, name);
  if (args.length !== 2) throw typeError(`${tn}.${name}() takes exactly one argument (${args.length - 1} given)`);
  return args[1];
}

/** A METH_NOARGS method's check. */
function noArgs(args: PyObject[], kw: KwArgs | null, tn: string, name: string): void {
  noKeywords(kw, tn, name);
  if (args.length !== 1) throw typeError(`${tn}.${name}() takes no arguments (${args.length - 1} given)`);
}

/** The positional arguments of a METH_VARARGS method. */
function restArgs(args: PyObject[], kw: KwArgs | null, tn: string, name: string): PyObject[] {
  noKeywords(kw, tn, name);
  return args.slice(1);
}

/** The operand of a slot wrapper (`__or__`, `__eq__`, ...). */
function operand(args: PyObject[]): PyObject {
  if (args.length !== 2) throw typeError(`expected 1 argument, got ${args.length - 1}`);
  return args[1];
}

function noOperand(args: PyObject[]): void {
  if (args.length !== 1) throw typeError(`expected 0 arguments, got ${args.length - 1}`);
}

// ---- the shared methods (set and frozenset) -------------------------------------------------------------

function opOr(a: PyObject, b: PyObject): PyObject {
  const sa = asSet(a);
  const sb = asSet(b);
  if (sa === null || sb === null) return NOT_IMPLEMENTED;
  return setOr(sa, sb);
}

function opAnd(a: PyObject, b: PyObject): PyObject {
  const sa = asSet(a);
  if (sa === null || asSet(b) === null) return NOT_IMPLEMENTED;
  return setIntersection(sa, b);
}

function opSub(a: PyObject, b: PyObject): PyObject {
  const sa = asSet(a);
  if (sa === null || asSet(b) === null) return NOT_IMPLEMENTED;
  return setDifference(sa, b);
}

function opXor(a: PyObject, b: PyObject): PyObject {
  const sa = asSet(a);
  if (sa === null || asSet(b) === null) return NOT_IMPLEMENTED;
  return setSymmetricDifference(sa, b);
}

/** The rich comparisons (set_richcompare): NotImplemented unless both are sets. */
function compare(s: PySet, other: PyObject, op: string): PyObject {
  const o = asSet(other);
  if (o === null) return NOT_IMPLEMENTED;
  switch (op) {
    case "==":
      return pyBool(setEquals(s, o));
    case "!=":
      return pyBool(!setEquals(s, o));
    case "<=":
      return pyBool(setIsSubset(s, o));
    case ">=":
      return pyBool(setIsSubset(o, s));
    case "<":
      return pyBool(s.used < o.used && setIsSubset(s, o));
    default:
      return pyBool(s.used > o.used && setIsSubset(o, s));
  }
}

function copyOf(self: PyObject, s: PySet): PyObject {
  // frozenset.copy() of an exact frozenset is the frozenset itself
  if (s.frozen && self instanceof PySet) return self;
  return setCopy(s);
}

// Each shared method once, for set (frozen false) and frozenset (frozen true).
function mLen(a: PyObject[], frozen: boolean): PyObject {
  const s = selfOf(a, "__len__", frozen);
  noOperand(a);
  return pyInt(s.used);
}
function mContains(a: PyObject[], frozen: boolean): PyObject {
  return pyBool(setContains(selfOf(a, "__contains__", frozen), operand(a)));
}
function mIter(a: PyObject[], frozen: boolean): PyObject {
  const s = selfOf(a, "__iter__", frozen);
  noOperand(a);
  return new PySetIterator(s);
}
function mRepr(a: PyObject[], frozen: boolean): PyObject {
  selfOf(a, "__repr__", frozen);
  return pyStr(setRepr(a[0]));
}
function mCompare(a: PyObject[], frozen: boolean, name: string, op: string): PyObject {
  return compare(selfOf(a, name, frozen), operand(a), op);
}
/** `__or__` and its kin: op(self, other), or op(other, self) for the reflected ones. */
function mBinary(a: PyObject[], frozen: boolean, name: string, op: (x: PyObject, y: PyObject) => PyObject, reflected: boolean): PyObject {
  selfOf(a, name, frozen);
  const other = operand(a);
  return reflected ? op(other, a[0]) : op(a[0], other);
}
function mCopy(a: PyObject[], kw: KwArgs | null, frozen: boolean): PyObject {
  const s = selfOf(a, "copy", frozen);
  noArgs(a, kw, frozen ? "frozenset" : "set", "copy");
  return copyOf(a[0], s);
}
function mUnion(a: PyObject[], kw: KwArgs | null, frozen: boolean): PyObject {
  return setUnion(selfOf(a, "union", frozen), restArgs(a, kw, frozen ? "frozenset" : "set", "union"));
}
function mIntersection(a: PyObject[], kw: KwArgs | null, frozen: boolean): PyObject {
  return setIntersectionMulti(selfOf(a, "intersection", frozen), restArgs(a, kw, frozen ? "frozenset" : "set", "intersection"));
}
function mDifference(a: PyObject[], kw: KwArgs | null, frozen: boolean): PyObject {
  return setDifferenceMulti(selfOf(a, "difference", frozen), restArgs(a, kw, frozen ? "frozenset" : "set", "difference"));
}
function mSymmetricDifference(a: PyObject[], kw: KwArgs | null, frozen: boolean): PyObject {
  const s = selfOf(a, "symmetric_difference", frozen);
  return setSymmetricDifference(s, oneArg(a, kw, frozen ? "frozenset" : "set", "symmetric_difference"));
}
function mIsSubset(a: PyObject[], kw: KwArgs | null, frozen: boolean): PyObject {
  const s = selfOf(a, "issubset", frozen);
  return pyBool(setIsSubset(s, oneArg(a, kw, frozen ? "frozenset" : "set", "issubset")));
}
function mIsSuperset(a: PyObject[], kw: KwArgs | null, frozen: boolean): PyObject {
  const s = selfOf(a, "issuperset", frozen);
  return pyBool(setIsSuperset(s, oneArg(a, kw, frozen ? "frozenset" : "set", "issuperset")));
}
function mIsDisjoint(a: PyObject[], kw: KwArgs | null, frozen: boolean): PyObject {
  const s = selfOf(a, "isdisjoint", frozen);
  return pyBool(setIsDisjoint(s, oneArg(a, kw, frozen ? "frozenset" : "set", "isdisjoint")));
}

defMethod(SET_TYPE, "__len__", (a) => mLen(a, false));
defMethod(SET_TYPE, "__contains__", (a) => mContains(a, false));
defMethod(SET_TYPE, "__iter__", (a) => mIter(a, false));
defMethod(SET_TYPE, "__repr__", (a) => mRepr(a, false));
defMethod(SET_TYPE, "__eq__", (a) => mCompare(a, false, "__eq__", "=="));
defMethod(SET_TYPE, "__ne__", (a) => mCompare(a, false, "__ne__", "!="));
defMethod(SET_TYPE, "__le__", (a) => mCompare(a, false, "__le__", "<="));
defMethod(SET_TYPE, "__ge__", (a) => mCompare(a, false, "__ge__", ">="));
defMethod(SET_TYPE, "__lt__", (a) => mCompare(a, false, "__lt__", "<"));
defMethod(SET_TYPE, "__gt__", (a) => mCompare(a, false, "__gt__", ">"));
defMethod(SET_TYPE, "__or__", (a) => mBinary(a, false, "__or__", opOr, false));
defMethod(SET_TYPE, "__and__", (a) => mBinary(a, false, "__and__", opAnd, false));
defMethod(SET_TYPE, "__sub__", (a) => mBinary(a, false, "__sub__", opSub, false));
defMethod(SET_TYPE, "__xor__", (a) => mBinary(a, false, "__xor__", opXor, false));
defMethod(SET_TYPE, "__ror__", (a) => mBinary(a, false, "__ror__", opOr, true));
defMethod(SET_TYPE, "__rand__", (a) => mBinary(a, false, "__rand__", opAnd, true));
defMethod(SET_TYPE, "__rsub__", (a) => mBinary(a, false, "__rsub__", opSub, true));
defMethod(SET_TYPE, "__rxor__", (a) => mBinary(a, false, "__rxor__", opXor, true));
defMethod(SET_TYPE, "copy", (a, kw) => mCopy(a, kw, false));
defMethod(SET_TYPE, "union", (a, kw) => mUnion(a, kw, false));
defMethod(SET_TYPE, "intersection", (a, kw) => mIntersection(a, kw, false));
defMethod(SET_TYPE, "difference", (a, kw) => mDifference(a, kw, false));
defMethod(SET_TYPE, "symmetric_difference", (a, kw) => mSymmetricDifference(a, kw, false));
defMethod(SET_TYPE, "issubset", (a, kw) => mIsSubset(a, kw, false));
defMethod(SET_TYPE, "issuperset", (a, kw) => mIsSuperset(a, kw, false));
defMethod(SET_TYPE, "isdisjoint", (a, kw) => mIsDisjoint(a, kw, false));

defMethod(FROZENSET_TYPE, "__len__", (a) => mLen(a, true));
defMethod(FROZENSET_TYPE, "__contains__", (a) => mContains(a, true));
defMethod(FROZENSET_TYPE, "__iter__", (a) => mIter(a, true));
defMethod(FROZENSET_TYPE, "__repr__", (a) => mRepr(a, true));
defMethod(FROZENSET_TYPE, "__eq__", (a) => mCompare(a, true, "__eq__", "=="));
defMethod(FROZENSET_TYPE, "__ne__", (a) => mCompare(a, true, "__ne__", "!="));
defMethod(FROZENSET_TYPE, "__le__", (a) => mCompare(a, true, "__le__", "<="));
defMethod(FROZENSET_TYPE, "__ge__", (a) => mCompare(a, true, "__ge__", ">="));
defMethod(FROZENSET_TYPE, "__lt__", (a) => mCompare(a, true, "__lt__", "<"));
defMethod(FROZENSET_TYPE, "__gt__", (a) => mCompare(a, true, "__gt__", ">"));
defMethod(FROZENSET_TYPE, "__or__", (a) => mBinary(a, true, "__or__", opOr, false));
defMethod(FROZENSET_TYPE, "__and__", (a) => mBinary(a, true, "__and__", opAnd, false));
defMethod(FROZENSET_TYPE, "__sub__", (a) => mBinary(a, true, "__sub__", opSub, false));
defMethod(FROZENSET_TYPE, "__xor__", (a) => mBinary(a, true, "__xor__", opXor, false));
defMethod(FROZENSET_TYPE, "__ror__", (a) => mBinary(a, true, "__ror__", opOr, true));
defMethod(FROZENSET_TYPE, "__rand__", (a) => mBinary(a, true, "__rand__", opAnd, true));
defMethod(FROZENSET_TYPE, "__rsub__", (a) => mBinary(a, true, "__rsub__", opSub, true));
defMethod(FROZENSET_TYPE, "__rxor__", (a) => mBinary(a, true, "__rxor__", opXor, true));
defMethod(FROZENSET_TYPE, "copy", (a, kw) => mCopy(a, kw, true));
defMethod(FROZENSET_TYPE, "union", (a, kw) => mUnion(a, kw, true));
defMethod(FROZENSET_TYPE, "intersection", (a, kw) => mIntersection(a, kw, true));
defMethod(FROZENSET_TYPE, "difference", (a, kw) => mDifference(a, kw, true));
defMethod(FROZENSET_TYPE, "symmetric_difference", (a, kw) => mSymmetricDifference(a, kw, true));
defMethod(FROZENSET_TYPE, "issubset", (a, kw) => mIsSubset(a, kw, true));
defMethod(FROZENSET_TYPE, "issuperset", (a, kw) => mIsSuperset(a, kw, true));
defMethod(FROZENSET_TYPE, "isdisjoint", (a, kw) => mIsDisjoint(a, kw, true));

// ---- set only: the mutating methods ------------------------------------------------------------------

defMethod(SET_TYPE, "add", (a, kw) => {
  const s = selfOf(a, "add", false);
  setAdd(s, oneArg(a, kw, "set", "add"));
  return NONE;
});
defMethod(SET_TYPE, "discard", (a, kw) => {
  const s = selfOf(a, "discard", false);
  setDiscard(s, oneArg(a, kw, "set", "discard"));
  return NONE;
});
defMethod(SET_TYPE, "remove", (a, kw) => {
  const s = selfOf(a, "remove", false);
  setRemove(s, oneArg(a, kw, "set", "remove"));
  return NONE;
});
defMethod(SET_TYPE, "pop", (a, kw) => {
  const s = selfOf(a, "pop", false);
  noArgs(a, kw, "set", "pop");
  return setPop(s);
});
defMethod(SET_TYPE, "clear", (a, kw) => {
  const s = selfOf(a, "clear", false);
  noArgs(a, kw, "set", "clear");
  setClear(s);
  return NONE;
});
defMethod(SET_TYPE, "update", (a, kw) => {
  const s = selfOf(a, "update", false);
  for (const o of restArgs(a, kw, "set", "update")) setUpdate(s, o);
  return NONE;
});
defMethod(SET_TYPE, "intersection_update", (a, kw) => {
  const s = selfOf(a, "intersection_update", false);
  setIntersectionUpdate(s, restArgs(a, kw, "set", "intersection_update"));
  return NONE;
});
defMethod(SET_TYPE, "difference_update", (a, kw) => {
  const s = selfOf(a, "difference_update", false);
  for (const o of restArgs(a, kw, "set", "difference_update")) setDifferenceUpdate(s, o);
  return NONE;
});
defMethod(SET_TYPE, "symmetric_difference_update", (a, kw) => {
  const s = selfOf(a, "symmetric_difference_update", false);
  setSymmetricDifferenceUpdate(s, oneArg(a, kw, "set", "symmetric_difference_update"));
  return NONE;
});
defMethod(SET_TYPE, "__ior__", (a) => {
  const s = selfOf(a, "__ior__", false);
  const o = operand(a);
  if (asSet(o) === null) return NOT_IMPLEMENTED;
  setUpdate(s, o);
  return a[0];
});
defMethod(SET_TYPE, "__iand__", (a) => {
  const s = selfOf(a, "__iand__", false);
  const o = operand(a);
  if (asSet(o) === null) return NOT_IMPLEMENTED;
  setIntersectionUpdate(s, [o]);
  return a[0];
});
defMethod(SET_TYPE, "__isub__", (a) => {
  const s = selfOf(a, "__isub__", false);
  const o = operand(a);
  if (asSet(o) === null) return NOT_IMPLEMENTED;
  setDifferenceUpdate(s, o);
  return a[0];
});
defMethod(SET_TYPE, "__ixor__", (a) => {
  const s = selfOf(a, "__ixor__", false);
  const o = operand(a);
  if (asSet(o) === null) return NOT_IMPLEMENTED;
  setSymmetricDifferenceUpdate(s, o);
  return a[0];
});

// ---- hash -------------------------------------------------------------------------------------------------

SET_TYPE.dict.set("__hash__", NONE);
defMethod(FROZENSET_TYPE, "__hash__", (a) => frozensetHashObject(a[0]));

// ---- construction ----------------------------------------------------------------------------------------

/** The class argument of `__new__`, checked to be `base` or a subclass of it. */
function newClass(args: PyObject[], base: PyType): PyType {
  if (args.length === 0) throw typeError(`${base.name}.__new__(): not enough arguments`);
  const cls = args[0];
  if (!(cls instanceof PyType)) throw typeError(`${base.name}.__new__(X): X is not a type object (${typeName(cls)})`);
  if (!cls.isSubtypeOf(base)) throw typeError(`${base.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${base.name}`);
  return cls;
}

/** An instance of `cls` (set, frozenset or a subclass) holding `s`. */
function instanceOf(cls: PyType, base: PyType, s: PySet): PyObject {
  if (cls === base) return s;
  const inst = new PyInstance(cls);
  inst.builtin = s;
  return inst;
}

/** set.__new__(cls, *args): an empty set (set.__init__ fills it). */
const setNew: NativeFn = (args) => instanceOf(newClass(args, SET_TYPE), SET_TYPE, new PySet(false));

/** frozenset.__new__(cls, iterable=()): the frozenset of the items; frozenset(f) of an exact frozenset is f. */
const frozensetNew: NativeFn = (args, kw) => {
  const cls = newClass(args, FROZENSET_TYPE);
  if (cls === FROZENSET_TYPE && kw !== null && kw.names.length > 0) throw typeError("frozenset() takes no keyword arguments");
  if (args.length > 2) throw typeError(`${cls.name} expected at most 1 argument, got ${args.length - 1}`);
  const iterable = args.length > 1 ? args[1] : null;
  if (cls === FROZENSET_TYPE && iterable instanceof PySet && iterable.frozen) return iterable;
  return instanceOf(cls, FROZENSET_TYPE, makeSet(true, iterable));
};

SET_TYPE.dict.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", setNew, SET_TYPE, null)));
FROZENSET_TYPE.dict.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", frozensetNew, FROZENSET_TYPE, null)));

/** set.__init__(self, iterable=()): empties the set, then adds the items. */
defMethod(SET_TYPE, "__init__", (a, kw) => {
  const s = selfOf(a, "__init__", false);
  if (kw !== null && kw.names.length > 0) throw typeError("set() takes no keyword arguments");
  if (a.length > 2) throw typeError(`${typeName(a[0])} expected at most 1 argument, got ${a.length - 1}`);
  if (s.fill > 0) setClear(s);
  s.hashValid = false;
  if (a.length > 1) setUpdate(s, a[1]);
  return NONE;
});

// ---- the iterator -----------------------------------------------------------------------------------------

function iteratorSelf(args: PyObject[], name: string): PySetIterator {
  const it = args.length > 0 ? args[0] : NONE;
  if (it instanceof PySetIterator) return it;
  throw typeError(`descriptor '${name}' for 'set_iterator' objects doesn't apply to a '${typeName(it)}' object`);
}

defMethod(SET_ITERATOR_TYPE, "__iter__", (a) => iteratorSelf(a, "__iter__"));
defMethod(SET_ITERATOR_TYPE, "__next__", (a) => {
  const v = setIteratorNext(iteratorSelf(a, "__next__"));
  if (v === null) throw stopIteration(NONE);
  return v;
});
defMethod(SET_ITERATOR_TYPE, "__length_hint__", (a) => {
  const it = iteratorSelf(a, "__length_hint__");
  return pyInt(it.set !== null && it.used === it.set.used ? it.remaining : 0);
});
