// Lowering of the methods of strings, arrays and maps: most of them are
// calls of helpers written in RTS (rts/rlib/strings, lists, maps: RPython's
// rstr.py, rlist.py, rordereddict.py), annotated and rtyped on first use.
import { Constant, type Value } from "../flow/model.ts";
import { ListDef, SomeList, SomeMap, SomeMapIter, s_bool, s_float, s_int, s_str, type SomeValue } from "../annotator/model.ts";
import { Float, Signed, typeName } from "./lltypes.ts";
import type { LLBuilder, LLFunction, RTyper } from "./rtyper.ts";
import { BIG, isInt, itemOf, strConst, toFloat, toIndex, toInt32, toKey } from "./lower-conversions.ts";

export function stringMethod(ll: LLBuilder, s: Value, name: string, args: Value[], anns: SomeValue[]): void {
  const i = (n: number): Constant => ll.int(n);
  const defaults: Record<string, Value[]> = {
    slice: [i(0), i(BIG)],
    substring: [i(0), i(BIG)],
    indexOf: [strConst(""), i(0)],
    lastIndexOf: [strConst(""), i(BIG)],
    includes: [strConst(""), i(0)],
    startsWith: [strConst(""), i(0)],
    endsWith: [strConst(""), i(BIG)],
    padStart: [i(0), strConst(" ")],
    padEnd: [i(0), strConst(" ")],
    charAt: [i(0)],
    charCodeAt: [i(0)],
    at: [i(0)],
    codePointAt: [i(0)],
  };
  if (name === "toString") return ll.result(s);
  if (name === "concat") {
    if (args.length === 0) return ll.result(s);
    let acc = s;
    for (const a of args) acc = stringConcat(ll, acc, a);
    return ll.result(acc);
  }
  // a position that is NaN means "from the end" for lastIndexOf (ToNumber, not ToIntegerOrInfinity)
  if (name === "lastIndexOf" && args.length === 2 && !isInt(anns[1])) return ll.result(callStrings(ll, "strLastIndexOfNumber", [s_str, s_str, s_float], [s, args[0], toFloat(ll, args[1])]));
  // the RangeError names the count as given: "Invalid count value: -1.5"
  if (name === "repeat" && !isInt(anns[0])) return ll.result(callStrings(ll, "strRepeatNumber", [s_str, s_float], [s, toFloat(ll, args[0])]));
  if (name === "split" && args.length === 2) {
    // at most ToUint32(limit) pieces
    const parts = programList(ll, stringHelper(ll, "split", [s, args[0]]));
    const limit = ll.genop("uint32_shr", [toInt32(ll, args[1], anns[1]), ll.int(0)], Signed); // x >>> 0
    return ll.result(listHelper(ll, ll.rt, "listSlice", ll.rt.an.annotation(ll.hl.result) as SomeList, [parts, ll.int(0), limit], "lii"));
  }
  const full = [...args];
  const d = defaults[name];
  if (d) while (full.length < d.length) full.push(d[full.length]);
  if (!STRING_HELPERS[name]) throw new Error(`internal: string method ${name} has no helper`); // the annotator accepts only these
  if (name === "split") return ll.result(programList(ll, stringHelper(ll, name, [s, ...full])));
  ll.result(ll.convert(stringHelper(ll, name, [s, ...full]), ll.resultType));
}

/**
 * The fresh list of strings a string helper made, as a list of the
 * operation's own family: itself when that holds strings, else a new list
 * of the family's item type with the strings pushed (boxed into a value
 * union: `const xs: (number | string)[] = s.split(" ")`).
 */
function programList(ll: LLBuilder, strings: Value): Value {
  const to = ll.resultType;
  if (itemOf(to).k === "Str") return strings;
  const out = ll.genop("list_new", [ll.meta(itemOf(to))], to);
  const strList = new ListDef();
  strList.item = s_str;
  callHelper(ll, ll.rt.helper("listPushStrings", [ll.rt.an.annotation(ll.hl.result) as SomeList, new SomeList(strList, false)]), [out, strings]);
  return out;
}

/** The string methods (written in RTS: rts/rlib/strings), with their argument kinds (s = a string, i = an int). */
const STRING_HELPERS: Record<string, [string, string]> = {
  indexOf: ["strIndexOf", "ssi"], lastIndexOf: ["strLastIndexOf", "ssi"], includes: ["strIncludes", "ssi"],
  startsWith: ["strStartsWith", "ssi"], endsWith: ["strEndsWith", "ssi"],
  trim: ["strTrim", "s"], trimStart: ["strTrimStart", "s"], trimEnd: ["strTrimEnd", "s"],
  repeat: ["strRepeat", "si"], padStart: ["strPadStart", "sis"], padEnd: ["strPadEnd", "sis"], split: ["strSplit", "ss"],
  slice: ["strSlice", "sii"], substring: ["strSubstring", "sii"], charAt: ["strCharAt", "si"], charCodeAt: ["strCharCodeAt", "si"],
  toUpperCase: ["strToUpperCase", "s"], toLowerCase: ["strToLowerCase", "s"],
  at: ["strAt", "si"], codePointAt: ["strCodePointAt", "si"], replace: ["strReplace", "sss"], replaceAll: ["strReplaceAll", "sss"],
  localeCompare: ["strLocaleCompare", "ss"],
};

/** a < b, a <= b... (name: lt, le, gt, ge) of two strings: their order by code units (strCompare) against 0. */
export function stringComparison(ll: LLBuilder, name: string, a: Value, b: Value): void {
  const order = callStrings(ll, "strCompare", [s_str, s_str], [a, b]);
  ll.finish(`int_${name}`, [order, ll.int(0)]);
}

/** s[i] (name strCharAt, i checked) or s[i] that may be undefined (strItem), of rts/rlib/strings. */
export function stringItem(ll: LLBuilder, name: "strCharAt" | "strItem", s: Value, i: Value): Value {
  return callStrings(ll, name, [s_str, s_int], [s, i]);
}

/** String.fromCharCode of an int32 (rts/rlib/strings strFromCharCode). */
export function stringFromCharCode(ll: LLBuilder, code: Value): Value {
  return callStrings(ll, "strFromCharCode", [s_int], [code]);
}

const s_strOrNull = s_str.withFlags(true, false);
const s_strNullish = s_str.withFlags(true, true);

/** a === b of two strings that may be null, or also undefined (rts/rlib/strings strEquals, strEqualsNullish). */
export function stringEquality(ll: LLBuilder, a: Value, b: Value, undef: boolean): Value {
  const t = undef ? s_strNullish : s_strOrNull;
  return callStrings(ll, undef ? "strEqualsNullish" : "strEquals", [t, t], [a, b]);
}

/** A string key's hash (rts/rlib/strings strHash, cached in the string). */
export function stringHash(ll: LLBuilder, s: Value): Value {
  return callStrings(ll, "strHash", [s_strNullish], [s]);
}

/** a + b of two strings (rts/rlib/strings strConcat). */
export function stringConcat(ll: LLBuilder, a: Value, b: Value): Value {
  return callStrings(ll, "strConcat", [s_str, s_str], [a, b]);
}

/** a < b, a <= b... (name: lt, le, gt, ge) where an operand may be undefined: false then (rts/rlib/strings strBeforeNullish; gt and ge swap the operands). */
export function stringOrderNullish(ll: LLBuilder, name: string, a: Value, b: Value): Value {
  const [first, second] = name === "gt" || name === "ge" ? [b, a] : [a, b];
  return callStrings(ll, "strBeforeNullish", [s_strNullish, s_strNullish, s_bool], [first, second, ll.bool(name === "le" || name === "ge")]);
}

function stringHelper(ll: LLBuilder, name: string, args: Value[]): Value {
  const [helper, kinds] = STRING_HELPERS[name];
  return callStrings(ll, helper, kinds.split("").map((k) => (k === "s" ? s_str : s_int)), args);
}

/** A call of the rts/rlib/strings helper `name` for arguments annotated `anns`. */
export function callStrings(ll: LLBuilder, name: string, anns: SomeValue[], args: Value[]): Value {
  return callHelper(ll, ll.rt.helper(name, anns, "rts/rlib/strings"), args);
}

/** `new Array(n).fill(x)`: list_new_filled (one op, which raises the RangeError; a float n that is no length becomes -1). */
export function filledList(ll: LLBuilder, n: Value, na: SomeValue, x: Value): void {
  const item = itemOf(ll.resultType);
  const len = isInt(na) ? toIndex(ll, n, na) : ll.genop("float_to_length", [ll.convert(n, Float)], Signed);
  ll.finish("list_new_filled", [ll.meta(item), len, ll.convert(x, item)]);
}

/** A direct call of a helper, the arguments converted to its low-level types. */
function callHelper(ll: LLBuilder, f: LLFunction, args: Value[]): Value {
  return ll.genop("direct_call", [ll.meta(f), ...args.map((v, i) => ll.convert(v, f.argTypes[i]))], f.resultType);
}

/**
 * A call of a list helper of rts/rlib/lists on lists of `a`'s type; `kinds`
 * says what each argument is: l = such a list, i = an int, x = an item.
 */
function listHelper(ll: LLBuilder, rt: RTyper, name: string, a: SomeList, args: Value[], kinds: string): Value {
  const list = a.withFlags(false, false);
  const anns = args.map((_, i) => (kinds[i] === "l" ? list : kinds[i] === "x" ? rt.an.readList(list) : s_int));
  return callHelper(ll, rt.helper(name, anns), args);
}

export function listMethod(ll: LLBuilder, rt: RTyper, l: Value, a: SomeList, name: string, args: Value[]): void {
  switch (name) {
    case "push":
      for (const x of args) listHelper(ll, rt, "listPush", a, [l, x], "lx");
      return void ll.finish("list_len", [l]);
    case "pop": // undefined when empty
    case "shift": {
      // nothing was ever stored in the list: it stays empty
      if (rt.an.readList(a).kind === "impossible") return ll.result(rt.convertConstant(new Constant(undefined), ll.resultType));
      return ll.result(ll.convert(listHelper(ll, rt, name === "pop" ? "listPop" : "listShift", a, [l], "l"), ll.resultType));
    }
    case "slice":
      return ll.result(listHelper(ll, rt, "listSlice", a, [l, args[0] ?? ll.int(0), args[1] ?? ll.int(BIG)], "lii"));
    case "unshift":
      for (let i = args.length - 1; i >= 0; i--) listHelper(ll, rt, "listUnshift", a, [l, args[i]], "lx");
      return void ll.finish("list_len", [l]);
    case "splice": {
      const s = listHelper(ll, rt, "listSpliceStart", a, [l, args[0]], "li");
      const removed = listHelper(ll, rt, "listSplice", a, [l, s, args[1] ?? ll.int(BIG)], "lii");
      for (let k = 2; k < args.length; k++) listHelper(ll, rt, "listInsertAt", a, [l, s, ll.int(k - 2), args[k]], "liix");
      return ll.result(removed);
    }
    case "join": {
      // rts/rlib/strings: one string allocated at its final length
      const f = rt.helper(itemOf(rt.lltype(a)).k === "Str" ? "joinStrings" : "listJoin", [a.withFlags(false, false), s_str], "rts/rlib/strings");
      return ll.result(ll.convert(callHelper(ll, f, [l, args[0] ?? strConst(",")]), ll.resultType));
    }
    case "concat": {
      // one family: the receiver's and the arguments' (the annotator merged them)
      const all = rt.an.annotation(ll.hl.result) as SomeList;
      if (args.length === 0) return ll.result(listHelper(ll, rt, "listSlice", all, [l, ll.int(0), ll.int(BIG)], "lii"));
      let acc = l;
      for (const x of args) acc = listHelper(ll, rt, "listConcat", all, [acc, x], "ll");
      return ll.result(acc);
    }
    case "reverse":
      listHelper(ll, rt, "listReverse", a, [l], "l");
      return ll.result(l);
  }
  throw new Error(`internal: list method ${name} on ${typeName(rt.lltype(a))}`);
}

/**
 * A call of a map helper of rts/rlib/maps on maps of `a`'s type; `kinds`
 * says what each argument is: m = such a map, k = a key, v = a value, e =
 * its entries, i = an int, d = a value of the next annotation in `extra`.
 */
export function mapHelper(ll: LLBuilder, rt: RTyper, name: string, a: SomeMap, args: Value[], kinds: string, extra: SomeValue[] = []): Value {
  const map = a.withFlags(false, false);
  const d = rt.an.readMap(map);
  const more = [...extra];
  const anns = args.map((_, i) => (kinds[i] === "d" ? more.shift()! : { m: map, k: d.key, v: d.value, e: new SomeMapIter(map), i: s_int }[kinds[i] as "m"]));
  return callHelper(ll, rt.helper(name, anns, "rts/rlib/maps"), args);
}

export function mapMethod(ll: LLBuilder, rt: RTyper, m: Value, a: SomeMap, name: string, args0: Value[], anns: SomeValue[]): void {
  const t = rt.lltype(a);
  // a float key (maybe -0) becomes the int key it equals (checked: a fraction or NaN stops the program)
  const args = args0.map((v, i) => (i === 0 && t.k === "Map" && t.key === Signed && anns[0]?.kind === "float" ? toKey(ll, v) : v));
  switch (name) {
    case "get":
      // nothing was ever stored in the map: every get is undefined
      if (a.def.value.kind === "impossible") return ll.result(rt.convertConstant(new Constant(undefined), ll.resultType));
      return ll.result(ll.convert(mapHelper(ll, rt, "mapGet", a, [m, args[0]], "mk"), ll.resultType));
    case "getstrict": {
      // m.get(k)!: a missing key stops the program, where the program asked
      const i = mapHelper(ll, rt, "mapFind", a, [m, args[0]], "mk");
      return void ll.finish("mentry_value_found", [ll.genop("map_entries", [m], rt.lltype(new SomeMapIter(a.withFlags(false, false)))), i]);
    }
    case "set":
      mapHelper(ll, rt, "mapSet", a, [m, args[0], args[1]], "mkv");
      return ll.result(m);
    case "add":
      mapHelper(ll, rt, "setAdd", a, [m, args[0]], "mk");
      return ll.result(m);
    case "has":
      return ll.result(mapHelper(ll, rt, "mapHas", a, [m, args[0]], "mk"));
    case "delete":
      return ll.result(mapHelper(ll, rt, "mapDelete", a, [m, args[0]], "mk"));
    case "clear":
      mapHelper(ll, rt, "mapClear", a, [m], "m");
      return ll.result(rt.convertConstant(new Constant(undefined), ll.resultType));
  }
  throw new Error(`internal: map method ${name}`);
}
