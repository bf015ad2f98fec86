// Low-level operations on numbers: machine ints, ints as JavaScript numbers,
// int32 bitwise semantics, IEEE doubles and the conversions between them.
import { floatFromWords, floatHighWord, floatLowWord, intDiv, intmask, wrapAdd, wrapMul, wrapSub } from "../rlib/index.ts";
import { type EvalContext, type OpTable } from "./op.ts";

const i32 = (x: number): number => x | 0;

/** A float rounded to an int: it must be finite and within ±2^63. */
function toInt(v: number, cx: EvalContext): number {
  if (!Number.isFinite(v) || Math.abs(v) >= 2 ** 63) cx.fail("number is not a safe integer");
  return v === 0 ? 0 : v;
}

function signF(a: number): number {
  return a > 0 ? 1 : a < 0 ? -1 : a;
}

export const NUMBER_OPS: OpTable = {
  // ints (Signed, 64-bit two's complement, wrapping): the toolkit's own arithmetic and rts/ll code
  int_add: { sig: "int, int -> int", pure: true, eval: (a) => a[0] + a[1], c: { infix: "+" } },
  int_sub: { sig: "int, int -> int", pure: true, eval: (a) => a[0] - a[1], c: { infix: "-" } },
  int_mul: { sig: "int, int -> int", pure: true, eval: (a) => a[0] * a[1], c: { infix: "*" } },
  int_neg: { sig: "int -> int", pure: true, eval: (a) => 0 - a[0], c: { expr: (a) => `(int64_t)(0 - (uint64_t)${a[0]})` } },
  int_abs: { sig: "int -> int", pure: true, eval: (a) => Math.abs(a[0]), c: { expr: (a) => `(${a[0]} < 0 ? -${a[0]} : ${a[0]})` } },
  // ints as JavaScript numbers (the program's + - * ** and negation): exact within +-2^53,
  // rounded to the nearest double beyond, fatal beyond +-2^63
  jsint_add: { sig: "int, int -> int", pure: true, canFail: true, eval: (a) => a[0] + a[1], c: { call: "rts_op_jsint_add", where: true } },
  jsint_sub: { sig: "int, int -> int", pure: true, canFail: true, eval: (a) => a[0] - a[1], c: { call: "rts_op_jsint_sub", where: true } },
  jsint_mul: { sig: "int, int -> int", pure: true, canFail: true, eval: (a) => a[0] * a[1], c: { call: "rts_op_jsint_mul", where: true } },
  jsint_neg: { sig: "int -> int", pure: true, canFail: true, eval: (a) => 0 - a[0], c: { call: "rts_op_jsint_neg", where: true } },
  jsint_abs: { sig: "int -> int", pure: true, canFail: true, eval: (a) => Math.abs(a[0]), c: { call: "rts_op_jsint_abs", where: true } },
  jsint_pow: { sig: "int, int, int -> int", pure: true, canFail: true, eval: (a) => a[0] ** a[1], c: { expr: (a, cx) => `rts_op_jsint_pow(${a[0]}, ${a[1]}, (rts_pow_fn)(intptr_t)${a[2]}, ${cx.where()})` } },
  // rts/rlib's wrapAdd/wrapSub/wrapMul/intmask: modulo 2^64, then a JavaScript number again
  wrap_add: { sig: "int, int -> int", pure: true, canFail: true, eval: (a) => wrapAdd(a[0], a[1]), c: { call: "rts_op_wrap_add", where: true } },
  wrap_sub: { sig: "int, int -> int", pure: true, canFail: true, eval: (a) => wrapSub(a[0], a[1]), c: { call: "rts_op_wrap_sub", where: true } },
  wrap_mul: { sig: "int, int -> int", pure: true, canFail: true, eval: (a) => wrapMul(a[0], a[1]), c: { call: "rts_op_wrap_mul", where: true } },
  float_wrap_to_int: { sig: "float -> int", pure: true, canFail: true, eval: (a) => intmask(a[0]), c: { call: "rts_float_wrap_to_int", where: true } },
  int_mod: { sig: "int, int -> int", pure: true, canFail: true, eval: (a, cx) => (a[1] === 0 ? cx.fail("integer modulo by zero (the result would be NaN)") : a[0] % a[1] || 0), c: { call: "rts_op_int_mod", where: true } },
  int_div_trunc: { sig: "int, int -> int", canRaise: true, canFail: true, eval: (a, cx) => (a[1] === 0 ? cx.raise("RangeError", "intDiv: division by zero") : intDiv(a[0], a[1])), c: { call: "rts_op_int_div_trunc", where: true } }, // intDiv: RangeError on zero
  int_quot: { sig: "int, int -> int", pure: true, eval: (a) => intDiv(a[0], a[1]), c: { infix: "/" } }, // intDiv by a constant other than 0 and -1: cannot raise or overflow
  int_lt: { sig: "int, int -> bool", pure: true, eval: (a) => a[0] < a[1], c: { infix: "<" } },
  int_le: { sig: "int, int -> bool", pure: true, eval: (a) => a[0] <= a[1], c: { infix: "<=" } },
  int_gt: { sig: "int, int -> bool", pure: true, eval: (a) => a[0] > a[1], c: { infix: ">" } },
  int_ge: { sig: "int, int -> bool", pure: true, eval: (a) => a[0] >= a[1], c: { infix: ">=" } },
  int_eq: { sig: "optint, optint -> bool", pure: true, eval: (a) => a[0] === a[1], c: { infix: "==" } },
  int_ne: { sig: "optint, optint -> bool", pure: true, eval: (a) => a[0] !== a[1], c: { infix: "!=" } },
  int_min: { sig: "int, int -> int", pure: true, eval: (a) => Math.min(a[0], a[1]), c: { expr: (a) => `(${a[0]} < ${a[1]} ? ${a[0]} : ${a[1]})` } },
  int_max: { sig: "int, int -> int", pure: true, eval: (a) => Math.max(a[0], a[1]), c: { expr: (a) => `(${a[0]} > ${a[1]} ? ${a[0]} : ${a[1]})` } },
  int_sign: { sig: "int -> int", pure: true, eval: (a) => Math.sign(a[0]), c: { call: "rts_op_int_sign" } },
  int_is_true: { sig: "int -> bool", pure: true, eval: (a) => a[0] !== 0, c: { expr: (a) => `(${a[0]} != 0)` } },
  // JavaScript int32 bitwise semantics on Signed values
  int32_and: { sig: "int, int -> int", pure: true, eval: (a) => i32(a[0]) & i32(a[1]), c: { call: "rts_op_int32_and" } },
  int32_or: { sig: "int, int -> int", pure: true, eval: (a) => i32(a[0]) | i32(a[1]), c: { call: "rts_op_int32_or" } },
  int32_xor: { sig: "int, int -> int", pure: true, eval: (a) => i32(a[0]) ^ i32(a[1]), c: { call: "rts_op_int32_xor" } },
  int32_shl: { sig: "int, int -> int", pure: true, eval: (a) => i32(a[0]) << a[1], c: { call: "rts_op_int32_shl" } },
  int32_shr: { sig: "int, int -> int", pure: true, eval: (a) => i32(a[0]) >> a[1], c: { call: "rts_op_int32_shr" } },
  uint32_shr: { sig: "int, int -> int", pure: true, eval: (a) => a[0] >>> a[1], c: { call: "rts_op_uint32_shr" } },
  int32_not: { sig: "int -> int", pure: true, eval: (a) => ~i32(a[0]), c: { call: "rts_op_int32_not" } },
  int32_mul: { sig: "int, int -> int", pure: true, eval: (a) => Math.imul(a[0], a[1]), c: { call: "rts_op_int32_mul" } },
  uint32_clz: { sig: "int -> int", pure: true, eval: (a) => Math.clz32(a[0]), c: { call: "rts_op_uint32_clz" } },
  // floats (IEEE double)
  float_add: { sig: "float, float -> float", pure: true, eval: (a) => a[0] + a[1], c: { infix: "+" } },
  float_sub: { sig: "float, float -> float", pure: true, eval: (a) => a[0] - a[1], c: { infix: "-" } },
  float_mul: { sig: "float, float -> float", pure: true, eval: (a) => a[0] * a[1], c: { infix: "*" } },
  float_div: { sig: "float, float -> float", pure: true, eval: (a) => a[0] / a[1], c: { infix: "/" } },
  float_mod: { sig: "float, float -> float", pure: true, eval: (a) => a[0] % a[1], c: { call: "fmod" } },
  float_neg: { sig: "float -> float", pure: true, eval: (a) => -a[0], c: { expr: (a) => `-${a[0]}` } },
  float_lt: { sig: "float, float -> bool", pure: true, eval: (a) => a[0] < a[1], c: { infix: "<" } },
  float_le: { sig: "float, float -> bool", pure: true, eval: (a) => a[0] <= a[1], c: { infix: "<=" } },
  float_gt: { sig: "float, float -> bool", pure: true, eval: (a) => a[0] > a[1], c: { infix: ">" } },
  float_ge: { sig: "float, float -> bool", pure: true, eval: (a) => a[0] >= a[1], c: { infix: ">=" } },
  float_eq: { sig: "float, float -> bool", pure: true, eval: (a) => a[0] === a[1], c: { infix: "==" } },
  float_ne: { sig: "float, float -> bool", pure: true, eval: (a) => a[0] !== a[1], c: { infix: "!=" } },
  float_abs: { sig: "float -> float", pure: true, eval: (a) => Math.abs(a[0]), c: { call: "fabs" } },
  float_min: { sig: "float, float -> float", pure: true, eval: (a) => Math.min(a[0], a[1]), c: { call: "rts_op_float_min" } },
  float_max: { sig: "float, float -> float", pure: true, eval: (a) => Math.max(a[0], a[1]), c: { call: "rts_op_float_max" } },
  float_sign: { sig: "float -> float", pure: true, eval: (a) => signF(a[0]), c: { call: "rts_op_float_sign" } },
  float_is_true: { sig: "float -> bool", pure: true, eval: (a) => a[0] !== 0 && !Number.isNaN(a[0]), c: { call: "rts_op_float_is_true" } },
  float_sqrt: { sig: "float -> float", pure: true, eval: (a) => Math.sqrt(a[0]), c: { call: "sqrt" } },
  float_random: { sig: " -> float", eval: () => Math.random(), c: { call: "rts_random" } }, // Math.sin & co. are rts/rlib/fdlibm (V8's algorithms)
  cast_int_to_float: { sig: "int -> float", pure: true, eval: (a) => a[0], c: { expr: (a) => `(double)${a[0]}` } },
  float_to_int32: { sig: "optfloat -> int", pure: true, eval: (a) => i32(a[0]), c: { call: "rts_to_int32" } },
  cast_bool_to_int: { sig: "bool -> int", pure: true, eval: (a) => (a[0] ? 1 : 0), c: { call: "rts_op_bool_to_int" } },
  float_high_word: { sig: "float -> int", pure: true, eval: (a) => floatHighWord(a[0]), c: { call: "rts_op_float_high_word" } },
  float_low_word: { sig: "float -> int", pure: true, eval: (a) => floatLowWord(a[0]), c: { call: "rts_op_float_low_word" } },
  float_from_words: { sig: "int, int -> float", pure: true, eval: (a) => floatFromWords(a[0], a[1]), c: { call: "rts_op_float_from_words" } }, // the IEEE-754 bits of a double, 32 at a time
  float_is_nan: { sig: "float -> bool", pure: true, eval: (a) => Number.isNaN(a[0]), c: { call: "rts_op_float_is_nan" } },
  float_is_finite: { sig: "float -> bool", pure: true, eval: (a) => Number.isFinite(a[0]), c: { call: "rts_op_float_is_finite" } },
  float_is_integer: { sig: "float -> bool", pure: true, eval: (a) => Number.isInteger(a[0]), c: { call: "rts_op_float_is_integer" } },
  // float -> int conversions that must stay in range (fatal otherwise)
  float_floor_to_int: { sig: "float -> int", canFail: true, eval: (a, cx) => toInt(Math.floor(a[0]), cx), c: { expr: (a, cx) => `rts_op_float_to_int(floor(${a[0]}), ${cx.where()})` } },
  float_ceil_to_int: { sig: "float -> int", canFail: true, eval: (a, cx) => toInt(Math.ceil(a[0]), cx), c: { expr: (a, cx) => `rts_op_float_to_int(ceil(${a[0]}), ${cx.where()})` } },
  float_round_to_int: { sig: "float -> int", canFail: true, eval: (a, cx) => toInt(Math.round(a[0]), cx), c: { expr: (a, cx) => `rts_op_float_to_int(rts_js_round(${a[0]}), ${cx.where()})` } },
  float_trunc_to_int: { sig: "float -> int", canFail: true, eval: (a, cx) => toInt(Math.trunc(a[0]), cx), c: { expr: (a, cx) => `rts_op_float_to_int(trunc(${a[0]}), ${cx.where()})` } },
  // the same keeping the float (NaN, ±Infinity and -0 as JavaScript gives them)
  float_floor: { sig: "float -> float", pure: true, eval: (a) => Math.floor(a[0]), c: { call: "floor" } },
  float_ceil: { sig: "float -> float", pure: true, eval: (a) => Math.ceil(a[0]), c: { call: "ceil" } },
  float_round: { sig: "float -> float", pure: true, eval: (a) => Math.round(a[0]), c: { call: "rts_js_round" } },
  float_trunc: { sig: "float -> float", pure: true, eval: (a) => Math.trunc(a[0]), c: { call: "trunc" } },
  // an integral float used as an index (fatal unless it is an integer an int can hold)
  float_to_key: { sig: "float -> int", canFail: true, eval: (a, cx) => (Number.isInteger(a[0]) && Math.abs(a[0]) < 2 ** 63 ? a[0] || 0 : cx.fail(`the Map or Set key ${a[0]} is not an integer (RTS keys them by integers and strings)`)), c: { call: "rts_op_float_to_key", where: true } },
  float_to_index: { sig: "float -> int", canFail: true, eval: (a, cx) => (Number.isInteger(a[0]) && Math.abs(a[0]) < 2 ** 63 ? a[0] || 0 : cx.fail(`the index ${a[0]} is not an integer (Node would read undefined there)`)), c: { call: "rts_op_float_to_index", where: true } },
  // JavaScript's ToIntegerOrInfinity for integer parameters (NaN is 0, truncated), clamped to ±2^62
  // `new Array(n)`'s length of a float n: n when it is one (an integer in [0, 2^32)), else -1 (list_new_filled's RangeError)
  float_to_length: { sig: "float -> int", pure: true, eval: (a) => (Number.isInteger(a[0]) && a[0] >= 0 && a[0] <= 4294967295 ? a[0] : -1), c: { call: "rts_op_float_to_length" } },
  float_to_integer: { sig: "float -> int", pure: true, eval: (a) => (Number.isNaN(a[0]) ? 0 : Math.max(-(2 ** 62), Math.min(2 ** 62, Math.trunc(a[0]))) || 0), c: { call: "rts_op_float_to_integer" } },
};
