// The standard-library members RTS programs may use: one list, read by the
// frontend (a member that is not here is a located check-time error), by the
// stdlib conformance suite (tests/stdlib.test.ts calls every member with
// generated arguments in every mode and compares with Node) and by the table
// in docs/rts.md (tests/docs.test.ts keeps it in sync).  The annotator and the
// rtyper implement each member; the conformance suite proves they do.

/** What a parameter takes. */
export type ParamKind =
  | "int" // any number, converted to an integer as JavaScript does (NaN → 0, fractions truncated)
  | "num" // any number
  | "str"
  | "item" // an element of the array / set, a key of the map
  | "value" // a value of the map
  | "array" // an array of the same element type
  | "fn" // a callback
  | "any" // any printable value
  | "regexp"; // a RegExp

export interface StdlibParam {
  readonly name: string;
  readonly kind: ParamKind;
  readonly optional: boolean;
  readonly rest: boolean;
}

/**
 * Owners: "string", "array", "Map", "Set", "typed array", "number" and
 * "boolean" are values of that type (`s.slice(1)`); "Math", "Number",
 * "String", "console" are the global objects (`Math.floor(x)`); "global"
 * holds the global functions (`parseInt(s)`).
 */
export type StdlibOwner = "string" | "array" | "Map" | "Set" | "typed array" | "number" | "boolean" | "Math" | "Number" | "String" | "console" | "global";

export interface StdlibMember {
  readonly owner: StdlibOwner;
  readonly name: string;
  /** null for a property or constant. */
  readonly params: readonly StdlibParam[] | null;
  /** What differs from JavaScript or is worth knowing (docs/rts.md shows it). */
  readonly note: string;
}

/** `"indexOf(x: item, fromIndex?: int)"` or `"length"` → a member. */
function member(owner: StdlibOwner, sig: string, note = ""): StdlibMember {
  const m = /^(\w+)(?:\((.*)\))?$/.exec(sig);
  if (!m) throw new Error(`internal: bad stdlib signature ${sig}`);
  const params = m[2] === undefined ? null : m[2] === "" ? [] : m[2].split(",").map((p): StdlibParam => {
    const pm = /^\s*(\.\.\.)?(\w+)(\?)?: (\w+)\s*$/.exec(p);
    if (!pm) throw new Error(`internal: bad stdlib parameter ${p} in ${sig}`);
    return { name: pm[2], kind: pm[4] as ParamKind, optional: !!pm[3] || !!pm[1], rest: !!pm[1] };
  });
  return { owner, name: m[1], params, note };
}

const S = (sig: string, note?: string): StdlibMember => member("string", sig, note);
const A = (sig: string, note?: string): StdlibMember => member("array", sig, note);

export const STDLIB: readonly StdlibMember[] = [
  S("length"),
  S("charAt(pos: int)"),
  S("charCodeAt(index: int)", "NaN past the end, as in JavaScript: the result is a float then"),
  S("slice(start?: int, end?: int)"),
  S("substring(start: int, end?: int)"),
  S("indexOf(searchString: str, position?: int)"),
  S("lastIndexOf(searchString: str, position?: num)"),
  S("includes(searchString: str, position?: int)"),
  S("startsWith(searchString: str, position?: int)"),
  S("endsWith(searchString: str, endPosition?: int)"),
  S("trim()"),
  S("trimStart()"),
  S("trimEnd()"),
  S("toUpperCase()", "full Unicode case mapping, as Node (ß becomes SS)"),
  S("toLowerCase()", "full Unicode case mapping, as Node (a final Σ becomes ς)"),
  S("repeat(count: int)"),
  S("padStart(maxLength: int, fillString?: str)"),
  S("padEnd(maxLength: int, fillString?: str)"),
  S("split(separator: str, limit?: int)", "the separator is a string or a RegExp (its groups spliced in)"),
  S("match(regexp: regexp)", "exec's result without the g flag; with it, every matched text (an array without index and input)"),
  S("matchAll(regexp: regexp)", "the g flag required; the matches are found when the call is made (for-of, spread)"),
  S("search(regexp: regexp)"),
  S("concat(...strings: str)"),
  S("at(index: int)", "undefined outside the string"),
  S("codePointAt(pos: int)", "undefined outside the string; a lone surrogate is itself"),
  S("replace(searchValue: str, replaceValue: str)", "a string pattern (its first occurrence) or a RegExp; a replacement string with $$, $&, $`, $' (and $1, $<name> with a RegExp), or with a RegExp literal a function (match, p1, ..., offset, input)"),
  S("replaceAll(searchValue: str, replaceValue: str)", "a string pattern and a replacement string as replace() takes them"),
  S("localeCompare(that: str)", "V8's order for ASCII strings (ICU's root collation: punctuation, digits, letters, a before A before b); other characters after ASCII by code unit; no locales or options"),
  S("toString()"),

  A("length"),
  A("push(...items: item)"),
  A("pop()", "undefined when the array is empty"),
  A("shift()", "undefined when the array is empty"),
  A("unshift(...items: item)"),
  A("splice(start: int, deleteCount?: int, ...items: item)"),
  A("slice(start?: int, end?: int)"),
  A("join(separator?: str)"),
  A("indexOf(searchElement: item, fromIndex?: int)"),
  A("lastIndexOf(searchElement: item, fromIndex?: int)"),
  A("includes(searchElement: item, fromIndex?: int)"),
  A("concat(...items: array)", "the arguments are arrays"),
  A("reverse()"),
  A("at(index: int)"),
  A("forEach(callbackfn: fn)"),
  A("map(callbackfn: fn)"),
  A("filter(predicate: fn)"),
  A("some(predicate: fn)"),
  A("every(predicate: fn)"),
  A("find(predicate: fn)"),
  A("findIndex(predicate: fn)"),
  A("flatMap(callback: fn)", "the callback returns an array"),
  A("flat()", "one level (flat(1))"),
  A("fill(value: item, start?: int, end?: int)", "also `new Array(n).fill(x)`: n copies of x"),
  A("findLast(predicate: fn)"),
  A("findLastIndex(predicate: fn)"),
  A("reduce(callbackfn: fn, initialValue?: any)"),
  A("reduceRight(callbackfn: fn, initialValue?: any)"),
  A("sort(compareFn?: fn)", "V8's TimSort: the same comparator calls as Node, in the same order (so an inconsistent comparator gives Node's order too); undefined items go last uncompared; without a comparator the items are compared as strings"),

  member("Map", "size"),
  member("Map", "get(key: item)", "undefined for a missing key; m.get(k)! stops the program with an error instead"),
  member("Map", "set(key: item, value: value)", "keys are integers or strings"),
  member("Map", "has(key: item)"),
  member("Map", "delete(key: item)"),
  member("Map", "clear()"),
  member("Map", "keys()", "in for-of and spread"),
  member("Map", "values()", "in for-of and spread"),
  member("Map", "entries()", "in for-of and spread"),
  member("Map", "forEach(callbackfn: fn)", "in insertion order, entries added by the callback too (as for-of)"),
  member("Set", "size"),
  member("Set", "add(value: item)", "values are integers or strings"),
  member("Set", "has(value: item)"),
  member("Set", "delete(value: item)"),
  member("Set", "clear()"),
  member("Set", "keys()", "in for-of and spread"),
  member("Set", "values()", "in for-of and spread"),
  member("Set", "entries()", "in for-of and spread"),
  member("Set", "forEach(callbackfn: fn)", "in insertion order, values added by the callback too (as for-of)"),

  member("typed array", "length"),
  member("typed array", "fill(value: num)", "fills the whole array"),

  member("number", "toString(radix?: int)", "radix 2 to 36, fractions as V8 prints them"),
  member("number", "toFixed(fractionDigits?: int)"),
  member("number", "toExponential(fractionDigits?: int)"),
  member("number", "toPrecision(precision?: int)"),
  member("boolean", "toString()"),

  ...["floor", "ceil", "round", "trunc", "sqrt", "abs", "sign", "sin", "cos", "tan", "atan", "exp", "log"].map((f) => member("Math", `${f}(x: num)`)),
  member("Math", "atan2(y: num, x: num)"),
  member("Math", "pow(x: num, y: num)"),
  member("Math", "min(...values: num)"),
  member("Math", "max(...values: num)"),
  member("Math", "hypot(...values: num)"),
  member("Math", "imul(x: num, y: num)"),
  member("Math", "clz32(x: num)"),
  member("Math", "random()"),
  ...["PI", "E", "LN2", "LN10", "LOG2E", "LOG10E", "SQRT2", "SQRT1_2"].map((c) => member("Math", c)),

  member("Number", "parseFloat(string: str)"),
  member("Number", "parseInt(string: str, radix?: int)"),
  member("Number", "isNaN(number: num)"),
  member("Number", "isFinite(number: num)"),
  member("Number", "isInteger(number: num)"),
  ...["MAX_SAFE_INTEGER", "MIN_SAFE_INTEGER", "MAX_VALUE", "MIN_VALUE", "EPSILON", "POSITIVE_INFINITY", "NEGATIVE_INFINITY", "NaN"].map((c) => member("Number", c)),
  member("String", "fromCharCode(...codes: num)", "ToUint16 of each code"),
  member("String", "fromCodePoint(...codes: num)", "RangeError for a value that is no code point"),
  member("console", "log(...data: any)", "prints as Node's util.inspect; an Error cannot be printed (its stack trace)"),

  member("global", "Number(value: any)", "of a number, a string or a boolean"),
  member("global", "String(value?: any)"),
  member("global", "parseFloat(string: str)"),
  member("global", "parseInt(string: str, radix?: int)"),
  member("global", "isNaN(number: num)"),
  member("global", "isFinite(number: num)"),
];

const BY_KEY = new Map(STDLIB.map((m) => [`${m.owner}.${m.name}`, m]));

export function stdlibMember(owner: StdlibOwner, name: string): StdlibMember | undefined {
  return BY_KEY.get(`${owner}.${name}`);
}

/**
 * The owner of a member of the TypeScript standard library, from the name of
 * the interface that declares it; null for interfaces RTS does not model.
 */
export function ownerOfInterface(name: string): StdlibOwner | null {
  switch (name) {
    case "String":
      return "string";
    case "Array":
    case "ReadonlyArray":
      return "array";
    case "Map":
    case "ReadonlyMap":
      return "Map";
    case "Set":
    case "ReadonlySet":
      return "Set";
    case "Uint8Array":
    case "Int32Array":
    case "Float64Array":
      return "typed array";
    case "Number":
      return "number";
    case "Boolean":
      return "boolean";
    case "Math":
      return "Math";
    case "NumberConstructor":
      return "Number";
    case "StringConstructor":
      return "String";
    case "Console":
      return "console";
  }
  return null;
}

/** "string.slice", "Math.floor": how messages and docs name a member. */
export function memberTitle(owner: StdlibOwner, name: string): string {
  return owner === "global" ? name : `${owner}.${name}`;
}
