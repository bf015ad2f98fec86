// The JIT in a translated program (RPython's warmspot.py portal runner and
// maybe_compile_and_run), RTS code.  The interpreter's portal runs as
// compiled code; the JIT plugin rewrites each of its canEnterJit hints into
//
//     jitArgI/R/F(v) for each green, then each red (per kind, in the driver's order)
//     st = jitCanEnter(driver)
//
// and calls jitFunctionEntry(driver) where the portal starts: its first
// jitMergePoint then asks too, as the function's entry (counted against
// functionThreshold; a hot one is traced to where the portal returns).
//     st == JIT_CONTINUE: every green and red := jitOutI/R/F(k); go on after the jitMergePoint
//     st == JIT_RETURNED: return jitResultI/R/F()
//     st == JIT_RAISED:   throw jitException()
//
// jitCanEnter counts per green key; a hot key is traced, a key with a loop
// enters it, and whatever comes after (guard failures, bridges) runs in
// the blackhole up to the next merge point without a loop, where the
// compiled portal takes over again with the values the JIT hands back.
import { clock, codeArch, envInt, logEnabled, logLine } from "rts/ll";
import { dontLookInside } from "rts/jit";
import { setLength } from "rts/lltype";
import { nativeBackendFor } from "./native.ts";
import { AT_MERGE_POINT, Blackhole, BlackholeFrame, RAISED, RETURNED } from "./blackhole.ts";
import { DescrInfo, GcRef, JitCode, JitData } from "./jitdata.ts";
import { KIND_I, KIND_R, NO_BRIDGE, OPNAMES, isGuard, returnsFromPortal, type CompiledTrace } from "./resoperation.ts";
import type { TraceExit } from "./tracerunner.ts";
import { COUNTER_SLOTS, JitParams, WarmState, greenHash } from "./warmstate.ts";
import { mergePointValues, setMergePointValues } from "./frames.ts";
import type { OptPass } from "./optimizer.ts";
import { TranslatedCpu, jitCallAddress, jitOpWordAddress, jitHelperAddress, jitOpWordF, jitOpWordI, jitOpWordR, jitOpWordV, jitRaiseInCode, jitRefAddress, jitRefFromAddress, jitSetPending, makeStackOverflowError } from "./translated-cpu.ts";

export const JIT_NOT_ENTERED = 0;
export const JIT_CONTINUE = 1;
export const JIT_RETURNED = 2;
export const JIT_RAISED = 3;

/**
 * The codewriter's output.  Here a sample of every shape the runtime reads,
 * for the annotator; `rts translate --jit` puts the program's jitcodes and
 * descrs in its lists before the backend writes it out.
 */
export const JIT_DATA = sampleData();

function sampleData(): JitData {
  const code = new JitCode("sample", 0, new Int32Array([0]), 1, 1, 1, [0], [new GcRef()], [0.5], new Int32Array([0]));
  const d = new DescrInfo(0, "sample");
  d.cases = new Map<number, number>();
  d.cases.set(0, 0);
  d.jitcode = code;
  d.writtenFields = ["sample"];
  d.writtenGlobals = ["sample"];
  d.readFields = ["sample"];
  d.callArgs = [0];
  d.methodTests = [0];
  d.methodJitcodes = [code];
  d.indirect = true;
  d.indirectJitcode = code;
  d.portal = 0;
  // (so the data's list of virtualizable array fields is a list of strings too)
  d.vableItems = true;
  // (and one with the fields left null: the annotator sees only these objects, and would take what no sample
  // leaves null never to be, folding the runtime's null tests — a call of unknown effects, a descr with no cases)
  const none = new DescrInfo(0, "sample");
  return new JitData([code], [d, none], [code], [0]);
}

class PortalState {
  warm: WarmState | null = null;
  /** The driver whose canEnterJit was passed (-1: none): its next jitMergePoint asks the JIT. */
  backEdge = -1;
  /** That merge point is the portal's first (jitFunctionEntry): the function's entry. */
  atEntry = false;
  /** JitDriver.notAnEntry was called for this driver: its portal's next start is no entry (-1: none). */
  notAnEntry = -1;
  /** Whether function entries are counted (functionThreshold > 0; -1: not looked up yet). */
  countEntries = -1;
  /** How many runs of the JIT are under way (a portal reached from a residual call of compiled code, or of the blackhole, runs nested). */
  depth = 0;
  /** The greens and reds jitArg* passed (the first nI, nR, nF items: the arrays are reused). */
  argsI: number[] = [];
  argsR: (GcRef | null)[] = [];
  argsF: number[] = [];
  nI = 0;
  nR = 0;
  nF = 0;
  /** The reds given to an entry trace (reused). */
  redsI: number[] = [];
  redsR: (GcRef | null)[] = [];
  redsF: number[] = [];
  outI: number[] = [];
  outR: (GcRef | null)[] = [];
  outF: number[] = [];
  resultI = 0;
  resultR: GcRef | null = null;
  resultF = 0;
  exception: GcRef | null = null;
  /** When the JIT first counted (seconds, monotonic): warm-up is measured from there. */
  started = 0.0;
  /** Parameters the program set (setParam; 0 or -1: not set), and the optimizer's passes. */
  threshold = 0;
  functionThreshold = 0;
  traceEagerness = 0;
  traceLimit = 0;
  inlining = -1;
  inlineLimit = 0;
  /** (-1 is a value: -2 is not set) */
  loopCut = -2;
  enableOpts = -1;
  allPasses: OptPass[] = [];
  /** Each driver's merge-point shape, once asked for (mergePointShape). */
  shapes: (MergePointShape | null)[] = [];
}
const STATE = new PortalState();

// (at every entry of the portal: no allocation once the arrays are long enough)
export function jitArgI(v: number): void {
  const s = STATE;
  if (s.nI < s.argsI.length) s.argsI[s.nI] = v;
  else s.argsI.push(v);
  s.nI++;
}
export function jitArgR(v: GcRef | null): void {
  const s = STATE;
  if (s.nR < s.argsR.length) s.argsR[s.nR] = v;
  else s.argsR.push(v);
  s.nR++;
}
export function jitArgF(v: number): void {
  const s = STATE;
  if (s.nF < s.argsF.length) s.argsF[s.nF] = v;
  else s.argsF.push(v);
  s.nF++;
}
export function jitOutI(k: number): number {
  return STATE.outI[k];
}
export function jitOutR(k: number): GcRef | null {
  // (each is read once, right after jitCanEnter: not kept alive by this array until the next exit)
  const v = STATE.outR[k];
  STATE.outR[k] = null;
  return v;
}
export function jitOutF(k: number): number {
  return STATE.outF[k];
}
export function jitResultI(): number {
  return STATE.resultI;
}
export function jitResultR(): GcRef | null {
  const v = STATE.resultR;
  STATE.resultR = null;
  return v;
}
export function jitResultF(): number {
  return STATE.resultF;
}
export function jitException(): GcRef | null {
  const e = STATE.exception;
  STATE.exception = null;
  return e;
}

function warmState(): WarmState {
  let w = STATE.warm;
  if (w === null) {
    const cpu = new TranslatedCpu(JIT_DATA.descrs);
    const bh = new Blackhole(cpu, JIT_DATA);
    w = new WarmState(cpu, JIT_DATA, bh);
    w.compiledPortal = true;
    STATE.warm = w;
    STATE.allPasses = w.passes.slice(0);
    // (RTS_JIT_OPTIMIZE=0: traces run as recorded, to tell an optimizer bug from another)
    setParams(w);
    // machine code unless RTS_JIT_BACKEND=0 (traces then run on the trace runner only)
    const native = nativeBackendFor(codeArch());
    if (native !== null && envInt("RTS_JIT_BACKEND", 1) !== 0) w.useNative(native);
    w.logTraces = logEnabled("jit-log-opt") !== 0;
    w.logRecordedTraces = logEnabled("jit-log-noopt") !== 0;
    w.recordedLog = (text) => logLine("jit-log-noopt", text);
    w.logBackend = logEnabled("jit-backend") !== 0;
    w.backendLog = (text) => logLine("jit-backend", text);
    w.logPerfMap = logEnabled("jit-perf-map") !== 0;
    w.perfMapLog = (text) => logLine("jit-perf-map", text);
    w.log = (text) => logLine("jit-log-opt", text);
    w.now = () => clock();
    w.printable = (d, gi, gr, gf) => jitPrintable(d, gi, gr, gf);
    STATE.started = clock();
  }
  return w;
}

/** The parameters: the program's setParam values, unless an RTS_JIT_* variable says otherwise. */
function setParams(w: WarmState): void {
  const p = w.params;
  p.threshold = envInt("RTS_JIT_THRESHOLD", STATE.threshold > 0 ? STATE.threshold : p.threshold);
  // (0, the default, counts no function entry: see JitParams)
  p.functionThreshold = functionThresholdParam(p.functionThreshold);
  STATE.countEntries = p.functionThreshold > 0 ? 1 : 0;
  p.traceEagerness = envInt("RTS_JIT_TRACE_EAGERNESS", STATE.traceEagerness > 0 ? STATE.traceEagerness : p.traceEagerness);
  p.traceLimit = envInt("RTS_JIT_TRACE_LIMIT", STATE.traceLimit > 0 ? STATE.traceLimit : p.traceLimit);
  p.loopCut = envInt("RTS_JIT_LOOP_CUT", STATE.loopCut >= -1 ? STATE.loopCut : p.loopCut);
  p.inlining = envInt("RTS_JIT_INLINING", STATE.inlining >= 0 ? STATE.inlining : p.inlining);
  w.collectBeforeTracing = envInt("RTS_JIT_COLLECT_YOUNG", 1) !== 0;
  p.inlineLimit = envInt("RTS_JIT_INLINE_LIMIT", STATE.inlineLimit > 0 ? STATE.inlineLimit : p.inlineLimit);
  // (by default every pass and peeling, not bit 128: bridges into peeled loops' bodies, which is asked for)
  const keep = envInt("RTS_JIT_OPTIMIZE", STATE.enableOpts >= 0 ? STATE.enableOpts : 127);
  const passes = STATE.allPasses;
  while (w.passes.length > 0) w.passes.pop();
  for (let k = 0; k < passes.length; k++) if ((keep & (1 << k)) !== 0) w.passes.push(passes[k]);
  // (bit 64: loop peeling, which the virtuals pass closes; 128: bridges into peeled loops' bodies)
  w.peelLoops = (keep & 64) !== 0;
  w.jumpIntoBodies = (keep & 128) !== 0;
}

/** rts/jit setParam, in a program translated with --jit (the JIT plugin makes each call one of this). */
export function jitSetParam(name: string, value: number): void {
  if (name === "threshold") STATE.threshold = value;
  else if (name === "functionThreshold") {
    STATE.functionThreshold = value;
    STATE.countEntries = -1;
  }
  else if (name === "traceEagerness") STATE.traceEagerness = value;
  else if (name === "traceLimit") STATE.traceLimit = value;
  else if (name === "inlining") STATE.inlining = value;
  else if (name === "inlineLimit") STATE.inlineLimit = value;
  else if (name === "loopCut") STATE.loopCut = value;
  else if (name === "enableOpts") STATE.enableOpts = value;
  if (STATE.warm !== null) setParams(STATE.warm);
}

/** A canEnterJit of `driver` was passed: the JIT hears of it at the driver's next jitMergePoint. */
export function jitBackEdge(driver: number): void {
  STATE.backEdge = driver;
}

/** The function threshold: RTS_JIT_FUNCTION_THRESHOLD, else the program's setParam, else `fallback`. */
function functionThresholdParam(fallback: number): number {
  return envInt("RTS_JIT_FUNCTION_THRESHOLD", STATE.functionThreshold > 0 ? STATE.functionThreshold : fallback);
}

/** Where the portal of `driver` starts: its first jitMergePoint asks the JIT, as the function's entry. */
export function jitFunctionEntry(driver: number): void {
  const s = STATE;
  if (s.notAnEntry === driver) {
    s.notAnEntry = -1;
    return;
  }
  // (looked up before the JIT's state exists: the first portal call comes before any canEnterJit)
  if (s.countEntries < 0) s.countEntries = functionThresholdParam(new JitParams().functionThreshold) > 0 ? 1 : 0;
  if (s.countEntries === 0) return;
  s.backEdge = driver;
  s.atEntry = true;
}

/**
 * rts/jit JitDriver.notAnEntry, in the portal's prologue: the run of the
 * portal about to start is no function's entry (its first merge point is an
 * ordinary one).  The prologue ends by calling the portal (portalsplit.ts),
 * so the flag waits for that start.
 */
export function jitNotAnEntry(driver: number): void {
  STATE.notAnEntry = driver;
}

/** At a jitMergePoint of `driver`: whether a canEnterJit was passed since (and forget it). */
export function jitTakeBackEdge(driver: number): boolean {
  // (at every instruction the interpreter dispatches: a load and a compare, no arithmetic)
  if (STATE.backEdge !== driver) return false;
  STATE.backEdge = -1;
  return true;
}

/** The compiled portal at a jitMergePoint of `driver` after a canEnterJit, its greens and reds given by jitArg*: what it does next (JIT_*). */
export function jitCanEnter(driver: number): number {
  const s = STATE;
  const entry = s.atEntry;
  s.atEntry = false;
  const ai = s.argsI;
  const ar = s.argsR;
  const af = s.argsF;
  const nI = s.nI;
  const nR = s.nR;
  const nF = s.nF;
  // the arrays are used again by the next entry (a residual call of the JIT may reach the portal): what is kept is copied first
  s.nI = 0;
  s.nR = 0;
  s.nF = 0;
  const made = s.warm;
  const warm = made !== null ? made : warmState();
  // (while a trace is recorded, a portal its residual calls reach runs as it is)
  if (warm.tracing > 0) return JIT_NOT_ENTERED;
  let sh = driver < s.shapes.length ? s.shapes[driver] : null;
  if (sh === null) sh = mergePointShape(driver);
  // (a portal whose stack check raised between its jitArg* calls left some: the arguments are the last ones)
  dropStale(ai, nI, sh.ngI + sh.nrI);
  dropStale(ar, nR, sh.ngR + sh.nrR);
  dropStale(af, nF, sh.ngF + sh.nrF);
  const h = greenHash(driver, ai, sh.ngI, ar, sh.ngR);
  const slot = h & (COUNTER_SLOTS - 1);
  const counts = entry ? warm.entryCounts : warm.loopCounts;
  const count = counts[slot];
  const threshold = entry ? warm.params.functionThreshold : warm.params.threshold;
  // no key of the slot has a cell: count the slot, and make the key's cell only when it gets hot (warmstate.ts loopCounts)
  if (count >= 0 && count + 1 < threshold) {
    counts[slot] = count + 1;
    return JIT_NOT_ENTERED;
  }
  const cell = warm.cellForHash(h, driver, ai, sh.ngI, ar, sh.ngR, af, sh.ngF);
  if (count >= 0) {
    // (made hot: the count below goes past the threshold)
    if (entry) cell.entryCounter = threshold - 1;
    else cell.counter = threshold - 1;
  }
  if (cell.loop === null) {
    if (entry) {
      if (cell.entry === null && (cell.dontTraceEntry || ++cell.entryCounter < warm.params.functionThreshold)) return JIT_NOT_ENTERED;
    } else if (cell.dontTrace || ++cell.counter < warm.params.threshold) return JIT_NOT_ENTERED;
  }
  if (STATE.depth > 0) warm.stats.nestedRuns++;
  const portal = JIT_DATA.portals[driver];
  const mp = JIT_DATA.mergePoints[driver];
  STATE.depth++;
  let status = RETURNED;
  // the portal's frame (its result, or its exception, ends there); none when an entry trace returned
  let f: BlackholeFrame | null = null;
  try {
    const compiled = cell.loop !== null ? cell.loop : entry ? cell.entry : null;
    if (compiled !== null) {
      // a loop, or a function's entry, with a trace: run straight from the reds (an interpreter frame only if it
      // leaves other than by returning)
      const exit = warm.runCompiled(compiled, compiled === cell.loop, redsOf(ai, sh.ngI, sh.ngI + sh.nrI, s.redsI), redsOf(ar, sh.ngR, sh.ngR + sh.nrR, s.redsR), redsOf(af, sh.ngF, sh.ngF + sh.nrF, s.redsF));
      if (!returnedValue(exit)) {
        // (it only receives the result: the frames the exit resumes are the resume data's)
        f = new BlackholeFrame(portal, false);
        f.pc = mp;
        status = warm.runPortal(f, true, true, exit);
      }
    } else {
      f = new BlackholeFrame(portal);
      f.pc = mp;
      setMergePointValues(f, ai, ar, af);
      status = warm.runPortal(f, true, entry);
    }
  } finally {
    STATE.depth--;
  }
  if (f === null) return JIT_RETURNED;
  if (status === AT_MERGE_POINT) {
    const at = warm.takeExitFrame();
    // (the lists are used again: the portal reads them, jitOut*, before it can come here again)
    setLength(STATE.outI, 0);
    setLength(STATE.outR, 0);
    setLength(STATE.outF, 0);
    mergePointValues(at, false, STATE.outI, STATE.outR, STATE.outF);
    mergePointValues(at, true, STATE.outI, STATE.outR, STATE.outF);
    if (at !== f) warm.releaseExitFrame(at);
    return JIT_CONTINUE;
  }
  if (status === RAISED) {
    STATE.exception = f.exception;
    return JIT_RAISED;
  }
  STATE.resultI = f.resultI;
  STATE.resultR = f.resultR;
  STATE.resultF = f.resultF;
  return JIT_RETURNED;
}

/** How many greens and reds of each kind a driver's merge point has (read from its jitcode once: jitCanEnter runs at every back edge the interpreter takes). */
class MergePointShape {
  constructor(
    readonly ngI: number,
    readonly ngR: number,
    readonly ngF: number,
    readonly nrI: number,
    readonly nrR: number,
    readonly nrF: number,
  ) {}
}

function mergePointShape(driver: number): MergePointShape {
  const shapes = STATE.shapes;
  while (shapes.length <= driver) shapes.push(null);
  const known = shapes[driver];
  if (known !== null) return known;
  const code = JIT_DATA.portals[driver].code;
  const mp = JIT_DATA.mergePoints[driver];
  // jit_merge_point driver, greens I R F, reds I R F: how many of each
  const ngI = code[mp + 2];
  const ngR = code[mp + 3 + ngI];
  const ngF = code[mp + 4 + ngI + ngR];
  const nrI = code[mp + 5 + ngI + ngR + ngF];
  const nrR = code[mp + 6 + ngI + ngR + ngF + nrI];
  const nrF = code[mp + 7 + ngI + ngR + ngF + nrI + nrR];
  const shape = new MergePointShape(ngI, ngR, ngF, nrI, nrR, nrF);
  shapes[driver] = shape;
  return shape;
}

/** The last `want` of the first n items of xs moved to its start (none is stale: nothing moves). */
function dropStale<T>(xs: T[], n: number, want: number): void {
  if (n <= want) return;
  for (let k = 0; k < want; k++) xs[k] = xs[n - want + k];
}

/** The items of `args` after the first `from`, up to `to`, in `out` (reused: the runner copies them when it starts). */
function redsOf<T>(args: T[], from: number, to: number, out: T[]): T[] {
  for (let k = from; k < to; k++) {
    if (k - from < out.length) out[k - from] = args[k];
    else out.push(args[k]);
  }
  return out;
}

/** Whether compiled code returned from the portal (a finish without resume data): its result, if any, goes to jitResult*. */
function returnedValue(exit: TraceExit): boolean {
  const g = exit.guard;
  if (!returnsFromPortal(g)) return false;
  if (g.args.length > 0) {
    const b = g.args[0];
    if (b.kind === KIND_I) STATE.resultI = exit.intOf(b);
    else if (b.kind === KIND_R) STATE.resultR = exit.refOf(b);
    else STATE.resultF = exit.floatOf(b);
  }
  return true;
}

/**
 * Machine code's call_assembler, when its callee's code (token's entry
 * trace, in the frame at `raw`) left at `exit` other than by returning:
 * the run goes on (callassembler.ts); the call's result as a word, its
 * exception in rts_exc.  The exception the callee's code left at a
 * guard_no_exception comes as the address `exc` (0: none), moved out of
 * rts_exc by the machine code: this function's own code would take one
 * pending there for an exception of its first call, and pass it on without
 * running the callee's handlers.
 */
export function jitAssemblerSlowPath(exit: number, raw: number, token: number, exc: number): number {
  const w = warmState();
  return w.calls.slowPath(w.tokens[token], exit, raw, exc);
}

/**
 * The driver's getPrintableLocation called with the greens of a key (per
 * kind, in the driver's order): `rts translate --jit` makes this body a
 * switch on the driver calling each one's function ("" for a driver
 * without one).
 */
export function jitPrintable(driver: number, gi: number[], gr: (GcRef | null)[], gf: number[]): string {
  return String(driver) + String(gi.length) + String(gr.length) + String(gf.length);
}
// (generated after the transforms that would inline this sample)
dontLookInside(jitPrintable);

/** A trace's line of the summary: its ops, guard failures (and those of its guards that will not get a bridge: a try aborted, or a hoisted check), machine code bytes. */
function traceFacts(t: CompiledTrace): string {
  let failures = 0;
  let stuck = 0;
  for (const op of t.ops) {
    if (op.failures > 0) failures += op.failures;
    else if (op.failures < NO_BRIDGE / 2) stuck += op.failures - NO_BRIDGE;
  }
  return "(" + t.name + (t.location === "" ? "" : " at " + t.location) + ") ops " + String(t.ops.length) + " guard-failures " + String(failures + stuck) + " unbridged-failures " + String(stuck) + " native-bytes " + String(t.native === null ? 0 : t.native.size);
}

/**
 * A quasi-immutable field whose object has watcher n is about to change
 * (the C of the jit_quasi_immut_write op calls it as rts_jit_quasi_immut_fire):
 * the traces that folded it are invalidated.
 */
export function jitQuasiImmutFire(n: number): void {
  const w = STATE.warm;
  if (w !== null) w.quasiImmutWritten(n);
}

/** RTSLOG=jit-summary: what the JIT did, one `jit-summary key value` line each (at exit). */
export function jitReport(): void {
  const w = STATE.warm;
  if (w === null || logEnabled("jit-summary") === 0) return;
  const s = w.stats;
  const line = (key: string, value: string): void => logLine("jit-summary", "jit-summary " + key + " " + value);
  line("loops", String(s.loops));
  line("bridges", String(s.bridges));
  line("aborts", String(s.aborts));
  line("invalidations", String(s.invalidations));
  line("entered-loops", String(s.enteredLoops));
  line("entry-traces", String(s.entryTraces));
  line("entered-entries", String(s.enteredEntries));
  let calls = s.assemblerCalls;
  const native = w.nativeCode();
  if (native !== null) for (const t of w.tokens) calls += native.tokenCalls(t);
  line("assembler-calls", String(calls));
  line("guard-failures", String(s.guardFailures));
  line("traced-ops", String(s.tracedOps));
  line("dropped-stores", String(s.droppedStores));
  line("loop-cuts", String(s.loopCuts));
  line("recorded-ops", String(s.recordedOps));
  line("optimized-ops", String(s.optimizedOps));
  line("peeled-loops", String(s.peeledLoops));
  line("unpeeled-loops", String(s.unpeeledLoops));
  line("body-jumps", String(s.bodyJumps));
  line("start-jumps", String(s.startJumps));
  line("nested-runs", String(s.nestedRuns));
  line("native-traces", String(s.nativeTraces));
  line("native-bytes", String(s.nativeBytes));
  line("native-exits", String(s.nativeExits));
  line("trace-entries", String(s.traceEntries));
  line("first-loop-seconds", s.firstLoopAt > 0 ? (s.firstLoopAt - STATE.started).toFixed(6) : "-");
  line("tracing-seconds", s.tracingSeconds.toFixed(6));
  line("optimizing-seconds", s.optimizingSeconds.toFixed(6));
  line("backend-seconds", s.backendSeconds.toFixed(6));
  for (const [why, n] of s.abortReasons) line("abort", why.split(" ").join("-") + " " + String(n));
  // per loop and bridge: its size and how often its guards failed
  for (let k = 0; k < w.loops.length; k++) line("loop", String(k) + " " + traceFacts(w.loops[k]));
  for (let k = 0; k < w.bridges.length; k++) line("bridge", String(k) + " " + traceFacts(w.bridges[k]));
  for (let k = 0; k < w.entries.length; k++) line("entry", String(k) + " " + traceFacts(w.entries[k]));
  reportGuards(w, line);
}

/** Guards in the failing-guards list of the summary. */
const GUARDS_REPORTED = 30;

/**
 * The guards that failed most, most first: `jit-summary guard 196 bridge
 * 143 (remove pc 54 (line 93)) op 106 guard_false [compareOp@56]
 * unbridged` — the failures, the trace (where it starts) and the op's
 * index in it, the position it resumes at (the innermost frame's jitcode
 * and pc), and whether a bridge leaves it now (`bridged`), will not
 * (`never-bridged`) or not yet.  (Each failure into the interpreter
 * resumes, interprets and re-enters compiled code.)
 */
function reportGuards(w: WarmState, line: (key: string, value: string) => void): void {
  const counts: number[] = [];
  const texts: string[] = [];
  const scan = (kind: string, list: CompiledTrace[]): void => {
    for (let k = 0; k < list.length; k++) {
      const ops = list[k].ops;
      const where = list[k].location === "" ? "" : " (" + list[k].location + ")";
      for (let i = 0; i < ops.length; i++) {
        const op = ops[i];
        if (!isGuard(op.opnum) || op.failures === 0 || op.failures === NO_BRIDGE) continue;
        const stuck = op.failures < NO_BRIDGE / 2;
        const n = stuck ? op.failures - NO_BRIDGE : op.failures;
        const top = op.resume !== null && op.resume.length > 0 ? op.resume[op.resume.length - 1] : null;
        const resumesAt = top === null ? "" : " [" + w.data.jitcodes[top.jitcode].name + "@" + String(top.pc) + "]";
        const how = op.bridge !== null ? "bridged" : stuck ? "never-bridged" : "unbridged";
        // (kept sorted, most failures first, at most GUARDS_REPORTED)
        let j = counts.length;
        while (j > 0 && counts[j - 1] < n) j--;
        if (j >= GUARDS_REPORTED) continue;
        counts.splice(j, 0, n);
        texts.splice(j, 0, kind + " " + String(k) + where + " op " + String(i) + " " + OPNAMES[op.opnum] + resumesAt + " " + how);
        if (counts.length > GUARDS_REPORTED) {
          counts.pop();
          texts.pop();
        }
      }
    }
  };
  scan("loop", w.loops);
  scan("bridge", w.bridges);
  scan("entry", w.entries);
  for (let j = 0; j < counts.length; j++) line("guard", String(counts[j]) + " " + texts[j]);
}

/**
 * Never called: its calls tell the annotator the argument types of the
 * functions the rewritten portal and the generated dispatch code call.
 */
export function jitAnnotationRoot(): void {
  jitArgI(0);
  jitArgR(new GcRef());
  jitArgF(0.5);
  jitCanEnter(0);
  jitBackEdge(0);
  jitFunctionEntry(0);
  jitNotAnEntry(0);
  jitTakeBackEdge(0);
  jitPrintable(0, [0], [new GcRef()], [0.5]);
  jitOutI(0);
  jitOutR(0);
  jitOutF(0);
  jitResultI();
  jitResultR();
  jitResultF();
  jitException();
  jitSetPending(new GcRef());
  jitRaiseInCode(new GcRef());
  jitRefAddress(jitRefFromAddress(jitRefAddress(new GcRef())));
  jitCallAddress(0);
  jitOpWordAddress(0);
  jitHelperAddress(0);
  jitAssemblerSlowPath(0, 0, 0, 0);
  jitOpWordI(0, 1, 2, 3, 4, 5, 0.5, 1.5);
  jitOpWordR(0, 1, 2, 3, 4, 5, 0.5, 1.5);
  jitOpWordF(0, 1, 2, 3, 4, 5, 0.5, 1.5);
  jitOpWordV(0, 1, 2, 3, 4, 5, 0.5, 1.5);
  jitSetParam("threshold", 1);
  jitQuasiImmutFire(0);
  makeStackOverflowError();
  jitReport();
}
