// The exception transform (RPython's exceptiontransform.py): after this
// pass, every operation that can raise ends its block, with an explicit
// exception exit.  Operations outside any try get an exit to the graph's
// except block, i.e. the exception propagates to the caller.  The C backend
// turns an exception exit into a test of the current-exception register.
import { Block, CAN_RAISE, EXC_CASE, Link, Variable, copyVar, type FunctionGraph } from "../flow/model.ts";
import type { Effects } from "./effects.ts";

export function exceptionTransform(g: FunctionGraph, effects: Effects): void {
  const work = g.blocks();
  while (work.length > 0) {
    const b = work.pop()!;
    for (let i = 0; i < b.operations.length; i++) {
      const op = b.operations[i];
      if (!effects.canRaise(op)) continue;
      const isLast = i === b.operations.length - 1;
      if (isLast && b.exitswitch === CAN_RAISE) break; // already has its exception exit
      // split: ops after the raising one move to a new block
      const rest = b.operations.slice(i + 1);
      b.operations = b.operations.slice(0, i + 1);
      const live = liveAcross(rest, b);
      const cont = new Block(live.map((v) => copyVar(v)));
      const rename = new Map<Variable, Variable>(live.map((v, j) => [v, cont.inputargs[j]]));
      const sub = <T>(x: T): T => (x instanceof Variable && rename.has(x) ? (rename.get(x) as T) : x);
      for (const o of rest) o.args = o.args.map(sub);
      cont.operations = rest;
      for (const r of rest) rename.set(r.result, r.result);
      cont.closeWith(b.exits.map((l) => {
        const nl = new Link(l.args.map(sub), l.target, l.exitcase);
        nl.excValue = l.excValue;
        return nl;
      }), b.exitswitch instanceof Variable ? sub(b.exitswitch) : b.exitswitch);
      const exc = new Variable("exc");
      exc.concretetype = g.exceptblock.inputargs[0].concretetype;
      const excLink = new Link([exc], g.exceptblock, EXC_CASE);
      excLink.excValue = exc;
      b.closeWith([new Link([...live], cont, null), excLink], CAN_RAISE);
      work.push(cont);
      break;
    }
  }
}

/** Variables defined in `b` up to the split and used by the rest of the block or its exits. */
function liveAcross(rest: { args: unknown[]; result: Variable }[], b: Block): Variable[] {
  const defined = new Set<Variable>([...b.inputargs, ...b.operations.map((o) => o.result)]);
  const out: Variable[] = [];
  const use = (x: unknown): void => {
    if (x instanceof Variable && defined.has(x) && !out.includes(x)) out.push(x);
  };
  for (const o of rest) o.args.forEach(use);
  if (b.exitswitch instanceof Variable) use(b.exitswitch);
  for (const l of b.exits) l.args.forEach(use);
  return out;
}

