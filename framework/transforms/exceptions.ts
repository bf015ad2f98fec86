// The exception transform (RPython's exceptiontransform.py): after this
// pass, every operation that can raise ends its block, with an explicit
// exception exit.  Operations outside any try get an exit to the graph's
// except block, i.e. the exception propagates to the caller.  The C backend
// turns an exception exit into a test of the current-exception register.
import { CAN_RAISE, EXC_CASE, Link, Variable, type FunctionGraph } from "../flow/model.ts";
import { splitBefore } from "./split.ts";
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
      const cont = splitBefore(b, i + 1);
      const toCont = b.exits[0];
      const exc = new Variable("exc");
      exc.concretetype = g.exceptblock.inputargs[0].concretetype;
      const excLink = new Link([exc], g.exceptblock, EXC_CASE);
      excLink.excValue = exc;
      b.closeWith([toCont, excLink], CAN_RAISE);
      work.push(cont);
      break;
    }
  }
}
