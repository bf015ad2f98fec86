// Dead code after annotation: code after an operation that never produces a
// value, and branches that only a value that is never there could take,
// become `unreachable` operations, so later stages see annotated code only.
import { Block, CAN_RAISE, Constant, SpaceOperation, Variable, type FunctionGraph, type Value } from "../flow/model.ts";
import { SomeNone, type SomeValue } from "./model.ts";
import { narrowed, narrowingOnLink } from "./narrowing.ts";

/**
 * Code after an operation that never produces a value (a call to a function
 * that always throws, say) is unreachable: replace it by an `unreachable`
 * operation so later stages only see annotated code.
 */
export function cutDeadCode(g: FunctionGraph, reached: Set<Block>, annotation: (v: Value) => SomeValue): void {
  for (const b of g.blocks()) {
    if (!reached.has(b) || b.isFinal) continue;
    for (const link of b.exits) {
      // a branch that only null/undefined could take, where the value never is either
      const known = narrowingOnLink(b, link);
      if (!known || narrowed(annotation(known.x), known).kind !== "impossible") continue;
      const d = new Block();
      d.operations.push(new SpaceOperation("unreachable", [], new Variable("_"), b.operations.at(-1)?.loc ?? null));
      link.target = d;
      link.args = [];
    }
    const i = b.operations.findIndex((op) => op.result.annotation === undefined);
    if (i < 0) continue;
    const stop = b.operations[i];
    const why = whyNoValue(stop, annotation);
    const deadEnd = (): Block => {
      const d = new Block();
      d.operations.push(new SpaceOperation("unreachable", why ? [new Constant(why)] : [], new Variable("_"), stop.loc));
      reached.add(d);
      return d;
    };
    if (b.exitswitch === CAN_RAISE && i === b.operations.length - 1) {
      b.exits[0].target = deadEnd();
      b.exits[0].args = [];
      continue;
    }
    b.operations = b.operations.slice(0, i + 1);
    const d = deadEnd();
    b.operations.push(...d.operations);
    b.closeWith([], null);
  }
}

/** What to say when the program reaches an operation that never produces a value. */
function whyNoValue(op: SpaceOperation, annotation: (v: Value) => SomeValue): string | null {
  const a = op.args[0] ? annotation(op.args[0]) : null;
  if (op.opname === "nonnull" && a instanceof SomeNone) {
    return `this value is always ${a.describe()} here (nothing ever stores another value where it comes from), so the ! assertion fails`;
  }
  if (a instanceof SomeNone && (op.opname === "getattr" || op.opname === "call_method")) {
    return `reading a property of ${a.describe()} (the value is only ever ${a.describe()})`;
  }
  return null;
}
