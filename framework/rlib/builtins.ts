// Members of JavaScript's standard library written in RTS: the frontend
// calls these for the members listed in frontend/stdlib.ts whose exact
// JavaScript behaviour is simplest to state as code (as RPython writes its
// ll helpers in RPython).  Each follows what V8 computes, step for step,
// so the result is the same double.

/** `Math.hypot(...values)`, as V8 computes it: scaled by the largest value, squares summed with Kahan's compensation. */
export function mathHypot(values: number[]): number {
  const n = values.length;
  if (n === 0) return 0;
  let max = 0;
  let nan = false;
  const abs: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = Math.abs(values[i]);
    if (Number.isNaN(a)) nan = true;
    else {
      abs.push(a);
      if (max < a) max = a;
    }
  }
  if (max === Infinity) return Infinity;
  if (nan) return NaN;
  if (max === 0) return 0;
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < n; i++) {
    const x = abs[i] / max;
    const summand = x * x - compensation;
    const preliminary = sum + summand;
    compensation = preliminary - sum - summand;
    sum = preliminary;
  }
  return Math.sqrt(sum) * max;
}

/** Error.prototype.toString: "Name: message", or the one that is not empty. */
export function errorToString(name: string, message: string): string {
  if (name === "") return message;
  if (message === "") return name;
  return name + ": " + message;
}

/** String(x) of an object that may be null or undefined. */
export function objectToString<T>(v: T | null | undefined): string {
  if (v === null) return "null";
  if (v === undefined) return "undefined";
  return String(v);
}

/** `String.fromCharCode(a, b, ...)`, `String.fromCharCode(...codes)`: one code unit per code (ToUint16). */
export function fromCharCodes(codes: number[]): string {
  let out = "";
  for (let i = 0; i < codes.length; i++) out += String.fromCharCode(codes[i]);
  return out;
}

/** `String.fromCodePoint(...)`: a code point each (two code units past U+FFFF); RangeError for a value that is none. */
export function fromCodePoints(codes: number[]): string {
  let out = "";
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i];
    if (!(c >= 0 && c <= 0x10ffff && Math.trunc(c) === c)) throw new RangeError(`Invalid code point ${c}`);
    if (c < 0x10000) out += String.fromCharCode(c);
    else out += String.fromCharCode(0xd800 + ((c - 0x10000) >> 10)) + String.fromCharCode(0xdc00 + ((c - 0x10000) & 0x3ff));
  }
  return out;
}
