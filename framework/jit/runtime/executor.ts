// The arithmetic of trace operations on concrete values (RPython's
// executor.py), shared by the metainterp (which computes each value as it
// records), constant folding and the trace-interpreting backend.  The
// semantics are the jitcode instructions' (blackhole.ts): ints wrap at 64
// bits, comparisons give 0 or 1.  (Plain int_add/int_sub/int_mul only
// come from ops the int-range passes proved to stay within ±2^53, where
// wrapping and then rounding as JavaScript does is the machine's exact
// 64-bit result: docs/jit.md.)  RTS code.
import { wrapAdd, wrapMul, wrapSub } from "../../rlib/index.ts";
import type { GcRef } from "./jitdata.ts";
import type { Cpu } from "./cpu.ts";
import { INT_ADD as INSN_INT_ADD, PTR_NONZERO as INSN_PTR_NONZERO } from "../insns.ts";
import { toFloat } from "rts/rlib";
import {
  BOOL_NOT, Box, CAST_INT_TO_FLOAT, KIND_F, constFloat, constInt, FLOAT_ADD, FLOAT_DIV, FLOAT_EQ, FLOAT_GE, FLOAT_GT, FLOAT_LE, FLOAT_LT, FLOAT_MUL, FLOAT_NE, FLOAT_NEG, FLOAT_SUB, INT_ADD, INT_EQ, INT_GE, INT_GT, INT_IS_TRUE,
  INT_LE, INT_LT, INT_MUL, INT_NE, INT_NEG, INT_SUB, KIND_I, KIND_R, PTR_EQ, PTR_ISZERO, PTR_NE, PTR_NONZERO, UINT_LT,
} from "./resoperation.ts";

/** Ops with int operands and an int result (y unused by unary ones). */
export function execInt(opnum: number, x: number, y: number): number {
  switch (opnum) {
    case INT_ADD:
      return wrapAdd(x, y);
    case INT_SUB:
      return wrapSub(x, y);
    case INT_MUL:
      return wrapMul(x, y);
    case INT_NEG:
      return wrapSub(0, x);
    case INT_LT:
      return x < y ? 1 : 0;
    case INT_LE:
      return x <= y ? 1 : 0;
    case INT_GT:
      return x > y ? 1 : 0;
    case INT_GE:
      return x >= y ? 1 : 0;
    case INT_EQ:
      return x === y ? 1 : 0;
    case INT_NE:
      return x !== y ? 1 : 0;
    case INT_IS_TRUE:
      return x !== 0 ? 1 : 0;
    case BOOL_NOT:
      return x === 0 ? 1 : 0;
    case UINT_LT:
      return x >= 0 && x < y ? 1 : 0;
  }
  throw new Error("execInt: not an int op " + opnum);
}

/** Float arithmetic (float results). */
export function execFloat(opnum: number, x: number, y: number): number {
  switch (opnum) {
    case FLOAT_ADD:
      return x + y;
    case FLOAT_SUB:
      return x - y;
    case FLOAT_MUL:
      return x * y;
    case FLOAT_DIV:
      return x / y;
    case FLOAT_NEG:
      return -x;
  }
  throw new Error("execFloat: not a float op " + opnum);
}

/** Float comparisons (int results: kept apart from execFloat so ints never pass through a float). */
export function execFloatCompare(opnum: number, x: number, y: number): number {
  switch (opnum) {
    case FLOAT_LT:
      return x < y ? 1 : 0;
    case FLOAT_LE:
      return x <= y ? 1 : 0;
    case FLOAT_GT:
      return x > y ? 1 : 0;
    case FLOAT_GE:
      return x >= y ? 1 : 0;
    case FLOAT_EQ:
      return x === y ? 1 : 0;
    case FLOAT_NE:
      return x !== y ? 1 : 0;
  }
  throw new Error("execFloatCompare: not a float comparison " + opnum);
}

/** Pointer tests (int results). */
export function execRef(opnum: number, x: GcRef | null, y: GcRef | null): number {
  switch (opnum) {
    case PTR_EQ:
      return x === y ? 1 : 0;
    case PTR_NE:
      return x !== y ? 1 : 0;
    case PTR_ISZERO:
      return x === null ? 1 : 0;
    case PTR_NONZERO:
      return x !== null ? 1 : 0;
  }
  throw new Error("execRef: not a pointer op " + opnum);
}

/**
 * Per arithmetic opnum: its operand kinds then its result kind ("iii":
 * two ints to an int, "ffi": two floats to an int, "if": int to float);
 * "" for other opnums.
 */
export const ARITH_KINDS: string[] = [
  "",
  ...["iii", "iii", "iii", "ii", "iii", "iii", "iii", "iii", "iii", "iii", "ii", "ii", "iii"], // int_add .. uint_lt
  ...["fff", "fff", "fff", "fff", "ff", "ffi", "ffi", "ffi", "ffi", "ffi", "ffi"], // float_add .. float_ne
  "if", // cast_int_to_float
  ...["rri", "rri", "ri", "ri"], // ptr_eq .. ptr_nonzero
];

/**
 * Per opnum, its operands' kind and its result's (KIND_I, KIND_R, KIND_F;
 * -1: no such op), read from ARITH_KINDS once here at init time: a string's
 * character at run time is a new string, and charCodeAt a library call whose
 * translation depends on the program.
 */
export const ARITH_IN: number[] = [];
export const ARITH_OUT: number[] = [];
for (const k of ARITH_KINDS) {
  ARITH_IN.push(k.length > 0 ? kindOfLetter(k.charCodeAt(0)) : -1);
  ARITH_OUT.push(k.length > 0 ? kindOfLetter(k.charCodeAt(k.length - 1)) : -1);
}

function kindOfLetter(c: number): number {
  return c === 105 ? KIND_I : c === 114 ? KIND_R : KIND_F; // "i", "r", "f"
}

/** The trace opnum of an arithmetic jitcode instruction (the two lists are in the same order), else 0. */
export function arithOfInsn(op: number): number {
  return op >= INSN_INT_ADD && op <= INSN_PTR_NONZERO ? op - INSN_INT_ADD + INT_ADD : 0;
}

export { CAST_INT_TO_FLOAT };

/** The constant an arithmetic op (resoperation's opnums) of constant operands gives; `kind` is its result's. */
export function foldArith(opnum: number, args: Box[], kind: number): Box {
  const x = args[0];
  const y = args.length > 1 ? args[1] : x;
  if (opnum === CAST_INT_TO_FLOAT) return constFloat(toFloat(x.intValue));
  if (ARITH_IN[opnum] === KIND_I) return constInt(execInt(opnum, x.intValue, y.intValue));
  if (ARITH_IN[opnum] === KIND_R) return constInt(execRef(opnum, x.refValue, y.refValue));
  if (kind === KIND_F) return constFloat(execFloat(opnum, x.floatValue, y.floatValue));
  return constInt(execFloatCompare(opnum, x.floatValue, y.floatValue));
}

/** Field d of obj now, as a constant box of `kind` (a folded immutable or quasi-immutable field, or its value checked again). */
export function fieldConstant(cpu: Cpu, obj: GcRef | null, d: number, kind: number): Box {
  const c = new Box(kind);
  c.isConst = true;
  if (kind === KIND_I) c.intValue = cpu.bhGetfieldI(obj, d);
  else if (kind === KIND_R) c.refValue = cpu.bhGetfieldR(obj, d);
  else c.floatValue = cpu.bhGetfieldF(obj, d);
  return c;
}
