// The shadow-stack GC transform (RPython's gctransform/shadowstack.py):
// around every operation that can collect, the GC pointers still needed
// afterwards are pushed on the shadow stack, and popped and read back after
// it as new variables (the collector may have moved the objects), so the
// graphs themselves say where roots live: the C backend prints these
// operations as it prints any other, and the llinterp runs them on a model
// of the shadow stack.  Variables only live in their own block, so liveness
// is a backward scan of one block.
import { Variable, copyVar, SpaceOperation, type Block, type FunctionGraph, type Value } from "../flow/model.ts";
import type { Effects } from "./effects.ts";
import { isPtr, type LLType } from "../rtyper/lltypes.ts";
import { metaConstant, voidResult } from "../rtyper/values.ts";

/** Operation → the GC pointer variables to save around it. */
export type GcRoots = Map<SpaceOperation, Variable[]>;

/** The GC pointers live across each operation that can collect (nothing is inserted). */
export function findShadowStackRoots(g: FunctionGraph, roots: GcRoots, effects: Effects): void {
  for (const b of g.blocks()) findBlockRoots(b, roots, effects);
}

/** The same for one block. */
export function findBlockRoots(b: Block, roots: GcRoots, effects: Effects): void {
  const isGcVar = (v: Value): v is Variable => v instanceof Variable && !!v.concretetype && isPtr(v.concretetype as LLType);
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

/** The bookkeeping operations this transform inserts (they cannot raise or collect). */
export const SHADOW_STACK_OPS = new Set(["gc_push_roots", "gc_pop_roots", "gc_reload_root"]);


/**
 * Inserts gc_push_roots / gc_pop_roots / gc_reload_root around every
 * operation of `g` that can collect while GC pointers are live across it;
 * later uses (operations, exit links, the exit switch) read the reloaded
 * variables.  In a block that ends with an operation that can raise, the
 * pops and reloads follow that operation: they run on both exits, before
 * the exception test.  Returns the number of operations wrapped.
 */
export function insertShadowStackRoots(g: FunctionGraph, effects: Effects): number {
  const roots: GcRoots = new Map();
  findShadowStackRoots(g, roots, effects);
  if (roots.size === 0) return 0;
  for (const b of g.blocks()) {
    if (!b.operations.some((op) => roots.has(op))) continue;
    const rename = new Map<Variable, Variable>();
    const current = (v: Value): Value => (v instanceof Variable ? rename.get(v) ?? v : v);
    const out: SpaceOperation[] = [];
    for (const op of b.operations) {
      op.args = op.args.map(current);
      const saved = roots.get(op);
      if (!saved) {
        out.push(op);
        continue;
      }
      out.push(new SpaceOperation("gc_push_roots", saved.map((v) => current(v)), voidResult("gc"), op.loc));
      out.push(op);
      out.push(new SpaceOperation("gc_pop_roots", [metaConstant(saved.length)], voidResult("gc"), op.loc));
      saved.forEach((v, i) => {
        const reloaded = copyVar(v);
        out.push(new SpaceOperation("gc_reload_root", [metaConstant(i)], reloaded, op.loc));
        rename.set(v, reloaded);
      });
    }
    b.operations = out;
    for (const l of b.exits) l.args = l.args.map((a) => (a === l.excValue ? a : current(a)));
    if (b.exitswitch instanceof Variable) b.exitswitch = current(b.exitswitch);
  }
  return roots.size;
}
