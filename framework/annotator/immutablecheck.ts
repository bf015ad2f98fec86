// The whole-program check of rts/jit immutableFields, after annotation.
// The JIT reads a marked field of a constant object once, at trace time,
// and folds it (and the items of an "array[*]" field) into the trace: so a
// marked field is written only by its class's constructors (RTS2080), and
// the items of a marked array are not written through the field after it
// (item stores, in-place methods, `length =`).  RPython trusts
// `_immutable_fields_`; a write this check sees would make translated
// --jit code print something else than Node, so it is an error.  The
// array handed to the constructor may still be changed through another
// reference: that stays the program's promise (docs/jit.md).
import { Variable, type Block, type Constant, type FunctionGraph, type SourceLoc, type Value } from "../flow/model.ts";
import { FunctionDesc, type FieldDesc } from "../flow/descriptors.ts";
import { M, fillMessage } from "../diagnostics/messages.ts";
import { RtsDiagnostic, RtsError } from "../diagnostics/diagnostic.ts";
import { SomeInstance, type SomeValue } from "./model.ts";

/** Array methods that change the array they are called on. */
const MUTATING = new Set(["push", "pop", "shift", "unshift", "splice", "fill", "reverse", "sort", "copyWithin"]);
/** Array methods whose result is the array itself. */
const SAME = new Set(["fill", "reverse", "sort", "copyWithin"]);

export function checkImmutableFields(
  graphs: readonly FunctionGraph[],
  annotation: (v: Value) => SomeValue | undefined,
  fields: ReadonlyMap<FieldDesc, { items: boolean }>,
): void {
  if (fields.size === 0) return;
  const errors: RtsDiagnostic[] = [];
  const fail = (loc: SourceLoc | null | undefined, f: FieldDesc, what: string): void =>
    void errors.push(new RtsDiagnostic(M.jitImmutableWrite.code, fillMessage(M.jitImmutableWrite, [`${f.owner.name}.${f.name}`, what]), loc ?? null, M.jitImmutableWrite.hint ?? null));
  const markedField = (obj: Value, name: unknown): FieldDesc | null => {
    const a = annotation(obj);
    if (!(a instanceof SomeInstance) || typeof name !== "string") return null;
    const f = a.cls.lookupField(name);
    return f !== null && fields.has(f) ? f : null;
  };
  for (const graph of graphs) {
    const fn = graph.func instanceof FunctionDesc ? graph.func : null;
    // (a constructor of the field's class or of a subclass sets it up)
    const constructs = (f: FieldDesc): boolean => {
      if (fn === null || fn.kind !== "ctor") return false;
      for (let c = fn.cls; c !== null; c = c.base) if (c === f.owner) return true;
      return false;
    };
    const blockOf = new Map<Variable, Block>();
    for (const b of graph.blocks()) {
      for (const v of b.inputargs) blockOf.set(v, b);
      for (const op of b.operations) blockOf.set(op.result, b);
    }
    // every use of the array read from f's field (through links and methods returning it) that changes it
    const followItems = (start: Variable, f: FieldDesc): void => {
      const seen = new Set<Variable>([start]);
      const work = [start];
      const reach = (v: Variable): void => {
        if (seen.has(v)) return;
        seen.add(v);
        work.push(v);
      };
      while (work.length > 0) {
        const v = work.pop()!;
        const b = blockOf.get(v);
        if (b === undefined) continue;
        for (const op of b.operations) {
          if (op.args[0] !== v) continue;
          if (op.opname === "setitem") fail(op.loc, f, "has an item stored into it");
          else if (op.opname === "setattr" && (op.args[1] as Constant).value === "length") fail(op.loc, f, "has its length set");
          else if (op.opname === "call_method") {
            const m = String((op.args[1] as Constant).value);
            if (MUTATING.has(m)) fail(op.loc, f, `is changed by its method ${m}`);
            if (SAME.has(m)) reach(op.result);
          }
        }
        for (const l of b.exits) l.args.forEach((a, i) => a === v && reach(l.target.inputargs[i]));
      }
    };
    for (const [, op] of graph.operations()) {
      if (op.opname !== "getattr" && op.opname !== "setattr") continue;
      const f = markedField(op.args[0], (op.args[1] as Constant).value);
      if (f === null || constructs(f)) continue;
      if (op.opname === "setattr") fail(op.loc, f, `is set outside ${f.owner.name}'s constructor`);
      else if (fields.get(f)!.items) followItems(op.result, f);
    }
  }
  if (errors.length > 0) throw new RtsError(errors.sort((a, b) => (a.loc?.line ?? 0) - (b.loc?.line ?? 0) || (a.loc?.col ?? 0) - (b.loc?.col ?? 0)));
}
