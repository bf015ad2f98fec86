// str's methods.  A str is JavaScript text with its length in code points;
// indexes and slices count code points (text beyond U+FFFF goes through an
// array of code points, the rest indexes the text directly).
import { toInt } from "rts/rlib";
import { COMPARE_NAMES } from "../code.ts";
import { LookupError, indexError, typeError, valueError } from "./exceptions.ts";
import { dictSet, newDict } from "./dict.ts";
import {
  KwArgs, NONE, NOT_IMPLEMENTED, PyBuiltin, PyDict, PyError, PyBytes, PyInstance, PyStaticMethod, type PyType, PyInt, PyList, PyObject, PySlice, PyStr, PyTuple, STR_TYPE, pyBool, pyInt, pyStr, pyTuple, codePointLength,
} from "./model.ts";
import { defMethod, str, typeName } from "./ops.ts";
import { getItem, iterate, sliceIndices, toIndex, PyStrIterator } from "./items.ts";
import { strRepr } from "../ast.ts";
import { wrapBuiltin } from "./lists.ts";
import { codecArgs, decodeBytes, encodeText } from "./codecs.ts";
import { formatStr, percentFormat, strFormat } from "./format.ts";
import { foldException, isCaseIgnorableCode, isDecimalCode, isIdContinueCode, isIdStartCode, isDigitCode, isNumericCode, titleException } from "./unicode-digits.ts";

export function asStr(o: PyObject): PyStr {
  if (o instanceof PyStr) return o;
  if (o instanceof PyInstance && o.builtin instanceof PyStr) return o.builtin;
  throw typeError(`descriptor requires a 'str' object but received a '${typeName(o)}'`);
}

/** The text of a str (or a str subclass's instance), or null. */
function strText(o: PyObject): string | null {
  if (o instanceof PyStr) return o.value;
  if (o instanceof PyInstance && o.builtin instanceof PyStr) return o.builtin.value;
  return null;
}

/** A str argument's text; otherwise the TypeError `${what}, not <type>`. */
function strArg(o: PyObject, what: string): string {
  const s = strText(o);
  // (as CPython's argument checks say it: None by name)
  if (s === null) throw typeError(`${what}, not ${o === NONE ? "None" : typeName(o)}`);
  return s;
}

function stripChars(o: PyObject): string {
  const s = strText(o);
  if (s === null) throw typeError("strip arg must be None or str");
  return s;
}

/** The code points of a text with characters beyond U+FFFF, each as its own JS string. */
function codePoints(s: string): string[] {
  return Array.from(s);
}

export function strIndex(s: PyStr, i: number): PyStr {
  const n = s.length;
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw indexError("string index out of range");
  if (n === s.value.length) return new PyStr(s.value.charAt(i), 1);
  return new PyStr(codePoints(s.value)[i], 1);
}

export function strSlice(s: PyStr, sl: PySlice): PyStr {
  const [start, , step, count] = sliceIndices(sl, s.length);
  if (s.length === s.value.length) {
    if (step === 1) return new PyStr(s.value.slice(start, start + count), count);
    let out = "";
    for (let i = 0, j = start; i < count; i++, j += step) out += s.value.charAt(j);
    return new PyStr(out, count);
  }
  const cps = codePoints(s.value);
  let out = "";
  for (let i = 0, j = start; i < count; i++, j += step) out += cps[j];
  return new PyStr(out, count);
}

/** A position in code points to a position in the JS text. */
function unitIndex(s: PyStr, cp: number): number {
  if (s.length === s.value.length) return cp;
  let u = 0;
  for (let i = 0; i < cp && u < s.value.length; i++) {
    const c = s.value.charCodeAt(u);
    u += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
  }
  return u;
}

function cpIndex(s: PyStr, unit: number): number {
  if (s.length === s.value.length) return unit;
  return codePointLength(s.value.slice(0, unit));
}

/** A [start, end) range of a str's code points or a bytes' bytes (a record: RTS shares tuple types across a program). */
export interface Span {
  start: number;
  end: number;
  /** start was past end: nothing is in it, not even the empty string. */
  empty: boolean;
}

/** The optional start/end arguments at args[from...] over a sequence of n items (str's and bytes' find, count, ...). */
export function span(n: number, args: PyObject[], from: number): Span {
  const bound = (o: PyObject | undefined, dflt: number): number => {
    if (o === undefined || o === NONE) return dflt;
    const v = toIndex(o);
    return v < 0 ? Math.max(0, v + n) : v;
  };
  const start = bound(args[from], 0);
  const end = Math.min(bound(args[from + 1], n), n);
  // (a start past the end matches nothing, not even "": CPython compares end - start with the length first)
  return start > end ? { start: end, end, empty: true } : { start, end, empty: false };
}

const WHITESPACE = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000";

function isSpace(c: string): boolean {
  return WHITESPACE.includes(c);
}

function strip(s: string, chars: string | null, left: boolean, right: boolean): string {
  let a = 0;
  let b = s.length;
  const drop = (c: string): boolean => (chars === null ? isSpace(c) : chars.includes(c));
  if (left) while (a < b && drop(s.charAt(a))) a++;
  if (right) while (b > a && drop(s.charAt(b - 1))) b--;
  return s.slice(a, b);
}

function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && isSpace(s.charAt(i))) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(s.slice(i)); // (the rest as it is, trailing whitespace too)
      return out;
    }
    let j = i;
    while (j < n && !isSpace(s.charAt(j))) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

function rsplitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = s.length;
  while (i > 0) {
    while (i > 0 && isSpace(s.charAt(i - 1))) i--;
    if (i <= 0) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(s.slice(0, i)); // (the rest as it is, leading whitespace too)
      break;
    }
    let j = i;
    while (j > 0 && !isSpace(s.charAt(j - 1))) j--;
    out.push(s.slice(j, i));
    i = j;
  }
  return out.reverse();
}

function splitSep(s: string, sep: string, maxsplit: number): string[] {
  if (sep === "") throw valueError("empty separator");
  const out: string[] = [];
  let i = 0;
  for (;;) {
    if (maxsplit >= 0 && out.length === maxsplit) break;
    const j = s.indexOf(sep, i);
    if (j < 0) break;
    out.push(s.slice(i, j));
    i = j + sep.length;
  }
  out.push(s.slice(i));
  return out;
}

function rsplitSep(s: string, sep: string, maxsplit: number): string[] {
  if (sep === "") throw valueError("empty separator");
  const out: string[] = [];
  let end = s.length;
  for (;;) {
    if (maxsplit >= 0 && out.length === maxsplit) break;
    const j = end - sep.length < 0 ? -1 : s.lastIndexOf(sep, end - sep.length);
    if (j < 0) break;
    out.push(s.slice(j + sep.length, end));
    end = j;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

function strList(parts: string[]): PyList {
  return new PyList(parts.map((p) => pyStr(p)));
}

/** split's (sep=None, maxsplit=-1) from positional or keyword arguments. */
function splitArgs(args: PyObject[], kw: KwArgs | null): [string | null, number] {
  let sep: PyObject = args.length > 1 ? args[1] : NONE;
  let maxsplit: PyObject = args.length > 2 ? args[2] : pyInt(-1);
  if (kw !== null)
    kw.names.forEach((n, i) => {
      if (n === "sep") sep = kw.values[i];
      else if (n === "maxsplit") maxsplit = kw.values[i];
      else throw typeError(`'${n}' is an invalid keyword argument for split()`);
    });
  return [sep === NONE ? null : strArg(sep, "must be str or None"), toIndex(maxsplit)];
}

function isCased(c: string): boolean {
  return c.toLowerCase() !== c.toUpperCase();
}

/** The titlecase of one code point (a character of a for-of): its upper() but for digraphs, ligatures, ß and a few more. */
function titleOf(c: string): string {
  const t = titleException(c.codePointAt(0)!);
  return t !== null ? t : c.toUpperCase();
}

export function titleCase(s: string): string {
  const cps = codePoints(s);
  let out = "";
  let prevCased = false;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    out += prevCased ? lowerAt(cps, i) : titleOf(c);
    prevCased = isCased(c);
  }
  return out;
}

function all(s: string, test: (c: string) => boolean): boolean {
  if (s.length === 0) return false;
  for (const c of s) if (!test(c)) return false;
  return true;
}

/** str.isdecimal, str.isdigit and str.isnumeric of one code point (a character of a for-of over the text). */
const isDecimalChar = (c: string): boolean => isDecimalCode(c.codePointAt(0)!);
const isUnicodeDigitChar = (c: string): boolean => isDigitCode(c.codePointAt(0)!);
const isNumericChar = (c: string): boolean => isNumericCode(c.codePointAt(0)!);
function isAlphaChar(c: string): boolean {
  if (isCased(c)) return true;
  const u = c.charCodeAt(0);
  if (isDigitCode(u)) return false; // (no digit is a letter: the script ranges below hold some)
  return (u >= 0x5d0 && u <= 0x6ff) || (u >= 0x900 && u <= 0xdff) || (u >= 0x3040 && u <= 0x30ff) || (u >= 0x3400 && u <= 0x9fff) || (u >= 0xac00 && u <= 0xd7af) || u === 0xaa || u === 0xba;
}

function fill(width: number, len: number, fillchar: string): string {
  return width > len ? fillchar.repeat(width - len) : "";
}

function fillChar(args: PyObject[], i: number): string {
  if (args.length <= i) return " ";
  const f = strArg(args[i], "The fill character must be a unicode character");
  if (codePointLength(f) !== 1) throw typeError("The fill character must be exactly one character long");
  return f;
}

defMethod(STR_TYPE, "__len__", (args) => pyInt(asStr(args[0]).length));
defMethod(STR_TYPE, "__str__", (args) => asStr(args[0]));
defMethod(STR_TYPE, "__repr__", (args) => pyStr(strRepr(asStr(args[0]).value)));
defMethod(STR_TYPE, "__iter__", (args) => new PyStrIterator(asStr(args[0]).value));
defMethod(STR_TYPE, "__contains__", (args) => pyBool(asStr(args[0]).value.includes(strArg(args[1], "'in <string>' requires string as left operand"))));
defMethod(STR_TYPE, "__getitem__", (args) => getItem(asStr(args[0]), args[1]));
defMethod(STR_TYPE, "__add__", (args) => {
  if (!(args[1] instanceof PyStr) && !(args[1] instanceof PyInstance && args[1].builtin instanceof PyStr))
    throw typeError(`can only concatenate str (not "${typeName(args[1])}") to str`);
  const a = asStr(args[0]);
  const b = asStr(args[1]);
  return new PyStr(a.value + b.value, a.length + b.length);
});
const repeatStr = (args: PyObject[]): PyObject => {
  if (!(args[1] instanceof PyInt) && args[1].getType().lookup("__index__") === null) return NOT_IMPLEMENTED;
  const n = toIndex(args[1]);
  const s = asStr(args[0]);
  return n <= 0 ? pyStr("") : new PyStr(s.value.repeat(n), toInt(s.length * n));
};
defMethod(STR_TYPE, "__mul__", repeatStr);
defMethod(STR_TYPE, "__rmul__", repeatStr);
/** str's comparison dunders (data: the CompareOp). */
function strCompareMethod(args: PyObject[], _kw: KwArgs | null, op: number): PyObject {
  const b = args[1];
  const bv = b instanceof PyStr ? b.value : b instanceof PyInstance && b.builtin instanceof PyStr ? b.builtin.value : null;
  if (bv === null) return NOT_IMPLEMENTED;
  const a = asStr(args[0]).value;
  const c = a < bv ? -1 : a === bv ? 0 : 1;
  return pyBool(op === 0 ? c < 0 : op === 1 ? c <= 0 : op === 2 ? c === 0 : op === 3 ? c !== 0 : op === 4 ? c > 0 : c >= 0);
}
for (let op = 0; op < COMPARE_NAMES.length; op++) defMethod(STR_TYPE, COMPARE_NAMES[op], strCompareMethod, op);
defMethod(STR_TYPE, "join", (args) => {
  const sep = asStr(args[0]).value;
  const parts: string[] = [];
  iterate(args[1]).forEach((x, i) => {
    if (!(x instanceof PyStr) && !(x instanceof PyInstance && x.builtin instanceof PyStr))
      throw typeError(`sequence item ${i}: expected str instance, ${typeName(x)} found`);
    parts.push(asStr(x).value);
  });
  return pyStr(parts.join(sep));
});
defMethod(STR_TYPE, "split", (args, kw) => {
  const [sep, maxsplit] = splitArgs(args, kw);
  const s = asStr(args[0]).value;
  return strList(sep === null ? splitWhitespace(s, maxsplit) : splitSep(s, sep, maxsplit));
});
defMethod(STR_TYPE, "rsplit", (args, kw) => {
  const [sep, maxsplit] = splitArgs(args, kw);
  const s = asStr(args[0]).value;
  return strList(sep === null ? rsplitWhitespace(s, maxsplit) : rsplitSep(s, sep, maxsplit));
});
defMethod(STR_TYPE, "splitlines", (args) => {
  const s = asStr(args[0]).value;
  const keep = args.length > 1 && args[1] instanceof PyInt && args[1].value !== 0;
  const out: string[] = [];
  let i = 0;
  let start = 0;
  while (i < s.length) {
    const c = s.charAt(i);
    if ("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029".includes(c)) {
      let end = i + 1;
      if (c === "\r" && s.charAt(i + 1) === "\n") end++;
      out.push(s.slice(start, keep ? end : i));
      start = end;
      i = end;
    } else i++;
  }
  if (start < s.length) out.push(s.slice(start));
  return strList(out);
});
/** strip (data 3), lstrip (1), rstrip (2). */
function stripMethod(args: PyObject[], _kw: KwArgs | null, data: number): PyObject {
  const chars = args.length > 1 && args[1] !== NONE ? stripChars(args[1]) : null;
  return pyStr(strip(asStr(args[0]).value, chars, (data & 1) !== 0, (data & 2) !== 0));
}
defMethod(STR_TYPE, "strip", stripMethod, 3);
defMethod(STR_TYPE, "lstrip", stripMethod, 1);
defMethod(STR_TYPE, "rstrip", stripMethod, 2);
defMethod(STR_TYPE, "replace", (args) => {
  const s = asStr(args[0]).value;
  const old = strArg(args[1], "replace() argument 1 must be str");
  const rep = strArg(args[2], "replace() argument 2 must be str");
  return pyStr(replaceText(s, codePoints(s), old, rep, args.length > 3 ? toIndex(args[3]) : -1));
});
/**
 * str.replace and bytes.replace: the first `count` occurrences (all when
 * negative) of old replaced; an empty old goes between the `units` of s
 * (its code points, or its bytes) and at both ends.
 */
export function replaceText(s: string, units: string[], old: string, rep: string, count: number): string {
  let n = count;
  let out = "";
  if (old === "") {
    for (let i = 0; i <= units.length; i++) {
      if (n !== 0) {
        out += rep;
        n--;
      }
      if (i < units.length) out += units[i];
    }
    return out;
  }
  let i = 0;
  while (n !== 0) {
    const j = s.indexOf(old, i);
    if (j < 0) break;
    out += s.slice(i, j) + rep;
    i = j + old.length;
    n--;
  }
  return out + s.slice(i);
}
/** find (data 0), rfind (1), index (2), rindex (3). */
function findMethod(args: PyObject[], _kw: KwArgs | null, data: number): PyObject {
  const reverse = (data & 1) !== 0;
  const raise = (data & 2) !== 0;
  const s = asStr(args[0]);
  const sub = strArg(args[1], "must be str");
  const range = span(s.length, args, 2);
  const ua = unitIndex(s, range.start);
  const ub = unitIndex(s, range.end);
  let r = -1;
  if (!range.empty && ub - ua >= sub.length) {
    if (reverse) {
      const j = s.value.lastIndexOf(sub, ub - sub.length);
      r = j >= ua ? j : -1;
    } else {
      const j = s.value.indexOf(sub, ua);
      r = j >= 0 && j + sub.length <= ub ? j : -1;
    }
  }
  if (r < 0 && raise) throw valueError("substring not found");
  return pyInt(r < 0 ? -1 : cpIndex(s, r));
}
defMethod(STR_TYPE, "find", findMethod, 0);
defMethod(STR_TYPE, "rfind", findMethod, 1);
defMethod(STR_TYPE, "index", findMethod, 2);
defMethod(STR_TYPE, "rindex", findMethod, 3);
defMethod(STR_TYPE, "count", (args) => {
  const s = asStr(args[0]);
  const sub = strArg(args[1], "must be str");
  const r = span(s.length, args, 2);
  if (r.empty) return pyInt(0);
  const text = s.value.slice(unitIndex(s, r.start), unitIndex(s, r.end));
  if (sub === "") return pyInt(codePointLength(text) + 1);
  let n = 0;
  let i = 0;
  for (;;) {
    const j = text.indexOf(sub, i);
    if (j < 0) return pyInt(n);
    n++;
    i = j + sub.length;
  }
});
/** startswith (data 1), endswith (0). */
function affixMethod(args: PyObject[], _kw: KwArgs | null, data: number): PyObject {
  const start = data === 1;
  const s = asStr(args[0]);
  const r = span(s.length, args, 2);
  const text = s.value.slice(unitIndex(s, r.start), unitIndex(s, r.end));
  const test = (p: PyObject): boolean => {
    const t = strArg(p, `tuple for ${start ? "startswith" : "endswith"} must only contain str`);
    return !r.empty && (start ? text.startsWith(t) : text.endsWith(t));
  };
  if (args[1] instanceof PyTuple) return pyBool(args[1].items.some(test));
  if (!(args[1] instanceof PyStr)) throw typeError(`${start ? "startswith" : "endswith"} first arg must be str or a tuple of str, not ${typeName(args[1])}`);
  return pyBool(test(args[1]));
}
defMethod(STR_TYPE, "startswith", affixMethod, 1);
defMethod(STR_TYPE, "endswith", affixMethod, 0);
defMethod(STR_TYPE, "upper", (args) => pyStr(asStr(args[0]).value.toUpperCase()));
defMethod(STR_TYPE, "lower", (args) => pyStr(asStr(args[0]).value.toLowerCase()));
// (code point by code point: casefold has no final sigma)
defMethod(STR_TYPE, "casefold", (args) => {
  let out = "";
  for (const c of asStr(args[0]).value) {
    const f = foldException(c.codePointAt(0)!);
    out += f !== null ? f : c.toLowerCase();
  }
  return pyStr(out);
});
// an uppercase letter lowered (a capital sigma ending a word is the final one), a lowercase one raised, others
// (titlecase digraphs, uncased) kept, as CPython's do_swapcase
defMethod(STR_TYPE, "swapcase", (args) => {
  const cps = codePoints(asStr(args[0]).value);
  let out = "";
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    const lower = c.toLowerCase();
    const upper = c.toUpperCase();
    if (c !== lower && c === upper) out += lowerAt(cps, i);
    else if (c !== upper && c === lower) out += upper;
    else out += c;
  }
  return pyStr(out);
});
/** The lowercase of the code point cps[i] where it stands: a capital sigma ending a word is the final one. */
function lowerAt(cps: string[], i: number): string {
  return cps[i] === "\u03a3" && finalSigma(cps, i) ? "\u03c2" : cps[i].toLowerCase();
}
/**
 * Whether the capital sigma at cps[i] ends a word (Unicode's Final_Sigma, as
 * CPython's lower_ucs4): a cased letter before it and none after it, past
 * case-ignorable code points either way.
 */
function finalSigma(cps: string[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && isCaseIgnorableCode(cps[j].codePointAt(0)!)) j--;
  if (j < 0 || !isCased(cps[j])) return false;
  let k = i + 1;
  while (k < cps.length && isCaseIgnorableCode(cps[k].codePointAt(0)!)) k++;
  return k === cps.length || !isCased(cps[k]);
}
defMethod(STR_TYPE, "capitalize", (args) => {
  const s = asStr(args[0]).value;
  const cps = codePoints(s);
  if (cps.length === 0) return pyStr("");
  return pyStr(titleOf(cps[0]) + cps.slice(1).join("").toLowerCase());
});
defMethod(STR_TYPE, "title", (args) => pyStr(titleCase(asStr(args[0]).value)));
defMethod(STR_TYPE, "isdigit", (args) => pyBool(all(asStr(args[0]).value, isUnicodeDigitChar)));
defMethod(STR_TYPE, "isdecimal", (args) => pyBool(all(asStr(args[0]).value, isDecimalChar)));
defMethod(STR_TYPE, "isnumeric", (args) => pyBool(all(asStr(args[0]).value, isNumericChar)));
defMethod(STR_TYPE, "isalpha", (args) => pyBool(all(asStr(args[0]).value, isAlphaChar)));
// (CPython: isalpha, isdecimal, isdigit or isnumeric; the numeric code points include the other two)
defMethod(STR_TYPE, "isalnum", (args) => pyBool(all(asStr(args[0]).value, (c) => isAlphaChar(c) || isNumericChar(c))));
defMethod(STR_TYPE, "isspace", (args) => pyBool(all(asStr(args[0]).value, isSpace)));
defMethod(STR_TYPE, "isascii", (args) => pyBool(asStr(args[0]).value.split("").every((c) => c.charCodeAt(0) < 128)));
defMethod(STR_TYPE, "isupper", (args) => {
  const s = asStr(args[0]).value;
  return pyBool(s.split("").some(isCased) && s === s.toUpperCase());
});
defMethod(STR_TYPE, "islower", (args) => {
  const s = asStr(args[0]).value;
  return pyBool(s.split("").some(isCased) && s === s.toLowerCase());
});
defMethod(STR_TYPE, "istitle", (args) => {
  const s = asStr(args[0]).value;
  return pyBool(s.split("").some(isCased) && s === titleCase(s));
});
// (XID_Start then XID_Continue, code point by code point, without the NFKC normalization the tokenizer applies)
defMethod(STR_TYPE, "isidentifier", (args) => {
  const cps = codePoints(asStr(args[0]).value);
  if (cps.length === 0 || !isIdStartCode(cps[0].codePointAt(0)!)) return pyBool(false);
  for (let i = 1; i < cps.length; i++) if (!isIdContinueCode(cps[i].codePointAt(0)!)) return pyBool(false);
  return pyBool(true);
});
defMethod(STR_TYPE, "isprintable", (args) => pyBool(asStr(args[0]).value.split("").every((c) => strRepr(c).length === 3 || c === "'" || c === "\\")));
defMethod(STR_TYPE, "center", (args) => {
  const s = asStr(args[0]);
  const width = toIndex(args[1]);
  const f = fillChar(args, 2);
  if (width <= s.length) return s;
  const total = width - s.length;
  const left = Math.floor(total / 2) + (total & width & 1);
  return pyStr(f.repeat(left) + s.value + f.repeat(total - left));
});
defMethod(STR_TYPE, "ljust", (args) => {
  const s = asStr(args[0]);
  return pyStr(s.value + fill(toIndex(args[1]), s.length, fillChar(args, 2)));
});
defMethod(STR_TYPE, "rjust", (args) => {
  const s = asStr(args[0]);
  return pyStr(fill(toIndex(args[1]), s.length, fillChar(args, 2)) + s.value);
});
defMethod(STR_TYPE, "zfill", (args) => {
  const s = asStr(args[0]).value;
  const width = toIndex(args[1]);
  const sign = s.charAt(0) === "+" || s.charAt(0) === "-" ? s.charAt(0) : "";
  const body = sign === "" ? s : s.slice(1);
  return pyStr(sign + fill(width - sign.length, codePointLength(body), "0") + body);
});
/** partition (data 0), rpartition (1). */
function partitionMethod(args: PyObject[], _kw: KwArgs | null, data: number): PyObject {
  const reverse = data === 1;
  const s = asStr(args[0]).value;
  const sep = strArg(args[1], "must be str");
  if (sep === "") throw valueError("empty separator");
  const i = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
  if (i < 0) return pyTuple(reverse ? [pyStr(""), pyStr(""), pyStr(s)] : [pyStr(s), pyStr(""), pyStr("")]);
  return pyTuple([pyStr(s.slice(0, i)), pyStr(sep), pyStr(s.slice(i + sep.length))]);
}
defMethod(STR_TYPE, "partition", partitionMethod, 0);
defMethod(STR_TYPE, "rpartition", partitionMethod, 1);
defMethod(STR_TYPE, "removeprefix", (args) => {
  const s = asStr(args[0]).value;
  const p = strArg(args[1], "removeprefix() argument must be str");
  return pyStr(p !== "" && s.startsWith(p) ? s.slice(p.length) : s);
});
defMethod(STR_TYPE, "removesuffix", (args) => {
  const s = asStr(args[0]).value;
  const p = strArg(args[1], "removesuffix() argument must be str");
  return pyStr(p !== "" && s.endsWith(p) ? s.slice(0, s.length - p.length) : s);
});
defMethod(STR_TYPE, "expandtabs", (args) => {
  const size = args.length > 1 ? toIndex(args[1]) : 8;
  let out = "";
  let col = 0;
  for (const c of asStr(args[0]).value) {
    if (c === "\t") {
      const n = size > 0 ? size - (col % size) : 0;
      out += " ".repeat(n);
      col += n;
    } else {
      out += c;
      col = c === "\n" || c === "\r" ? 0 : col + 1;
    }
  }
  return pyStr(out);
});
defMethod(STR_TYPE, "encode", (args, kw) => {
  const { encoding, errors } = codecArgs(args, 1, kw === null ? [] : kw.names, kw === null ? [] : kw.values);
  return new PyBytes(encodeText(asStr(args[0]).value, encoding, errors));
});

STR_TYPE.dict.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (args, kw) => {
  let obj: PyObject | null = args.length > 1 ? args[1] : null;
  let encoding: PyObject | null = args.length > 2 ? args[2] : null;
  let errors: PyObject | null = args.length > 3 ? args[3] : null;
  if (kw !== null) kw.names.forEach((n, i) => {
    if (n === "object") obj = kw.values[i];
    else if (n === "encoding") encoding = kw.values[i];
    else if (n === "errors") errors = kw.values[i];
    else throw typeError(`'${n}' is an invalid keyword argument for str()`);
  });
  let v: PyStr;
  if (obj === null) v = pyStr("");
  else if (obj instanceof PyBytes && (encoding !== null || errors !== null)) {
    v = pyStr(decodeBytes(obj.value, encoding instanceof PyStr ? encoding.value : "utf-8", errors instanceof PyStr ? errors.value : "strict"));
  }
  else v = pyStr(str(obj));
  return wrapBuiltin(args[0] as PyType, STR_TYPE, v);
}, null, null)));

defMethod(STR_TYPE, "format", (args, kw) => pyStr(strFormat(asStr(args[0]).value, args.slice(1), kw, null)));
defMethod(STR_TYPE, "format_map", (args) => pyStr(strFormat(asStr(args[0]).value, [], null, args[1])));
defMethod(STR_TYPE, "__format__", (args) => pyStr(formatStr(asStr(args[0]).value, strArg(args[1], "__format__() argument must be str"))));
defMethod(STR_TYPE, "__mod__", (args) => pyStr(percentFormat(asStr(args[0]).value, args[1])));
defMethod(STR_TYPE, "__rmod__", () => NOT_IMPLEMENTED);

STR_TYPE.dict.set("maketrans", new PyStaticMethod(new PyBuiltin("maketrans", (args) => {
  const d = newDict();
  if (args.length === 1) {
    const m = args[0];
    if (!(m instanceof PyDict)) throw typeError("if you give only one argument to maketrans it must be a dict");
    for (let i = 0; i < m.keys.length; i++) {
      const k = m.keys[i];
      if (k === null) continue;
      const key = k instanceof PyStr ? pyInt(toInt(k.value.codePointAt(0)!)) : k;
      dictSet(d, key, m.values[i]!);
    }
    return d;
  }
  const from = Array.from(strArg(args[0], "maketrans() argument 1 must be str"));
  const to = Array.from(strArg(args[1], "maketrans() argument 2 must be str"));
  if (from.length !== to.length) throw valueError("the first two maketrans arguments must have equal length");
  for (let i = 0; i < from.length; i++) dictSet(d, pyInt(toInt(from[i].codePointAt(0)!)), pyInt(toInt(to[i].codePointAt(0)!)));
  if (args.length > 2) for (const c of Array.from(strArg(args[2], "maketrans() argument 3 must be str"))) dictSet(d, pyInt(toInt(c.codePointAt(0)!)), NONE);
  return d;
}, null, null)));
defMethod(STR_TYPE, "translate", (args) => {
  const table = args[1];
  let out = "";
  for (const c of Array.from(asStr(args[0]).value)) {
    let r: PyObject | null;
    try {
      r = getItem(table, pyInt(toInt(c.codePointAt(0)!)));
    } catch (e) {
      if (e instanceof PyError && e.exc.cls.isSubtypeOf(LookupError)) r = null;
      else throw e;
    }
    if (r === null) out += c;
    else if (r === NONE) continue;
    else if (r instanceof PyInt) out += String.fromCodePoint(r.value);
    else if (r instanceof PyStr) out += r.value;
    else throw typeError("character mapping must return integer, None or str");
  }
  return pyStr(out);
});

/** str(o) for a builtin that takes any object. */
export function strOf(o: PyObject): PyStr {
  return o instanceof PyStr ? o : pyStr(str(o));
}
