// Case-insensitive matching: JavaScript's Canonicalize.  Without the u flag
// a character stands for its upper case when that is one code unit (and
// not an ASCII letter for a non-ASCII one: ſ does not match s); with the u
// flag, for its simple case folding (lower case of the upper case, which
// agrees with Unicode's CaseFolding.txt for the letters programs use).
import { lowerCaseOf, unitAt, upperCaseOf } from "rts/lltype";
import { intDiv } from "rts/rlib";

/** The one code point of a packed case mapping (rts/lltype), or -1 when it maps to several. */
function single(packed: number): number {
  const n = packed & 3;
  const u0 = intDiv(packed, 4) & 0xffff;
  if (n === 1) return u0;
  if (n === 2) {
    const u1 = intDiv(packed, 262144) & 0xffff;
    if (u0 >= 0xd800 && u0 <= 0xdbff && u1 >= 0xdc00 && u1 <= 0xdfff) return 0x10000 + ((u0 - 0xd800) << 10) + (u1 - 0xdc00);
  }
  return -1;
}

export function canonicalize(c: number, unicode: boolean): number {
  if (c < 128) return c >= 97 && c <= 122 ? c - 32 : c;
  if (!unicode) {
    if (c > 0xffff) return c;
    const u = single(upperCaseOf(c));
    if (u < 0 || u > 0xffff || u < 128) return c;
    return u;
  }
  // simple case folding, as the lower case of the upper case (ASCII folds to upper here: only equality matters)
  const up = single(upperCaseOf(c));
  const low = single(lowerCaseOf(up >= 0 ? up : c));
  const folded = low >= 0 ? low : c;
  return folded < 128 ? canonicalize(folded, true) : folded;
}

/** The code unit of s at i as an int, -1 past either end (charCodeAt gives NaN there). */
export function unit(s: string, i: number): number {
  return i >= 0 && i < s.length ? unitAt(s, i) : -1;
}
