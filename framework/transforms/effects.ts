// Whole-program effect analysis over the call graph (RPython's
// backendopt/graphanalyze.py, as used by its RaiseAnalyzer and the GC
// transform's collect analyzer): which graphs can raise an exception and
// which can run the GC, so that a direct call to a graph that cannot gets no
// exception check and saves no GC roots around it.  Indirect and method calls
// stay conservative.
import { Constant, type FunctionGraph, type SpaceOperation } from "../flow/model.ts";
import { opInfo } from "../rtyper/llops.ts";
import type { LLFunction } from "../rtyper/rtyper.ts";

export class Effects {
  private readonly raises = new Set<FunctionGraph>();
  private readonly collects = new Set<FunctionGraph>();
  private readonly known: Set<FunctionGraph>;

  /** Analyses `graphs` (the whole program, after the stack-check transform). */
  constructor(graphs: FunctionGraph[]) {
    this.known = new Set(graphs);
    // least fixpoint: a graph raises (collects) when one of its operations does
    for (let changed = true; changed; ) {
      changed = false;
      for (const g of graphs) {
        if (!this.raises.has(g) && (this.throws(g) || this.anyOp(g, (op) => this.canRaise(op)))) {
          this.raises.add(g);
          changed = true;
        }
        if (!this.collects.has(g) && this.anyOp(g, (op) => this.collectsInGraph(op))) {
          this.collects.add(g);
          changed = true;
        }
      }
    }
  }

  /** Does the graph throw explicitly (a link straight to its except block)? */
  private throws(g: FunctionGraph): boolean {
    for (const b of g.blocks()) for (const l of b.exits) if (l.target === g.exceptblock) return true;
    return false;
  }

  private anyOp(g: FunctionGraph, pred: (op: SpaceOperation) => boolean): boolean {
    for (const b of g.blocks()) for (const op of b.operations) if (pred(op)) return true;
    return false;
  }

  private callee(op: SpaceOperation): FunctionGraph | null {
    if (op.opname !== "direct_call" || !(op.args[0] instanceof Constant)) return null;
    const g = (op.args[0].value as LLFunction | null)?.graph ?? null;
    return g !== null && this.known.has(g) ? g : null;
  }

  /** May the operation leave an exception set? */
  canRaise(op: SpaceOperation): boolean {
    const g = this.callee(op);
    return g !== null ? this.raises.has(g) : !!opInfo(op.opname).canRaise;
  }

  /**
   * May the operation run the GC and then go on normally (so that pointers
   * live across it must be saved)?  A call's answer covers its whole graph.
   */
  canCollect(op: SpaceOperation): boolean {
    const g = this.callee(op);
    return g !== null ? this.collects.has(g) : !!opInfo(op.opname).canCollect;
  }

  /** For a graph's summary: raising allocates the exception (stack_check's RangeError too). */
  private collectsInGraph(op: SpaceOperation): boolean {
    if (this.callee(op) !== null) return this.canCollect(op);
    const info = opInfo(op.opname);
    return !!info.canCollect || !!info.canRaise;
  }

  get raisingGraphs(): number {
    return this.raises.size;
  }

  get collectingGraphs(): number {
    return this.collects.size;
  }
}
