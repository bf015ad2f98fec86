// Splitting a block after one of its operations (for the inliner and the GC
// transform's allocation fast path): the operations after it move to a new
// block that receives the operation's result and every value defined before
// it that the rest still needs (variables never leave their block, so these
// ride on the link).
import { Block, Link, Variable, copyVar, type SpaceOperation, type Value } from "../flow/model.ts";

export interface Split {
  /** The operation split at (no longer in any block). */
  op: SpaceOperation;
  /** The continuation: inputs [the op's result, ...live], the rest of the operations, the old exits. */
  after: Block;
  /** The values (defined before the op) that the continuation needs, in the order of its inputs. */
  live: Variable[];
}

/** Removes operation `index` and everything after it from `b` (which is left without exits). */
export function splitAt(b: Block, index: number): Split {
  const op = b.operations[index];
  const { after, live } = moveRest(b, index + 1, b.operations.slice(0, index), op.result);
  b.operations = b.operations.slice(0, index);
  return { op, after, live };
}

/**
 * Moves the operations of `b` from `index` on, and its exits, to a new
 * block of the values live there; `b` ends with a jump to it.
 */
export function splitBefore(b: Block, index: number): Block {
  const { after, live } = moveRest(b, index, b.operations.slice(0, index), null);
  b.operations = b.operations.slice(0, index);
  b.closeWith([new Link([...live], after)]);
  return after;
}

/**
 * The continuation of `b` from operation `from`: a block of [carried?, ...live]
 * (live: the values defined by b's inputs and `before` that the rest needs)
 * with the rest of the operations and b's exits; b is left without exits.
 */
function moveRest(b: Block, from: number, before: SpaceOperation[], carried: Variable | null): { after: Block; live: Variable[] } {
  const rest = b.operations.slice(from);
  const defined = new Set<Variable>([...b.inputargs, ...before.map((o) => o.result)]);
  const live: Variable[] = [];
  const need = (x: Value | symbol | null): void => {
    if (x instanceof Variable && defined.has(x) && !live.includes(x)) live.push(x);
  };
  for (const o of rest) o.args.forEach(need);
  need(b.exitswitch as Value | null);
  for (const l of b.exits) l.args.forEach((a) => (a === l.excValue ? undefined : need(a)));
  const inputs = carried ? [carried, ...live] : live;
  const after = new Block(inputs.map(copyVar));
  const rename = new Map<Variable, Variable>(inputs.map((v, k) => [v, after.inputargs[k]]));
  const sub = (x: Value): Value => (x instanceof Variable && rename.has(x) ? rename.get(x)! : x);
  for (const o of rest) o.args = o.args.map(sub);
  after.operations = rest;
  after.closeWith(
    b.exits.map((l) => {
      const nl = new Link(l.args.map((a) => (a === l.excValue ? a : sub(a))), l.target, l.exitcase);
      nl.excValue = l.excValue;
      return nl;
    }),
    b.exitswitch instanceof Variable ? (sub(b.exitswitch) as Variable) : b.exitswitch,
  );
  b.exits = [];
  b.exitswitch = null;
  return { after, live };
}
