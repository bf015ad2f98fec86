// Lowering rules: each high-level operation becomes low-level operations
// chosen by the annotations of its operands (RPython's rint.py, rfloat.py,
// rstr.py, rlist.py, rclass.py in one table).
import { Constant, type SpaceOperation, type Value } from "../flow/model.ts";
import type { BoxKind, BuiltinDesc, ClassDesc, FunctionDesc, GlobalDesc } from "../flow/descriptors.ts";
import { lowerIsKind, lowerTypeof, lowerUnbox, valueEquality, valueTruth } from "./lower-values.ts";
import { LLTYPE_INTRINSICS, LL_FUNCTIONS } from "../frontend/builtins.ts";
import { SomeInstance, SomeList, SomeMap, SomeMapIter, SomeTyped, isNumeric, s_bool, s_float, s_int, s_str, type SomeValue } from "../annotator/model.ts";
import { Bool, Float, OptBool, OptFloat, Signed, Str, Void, isPtr, plainOf, type LLType } from "./lltypes.ts";
import type { LLBuilder, RTyper } from "./rtyper.ts";
import { callArgs, typeOfValue } from "./values.ts";
import { CLOSURE_RULES } from "./lower-closures.ts";
import { OPTIONAL_RULES, nullishEquality, optionalToStr, optionalTruth } from "./lower-optional.ts";
import { givenArgs } from "../flow/descriptors.ts";
import { BIG, isInt, itemOf, strConst, toFloat, toIndex, toInt32 } from "./lower-conversions.ts";
import { callStrings, filledList, listMethod, mapHelper, mapMethod, stringComparison, stringConcat, stringEquality, stringOrderNullish, stringFromCharCode, stringHash, stringItem, stringMethod } from "./lower-containers.ts";
import type { ShapeTest } from "../frontend/records.ts";

function ann(rt: RTyper, v: Value): SomeValue {
  return rt.an.annotation(v);
}

function metaOf<T>(v: Value): T {
  return (v as Constant).value as T;
}

export function lowerOperation(rt: RTyper, op: SpaceOperation, ll: LLBuilder): void {
  op.result.concretetype = rt.lltype(op.result.annotation as SomeValue);
  const rule = RULES[op.opname] ?? CLOSURE_RULES[op.opname] ?? OPTIONAL_RULES[op.opname];
  if (!rule) throw new Error(`internal: no lowering for ${op.opname}`);
  const a = op.args.map((x) => ann(rt, x));
  // prebuilt objects (init-time arrays, instances, maps) are values of their annotated type
  op.args.forEach((x, i) => {
    if (x instanceof Constant && !x.concretetype && (typeof x.value === "object" || typeof x.value === "function") && x.value !== null && a[i].kind !== "none") {
      x.concretetype = rt.lltype(a[i]);
    }
  });
  // a value that may be null or undefined, used where JavaScript needs the value itself
  // (arithmetic, comparison, indexing, a method of a string or array): checked first
  const args = [...op.args];
  for (const i of plainOperands(op, a)) {
    if (!a[i].maybeNullish || a[i].kind === "none") continue;
    const plain = a[i].withFlags(false, false);
    const plainType = rt.lltype(plain);
    args[i] = ll.genop(isPtr(plainType) ? "check_nonnull" : "opt_narrow", [args[i]], plainType);
    a[i] = plain;
  }
  rule(ll, args, a, rt);
}

const NUMERIC_OPS = new Set(["sub", "mul", "div", "mod", "pow", "and", "or", "xor", "lshift", "rshift", "urshift", "neg", "pos", "invert"]);

/** The operands of `op` that must be neither null nor undefined. */
function plainOperands(op: SpaceOperation, a: SomeValue[]): number[] {
  const all = a.map((_, i) => i);
  if (NUMERIC_OPS.has(op.opname)) return all;
  switch (op.opname) {
    case "add":
      return a[0].kind === "str" || a[1].kind === "str" ? [] : all;
    case "getitem":
    case "getitem_opt":
    case "setitem":
      return [0, 1];
    case "getattr":
    case "call_method":
      return a[0] instanceof SomeInstance ? [] : [0]; // instances: checked by getfield / the call
    case "builtin_call": {
      const name = metaOf<BuiltinDesc>(op.args[0]).name;
      return name.startsWith("Math.") || name === "String.fromCharCode" ? all.slice(1) : [];
    }
  }
  return [];
}

type Rule = (ll: LLBuilder, args: Value[], anns: SomeValue[], rt: RTyper) => void;


/** The int operation: JavaScript-number arithmetic, or wrapping machine arithmetic in rts/ll library code. */
function intOp(ll: LLBuilder, jsName: string): string {
  return ll.rt.an.machineInts && jsName !== "jsint_pow" ? jsName.replace("jsint_", "int_") : jsName;
}

/** An int operation when the result is an int, else the float one (ints whose result may be -0 or NaN are floats). */
function numeric(jsIntOp: string, floatOp: string): Rule {
  return (ll, [x, y], [a, b]) => {
    if (isInt(a) && isInt(b) && ll.resultType.k === "Signed") ll.finish(intOp(ll, jsIntOp), [x, y]);
    else ll.finish(floatOp, [toFloat(ll, x), toFloat(ll, y)]);
  };
}

function int32(opname: string): Rule {
  return (ll, [x, y], [a, b]) => ll.finish(opname, [toInt32(ll, x, a), toInt32(ll, y, b)]);
}

function comparison(name: string): Rule {
  return (ll, [x, y], [a, b]) => {
    // undefined (an element read past the end) compares false with anything
    if ((a.kind === "str" || b.kind === "str") && (a.maybeNullish || b.maybeNullish)) {
      for (const [v, s] of [[x, a], [y, b]] as const) if (s.nullable) ll.genop("check_not_null_compared", [v], Void);
      return ll.result(stringOrderNullish(ll, name, x, y));
    }
    if (a.maybeNullish || b.maybeNullish) {
      const kind = isInt(a) && isInt(b) ? "int" : "float";
      const conv = (v: Value): Value => (kind === "float" ? ll.convert(v, OptFloat) : v);
      return void ll.finish("opt_compare", [ll.meta(`${kind}_${name}`), conv(x), conv(y)]);
    }
    if (a.kind === "str" && b.kind === "str") stringComparison(ll, name, x, y);
    else if (isInt(a) && isInt(b)) ll.finish(`int_${name}`, [x, y]);
    else ll.finish(`float_${name}`, [toFloat(ll, x), toFloat(ll, y)]);
  };
}

function equality(negate: boolean): Rule {
  return (ll, [x, y], [a, b]) => {
    const sfx = negate ? "ne" : "eq";
    if (valueEquality(ll, negate, x, y, a, b)) return;
    if (nullishEquality(ll, negate, x, y, a, b)) return;
    if (a.kind === "str" && b.kind === "str") {
      const eq = stringEquality(ll, x, y, a.undef || b.undef);
      return negate ? void ll.finish("bool_not", [eq]) : ll.result(eq);
    }
    // optional ints compare as ints (their sentinels are distinct values); optional floats need their own test
    if (isInt(a) && isInt(b)) return ll.finish(`int_${sfx}`, [x, y]);
    if (isNumeric(a) && isNumeric(b)) {
      if (!a.maybeNullish && !b.maybeNullish) return ll.finish(`float_${sfx}`, [toFloat(ll, x), toFloat(ll, y)]);
      const eq = ll.genop("opt_float_eq", [ll.convert(x, OptFloat), ll.convert(y, OptFloat)], Bool);
      return negate ? void ll.finish("bool_not", [eq]) : ll.result(eq);
    }
    if (a.kind === "bool" && b.kind === "bool") {
      const t = a.maybeNullish || b.maybeNullish ? OptBool : Bool;
      return ll.finish(`bool_${sfx}`, [ll.convert(x, t), ll.convert(y, t)]);
    }
    return ll.finish(`ptr_${sfx}`, [x, y]);
  };
}

function toStr(ll: LLBuilder, v: Value, a: SomeValue): Value {
  const opt = optionalToStr(ll, v, a);
  if (opt) return opt;
  switch (a.kind) {
    case "str":
      return v;
    case "int":
      return callStrings(ll, "strFromInt", [s_int], [v]);
    case "float":
      return ll.genop("str_from_float", [ll.convert(v, Float)], Str); // an integral constant may be annotated float
    case "bool":
      return callStrings(ll, "strFromBool", [s_bool], [v]);
    case "none":
      return strConst("null");
  }
  throw new Error(`internal: toStr of ${a.describe()}`);
}

function floatConst(x: number): Constant {
  const c = new Constant(x);
  c.concretetype = Float;
  c.annotation = "float";
  return c;
}

/** A narrowing that kept some of the classes a value may be of (narrow_shape, narrow_value): one left is a checked cast to it. */
function keptClasses(ll: LLBuilder, [x]: Value[], [a]: SomeValue[], rt: RTyper): void {
  const r = ll.hl.result.annotation as SomeValue | undefined;
  // (none kept: the annotator proved this read never runs)
  if (!r || r.kind === "impossible") return ll.result(rt.convertConstant(new Constant(undefined), ll.resultType));
  if (!(r instanceof SomeInstance) || r.possible || !(a instanceof SomeInstance) || !a.possible) return ll.result(ll.convert(x, rt.lltype(r)));
  ll.finish("checked_cast", [x, ll.meta(rt.layoutOf(r.cls))]);
}

function truth(ll: LLBuilder, v: Value, a: SomeValue): void {
  const value = valueTruth(ll, v, a);
  if (value) return ll.result(value);
  if (optionalTruth(ll, v, a)) return;
  switch (a.kind) {
    case "bool":
      return ll.result(v);
    case "int":
      return void ll.finish("int_is_true", [v]);
    case "float":
      return void ll.finish("float_is_true", [v]);
    case "str":
      return void ll.finish("str_is_true", [v]);
    case "none":
      return ll.result(ll.meta(false));
  }
  ll.finish("ptr_nonzero", [v]);
}

const RULES: Record<string, Rule> = {
  add: (ll, [x, y], [a, b]) => {
    if (a.kind === "str" || b.kind === "str") return ll.result(stringConcat(ll, toStr(ll, x, a), toStr(ll, y, b)));
    numeric("jsint_add", "float_add")(ll, [x, y], [a, b], ll.rt);
  },
  sub: numeric("jsint_sub", "float_sub"),
  mul: numeric("jsint_mul", "float_mul"),
  mod: numeric("int_mod", "float_mod"),
  div: (ll, [x, y]) => void ll.finish("float_div", [toFloat(ll, x), toFloat(ll, y)]),
  pow: (ll, [x, y], _a, rt) => {
    // V8's pow (rts/rlib/fdlibm): for floats, and for ints whose result passes 2^53
    const pow = rt.llfunction(rt.an.fe.arrayHelper("fdlibmPow", "rts/rlib/fdlibm"));
    if (ll.resultType.k === "Signed") return void ll.finish("jsint_pow", [x, y, ll.genop("fnaddr", [ll.meta(pow)], Signed)]);
    ll.finish("direct_call", [ll.meta(pow), toFloat(ll, x), toFloat(ll, y)]);
  },
  and: int32("int32_and"),
  or: int32("int32_or"),
  xor: int32("int32_xor"),
  lshift: int32("int32_shl"),
  rshift: int32("int32_shr"),
  urshift: int32("uint32_shr"),
  invert: (ll, [x], [a]) => void ll.finish("int32_not", [toInt32(ll, x, a)]),
  neg: (ll, [x], [a]) => void (isInt(a) && ll.resultType.k === "Signed" ? ll.finish(intOp(ll, "jsint_neg"), [x]) : ll.finish("float_neg", [toFloat(ll, x)])),
  pos: (ll, [x]) => ll.result(x),
  lt: comparison("lt"),
  le: comparison("le"),
  gt: comparison("gt"),
  ge: comparison("ge"),
  eq: equality(false),
  ne: equality(true),
  // !x of a boolean that may be undefined (an item read past the end): !undefined is true
  not: (ll, [x], [a]) => void ll.finish("bool_not", [valueTruth(ll, x, a) ?? (a.maybeNullish && typeOfValue(x).k === "OptBool" ? ll.genop("opt_is_true", [x], Bool) : x)]),
  typeof: (ll, [x], [a]) => lowerTypeof(ll, x, a),
  is_kind: (ll, [x, k], [a]) => lowerIsKind(ll, x, a, metaOf<BoxKind>(k)),
  json_stringify: (ll, [x, gap]) => void ll.finish("json_stringify", [x, gap]),
  iter_generator: (ll, [x]) => ll.result(x), // (a generator: itself; other values became a generator's call)
  iterable_of: (ll, [x]) => ll.result(x), // (an iterable object: itself; other values became a helper's call)
  unbox: (ll, [x, k, keep], [a]) => lowerUnbox(ll, x, a, metaOf<BoxKind>(k), metaOf<boolean>(keep)),
  bool: (ll, [x], [a]) => truth(ll, x, a),
  str: (ll, [x], [a]) => ll.result(toStr(ll, x, a)),
  downcast: (ll, [x, c], [a], rt) => {
    const target = metaOf<ClassDesc>(c);
    // the annotator already knows the instance is one (a call result TypeScript narrowed, say): no check
    if (a instanceof SomeInstance && [...a.roots()].every((r) => r.isSubclassOf(target))) return ll.result(x);
    ll.finish("checked_cast", [x, ll.meta(rt.layoutOf(target))]);
  },
  // the annotator kept the record shapes a narrowed type admits: one left is a checked cast to it
  narrow_shape: keptClasses,
  // a value union narrowed to fewer kinds: the same
  narrow_value: keptClasses,
  // `"kind" in x`: an instanceof test per largest subtree of admitted classes (at most one is true)
  has_shape: (ll, [x, t], [a], rt) => {
    const test = metaOf<ShapeTest>(t);
    const admitted: ClassDesc[] = [];
    const walk = (c: ClassDesc): void => {
      if (test.admits(c)) admitted.push(c);
      else c.subclasses.forEach(walk);
    };
    if (a instanceof SomeInstance) a.roots().forEach(walk);
    const used = admitted.filter((c) => [...c.subtree()].some((s) => rt.an.usedClasses.has(s)));
    if (used.length === 0) return ll.result(ll.meta(false));
    const tests = used.map((c) => ll.genop("instanceof", [x, ll.meta(rt.layoutOf(c))], Bool));
    if (tests.length === 1) return ll.result(tests[0]);
    const sum = tests.map((b) => ll.genop("cast_bool_to_int", [b], Signed)).reduce((s, i) => ll.genop("int_add", [s, i], Signed));
    ll.finish("int_is_true", [sum]);
  },
  isinstance: (ll, [x, c], [a], rt) => {
    if (a.kind === "none") return ll.result(ll.meta(false));
    ll.finish("instanceof", [x, ll.meta(rt.layoutOf(metaOf<ClassDesc>(c)))]);
  },
  checkexc: (ll) => ll.result(ll.meta(null)),
  getglobal: (ll, [g]) => void ll.finish("getglobal", [ll.meta(metaOf<GlobalDesc>(g))]),
  setglobal: (ll, [g, v], _a, rt) => {
    const slot = rt.an.globals.get(metaOf<GlobalDesc>(g))!;
    ll.finish("setglobal", [ll.meta(metaOf<GlobalDesc>(g)), ll.convert(v, rt.lltype(slot.ann))]);
  },
  simple_call: (ll, [f, ...args], _a, rt) => {
    const fn = metaOf<FunctionDesc>(f);
    ll.finish("direct_call", [ll.meta(rt.llfunction(fn)), ...callArgs(ll, rt, fn, args, givenArgs(args.slice(fn.kind === "function" ? 0 : 1)))]);
  },
  newinstance: (ll, [c, ...args], _a, rt) => {
    const cls = metaOf<ClassDesc>(c);
    const obj = ll.finish("malloc", [ll.meta(rt.layoutOf(cls))]);
    const ctor = rt.an.fe.constructorOf(cls);
    ll.genop("direct_call", [ll.meta(rt.llfunction(ctor)), ...callArgs(ll, rt, ctor, [obj, ...args], givenArgs(args))], rt.llfunction(ctor).resultType);
  },
  newlist: (ll, items) => {
    const item = itemOf(ll.resultType);
    ll.finish("list_new", [ll.meta(item), ...items.map((v) => ll.convert(v, item))]);
  },
  newfilled: (ll, [n, x], [na]) => filledList(ll, n, na, x),
  newtyped: (ll, [k, n], [, na]) => void ll.finish("typed_new", [ll.meta(metaOf<string>(k)), toIndex(ll, n, na)]),
  newmap: (ll) => void ll.finish("map_new", [ll.meta(ll.resultType)]),
  getitem: (ll, [c, i0], [a, ia]) => {
    const i = toIndex(ll, i0, ia);
    if (a instanceof SomeList) return void ll.finish("list_getitem", [c, i]);
    if (a instanceof SomeTyped) return void ll.finish("typed_getitem", [c, i]);
    ll.genop("str_check_index", [c, i], Void);
    ll.result(stringItem(ll, "strCharAt", c, i));
  },
  getitem_opt: (ll, [c, i0], [a, ia]) => {
    const i = toIndex(ll, i0, ia);
    if (a instanceof SomeList || a instanceof SomeTyped) return void ll.finish(a instanceof SomeList ? "list_getitem_opt" : "typed_getitem_opt", [c, i]);
    ll.result(ll.convert(stringItem(ll, "strItem", c, i), ll.resultType)); // undefined past the end
  },
  setitem: (ll, [c, i0, v], [a, ia, va], rt) => {
    const i = toIndex(ll, i0, ia);
    if (a instanceof SomeList) return void ll.finish("list_setitem", [c, i, ll.convert(v, itemOf(rt.lltype(a)))]);
    const t = a as SomeTyped;
    const stored = t.elem === "f64" ? ll.convert(v, Float) : toInt32(ll, v, va);
    ll.finish("typed_setitem", [c, i, stored]);
  },
  getattr: (ll, [obj, n], [a], rt) => {
    const name = metaOf<string>(n);
    if (a instanceof SomeInstance) {
      const o = a.maybeNullish ? ll.genop("check_nonnull", [obj], rt.lltype(a.withFlags(false, false))) : obj;
      return void ll.finish("getfield", [o, ll.meta(name)]);
    }
    const op = { str: "str_len", list: "list_len", typed: "typed_len", map: "map_size" }[a.kind as "str"];
    ll.finish(op, [obj]);
  },
  setattr: (ll, [obj, n, v], [a], rt) => {
    const inst = a as SomeInstance;
    const name = metaOf<string>(n);
    const o = inst.maybeNullish ? ll.genop("check_nonnull", [obj], rt.lltype(inst.withFlags(false, false))) : obj;
    const field = rt.layoutOf(inst.cls).field(name);
    ll.finish("setfield", [o, ll.meta(name), ll.convert(v, field.type)]);
  },
  call_method: (ll, [obj, n, ...args], [a, , ...anns], rt) => callMethod(ll, rt, obj, a, metaOf<string>(n), args, anns),
  builtin_call: (ll, [d, ...args], [, ...anns]) => builtinCall(ll, metaOf<BuiltinDesc>(d).name, args, anns),
  // for-of over a Map or Set: a position in an entries array (frontend/statements.ts forOf)
  map_iter: (ll, [m]) => void ll.finish("map_entries", [m]),
  map_iter_next: (ll, [m, it, pos], [a], rt) => ll.result(mapHelper(ll, rt, "mapIterNext", a as SomeMap, [m, it, pos], "mei")),
  map_entry_key: (ll, [it, pos]) => void ll.finish("mentry_key", [it, pos]),
  map_entry_value: (ll, [it, pos], [a]) => void ll.finish((a as SomeMapIter).map.def.isSet ? "mentry_key" : "mentry_value", [it, pos]),
  map_get_default: (ll, [m, k, d], [a, ka, da], rt) => {
    const key = ka.kind === "float" ? toIndex(ll, k, ka) : k;
    ll.result(ll.convert(mapHelper(ll, rt, "mapGetOr", a as SomeMap, [m, key, d], "mkd", [da]), ll.resultType));
  },
  unreachable: (ll, args) => void ll.finish("unreachable", args.map((a) => ll.meta((a as Constant).value))),
  jit_marker: (ll, args) => void ll.finish("jit_marker", args.map((v, i) => (i < 3 ? ll.meta((v as Constant).value) : v))),
};

/** A number argument where JavaScript wants an integer (ToIntegerOrInfinity: NaN is 0, fractions truncate, clamped to the int range). */
function integerArg(ll: LLBuilder, v: Value, a: SomeValue | undefined): Value {
  if (!a || isInt(a)) return v;
  return ll.genop("float_to_integer", [v], Signed);
}

/** The parameters of library methods that JavaScript converts to integers, by receiver kind. */
const INTEGER_PARAMS: Record<string, Record<string, number[]>> = {
  str: {
    charAt: [0], charCodeAt: [0], slice: [0, 1], substring: [0, 1], indexOf: [1], includes: [1],
    startsWith: [1], endsWith: [1], padStart: [0], padEnd: [0], at: [0], codePointAt: [0],
  },
  list: { slice: [0, 1], splice: [0, 1] },
  number: { toFixed: [0], toString: [0] },
};

/**
 * What an undefined argument means for library methods (the member's value
 * when the argument is absent, which JavaScript also uses for undefined),
 * by receiver kind and parameter position.
 */
const ABSENT: Record<string, Record<string, (number | string)[]>> = {
  str: {
    slice: [0, BIG], substring: [0, BIG], indexOf: ["", 0], lastIndexOf: ["", NaN], includes: ["", 0], startsWith: ["", 0],
    endsWith: ["", BIG], padStart: [0, " "], padEnd: [0, " "], split: ["", 0xffffffff], at: [0], codePointAt: [0],
  },
  list: { slice: [0, BIG], join: [","], splice: [0, 0] }, // (splice: an undefined deleteCount deletes nothing; an absent one, all that follows)
  number: { toFixed: [0], toString: [10] },
};

/** Arguments that may be undefined where the parameter is optional: the absent value then. */
function absentIfUndefined(ll: LLBuilder, rt: RTyper, kind: string, name: string, args: Value[], anns: SomeValue[]): void {
  args.forEach((v, i) => {
    const dflt = ABSENT[kind]?.[name]?.[i];
    if (!anns[i]?.undef || dflt === undefined) return;
    if (anns[i].kind === "none") {
      // the constant undefined: the absent value itself
      args[i] = typeof dflt === "string" ? strConst(dflt) : Number.isInteger(dflt) ? ll.int(dflt) : floatConst(dflt);
      anns[i] = typeof dflt === "string" ? s_str : Number.isInteger(dflt) ? s_int : s_float;
      return;
    }
    const plain = anns[i].withFlags(anns[i].nullable, false);
    // NaN (lastIndexOf's "from the end") is the largest position for an int
    const c = typeof dflt === "string" ? strConst(dflt) : plain.kind === "int" ? ll.int(Number.isNaN(dflt) ? BIG : dflt) : floatConst(dflt);
    args[i] = ll.genop("opt_or", [v, c], rt.lltype(plain));
    anns[i] = plain;
  });
}

/**
 * `x.toExponential(d?)` / `x.toPrecision(p?)`: the op takes whether a
 * number was passed (an absent or undefined argument means "as many digits
 * as needed" / String(x), which no number means).
 */
function numberFormat(ll: LLBuilder, obj: Value, name: string, arg: Value | undefined, ann: SomeValue | undefined): void {
  const opname = name === "toExponential" ? "str_from_float_exponential" : "str_from_float_precision";
  const x = ll.convert(obj, Float);
  if (!arg || !ann || ann.kind === "none") return void ll.finish(opname, [x, ll.int(0), ll.bool(false)]);
  if (!ann.undef) return void ll.finish(opname, [x, integerArg(ll, arg, ann), ll.bool(true)]);
  const plain = ann.withFlags(ann.nullable, false);
  const given = ll.genop("bool_not", [ll.genop("is_undef", [arg], Bool)], Bool);
  const digits = ll.genop("opt_or", [arg, plain.kind === "int" ? ll.int(0) : floatConst(0)], plain.kind === "int" ? Signed : Float);
  ll.finish(opname, [x, integerArg(ll, digits, plain), given]);
}

function callMethod(ll: LLBuilder, rt: RTyper, obj: Value, a: SomeValue, name: string, args0: Value[], anns: SomeValue[]): void {
  if (isNumeric(a) && (name === "toExponential" || name === "toPrecision")) return numberFormat(ll, obj, name, args0[0], anns[0]);
  if (!(a instanceof SomeInstance)) absentIfUndefined(ll, rt, a.kind === "str" ? "str" : a instanceof SomeList ? "list" : isNumeric(a) ? "number" : "", name, args0, anns);
  // a float where an integer is expected is converted as JavaScript converts it
  const ints = INTEGER_PARAMS[a.kind === "str" ? "str" : a instanceof SomeList ? "list" : isNumeric(a) ? "number" : ""]?.[name] ?? [];
  const args = args0.map((v, i) => (ints.includes(i) ? integerArg(ll, v, anns[i]) : v));
  if (a instanceof SomeInstance) {
    const self = a.maybeNullish ? ll.genop("check_nonnull", [obj], rt.lltype(a.withFlags(false, false))) : obj;
    const slot = rt.slotFor(a, name);
    if (!slot) {
      const impl = rt.an.methodFamily(a, name)[0];
      return void ll.finish("direct_call", [ll.meta(rt.llfunction(impl)), ...callArgs(ll, rt, impl, [self, ...args], givenArgs(args))]);
    }
    const impl0 = rt.an.methodFamily(a, name)[0];
    return void ll.finish("method_call", [ll.meta(slot), ...callArgs(ll, rt, impl0, [self, ...args], givenArgs(args)).map((v, i) => (i === 0 ? self : v))]);
  }
  if (a.kind === "str") return stringMethod(ll, obj, name, args, anns);
  if (a instanceof SomeList) return listMethod(ll, rt, obj, a, name, args);
  if (a instanceof SomeMap) return mapMethod(ll, rt, obj, a, name, args, anns);
  if (a instanceof SomeTyped) {
    ll.genop("typed_fill", [obj, a.elem === "f64" ? ll.convert(args[0], Float) : toInt32(ll, args[0], anns[0])], Void);
    return void ll.result(obj); // fill() returns the array
  }
  if (name === "toFixed") return void ll.finish("str_from_float_fixed", [ll.convert(obj, Float), args[0] ?? ll.int(0)]);
  if (name === "toString" && args.length === 1) return void ll.finish("str_from_float_radix", [ll.convert(obj, Float), args[0]]);

  ll.result(toStr(ll, obj, a)); // number/bool .toString()
}

const MATH_FLOAT: Record<string, string> = {
  "Math.sqrt": "float_sqrt",
};

const TO_INT: Record<string, string> = {
  "Math.floor": "float_floor_to_int", "Math.ceil": "float_ceil_to_int", "Math.round": "float_round_to_int",
  "Math.trunc": "float_trunc_to_int", "rts/rlib:toInt": "float_trunc_to_int",
};

/** Math.floor & co. where the result may be -0, NaN or infinite: a float. */
const ROUND_FLOAT: Record<string, string> = {
  "Math.floor": "float_floor", "Math.ceil": "float_ceil", "Math.round": "float_round", "Math.trunc": "float_trunc",
};

const OS: Record<string, string> = {
  "rts/rlib/os:write": "os_write", "rts/rlib/os:writeByte": "os_write_byte", "rts/rlib/os:readByte": "os_read_byte",
  "rts/rlib/os:readLine": "os_read_line", "rts/rlib/os:readFile": "os_read_file", "rts/rlib/os:clock": "os_clock",
  "rts/rlib/os:now": "os_now", "rts/rlib/os:flush": "os_flush",
  "rts/rlib/os:openFile": "os_file_open", "rts/rlib/os:readBytes": "os_file_read", "rts/rlib/os:writeBytes": "os_file_write",
  "rts/rlib/os:closeFile": "os_file_close", "rts/rlib/os:seekFile": "os_file_seek", "rts/rlib/os:lastErrno": "os_file_errno", "rts/rlib/os:removeFile": "os_file_remove",
  "rts/rlib/os:truncateFile": "os_file_truncate", "rts/rlib/os:isTerminal": "os_is_terminal", "rts/rlib/os:currentDirectory": "os_current_directory",
};

/** rts/ll:storeU32 → ll_store_u32 (the C runtime's rts_ll_store_u32). */
export function llOpName(name: string): string {
  return "ll_" + name.replace(/[A-Z0-9]+/g, (m) => "_" + m.toLowerCase());
}

function builtinCall(ll: LLBuilder, name: string, args: Value[], anns: SomeValue[]): void {
  if (name.startsWith("rts/ll:")) {
    const sig = LL_FUNCTIONS[name.slice(7)];
    return void ll.finish(llOpName(name.slice(7)), args.map((v, i) => (sig.args[i] === "f" ? toFloat(ll, v) : v)));
  }
  if (name === "rts/lltype:keyHash" && anns[0].kind === "str") return ll.result(stringHash(ll, args[0])); // cached in the string
  if (name === "rts/lltype:keyHash" && anns[0].kind !== "int") return void ll.finish("ptr_identity_hash", args); // an object's, kept in its header
  if (name.startsWith("rts/lltype:")) {
    // an item goes in as the first list's item type, a key or value as the map's
    const sig = LLTYPE_INTRINSICS[name.slice(11)];
    const first = ll.rt.lltype(anns[0]);
    const map = first.k === "MapIter" ? first.map : first;
    const as = (k: string): LLType | null => (k === "x" ? itemOf(first) : map.k !== "Map" ? null : k === "k" ? map.key : k === "v" ? map.value : null);
    return void ll.finish(sig.op, args.map((v, i) => {
      const t = as(sig.args[i]);
      return t ? ll.convert(v, t) : v;
    }));
  }
  if (MATH_FLOAT[name]) return void ll.finish(MATH_FLOAT[name], args.map((v) => toFloat(ll, v)));
  if (TO_INT[name]) {
    if (isInt(anns[0])) return ll.result(args[0]);
    const k = args[0];
    if (k instanceof Constant && typeof k.value === "number" && name.startsWith("Math.")) {
      // folded by the annotator: the result has the constant's own type
      const v = (Math as unknown as Record<string, (x: number) => number>)[name.slice(5)](k.value);
      const c = new Constant(v);
      c.concretetype = ll.resultType;
      if (ll.resultType.k === "Float") c.annotation = "float";
      return ll.result(c);
    }
    if (plainOf(ll.resultType).k === "Float") return void ll.finish(ROUND_FLOAT[name], [toFloat(ll, k)]);
    return void ll.finish(TO_INT[name], [k]);
  }
  if (OS[name]) return void ll.finish(OS[name], args.map((v, i) => (anns[i].kind === "float" ? integerArg(ll, v, anns[i]) : v)));
  const allInt = anns.every(isInt);
  switch (name) {
    case "Math.abs":
      return void ll.finish(allInt ? intOp(ll, "jsint_abs") : "float_abs", args.map((v) => (allInt ? v : toFloat(ll, v))));
    case "Math.sign":
      return void ll.finish(allInt ? "int_sign" : "float_sign", args);
    case "Math.min":
    case "Math.max": {
      if (args.length === 0) return ll.result(floatConst(name === "Math.min" ? Infinity : -Infinity));
      const opname = `${allInt ? "int" : "float"}_${name === "Math.min" ? "min" : "max"}`;
      let acc = allInt ? args[0] : toFloat(ll, args[0]);
      for (let i = 1; i < args.length; i++) {
        const next = allInt ? args[i] : toFloat(ll, args[i]);
        acc = i === args.length - 1 ? ll.finish(opname, [acc, next]) : ll.genop(opname, [acc, next], allInt ? Signed : Float);
      }
      if (args.length === 1) ll.result(acc);
      return;
    }
    case "Math.pow":
      return RULES.pow(ll, args, anns, ll.rt);
    case "Math.random":
      return void ll.finish("float_random", []);
    case "Math.imul":
      return void ll.finish("int32_mul", args.map((v, i) => toInt32(ll, v, anns[i])));
    case "Math.clz32":
      return void ll.finish("uint32_clz", [toInt32(ll, args[0], anns[0])]);
    case "console.log":
      // one primitive: the quick path; anything else as Node's util.inspect prints it
      if (args.length === 1 && ["int", "float", "bool", "str", "none"].includes(anns[0].kind)) return void ll.finish("log", [args[0]]);
      return void ll.finish("log_values", args);
    case "String.fromCharCode":
      return ll.result(stringFromCharCode(ll, toInt32(ll, args[0], anns[0]))); // ToUint16 of ToInt32
    case "Number":
      if (anns[0].kind === "str") return void ll.finish("str_to_number", args);
      if (anns[0].kind === "bool") return void ll.finish("cast_bool_to_int", args);
      if (anns[0].undef) {
        // Number(undefined) is NaN
        const opt = anns[0].kind === "int" ? ll.genop("optint_to_optfloat", [args[0]], OptFloat) : args[0];
        return void ll.finish("opt_or", [opt, floatConst(NaN)]);
      }
      return ll.result(args[0]);
    case "parseFloat":
    case "Number.parseFloat":
      return void ll.finish("str_parse_float", args);
    case "parseInt":
    case "Number.parseInt":
      return void ll.finish("str_parse_int", [args[0], args[1] ? toInt32(ll, args[1], anns[1]) : ll.int(0)]); // the radix is ToInt32
    case "isNaN":
    case "Number.isNaN":
    case "isFinite":
    case "Number.isFinite":
    case "Number.isInteger": {
      const test = name.endsWith("isNaN") ? "nan" : name.endsWith("isFinite") ? "finite" : "integer";
      // null and undefined are not numbers (the global isNaN/isFinite take only numbers in TypeScript)
      if (anns[0].maybeNullish) return void ll.finish("opt_num_test", [ll.meta(test), args[0]]);
      if (isInt(anns[0])) return ll.result(ll.bool(test !== "nan"));
      return void ll.finish(`float_is_${test}`, args);
    }
    case "rts/rlib:wrapAdd":
    case "rts/rlib:wrapSub":
    case "rts/rlib:wrapMul": {
      // float operands (integral constants beyond 2^53) are reduced into the int64 range first
      const ints = args.map((v, i) => (isInt(anns[i]) ? v : ll.genop("float_wrap_to_int", [v], Signed)));
      return void ll.finish(`wrap_${name.slice(13).toLowerCase()}`, ints);
    }
    case "rts/rlib:intmask":
      return isInt(anns[0]) ? ll.result(args[0]) : void ll.finish("float_wrap_to_int", args);
    case "rts/rlib:intDiv": {
      const [a, b] = args.map((v, i) => toIndex(ll, v, anns[i]));
      const constant = b instanceof Constant && typeof b.value === "number" && b.value !== 0 && b.value !== -1;
      return void ll.finish(constant ? "int_quot" : "int_div_trunc", [a, b]);
    }
    case "rts/rlib:toFloat":
      return ll.result(toFloat(ll, args[0]));
    case "rts/rlib:floatHighWord":
      return void ll.finish("float_high_word", [toFloat(ll, args[0])]);
    case "rts/rlib:floatLowWord":
      return void ll.finish("float_low_word", [toFloat(ll, args[0])]);
    case "rts/rlib:floatFromWords":
      return void ll.finish("float_from_words", args.map((v, i) => toIndex(ll, v, anns[i])));
    case "rts/rlib:formatd":
      return void ll.finish("str_formatd", [toFloat(ll, args[0]), args[1], args[2]]);
    case "rts/jit:promote":
      return void ll.finish("jit_promote", [args[0]]);
    case "rts/jit:weAreJitted":
      return void ll.finish("jit_we_are_jitted", []);
    case "rts/jit:isConstant":
      return void ll.finish("jit_is_constant", [args[0]]);
    case "rts/jit:setParam":
      return void ll.finish("jit_set_param", [args[0], toIndex(ll, args[1], anns[1])]);
  }
  throw new Error(`internal: no lowering for builtin ${name}`);
}

