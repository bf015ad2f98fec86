// Every operation on a string's contents, written in RTS over its code
// units (rts/lltype unitAt, sameUnits), as RPython's rstr.py writes ll_find
// and friends: +, ===, <, a key's hash, s[i], fromCharCode, case mapping
// and the String methods.  The rtyper calls them (mix-level helpers), so
// they are inlined, analysed and, later, traced like the program.  New
// strings are allocated at their final length and filled (newUnits,
// copyUnits, setUnit, finishUnits: RPython's mallocstr and
// copy_string_contents); a long concatenation grows a buffer that strings
// are views of (strConcat).  Semantics are ECMAScript's; positions arrive
// as integers (the rtyper converts them).
// A private function that two helpers call with different argument ranges
// gets a copy per range (Annotator.helperCallee): graphs already rtyped
// never widen.
import { bufferCapacity, bufferEnd, bufferStart, cachedHash, copyOwnUnits, copyUnits, copyUnitsToBuffer, finishUnits, isCaseIgnorable, isCased, isView, lowerCaseOf, newBuffer, newUnits, newView, reserve, sameString, sameUnits, setBufferEnd, setBufferStart, setCachedHash, setLength, setUnit, storeItem, unitAt, upperCaseOf, viewBuffer, viewStart, type Units } from "rts/lltype";
import { intDiv, toFloat } from "rts/rlib";
import { elidable } from "rts/jit";

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/** The first i ≥ from (0 ≤ from ≤ length) where sub occurs in s, or -1. */
function find(s: string, sub: string, from: number): number {
  const n = s.length;
  const m = sub.length;
  if (m === 0) return from;
  if (m > n) return -1;
  const first = unitAt(sub, 0);
  for (let i = from; i <= n - m; i++) if (unitAt(s, i) === first && sameUnits(s, i + 1, sub, 1, m - 1)) return i;
  return -1;
}

export function strIndexOf(s: string, sub: string, from: number): number {
  return find(s, sub, clamp(from, 0, s.length));
}

export function strLastIndexOf(s: string, sub: string, from: number): number {
  const n = s.length;
  const m = sub.length;
  if (m > n) return -1;
  for (let k = from < 0 ? 0 : from > n - m ? n - m : from; k >= 0; k--) if (sameUnits(s, k, sub, 0, m)) return k;
  return -1;
}

/** `s.lastIndexOf(sub, from)` for a position that may be fractional, infinite or NaN (NaN: from the end). */
export function strLastIndexOfNumber(s: string, sub: string, from: number): number {
  const n = s.length;
  return strLastIndexOf(s, sub, from !== from || from >= n ? n : from <= 0 ? 0 : Math.trunc(from) | 0);
}

export function strIncludes(s: string, sub: string, from: number): boolean {
  return strIndexOf(s, sub, from) >= 0;
}

export function strStartsWith(s: string, sub: string, pos: number): boolean {
  const start = clamp(pos, 0, s.length);
  return sub.length <= s.length - start && sameUnits(s, start, sub, 0, sub.length);
}

export function strEndsWith(s: string, sub: string, end: number): boolean {
  const stop = clamp(end, 0, s.length);
  return sub.length <= stop && sameUnits(s, stop - sub.length, sub, 0, sub.length);
}

/** ECMAScript's WhiteSpace and LineTerminator (all in the BMP). */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Where s's leading white space ends. */
function spaceEnd(s: string): number {
  let a = 0;
  while (a < s.length && isSpace(unitAt(s, a))) a++;
  return a;
}

/** Where s's trailing white space (after position a) starts. */
function spaceStart(s: string, a: number): number {
  let b = s.length;
  while (b > a && isSpace(unitAt(s, b - 1))) b--;
  return b;
}

/** The strings of one ASCII unit, made once (prebuilt): a string's character — s[i], charAt, a one-unit slice — is one of them, not a new string (an interpreter's scanner asks for thousands). */
const ASCII_UNITS: string[] = [];
for (let c = 0; c < 128; c++) ASCII_UNITS.push(String.fromCharCode(c));

/** s[a, b) (0 ≤ a, b ≤ length): s itself when whole, "" when empty, one of ASCII_UNITS for one ASCII unit, else a copy of the units. */
function range(s: string, a: number, b: number): string {
  if (a === 0 && b === s.length) return s;
  if (b <= a) return "";
  if (b === a + 1) {
    const c = unitAt(s, a);
    if (c < 128) return ASCII_UNITS[c];
  }
  const u = newUnits(b - a);
  copyUnits(s, a, u, 0, b - a);
  return finishUnits(u);
}

/** `s.slice(start, end)` for integer positions (negative ones count from the end). */
export function strSlice(s: string, start: number, end: number): string {
  const n = s.length;
  return range(s, start < 0 ? Math.max(n + start, 0) : Math.min(start, n), end < 0 ? Math.max(n + end, 0) : Math.min(end, n));
}

/** `s.substring(start, end)` for integer positions (clamped, swapped when reversed). */
export function strSubstring(s: string, start: number, end: number): string {
  const a = clamp(start, 0, s.length);
  const b = clamp(end, 0, s.length);
  return a <= b ? range(s, a, b) : range(s, b, a);
}

/**
 * `a === b` for strings that may be null: the identity test inline at each
 * use, the rest (equalContents) a call — too big for the inliner's helper
 * limit, as the C runtime's was.
 */
export function strEquals(a: string | null, b: string | null): boolean {
  return sameString(a, b) || equalContents(a, b);
}

/** `a === b` where either may also be undefined, which equals only itself. */
export function strEqualsNullish(a: string | null | undefined, b: string | null | undefined): boolean {
  if (a === undefined || b === undefined) return sameString(a, b);
  return sameString(a, b) || equalContents(a, b);
}

/** Whether two strings that are not the same object have the same units: lengths first, then cached hashes when both have one. */
function equalContents(a: string | null, b: string | null): boolean {
  if (a === null) return false; // one test per operand: each narrows it
  if (b === null) return false;
  const n = a.length;
  if (n !== b.length) return false;
  const ha = cachedHash(a);
  if (ha !== 0) {
    const hb = cachedHash(b);
    if (hb !== 0 && hb !== ha) return false;
  }
  return sameUnits(a, 0, b, 0, n);
}

/**
 * A string's hash for maps: FNV-1a over the code units, 32-bit, never 0
 * (0 means "not computed yet"); cached in the string.  rts/lltype
 * stringHash computes the same numbers, for maps laid out at translation
 * time.  null and undefined hash to 0.
 */
export function strHash(s: string | null | undefined): number {
  if (s === null || s === undefined) return 0;
  const cached = cachedHash(s);
  if (cached !== 0) return cached;
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ unitAt(s, i), 0x01000193);
  const u = h >>> 0;
  const r = u !== 0 ? u : 1;
  setCachedHash(s, r);
  return r;
}
// (pure — the cache is invisible — so a trace's hash of a constant string is a constant)
elidable(strHash);

/** Negative, 0 or positive as a < b, a === b, a > b by code units (JavaScript's < on strings). */
export function strCompare(a: string, b: string): number {
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < n; i++) {
    const d = unitAt(a, i) - unitAt(b, i);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/** a < b (or a <= b) where either may be undefined, which orders with nothing (JavaScript: NaN); null was stopped before (check_not_null_compared). */
export function strBeforeNullish(a: string | null | undefined, b: string | null | undefined, orEqual: boolean): boolean {
  if (a === null || a === undefined) return false;
  if (b === null || b === undefined) return false;
  const order = strCompare(a, b);
  return orEqual ? order <= 0 : order < 0;
}

/** `s.charCodeAt(i)`: NaN outside the string. */
export function strCharCodeAt(s: string, i: number): number {
  return i >= 0 && i < s.length ? unitAt(s, i) : NaN;
}

/** `s.charAt(i)`: "" outside the string. */
export function strCharAt(s: string, i: number): string {
  return i >= 0 && i < s.length ? range(s, i, i + 1) : "";
}

/** `s[i]` where i may be past the end: undefined there. */
export function strItem(s: string, i: number): string | undefined {
  return i >= 0 && i < s.length ? range(s, i, i + 1) : undefined;
}

/** `String.fromCharCode(code)` for an int32 code (ToUint16: modulo 2^16). */
export function strFromCharCode(code: number): string {
  const u = newUnits(1);
  setUnit(u, 0, code & 0xffff);
  return finishUnits(u);
}

// ---- String(x) of ints, booleans and values that may be null or undefined
// (a float's shortest round-trip digits are the C's: op str_from_float)

const SAFE_INT = 9007199254740992;

/** `String(n)` of an int: its decimal digits.  Beyond ±2^53 an int is a double, and prints as JavaScript prints that double. */
export function strFromInt(n: number): string {
  if (n > SAFE_INT || n < -SAFE_INT) return String(toFloat(n));
  let m = Math.abs(n);
  let len = n < 0 ? 2 : 1;
  for (let t = m; t >= 10; t = intDiv(t, 10)) len++;
  const u = newUnits(len);
  let at = len;
  do {
    at--;
    setUnit(u, at, 48 + (m % 10));
    m = intDiv(m, 10);
  } while (m > 0);
  if (n < 0) setUnit(u, 0, 45); // "-"
  return finishUnits(u);
}

/** `String(b)` of a boolean: one of two prebuilt strings. */
export function strFromBool(b: boolean): string {
  return b ? "true" : "false";
}

/** `String(v)` of a value that may be null or undefined (the rtyper calls it with v's annotation). */
export function strOfNullish<T>(v: T | null | undefined): string {
  if (v === undefined) return "undefined";
  if (v === null) return "null";
  return String(v);
}

export function strTrim(s: string): string {
  const a = spaceEnd(s);
  return range(s, a, spaceStart(s, a));
}

export function strTrimStart(s: string): string {
  return range(s, spaceEnd(s), s.length);
}

export function strTrimEnd(s: string): string {
  return range(s, 0, spaceStart(s, 0));
}

/** The longest string there is (V8's, and the C runtime's RTS_STR_MAX_LEN). */
export const MAX_LENGTH = 536870888;

/**
 * Results shorter than this are plain strings: building one by appends
 * copies at most VIEW_MIN^2/2 units, and most concatenations stay short.
 */
const VIEW_MIN = 256;

/**
 * `a + b`.  A long result is a view of a buffer with room to grow at both
 * ends (rts/lltype StrBuffer), so `s += piece` and `s = piece + s` in a loop
 * are amortized linear: a view that ends where its buffer's written units
 * end appends in place, one that starts where they start prepends in place,
 * and only the piece is copied (the units other views see never change).
 * CPython grows a uniquely referenced string in place; this needs no
 * reference count.  V8 builds ropes.
 */
export function strConcat(a: string, b: string): string {
  const m = a.length;
  const k = b.length;
  if (m === 0) return b;
  if (k === 0) return a;
  const n = m + k;
  if (n > MAX_LENGTH) throw new RangeError("Invalid string length");
  if (isView(a)) {
    const buf = viewBuffer(a);
    const start = viewStart(a);
    const end = bufferEnd(buf);
    if (end === start + m && bufferCapacity(buf) - end >= k) {
      copyUnitsToBuffer(b, 0, buf, end, k);
      setBufferEnd(buf, end + k);
      return newView(buf, start, n);
    }
  }
  if (isView(b)) {
    const buf = viewBuffer(b);
    const lo = bufferStart(buf);
    if (viewStart(b) === lo && lo >= m) {
      copyUnitsToBuffer(a, 0, buf, lo - m, m);
      setBufferStart(buf, lo - m);
      return newView(buf, lo - m, n);
    }
  }
  if (n < VIEW_MIN) {
    const u = newUnits(n);
    copyUnits(a, 0, u, 0, m);
    copyUnits(b, 0, u, m, k);
    return finishUnits(u);
  }
  // room to double: three quarters of it on the side that grew (a longer
  // right operand was prepended to, and likely will be again), a quarter on
  // the other, so growing at both ends alternately stays linear too
  const cap = n < MAX_LENGTH / 2 ? 2 * n : MAX_LENGTH;
  const room = cap - n;
  const start = k > m ? room - (room >> 2) : room >> 2;
  const buf = newBuffer(cap);
  copyUnitsToBuffer(a, 0, buf, start, m);
  copyUnitsToBuffer(b, 0, buf, start + m, k);
  setBufferStart(buf, start);
  setBufferEnd(buf, start + n);
  return newView(buf, start, n);
}

/** Fills u[at, at + n) with `piece` repeated: one copy, then doubling the filled part. */
function fillRepeat(u: Units, at: number, n: number, piece: string): void {
  let done = piece.length < n ? piece.length : n;
  copyUnits(piece, 0, u, at, done);
  while (done < n) {
    const k = done < n - done ? done : n - done;
    copyOwnUnits(u, at, at + done, k);
    done += k;
  }
}

/** `s.repeat(n)` for an integer n. */
export function strRepeat(s: string, n: number): string {
  if (n < 0) throw new RangeError("Invalid count value: " + n);
  if (n === 1 || s.length === 0) return s;
  if (n === 0) return "";
  // (n > 1 here: abs tells the annotator the product is a non-negative int; past 2^53 it rounds, still too long)
  const total = s.length * Math.abs(n);
  if (total > MAX_LENGTH) throw new RangeError("Invalid string length");
  const u = newUnits(total);
  fillRepeat(u, 0, total, s);
  return finishUnits(u);
}

// ---- case mapping: Unicode's full mappings (the data: rts/lltype upperCaseOf & co.) and final sigma

/** The code point at i (a lone surrogate stands for itself). */
function codePointAt(s: string, i: number): number {
  const c = unitAt(s, i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = unitAt(s, i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 0x10000 + (c - 0xd800) * 0x400 + (d - 0xdc00);
  }
  return c;
}

/** The code point that ends just before i (0 < i). */
function codePointBefore(s: string, i: number): number {
  const c = unitAt(s, i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = unitAt(s, i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return 0x10000 + (h - 0xd800) * 0x400 + (c - 0xdc00);
  }
  return c;
}

/** Final_Sigma: the capital sigma at i follows a cased letter and precedes none (case-ignorable ones skipped both ways). */
function finalSigma(s: string, i: number): boolean {
  let before = false;
  for (let j = i; j > 0; ) {
    const c = codePointBefore(s, j);
    j -= c > 0xffff ? 2 : 1;
    if (!isCaseIgnorable(c)) {
      before = isCased(c);
      break;
    }
  }
  if (!before) return false;
  for (let j = i + 1; j < s.length; ) {
    const c = codePointAt(s, j);
    j += c > 0xffff ? 2 : 1;
    if (!isCaseIgnorable(c)) return !isCased(c);
  }
  return true;
}

/** The units the non-ASCII code point c at i maps to, packed as upperCaseOf packs them. */
function mappedAt(s: string, i: number, c: number, upper: boolean): number {
  if (!upper && c === 0x3a3) return 1 + 4 * (finalSigma(s, i) ? 0x3c2 : 0x3c3);
  return upper ? upperCaseOf(c) : lowerCaseOf(c);
}

/** Unit k of a packed mapping (one unit: m < 2^18, read with a 32-bit shift). */
function mappedUnit(m: number, k: number): number {
  if (k === 0) return m < 262144 ? m >> 2 : Math.floor(m / 4) & 0xffff;
  return Math.floor(m / (k === 1 ? 262144 : 17179869184)) & 0xffff;
}

/** An ASCII unit upper- or lower-cased. */
function asciiCase(c: number, upper: boolean): number {
  if (upper) return c >= 97 && c <= 122 ? c - 32 : c;
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** s upper- or lower-cased: s itself when nothing changes.  ASCII needs no table. */
function changeCase(s: string, upper: boolean): string {
  const n = s.length;
  let len = 0;
  let changed = false;
  for (let i = 0; i < n; ) {
    const unit = unitAt(s, i);
    if (unit < 0x80) {
      if (asciiCase(unit, upper) !== unit) changed = true;
      len++;
      i++;
    } else {
      const c = codePointAt(s, i);
      const w = c > 0xffff ? 2 : 1;
      const m = mappedAt(s, i, c, upper);
      const count = m & 3;
      len += count;
      if (count !== w || mappedUnit(m, 0) !== unit || (w === 2 && mappedUnit(m, 1) !== unitAt(s, i + 1))) changed = true;
      i += w;
    }
  }
  if (!changed) return s;
  if (len > MAX_LENGTH) throw new RangeError("Invalid string length");
  const u = newUnits(len);
  let o = 0;
  for (let i = 0; i < n; ) {
    const unit = unitAt(s, i);
    if (unit < 0x80) {
      setUnit(u, o++, asciiCase(unit, upper));
      i++;
    } else {
      const c = codePointAt(s, i);
      const m = mappedAt(s, i, c, upper);
      for (let k = 0; k < (m & 3); k++) setUnit(u, o++, mappedUnit(m, k));
      i += c > 0xffff ? 2 : 1;
    }
  }
  return finishUnits(u);
}

/** `s.toUpperCase()`: full Unicode case mapping, as Node (ß becomes SS). */
export function strToUpperCase(s: string): string {
  return changeCase(s, true);
}

/** `s.toLowerCase()`, with final sigma, as Node. */
export function strToLowerCase(s: string): string {
  return changeCase(s, false);
}

/** `s.repeat(count)` for a count that may be fractional, infinite or NaN: the RangeError names it as given. */
export function strRepeatNumber(s: string, count: number): string {
  if (count !== count) return "";
  const n = Math.trunc(count); // -0.5 counts as 0
  if (n < 0 || n === Infinity) throw new RangeError("Invalid count value: " + count);
  return strRepeat(s, (n > MAX_LENGTH ? MAX_LENGTH + 1 : n) | 0);
}

/** s padded to len units with fill repeated, before s or after it. */
function padded(s: string, len: number, fill: string, atStart: boolean): string {
  if (len <= s.length || fill.length === 0) return s;
  if (len > MAX_LENGTH) throw new RangeError("Invalid string length");
  const add = len - s.length;
  const u = newUnits(len);
  fillRepeat(u, atStart ? 0 : s.length, add, fill);
  copyUnits(s, 0, u, atStart ? add : 0, s.length);
  return finishUnits(u);
}

export function strPadStart(s: string, len: number, fill: string): string {
  return padded(s, len, fill, true);
}

export function strPadEnd(s: string, len: number, fill: string): string {
  return padded(s, len, fill, false);
}

/** `s.split(sep)` for a string separator: an empty one splits into code units. */
export function strSplit(s: string, sep: string): string[] {
  const parts: string[] = [];
  const n = s.length;
  const m = sep.length;
  if (m === 0) {
    for (let i = 0; i < n; i++) parts.push(range(s, i, i + 1));
    return parts;
  }
  let start = 0;
  for (let k = find(s, sep, 0); k >= 0; k = find(s, sep, start)) {
    parts.push(range(s, start, k));
    start = k + m;
  }
  parts.push(range(s, start, n));
  return parts;
}

/** `s.at(i)`: counted from the end when negative; undefined outside the string. */
export function strAt(s: string, i: number): string | undefined {
  const k = i < 0 ? s.length + i : i;
  return k >= 0 && k < s.length ? range(s, k, k + 1) : undefined;
}

/** `s.codePointAt(i)`: the code point starting at i (a lone surrogate is itself); undefined outside the string. */
export function strCodePointAt(s: string, i: number): number | undefined {
  return i >= 0 && i < s.length ? codePointAt(s, i) : undefined;
}

/**
 * The replacement for a match of a string pattern at `at` (ECMAScript's
 * GetSubstitution without captures): $$ is $, $& the match, $` what
 * precedes it, $' what follows; any other $ (as $1 or $<name>, which name
 * captures a string pattern does not have) stays as written.
 */
function substitution(s: string, at: number, matched: string, replacement: string, parts: string[]): void {
  const n = replacement.length;
  let start = 0;
  let i = find(replacement, "$", 0);
  while (i >= 0 && i + 1 < n) {
    const c = unitAt(replacement, i + 1);
    let piece = "";
    if (c === 36) piece = "$";
    else if (c === 38) piece = matched;
    else if (c === 96) piece = range(s, 0, at);
    else if (c === 39) piece = range(s, at + matched.length, s.length);
    else {
      i = find(replacement, "$", i + 1);
      continue;
    }
    parts.push(range(replacement, start, i));
    parts.push(piece);
    start = i + 2;
    i = find(replacement, "$", start);
  }
  parts.push(range(replacement, start, n));
}

/** `s.replace(pattern, replacement)` with a string pattern: its first occurrence. */
export function strReplace(s: string, pattern: string, replacement: string): string {
  const k = find(s, pattern, 0);
  if (k < 0) return s;
  const parts: string[] = [range(s, 0, k)];
  substitution(s, k, pattern, replacement, parts);
  parts.push(range(s, k + pattern.length, s.length));
  return joinStrings(parts, "");
}

/** `s.replaceAll(pattern, replacement)` with a string pattern: every occurrence (an empty one before each unit and at the end). */
export function strReplaceAll(s: string, pattern: string, replacement: string): string {
  const m = pattern.length;
  const step = m === 0 ? 1 : m;
  const parts: string[] = [];
  let end = 0;
  for (let k = find(s, pattern, 0); k >= 0; k = k + step > s.length ? -1 : find(s, pattern, k + step)) {
    parts.push(range(s, end, k));
    substitution(s, k, pattern, replacement, parts);
    end = k + m;
  }
  parts.push(range(s, end, s.length));
  return joinStrings(parts, "");
}

/** `xs.join(sep)` of other items: written as String() does (null and undefined as ""), then joined. */
export function listJoin<T>(l: T[], sep: string): string {
  const n = l.length;
  if (n === 0) return "";
  const parts: string[] = [];
  reserve(parts, n);
  for (let i = 0; i < n; i++) {
    const x = l[i];
    let p = "";
    if (x !== null && x !== undefined) p = String(x);
    storeItem(parts, i, p);
    setLength(parts, i + 1);
  }
  return joinStrings(parts, sep);
}

/** `xs.join(sep)` of strings (null and undefined as ""): measured, then copied into one string. */
export function joinStrings(l: (string | null | undefined)[], sep: string): string {
  const n = l.length;
  if (n === 0) return "";
  if (n === 1) return l[0] ?? "";
  const m = sep.length;
  let total = m * Math.abs(n - 1); // (n > 1: abs tells the annotator the product is a non-negative int)
  for (let i = 0; i < n; i++) total += (l[i] ?? "").length;
  if (total > MAX_LENGTH) throw new RangeError("Invalid string length");
  const u = newUnits(total);
  let at = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      copyUnits(sep, 0, u, at, m);
      at += m;
    }
    const x = l[i] ?? "";
    const k = x.length;
    copyUnits(x, 0, u, at, k);
    at += k;
  }
  return finishUnits(u);
}

/**
 * The primary collation weight of each ASCII character in V8's (ICU's root)
 * order, as the character code minus 48: whitespace, punctuation, symbols,
 * digits, then letters, a letter and its capital sharing a weight; 0 for
 * the controls ICU ignores.
 */
const ASCII_COLLATION = "000000000123450000000000000000006<@LVMK?ABHP98>IWXYZ[\\]^_`;:QRS=GabcdefghijklmnopqrstuvwxyzCJDO7NabcdefghijklmnopqrstuvwxyzETFU0";

/** A code unit's primary collation weight: ASCII as V8 orders it, any other unit after all of ASCII by its value. */
function collationWeight(c: number): number {
  return c < 128 ? unitAt(ASCII_COLLATION, c) - 48 : 128 + c;
}

/**
 * `a.localeCompare(b)`: -1, 0 or 1.  For ASCII strings exactly V8's order
 * (ICU's root collation: ignorable controls skipped, the characters
 * compared by weight, then a lowercase letter before its capital); other
 * code units sort after ASCII by value (docs/rts.md).
 */
export function strLocaleCompare(a: string, b: string): number {
  let i = 0;
  let j = 0;
  let tertiary = 0;
  for (;;) {
    while (i < a.length && collationWeight(unitAt(a, i)) === 0) i++;
    while (j < b.length && collationWeight(unitAt(b, j)) === 0) j++;
    if (i >= a.length || j >= b.length) break;
    const ca = unitAt(a, i);
    const cb = unitAt(b, j);
    const wa = collationWeight(ca);
    const wb = collationWeight(cb);
    if (wa !== wb) return wa < wb ? -1 : 1;
    // the same letter in two cases: decided only if nothing else differs
    if (tertiary === 0 && ca !== cb) tertiary = ca < cb ? 1 : -1;
    i++;
    j++;
  }
  if (i < a.length) return 1;
  if (j < b.length) return -1;
  return tertiary;
}
