// Pure low-level operations evaluated in TypeScript: shared by the llinterp
// and the constant-folding transform, so both agree with the C backend.
// Ints are JS numbers (exact within ±2^53, the range RTS programs keep to).

import { floatFromWords, floatHighWord, floatLowWord, intmask, wrapAdd, wrapMul, wrapSub } from "../rlib/index.ts";

const i32 = (x: number): number => x | 0;

/** JS ToInt32 of a float (what `x | 0` does). */
function toInt32(x: number): number {
  return x | 0;
}

function signF(a: number): number {
  return a > 0 ? 1 : a < 0 ? -1 : a;
}

type Pure = (a: any[]) => unknown; // eslint-disable-line @typescript-eslint/no-explicit-any

const PURE: Record<string, Pure> = {
  int_add: (a) => a[0] + a[1],
  int_sub: (a) => a[0] - a[1],
  int_mul: (a) => a[0] * a[1],
  int_neg: (a) => 0 - a[0],
  int_abs: (a) => Math.abs(a[0]),
  int_lt: (a) => a[0] < a[1],
  int_le: (a) => a[0] <= a[1],
  int_gt: (a) => a[0] > a[1],
  int_ge: (a) => a[0] >= a[1],
  int_eq: (a) => a[0] === a[1],
  int_ne: (a) => a[0] !== a[1],
  int_min: (a) => Math.min(a[0], a[1]),
  int_max: (a) => Math.max(a[0], a[1]),
  int_sign: (a) => Math.sign(a[0]),
  int_is_true: (a) => a[0] !== 0,
  // JS numbers: the double arithmetic rounds exactly as the binary does; jsIntResult checks the range
  jsint_add: (a) => a[0] + a[1],
  jsint_sub: (a) => a[0] - a[1],
  jsint_mul: (a) => a[0] * a[1],
  jsint_neg: (a) => 0 - a[0],
  jsint_abs: (a) => Math.abs(a[0]),
  jsint_pow: (a) => a[0] ** a[1],
  wrap_add: (a) => wrapAdd(a[0], a[1]),
  wrap_sub: (a) => wrapSub(a[0], a[1]),
  wrap_mul: (a) => wrapMul(a[0], a[1]),
  float_wrap_to_int: (a) => intmask(a[0]),
  int32_and: (a) => i32(a[0]) & i32(a[1]),
  int32_or: (a) => i32(a[0]) | i32(a[1]),
  int32_xor: (a) => i32(a[0]) ^ i32(a[1]),
  int32_shl: (a) => i32(a[0]) << a[1],
  int32_shr: (a) => i32(a[0]) >> a[1],
  uint32_shr: (a) => a[0] >>> a[1],
  int32_not: (a) => ~i32(a[0]),
  int32_mul: (a) => Math.imul(a[0], a[1]),
  uint32_clz: (a) => Math.clz32(a[0]),
  float_add: (a) => a[0] + a[1],
  float_sub: (a) => a[0] - a[1],
  float_mul: (a) => a[0] * a[1],
  float_div: (a) => a[0] / a[1],
  float_mod: (a) => a[0] % a[1],
  float_neg: (a) => -a[0],
  float_lt: (a) => a[0] < a[1],
  float_le: (a) => a[0] <= a[1],
  float_gt: (a) => a[0] > a[1],
  float_ge: (a) => a[0] >= a[1],
  float_eq: (a) => a[0] === a[1],
  float_ne: (a) => a[0] !== a[1],
  float_abs: (a) => Math.abs(a[0]),
  float_min: (a) => Math.min(a[0], a[1]),
  float_max: (a) => Math.max(a[0], a[1]),
  float_sign: (a) => signF(a[0]),
  float_is_true: (a) => a[0] !== 0 && !Number.isNaN(a[0]),
  float_sqrt: (a) => Math.sqrt(a[0]),
  float_to_integer: (a) => (Number.isNaN(a[0]) ? 0 : Math.max(-(2 ** 62), Math.min(2 ** 62, Math.trunc(a[0]))) || 0),
  float_floor: (a) => Math.floor(a[0]),
  float_ceil: (a) => Math.ceil(a[0]),
  float_round: (a) => Math.round(a[0]),
  float_trunc: (a) => Math.trunc(a[0]),
  str_char_code: (a) => (a[0] as string).charCodeAt(a[1]),
  cast_int_to_float: (a) => a[0],
  float_to_int32: (a) => toInt32(a[0]),
  float_high_word: (a) => floatHighWord(a[0]),
  float_low_word: (a) => floatLowWord(a[0]),
  float_from_words: (a) => floatFromWords(a[0], a[1]),
  bool_not: (a) => !a[0],
  bool_eq: (a) => a[0] === a[1],
  bool_ne: (a) => a[0] !== a[1],
  ptr_eq: (a) => a[0] === a[1],
  ptr_ne: (a) => a[0] !== a[1],
  ptr_iszero: (a) => a[0] === null,
  ptr_nonzero: (a) => a[0] !== null,
  // null and undefined are themselves here
  is_null: (a) => a[0] === null,
  is_undef: (a) => a[0] === undefined,
  is_nullish: (a) => a[0] === null || a[0] === undefined,
  same_nullish: (a) => (a[0] === null && a[1] === null) || (a[0] === undefined && a[1] === undefined),
  ptr_is_true: (a) => a[0] !== null && a[0] !== undefined,
  opt_is_true: (a) => !!a[0],
  opt_or: (a) => (a[0] === undefined ? a[1] : a[0]),
  opt_float_eq: (a) => a[0] === a[1],
  opt_to_str: (a) => String(a[0]),
  bool_to_optbool: (a) => a[0],
  optint_to_optfloat: (a) => a[0],
  none_to_opt: (a) => a[0],
  same_as: (a) => a[0],
  cast_pointer: (a) => a[0],
  str_is_true: (a) => a[0] !== null && a[0] !== undefined && a[0].length > 0,
  str_eq: (a) => a[0] === a[1],
  str_eq_nullish: (a) => a[0] === a[1],
  str_ne: (a) => a[0] !== a[1],
  str_lt: (a) => a[0] < a[1],
  str_le: (a) => a[0] <= a[1],
  str_gt: (a) => a[0] > a[1],
  str_ge: (a) => a[0] >= a[1],
  str_from_int: (a) => String(a[0]),
  str_from_float: (a) => String(a[0]),
  str_to_number: (a) => Number(a[0]),
  str_parse_float: (a) => parseFloat(a[0] as string),
  str_parse_int: (a) => ((a[1] as number) === 0 ? parseInt(a[0] as string) : parseInt(a[0] as string, a[1] as number)),
  cast_bool_to_int: (a) => (a[0] ? 1 : 0),
  float_is_nan: (a) => Number.isNaN(a[0]),
  float_is_finite: (a) => Number.isFinite(a[0]),
  float_is_integer: (a) => Number.isInteger(a[0]),
  str_from_bool: (a) => String(a[0]),
  str_from_char_code: (a) => String.fromCharCode(a[0]),
};

/** The largest magnitude an int can hold (2^63 itself cannot). */
export const INT_LIMIT = 2 ** 63;

/** True for the int-typed results of `name` (normalized: ints have no -0, and must fit an int64). */
export function hasIntResult(name: string): boolean {
  return name.startsWith("int") || name.startsWith("jsint") || name.startsWith("wrap_") || name === "float_wrap_to_int";
}

/** Evaluates a pure op; undefined when `name` is not one of them or its int result does not fit an int64. */
export function evalPureOp(name: string, args: unknown[]): { value: unknown } | undefined {
  const f = PURE[name];
  if (!f) return undefined;
  let v = f(args);
  if (typeof v === "number" && hasIntResult(name)) {
    if (v === 0) v = 0; // ints have no -0
    else if (!(v >= -INT_LIMIT && v < INT_LIMIT)) return undefined;
  }
  return { value: v };
}

/** The TypeScript implementation of a pure op (its result still needs the -0 fix-up of int ops), or null. */
export function pureImplementation(name: string): Pure | null {
  return PURE[name] ?? null;
}

export function isFoldable(name: string): boolean {
  return name in PURE;
}
