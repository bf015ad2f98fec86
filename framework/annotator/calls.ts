// Annotation of calls of methods and builtins: a class's methods (one
// family per name), the string, list, map and typed-array methods of the
// standard library (frontend/stdlib.ts), rts/ll and rts/lltype intrinsics,
// Math and the global functions (RPython's unaryop.py methods and
// builtin.py).
import { Constant, type SpaceOperation } from "../flow/model.ts";
import { givenArgs, isErrorClass, type FunctionDesc, type KeyKind } from "../flow/descriptors.ts";
import { jitLookInsideIff, locKey } from "../jit/marks.ts";
import { LLTYPE_INTRINSICS, LL_FUNCTIONS } from "../frontend/builtins.ts";
import { stdlibMember, type StdlibParam } from "../frontend/stdlib.ts";
import { M } from "../diagnostics/messages.ts";
import type { Annotator } from "./annotator.ts";
import { arithmetic, constNumber, mathResult, rounding } from "./numbers.ts";
import {
  SomeBool, SomeFloat, SomeImpossible, SomeInstance, SomeInt, SomeMapIter, SomeList, SomeMap, SomeTyped, SomeValue, isNumeric, s_bool, s_float, s_impossible, s_int, s_none, s_nonneg, s_str, s_undef,
  mayBeBoxed, someFloat,
  } from "./model.ts";


export function requireNumeric(an: Annotator, name: string, ...xs: SomeValue[]): void {
  for (const x of xs) if (!isNumeric(x)) an.fail(M.badOperands, name, x.describe());
}

/** ** and Math.pow compute as V8 does, with rts/rlib/fdlibm's pow (also the exact int path, past 2^53): it joins the program. */
export function usePow(an: Annotator): void {
  if (!an.machineInts) an.call(an.fe.arrayHelper("fdlibmPow", "rts/rlib/fdlibm"), [s_float, s_float]);
}

/** rts/jit lookInsideIff: a call of a marked function or method also annotates its predicate with the call's arguments (the JIT traces it there). */
export function lookInsideIffPredicate(an: Annotator, fn: FunctionDesc, args: SomeValue[]): void {
  an.lookInsideIff ??= jitLookInsideIff(an.fe);
  const predicate = an.lookInsideIff.get(locKey(fn.loc));
  if (!predicate) return;
  const r = an.call(predicate, args);
  if (!(r instanceof SomeBool) && !(r instanceof SomeImpossible)) an.fail(M.jitLookInsideIff, `the predicate ${predicate.name} returns ${r.base()}, not a boolean`);
}

export function callMethod(an: Annotator, op: SpaceOperation, recv: SomeValue, name: string, args: SomeValue[]): SomeValue {
  if (recv instanceof SomeInstance) {
    const family = an.methodFamily(recv, name);
    let result: SomeValue = s_impossible;
    for (const impl of family) {
      const withSelf = [new SomeInstance(impl.cls!, false), ...args];
      const r = an.call(impl, withSelf, givenArgs(op.args.slice(2)));
      lookInsideIffPredicate(an, impl, withSelf);
      result = result.kind === "impossible" ? r : r.kind === "impossible" ? result : an.unionOf(result, r, `the results of ${name}()`);
    }
    return result;
  }
  if (recv.kind === "str") return stringMethod(an, op, name, args);
  if (recv instanceof SomeList) return listMethod(an, recv, name, args);
  if (recv instanceof SomeMap) return mapMethod(an, recv, name, args);
  if (recv instanceof SomeTyped) {
    if (name === "fill") return recv;
    return an.fail(M.unknownMethod, recv.describe(), name);
  }
  if ((isNumeric(recv) || recv.kind === "bool") && name === "toString" && args.length === 0) return s_str;
  if (isNumeric(recv) && ["toFixed", "toString", "toExponential", "toPrecision"].includes(name) && args.length <= 1) {
    if (args[0] && !isNumeric(args[0])) return an.fail(M.badArgument, name, "the argument must be a number");
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
  at: s_str.withFlags(false, true), // undefined outside the string
  codePointAt: s_nonneg.withFlags(false, true),
  replace: s_str,
  replaceAll: s_str,
  localeCompare: s_int,
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
  checkArgs(an, `ll.${name}`, sig.args.replace(/f/g, "n").replace(/S/g, "s"), args);
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
        if (!keyKindOf(a) && a.kind !== "none") bad(i, "an int, a string or an object");
        break;
      case "s":
      case "u":
      case "w":
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
    case "w":
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

function stringMethod(an: Annotator, op: SpaceOperation, name: string, args: SomeValue[]): SomeValue {
  const m = stdlibMember("string", name);
  const result = STRING_RESULTS[name];
  if (!m?.params || result === undefined) return an.fail(M.unknownMethod, "string", name);
  checkParams(an, `string.${name}`, m.params, args);
  if (result === "list") {
    // (one list family per call site, as newlist has)
    const l = new SomeList(an.siteListDef(op), false);
    an.generalizeList(l, s_str);
    return new SomeList(l.def, false);
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
    case "unshift":
      for (const a of args) an.generalizeList(l, a);
      return s_nonneg;
    case "splice":
      // start, deleteCount?, ...items: the removed items in a new array of the family
      checkArgs(an, "array.splice", "k?k", args.slice(0, 2));
      for (const a of args.slice(2)) an.generalizeList(l, a);
      return new SomeList(l.def, false);
    case "join": {
      checkArgs(an, "array.join", "?s", args);
      const item = an.readList(l);
      // (objects and value unions: their toString(), rts/rlib/strings listJoin)
      if (!["str", "int", "float", "bool", "impossible"].includes(item.kind) && !(item instanceof SomeInstance)) an.fail(M.badOperands, "join", `${item.describe()} items`);
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

const KEY_WORDS: Record<KeyKind, string> = { int: "integer", str: "string", ref: "object" };

/** How a Map keys a value: by its contents (ints, strings), by identity (class instances, records that are not value boxes), or not at all. */
export function keyKindOf(k: SomeValue): KeyKind | null {
  if (k.kind === "str" || k.kind === "int") return k.kind;
  return k instanceof SomeInstance && !mayBeBoxed(k) ? "ref" : null;
}

export function mapMethod(an: Annotator, m: SomeMap, name: string, args0: SomeValue[]): SomeValue {
  const d = m.def;
  // a float key (an integral one may be -0, which Maps treat as 0) is an int key, converted where used: a fraction or NaN stops the program
  const args = args0.map((a, i) => (i === 0 && a instanceof SomeFloat ? (a.integral && a.nonneg ? s_nonneg : s_int).withFlags(a.nullable, a.undef) : a));
  const keyOk = (k: SomeValue): void => {
    const kind = keyKindOf(k);
    if (d.keyKind === null && kind) d.keyKind = kind;
    const what = `${d.isSet ? "Set" : "Map"}.${name === "getstrict" ? "get" : name}`;
    if (k.kind === "impossible" || (k.kind === "none" && d.keyKind === "ref")) return;
    if (!kind) an.fail(M.badArgument, what, `keys must be integers, strings or objects (class instances, records) in RTS, got ${k.describe()}`);
    if (kind !== d.keyKind) an.fail(M.badArgument, what, `this ${d.isSet ? "set" : "map"} has ${KEY_WORDS[d.keyKind ?? "int"]} keys, got ${k.describe()}`);
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
        if (isErrorClass(c, error)) return `an Error prints its stack trace on Node: print its message (e.message) instead`;
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

/** rts/rlib functions whose arguments checkArgs checks (its spec) and whose result is always the same. */
const CHECKED_RLIB_CALLS: Record<string, [string, SomeValue]> = {
  "rts/rlib/os:write": ["is", s_none],
  "rts/rlib/os:writeByte": ["kk", s_none],
  "rts/rlib/os:readByte": ["k", s_int],
  "rts/rlib/os:readFile": ["s", s_str.withNullable(true)],
  "rts/rlib/os:openFile": ["skk", s_int],
  "rts/rlib/os:readBytes": ["kk", s_str.withNullable(true)],
  "rts/rlib/os:writeBytes": ["ks", s_int],
  "rts/rlib/os:closeFile": ["k", s_int],
  "rts/rlib/os:seekFile": ["kkk", s_int],
  "rts/rlib/os:removeFile": ["s", s_int],
  "rts/rlib/os:truncateFile": ["kk", s_int],
  "rts/rlib/os:isTerminal": ["k", s_bool],
  "rts/rlib/os:currentDirectory": ["", s_str.withNullable(true)],
  "rts/rlib:intDiv": ["xx", s_int],
  "rts/rlib:wrapAdd": ["nn", s_int],
  "rts/rlib:wrapSub": ["nn", s_int],
  "rts/rlib:wrapMul": ["nn", s_int],
  "rts/rlib:intmask": ["n", s_int],
  "rts/rlib:floatHighWord": ["n", s_int],
  "rts/rlib:floatLowWord": ["n", s_nonneg],
  "rts/rlib:floatFromWords": ["xx", s_float],
  "rts/rlib:formatd": ["nsi", s_str],
};

export function builtinCall(an: Annotator, op: SpaceOperation, name: string, args0: SomeValue[]): SomeValue {
  // Math functions see their arguments' values (the rtyper checks that they are not undefined)
  const args = name.startsWith("Math.") || name === "String.fromCharCode" ? args0.map((a) => a.withFlags(false, false)) : args0;
  const numArgs = (): void => requireNumeric(an, name, ...args);
  if (name.startsWith("rts/ll:")) return llCall(an, op, name.slice(7), args);
  if (name.startsWith("rts/lltype:")) return lltypeIntrinsic(an, name.slice(11), args);
  const checked = CHECKED_RLIB_CALLS[name];
  if (checked) {
    checkArgs(an, name.slice(name.indexOf(":") + 1), checked[0], args);
    // the quotient of two non-negative ints is one too (so a digit loop's % stays an int)
    if (name === "rts/rlib:intDiv" && args.every((a) => a instanceof SomeInt && a.nonneg)) return s_nonneg;
    return checked[1];
  }
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
    case "rts/rlib/os:readLine":
      return s_str.withNullable(true);
    case "rts/rlib/os:clock":
    case "rts/rlib/os:now":
      return s_float;
    case "rts/rlib/os:lastErrno":
      return s_int;
    case "rts/rlib/os:flush":
      return s_none;
    case "rts/rlib:toInt":
      numArgs();
      return s_int;
    case "rts/rlib:toFloat":
      numArgs();
      return s_float;
    case "rts/jit:promote":
      return args[0];
    case "rts/jit:weAreJitted":
    case "rts/jit:isConstant":
      return s_bool;
    case "rts/jit:setParam":
      checkArgs(an, "setParam", "sn", args);
      return s_none;
  }
  return an.fail(M.unsupportedBuiltin, name);
}
