// The JIT hints' whole-program checks, after annotation (RPython's
// warmspot checks them when it finds the portal): each driver has one
// jitMergePoint (its portal), its canEnterJit calls are in the portal's
// function, and both name exactly the driver's greens and reds.  Where the
// hints stand in a function is the frontend's check (frontend/calls.ts).
import { formatLoc, Variable, type Block, type Constant, type FunctionGraph, type SourceLoc, type SpaceOperation, type Value } from "../flow/model.ts";
import { M, fillMessage, type Message } from "../diagnostics/messages.ts";
import { RtsDiagnostic, RtsError } from "../diagnostics/diagnostic.ts";
import { SomeJitDriver, type SomeValue } from "./model.ts";

type Driver = SomeJitDriver["driver"];

export function checkJitHints(graphs: readonly FunctionGraph[], annotation: (v: Value) => SomeValue | undefined): void {
  const errors: RtsDiagnostic[] = [];
  const error = (op: SpaceOperation, m: Message, ...args: string[]): void => void errors.push(new RtsDiagnostic(m.code, fillMessage(m, args), op.loc ?? null, m.hint ? fillMessage({ ...m, text: m.hint }, args) : null));
  type Marker = { graph: FunctionGraph; op: SpaceOperation; driver: Driver };
  const portals = new Map<Driver, Marker>();
  const entries: Marker[] = [];
  const markers: Marker[] = [];
  const blockOf = new Map<SpaceOperation, Block>();
  for (const graph of graphs) {
    for (const [block, op] of graph.operations()) {
      // (notAnEntry names no variables)
      const a = op.opname === "jit_marker" && (op.args[0] as Constant).value !== "not_an_entry" ? annotation(op.args[1]) : undefined;
      if (a instanceof SomeJitDriver) {
        markers.push({ graph, op, driver: a.driver });
        blockOf.set(op, block);
      }
    }
  }
  // in source order: the first jitMergePoint of a driver is its portal
  markers.sort((x, y) => compareLocs(x.op.loc, y.op.loc));
  for (const { graph, op, driver } of markers) {
    const kind = (op.args[0] as Constant).value === "jit_merge_point" ? "jitMergePoint" : "canEnterJit";
    const given = String((op.args[2] as Constant).value).split(",").filter((n) => n !== "");
    const wanted = [...driver.greens, ...driver.reds];
    const missing = wanted.filter((n) => !given.includes(n));
    const unknown = given.filter((n) => !wanted.includes(n));
    if (missing.length > 0 || unknown.length > 0) {
      const what = [missing.length ? `missing ${missing.join(", ")}` : "", unknown.length ? `not the driver's ${unknown.join(", ")}` : ""].filter((s) => s).join("; ");
      error(op, M.jitVariables, `${kind} (${what})`, `greens ${driver.greens.join(", ") || "(none)"}, reds ${driver.reds.join(", ")}`, wanted.join(", "));
    }
    if (kind === "jitMergePoint") {
      // (a driver's variable left out is reported above)
      const others = liveUnnamed(blockOf.get(op)!, op).filter((n) => !wanted.includes(n));
      if (others.length > 0) error(op, M.jitLiveNotNamed, others.join(", "), others.length === 1 ? "is" : "are", others.length === 1 ? others[0] : "them");
      const first = portals.get(driver);
      if (first) error(op, M.jitPortalTwice, first.op.loc && op.loc && first.op.loc.file === op.loc.file ? `line ${first.op.loc.line}` : formatLoc(first.op.loc) || first.graph.name);
      else portals.set(driver, { graph, op, driver });
    } else entries.push({ graph, op, driver });
  }
  for (const e of entries) {
    const portal = portals.get(e.driver);
    if (!portal) error(e.op, M.jitOutsidePortal, "this driver has none");
    else if (portal.graph !== e.graph) error(e.op, M.jitOutsidePortal, portal.graph.name);
  }
  if (errors.length > 0) throw new RtsError(errors.sort((a, b) => compareLocs(a.loc, b.loc)));
}

/**
 * The program's variables the loop carries past a merge point without
 * naming them: used after it in its block or passed on by the block's exits
 * (values cross blocks only through links, so the block tells all).
 */
function liveUnnamed(b: Block, marker: SpaceOperation): string[] {
  const named = new Set(marker.args.slice(3));
  const after = b.operations.slice(b.operations.indexOf(marker) + 1);
  const defined = new Set(after.map((o) => o.result));
  const used = new Set<Variable>();
  const use = (v: Value | symbol | null): void => {
    if (v instanceof Variable && !defined.has(v) && !named.has(v)) used.add(v);
  };
  for (const o of after) o.args.forEach(use);
  if (typeof b.exitswitch !== "symbol") use(b.exitswitch);
  for (const l of b.exits) l.args.forEach(use);
  // a program variable's hint is its name (then @offset); temporaries are not the user's to name
  const names = [...used].map((v) => v.hint).filter((h) => h.includes("@")).map((h) => h.slice(0, h.indexOf("@")));
  return [...new Set(names)].sort();
}

function compareLocs(a: SourceLoc | null | undefined, b: SourceLoc | null | undefined): number {
  if (!a || !b) return 0;
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.col - b.col;
}
