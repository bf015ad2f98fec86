// Low-level operations on booleans, pointers, null/undefined and strings.
import { formatd } from "../rlib/formatd.ts";
import { isCaseIgnorable, isCased, lowerCaseOf, sameUnits, upperCaseOf } from "../rlib/lltype.ts";
import { NUMBER_OPS } from "./numbers.ts";
import { nullishTest } from "./c-nullish.ts";
import { type CContext, type EvalContext, type OpTable } from "./op.ts";
import type { LLType } from "../rtyper/lltypes.ts";

const UNDEFINED_VALUE = "the value is undefined where a value is required (a ! assertion or narrowing that did not hold)";
const NULL_VALUE = "the value is null where a value is required (a ! assertion or narrowing that did not hold)";

const NULL_COMPARED = "a comparison with null (RTS does not convert null to 0)";

/** < <= > >= of numbers (meta: int_lt, float_le...) where an operand may be undefined: false then. */
function optCompare(cmp: string, x: unknown, y: unknown, cx: EvalContext): unknown {
  if (x === undefined || y === undefined) return false;
  if (x === null || y === null) cx.fail(NULL_COMPARED);
  return NUMBER_OPS[cmp].eval!([x, y], cx);
}

/** opt_compare in C: null is a fatal error, undefined compares false. */
function optCompareC(a: string[], res: string, cx: CContext): string {
  const cmp = cx.meta<string>(0);
  const [tx, ty] = [cx.type(1), cx.type(2)];
  const c = { lt: "<", le: "<=", gt: ">", ge: ">=" }[cmp.slice(cmp.indexOf("_") + 1) as "lt"];
  const test = `${a[1]} ${c} ${a[2]}`;
  const nullCheck = `if (${nullishTest("null", a[1], tx)} || ${nullishTest("null", a[2], ty)}) rts_fatal("${NULL_COMPARED}", ${cx.where()});`;
  return `${nullCheck} ${res}!(${nullishTest("undef", a[1], tx)} || ${nullishTest("undef", a[2], ty)}) && (${test});`;
}

const NARROW: Record<string, string> = { OptSigned: "rts_op_optint_narrow", OptFloat: "rts_op_optfloat_narrow", OptBool: "rts_op_optbool_narrow" };

/** opt_narrow in C: the plain value, or a fatal error; a pointer that is only ever null or undefined always fails. */
function optNarrowC(a: string[], res: string, cx: CContext): string {
  const f = NARROW[cx.type(0).k];
  return f ? `${res}${f}(${a[0]}, ${cx.where()});` : `rts_fatal_nullish(${a[0]} != NULL, ${cx.where()});`;
}

/** Truthiness of an optional number or boolean (the float sentinels are NaNs: falsy). */
function optIsTrue(x: string, t: LLType): string {
  if (t.k === "OptFloat") return `rts_op_float_is_true(${x})`;
  if (t.k === "OptBool") return `(${x} == 1)`;
  return `(${x} != 0 && ${x} != RTS_INT_UNDEF && ${x} != RTS_INT_NULL)`;
}

/** Number.isNaN / isFinite / isInteger of a value that may be null or undefined (those are not numbers: false). */
const NUM_TESTS: Record<string, (x: number) => boolean> = { nan: Number.isNaN, finite: Number.isFinite, integer: Number.isInteger };

function optNumTestC(a: string[], cx: CContext): string {
  const test = cx.meta<string>(0);
  const t = cx.type(1);
  const value = t.k === "OptSigned" ? (test === "nan" ? "false" : "true") : `rts_op_float_is_${test}(${a[1]})`;
  return `(!${nullishTest("nullish", a[1], t)} && ${value})`;
}

/** Python-style %e/%f/%g formatting of a float (rts/rlib's formatd). */
function formatdOp(x: number, code: string, precision: number, cx: EvalContext): string {
  if ((code !== "e" && code !== "f" && code !== "g") || precision < 0 || precision > 100) cx.raise("RangeError", `formatd: bad conversion '${code}' or precision ${precision}`);
  return formatd(x, code, precision);
}

/** toExponential(digits?) / toPrecision(precision?) as V8 has them: non-finite numbers first, then the range check. */
function numberFormat(x: number, digits: number, given: boolean, method: "toExponential" | "toPrecision", lo: number, cx: EvalContext): string {
  if (!Number.isFinite(x)) return String(x);
  if (!given) return method === "toExponential" ? x.toExponential() : String(x);
  if (digits < lo || digits > 100) cx.raise("RangeError", `${method}() argument must be between ${lo} and 100`);
  return x[method](digits);
}

export const VALUE_OPS: OpTable = {
  // bools and pointers
  bool_not: { sig: "bool -> bool", pure: true, eval: (a) => !a[0], c: { expr: (a) => `!${a[0]}` } },
  bool_eq: { sig: "optbool, optbool -> bool", pure: true, eval: (a) => a[0] === a[1], c: { infix: "==" } },
  bool_ne: { sig: "optbool, optbool -> bool", pure: true, eval: (a) => a[0] !== a[1], c: { infix: "!=" } },
  ptr_eq: { sig: "ref, ref -> bool", pure: true, eval: (a) => a[0] === a[1], c: { infix: "==" } },
  ptr_ne: { sig: "ref, ref -> bool", pure: true, eval: (a) => a[0] !== a[1], c: { infix: "!=" } },
  ptr_iszero: { sig: "ref -> bool", pure: true, eval: (a) => a[0] === null, c: { expr: (a) => `(${a[0]} == NULL)` } },
  ptr_nonzero: { sig: "ref -> bool", pure: true, eval: (a) => a[0] !== null, c: { expr: (a) => `(${a[0]} != NULL)` } },
  same_as: { sig: "any -> any", pure: true, eval: (a) => a[0] },
  cast_pointer: { sig: "ref -> ref", pure: true, eval: (a) => a[0] }, // the same object seen as another pointer type (closure base <-> closure class)
  // an object's address, for the JIT's machine code (valid until something may move it)
  cast_ptr_to_int: { sig: "ref -> int", c: { expr: (a) => `((int64_t)(intptr_t)${a[0]})` } },
  cast_int_to_ptr: { sig: "int -> ref", c: { expr: (a) => `((void *)(intptr_t)${a[0]})` } }, // the JIT's machine code hands objects back as addresses
  check_nonnull: { sig: "ref -> ref", canFail: true, eval: (a, cx) => (a[0] === null ? cx.fail("null dereference") : a[0] === undefined ? cx.fail(UNDEFINED_VALUE) : a[0]) }, // null and undefined both stop the program
  // null and undefined (rtyper/lower-optional.ts): tests, narrowing, conversions
  is_null: { sig: "opt -> bool", pure: true, eval: (a) => a[0] === null, c: { expr: (a, cx) => nullishTest("null", a[0], cx.type(0)) } },
  is_undef: { sig: "opt -> bool", pure: true, eval: (a) => a[0] === undefined, c: { expr: (a, cx) => nullishTest("undef", a[0], cx.type(0)) } },
  is_nullish: { sig: "opt -> bool", pure: true, eval: (a) => a[0] === null || a[0] === undefined, c: { expr: (a, cx) => nullishTest("nullish", a[0], cx.type(0)) } },
  same_nullish: { sig: "opt, opt -> bool", pure: true, eval: (a) => (a[0] === null && a[1] === null) || (a[0] === undefined && a[1] === undefined), c: { expr: (a, cx) => `((${nullishTest("null", a[0], cx.type(0))} && ${nullishTest("null", a[1], cx.type(1))}) || (${nullishTest("undef", a[0], cx.type(0))} && ${nullishTest("undef", a[1], cx.type(1))}))` } },
  ptr_is_true: { sig: "ref -> bool", pure: true, eval: (a) => a[0] !== null && a[0] !== undefined, c: { expr: (a) => `(${a[0]} != NULL && (void *)${a[0]} != RTS_UNDEF_PTR)` } },
  opt_is_true: { sig: "opt -> bool", pure: true, eval: (a) => !!a[0], c: { expr: (a, cx) => optIsTrue(a[0], cx.type(0)) } },
  opt_float_eq: { sig: "optfloat, optfloat -> bool", pure: true, eval: (a) => a[0] === a[1], c: { call: "rts_op_opt_float_eq" } },
  opt_narrow: { sig: "opt -> any", canFail: true, eval: (a, cx) => (a[0] === null || a[0] === undefined ? cx.fail(a[0] === null ? NULL_VALUE : UNDEFINED_VALUE) : a[0]), c: { stmt: optNarrowC } },
  opt_or: { sig: "opt, any -> any", pure: true, eval: (a) => (a[0] === undefined ? a[1] : a[0]), c: { expr: (a, cx) => `(${nullishTest("undef", a[0], cx.type(0))} ? ${a[1]} : ${a[0]})` } }, // operand 0 unless it is undefined, else operand 1 (a plain value): an argument where undefined means "absent"
  opt_compare: { sig: "meta, any, any -> bool", canFail: true, eval: (a, cx) => optCompare(a[0], a[1], a[2], cx), c: { stmt: optCompareC } }, // < <= > >= of numbers where an operand may be undefined (false then); meta: the comparison (strings: rts/rlib/strings strBeforeNullish)
  check_not_null_compared: { sig: "opt -> void", canFail: true, eval: (a, cx) => (a[0] === null ? cx.fail(NULL_COMPARED) : undefined), c: { stmt: (a, _res, cx) => `if (${nullishTest("null", a[0], cx.type(0))}) rts_fatal("${NULL_COMPARED}", ${cx.where()});` } },
  bool_to_optbool: { sig: "bool -> optbool", pure: true, eval: (a) => a[0], c: { expr: (a) => `(int64_t)${a[0]}` } },
  optint_to_optfloat: { sig: "optint -> optfloat", pure: true, eval: (a) => a[0], c: { call: "rts_op_optint_to_optfloat" } },
  opt_num_test: { sig: "meta, opt -> bool", pure: true, eval: (a) => typeof a[1] === "number" && NUM_TESTS[a[0]](a[1]), c: { expr: optNumTestC } }, // meta: "nan", "finite" or "integer"
  none_to_opt: { sig: "ref -> opt", pure: true, eval: (a) => a[0] },
  // strings
  str_len: { sig: "str -> int", pure: true, canFail: true, eval: (a, cx) => (a[0] === null ? cx.fail("null dereference") : a[0].length), c: { call: "rts_op_str_len", where: true } },
  str_is_true: { sig: "str -> bool", pure: true, eval: (a) => a[0] !== null && a[0] !== undefined && a[0].length > 0, c: { expr: (a) => `(${a[0]} != NULL && ${a[0]}->len > 0)` } },
  str_check_index: { sig: "str, int -> void", canFail: true, eval: (a, cx) => (a[1] >= 0 && a[1] < a[0].length ? undefined : cx.fail(`index ${a[1]} out of bounds (length ${a[0].length})`)), c: { call: "rts_op_str_check_index", where: true, void: true } }, // s[i]: then rts/rlib/strings strCharAt
  str_from_float: { sig: "float -> str", canCollect: true, eval: (a) => String(a[0]), c: { call: "rts_float_to_str" } },
  str_from_float_fixed: { sig: "float, int -> str", canCollect: true, canRaise: true, eval: (a, cx) => (a[1] >= 0 && a[1] <= 100 ? a[0].toFixed(a[1]) : cx.raise("RangeError", "toFixed() digits argument must be between 0 and 100")), c: { call: "rts_float_to_fixed" } },
  str_from_float_exponential: { sig: "float, int, bool -> str", canCollect: true, canRaise: true, eval: (a, cx) => numberFormat(a[0], a[1], a[2], "toExponential", 0, cx), c: { call: "rts_float_to_exponential" } },
  str_from_float_precision: { sig: "float, int, bool -> str", canCollect: true, canRaise: true, eval: (a, cx) => numberFormat(a[0], a[1], a[2], "toPrecision", 1, cx), c: { call: "rts_float_to_precision" } },
  str_from_float_radix: { sig: "float, int -> str", canCollect: true, canRaise: true, eval: (a, cx) => (a[1] >= 2 && a[1] <= 36 ? a[0].toString(a[1]) : cx.raise("RangeError", "toString() radix argument must be between 2 and 36")), c: { call: "rts_float_to_radix" } },
  str_formatd: { sig: "float, str, int -> str", canCollect: true, canRaise: true, eval: (a, cx) => formatdOp(a[0], a[1], a[2], cx), c: { call: "rts_formatd" } },
  str_to_number: { sig: "str -> float", pure: true, eval: (a) => Number(a[0]), c: { call: "rts_str_to_number" } },
  str_parse_float: { sig: "str -> float", pure: true, eval: (a) => parseFloat(a[0] as string), c: { call: "rts_str_parse_float" } },
  str_parse_int: { sig: "str, int -> float", pure: true, eval: (a) => ((a[1] as number) === 0 ? parseInt(a[0] as string) : parseInt(a[0] as string, a[1] as number)), c: { call: "rts_str_parse_int" } },
  // the units of a string (rts/lltype), which rts/rlib/strings is written with; unchecked
  str_unit: { sig: "str, int -> int", pure: true, eval: (a) => (a[0] as string).charCodeAt(a[1] as number), c: { expr: (a) => `rts_str_chars(${a[0]})[${a[1]}]` } },
  str_units_eq: { sig: "str, int, str, int, int -> bool", pure: true, eval: (a) => sameUnits(a[0] as string, a[1] as number, a[2] as string, a[3] as number, a[4] as number), c: { call: "rts_str_units_eq" } },
  // a fresh string filled by rts/rlib/strings, then finished (the units of no other string change)
  str_alloc: { sig: "int -> str", canCollect: true, c: { call: "rts_str_alloc" } },
  str_copy_units: { sig: "str, int, str, int, int -> void", writes: ["str"], c: { call: "rts_str_copy_units", void: true } },
  str_set_unit: { sig: "str, int, int -> void", writes: ["str"], c: { stmt: (a) => `${a[0]}->chars[${a[1]}] = (rts_char)${a[2]};` } },
  str_move_units: { sig: "str, int, int, int -> void", reads: ["str"], writes: ["str"], c: { stmt: (a) => `memmove(${a[0]}->chars + ${a[2]}, ${a[0]}->chars + ${a[1]}, (size_t)${a[3]} * sizeof(rts_char));` } },
  str_finish: { sig: "str -> str", reads: ["str"], c: { expr: (a) => a[0] } },
  // Unicode data for case mapping (rts/rlib/strings strToUpperCase, strToLowerCase): tables generated from Node
  unicode_upper: { sig: "int -> int", pure: true, eval: (a) => upperCaseOf(a[0]), c: { call: "rts_op_unicode_upper" } },
  unicode_lower: { sig: "int -> int", pure: true, eval: (a) => lowerCaseOf(a[0]), c: { call: "rts_op_unicode_lower" } },
  unicode_is_cased: { sig: "int -> bool", pure: true, eval: (a) => isCased(a[0]), c: { expr: (a) => `rts_is_cased((uint32_t)${a[0]})` } },
  unicode_is_case_ignorable: { sig: "int -> bool", pure: true, eval: (a) => isCaseIgnorable(a[0]), c: { expr: (a) => `rts_is_case_ignorable((uint32_t)${a[0]})` } },
  // identity and the cached hash (rts/rlib/strings strEquals, strHash); on Node and in the llinterp's object model no string caches its hash
  str_same: { sig: "str, str -> bool", pure: true, eval: (a) => a[0] === a[1], c: { infix: "==" } },
  str_hash_field: { sig: "str -> int", reads: ["str"], eval: () => 0, c: { expr: (a) => `${a[0]}->hash` } },
  str_set_hash_field: { sig: "str, int -> void", writes: ["str"], eval: () => undefined, c: { stmt: (a) => `${a[0]}->hash = ${a[1]};` } },
  // the buffer of a long concatenation (rts_strbuf) and the strings that are views of it (rts_strview): rts/rlib/strings strConcat
  str_is_view: { sig: "str -> bool", pure: true, eval: () => false, c: { expr: (a) => `(${a[0]}->hdr.tid == RTS_TID_STRVIEW)` } },
  strview_buf: { sig: "str -> str", reads: ["str"], c: { expr: (a) => `((rts_str *)((rts_strview *)${a[0]})->buf)` } },
  strview_start: { sig: "str -> int", reads: ["str"], c: { expr: (a) => `((rts_strview *)${a[0]})->start` } },
  strbuf_new: { sig: "int -> str", canCollect: true, c: { expr: (a) => `((rts_str *)rts_gc_malloc_varsize(RTS_TID_STRBUF, ${a[0]}))` } },
  strbuf_cap: { sig: "str -> int", reads: ["str"], c: { expr: (a) => `((rts_strbuf *)${a[0]})->cap` } },
  strbuf_lo: { sig: "str -> int", reads: ["str"], c: { expr: (a) => `((rts_strbuf *)${a[0]})->lo` } },
  strbuf_used: { sig: "str -> int", reads: ["str"], c: { expr: (a) => `((rts_strbuf *)${a[0]})->used` } },
  strbuf_set_lo: { sig: "str, int -> void", writes: ["str"], c: { stmt: (a) => `((rts_strbuf *)${a[0]})->lo = ${a[1]};` } },
  strbuf_set_used: { sig: "str, int -> void", writes: ["str"], c: { stmt: (a) => `((rts_strbuf *)${a[0]})->used = ${a[1]};` } },
  strbuf_copy_units: { sig: "str, int, str, int, int -> void", writes: ["str"], c: { call: "rts_strbuf_copy_units", void: true } },
  strview_new: { sig: "str, int, int -> str", canCollect: true, c: { call: "rts_strview_new" } },
};
