// The whole-program checks of rts/jit virtualizables, after annotation.
// A driver's virtualizable is an object of a class with virtualizable()
// fields (RTS2076).  The JIT takes a virtualizable's arrays ("name[*]") to
// be no other list — their items live in trace values, and writes into any
// other list or calls that cannot reach the frame leave them alone — so
// each array must be the frame's own (RTS2077): made by an array literal,
// stored in one virtualizable field, and used only through it (items,
// length, push/pop and the like), never passed, returned or stored
// elsewhere.  RPython asks the same of `_virtualizable_` arrays and trusts
// the program; here the translator checks it.
import { Variable, type Block, type Constant, type FunctionGraph, type SourceLoc, type SpaceOperation, type Value } from "../flow/model.ts";
import type { FieldDesc } from "../flow/descriptors.ts";
import { M, fillMessage } from "../diagnostics/messages.ts";
import { RtsDiagnostic, RtsError } from "../diagnostics/diagnostic.ts";
import { SomeInstance, SomeJitDriver, SomeList, type SomeValue } from "./model.ts";
import { locOf } from "../jit/marks.ts";

/** Methods of an array that read or change it in place and keep no reference to it (their result is not the array). */
const IN_PLACE = new Set(["push", "pop", "shift", "unshift", "splice", "indexOf", "lastIndexOf", "includes", "join", "slice", "at", "toString"]);

interface VableField {
  items: boolean;
  /** Where virtualizable() was called (a stack line). */
  where: string;
}

export function checkVirtualizables(
  graphs: readonly FunctionGraph[],
  annotation: (v: Value) => SomeValue | undefined,
  fields: ReadonlyMap<FieldDesc, VableField>,
): void {
  const errors: RtsDiagnostic[] = [];
  const fail = (loc: SourceLoc | null | undefined, m: typeof M.jitVableEscape, ...args: string[]): void =>
    void errors.push(new RtsDiagnostic(m.code, fillMessage(m, args), loc ?? null, m.hint ?? null));
  const fieldOf = (obj: Value, name: unknown): FieldDesc | null => {
    const a = annotation(obj);
    if (!(a instanceof SomeInstance) || typeof name !== "string") return null;
    const f = a.cls.lookupField(name);
    return f !== null && fields.has(f) ? f : null;
  };
  const arrayField = (op: SpaceOperation): FieldDesc | null => {
    if (op.opname !== "getattr" && op.opname !== "setattr") return null;
    const f = fieldOf(op.args[0], (op.args[1] as Constant).value);
    return f !== null && fields.get(f)!.items ? f : null;
  };

  // the drivers' virtualizables (and the classes they are objects of)
  const named = new Set<FieldDesc>();
  for (const graph of graphs) {
    for (const [, op] of graph.operations()) {
      if (op.opname !== "jit_marker" || (op.args[0] as Constant).value !== "jit_merge_point") continue;
      const d = annotation(op.args[1]);
      if (!(d instanceof SomeJitDriver)) continue;
      const names = String((op.args[2] as Constant).value).split(",");
      for (const name of d.driver.virtualizables ?? []) {
        const v = op.args[3 + names.indexOf(name)];
        const a = v === undefined ? undefined : annotation(v);
        const cls = a instanceof SomeInstance ? a.cls : null;
        let declared = false;
        for (const f of fields.keys()) {
          for (let c = cls; c !== null; c = c.base) {
            if (f.owner !== c) continue;
            declared = true;
            named.add(f);
          }
        }
        if (!declared) fail(op.loc, M.jitVableClass, name, cls !== null ? `an instance of ${cls.name}` : `a ${a?.base() ?? "value"}`);
      }
    }
  }

  // a class's virtualizable() fields mean something only for a driver's virtualizable
  const reported = new Set<string>();
  for (const [f, mark] of fields) {
    if (named.has(f) || reported.has(f.owner.name)) continue;
    reported.add(f.owner.name);
    fail(locOf(mark.where), M.jitVableField, `no JitDriver names an object of ${f.owner.name} among its virtualizables`);
  }

  // the arrays: each use of a value read from such a field, and what is stored into one
  for (const graph of graphs) {
    const defs = new Map<Variable, SpaceOperation>();
    const incoming = new Map<Block, Value[][]>();
    for (const b of graph.blocks()) {
      for (const op of b.operations) defs.set(op.result, op);
      for (const l of b.exits) {
        const list = incoming.get(l.target) ?? incoming.set(l.target, []).get(l.target)!;
        list.push(l.args);
      }
    }
    // (each variable's block: where it comes in, or the op that makes it)
    const blockOf = new Map<Variable, Block>();
    for (const b of graph.blocks()) {
      for (const v of b.inputargs) blockOf.set(v, b);
      for (const op of b.operations) blockOf.set(op.result, b);
    }
    const label = (f: FieldDesc): string => `${f.owner.name}.${f.name}`;
    // every variable the value in `start` reaches (through links), and whether it escapes there
    const follow = (start: Variable, f: FieldDesc, loc: SourceLoc | null | undefined, storeOk: (op: SpaceOperation) => boolean): void => {
      const seen = new Set<Variable>([start]);
      const work = [start];
      while (work.length > 0) {
        const v = work.pop()!;
        const b = blockOf.get(v);
        if (b === undefined) continue;
        for (const op of b.operations) {
          const at = op.args.indexOf(v);
          if (at < 0) continue;
          // (a store into a virtualizable's array field is checked as a store, below)
          const why = op.opname === "setattr" && op.args[2] === v && arrayField(op) !== null ? null : escapes(op, v, storeOk);
          if (why === "same") {
            if (!seen.has(op.result)) {
              seen.add(op.result);
              work.push(op.result);
            }
          } else if (why !== null) fail(op.loc ?? loc, M.jitVableEscape, label(f), why);
        }
        for (const l of b.exits) {
          l.args.forEach((a, i) => {
            if (a !== v) return;
            if (l.target === graph.returnblock) return fail(loc, M.jitVableEscape, label(f), "is returned from " + graph.name);
            if (l.target === graph.exceptblock) return fail(loc, M.jitVableEscape, label(f), "is thrown");
            const t = l.target.inputargs[i];
            if (!seen.has(t)) {
              seen.add(t);
              work.push(t);
            }
          });
        }
      }
    };
    for (const [, op] of graph.operations()) {
      const f = arrayField(op);
      if (f === null) continue;
      if (op.opname === "getattr") {
        if (!(annotation(op.result) instanceof SomeList)) fail(op.loc, M.jitVableEscape, label(f), "is not an array (`name[*]` declares the items of an array)");
        else follow(op.result, f, op.loc, () => false);
        continue;
      }
      // a store: the value must be a new array literal, which nothing else holds
      const value = op.args[2];
      const origins = literalOrigins(value, defs, blockOf, incoming);
      if (origins === null) {
        fail(op.loc, M.jitVableEscape, label(f), "is not a new array literal here (an array made elsewhere may be shared)");
        continue;
      }
      for (const o of origins) follow(o.result, f, op.loc, (s) => s === op);
    }
  }
  if (errors.length > 0) throw new RtsError(errors.sort((a, b) => (a.loc?.line ?? 0) - (b.loc?.line ?? 0) || (a.loc?.col ?? 0) - (b.loc?.col ?? 0)));
}

/** Why `op` lets array `v` escape (null: it does not; "same": its result is the array again). */
function escapes(op: SpaceOperation, v: Variable, storeOk: (op: SpaceOperation) => boolean): string | null | "same" {
  const first = op.args[0] === v && op.args.indexOf(v, 1) < 0;
  switch (op.opname) {
    case "getitem":
      return first ? null : "is used as an index";
    case "setitem":
      return first ? null : "is stored into another array";
    case "getattr":
      return first && (op.args[1] as Constant).value === "length" ? null : "is read for a property other than length";
    case "setattr":
      return storeOk(op) ? null : "is stored into a field";
    case "call_method": {
      const m = String((op.args[1] as Constant).value);
      if (first && IN_PLACE.has(m)) return null;
      if (first && (m === "fill" || m === "reverse" || m === "sort")) return "same";
      return first ? `is used by its method ${m}` : "is passed to a method";
    }
    case "is_":
    case "eq":
    case "ne":
    case "bool":
    case "nonnull":
      return null;
    default:
      return op.opname === "simple_call" || op.opname === "call_args" ? "is passed to a function" : `is used by \`${op.opname}\``;
  }
}

/** The newlist / newfilled ops whose array `v` is (through links), or null when it may be something else. */
function literalOrigins(v: Value, defs: Map<Variable, SpaceOperation>, blockOf: Map<Variable, Block>, incoming: Map<Block, Value[][]>): SpaceOperation[] | null {
  const out: SpaceOperation[] = [];
  const seen = new Set<Variable>();
  const visit = (x: Value): boolean => {
    if (!(x instanceof Variable)) return false;
    if (seen.has(x)) return true;
    seen.add(x);
    const d = defs.get(x);
    if (d !== undefined) {
      if (d.opname !== "newlist" && d.opname !== "newfilled") return false;
      if (!out.includes(d)) out.push(d);
      return true;
    }
    const b = blockOf.get(x);
    if (b === undefined) return false;
    const i = b.inputargs.indexOf(x);
    const ins = incoming.get(b) ?? [];
    if (ins.length === 0) return false;
    for (const args of ins) if (!visit(args[i])) return false;
    return true;
  };
  return visit(v) ? out : null;
}
