// Runs a program in the llinterp with some of its functions executed from
// their jitcodes on the llgraph backend:
//  - "jit": the portals run with the JIT (warmstate.ts: counting, tracing,
//    running traces, resuming in the blackhole), the rest in the llinterp —
//    the meta-tracing JIT untranslated;
//  - "jitcodes": every function runs from its jitcode in the blackhole
//    interpreter (the codewriter's whole-program test: each graph's jitcode
//    must behave as the graph).
import type { FunctionGraph } from "../../flow/model.ts";
import type { ProgramIO } from "../../llinterp/io.ts";
import { LLInterpreter } from "../../llinterp/llinterp.ts";
import { LLException } from "../../llinterp/values.ts";
import type { LoweredProgram } from "../../translator/program.ts";
import type { LLFunction } from "../../rtyper/rtyper.ts";
import type { JitProgram } from "../codewriter/codewriter.ts";
import { kindOf } from "../codewriter/jitcode.ts";
import { runtimeData } from "../codewriter/runtime-data.ts";
import { Blackhole, RETURNED } from "../runtime/blackhole.ts";
import type { GcRef, JitCode } from "../runtime/jitdata.ts";
import { WarmState, functionThresholdFor, type JitStats } from "../runtime/warmstate.ts";
import { LLGraphCpu, fromRegister, toRegister } from "./cpu.ts";

export interface JitRunOptions {
  mode: "jit" | "jitcodes";
  /** The JIT's threshold (RTS_JIT_THRESHOLD), for "jit". */
  threshold?: number;
  /** Calls of a function before its entry is traced (by default the threshold's share, as RPython's). */
  functionThreshold?: number;
  traceLimit?: number;
  /** Guard failures before a bridge is traced (RPython's trace_eagerness). */
  eagerness?: number;
  /** Bridges that end at a peeled loop jump into its body (WarmState.jumpIntoBodies). */
  jumpIntoBodies?: boolean;
  /** JitParams.loopCut (the program's setParam is no call of the JIT here). */
  loopCut?: number;
}

export interface JitRun {
  status: number;
  stats: JitStats | null;
  warmstate: WarmState | null;
}

export function runWithJitCodes(program: LoweredProgram, jp: JitProgram, argv: string[], io: ProgramIO | undefined, opts: JitRunOptions): JitRun {
  const interp = new LLInterpreter(program.rtyper, io, null);
  const data = runtimeData(jp, (c) => interp.constantValue(c) as GcRef);
  const bh = new Blackhole(new LLGraphCpu(interp, jp.descrs), data);
  const warm = opts.mode === "jit" ? new WarmState(bh.cpu, data, bh) : null;
  (globalThis as Record<string, unknown>).WS = warm;
  if (warm && opts.threshold !== undefined) warm.params.threshold = opts.threshold;
  if (warm && (opts.functionThreshold !== undefined || opts.threshold !== undefined)) warm.params.functionThreshold = opts.functionThreshold ?? functionThresholdFor(opts.threshold!);
  if (warm && opts.traceLimit !== undefined) warm.params.traceLimit = opts.traceLimit;
  if (warm && opts.eagerness !== undefined) warm.params.traceEagerness = opts.eagerness;
  if (warm && opts.jumpIntoBodies !== undefined) warm.jumpIntoBodies = opts.jumpIntoBodies;
  if (warm && opts.loopCut !== undefined) warm.params.loopCut = opts.loopCut;
  if (warm) warm.printable = printableLocations(program, jp, interp);
  // a write of a quasi-immutable field the JIT watches (the llinterp's jit_quasi_immut_write)
  if (warm) interp.onQuasiImmutWrite = (n) => warm.quasiImmutWritten(n);
  const byGraph = new Map<FunctionGraph, { jc: JitCode; fn: (typeof jp.jitcodes)[number]["fn"] }>();
  const chosen = opts.mode === "jit" ? jp.portals.map((p) => p.jitcode) : jp.jitcodes;
  for (const jc of chosen) byGraph.set(jc.fn.graph, { jc: data.jitcodes[jc.index], fn: jc.fn });
  let overflowAt = -1;
  interp.enterGraph = (g, args) => {
    const known = byGraph.get(g);
    if (!known) return null;
    const lists = { i: [] as number[], r: [] as (GcRef | null)[], f: [] as number[] };
    known.fn.argTypes.forEach((t, n) => {
      const k = kindOf(t);
      if (k) (lists[k] as unknown[]).push(toRegister(args[n], t));
    });
    const frame = bh.frame(known.jc, lists.i, lists.r, lists.f);
    if (bh.depth >= bh.maxDepth) interp.raiseBuiltin("RangeError", "Maximum call stack size exceeded");
    bh.depth++;
    let ok = false;
    try {
      // (a portal reached while a trace is recorded runs as it is, as in a translated program: portal.ts)
      ok = (warm && warm.tracing === 0 ? warm.runPortal(frame, false) : bh.run(frame)) === RETURNED;
    } catch (e) {
      // Node's stack ran out first (closure calls take many JS frames per level): unwind
      // some levels, then raise the program's RangeError, as the llinterp does
      if (!(e instanceof RangeError && e.message === "Maximum call stack size exceeded")) throw e;
      if (overflowAt < 0) overflowAt = bh.depth;
      if (bh.depth > overflowAt - 64) throw e;
      overflowAt = -1;
      interp.raiseBuiltin("RangeError", "Maximum call stack size exceeded");
    } finally {
      bh.depth--;
    }
    if (!ok) throw new LLException(frame.exception as never);
    const t = known.fn.resultType;
    const k = kindOf(t);
    return { value: k === "i" ? fromRegister(frame.resultI, t) : k === "r" ? frame.resultR : k === "f" ? frame.resultF : undefined };
  };
  const status = interp.runMain(program.rtyper.llfunction(program.main), argv, program.main.optional);
  return { status, stats: warm?.stats ?? null, warmstate: warm };
}

/** Every function from its jitcode (the "jitcodes" mode): the exit status. */
export function runThroughJitCodes(program: LoweredProgram, jp: JitProgram, argv: string[], io?: ProgramIO): number {
  return runWithJitCodes(program, jp, argv, io, { mode: "jitcodes" }).status;
}

/** The drivers' getPrintableLocation, run on the llinterp (translated: the generated jitPrintable). */
function printableLocations(program: LoweredProgram, jp: JitProgram, interp: LLInterpreter): (d: number, gi: number[], gr: (GcRef | null)[], gf: number[]) => string {
  const fns = new Map<number, LLFunction>();
  for (const p of jp.portals) {
    const f = (p.driver as { getPrintableLocation?: unknown }).getPrintableLocation;
    const desc = f ? program.frontend.runtimeFunctions.get(f) : undefined;
    if (desc) fns.set(p.index, program.rtyper.llfunction(desc));
  }
  return (d, gi, gr, gf) => {
    const fn = fns.get(d);
    if (fn === undefined) return "";
    const at = { i: 0, r: 0, f: 0 };
    const args = fn.argTypes.map((t) => {
      const k = kindOf(t);
      return k === null ? undefined : fromRegister(k === "i" ? gi[at.i++] : k === "r" ? gr[at.r++] : gf[at.f++], t);
    });
    try {
      return String(interp.call(fn, args));
    } catch {
      return "?";
    }
  };
}
