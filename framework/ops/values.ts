// Low-level operations on booleans, pointers, null/undefined and strings.
import { formatd } from "../rlib/formatd.ts";
import { NUMBER_OPS } from "./numbers.ts";
import { type EvalContext, type OpTable } from "./op.ts";

const UNDEFINED_VALUE = "the value is undefined where a value is required (a ! assertion or narrowing that did not hold)";
const NULL_VALUE = "the value is null where a value is required (a ! assertion or narrowing that did not hold)";

/** < <= > >= (meta: the int, float or string comparison op) where an operand may be undefined: false then. */
function optCompare(cmp: string, x: unknown, y: unknown, cx: EvalContext): unknown {
  if (x === undefined || y === undefined) return false;
  if (x === null || y === null) cx.fail("a comparison with null (RTS does not convert null to 0)");
  const f = NUMBER_OPS[cmp]?.eval ?? VALUE_OPS[cmp]?.eval;
  return f!([x, y], cx);
}

/** Python-style %e/%f/%g formatting of a float (rts/rlib's formatd). */
function formatdOp(x: number, code: string, precision: number, cx: EvalContext): string {
  if ((code !== "e" && code !== "f" && code !== "g") || precision < 0 || precision > 100) cx.raise("RangeError", `formatd: bad conversion '${code}' or precision ${precision}`);
  return formatd(x, code, precision);
}

export const VALUE_OPS: OpTable = {
  // bools and pointers
  bool_not: { pure: true, eval: (a) => !a[0], c: { expr: (a) => `!${a[0]}` } },
  bool_eq: { pure: true, eval: (a) => a[0] === a[1], c: { infix: "==" } },
  bool_ne: { pure: true, eval: (a) => a[0] !== a[1], c: { infix: "!=" } },
  ptr_eq: { pure: true, eval: (a) => a[0] === a[1], c: { infix: "==" } },
  ptr_ne: { pure: true, eval: (a) => a[0] !== a[1], c: { infix: "!=" } },
  ptr_iszero: { pure: true, eval: (a) => a[0] === null, c: { expr: (a) => `(${a[0]} == NULL)` } },
  ptr_nonzero: { pure: true, eval: (a) => a[0] !== null, c: { expr: (a) => `(${a[0]} != NULL)` } },
  same_as: { pure: true, eval: (a) => a[0] },
  cast_pointer: { pure: true, eval: (a) => a[0] }, // the same object seen as another pointer type (closure base <-> closure class)
  check_nonnull: { canFail: true, eval: (a, cx) => (a[0] === null ? cx.fail("null dereference") : a[0] === undefined ? cx.fail(UNDEFINED_VALUE) : a[0]) }, // null and undefined both stop the program
  // null and undefined (rtyper/lower-optional.ts): tests, narrowing, conversions
  is_null: { pure: true, eval: (a) => a[0] === null },
  is_undef: { pure: true, eval: (a) => a[0] === undefined },
  is_nullish: { pure: true, eval: (a) => a[0] === null || a[0] === undefined },
  same_nullish: { pure: true, eval: (a) => (a[0] === null && a[1] === null) || (a[0] === undefined && a[1] === undefined) },
  ptr_is_true: { pure: true, eval: (a) => a[0] !== null && a[0] !== undefined, c: { expr: (a) => `(${a[0]} != NULL && (void *)${a[0]} != RTS_UNDEF_PTR)` } },
  opt_is_true: { pure: true, eval: (a) => !!a[0] },
  opt_float_eq: { pure: true, eval: (a) => a[0] === a[1], c: { call: "rts_op_opt_float_eq" } },
  opt_narrow: { canFail: true, eval: (a, cx) => (a[0] === null || a[0] === undefined ? cx.fail(a[0] === null ? NULL_VALUE : UNDEFINED_VALUE) : a[0]) },
  opt_to_str: { canCollect: true, eval: (a) => String(a[0]) },
  opt_or: { pure: true, eval: (a) => (a[0] === undefined ? a[1] : a[0]) }, // operand 0 unless it is undefined, else operand 1 (a plain value): an argument where undefined means "absent"
  opt_compare: { canFail: true, eval: (a, cx) => optCompare(a[0], a[1], a[2], cx) }, // < <= > >= where an operand may be undefined (false then); meta: the comparison
  bool_to_optbool: { pure: true, eval: (a) => a[0], c: { expr: (a) => `(int64_t)${a[0]}` } },
  optint_to_optfloat: { pure: true, eval: (a) => a[0], c: { call: "rts_op_optint_to_optfloat" } },
  none_to_opt: { pure: true, eval: (a) => a[0] },
  // strings
  str_len: { pure: true, canFail: true, eval: (a, cx) => (a[0] === null ? cx.fail("null dereference") : a[0].length) },
  str_is_true: { pure: true, eval: (a) => a[0] !== null && a[0] !== undefined && a[0].length > 0 },
  str_char_code: { pure: true, eval: (a) => (a[0] as string).charCodeAt(a[1]), c: { call: "rts_str_char_code" } }, // charCodeAt: a float, NaN past the end
  str_eq: { pure: true, eval: (a) => a[0] === a[1], c: { call: "rts_op_str_eq" } },
  str_ne: { pure: true, eval: (a) => a[0] !== a[1] },
  str_lt: { pure: true, eval: (a) => a[0] < a[1] },
  str_le: { pure: true, eval: (a) => a[0] <= a[1] },
  str_gt: { pure: true, eval: (a) => a[0] > a[1] },
  str_ge: { pure: true, eval: (a) => a[0] >= a[1] },
  str_eq_nullish: { pure: true, eval: (a) => a[0] === a[1], c: { call: "rts_op_str_eq_nullish" } }, // === where an operand may be undefined
  str_concat: { canCollect: true, eval: (a) => a[0] + a[1], c: { call: "rts_str_concat" } },
  str_getitem: { canCollect: true, canFail: true, eval: (a, cx) => (a[1] >= 0 && a[1] < a[0].length ? a[0][a[1]] : cx.fail(`index ${a[1]} out of bounds (length ${a[0].length})`)) },
  str_from_int: { canCollect: true, eval: (a) => String(a[0]), c: { call: "rts_int_to_str" } },
  str_from_float: { canCollect: true, eval: (a) => String(a[0]), c: { call: "rts_float_to_str" } },
  str_from_float_fixed: { canCollect: true, canRaise: true, eval: (a, cx) => (a[1] >= 0 && a[1] <= 100 ? a[0].toFixed(a[1]) : cx.raise("RangeError", "toFixed() digits argument must be between 0 and 100")), c: { call: "rts_float_to_fixed" } },
  str_formatd: { canCollect: true, canRaise: true, eval: (a, cx) => formatdOp(a[0], a[1], a[2], cx), c: { call: "rts_formatd" } },
  str_to_number: { pure: true, eval: (a) => Number(a[0]), c: { call: "rts_str_to_number" } },
  str_parse_float: { pure: true, eval: (a) => parseFloat(a[0] as string), c: { call: "rts_str_parse_float" } },
  str_parse_int: { pure: true, eval: (a) => ((a[1] as number) === 0 ? parseInt(a[0] as string) : parseInt(a[0] as string, a[1] as number)), c: { call: "rts_str_parse_int" } },
  str_from_bool: { canCollect: true, eval: (a) => String(a[0]), c: { call: "rts_bool_to_str" } },
  str_method: { canCollect: true, canRaise: true }, // operand 0: method name
  str_from_char_code: { canCollect: true, eval: (a) => String.fromCharCode(a[0]), c: { call: "rts_str_from_char_code" } },
};
