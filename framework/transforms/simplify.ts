// Clean-ups on low-level graphs: copy propagation of `same_as` and merging
// of blocks that only forward their inputs (RPython's simplify.py).
import { Block, Variable, type FunctionGraph, type SpaceOperation, type Value } from "../flow/model.ts";

/**
 * Walks a block's operations in order; `replace` may return a value that
 * stands for the operation's result from then on (the operation is dropped).
 * Uses later in the block, the exit switch and the link arguments are
 * rewritten — enough, since variables never leave their block.
 */
export function substituteInBlock(b: Block, replace: (op: SpaceOperation) => Value | null): void {
  const subst = new Map<Variable, Value>();
  const sub = (v: Value): Value => (v instanceof Variable && subst.has(v) ? subst.get(v)! : v);
  const kept = [];
  for (const op of b.operations) {
    op.args = op.args.map(sub);
    const r = replace(op);
    if (r !== null) subst.set(op.result, r);
    else kept.push(op);
  }
  b.operations = kept;
  if (b.exitswitch instanceof Variable) b.exitswitch = sub(b.exitswitch);
  for (const l of b.exits) l.args = l.args.map(sub);
}

/** Replaces `r = same_as(x)` by x. */
export function removeSameAs(g: FunctionGraph): void {
  for (const b of g.blocks()) {
    substituteInBlock(b, (op) => (op.opname === "same_as" && sameKind(op.result, op.args[0]) ? op.args[0] : null));
  }
}

function sameKind(a: Value, b: Value): boolean {
  const ta = a.concretetype as { k: string } | undefined;
  const tb = b.concretetype as { k: string } | undefined;
  return !ta || !tb || ta.k === tb.k || (ta.k !== "Signed" && ta.k !== "Float" && ta.k !== "Bool" && tb.k !== "Signed" && tb.k !== "Float" && tb.k !== "Bool");
}

/** Skips blocks with no operations and a single exit: links go straight to the final target. */
export function skipEmptyBlocks(g: FunctionGraph): void {
  const blocks = g.blocks();
  for (const b of blocks) {
    for (const l of b.exits) {
      for (let guard = 0; guard < 100; guard++) {
        const t = l.target;
        if (t === g.returnblock || t === g.exceptblock || t === g.startblock) break;
        if (t.operations.length > 0 || t.exits.length !== 1 || t.exitswitch !== null) break;
        const next = t.exits[0];
        if (next.target === t) break;
        const map = new Map<Variable, Value>();
        t.inputargs.forEach((v, i) => map.set(v, l.args[i]));
        const newArgs = next.args.map((a) => (a instanceof Variable ? map.get(a) ?? a : a));
        if (newArgs.some((a) => a instanceof Variable && !b.inputargs.includes(a) && !b.operations.some((op) => op.result === a) && a !== l.excValue)) break;
        l.args = newArgs;
        l.target = next.target;
      }
    }
  }
}
