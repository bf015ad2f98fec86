// The jitcode instruction set (RPython's codewriter/assembler opnames with
// argcodes, but fixed: the JIT runtime is RTS code whose interpreters
// switch on these numbers, so they cannot be made up per program).
//
// A jitcode is an Int32Array: an opcode, then one word per operand, read by
// the argcodes of its form "name/argcodes":
//   i r f   a register of that kind (int, GC ref, float); constants are
//           registers too: a kind's constant pool follows its registers
//   I R F   a list of registers: the count, then the indices
//   L       a label: an absolute code offset
//   d       an index into the program's descr table
//   n       a plain number
//   >i >r >f the register the result goes to
//
// Ops of the op table that have no form of their own run through `op_<k>`
// with an OpDescr (the op, its meta operands and types): the metainterp
// records them as they are and the backend emits or calls their code.
// This file is imported by the codewriter and by the JIT runtime.

// ---- control ------------------------------------------------------------------------
/** A resume point: the registers live here are in liveness entry n. */
export const LIVE = 0;
export const GOTO = 1;
/** Jumps to L when the int (a bool) is 0. */
export const GOTO_IF_NOT = 2;
/** Jumps by the SwitchDescr's table; falls through for other values. */
export const SWITCH = 3;
export const INT_RETURN = 4;
export const REF_RETURN = 5;
export const FLOAT_RETURN = 6;
export const VOID_RETURN = 7;
/** Raises the exception object. */
export const RAISE = 8;
/** Raises the exception being handled again. */
export const RERAISE = 9;
/** After an instruction that may raise: jump to L if it did, else fall through. */
export const CATCH_EXCEPTION = 10;
/** The exception being handled. */
export const LAST_EXC_VALUE = 11;
export const INT_COPY = 12;
export const REF_COPY = 13;
export const FLOAT_COPY = 14;
/** The portal's merge point: driver n, greens (I R F), reds (I R F). */
export const JIT_MERGE_POINT = 15;
/** canEnterJit: a backward jump of the interpreted program (driver n). */
export const LOOP_HEADER = 16;
/** promote(x): a constant in the trace (a guard on its value). */
export const INT_GUARD_VALUE = 17;
export const REF_GUARD_VALUE = 18;
export const FLOAT_GUARD_VALUE = 19;
/** Stops the program with the FatalDescr's message unless the int is true. */
export const FATAL_UNLESS = 20;

// ---- calls: d is a JitCodeDescr (inline) or a CallDescr (residual) --------------------
export const INLINE_CALL_I = 21;
export const INLINE_CALL_R = 22;
export const INLINE_CALL_F = 23;
export const INLINE_CALL_V = 24;
export const RESIDUAL_CALL_I = 25;
export const RESIDUAL_CALL_R = 26;
export const RESIDUAL_CALL_F = 27;
export const RESIDUAL_CALL_V = 28;

// ---- any other op of the op table: d is an OpDescr -----------------------------------
export const OP_I = 29;
export const OP_R = 30;
export const OP_F = 31;
export const OP_V = 32;

// ---- instances (d: a FieldDescr or a SizeDescr) -----------------------------------------
export const GETFIELD_I = 33;
export const GETFIELD_R = 34;
export const GETFIELD_F = 35;
export const SETFIELD_I = 36;
export const SETFIELD_R = 37;
export const SETFIELD_F = 38;
export const NEW = 39;

// ---- ints (Signed, wrapping; comparisons give 0 or 1) ------------------------------------
export const INT_ADD = 40;
export const INT_SUB = 41;
export const INT_MUL = 42;
export const INT_NEG = 43;
export const INT_LT = 44;
export const INT_LE = 45;
export const INT_GT = 46;
export const INT_GE = 47;
export const INT_EQ = 48;
export const INT_NE = 49;
export const INT_IS_TRUE = 50;
export const BOOL_NOT = 51;
/** 0 <= a < b (a bounds check). */
export const UINT_LT = 52;

// ---- floats and pointers --------------------------------------------------------------
export const FLOAT_ADD = 53;
export const FLOAT_SUB = 54;
export const FLOAT_MUL = 55;
export const FLOAT_DIV = 56;
export const FLOAT_NEG = 57;
export const FLOAT_LT = 58;
export const FLOAT_LE = 59;
export const FLOAT_GT = 60;
export const FLOAT_GE = 61;
export const FLOAT_EQ = 62;
export const FLOAT_NE = 63;
export const CAST_INT_TO_FLOAT = 64;
export const PTR_EQ = 65;
export const PTR_NE = 66;
export const PTR_ISZERO = 67;
export const PTR_NONZERO = 68;
/** Stops the program with the FatalDescr's message (code that must not be reached). */
export const UNREACHABLE = 69;
/** isConstant(x): 1 while tracing when x is a constant of the trace, else 0. */
export const INT_ISCONSTANT = 70;
export const REF_ISCONSTANT = 71;
export const FLOAT_ISCONSTANT = 72;
/**
 * Before a read of a quasi-immutable field (d; then its watcher field's d): on a constant object the
 * metainterp folds the read and records the dependency, after a
 * guard_not_invalidated resuming here (RPython's record_quasiimmut_field).
 */
export const RECORD_QUASIIMMUT_FIELD = 73;
/** rts/jit JitDriver.notAnEntry (n: the driver): the next call of the portal the metainterp follows resumes a run (a generator), no function's entry. */
export const NOT_AN_ENTRY = 74;

/** Each opcode's form, at its number. */
export const INSN_FORMS: string[] = [
  "live/n",
  "goto/L",
  "goto_if_not/iL",
  "switch/id",
  "int_return/i",
  "ref_return/r",
  "float_return/f",
  "void_return/",
  "raise/r",
  "reraise/",
  "catch_exception/L",
  "last_exc_value/>r",
  "int_copy/i>i",
  "ref_copy/r>r",
  "float_copy/f>f",
  "jit_merge_point/nIRFIRF",
  "loop_header/n",
  "int_guard_value/i",
  "ref_guard_value/r",
  "float_guard_value/f",
  "fatal_unless/id",
  "inline_call_i/dIRF>i",
  "inline_call_r/dIRF>r",
  "inline_call_f/dIRF>f",
  "inline_call_v/dIRF",
  "residual_call_i/dIRF>i",
  "residual_call_r/dIRF>r",
  "residual_call_f/dIRF>f",
  "residual_call_v/dIRF",
  "op_i/dIRF>i",
  "op_r/dIRF>r",
  "op_f/dIRF>f",
  "op_v/dIRF",
  "getfield_i/rd>i",
  "getfield_r/rd>r",
  "getfield_f/rd>f",
  "setfield_i/rdi",
  "setfield_r/rdr",
  "setfield_f/rdf",
  "new/d>r",
  "int_add/ii>i",
  "int_sub/ii>i",
  "int_mul/ii>i",
  "int_neg/i>i",
  "int_lt/ii>i",
  "int_le/ii>i",
  "int_gt/ii>i",
  "int_ge/ii>i",
  "int_eq/ii>i",
  "int_ne/ii>i",
  "int_is_true/i>i",
  "bool_not/i>i",
  "uint_lt/ii>i",
  "float_add/ff>f",
  "float_sub/ff>f",
  "float_mul/ff>f",
  "float_div/ff>f",
  "float_neg/f>f",
  "float_lt/ff>i",
  "float_le/ff>i",
  "float_gt/ff>i",
  "float_ge/ff>i",
  "float_eq/ff>i",
  "float_ne/ff>i",
  "cast_int_to_float/i>f",
  "ptr_eq/rr>i",
  "ptr_ne/rr>i",
  "ptr_iszero/r>i",
  "ptr_nonzero/r>i",
  "unreachable/d",
  "int_isconstant/i>i",
  "ref_isconstant/r>i",
  "float_isconstant/f>i",
  "record_quasiimmut_field/rdd",
  "not_an_entry/n",
];
