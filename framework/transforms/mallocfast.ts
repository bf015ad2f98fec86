// The nursery's allocation fast path as operations (RPython inlines its
// nursery malloc the same way): where GC pointers are live across a malloc,
// the block is split so that the fast path — carving the object out of the
// nursery (gc_malloc_bump, NULL when it does not fit) — saves nothing, and
// only the slow path, the malloc that may collect, gets the shadow stack's
// pushes and reloads (the GC transform's next step puts them there).  A
// malloc with nothing live across it keeps its one operation: its C already
// inlines the same fast path.
import { Block, Link, SpaceOperation, Variable, copyVar, type FunctionGraph } from "../flow/model.ts";
import { Bool } from "../rtyper/lltypes.ts";
import type { Effects } from "./effects.ts";
import { findBlockRoots, type GcRoots } from "./shadowstack.ts";
import { splitAt } from "./split.ts";

/** Splits every malloc with live GC pointers across it into fast and slow paths; returns how many. */
export function splitAllocationFastPaths(g: FunctionGraph, effects: Effects): number {
  let count = 0;
  const work: Block[] = [...g.blocks()];
  while (work.length > 0) {
    const b = work.pop()!;
    const roots: GcRoots = new Map();
    findBlockRoots(b, roots, effects);
    const index = b.operations.findIndex((op) => op.opname === "malloc" && roots.has(op));
    if (index < 0) continue;
    const { op, after, live } = splitAt(b, index);
    const fast = copyVar(op.result);
    const ok = new Variable("fits");
    ok.concretetype = Bool;
    b.operations.push(new SpaceOperation("gc_malloc_bump", op.args, fast, op.loc), new SpaceOperation("ptr_nonzero", [fast], ok, op.loc));
    const slow = new Block(live.map(copyVar));
    const slowLive = new Map(live.map((v, k) => [v, slow.inputargs[k]]));
    const obj = copyVar(op.result);
    slow.operations = [new SpaceOperation("malloc", op.args.map((a) => (a instanceof Variable ? slowLive.get(a) ?? a : a)), obj, op.loc)];
    slow.closeWith([new Link([obj, ...slow.inputargs], after, null)]);
    b.closeWith([new Link(live, slow, false), new Link([fast, ...live], after, true)], ok);
    count++;
    work.push(after); // it may hold more allocations
  }
  return count;
}
