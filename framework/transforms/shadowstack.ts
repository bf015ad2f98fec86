// The shadow-stack root finding used by moving GCs (RPython's
// gctransform/shadowstack.py): around every operation that can collect, the
// GC pointers still needed afterwards are saved on the shadow stack and
// reloaded after it (the collector may have moved them).  Variables only
// live in their own block, so liveness is a backward scan of one block.
import { Variable, type FunctionGraph, type SpaceOperation, type Value } from "../flow/model.ts";
import type { Effects } from "./effects.ts";
import { isPtr, type LLType } from "../rtyper/lltypes.ts";

/** Operation → the GC pointer variables to save around it. */
export type GcRoots = Map<SpaceOperation, Variable[]>;

export function findShadowStackRoots(g: FunctionGraph, roots: GcRoots, effects: Effects): void {
  const isGcVar = (v: Value): v is Variable => v instanceof Variable && !!v.concretetype && isPtr(v.concretetype as LLType);
  for (const b of g.blocks()) {
    const live = new Set<Variable>();
    if (b.exitswitch instanceof Variable && isGcVar(b.exitswitch)) live.add(b.exitswitch);
    for (const l of b.exits) for (const a of l.args) if (isGcVar(a) && a !== l.excValue) live.add(a);
    for (let i = b.operations.length - 1; i >= 0; i--) {
      const op = b.operations[i];
      live.delete(op.result);
      if (live.size > 0 && effects.canCollect(op)) roots.set(op, [...live]);
      for (const a of op.args) if (isGcVar(a)) live.add(a);
    }
  }
}
