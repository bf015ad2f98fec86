// The low-level operation table: every op of the low-level graphs, defined
// once (see op.ts).  Operands are Values; "meta" constants (field names,
// layouts, functions) come first where an operation needs them.
import { MEMORY_OPS } from "./memory.ts";
import { NUMBER_OPS } from "./numbers.ts";
import { type EvalContext, type OpDef, type OpTable } from "./op.ts";
import { VALUE_OPS } from "./values.ts";

export type { CContext, CForm, EvalContext, OpDef, OpTable } from "./op.ts";

export const OPS: OpTable = { ...NUMBER_OPS, ...VALUE_OPS, ...MEMORY_OPS };

export function opInfo(name: string): OpDef {
  const i = OPS[name];
  if (!i) throw new Error(`internal: unknown low-level operation ${name}`);
  return i;
}

/** The ops that call a function (directly, through a vtable slot or through a code pointer). */
export function isCall(name: string): boolean {
  return name === "direct_call" || name === "method_call" || name === "indirect_call";
}

/** The largest magnitude an int can hold (2^63 itself cannot). */
export const INT_LIMIT = 2 ** 63;

/** True for the int-typed results of `name` (normalized: ints have no -0, and must fit an int64). */
export function hasIntResult(name: string): boolean {
  return name.startsWith("int") || name.startsWith("jsint") || name.startsWith("wrap_") || name === "float_wrap_to_int";
}

/** Thrown by the context of evalOp: the op would fail or raise, so it has no value to fold. */
class NoValue extends Error {}

const FOLDING: EvalContext = {
  fail: () => {
    throw new NoValue();
  },
  raise: () => {
    throw new NoValue();
  },
};

/**
 * Evaluates an op that has TypeScript semantics (constant folding); undefined
 * when it has none, would fail or raise, or its int result does not fit an int64.
 */
export function evalOp(name: string, args: unknown[]): { value: unknown } | undefined {
  const f = OPS[name]?.eval;
  if (!f) return undefined;
  let v: unknown;
  try {
    v = f(args, FOLDING);
  } catch (e) {
    if (e instanceof NoValue) return undefined;
    throw e;
  }
  if (typeof v === "number" && hasIntResult(name)) {
    if (v === 0) v = 0; // ints have no -0
    else if (!(v >= -INT_LIMIT && v < INT_LIMIT)) return undefined;
  }
  return { value: v };
}
