// Stack-overflow checks: functions that call other functions test the C
// stack pointer on entry and raise RangeError ("Maximum call stack size
// exceeded") instead of crashing, as JavaScript does.
import { SpaceOperation, type FunctionGraph } from "../flow/model.ts";
import { isCall } from "../ops/index.ts";
import { voidResult } from "../rtyper/values.ts";

export function insertStackCheck(g: FunctionGraph): void {
  let calls = false;
  for (const [, op] of g.operations()) if (isCall(op.opname)) calls = true;
  if (!calls) return; // leaf functions cannot recurse
  g.startblock.operations.unshift(new SpaceOperation("stack_check", [], voidResult("sc"), g.loc));
}
