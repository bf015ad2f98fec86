// What one low-level operation is (RPython's lloperation.py, one entry per
// op): its flags, its TypeScript semantics and its C.  The op table
// (framework/ops/index.ts) is the only place an op is defined; the rtyper
// emits ops from it, the transforms read its flags, constant folding and the
// llinterp run its `eval`, the C backend prints its `c`.  An op without
// `eval` needs the llinterp's heap or I/O (its switch handles it); an op
// without `c` needs the C backend's types or layouts (funcgen's switch).
// tests/unit/optable.test.ts proves every op is handled by every consumer.

import type { LLType } from "../rtyper/lltypes.ts";

/** What the C of one op may ask about it. */
export interface CContext {
  /** The C string naming the op's source location (for fatal errors). */
  where(): string;
  /** The low-level type of operand i. */
  type(i: number): LLType;
  /** The value of meta operand i. */
  meta<T>(i: number): T;
}

/** The C of an op whose operands are the C expressions `a`. */
export type CForm =
  /** `(a0 OP a1)` */
  | { infix: string }
  /** `fn(a0, a1, ...)`, with the source location last if `where`; `void`: the function returns nothing */
  | { call: string; where?: boolean; void?: boolean }
  /** a C expression of the operands, assigned to the result */
  | { expr: (a: string[], cx: CContext) => string }
  /** whole C statements; `res` is "RESULT = " (empty when the op has no result) */
  | { stmt: (a: string[], res: string, cx: CContext) => string };

/** What an op's `eval` may do besides returning a value. */
export interface EvalContext {
  /** Stops the program: a fatal error naming the op's source location. */
  fail(message: string): never;
  /** Throws one of JavaScript's errors (RangeError...), which the program may catch. */
  raise(errorClass: string, message: string): never;
}

export interface OpDef {
  /** No side effects; the result depends only on the operands (constant folding, dead-code removal). */
  pure?: boolean;
  /** May set the current exception (the exception transform adds a check). */
  canRaise?: boolean;
  /** May run the GC (the GC transform saves live pointers around it). */
  canCollect?: boolean;
  /** May stop the program with a fatal error (bounds, null, bad cast, int range). */
  canFail?: boolean;
  /**
   * The semantics on llinterp values (ints and floats are JS numbers, strings
   * JS strings, null and undefined themselves; meta operands are their values).
   */
  eval?: (a: any[], cx: EvalContext) => unknown; // eslint-disable-line @typescript-eslint/no-explicit-any
  c?: CForm;
}

export type OpTable = Record<string, OpDef>;
