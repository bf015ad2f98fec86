// The write barrier of a generational GC as operations in the graphs
// (RPython's gctransform/framework.py inserts its barriers the same way):
// before every store of a GC pointer into a field of a heap object, a
// gc_write_barrier of the object.  A GC that needs no barrier (semispace)
// does not run this transform, and its stores cost nothing extra.  Stores
// inside the runtime's own functions (list and map growth) make their own
// barrier calls, which test the flag the GC publishes.
import { Constant, SpaceOperation, type FunctionGraph } from "../flow/model.ts";
import { isPtr, type LLType } from "../rtyper/lltypes.ts";
import { typeOfValue, voidResult } from "../rtyper/values.ts";

/** Inserts gc_write_barrier(obj) before each setfield of a GC pointer; returns how many. */
export function insertWriteBarriers(g: FunctionGraph): number {
  let count = 0;
  for (const b of g.blocks()) {
    if (!b.operations.some((op) => op.opname === "setfield")) continue;
    const out: SpaceOperation[] = [];
    for (const op of b.operations) {
      if (op.opname === "setfield" && storesPointer(op)) {
        out.push(new SpaceOperation("gc_write_barrier", [op.args[0]], voidResult("wb"), op.loc));
        count++;
      }
      out.push(op);
    }
    b.operations = out;
  }
  return count;
}

/** A store of a GC pointer; a constant (null, undefined, a prebuilt object) is never young, so it needs no barrier. */
function storesPointer(op: SpaceOperation): boolean {
  const value = op.args[2];
  if (value instanceof Constant) return false;
  const obj = typeOfValue(op.args[0]);
  const field: LLType = obj.k === "Inst" ? obj.layout.field((op.args[1] as Constant).value as string).type : typeOfValue(value);
  return isPtr(field);
}
