// Constant folding (RPython's backendopt/constfold.py): pure operations
// whose operands are all constants are evaluated at translation time with
// the llinterp's implementation, so folding agrees with execution; branches
// on constant conditions become jumps; pure operations whose result nobody
// uses are removed.
import { Constant, DEFAULT_CASE, Variable, type FunctionGraph, type Value } from "../flow/model.ts";
import { substituteInBlock } from "./simplify.ts";
import { evalOp, opInfo } from "../ops/index.ts";
import type { LLType } from "../rtyper/lltypes.ts";

export interface FoldStats {
  folded: number;
  branches: number;
  removed: number;
}

function isFoldableConstant(v: Value): v is Constant {
  if (!(v instanceof Constant)) return false;
  const x = v.value;
  return typeof x === "number" || typeof x === "boolean" || typeof x === "string";
}

export function constantFold(g: FunctionGraph, stats: FoldStats): void {
  for (const b of g.blocks()) {
    substituteInBlock(b, (op) => {
      if (!opInfo(op.opname).pure || op.args.length === 0 || !op.args.every(isFoldableConstant)) return null;
      const r = evalOp(op.opname, op.args.map((a) => (a as Constant).value));
      const t = op.result.concretetype as LLType;
      const v = r?.value;
      // an int result is exact in a JS number only within ±2^53, except for the
      // JavaScript-number ops, whose results are the double JS computes (beyond ±2^63 they fail at run time)
      const exact = typeof v !== "number" || t.k !== "Signed" || Number.isSafeInteger(v) || (/^(jsint_|wrap_|float_wrap)/.test(op.opname) && Number.isInteger(v));
      if (!r || !exact || !(typeof v === "number" || typeof v === "boolean" || typeof v === "string")) return null;
      const c = new Constant(v);
      c.concretetype = t;
      if (t.k === "Float") c.annotation = "float";
      stats.folded++;
      return c;
    });
    const sw = b.exitswitch;
    if (sw instanceof Constant && (typeof sw.value === "boolean" || typeof sw.value === "number")) {
      const taken = b.exits.find((l) => l.exitcase === sw.value) ?? b.exits.find((l) => l.exitcase === DEFAULT_CASE)!;
      taken.exitcase = null;
      b.closeWith([taken], null);
      stats.branches++;
    }
  }
  removeDeadOps(g, stats);
}

/** Removes pure operations whose results are not used (iterating to a fixpoint). */
export function removeDeadOps(g: FunctionGraph, stats: FoldStats): void {
  for (const b of g.blocks()) {
    let changed = true;
    while (changed) {
      changed = false;
      const used = new Set<Variable>();
      for (const op of b.operations) for (const a of op.args) if (a instanceof Variable) used.add(a);
      if (b.exitswitch instanceof Variable) used.add(b.exitswitch);
      for (const l of b.exits) for (const a of l.args) if (a instanceof Variable) used.add(a);
      const kept = b.operations.filter((op, i) => {
        const info = opInfo(op.opname);
        const isLastRaising = i === b.operations.length - 1 && b.exitswitch !== null && typeof b.exitswitch === "symbol";
        const dead = info.pure && !info.canFail && !used.has(op.result) && !isLastRaising;
        if (dead) stats.removed++;
        return !dead;
      });
      changed = kept.length !== b.operations.length;
      b.operations = kept;
    }
  }
}
