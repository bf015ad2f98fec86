// The string methods written in RTS (rts/rlib/strings over rts/lltype's
// code units) against JavaScript's own, on Node: random strings over an
// alphabet with every kind of white space, surrogate halves and repeated
// letters (so searches hit, miss and overlap), random positions.
// (Translated, the corpus and the stdlib suite run them on the C layout.)
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  listJoin, strCharAt, strFromBool, strFromInt, strOfNullish, strCompare, strConcat, strEquals, strEqualsNullish, strHash, strToLowerCase, strToUpperCase, strEndsWith, strSlice, strSubstring, strIncludes, strIndexOf, strLastIndexOf, strPadEnd, strPadStart, strRepeat, strSplit, strStartsWith, strTrim, strTrimEnd, strTrimStart,
} from "../../framework/rlib/strings.ts";
import { stringHash } from "../../framework/rlib/lltype.ts";

const SPACES = [" ", "\t", "\n", "\v", "\f", "\r", "\u00a0", "\u1680", "\u2000", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff"];
const unit = fc.constantFrom("a", "b", "c", "\ud83d", "\ude00", "\u200b", "\u0085", ...SPACES);
const str = fc.array(unit, { maxLength: 14 }).map((u) => u.join(""));
const pos = fc.oneof(fc.integer({ min: -4, max: 20 }), fc.constantFrom(Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER));

describe("string methods in RTS", () => {
  it("search as String.prototype's", () => {
    fc.assert(
      fc.property(str, str, pos, (s, sub, p) => {
        expect(strIndexOf(s, sub, p)).toBe(s.indexOf(sub, p));
        expect(strLastIndexOf(s, sub, p)).toBe(s.lastIndexOf(sub, p));
        expect(strIncludes(s, sub, p)).toBe(s.includes(sub, p));
        expect(strStartsWith(s, sub, p)).toBe(s.startsWith(sub, p));
        expect(strEndsWith(s, sub, p)).toBe(s.endsWith(sub, p));
      }),
      { numRuns: 2000 },
    );
  });

  it("slice, substring, charAt and comparison as String.prototype's and <", () => {
    fc.assert(
      fc.property(str, pos, pos, (s, a, b) => {
        expect(strSlice(s, a, b)).toBe(s.slice(a, b));
        expect(strSubstring(s, a, b)).toBe(s.substring(a, b));
        expect(strCharAt(s, a)).toBe(s.charAt(a));
        const t = strSlice(s, a, b);
        expect(Math.sign(strCompare(s, t))).toBe(s < t ? -1 : s > t ? 1 : 0);
        expect(Math.sign(strCompare(t, s + "a"))).toBe(t < s + "a" ? -1 : t > s + "a" ? 1 : 0);
      }),
      { numRuns: 2000 },
    );
  });

  it("concatenation as +, short and long (a long result is built in a buffer)", () => {
    const long = fc.tuple(str, fc.integer({ min: 0, max: 40 })).map(([s, k]) => s.repeat(k));
    fc.assert(
      fc.property(fc.oneof(str, long), fc.oneof(str, long), (a, b) => {
        expect(strConcat(a, b)).toBe(a + b);
      }),
      { numRuns: 1000 },
    );
  });

  it("equality as ===, and the hash rts/lltype lays prebuilt maps out with", () => {
    fc.assert(
      fc.property(str, str, (a, b) => {
        expect(strEquals(a, b)).toBe(a === b);
        expect(strEquals(a, a.slice(0))).toBe(true);
        expect(strEqualsNullish(a, b)).toBe(a === b);
        expect(strHash(a)).toBe(stringHash(a));
      }),
      { numRuns: 1000 },
    );
    expect([strEquals(null, null), strEquals(null, ""), strEqualsNullish(undefined, ""), strEqualsNullish(undefined, undefined), strEqualsNullish(null, undefined)]).toEqual([true, false, false, true, false]);
    // the numbers the translated program computes (FNV-1a, 32-bit, never 0); null and undefined hash to 0
    expect(["hello", "a", "", "é€😀"].map(strHash)).toEqual([1335831723, 3826002220, 2166136261, 207495949]);
    expect([strHash(null), strHash(undefined)]).toEqual([0, 0]);
  });

  it("case mapping as String.prototype's: multi-unit mappings, astral letters, final sigma", () => {
    const letter = fc.constantFrom("a", "Z", "ß", "ﬃ", "İ", "ǅ", "Σ", "σ", "ς", "Α", "ά", "ΐ", "\u0345", "\u0307", "'", ".", "𐐀", "𐐨", "\ud801", "\udc00", " ", "1", "é", "Ω");
    const text = fc.array(letter, { maxLength: 10 }).map((u) => u.join(""));
    fc.assert(
      fc.property(text, (s) => {
        expect(strToUpperCase(s)).toBe(s.toUpperCase());
        expect(strToLowerCase(s)).toBe(s.toLowerCase());
      }),
      { numRuns: 3000 },
    );
  });

  it("trim, pad, repeat and split as String.prototype's", () => {
    fc.assert(
      fc.property(str, str, fc.integer({ min: -3, max: 40 }), fc.integer({ min: 0, max: 9 }), (s, t, n, k) => {
        expect(strTrim(s)).toBe(s.trim());
        expect(strTrimStart(s)).toBe(s.trimStart());
        expect(strTrimEnd(s)).toBe(s.trimEnd());
        expect(strPadStart(s, n, t)).toBe(s.padStart(n, t));
        expect(strPadEnd(s, n, t)).toBe(s.padEnd(n, t));
        expect(strRepeat(s, k)).toBe(s.repeat(k));
        expect(strSplit(s, t)).toEqual(s.split(t));
      }),
      { numRuns: 2000 },
    );
  });

  it("join as Array.prototype.join, items written as String() does and null and undefined as empty", () => {
    const item = fc.oneof(str, fc.integer(), fc.double(), fc.boolean(), fc.constant(undefined), fc.constant(null));
    fc.assert(
      fc.property(fc.array(item, { maxLength: 8 }), str, (xs, sep) => {
        expect(listJoin(xs, sep)).toBe(xs.join(sep));
      }),
      { numRuns: 1000 },
    );
  });

  it("String() of ints (digits; a double's digits past 2^53), booleans and nullish values as Node's", () => {
    const int = fc.oneof(
      fc.integer({ min: -1000, max: 1000 }),
      fc.maxSafeInteger(),
      fc.constantFrom(2 ** 53, -(2 ** 53), 2 ** 53 + 2, 2 ** 63, -(2 ** 63), 2 ** 62 + 2 ** 10, 10 ** 18, -(10 ** 17) * 3),
      fc.integer({ min: -(2 ** 31), max: 2 ** 31 }).map((k) => k * 2 ** 32 + 7), // beyond 2^53: a double
    );
    fc.assert(
      fc.property(int, fc.boolean(), (n, b) => {
        expect(strFromInt(n)).toBe(String(n));
        expect(strFromBool(b)).toBe(String(b));
        expect(strOfNullish<number>(b ? n : null)).toBe(String(b ? n : null));
      }),
      { numRuns: 2000 },
    );
    expect(strOfNullish<string>(undefined)).toBe("undefined");
  });

  it("raise RangeError for a negative count, as Node", () => {
    expect(() => strRepeat("x", -1)).toThrow(new RangeError("Invalid count value: -1"));
    expect(() => "x".repeat(-1)).toThrow(new RangeError("Invalid count value: -1"));
  });
});
