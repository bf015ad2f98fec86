// Stack-overflow checks: functions that call other functions test the C
// stack pointer on entry and raise RangeError ("Maximum call stack size
// exceeded") instead of crashing, as JavaScript does.
import { SpaceOperation, Variable, type FunctionGraph } from "../flow/model.ts";
import { Void } from "../rtyper/lltypes.ts";

export function insertStackCheck(g: FunctionGraph): void {
  let calls = false;
  for (const [, op] of g.operations()) if (op.opname === "direct_call" || op.opname === "method_call" || op.opname === "indirect_call") calls = true;
  if (!calls) return; // leaf functions cannot recurse
  const r = new Variable("sc");
  r.concretetype = Void;
  g.startblock.operations.unshift(new SpaceOperation("stack_check", [], r, g.loc));
}
