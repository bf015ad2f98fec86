// Annotation rules: one per high-level operation, dispatching on the
// annotations of the arguments (RPython's binaryop.py / unaryop.py).
import { Constant, type SpaceOperation, type Value } from "../flow/model.ts";
import { BuiltinDesc, ClassDesc, FunctionDesc, GlobalDesc, givenArgs } from "../flow/descriptors.ts";
import { LLTYPE_INTRINSICS, LL_FUNCTIONS } from "../frontend/builtins.ts";
import { stdlibMember, type StdlibParam } from "../frontend/stdlib.ts";
import { M, OPERATOR_TEXT } from "../diagnostics/messages.ts";
import type { Annotator } from "./annotator.ts";
import { isGeneric } from "./signatures.ts";
import { arithmetic, constNumber, mathResult, negation, rounding } from "./numbers.ts";
import {
  ListDef, MapDef, SomeFloat, SomeFunction, SomeInstance, SomeMapIter, SomeList, SomeMap, SomeTyped, SomeValue, isNumeric, nonNull, s_bool, s_float, s_impossible, s_int, s_none, s_nonneg, s_str, s_undef,
  someFloat,
  type TypedKind,
} from "./model.ts";

type Rule = (an: Annotator, op: SpaceOperation, args: SomeValue[]) => SomeValue;

/** An index is an int, or a float known to be integral (-0 and NaN are checked at run time). */
function requireIndex(an: Annotator, i: SomeValue): void {
  if (i.kind === "int" || (i instanceof SomeFloat && i.integral)) return;
  if (i.kind === "float") an.fail(M.floatIndex);
  an.fail(M.badOperands, "[]", `an index of type ${i.describe()}`);
}

function requireNumeric(an: Annotator, name: string, ...xs: SomeValue[]): void {
  for (const x of xs) if (!isNumeric(x)) an.fail(M.badOperands, name, x.describe());
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

/** ** and Math.pow compute as V8 does, with rts/rlib/fdlibm's pow (also the exact int path, past 2^53): it joins the program. */
function usePow(an: Annotator): void {
  if (!an.machineInts) an.call(an.fe.arrayHelper("fdlibmPow", "rts/rlib/fdlibm"), [s_float, s_float]);
}

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
  bool: () => s_bool,
  nullish: () => s_bool,
  isinstance: () => s_bool,
  str: (an, _op, [a]) => {
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
      // this call site now calls the copy specialized for its arguments
      fn = an.specialize(fn, args.slice(1));
      op.args[0] = new Constant(fn);
    }
    const callee = an.helperCallee(fn, args.slice(1));
    if (callee !== fn) op.args[0] = new Constant((fn = callee));
    return an.call(fn, args.slice(1), givenArgs(op.args.slice(1 + selfArgs(fn))));
  },
  newinstance: (an, op, args) => {
    const cls = constOf(op.args[0]) as ClassDesc;
    an.usedClasses.add(cls);
    const self = new SomeInstance(cls, false);
    an.call(an.fe.constructorOf(cls), [self, ...args.slice(1)], givenArgs(op.args.slice(1)));
    return self;
  },
  newlist: (an, op, items) => {
    let def = an.siteDefs.get(op) as ListDef | undefined;
    if (!def) {
      def = new ListDef();
      an.siteDefs.set(op, def);
    }
    const l = new SomeList(def, false);
    for (const it of items) an.generalizeList(l, it);
    return new SomeList(l.def, false);
  },
  newtyped: (an, op, [, n]) => {
    requireIndex(an, n);
    return new SomeTyped(constOf(op.args[0]) as TypedKind, false);
  },
  newmap: (an, op) => {
    let def = an.siteDefs.get(op) as MapDef | undefined;
    if (!def) {
      def = new MapDef(constOf(op.args[0]) === "set", constOf(op.args[1]) as "str" | "int" | null);
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
  call_method: (an, op, args) => callMethod(an, op, args[0], constOf(op.args[1]) as string, args.slice(2)),
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
  jit_marker: () => s_none,
  unreachable: () => s_impossible, // the body of a function with errors (Frontend.stubGraph)
  newtuple: (an, op, args) => {
    const cls = constOf(op.args[0]) as ClassDesc;
    an.usedClasses.add(cls);
    args.slice(1).forEach((a, i) => an.generalizeField(cls.fields.get(`i${i}`)!, a));
    return new SomeInstance(cls, false);
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
  call_value: (an, op, [f, ...args]) => {
    if (!(f instanceof SomeFunction)) return an.fail(M.notCallable, f.describe());
    let result: SomeValue = s_impossible;
    for (const desc of f.descs) {
      const g = an.graphFor(desc);
      const self = new SomeFunction(new Set([desc]), false);
      let r: SomeValue;
      if (desc.optional) r = an.call(desc, [self, ...args], givenArgs(op.args.slice(1)));
      else {
        an.padArity(g, args.length + 1);
        r = an.call(desc, [self, ...args, ...Array(g.startblock.inputargs.length - 1 - args.length).fill(s_none)]);
      }
      result = result.kind === "impossible" ? r : r.kind === "impossible" ? result : an.unionOf(result, r, "the results of a function value");
    }
    return result;
  },
  // a cell holds one boxed local variable shared with closures (a one-item list)
  newcell: (an, op) => {
    let def = an.siteDefs.get(op) as ListDef | undefined;
    if (!def) {
      def = new ListDef();
      an.siteDefs.set(op, def);
    }
    return new SomeList(def, false);
  },
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

function callMethod(an: Annotator, op: SpaceOperation, recv: SomeValue, name: string, args: SomeValue[]): SomeValue {
  if (recv instanceof SomeInstance) {
    const family = an.methodFamily(recv, name);
    let result: SomeValue = s_impossible;
    for (const impl of family) {
      const r = an.call(impl, [new SomeInstance(impl.cls!, false), ...args], givenArgs(op.args.slice(2)));
      result = result.kind === "impossible" ? r : r.kind === "impossible" ? result : an.unionOf(result, r, `the results of ${name}()`);
    }
    return result;
  }
  if (recv.kind === "str") return stringMethod(an, name, args);
  if (recv instanceof SomeList) return listMethod(an, recv, name, args);
  if (recv instanceof SomeMap) return mapMethod(an, recv, name, args);
  if (recv instanceof SomeTyped) {
    if (name === "fill") return recv;
    return an.fail(M.unknownMethod, recv.describe(), name);
  }
  if ((isNumeric(recv) || recv.kind === "bool") && name === "toString" && args.length === 0) return s_str;
  if (isNumeric(recv) && name === "toFixed" && args.length <= 1) {
    if (args[0] && !isNumeric(args[0])) return an.fail(M.badArgument, "toFixed", "the number of digits must be a number");
    return s_str;
  }
  return an.fail(M.unknownMethod, recv.describe(), name);
}

/** The results of string methods (their parameters are in frontend/stdlib.ts). */
const STRING_RESULTS: Record<string, SomeValue | "list"> = {
  charAt: s_str,
  charCodeAt: someFloat(true, true), // NaN past the end
  slice: s_str,
  substring: s_str,
  indexOf: s_int,
  lastIndexOf: s_int,
  includes: s_bool,
  startsWith: s_bool,
  endsWith: s_bool,
  trim: s_str,
  trimStart: s_str,
  trimEnd: s_str,
  toUpperCase: s_str,
  toLowerCase: s_str,
  repeat: s_str,
  padStart: s_str,
  padEnd: s_str,
  split: "list",
  toString: s_str,
  concat: s_str,
};

/** "1 argument", "2 arguments", "1 to 2 arguments", "at least 1 argument". */
export function argumentCount(lo: number, hi: number): string {
  const n = (k: number): string => (k === 1 ? "1 argument" : `${k} arguments`);
  if (hi === Infinity) return `at least ${n(lo)}`;
  return lo === hi ? n(lo) : `${lo} to ${n(hi)}`;
}

/** Checks arguments against the parameters frontend/stdlib.ts lists for a member. */
function checkParams(an: Annotator, what: string, params: readonly StdlibParam[], args: SomeValue[]): void {
  const required = params.filter((p) => !p.optional).length;
  const max = params.some((p) => p.rest) ? Infinity : params.length;
  if (args.length < required || args.length > max) an.fail(M.arity, what, argumentCount(required, max), String(args.length));
  args.forEach((a, i) => {
    const p = params[Math.min(i, params.length - 1)];
    if (p.optional && a.kind === "none" && !a.nullable) return; // undefined: the argument is absent
    if ((p.kind === "int" || p.kind === "num") && !isNumeric(a)) an.fail(M.badArgument, what, `argument ${i + 1} (${p.name}) must be a number, got ${a.describe()}`);
    if (p.kind === "str" && a.kind !== "str") an.fail(M.badArgument, what, `argument ${i + 1} (${p.name}) must be a string, got ${a.describe()}`);
  });
}

/** rts/ll: ints in, an int, float or nothing out; strings must be constants (no allocation). */
function llCall(an: Annotator, op: SpaceOperation, name: string, args: SomeValue[]): SomeValue {
  const sig = LL_FUNCTIONS[name];
  checkArgs(an, `ll.${name}`, sig.args.replace(/f/g, "n"), args);
  sig.args.split("").forEach((k, i) => {
    if (k === "s" && !(op.args[i + 1] instanceof Constant)) an.fail(M.badArgument, `ll.${name}`, `argument ${i + 1} must be a string literal`);
  });
  return sig.result === "i" ? s_int : sig.result === "f" ? s_float : s_none;
}

/**
 * rts/lltype (the inside of lists and maps for rts/rlib's helpers): each
 * argument is checked against its kind; an item stored or moved joins the
 * target list's element type, a key or value stored joins the map's.
 */
function lltypeIntrinsic(an: Annotator, name: string, args: SomeValue[]): SomeValue {
  const sig = LLTYPE_INTRINSICS[name];
  const what = `lltype.${name}`;
  if (args.length !== sig.args.length) an.fail(M.arity, what, String(sig.args.length), String(args.length));
  const lists: SomeList[] = [];
  let map: SomeMap | null = null;
  const bad = (i: number, want: string): never => an.fail(M.badArgument, what, `argument ${i + 1} must be ${want}, got ${args[i].describe()}`);
  sig.args.split("").forEach((k, i) => {
    const a = args[i];
    switch (k) {
      case "l":
        if (!(a instanceof SomeList)) bad(i, "an array");
        lists.push(a as SomeList);
        break;
      case "x":
        an.generalizeList(lists[0], a);
        break;
      case "m":
        if (!(a instanceof SomeMap)) bad(i, "a Map or Set");
        map ??= a as SomeMap;
        break;
      case "e":
        if (!(a instanceof SomeMapIter)) bad(i, "the entries of a map (lltype.entriesOf)");
        map ??= (a as SomeMapIter).map;
        break;
      case "k":
        an.generalizeMap(map!, a, null);
        break;
      case "v":
        if (!map!.def.isSet) an.generalizeMap(map!, an.readMap(map!).key, a); // a Set's values are unused
        break;
      case "h":
        if (a.kind !== "int" && a.kind !== "str") bad(i, "an int or a string");
        break;
      case "s":
      case "u":
        if (a.kind !== "str") bad(i, "a string");
        break;
      case "i":
        if (a.kind !== "int") bad(i, "an int");
        break;
    }
  });
  if (name === "moveItems") an.generalizeList(lists[1], an.readList(lists[0]));
  switch (sig.result) {
    case "i":
      return s_int;
    case "n":
      return s_nonneg;
    case "b":
      return s_bool;
    case "s":
    case "u":
      return s_str;
    case "e":
      return new SomeMapIter(map!);
    case "k":
      return an.readMap(map!).key;
    case "v":
      return map!.def.isSet ? s_int : an.readMap(map!).value;
  }
  return s_none;
}

function checkArgs(an: Annotator, what: string, spec: string, args: SomeValue[]): void {
  const required = spec.split("?")[0].length;
  const all = spec.replace("?", "");
  if (args.length < required || args.length > all.length) an.fail(M.arity, what, argumentCount(required, all.length), String(args.length));
  args.forEach((a, i) => {
    const want = all[i];
    if (want === "i" && a.kind !== "int") an.fail(M.badArgument, what, `argument ${i + 1} must be an int, got ${a.describe()}`);
    // 'k': an integer as JavaScript converts numbers (any number); 'x': an int or a float known to be integral
    if (want === "k" && !isNumeric(a)) an.fail(M.badArgument, what, `argument ${i + 1} must be a number, got ${a.describe()}`);
    if (want === "x" && !(a.kind === "int" || (a instanceof SomeFloat && a.integral))) an.fail(M.badArgument, what, `argument ${i + 1} must be an int, got ${a.describe()}`);
    if (want === "s" && a.kind !== "str") an.fail(M.badArgument, what, `argument ${i + 1} must be a string, got ${a.describe()}`);
    if (want === "n" && !isNumeric(a)) an.fail(M.badArgument, what, `argument ${i + 1} must be a number, got ${a.describe()}`);
  });
}

function stringMethod(an: Annotator, name: string, args: SomeValue[]): SomeValue {
  const m = stdlibMember("string", name);
  const result = STRING_RESULTS[name];
  if (!m?.params || result === undefined) return an.fail(M.unknownMethod, "string", name);
  checkParams(an, `string.${name}`, m.params, args);
  if (result === "list") {
    const l = new SomeList(new ListDef(), false);
    an.generalizeList(l, s_str);
    return l;
  }
  return result;
}

function listMethod(an: Annotator, l: SomeList, name: string, args: SomeValue[]): SomeValue {
  switch (name) {
    case "push":
      for (const a of args) an.generalizeList(l, a);
      return s_nonneg;
    case "pop":
    case "shift": {
      // undefined when the array is empty
      const item = an.readList(l);
      return item.kind === "impossible" ? s_undef : item.withFlags(item.nullable, true);
    }
    case "slice":
      checkArgs(an, "array.slice", "?kk", args);
      return new SomeList(l.def, false);
    case "join": {
      checkArgs(an, "array.join", "?s", args);
      const item = an.readList(l);
      if (!["str", "int", "float", "bool", "impossible"].includes(item.kind)) an.fail(M.badOperands, "join", `${item.describe()} items`);
      return s_str;
    }
    case "concat": {
      // a new array: its family is the receiver's and the arguments' (one element type)
      let def = l.def;
      for (const other of args) {
        if (!(other instanceof SomeList)) return an.fail(M.badArgument, "array.concat", `the arguments must be arrays (of the same element type), got ${other.describe()}`);
        def = an.mergeLists(def, other.def);
      }
      return new SomeList(def, false);
    }
    case "reverse":
      return new SomeList(l.def, false);
  }
  return an.fail(M.unknownMethod, l.describe(), name);
}

function mapMethod(an: Annotator, m: SomeMap, name: string, args0: SomeValue[]): SomeValue {
  const d = m.def;
  // a key that is an integral float (it may be -0, which Maps treat as 0) is an int key, converted (checked) where used
  const args = args0.map((a, i) => (i === 0 && a instanceof SomeFloat && a.integral ? (a.nonneg ? s_nonneg : s_int).withFlags(a.nullable, a.undef) : a));
  const keyOk = (k: SomeValue): void => {
    if (d.keyKind === null && (k.kind === "str" || k.kind === "int")) d.keyKind = k.kind;
    const what = `${d.isSet ? "Set" : "Map"}.${name === "getstrict" ? "get" : name}`;
    if (k.kind === "impossible") return;
    if (k.kind !== "str" && k.kind !== "int") an.fail(M.badArgument, what, `keys must be integers or strings in RTS, got ${k.describe()}`);
    if (k.kind !== d.keyKind) an.fail(M.badArgument, what, `this ${d.isSet ? "set" : "map"} has ${d.keyKind === "str" ? "string" : "integer"} keys, got ${k.describe()}`);
  };
  switch (name) {
    case "get":
    case "getstrict": {
      keyOk(args[0]);
      an.generalizeMap(m, args[0], null);
      const v = an.readMap(m).value;
      // get() is undefined for a missing key; getstrict (m.get(k)!) stops the program instead
      if (name === "get") return v.kind === "impossible" ? s_undef : v.withFlags(v.nullable, true);
      return v;
    }
    case "set":
      keyOk(args[0]);
      an.generalizeMap(m, args[0], args[1]);
      return m;
    case "add":
      keyOk(args[0]);
      an.generalizeMap(m, args[0], null);
      return m;
    case "has":
    case "delete":
      keyOk(args[0]);
      an.generalizeMap(m, args[0], null);
      return s_bool;
    case "clear":
      return s_none;
  }
  return an.fail(M.unknownMethod, m.describe(), name);
}

/**
 * Why console.log cannot print a value as Node does, or null: an Error prints
 * its stack trace there (which a translated program does not have).
 */
function unprintable(an: Annotator, a: SomeValue, seen: Set<unknown>): string | null {
  if (seen.has(a instanceof SomeInstance ? a.cls : a)) return null;
  seen.add(a instanceof SomeInstance ? a.cls : a);
  const error = an.fe.builtinClasses.get("Error")!;
  if (a instanceof SomeInstance) {
    for (const root of a.roots()) {
      for (const c of root.subtree()) {
        if (c.isSubclassOf(error)) return `an Error prints its stack trace on Node: print its message (e.message) instead`;
        for (const f of c.allFields()) {
          const why = unprintable(an, an.readField(f), seen);
          if (why) return why;
        }
      }
    }
    return null;
  }
  if (a instanceof SomeList) return unprintable(an, an.readList(a), seen);
  if (a instanceof SomeMap) {
    const d = an.readMap(a);
    return unprintable(an, d.key, seen) ?? (d.isSet ? null : unprintable(an, d.value, seen));
  }
  if (a.kind === "jitdriver" || a.kind === "mapiter") return `${a.describe()} is not a value RTS can print`;
  return null;
}

function builtinCall(an: Annotator, op: SpaceOperation, name: string, args0: SomeValue[]): SomeValue {
  // Math functions see their arguments' values (the rtyper checks that they are not undefined)
  const args = name.startsWith("Math.") || name === "String.fromCharCode" ? args0.map((a) => a.withFlags(false, false)) : args0;
  const numArgs = (): void => requireNumeric(an, name, ...args);
  if (name.startsWith("rts/ll:")) return llCall(an, op, name.slice(7), args);
  if (name.startsWith("rts/lltype:")) return lltypeIntrinsic(an, name.slice(11), args);
  switch (name) {
    case "Math.floor":
    case "Math.ceil":
    case "Math.round":
    case "Math.trunc":
      checkArgs(an, name, "n", args);
      return rounding(name.slice(5), args[0], constNumber(op.args[1]));
    case "Math.abs":
    case "Math.sign":
      checkArgs(an, name, "n", args);
      return mathResult(name.slice(5), args);
    case "Math.min":
    case "Math.max":
      numArgs();
      if (args.length === 0) return s_float; // -Infinity / Infinity
      return mathResult(name.slice(5), args);
    case "Math.pow":
      checkArgs(an, name, "nn", args);
      usePow(an);
      return arithmetic("pow", args[0], args[1], constNumber(op.args[1]), constNumber(op.args[2]));
    case "Math.sqrt": // (sin, cos, ... and hypot are RTS code: rts/rlib/fdlibm, rts/rlib/builtins)
      checkArgs(an, name, "n", args);
      return mathResult(name.slice(5), args);
    case "Math.random":
      return mathResult("random", []);
    case "Math.imul":
      checkArgs(an, name, "nn", args);
      return s_int;
    case "Math.clz32":
      checkArgs(an, name, "n", args);
      return s_int;
    case "console.log":
      for (const a of args) {
        const why = unprintable(an, a, new Set());
        if (why) an.failNow(M.badArgument, "console.log", why);
      }
      return s_none;
    case "String.fromCharCode":
      checkArgs(an, name, "n", args);
      return s_str;
    case "Number":
      if (args.length !== 1) return an.fail(M.arity, "Number", argumentCount(1, 1), String(args.length));
      if (args[0].kind === "str") return s_float;
      if (args[0].kind === "bool") return s_nonneg;
      numArgs();
      return args[0].undef ? s_float : args[0]; // Number(undefined) is NaN
    case "parseFloat":
    case "Number.parseFloat":
      checkArgs(an, name, "s", args);
      return s_float;
    case "parseInt":
    case "Number.parseInt":
      checkArgs(an, name, "s?n", args);
      return s_float;
    case "isNaN":
    case "isFinite":
    case "Number.isNaN":
    case "Number.isFinite":
    case "Number.isInteger":
      if (args.length !== 1) return an.fail(M.arity, name, argumentCount(1, 1), String(args.length));
      numArgs();
      return s_bool;
    case "rts/rlib/os:write":
      checkArgs(an, "write", "is", args);
      return s_none;
    case "rts/rlib/os:writeByte":
      checkArgs(an, "writeByte", "kk", args);
      return s_none;
    case "rts/rlib/os:readByte":
      checkArgs(an, "readByte", "k", args);
      return s_int;
    case "rts/rlib/os:readLine":
      return s_str.withNullable(true);
    case "rts/rlib/os:readFile":
      checkArgs(an, "readFile", "s", args);
      return s_str.withNullable(true);
    case "rts/rlib/os:clock":
    case "rts/rlib/os:now":
      return s_float;
    case "rts/rlib/os:flush":
      return s_none;
    case "rts/rlib:intDiv":
      checkArgs(an, "intDiv", "xx", args);
      return s_int;
    case "rts/rlib:wrapAdd":
    case "rts/rlib:wrapSub":
    case "rts/rlib:wrapMul":
      checkArgs(an, name.slice(9), "nn", args);
      return s_int;
    case "rts/rlib:intmask":
      checkArgs(an, "intmask", "n", args);
      return s_int;
    case "rts/rlib:toInt":
      numArgs();
      return s_int;
    case "rts/rlib:toFloat":
      numArgs();
      return s_float;
    case "rts/rlib:floatHighWord":
      checkArgs(an, "floatHighWord", "n", args);
      return s_int;
    case "rts/rlib:floatLowWord":
      checkArgs(an, "floatLowWord", "n", args);
      return s_nonneg;
    case "rts/rlib:floatFromWords":
      checkArgs(an, "floatFromWords", "xx", args);
      return s_float;
    case "rts/rlib:formatd":
      checkArgs(an, "formatd", "nsi", args);
      return s_str;
    case "rts/jit:promote":
      return args[0];
    case "rts/jit:weAreJitted":
      return s_bool;
  }
  return an.fail(M.unsupportedBuiltin, name);
}
