// Annotation rules: one per high-level operation, dispatching on the
// annotations of the arguments (RPython's binaryop.py / unaryop.py).
import { Constant, type SpaceOperation, type Value } from "../flow/model.ts";
import { BuiltinDesc, ClassDesc, FunctionDesc, GlobalDesc, boxKindOfClass, isBoxClass, givenArgs, REST_METHOD, type BoxKind, type KeyKind } from "../flow/descriptors.ts";
import { M, OPERATOR_TEXT } from "../diagnostics/messages.ts";
import type { Annotator } from "./annotator.ts";
import type { ShapeTest } from "../frontend/records.ts";
import { ITERATOR_METHOD, RESUME } from "../frontend/generators.ts";
import { isGeneric, isGenericClosure, specializesPerCallSite } from "./signatures.ts";
import { arithmetic, constNumber, negation } from "./numbers.ts";
import {
  MapDef, SomeFunction, SomeNone, boxKindOf, SomeImpossible, SomeInstance, SomeJitDriver, SomeMapIter, SomeList, SomeMap, SomeStr, SomeTyped, SomeValue, isNumeric, nonNull, s_bool, s_float, s_impossible, s_int, s_none, s_nonneg, s_str, s_undef,
  type TypedKind,
} from "./model.ts";
import { builtinCall, callMethod, lookInsideIffPredicate, mapMethod, requireNumeric, usePow } from "./calls.ts";

type Rule = (an: Annotator, op: SpaceOperation, args: SomeValue[]) => SomeValue;

/**
 * An index is an int, or any number: a float (a number parsed at run time,
 * an integral product) is converted with a check, and one that is not an
 * integer stops the program where Node would read undefined.
 */
function requireIndex(an: Annotator, i: SomeValue): void {
  if (i.kind === "int" || i.kind === "float") return;
  an.fail(M.badOperands, "[]", `an index of type ${i.describe()}`);
}


/** simple_call passes the receiver first to methods and constructors (super calls). */
function selfArgs(fn: FunctionDesc): number {
  return fn.kind === "function" ? 0 : 1;
}

function constOf(v: Value): unknown {
  return v instanceof Constant ? v.value : undefined;
}

const arith = (name: string): Rule => (an, op, [a, b]) => {
  requireNumeric(an, name, a, b);
  if (an.machineInts && a.kind === "int" && b.kind === "int" && op.opname !== "div") return s_int;
  if (op.opname === "mod" && a.kind === "int" && b.kind === "int" && constNumber(op.args[1]) === 0) an.failNow(M.moduloByZero);
  if (op.opname === "pow") usePow(an);
  return arithmetic(op.opname, a, b, constNumber(op.args[0]), constNumber(op.args[1]));
};


const int32op: Rule = (an, op, [a, b]) => {
  requireNumeric(an, OPERATOR_TEXT[op.opname] ?? op.opname, a, b);
  const kb = constNumber(op.args[1]);
  const ka = constNumber(op.args[0]);
  const smallMask = (k: number | undefined): boolean => k !== undefined && k >= 0 && k < 2 ** 31;
  // x >>> n is a uint32; x & m with 0 <= m < 2^31 cannot be negative
  if (op.opname === "urshift" || (op.opname === "and" && (smallMask(ka) || smallMask(kb)))) return s_nonneg;
  return s_int;
};

const compare: Rule = (an, op, [a, b]) => {
  if (!((isNumeric(a) && isNumeric(b)) || (a.kind === "str" && b.kind === "str"))) an.fail(M.badOperands, OPERATOR_TEXT[op.opname] ?? op.opname, `${a.describe()} and ${b.describe()}`);
  return s_bool;
};

/** A tuple or record: its fields get the values in field order. */
function newObject(an: Annotator, op: SpaceOperation, args: SomeValue[]): SomeValue {
  const cls = constOf(op.args[0]) as ClassDesc;
  an.usedClasses.add(cls);
  const fields = [...cls.fields.values()];
  args.slice(1).forEach((a, i) => an.generalizeField(fields[i], a));
  return new SomeInstance(cls, false);
}

const RULES: Record<string, Rule> = {
  add: (an, op, [a, b]) => {
    if (a.kind === "str" || b.kind === "str") return s_str;
    return arith("+")(an, op, [a, b]);
  },
  sub: arith("-"),
  mul: arith("*"),
  mod: arith("%"),
  div: arith("/"),
  pow: arith("**"),
  and: int32op,
  or: int32op,
  xor: int32op,
  lshift: int32op,
  rshift: int32op,
  urshift: int32op,
  invert: (an, _op, [a]) => {
    requireNumeric(an, "~", a);
    return s_int;
  },
  neg: (an, op, [a]) => {
    requireNumeric(an, "-", a);
    if (an.machineInts && a.kind === "int") return s_int;
    return negation(a, constNumber(op.args[0]));
  },
  pos: (an, _op, [a]) => {
    requireNumeric(an, "+", a);
    return a.withFlags(false, false); // the rtyper checks that the operand is a number
  },
  lt: compare,
  le: compare,
  gt: compare,
  ge: compare,
  eq: () => s_bool,
  ne: () => s_bool,
  not: () => s_bool,
  typeof: () => s_str,
  is_kind: () => s_bool,
  // a value typed only as Iterable<T>, iterated: a generator over it (rts/rlib/iteration), or the generator it is
  iter_generator: (an, op, [x]) => {
    if (x instanceof SomeInstance && [...x.roots()].every((c) => c.lookupMethod(RESUME))) return x;
    if (x instanceof SomeFunction) {
      // what an Iterable<T> parameter was passed (iterable_of): a fresh generator from it
      op.opname = "call_value";
      return RULES.call_value(an, op, [x]);
    }
    if (x instanceof SomeInstance && [...x.roots()].every((c) => c.lookupMethod(ITERATOR_METHOD))) {
      // an iterable object (an array passed as an Iterable<T>, a user class): a fresh generator from its [Symbol.iterator]()
      op.opname = "call_method";
      op.args = [op.args[0], new Constant(ITERATOR_METHOD)];
      return RULES.call_method(an, op, [x, s_none]);
    }
    return iterationHelper(an, op, x, { list: "arrayItemsOf", str: "stringItemsOf", set: "setValuesOf", map: "mapEntriesOf" });
  },
  // an array, string, Set or Map passed to an Iterable<T> parameter: an object that iterates it (rts/rlib/iteration); iterables as they are
  iterable_of: (an, op, [x]) => {
    if (x instanceof SomeFunction) return x;
    const all = (name: string): boolean => x instanceof SomeInstance && [...x.roots()].every((c) => c.lookupMethod(name));
    const other = all(RESUME) ? "generatorIterable" : all(ITERATOR_METHOD) ? "objectIterable" : null;
    return iterationHelper(an, op, x, { list: "arrayIterable", str: "stringIterable", set: "setIterable", map: "mapIterable" }, other);
  },
  // JSON.stringify(x): undefined for undefined and functions, as in JavaScript
  json_stringify: (_an, _op, [a]) => (a.undef || a.kind === "none" || a instanceof SomeFunction ? s_str.withFlags(false, true) : s_str),
  // TypeScript narrowed a value union to one primitive type (`typeof v === "number"`, or `string | null`
  // when the third argument says null and undefined stay): the boxed value
  unbox: (an, op, [a]) => {
    const kind = constOf(op.args[1]) as BoxKind;
    const keepNullish = constOf(op.args[2]) === true;
    if (a.kind === "none") return keepNullish ? a : s_impossible; // (waits for a more general input)
    const flags = (x: SomeValue): SomeValue => (keepNullish ? x.withFlags(a.nullable, a.undef) : nonNull(x));
    if (a instanceof SomeInstance) {
      const box = an.fe.valueBoxClass(kind);
      if (![...a.roots()].some((c) => box.isSubclassOf(c))) return keepNullish && a.maybeNullish ? new SomeNone(a.nullable, a.undef) : s_impossible; // no such value ever reaches here
      return flags(an.readField(box.fields.get("value")!));
    }
    // (a value the annotator knows is of another kind: the branch never runs, `typeof v === "string"` where v is only ever an array)
    if (boxKindOf(a) !== kind) return keepNullish && a.maybeNullish ? new SomeNone(a.nullable, a.undef) : s_impossible;
    return flags(a);
  },
  bool: () => s_bool,
  nullish: () => s_bool,
  isinstance: () => s_bool,
  str: (an, op, [a]) => {
    if (a instanceof SomeInstance && a.maybeNullish) {
      // String(x) of an object that may be null: "null", "undefined", or its toString() (rts/rlib/builtins)
      op.opname = "simple_call";
      op.args = [new Constant(an.fe.arrayHelper("objectToString", "rts/rlib/builtins")), op.args[0]];
      return RULES.simple_call(an, op, [an.annotation(op.args[0]), a]);
    }
    if (a instanceof SomeInstance) {
      // String(obj), `${obj}`: its toString() (an inherited one where the class has none)
      an.methods.inherited(a, "toString");
      op.opname = "call_method";
      op.args = [op.args[0], new Constant("toString")];
      return callMethod(an, op, a, "toString", []);
    }
    if (a instanceof SomeMap) {
      // String(m): "[object Map]", "[object Set]", "[object Object]" ("null"/"undefined" where it may be those)
      op.opname = "simple_call";
      op.args = [new Constant(an.fe.arrayHelper("taggedToString", "rts/rlib/values")), op.args[0], new Constant(a.def.isSet ? "Set" : a.def.dict ? "Object" : "Map")];
      return RULES.simple_call(an, op, [an.annotation(op.args[0]), a, s_str]);
    }
    if (!["int", "float", "bool", "str", "none"].includes(a.kind)) an.fail(M.badOperands, "String()", a.describe());
    return s_str;
  },
  // nonnull(null) cannot produce a value (yet): the block waits for a more general input
  nonnull: (_an, _op, [a]) => (a.kind === "none" ? s_impossible : nonNull(a)),
  downcast: (an, op, [a]) => {
    const cls = constOf(op.args[1]) as ClassDesc;
    an.usedClasses.add(cls);
    if (a.kind === "none") return new SomeInstance(cls, false);
    if (!(a instanceof SomeInstance)) an.fail(M.badOperands, `cast to ${cls.name}`, a.describe());
    return new SomeInstance(cls, false);
  },
  checkexc: (an, _op, [a]) => {
    const err = an.fe.builtinClasses.get("Error")!;
    if (!(a instanceof SomeInstance) || !a.cls.isSubclassOf(err)) an.fail(M.throwNonError);
    return s_none;
  },
  getglobal: (an, op) => an.readGlobal(constOf(op.args[0]) as GlobalDesc),
  setglobal: (an, op, [, v]) => {
    an.generalizeGlobal(constOf(op.args[0]) as GlobalDesc, v);
    return s_none;
  },
  simple_call: (an, op, args) => {
    let fn = constOf(op.args[0]) as FunctionDesc;
    if (isGeneric(fn)) {
      // this call site now calls the copy specialized for its arguments (and for itself, where the helper asks)
      fn = an.specialize(fn, args.slice(1), specializesPerCallSite(fn) ? op : undefined);
      op.args[0] = new Constant(fn);
    }
    const callee = an.helperCallee(fn, args.slice(1));
    if (callee !== fn) op.args[0] = new Constant((fn = callee));
    const result = an.call(fn, args.slice(1), givenArgs(op.args.slice(1 + selfArgs(fn))));
    lookInsideIffPredicate(an, fn, args.slice(1));
    return result;
  },
  newinstance: (an, op, args) => {
    const cls = constOf(op.args[0]) as ClassDesc;
    an.usedClasses.add(cls);
    const self = new SomeInstance(cls, false);
    an.call(an.fe.constructorOf(cls), [self, ...args.slice(1)], givenArgs(op.args.slice(1)));
    return self;
  },
  newlist: (an, op, items) => {
    const l = new SomeList(an.siteListDef(op), false);
    for (const it of items) an.generalizeList(l, it);
    return new SomeList(l.def, false);
  },
  newfilled: (an, op, [n, x]) => {
    requireIndex(an, n);
    const l = new SomeList(an.siteListDef(op), false);
    an.generalizeList(l, x);
    return new SomeList(l.def, false);
  },
  newtyped: (an, op, [, n]) => {
    requireIndex(an, n);
    return new SomeTyped(constOf(op.args[0]) as TypedKind, false);
  },
  newmap: (an, op) => {
    let def = an.siteDefs.get(op) as MapDef | undefined;
    if (!def) {
      def = new MapDef(constOf(op.args[0]) === "set", constOf(op.args[1]) as KeyKind | null);
      def.dict = op.args[2] !== undefined && constOf(op.args[2]) === "dict";
      an.siteDefs.set(op, def);
    }
    return new SomeMap(def, false);
  },
  getitem_opt: (an, op, args) => {
    // past the end: undefined (the only value a never-filled array gives)
    const item = RULES.getitem(an, op, args);
    return item.kind === "impossible" ? s_undef : item.withFlags(item.nullable, true);
  },
  getitem: (an, _op, [c, i]) => {
    requireIndex(an, i);
    if (c instanceof SomeList) return an.readList(c);
    if (c instanceof SomeTyped) return c.elem === "f64" ? s_float : c.elem === "u8" ? s_nonneg : s_int;
    if (c.kind === "str") return s_str;
    return an.fail(M.badOperands, "[]", c.describe());
  },
  setitem: (an, _op, [c, i, v]) => {
    requireIndex(an, i);
    if (c instanceof SomeList) an.generalizeList(c, v);
    else if (c instanceof SomeTyped) requireNumeric(an, "typed array store", v);
    else an.fail(M.badOperands, "[]=", c.describe());
    return s_none;
  },
  getattr: (an, op, [obj]) => {
    const name = constOf(op.args[1]) as string;
    // `v.size` of a value union narrowed to `Map | Set`: boxes have no such property (narrow to one kind)
    if (obj instanceof SomeInstance && name !== "value" && [...obj.roots()].some(isBoxClass)) an.fail(M.badOperands, `.${name}`, obj.describe());
    if (obj instanceof SomeInstance && isVirtualField(obj, name)) {
      // through an interface: a call of each class's accessor from now on
      const accessor = an.methods.accessor(obj, name, "get");
      viaAccessor(op, accessor);
      return callMethod(an, op, obj, accessor, []);
    }
    return getattr(an, obj, name);
  },
  setattr: (an, op, [obj, , v]) => {
    const name = constOf(op.args[1]) as string;
    if (!(obj instanceof SomeInstance)) return an.fail(M.badAssignTarget, `${obj.describe()}.${name}`);
    if (isVirtualField(obj, name)) {
      const accessor = an.methods.accessor(obj, name, "set");
      viaAccessor(op, accessor);
      callMethod(an, op, obj, accessor, [v]);
      return s_none;
    }
    const f = an.fieldFor(obj.cls, name);
    if (!f) return an.fail(M.unknownAttribute, obj.cls.name, name);
    an.generalizeField(f, v);
    return s_none;
  },
  call_method: (an, op, args) => {
    const name = constOf(op.args[1]) as string;
    // a getattr/setattr rewritten to an accessor call: classes that joined the receiver since need theirs too
    const acc = /^(get|set)\$(.+)$/.exec(name);
    if (acc && args[0] instanceof SomeInstance && args[0].possible) an.methods.accessor(args[0], acc[2], acc[1] as "get" | "set");
    if ((name === "$className" || name === "$keys" || name === "$values" || name.startsWith(REST_METHOD) || (name === "toString" && args.length === 2)) && args[0] instanceof SomeInstance) an.methods.inherited(args[0], name);
    const recv = args[0];
    if (recv instanceof SomeInstance && !recv.possible && !recv.cls.lookupMethod(name) && an.fieldFor(recv.cls, name)) {
      // `o.call(args)` of an interface method that an object literal implements with a function property
      op.opname = "call_field";
      return RULES.call_field(an, op, args);
    }
    return callMethod(an, op, args[0], name, args.slice(2));
  },
  call_field: (an, op, [obj, , ...args]) => {
    const name = constOf(op.args[1]) as string;
    // the receiver joined classes with the method since: a call through the family (records get a method calling their property)
    if (obj instanceof SomeInstance && (obj.possible || obj.cls.lookupMethod(name))) {
      op.opname = "call_method";
      return callMethod(an, op, obj, name, args);
    }
    const f = getattr(an, obj, name);
    return callFunctionValue(an, op, op.args.slice(2), f, args);
  },
  builtin_call: (an, op, args) => builtinCall(an, op, (constOf(op.args[0]) as BuiltinDesc).name, args.slice(1)),
  map_iter: (an, _op, [m]) => {
    if (!(m instanceof SomeMap)) return an.fail(M.iterationSource, m.describe());
    return new SomeMapIter(m);
  },
  // (m, its entries, a position) → the position of the next entry, or -1
  map_iter_next: () => s_int,
  map_entry_key: (an, _op, [it]) => an.readMap((it as SomeMapIter).map).key,
  map_entry_value: (an, _op, [it]) => {
    const d = an.readMap((it as SomeMapIter).map);
    return d.isSet ? d.key : d.value;
  },
  map_get_default: (an, _op, [m, k, dflt]) => {
    if (!(m instanceof SomeMap)) return an.fail(M.badOperands, "??", m.describe());
    mapMethod(an, m, "has", [k]); // checks the key as m.get(k) does
    const v = an.readMap(m).value;
    if (v.kind === "impossible") return dflt;
    return an.unionOf(v, dflt, "the result of ??");
  },
  jit_marker: (an, op, args) => {
    // a merge point of a driver with getPrintableLocation: the JIT calls it with the greens (to log traces)
    const d = args[1];
    if (constOf(op.args[0]) !== "jit_merge_point" || !(d instanceof SomeJitDriver) || !d.driver.getPrintableLocation) return s_none;
    const fn = an.fe.runtimeFunctions.get(d.driver.getPrintableLocation);
    if (fn === undefined) return an.fail(M.jitPrintable, "it is not a function declared at the top level of the program");
    const names = String(constOf(op.args[2])).split(",");
    const r = an.call(fn, d.driver.greens.map((n) => args[3 + names.indexOf(n)]));
    if (!(r instanceof SomeStr) && !(r instanceof SomeImpossible)) an.fail(M.jitPrintable, `it returns ${r.base()}, not a string`);
    return s_none;
  },
  unreachable: () => s_impossible, // the body of a function with errors (Frontend.stubGraph)
  newtuple: newObject,
  newrecord: newObject,
  // TypeScript narrowed a record type (`switch (e.kind)`): the shapes the narrowed type admits
  narrow_shape: (_an, op, [a]) => {
    // (one record shape: a copy of a generic function specialized for it, whose other branch is dead)
    // (a number, string or boolean: only while a value union is not formed yet; waits for a more general input)
    const kind = boxKindOf(a);
    if (kind === "number" || kind === "string" || kind === "boolean") return a.maybeNullish ? new SomeNone(a.nullable, a.undef) : s_impossible;
    if (!(a instanceof SomeInstance)) return a;
    const test = constOf(op.args[1]) as ShapeTest;
    if (!a.possible && !a.cls.record) {
      // one class (a sentinel symbol before any record reached here): kept when it or a subclass fits
      return [...a.cls.subtree()].some((c) => test.admits(c)) ? a : a.maybeNullish ? new SomeNone(a.nullable, a.undef) : s_impossible;
    }
    return keepRoots(a, (c) => test.admits(c)) ?? s_impossible;
  },
  // `"kind" in x`: whether x is of a class the test admits
  has_shape: (an, op, [a]) => {
    if (!(a instanceof SomeInstance) && a.kind !== "impossible") an.fail(M.badOperands, "in", a.describe());
    // a record shape that may lack the property (an optional one the literal left out) reaching here: in would depend on more than the shape
    const p = (constOf(op.args[1]) as ShapeTest).property;
    if (a instanceof SomeInstance && p) for (const r of a.roots()) for (const c of r.subtree()) if (c.record && c.fields.get(p)?.absentWhenUndefined) an.fail(M.inOptional, p);
    return s_bool;
  },
  // TypeScript narrowed a value union to fewer kinds (`typeof f === "object"`): without the boxes of the others
  narrow_value: (an, op, [a]) => {
    const kept = constOf(op.args[1]) as Set<BoxKind>;
    if (!(a instanceof SomeInstance)) {
      // (a primitive of a kind not kept: only while the union is not formed yet; waits for a more general input)
      const kind = boxKindOf(a);
      return kind !== null && !kept.has(kind) ? (a.maybeNullish ? new SomeNone(a.nullable, a.undef) : s_impossible) : a;
    }
    const objects = constOf(op.args[2]) !== false;
    const left = keepRoots(a, (c) => {
      const kind = boxKindOfClass(c);
      return kind === null ? objects || c === an.fe.objectRoot : kept.has(kind);
    });
    return left ?? (a.maybeNullish ? new SomeNone(a.nullable, a.undef) : s_impossible);
  },
  // closures: the captured values live in the fields of the closure's class
  make_closure: (an, op, args) => {
    const desc = constOf(op.args[0]) as FunctionDesc;
    const env = desc.envClass!;
    an.usedClasses.add(env);
    args.slice(1).forEach((a, i) => an.generalizeField(env.fields.get(`c${i}`)!, a));
    return new SomeFunction(new Set([desc]), false);
  },
  getcapture: (an, op) => {
    const desc = constOf(op.args[1]) as FunctionDesc;
    return an.readField(desc.envClass!.fields.get(`c${constOf(op.args[2]) as number}`)!);
  },
  call_value: (an, op, [f, ...args]) => callFunctionValue(an, op, op.args.slice(1), f, args),

  // a cell holds one boxed local variable shared with closures (a one-item list)
  newcell: (an, op) => new SomeList(an.siteListDef(op), false),
  cell_get: (an, _op, [c]) => {
    const v = an.readList(c as SomeList);
    // an unset cell reads as undefined (a captured `let x;`)
    return v.kind === "impossible" ? s_impossible : v;
  },
  cell_set: (an, _op, [c, v]) => {
    an.generalizeList(c as SomeList, v);
    return s_none;
  },
};


export function annotateOperation(an: Annotator, op: SpaceOperation): SomeValue {
  const rule = RULES[op.opname];
  if (!rule) throw new Error(`internal: no annotation rule for ${op.opname}`);
  const args = op.args.map((a) => an.annotation(a));
  if (args.some((a, i) => a.kind === "impossible" && !(op.args[i] instanceof Constant))) return s_impossible;
  return rule(an, op, args);
}


/** A field read or written through the object root of unrelated classes (see families.ts). */
function isVirtualField(obj: SomeInstance, name: string): boolean {
  return obj.possible !== null && obj.cls.lookupField(name) === null;
}

/** Rewrites getattr(obj, x) / setattr(obj, x, v) into call_method(obj, accessor[, v]). */
/** A call at `op` of a function value `f` (the argument values `given`, annotated `args`). */
function callFunctionValue(an: Annotator, op: SpaceOperation, given: Value[], f: SomeValue, args: SomeValue[]): SomeValue {
  if (!(f instanceof SomeFunction)) return an.fail(M.notCallable, f.describe());
  const only = f.descs.size === 1 ? [...f.descs][0] : null;
  if (only && isGenericClosure(only)) {
    // the one possible callee is a generic arrow function: this site calls its copy for these argument shapes (lowered as a direct call)
    const copy = an.specialize(only, args);
    an.closureCopies.set(op, copy);
    return callClosure(an, copy, f.withFlags(false, false), given, args);
  }
  an.closureCopies.delete(op);
  let result: SomeValue = s_impossible;
  for (const desc of f.descs) {
    const r = callClosure(an, desc, new SomeFunction(new Set([desc]), false), given, args);
    result = result.kind === "impossible" ? r : r.kind === "impossible" ? result : an.unionOf(result, r, "the results of a function value");
  }
  return result;
}

/** A call of closure `desc` whose closure object is `self`. */
function callClosure(an: Annotator, desc: FunctionDesc, self: SomeValue, given: Value[], args: SomeValue[]): SomeValue {
  if (desc.optional) return an.call(desc, [self, ...args], givenArgs(given));
  const g = an.graphFor(desc);
  an.padArity(g, args.length + 1);
  return an.call(desc, [self, ...args, ...Array(g.startblock.inputargs.length - 1 - args.length).fill(s_none)]);
}

/** Rewrites op into a call of the rts/rlib/iteration helper for what x is. */
function iterationHelper(an: Annotator, op: SpaceOperation, x: SomeValue, helpers: Record<"list" | "str" | "set" | "map", string>, other: string | null = null): SomeValue {
  const helper = x instanceof SomeList ? helpers.list : x.kind === "str" ? helpers.str : x instanceof SomeMap ? (x.def.isSet ? helpers.set : helpers.map) : other;
  if (!helper) return an.fail(M.iterationSource, x.describe());
  op.opname = "simple_call";
  op.args = [new Constant(an.fe.arrayHelper(helper, "rts/rlib/iteration")), op.args[0]];
  return RULES.simple_call(an, op, [s_none, x]);
}

/** `a` with only the classes under it that `keep` admits (itself when all are), or null when none is. */
function keepRoots(a: SomeInstance, keep: (c: ClassDesc) => boolean): SomeInstance | null {
  const roots = [...a.roots()];
  const kept = roots.filter(keep);
  if (kept.length === 0) return null;
  if (kept.length === roots.length) return a;
  return kept.length === 1 ? new SomeInstance(kept[0], a.nullable, null, a.undef) : new SomeInstance(a.cls, a.nullable, new Set(kept), a.undef);
}

function viaAccessor(op: SpaceOperation, accessor: string): void {
  op.opname = "call_method";
  op.args[1] = new Constant(accessor);
}

function getattr(an: Annotator, obj: SomeValue, name: string): SomeValue {
  if (obj instanceof SomeInstance) {
    const f = an.fieldFor(obj.cls, name);
    if (f) return an.readField(f);
    if (obj.cls.lookupMethod(name)) return an.fail(M.firstClassFunction, `${obj.cls.name}.${name}`);
    return an.fail(M.unknownAttribute, obj.cls.name, name);
  }
  if (name === "length" && (obj.kind === "str" || obj.kind === "list" || obj.kind === "typed")) return s_nonneg;
  if (name === "size" && obj instanceof SomeMap) return s_nonneg;
  return an.fail(M.unknownAttribute, obj.describe(), name);
}
