// Whole-program effect analysis over the call graph (RPython's
// backendopt/graphanalyze.py, as used by its RaiseAnalyzer and the GC
// transform's collect analyzer): which graphs can raise an exception and
// which can run the GC, so that a direct call to a graph that cannot gets no
// exception check and saves no GC roots around it; and which heap locations
// each graph reads and writes (RPython's effectinfo, for the JIT's heap
// cache: a call invalidates only what it may write).  Indirect and method
// calls stay conservative.
import { Constant, type FunctionGraph, type SpaceOperation } from "../flow/model.ts";
import { isCall, opInfo } from "../ops/index.ts";
import { heapEffects } from "../ops/signatures.ts";
import type { LLFunction } from "../rtyper/rtyper.ts";

/** What a graph does by itself, not counting the direct calls `callee` resolves. */
export interface LocalEffects {
  raises: boolean;
  /** Raising allocates the exception (stack_check's RangeError too), so a graph that raises collects. */
  collects: boolean;
  callees: Set<FunctionGraph>;
}

export function localEffects(g: FunctionGraph, callee: (op: SpaceOperation) => FunctionGraph | null): LocalEffects {
  const e: LocalEffects = { raises: false, collects: false, callees: new Set() };
  for (const b of g.blocks()) {
    for (const l of b.exits) if (l.target === g.exceptblock) e.raises = true; // an explicit throw
    for (const op of b.operations) {
      const target = callee(op);
      if (target !== null) {
        e.callees.add(target);
        continue;
      }
      const info = opInfo(op.opname);
      if (info.canRaise) e.raises = true;
      if (info.canCollect || info.canRaise) e.collects = true;
    }
  }
  return e;
}

export class Effects {
  private readonly raises = new Set<FunctionGraph>();
  private readonly collects = new Set<FunctionGraph>();
  private readonly known: Set<FunctionGraph>;

  /** Analyses `graphs` (the whole program, after the stack-check transform). */
  constructor(graphs: readonly FunctionGraph[]) {
    this.known = new Set(graphs);
    const local = new Map(graphs.map((g) => [g, localEffects(g, (op) => this.callee(op))] as const));
    for (const [g, e] of local) {
      if (e.raises) this.raises.add(g);
      if (e.collects) this.collects.add(g);
    }
    // least fixpoint: a graph raises (collects) when a graph it calls does
    for (let changed = true; changed; ) {
      changed = false;
      for (const [g, e] of local) {
        for (const c of e.callees) {
          if (this.raises.has(c) && !this.raises.has(g)) {
            this.raises.add(g);
            changed = true;
          }
          if (this.collects.has(c) && !this.collects.has(g)) {
            this.collects.add(g);
            changed = true;
          }
        }
      }
    }
  }

  /** Any location: what an indirect or method call may read or write. */
  static readonly ANYWHERE = "*";
  private static readonly UNKNOWN = { reads: new Set([Effects.ANYWHERE]), writes: new Set([Effects.ANYWHERE]) };
  private heap: Map<FunctionGraph, { reads: Set<string>; writes: Set<string> }> | null = null;

  /** The heap locations a graph and everything it calls may read and write (computed on first use). */
  heapOf(g: FunctionGraph): { reads: ReadonlySet<string>; writes: ReadonlySet<string> } {
    this.heap ??= this.analyseHeap();
    return this.heap.get(g) ?? Effects.UNKNOWN;
  }

  /** The heap locations one operation may read and write (a direct call: its callee's). */
  heapEffectsOf(op: SpaceOperation): { reads: ReadonlySet<string>; writes: ReadonlySet<string> } {
    const g = this.callee(op);
    if (g !== null) return this.heapOf(g);
    if (isCall(op.opname)) return Effects.UNKNOWN;
    const e = heapEffects(op);
    return { reads: new Set(e.reads), writes: new Set(e.writes) };
  }

  private analyseHeap(): Map<FunctionGraph, { reads: Set<string>; writes: Set<string> }> {
    const sets = new Map<FunctionGraph, { reads: Set<string>; writes: Set<string> }>();
    const calls = new Map<FunctionGraph, Set<FunctionGraph>>();
    for (const g of this.known) {
      const s = { reads: new Set<string>(), writes: new Set<string>() };
      const callees = new Set<FunctionGraph>();
      for (const [, op] of g.operations()) {
        const c = this.callee(op);
        if (c !== null) callees.add(c);
        else if (isCall(op.opname)) {
          s.reads.add(Effects.ANYWHERE);
          s.writes.add(Effects.ANYWHERE);
        } else {
          const e = heapEffects(op);
          for (const r of e.reads) s.reads.add(r);
          for (const w of e.writes) s.writes.add(w);
        }
      }
      sets.set(g, s);
      calls.set(g, callees);
    }
    // least fixpoint: a graph touches what the graphs it calls touch
    for (let changed = true; changed; ) {
      changed = false;
      for (const [g, s] of sets) {
        for (const c of calls.get(g)!) {
          const cs = sets.get(c)!;
          for (const [mine, theirs] of [[s.reads, cs.reads], [s.writes, cs.writes]] as const) {
            for (const x of theirs) {
              if (!mine.has(x)) {
                mine.add(x);
                changed = true;
              }
            }
          }
        }
      }
    }
    return sets;
  }

  private callee(op: SpaceOperation): FunctionGraph | null {
    if (op.opname !== "direct_call" || !(op.args[0] instanceof Constant)) return null;
    const f = op.args[0].value as LLFunction | null;
    // a function made for this program (the JIT's dispatch functions) counts as any call: what calls it does not change with the program
    return f !== null && !f.perProgram && this.known.has(f.graph) ? f.graph : null;
  }

  /** May the operation leave an exception set? */
  canRaise(op: SpaceOperation): boolean {
    const g = this.callee(op);
    return g !== null ? this.raises.has(g) : !!opInfo(op.opname).canRaise;
  }

  /**
   * May the operation run the GC and then go on normally (so that pointers
   * live across it must be saved)?  A call's answer covers its whole graph;
   * an operation that can only raise (stack_check) leaves the graph when it
   * allocates, so nothing needs saving around it.
   */
  canCollect(op: SpaceOperation): boolean {
    const g = this.callee(op);
    return g !== null ? this.collects.has(g) : !!opInfo(op.opname).canCollect;
  }
}
