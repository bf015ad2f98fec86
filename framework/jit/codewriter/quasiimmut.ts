// Writes of quasi-immutable fields (rts/jit immutableFields "name?",
// RPython's quasiimmut.py): before each store of such a field, a
// jit_quasi_immut_write of the object and field, which invalidates the
// compiled traces that folded the field's value (the object's hidden
// watcher field, rtyper.ts, names them).  In the graphs of a --jit program
// only: the codewriter's jitcodes make it an op of the trace (a call that
// may invalidate), the C backend and the llinterp a test of the watcher.
import { SpaceOperation, type Constant, type FunctionGraph } from "../../flow/model.ts";
import type { FieldDesc } from "../../flow/descriptors.ts";
import { typeOfValue, voidResult } from "../../rtyper/values.ts";
import type { FieldMark } from "../marks.ts";

/** Inserts jit_quasi_immut_write before each setfield of a quasi-immutable field (once: a second run finds them); returns how many. */
export function insertQuasiImmutWrites(graphs: readonly FunctionGraph[], marks: ReadonlyMap<FieldDesc, FieldMark>): number {
  if (![...marks.values()].some((m) => m.quasi)) return 0;
  let count = 0;
  for (const g of graphs) {
    for (const b of g.blocks()) {
      if (!b.operations.some((op) => op.opname === "setfield")) continue;
      const out: SpaceOperation[] = [];
      for (const op of b.operations) {
        if (op.opname === "setfield" && isQuasi(op, marks) && out[out.length - 1]?.opname !== "jit_quasi_immut_write") {
          out.push(new SpaceOperation("jit_quasi_immut_write", [op.args[0], op.args[1]], voidResult("qmut"), op.loc));
          count++;
        }
        out.push(op);
      }
      b.operations = out;
    }
  }
  return count;
}

function isQuasi(op: SpaceOperation, marks: ReadonlyMap<FieldDesc, FieldMark>): boolean {
  const t = typeOfValue(op.args[0]);
  if (t.k !== "Inst") return false;
  return marks.get(t.layout.field((op.args[1] as Constant).value as string).desc)?.quasi === true;
}
