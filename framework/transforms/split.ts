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
  const rest = b.operations.slice(index + 1);
  // values defined before the op (not its result) that the rest of the block needs
  const defined = new Set<Variable>([...b.inputargs, ...b.operations.slice(0, index).map((o) => o.result)]);
  const live: Variable[] = [];
  const need = (x: Value | symbol | null): void => {
    if (x instanceof Variable && defined.has(x) && !live.includes(x)) live.push(x);
  };
  for (const o of rest) o.args.forEach(need);
  need(b.exitswitch as Value | null);
  for (const l of b.exits) l.args.forEach((a) => (a === l.excValue ? undefined : need(a)));

  const after = new Block([copyVar(op.result), ...live.map(copyVar)]);
  const rename = new Map<Variable, Variable>([[op.result, after.inputargs[0]]]);
  live.forEach((v, k) => rename.set(v, after.inputargs[k + 1]));
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
  b.operations = b.operations.slice(0, index);
  b.exits = [];
  b.exitswitch = null;
  return { op, after, live };
}
