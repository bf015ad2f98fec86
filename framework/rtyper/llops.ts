// The low-level operation table (RPython's lloperation.py): the one contract
// between the rtyper, the transforms, the llinterp and the C backend.
//   canRaise:   may set the current exception (the exception transform adds a check)
//   canCollect: may run the GC (the GC transform saves live pointers around it)
//   pure:       no side effects, result depends only on the operands (constant folding)
// Operands are Values; "meta" constants (field names, layouts, functions)
// come first where an operation needs them.

export interface LLOpInfo {
  canRaise?: boolean;
  canCollect?: boolean;
  pure?: boolean;
  /** May stop the program with a fatal error (bounds, null, bad cast). */
  canFail?: boolean;
}

const pure: LLOpInfo = { pure: true };
const call: LLOpInfo = { canRaise: true, canCollect: true };
const alloc: LLOpInfo = { canCollect: true };
const effect: LLOpInfo = {};
const check: LLOpInfo = { canFail: true };

export const LLOPS: Record<string, LLOpInfo> = {
  // ints (Signed, 64-bit two's complement, wrapping): the toolkit's own arithmetic and rts/ll code
  int_add: pure, int_sub: pure, int_mul: pure, int_neg: pure, int_abs: pure,
  // ints as JavaScript numbers (the program's + - * ** and negation): exact within +-2^53,
  // rounded to the nearest double beyond, fatal beyond +-2^63
  jsint_add: { pure: true, canFail: true }, jsint_sub: { pure: true, canFail: true }, jsint_mul: { pure: true, canFail: true },
  jsint_neg: { pure: true, canFail: true }, jsint_abs: { pure: true, canFail: true }, jsint_pow: { pure: true, canFail: true },
  // rts/rlib's wrapAdd/wrapSub/wrapMul/intmask: modulo 2^64, then a JavaScript number again
  wrap_add: { pure: true, canFail: true }, wrap_sub: { pure: true, canFail: true }, wrap_mul: { pure: true, canFail: true },
  float_wrap_to_int: { pure: true, canFail: true },
  int_mod: { pure: true, canFail: true }, int_div_trunc: { canRaise: true, canFail: true }, // intDiv: RangeError on zero
  int_lt: pure, int_le: pure, int_gt: pure, int_ge: pure, int_eq: pure, int_ne: pure,
  int_min: pure, int_max: pure, int_sign: pure, int_is_true: pure,
  // JavaScript int32 bitwise semantics on Signed values
  int32_and: pure, int32_or: pure, int32_xor: pure, int32_shl: pure, int32_shr: pure, uint32_shr: pure, int32_not: pure,
  int32_mul: pure, uint32_clz: pure,
  // floats (IEEE double)
  float_add: pure, float_sub: pure, float_mul: pure, float_div: pure, float_mod: pure, float_neg: pure,
  float_lt: pure, float_le: pure, float_gt: pure, float_ge: pure, float_eq: pure, float_ne: pure,
  float_abs: pure, float_min: pure, float_max: pure, float_sign: pure, float_is_true: pure,
  float_sqrt: pure, float_random: effect, // Math.sin & co. are rts/rlib/fdlibm (V8's algorithms)
  cast_int_to_float: pure, float_to_int32: pure, cast_bool_to_int: pure,
  float_high_word: pure, float_low_word: pure, float_from_words: pure, // the IEEE-754 bits of a double, 32 at a time
  float_is_nan: pure, float_is_finite: pure, float_is_integer: pure,
  // float -> int conversions that must stay in range (fatal otherwise)
  float_floor_to_int: check, float_ceil_to_int: check, float_round_to_int: check, float_trunc_to_int: check,
  // the same keeping the float (NaN, ±Infinity and -0 as JavaScript gives them)
  float_floor: pure, float_ceil: pure, float_round: pure, float_trunc: pure,
  // an integral float used as an index (fatal unless it is an integer an int can hold)
  float_to_index: check,
  // JavaScript's ToIntegerOrInfinity for integer parameters (NaN is 0, truncated), clamped to ±2^62
  float_to_integer: pure,
  // bools and pointers
  bool_not: pure, bool_eq: pure, bool_ne: pure,
  ptr_eq: pure, ptr_ne: pure, ptr_iszero: pure, ptr_nonzero: pure,
  same_as: pure,
  cast_pointer: pure, // the same object seen as another pointer type (closure base <-> closure class)
  check_nonnull: check, // null and undefined both stop the program
  // null and undefined (rtyper/lower-optional.ts): tests, narrowing, conversions
  is_null: pure, is_undef: pure, is_nullish: pure, same_nullish: pure, ptr_is_true: pure, opt_is_true: pure,
  opt_float_eq: pure, opt_narrow: check, opt_to_str: alloc,
  opt_or: pure, // operand 0 unless it is undefined, else operand 1 (a plain value): an argument where undefined means "absent"
  opt_compare: check, // < <= > >= where an operand may be undefined (false then); meta: the comparison
  bool_to_optbool: pure, optint_to_optfloat: pure, none_to_opt: pure,
  // strings
  str_len: { pure: true, canFail: true }, str_is_true: pure,
  str_char_code: pure, // charCodeAt: a float, NaN past the end
  str_eq: pure, str_ne: pure, str_lt: pure, str_le: pure, str_gt: pure, str_ge: pure,
  str_eq_nullish: pure, // === where an operand may be undefined
  str_concat: alloc, str_getitem: { canCollect: true, canFail: true },
  str_from_int: alloc, str_from_float: alloc, str_from_float_fixed: { canCollect: true, canRaise: true },
  str_formatd: { canCollect: true, canRaise: true },
  str_to_number: pure, str_parse_float: pure, str_parse_int: pure, str_from_bool: alloc,
  str_method: { canCollect: true, canRaise: true }, // operand 0: method name
  str_from_char_code: alloc,
  // class instances
  malloc: alloc, getfield: pure, setfield: effect,
  instanceof: pure, checked_cast: check,
  direct_call: call, method_call: call,
  // closures: the address of a function's code as a Signed, and a call through one
  fnaddr: pure, indirect_call: call,
  // module globals
  getglobal: effect, setglobal: effect,
  // lists
  list_new: alloc, list_len: effect, list_getitem: check, list_setitem: check,
  // xs[i] where the program tests for undefined: undefined past the end
  list_getitem_opt: effect, typed_getitem_opt: effect, str_getitem_opt: alloc,
  list_push: alloc, list_pop: effect, list_shift: effect, // pop and shift: undefined when empty
  list_slice: alloc, list_concat: alloc,
  list_join: alloc, list_index_of: effect, list_last_index_of: effect, list_reverse: effect,
  // typed arrays
  typed_new: { canCollect: true, canRaise: true }, typed_len: effect, typed_getitem: check, typed_setitem: check, typed_fill: effect,
  // maps and sets
  map_new: alloc, map_size: effect, map_get: { canCollect: true, canFail: true }, map_get_default: alloc, map_has: alloc,
  map_set: alloc, map_delete: alloc, map_clear: effect,
  map_iter: alloc, map_iter_next: effect, map_entry_key: effect, map_entry_value: effect,
  // I/O and process
  log: effect, log_values: effect, os_write: effect, os_write_byte: effect, os_read_byte: effect, os_read_line: alloc, os_read_file: alloc,
  os_clock: effect, os_now: effect, os_flush: effect,
  // JIT hints (kept for the JIT; no code in the C backend)
  jit_marker: effect,
  // rts/ll (GC code): raw memory, the type table, roots, process services
  ll_load: effect, ll_store: effect, ll_load_u32: effect, ll_store_u32: effect, ll_load_u8: effect, ll_store_u8: effect,
  ll_copy: effect, ll_fill: effect, ll_map_memory: effect, ll_unmap_memory: effect,
  ll_type_count: effect, ll_fixed_size: effect, ll_item_size: effect, ll_length_offset: effect, ll_pointer_count: effect,
  ll_pointer_offset: effect, ll_item_pointer_count: effect, ll_item_pointer_offset: effect,
  ll_stack_roots_base: effect, ll_stack_roots_top: effect, ll_global_root_count: effect, ll_global_root: effect,
  ll_prebuilt_count: effect, ll_prebuilt: effect,
  ll_fatal: { canFail: true }, ll_clock: effect, ll_env_int: effect, ll_log_gc: effect, ll_torture_default: effect,
  // inserted by transforms
  stack_check: { canRaise: true },
  unreachable: { canFail: true },
};

export function opInfo(name: string): LLOpInfo {
  const i = LLOPS[name];
  if (!i) throw new Error(`internal: unknown low-level operation ${name}`);
  return i;
}
