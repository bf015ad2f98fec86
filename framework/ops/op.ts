// What one low-level operation is (RPython's lloperation.py, one entry per
// op): its signature, the heap it reads and writes, its flags, its
// TypeScript semantics and its C.  The op table
// (framework/ops/index.ts) is the only place an op is defined; the rtyper
// emits ops from it, the transforms read its flags, constant folding and the
// llinterp run its `eval`, the C backend prints its `c`.  An op without
// `eval` needs the llinterp's heap or I/O (its switch handles it); an op
// without `c` needs the C backend's types or layouts (funcgen's switch).
// tests/unit/optable.test.ts proves every op is handled by every consumer.

import type { ClassLayout, LLType } from "../rtyper/lltypes.ts";

/** What the C of one op may ask about it. */
export interface CContext {
  /** The C string naming the op's source location (for fatal errors). */
  where(): string;
  /** The low-level type of operand i. */
  type(i: number): LLType;
  /** The value of meta operand i. */
  meta<T>(i: number): T;
  /** The C of a class layout's type id. */
  tid(layout: ClassLayout): string;
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

/**
 * A kind of operand or result in a signature: `int` `float` `bool` `str`
 * (Signed, Float, Bool, Str); `optint` `optfloat` `optbool` (OptSigned... or
 * the plain type: the same machine word); `ref` any GC pointer (strings,
 * lists, typed arrays, maps, instances, null); `opt` a value that may be
 * null or undefined (an Opt* type or a pointer); `any`; `meta` a constant
 * that parameterizes the op (a field name, a layout, a function); `void`
 * (results only) no value.
 */
export type Kind = "int" | "float" | "bool" | "str" | "optint" | "optfloat" | "optbool" | "ref" | "opt" | "any" | "meta" | "void";

/** A parsed signature: `"int, int -> int"`; a last operand `any...` repeats. */
export interface Signature {
  args: Kind[];
  /** The kind of any further operands (`kind...` last), or null: exactly args.length operands. */
  rest: Kind | null;
  result: Kind;
}

const KINDS = new Set<string>(["int", "float", "bool", "str", "optint", "optfloat", "optbool", "ref", "opt", "any", "meta", "void"]);

export function parseSignature(sig: string): Signature {
  const [lhs, rhs] = sig.split("->").map((s) => s.trim());
  const args = lhs === "" ? [] : lhs.split(",").map((s) => s.trim());
  let rest: Kind | null = null;
  if (args.length > 0 && args[args.length - 1].endsWith("...")) rest = args.pop()!.slice(0, -3) as Kind;
  for (const k of [...args, rhs, ...(rest ? [rest] : [])]) if (!KINDS.has(k)) throw new Error(`internal: bad kind '${k}' in op signature '${sig}'`);
  return { args: args as Kind[], rest, result: rhs as Kind };
}

/**
 * A family of heap locations (RPython's effectinfo descrs): `field` (the
 * field the op's meta operand names, of the object's class), `global`,
 * `list` and `typed` (items and lengths, per item type), `map` (per key and
 * value type), `raw` (rts/ll memory), `io` (the process's input and output,
 * clocks, the environment), `qmut` (what the JIT folded of quasi-immutable
 * fields: a write of one invalidates traces).  Strings are immutable.
 */
export type HeapFamily = "field" | "global" | "list" | "typed" | "map" | "str" | "raw" | "io" | "qmut";

export interface OpDef {
  /** Operand and result kinds, e.g. `"int, int -> int"` (checked against the rtyped graphs by tests/unit/opsigs.test.ts). */
  sig: string;
  /** The heap families the op reads (calls: see transforms/effects.ts). */
  reads?: HeapFamily[];
  /** The heap families the op writes. */
  writes?: HeapFamily[];
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
