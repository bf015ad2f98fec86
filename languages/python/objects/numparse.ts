// int(x) and float(x) of strs, bytes and other objects, with CPython's
// rules and messages: Unicode digits and whitespace read as CPython reads
// them, underscores, base prefixes; __int__/__index__/__trunc__/__float__.
import { toInt } from "rts/rlib";
import { BigNum, BigNumValueError, SMALL_MAX } from "../bigint.ts";
import { overflowError, typeError, valueError } from "./exceptions.ts";
import { PyBool, PyBytes, PyFloat, PyInt, PyObject, PyStr, pyInt, pyStr } from "./model.ts";
import { callSpecial, repr, typeName } from "./ops.ts";
import { asFloat, asInt, intFromBig, intToFloat } from "./numbers.ts";
import { decimalValue, isSpaceCode } from "./unicode-digits.ts";

function digitsValid(body: string, radix: number): boolean {
  if (body === "" || body.startsWith("_") || body.endsWith("_") || body.includes("__")) return false;
  for (const c of body) {
    if (c === "_") continue;
    const d = c >= "0" && c <= "9" ? c.charCodeAt(0) - 48 : c >= "a" && c <= "z" ? c.charCodeAt(0) - 87 : c >= "A" && c <= "Z" ? c.charCodeAt(0) - 55 : 99;
    if (d >= radix) return false;
  }
  return true;
}

/**
 * The text int() and float() parse for a str, as CPython's
 * _PyUnicode_TransformDecimalAndSpaceToASCII makes it: an ASCII text as it
 * is; otherwise below U+007F each character kept, other whitespace a space,
 * a decimal digit (category Nd, any script) its ASCII digit, and at any
 * other character a '?' that ends the text (the parse then fails).
 */
function asciiDigitsAndSpaces(text: string): string {
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= 128) {
      ascii = false;
      break;
    }
  }
  if (ascii) return text;
  let out = "";
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 127) out += ch;
    else if (isSpaceCode(c)) out += " ";
    else {
      const d = decimalValue(c);
      if (d < 0) return out + "?";
      out += String.fromCharCode(48 + d);
    }
  }
  return out;
}

function isAsciiSpace(c: string): boolean {
  return c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\v" || c === "\f";
}

/** s without the ASCII whitespace (Py_ISSPACE: space, \t \n \r \v \f) at its ends, as CPython's number parsers skip it. */
function trimAsciiSpace(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isAsciiSpace(s.charAt(a))) a++;
  while (b > a && isAsciiSpace(s.charAt(b - 1))) b--;
  return s.slice(a, b);
}

/** int(s, base) of a str, with CPython's rules and message: any Unicode decimal digit and whitespace as their ASCII ones. */
export function parseInt(text: string, base: number): PyObject {
  return parseIntAscii(asciiDigitsAndSpaces(text), base, pyStr(text));
}

/** int(b, base) of a bytes: ASCII digits and whitespace only. */
export function parseIntBytes(b: PyBytes, base: number): PyObject {
  return parseIntAscii(b.value, base, b);
}

/** int() of the text (shown in the error message as the repr of `shown`). */
function parseIntAscii(text: string, base: number, shown: PyObject): PyObject {
  const fail = (): never => {
    throw valueError(`invalid literal for int() with base ${base}: ${repr(shown)}`);
  };
  let s = trimAsciiSpace(text);
  let negative = false;
  if (s.startsWith("-") || s.startsWith("+")) {
    negative = s.startsWith("-");
    s = s.slice(1);
  }
  let radix = base;
  const lower = s.toLowerCase();
  const prefixed = (p: string, r: number): boolean => lower.startsWith(p) && (base === 0 || base === r);
  if (prefixed("0x", 16)) {
    radix = 16;
    s = s.slice(2);
    if (s.startsWith("_")) s = s.slice(1);
  } else if (prefixed("0o", 8)) {
    radix = 8;
    s = s.slice(2);
    if (s.startsWith("_")) s = s.slice(1);
  } else if (prefixed("0b", 2)) {
    radix = 2;
    s = s.slice(2);
    if (s.startsWith("_")) s = s.slice(1);
  } else if (base === 0) {
    radix = 10;
    if (s.length > 1 && s.startsWith("0") && s.replace(/[0_]/g, "") !== "") fail();
  }
  if (!digitsValid(s, radix)) fail();
  const clean = s.replace(/_/g, "");
  if (radix === 10 && clean.length <= 15) {
    const v = Number(clean);
    return pyInt(toInt(negative ? 0 - v : v));
  }
  try {
    const b = BigNum.fromString(clean, radix);
    return intFromBig(negative ? b.neg() : b);
  } catch (e) {
    if (e instanceof BigNumValueError) return fail();
    throw e;
  }
}

/** float(s) of a str: any Unicode decimal digit and whitespace as their ASCII ones, as CPython reads them. */
export function parseFloat(text: string): number {
  const s = trimAsciiSpace(asciiDigitsAndSpaces(text)).toLowerCase();
  const body = s.startsWith("-") || s.startsWith("+") ? s.slice(1) : s;
  const neg = s.startsWith("-");
  if (body === "inf" || body === "infinity") return neg ? -Infinity : Infinity;
  if (body === "nan") return NaN;
  const ok = /^(\d(_?\d)*)?(\.(\d(_?\d)*)?)?(e[+-]?\d(_?\d)*)?$/.test(body) && /\d/.test(body.split("e")[0]);
  if (!ok) throw valueError(`could not convert string to float: ${repr(pyStr(text))}`);
  const v = Number(body.replace(/_/g, ""));
  return neg ? -v : v;
}

/** int(x) of any object: ints, floats (truncated), strs, __int__/__index__/__trunc__. */
export function toIntObject(x: PyObject): PyObject {
  // (the common cases first, without the loop below: int(f) in a trace is a few ops, not a call)
  if (x instanceof PyInt) return x instanceof PyBool ? pyInt(x.value) : x;
  if (x instanceof PyFloat) return floatToInt(x.value);
  return toIntOther(x);
}

function toIntOther(x: PyObject): PyObject {
  const i = asInt(x);
  if (i !== null) return i instanceof PyBool ? pyInt(i.value) : i;
  const f = asFloat(x);
  if (f !== null) return floatToInt(f.value);
  if (x instanceof PyStr) return parseInt(x.value, 10);
  if (x instanceof PyBytes) return parseIntBytes(x, 10);
  for (const name of ["__int__", "__index__", "__trunc__"]) {
    const r = callSpecial(x, name, []);
    if (r !== null) {
      const ri = asInt(r);
      if (ri === null) throw typeError(`${name} returned non-int (type ${typeName(r)})`);
      return ri;
    }
  }
  throw typeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeName(x)}'`);
}

export function floatToInt(x: number): PyObject {
  if (x !== x) throw valueError("cannot convert float NaN to integer");
  if (x === Infinity || x === -Infinity) throw overflowError("cannot convert float infinity to integer");
  const t = Math.trunc(x);
  if (t <= SMALL_MAX && t >= -SMALL_MAX) return pyInt(toInt(t));
  return intFromBig(BigNum.fromDouble(t));
}

export function toFloatValue(x: PyObject): number {
  const f = asFloat(x);
  if (f !== null) return f.value;
  const i = asInt(x);
  if (i !== null) return intToFloat(i);
  if (x instanceof PyStr) return parseFloat(x.value);
  const r = callSpecial(x, "__float__", []);
  if (r !== null) {
    const rf = asFloat(r);
    if (rf === null) throw typeError(`${typeName(x)}.__float__ returned non-float (type ${typeName(r)})`);
    return rf.value;
  }
  const ix = callSpecial(x, "__index__", []);
  if (ix !== null && asInt(ix) !== null) return intToFloat(asInt(ix)!);
  throw typeError(`float() argument must be a string or a real number, not '${typeName(x)}'`);
}

