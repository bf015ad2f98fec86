// Running the portal with the JIT (RPython's warmstate.py and the portal
// runner warmspot.py makes): the portal's frame runs in the blackhole
// interpreter; at each merge point the green key's cell counts, and a hot
// one is traced (metainterp.ts), compiled and entered; a failing guard
// rebuilds the interpreter's frames (resume) and the blackhole goes on to
// the next merge point.  Parameters have RPython's defaults.  RTS code.
import { AT_MERGE_POINT, Blackhole, BlackholeFrame } from "./blackhole.ts";
import type { Cpu } from "./cpu.ts";
import type { GcRef, JitCode, JitData } from "./jitdata.ts";
import { MetaInterp, TRACE_ABORTED, TRACE_BRIDGE_END, TRACE_LOOP, TRACE_OTHER_KEY, TRACE_RAISED, TRACE_RETURNED } from "./metainterp.ts";
import { CallAssembler } from "./callassembler.ts";
import { AssemblerToken, Box, CompiledTrace, FINISH, GUARD_EXCEPTION, GUARD_NO_EXCEPTION, JUMP, KIND_I, KIND_R, ResOp, failArgsOf, jumpTarget, forgetRecordedValues, returnsFromPortal, sameValue, NO_BRIDGE } from "./resoperation.ts";
import { QuasiImmutWatchers } from "./quasiimmut.ts";
import { fieldConstant } from "./executor.ts";
import { copyResult, framesOfMetaInterp, mergePointValues, portalEnded, resumeFrames, returned, withFinish } from "./frames.ts";
import { DeadCode, PureAndGuards, optimizeTrace, type OptPass } from "./optimizer.ts";
import { unrollLoop, type PeelInfo } from "./unroll.ts";
import { BodyEntry, BodyJump, bodyEntryOf, forgetEntryValues, layOutBodyJump } from "./bodyentry.ts";
import { Virtualize } from "./virtualize.ts";
import { IntBounds } from "./intbounds.ts";
import { HoistBounds } from "./hoist.ts";
import { TraceRunner, numberBoxes, type TraceExit } from "./tracerunner.ts";
import { formatOp, formatRecorded, formatTrace } from "./logger.ts";
import type { NativeCode } from "./native.ts";
import { write } from "rts/rlib/os";
import { intDiv } from "rts/rlib";
import { keyHash, setLength } from "rts/lltype";
import { gcCollectYoung } from "rts/ll";

/** The JIT's parameters (rts/jit setParam); the defaults are RPython's. */
export class JitParams {
  threshold = 1039;
  /**
   * Calls of an interpreted function (its portal's first merge point)
   * before its entry is traced to where it returns (0: none is).  RPython's
   * default: with call_assembler a compiled call of the portal runs the
   * callee's entry trace directly (fib(30) on corpus 130's VM: 0.22 s, the
   * interpreter 0.21 s; without call_assembler it was 4x the interpreter).
   */
  functionThreshold = 1619;
  traceEagerness = 200;
  traceLimit = 6000;
  /** 1: calls of the portal function with constant greens are inlined into traces (MetaInterp.inlining); 0: they are call_assemblers. */
  inlining = 1;
  /**
   * The operations one inlined call may add to a trace: past it the trace
   * is given up and the call stays a call_assembler from then on (as a
   * trace too long blames its biggest inlined call, but sooner — a long
   * inlined call makes a long trace whose guards grow bridges as long).
   */
  inlineLimit = 1500;
  /** An inner portal frame stops following its call at a loop's header when an iteration added this many ops (-1: never; metainterp.ts loopInInnerFrame). */
  loopCut = -1;
}

/** How many traces from a loop header may leave the portal unclosed before the key is given up. */
const UNCLOSED_LIMIT = 3;

/** One green key's state. */
export class JitCell {
  counter = 0;
  loop: CompiledTrace | null = null;
  /** Tracing from here was given up (a trace too long): the blackhole runs it. */
  dontTrace = false;
  /** As the portal's first merge point (the function's entry): its count, its trace (ending where the portal returns), tracing given up. */
  entryCounter = 0;
  entry: CompiledTrace | null = null;
  dontTraceEntry = false;
  /** What a traced call of the portal function with this key calls (call_assembler), once one is recorded. */
  token: AssemblerToken | null = null;
  /** Traces from this loop header that left the portal before the loop closed (a generator's loop that yields). */
  unclosed = 0;
  constructor(
    /** The JitDriver (its number): two drivers' keys of the same values are different places. */
    readonly driver: number,
    readonly greensI: number[],
    readonly greensR: (GcRef | null)[],
    readonly greensF: number[],
  ) {}
}

/** What the JIT did, for RTSLOG and tests. */
export class JitStats {
  loops = 0;
  bridges = 0;
  aborts = 0;
  /** Traces invalidated: a quasi-immutable field they folded changed. */
  invalidations = 0;
  guardFailures = 0;
  tracedOps = 0;
  /** Stores the metainterp did not record: overwritten before anything could read them (metainterp.ts overwritesStore). */
  droppedStores = 0;
  /** Loops of inner frames whose call the traces stopped following (a call_assembler from the loop's merge point). */
  loopCuts = 0;
  /** Operations of the compiled traces as recorded, and left after optimization. */
  recordedOps = 0;
  optimizedOps = 0;
  /** Loops traced peeled (a preamble and a body that jumps to its own label), and those that could not close so. */
  peeledLoops = 0;
  unpeeledLoops = 0;
  /** Operations peeling added (the bodies' copies, the loop iterations before jumps into bodies) to the recorded ones the optimizer saw. */
  unrolledOps = 0;
  /** Bridges (and loops) that end where a peeled loop starts: jumping into its body (bodyentry.ts), or to its start. */
  bodyJumps = 0;
  startJumps = 0;
  enteredLoops = 0;
  /** Traces from a function's entry (the portal's first merge point) that end where it returns, and times they ran. */
  entryTraces = 0;
  enteredEntries = 0;
  /** Calls of the portal from compiled code that ran its entry trace straight from the reds (call_assembler; those machine code makes itself are counted in its tokens: portal.ts jitReport adds them). */
  assemblerCalls = 0;
  /** Runs of the JIT started inside another (a portal reached from a residual call of compiled code or of the blackhole). */
  nestedRuns = 0;
  /** When the first loop was compiled (the clock of `now`; 0: none yet). */
  firstLoopAt = 0.0;
  /** Loops and bridges compiled to machine code (all of them or a prefix), and the bytes mapped for it. */
  nativeTraces = 0;
  nativeBytes = 0;
  /** Times machine code returned to the trace runner (an op it left to it, a failing guard), and traces the runner entered. */
  nativeExits = 0;
  traceEntries = 0;
  /** Seconds spent tracing, optimizing and making machine code (the clock of `now`). */
  tracingSeconds = 0.0;
  optimizingSeconds = 0.0;
  backendSeconds = 0.0;
  /** Traces given up, by why (the metainterp's abortReason). */
  readonly abortReasons = new Map<string, number>();
}

export class WarmState {
  readonly params = new JitParams();
  readonly stats = new JitStats();
  readonly loops: CompiledTrace[] = [];
  /** The optimizer's passes, in order (optimizer.ts); a user's pass is pushed here. */
  readonly passes: OptPass[];
  /** Loops are peeled (unroll.ts; closed by the virtuals pass). */
  peelLoops = true;
  /**
   * A bridge that ends at a peeled loop goes on into its body (bodyentry.ts).
   * Off by default: measured slower than jumping to the preamble where the
   * loop's iteration takes turns between paths (Lox method_call: the copy's
   * guards fail and get bridges of their own).
   */
  jumpIntoBodies = false;
  /** Per loop (as `loops`): how a bridge jumps into its body, or null (not peeled, or it cannot). */
  private readonly bodyEntries: (BodyEntry | null)[] = [];
  /** The body entry of the loop optimizeLoop optimized last. */
  private lastEntry: BodyEntry | null = null;
  /** Log each compiled loop and bridge (RTSLOG=jit-log-opt in a translated program) through `log`. */
  logTraces = false;
  /** RTSLOG=jit-log-noopt: each loop and bridge as recorded too, through `recordedLog`. */
  logRecordedTraces = false;
  recordedLog: (text: string) => void = (text) => write(2, text + "\n");
  /** RTSLOG=jit-backend: a line per trace compiled to machine code. */
  logBackend = false;
  backendLog: (text: string) => void = (text) => write(2, text + "\n");
  /** RTSLOG=jit-perf-map:/tmp/perf-PID.map: a line per trace's machine code (`START SIZE name`, hex), for `perf report`. */
  logPerfMap = false;
  perfMapLog: (text: string) => void = (text) => write(2, text + "\n");
  /** The bridges, in the order they were made (the loops are `loops`). */
  readonly bridges: CompiledTrace[] = [];
  /** The traces from function entries, in the order they were made. */
  readonly entries: CompiledTrace[] = [];
  /** The call_assembler tokens, by number (one per green key a traced call of the portal function had). */
  readonly tokens: AssemblerToken[] = [];
  /** How compiled traces call the portal (call_assembler). */
  readonly calls: CallAssembler;
  /** The portal is compiled code (a translated program: portal.ts), which goes on where runPortal returns AT_MERGE_POINT. */
  compiledPortal = false;
  log: (text: string) => void = (text) => write(2, text + "\n");
  /** The time, for warm-up statistics (seconds; the translated program's monotonic clock). */
  now: () => number = () => 0.0;
  /** The interpreted program's position at a green key of driver `d` (its getPrintableLocation; "" without one). */
  printable: (d: number, gi: number[], gr: (GcRef | null)[], gf: number[]) => string = () => "";
  /** Cells by the hash of their greens; the greens compare in the bucket. */
  private readonly cells = new Map<number, JitCell[]>();
  /**
   * The cell found last for each value of a hash's low bits: most lookups
   * are of a key looked up a moment before (a generator resumed where it
   * yielded, from a loop the interpreter runs), and skip the map.
   */
  private readonly recentCells: (JitCell | null)[] = [];
  /**
   * RPython's JitCounter: the counts of the keys that have no cell yet, by
   * their hash's low bits (keys that share a slot share its count; -1: a
   * key of the slot has a cell).  The compiled portal counts a key here
   * until it is hot, and looks its cell up only then or when the slot has
   * cells: most back edges and calls the interpreter takes are of keys
   * that never get hot, and a lookup (hash bucket, green comparison) cost a
   * sixth of the interpreter's time.
   */
  readonly loopCounts = new Int32Array(COUNTER_SLOTS);
  readonly entryCounts = new Int32Array(COUNTER_SLOTS);
  private readonly runner: TraceRunner;
  /** The machine-code backend, if any: compiles each loop and bridge after optimization. */
  private native: NativeCode | null = null;

  useNative(n: NativeCode): void {
    this.native = n;
    this.runner.native = n;
    n.loops = this.loops;
  }

  private compileNative(t: CompiledTrace, what: string): void {
    // (its boxes' values go on into its first run: forgotten when the next trace starts)
    this.unforgotten.push(t);
    if (this.native === null) return;
    const t0 = this.now();
    this.native.compile(t, this.data);
    this.stats.backendSeconds += this.now() - t0;
    if (t.native === null) return;
    if (this.logBackend) {
      let left = "";
      // (which: the ops a backend has no code for yet, each a return to the runner whenever the code reaches it)
      const ks = t.native.runnerOpIndexes;
      if (ks !== null) for (const k of ks) left += (left === "" ? ": " : ", ") + formatOp(t.ops[k], this.data);
      this.backendLog("jit-backend " + what + " (" + t.name + "): " + String(t.native.size) + " bytes mapped at " + String(t.native.code) + ", " + String(t.ops.length) + " ops, " + String(t.native.runnerOps) + " left to the trace runner" + left);
    }
    if (this.logPerfMap) this.perfMapLog(t.native.code.toString(16) + " " + t.native.size.toString(16) + " jit " + what + " (" + t.name + atLocation(t.location) + ")");
    this.stats.nativeTraces++;
    this.stats.nativeBytes += t.native.size;
  }

  /** A minor collection before each trace is recorded (RTS_JIT_COLLECT_YOUNG=0: none). */
  collectBeforeTracing = true;

  /** The watchers of the quasi-immutable fields traces folded (quasiimmut.ts). */
  readonly watchers = new QuasiImmutWatchers();

  /**
   * Compiled trace t depends on the quasi-immutable fields mi folded: each
   * object's watcher names it (the object gets a watcher number if it has
   * none).  A field written since it was folded (while tracing, or by the
   * optimizer's calls) makes t invalid from the start.
   */
  private watchQuasiImmutables(mi: MetaInterp, t: CompiledTrace): void {
    let stale = false;
    for (let k = 0; k < mi.quasiObjs.length; k++) {
      const obj = mi.quasiObjs[k];
      const d = mi.quasiDescrs[k];
      const was = mi.quasiValues[k];
      if (!sameValue(was, fieldConstant(this.cpu, obj, d, was.kind))) stale = true;
      const wd = this.data.descrs[d].quasiWatcher;
      let n = this.cpu.bhGetfieldI(obj, wd);
      if (n === 0) {
        n = this.watchers.add();
        this.cpu.bhSetfieldI(obj, wd, n);
      }
      this.watchers.watch(n, t);
    }
    if (stale) this.invalidate(t);
  }

  /** A quasi-immutable field whose object has watcher n is about to change (the jit_quasi_immut_write op): its traces are invalid. */
  quasiImmutWritten(n: number): void {
    const ts = this.watchers.take(n);
    for (const t of ts) this.invalidate(t);
  }

  /**
   * Trace t folded a value that changed: its guard_not_invalidated ops fail
   * from now on (a run under way leaves at the next), its key no longer
   * enters it and counts towards a new trace, and a bridge is taken off
   * its guard, which may grow another (RPython's invalidate_loop).  Its
   * code stays: other traces may still jump into it, and leave there.
   */
  invalidate(t: CompiledTrace): void {
    if (t.invalidated) return;
    t.invalidated = true;
    this.stats.invalidations++;
    const native = this.native;
    if (native !== null) native.invalidate(t);
    for (const bucket of this.cells.values()) {
      for (const c of bucket) {
        if (c.loop === t) {
          c.loop = null;
          c.counter = 0;
        }
        if (c.entry === t) {
          c.entry = null;
          c.entryCounter = 0;
        }
        if (c.token !== null && c.token.entry === t) {
          c.token.entry = null;
          if (native !== null) native.setTokenEntry(c.token);
        }
      }
    }
    for (let k = 0; k < RECENT_CELLS; k++) this.recentCells[k] = null;
    const g = t.fromGuard;
    const from = t.fromTrace;
    if (g !== null && from !== null && g.bridge === t) {
      g.bridge = null;
      g.failures = 0;
      if (native !== null) native.detachBridge(from, from.ops.indexOf(g), t);
    }
    if (this.logTraces) this.log("# invalidated " + t.name + atLocation(t.location) + " (a quasi-immutable field it folded changed)");
  }

  /** The traces compiled since the last trace started, whose boxes still hold the values they were recorded with (resoperation.ts forgetRecordedValues). */
  private unforgotten: CompiledTrace[] = [];

  constructor(
    readonly cpu: Cpu,
    readonly data: JitData,
    readonly bh: Blackhole,
  ) {
    this.passes = [new PureAndGuards(cpu), new HoistBounds(), new Virtualize(), new IntBounds(), new PureAndGuards(cpu, true), new DeadCode()];
    this.runner = new TraceRunner(cpu, data, this.loops, this.stats);
    for (let k = 0; k < RECENT_CELLS; k++) this.recentCells.push(null);
    this.calls = new CallAssembler(this);
    this.runner.calls = this.calls;
  }

  /** A metainterp whose traced calls of the portal function with constant greens become call_assemblers. */
  private newMetaInterp(root: JitCell | null): MetaInterp {
    for (const t of this.unforgotten) {
      forgetRecordedValues(t);
      const k = this.loops.indexOf(t);
      const e = k >= 0 ? this.bodyEntries[k] : null;
      if (e !== null) forgetEntryValues(e);
    }
    this.unforgotten = [];
    // (a fresh nursery: what recording, optimizing and compiling make and drop dies young instead of being
    // promoted by a minor collection in the middle of them — about half of what deltablue promoted)
    if (this.collectBeforeTracing) gcCollectYoung();
    const mi = new MetaInterp(this.cpu, this.data, this.params.traceLimit);
    mi.inlineLimit = this.params.inlineLimit;
    mi.tokenFor = (driver, descr, kind, gi, gr, gf, reds, numI, numR, numF) => this.tokenOf(driver, descr, kind, gi, gr, gf, reds, numI, numR, numF);
    mi.inlining = this.params.inlining !== 0;
    if (root !== null) mi.rootToken = () => root.token;
    mi.driverToken = (d) => this.driverToken(d);
    mi.loopCut = this.params.loopCut;
    return mi;
  }

  /**
   * A trace given up as too long because of a call it inlined: that call's
   * key is not inlined again (true), and the trace is worth another try.
   */
  private blameInlined(mi: MetaInterp): boolean {
    const t = mi.blamedInline;
    if (t === null) return false;
    t.dontInline = true;
    return true;
  }

  /** Some token of driver d (its first), or null. */
  private driverToken(d: number): AssemblerToken | null {
    for (const t of this.tokens) if (t.driver === d) return t;
    return null;
  }

  /** The call_assembler token of a green key (made on first sight). */
  private tokenOf(driver: number, descr: number, kind: number, gi: number[], gr: (GcRef | null)[], gf: number[], reds: number[], numI: number, numR: number, numF: number): AssemblerToken {
    const cell = this.cellOf(driver, gi, gr, gf);
    let t = cell.token;
    if (t === null) {
      t = new AssemblerToken(this.tokens.length, driver, descr, kind, reds, numI, numR, numF);
      t.entry = cell.entry;
      t.key = cell;
      if (cell.entry !== null) cell.entry.assembler = t;
      this.tokens.push(t);
      cell.token = t;
      if (this.native !== null) this.native.newToken(t);
    }
    return t;
  }

  /** The cell of the green key at the portal frame's jit_merge_point. */
  private cellAt(f: BlackholeFrame): JitCell {
    // (lists used again: cellFor copies what it keeps, and runs nothing)
    const gi = this.greensI;
    const gr = this.greensR;
    const gf = this.greensF;
    setLength(gi, 0);
    setLength(gr, 0);
    setLength(gf, 0);
    mergePointValues(f, false, gi, gr, gf);
    // (jit_merge_point's first operand is its driver)
    const cell = this.cellOf(f.jitcode.code[f.pc + 1], gi, gr, gf);
    // (the refs not kept alive by the list until the next lookup)
    setLength(gr, 0);
    return cell;
  }
  private readonly greensI: number[] = [];
  private readonly greensR: (GcRef | null)[] = [];
  private readonly greensF: number[] = [];

  /** The cell of driver d's green key (made on first sight: the lists are kept). */
  cellOf(d: number, gi: number[], gr: (GcRef | null)[], gf: number[]): JitCell {
    return this.cellFor(d, gi, gi.length, gr, gr.length, gf, gf.length);
  }

  /** The cell of driver d's green key made of the first nI, nR, nF items of the lists (copied when the cell is new). */
  cellFor(d: number, gi: number[], nI: number, gr: (GcRef | null)[], nR: number, gf: number[], nF: number): JitCell {
    return this.cellForHash(greenHash(d, gi, nI, gr, nR), d, gi, nI, gr, nR, gf, nF);
  }

  /** cellFor, the key's greenHash given. */
  cellForHash(h: number, d: number, gi: number[], nI: number, gr: (GcRef | null)[], nR: number, gf: number[], nF: number): JitCell {
    const slot = h & (RECENT_CELLS - 1);
    const recent = this.recentCells[slot];
    if (recent !== null && sameGreens(recent, d, gi, gr, gf)) return recent;
    const bucket = this.cells.get(h);
    if (bucket !== undefined) {
      for (const c of bucket) {
        if (sameGreens(c, d, gi, gr, gf)) {
          this.recentCells[slot] = c;
          return c;
        }
      }
    }
    const cell = new JitCell(d, gi.slice(0, nI), gr.slice(0, nR), gf.slice(0, nF));
    this.loopCounts[h & (COUNTER_SLOTS - 1)] = -1;
    this.entryCounts[h & (COUNTER_SLOTS - 1)] = -1;
    if (bucket === undefined) this.cells.set(h, [cell]);
    else bucket.push(cell);
    this.recentCells[slot] = cell;
    return cell;
  }

  /**
   * How many traces are being recorded (a residual call made while tracing
   * may reach the portal again: that run interprets, it neither traces nor
   * enters compiled code, so the recording sees the call as one operation).
   */
  tracing = 0;

  /** Where the interpreter goes on in compiled code after runPortal(frame, true) returned AT_MERGE_POINT. */
  exitFrame: BlackholeFrame | null = null;

  /**
   * Runs a portal frame with the JIT to its end: RETURNED (the result is in
   * the frame's resultI/R/F) or RAISED (frame.exception).
   *
   * `fromCompiled`: a translated program's portal (portal.ts) is at a merge
   * point whose key is hot or has a loop, `frame` stands there: trace it or
   * enter its loop, and return AT_MERGE_POINT at the first merge point
   * after that without a loop (exitFrame), where the compiled interpreter
   * goes on — counting is its business.  Untranslated, the blackhole runs
   * the whole portal and counts at every merge point.
   */
  runPortal(frame: BlackholeFrame, fromCompiled: boolean, entry = !fromCompiled, firstExit: TraceExit | null = null): number {
    frame.isPortal = true;
    let frames: BlackholeFrame[] = [frame];
    let exc: GcRef | null = null;
    let first = true;
    // (the translated portal ran an entry trace itself, runEntry, and it left: on from there)
    if (firstExit !== null) {
      first = false;
      const st = this.afterExit(firstExit, frame);
      if (st !== AT_MERGE_POINT) return st;
      frames = this.takeNextFrames();
      exc = this.takeNextException();
    }
    for (;;) {
      const status = this.bh.runChain(frames, exc);
      exc = null;
      // the inner frames are done: only the portal's is left
      for (let k = 1; k < frames.length; k++) this.bh.release(frames[k]);
      const f = frames[0];
      if (frames.length !== 1) frames = [f];
      if (status !== AT_MERGE_POINT) {
        if (f !== frame) {
          copyResult(f, frame, status);
          this.bh.release(f);
        }
        return status;
      }
      const cell = this.cellAt(f);
      const entering = first;
      first = false;
      // the portal's first merge point is its function's entry (translated: when portal.ts says so)
      const atEntry = entering && entry && this.params.functionThreshold > 0;
      const compiled = cell.loop !== null ? cell.loop : atEntry ? cell.entry : null;
      if (compiled !== null) {
        if (compiled === cell.loop) this.stats.enteredLoops++;
        else this.stats.enteredEntries++;
        const st = this.afterExit(this.enter(compiled, f), frame);
        if (st !== AT_MERGE_POINT) return st;
        frames = this.takeNextFrames();
        exc = this.takeNextException();
        continue;
      }
      const hot = fromCompiled ? entering : atEntry ? ++cell.entryCounter >= this.params.functionThreshold : ++cell.counter >= this.params.threshold;
      if (hot && !(atEntry ? cell.dontTraceEntry : cell.dontTrace)) {
        const mi = this.newMetaInterp(cell);
        const started = this.now();
        // (counted down however tracing ends: a stack overflow the program catches must not leave the JIT off)
        this.tracing++;
        let traced = TRACE_ABORTED;
        try {
          traced = mi.trace(f.jitcode, f.pc, f.regsI, f.regsR, f.regsF);
          // at another key's merge point: jump into its loop if it has one (nested loops), else trace on
          while (traced === TRACE_OTHER_KEY) {
            const other = this.cellAt(framesOfMetaInterp(mi.frames)[0]);
            if (other.loop === null) {
              traced = mi.resumeTracing();
              continue;
            }
            mi.closeBridge(this.loops.indexOf(other.loop));
            traced = TRACE_LOOP;
          }
        } finally {
          this.tracing--;
        }
        this.stats.tracingSeconds += this.now() - started;
        this.stats.tracedOps += mi.ops.length;
        this.stats.droppedStores += mi.droppedStores;
        this.stats.loopCuts += mi.loopCuts;
        if (traced === TRACE_LOOP) {
          this.logRecorded("loop " + String(this.loops.length) + " (" + f.jitcode.name + ")" + atLocation(this.locationOf(f.jitcode, cell)), mi.inputArgs, mi.ops);
          const t = new CompiledTrace(mi.inputArgs, this.optimizeLoop(mi.inputArgs, mi.ops), f.jitcode.name);
          numberBoxes(t);
          t.location = this.locationOf(f.jitcode, cell);
          this.compileNative(t, "loop " + String(this.loops.length));
          this.watchQuasiImmutables(mi, t);
          if (this.logTraces) this.log("# loop " + String(this.loops.length) + " (" + t.name + ")" + atLocation(t.location) + "\n" + formatTrace(t, this.data, (op) => this.opLocation(op)));
          if (this.stats.loops === 0) this.stats.firstLoopAt = this.now();
          this.loops.push(t);
          this.bodyEntries.push(this.lastEntry);
          if (this.lastEntry !== null) t.bodyInputs = this.lastEntry.targets;
          if (!t.invalidated) cell.loop = t;
          else cell.counter = 0;
          this.stats.loops++;
          // (a loop's key that is no function's entry: what a call_assembler of it runs — a trace that stopped following a
          // call at the merge point of the callee's loop, metainterp.ts loopInInnerFrame, calls the portal function there)
          if (!t.invalidated && (atEntry || cell.entry === null)) this.useAsEntry(t, cell);
        } else if (traced === TRACE_ABORTED) {
          this.aborted(mi);
          cell.counter = 0;
          if (atEntry) cell.entryCounter = 0;
          if (this.blameInlined(mi)) {
            // (traced again later, with that call left a call)
          } else if (atEntry) cell.dontTraceEntry = true;
          else cell.dontTrace = true;
        } else {
          // the portal returned: from its entry, that is a trace of the whole call
          if (atEntry && traced === TRACE_RETURNED) this.compileEntry(mi, f.jitcode, cell);
          else if (!atEntry) {
            // a loop's trace that left the portal before closing (a generator's loop yields): count to the
            // threshold again before the next try, and give the key up after a few (tracing it again at every
            // round was 98% of nqueens' time with function entries off; compiling it as it is, to the portal's
            // return, made nqueens 1.5x CPython's time → 2.0x: entering compiled code for one element costs more
            // than interpreting the generator's few instructions)
            cell.counter = 0;
            if (++cell.unclosed >= UNCLOSED_LIMIT) cell.dontTrace = true;
          }
          return portalEnded(mi, traced, frame);
        }
        frames = framesOfMetaInterp(mi.frames);
        continue;
      }
      if (fromCompiled) {
        this.exitFrame = f;
        return AT_MERGE_POINT;
      }
      f.passMergePoint = true;
    }
  }

  /**
   * Compiled code left at `exit` (the portal's frame is `frame`): RETURNED
   * when it returned from the portal (the result in `frame`), RAISED, or
   * AT_MERGE_POINT: the interpreter goes on from nextFrames with
   * nextException pending (a failing guard resumed, or a bridge traced from it).
   */
  private afterExit(exit: TraceExit, frame: BlackholeFrame): number {
    const g = exit.guard;
    if (returnsFromPortal(g)) return returned(exit, frame);
    if (g.opnum !== FINISH) this.stats.guardFailures++;
    this.nextException = null;
    // a guard that fails often gets a bridge (not those about exceptions: the exception is not in the fail args)
    // (a guard_not_invalidated too: its key no longer enters an invalidated trace, but other traces' jumps into it do,
    // and a bridge from there goes on to the key's new loop — without it each such jump was a guard failure)
    if (g.opnum !== FINISH && g.opnum !== GUARD_NO_EXCEPTION && g.opnum !== GUARD_EXCEPTION && g.failures >= this.params.traceEagerness) return this.traceBridge(exit, frame);
    this.nextFrames = resumeFrames(exit, this.bh);
    this.nextException = exit.exception;
    return AT_MERGE_POINT;
  }

  /** The exception pending where the interpreter goes on after afterExit. */
  private nextException: GcRef | null = null;

  // (taken once: what the JIT hands over is not kept alive by these fields after it is used)
  private takeNextFrames(): BlackholeFrame[] {
    const frames = this.nextFrames;
    this.nextFrames = [];
    return frames;
  }

  private takeNextException(): GcRef | null {
    const e = this.nextException;
    this.nextException = null;
    return e;
  }

  /** The exit frame, once its values are read: spare for the next guard failure's resume (Blackhole.take). */
  releaseExitFrame(f: BlackholeFrame): void {
    this.bh.release(f);
  }

  /** The frame runPortal stopped at (AT_MERGE_POINT), taken by the caller once. */
  takeExitFrame(): BlackholeFrame {
    const f = this.exitFrame!;
    this.exitFrame = null;
    return f;
  }

  /** Runs entry trace t from the reds (per kind, in the merge point's order): the translated portal's way in at a function's entry. */
  runEntry(t: CompiledTrace, ints: number[], refs: (GcRef | null)[], floats: number[]): TraceExit {
    return this.runCompiled(t, false, ints, refs, floats);
  }

  /** Runs a key's compiled loop (isLoop) or entry trace t from the reds at its merge point: the translated portal's way in. */
  runCompiled(t: CompiledTrace, isLoop: boolean, ints: number[], refs: (GcRef | null)[], floats: number[]): TraceExit {
    if (isLoop) this.stats.enteredLoops++;
    else this.stats.enteredEntries++;
    return this.runner.run(t, ints, refs, floats);
  }

  /** The interpreted program's position a debug_merge_point stands for (its args: the green key per kind; descr: the driver). */
  opLocation(op: ResOp): string {
    const gi: number[] = [];
    const gr: (GcRef | null)[] = [];
    const gf: number[] = [];
    for (const b of op.args) {
      if (b.kind === KIND_I) gi.push(b.intValue);
      else if (b.kind === KIND_R) gr.push(b.refValue);
      else gf.push(b.floatValue);
    }
    return op.descr < 0 ? "" : this.printable(op.descr, gi, gr, gf);
  }

  /** The interpreted program's position at `cell`'s key of the portal whose jitcode is `portal` ("" when the driver has no getPrintableLocation). */
  private locationOf(portal: JitCode, cell: JitCell): string {
    const d = this.data.portals.indexOf(portal);
    return d < 0 ? "" : this.printable(d, cell.greensI, cell.greensR, cell.greensF);
  }

  private aborted(mi: MetaInterp): void {
    this.stats.aborts++;
    const why = mi.abortReason === "" ? "unknown" : mi.abortReason;
    this.stats.abortReasons.set(why, (this.stats.abortReasons.get(why) ?? 0) + 1);
    if (!this.logTraces) return;
    // (the call blamed for a trace too long is not inlined from then on: its key's own trace runs through call_assembler)
    const blamed = mi.blamedInline;
    const key = blamed !== null ? blamed.key : null;
    const where = key !== null ? this.printable(blamed!.driver, key.greensI, key.greensR, key.greensF) : "";
    const stays = blamed === null ? "" : "; calls of " + (where !== "" ? where : "key " + String(blamed.number)) + " stay calls";
    this.log("# abort: " + why + " (" + String(mi.ops.length) + " ops recorded" + stays + ")");
  }

  /** Where the interpreter goes on after traceBridge. */
  private nextFrames: BlackholeFrame[] = [];

  /**
   * Traces a bridge from the failing guard of `exit` and attaches it.
   * Tracing runs the interpreter on from the guard: AT_MERGE_POINT when it
   * stopped in the portal (nextFrames are the interpreter's frames then),
   * RETURNED or RAISED when the portal ended meanwhile (its result is in
   * `portal`, the frame runPortal was given).
   */
  private traceBridge(exit: TraceExit, portal: BlackholeFrame): number {
    const guard = exit.guard;
    const failArgs = failArgsOf(guard);
    const vi: number[] = [];
    const vr: (GcRef | null)[] = [];
    const vf: number[] = [];
    for (const b of failArgs) {
      vi.push(exit.intOf(b));
      vr.push(exit.refOf(b));
      vf.push(exit.floatOf(b));
    }
    // traced once: if it cannot become a bridge, the guard stays as it is
    guard.failures = NO_BRIDGE;
    const mi = this.newMetaInterp(null);
    const started = this.now();
    this.tracing++;
    let traced = TRACE_ABORTED;
    // a bridge ends at a merge point whose key has a compiled loop (RPython's bridges too); it goes on through the others
    let at: BlackholeFrame[] = [];
    let cell: JitCell | null = null;
    try {
      traced = mi.traceBridge(guard, failArgs, vi, vr, vf);
      while (traced === TRACE_BRIDGE_END) {
        at = framesOfMetaInterp(mi.frames);
        cell = this.cellAt(at[0]);
        if (cell.loop !== null) break;
        traced = mi.resumeTracing();
      }
    } finally {
      this.tracing--;
    }
    this.stats.tracingSeconds += this.now() - started;
    this.stats.tracedOps += mi.ops.length;
    this.stats.droppedStores += mi.droppedStores;
    this.stats.loopCuts += mi.loopCuts;
    if (traced === TRACE_BRIDGE_END) {
      const loop = this.loops.indexOf(cell!.loop!);
      mi.closeBridge(loop);
      this.logRecorded("bridge from guard " + String(guard.opnum) + " to loop " + String(loop) + atLocation(cell!.loop!.location), mi.inputArgs, mi.ops);
      const t = new CompiledTrace(mi.inputArgs, this.optimizeInto(mi.ops, loop), "bridge");
      numberBoxes(t);
      t.location = cell!.loop!.location;
      this.compileNative(t, "bridge " + String(this.bridges.length));
      this.bridges.push(t);
      if (this.logTraces) this.log("# bridge from guard " + String(guard.opnum) + " to loop " + String(loop) + atLocation(t.location) + "\n" + formatTrace(t, this.data, (op) => this.opLocation(op)));
      this.attach(exit, t, mi);
      this.nextFrames = at;
      return AT_MERGE_POINT;
    }
    if (traced !== TRACE_ABORTED && traced !== TRACE_RETURNED && this.logTraces) {
      // (the guard keeps failing into the interpreter from now on: the summary counts its unbridged failures)
      this.log("# no bridge from guard " + String(guard.opnum) + atLocation(exit.trace.location) + ": the trace " + (traced === TRACE_LOOP ? "closed a loop" : traced === TRACE_RAISED ? "left the portal raising" : "ended " + String(traced)));
    }
    if (traced === TRACE_ABORTED || traced === TRACE_LOOP) {
      if (traced === TRACE_ABORTED) this.aborted(mi);
      // (too long because of an inlined call: that call stays a call, and the guard may get its bridge after all)
      if (traced === TRACE_ABORTED && this.blameInlined(mi)) guard.failures = 0;
      this.nextFrames = framesOfMetaInterp(mi.frames);
      return AT_MERGE_POINT;
    }
    if (traced === TRACE_RETURNED) {
      // a bridge to the portal's return (a function's entry trace whose other path returns too)
      const recorded = withFinish(mi);
      this.logRecorded("bridge from guard " + String(guard.opnum) + " to the portal's return" + atLocation(exit.trace.location), mi.inputArgs, recorded);
      const t = new CompiledTrace(mi.inputArgs, this.optimize(recorded), "bridge");
      numberBoxes(t);
      t.location = exit.trace.location;
      this.compileNative(t, "bridge " + String(this.bridges.length));
      this.bridges.push(t);
      if (this.logTraces) this.log("# bridge from guard " + String(guard.opnum) + " to the portal's return" + atLocation(t.location) + "\n" + formatTrace(t, this.data, (op) => this.opLocation(op)));
      this.attach(exit, t, mi);
    }
    return portalEnded(mi, traced, portal);
  }

  /** Bridge t, traced by mi from the guard `exit` left at, goes on from that guard from now on. */
  private attach(exit: TraceExit, t: CompiledTrace, mi: MetaInterp): void {
    const guard = exit.guard;
    t.fromGuard = guard;
    t.fromTrace = exit.trace;
    guard.bridge = t;
    if (this.native !== null) this.native.attachBridge(exit.trace, exit.trace.ops.indexOf(guard), t);
    this.grown(exit.trace, t);
    this.watchQuasiImmutables(mi, t);
    this.stats.bridges++;
  }

  /** Bridge b was attached to a guard of `from`: the trace both grew from makes room for b's code in a call_assembler's frame. */
  private grown(from: CompiledTrace, b: CompiledTrace): void {
    const root = from.root !== null ? from.root : from;
    b.root = root;
    // a bridge that jumps into a loop: a call_assembler's frame for this tree must have room for that loop's code and
    // the bridges it grows later, as an entry that is a loop (entersLoops) — with room only for the tree, the exits
    // to the loop's later bridges fell back to the interpreter at every failure (richards: 57.9k times, once a
    // bridge of fn's entry trace reached the loop of its `for`)
    const last = b.ops.length > 0 ? b.ops[b.ops.length - 1] : null;
    if (last !== null && last.opnum === JUMP && jumpTarget(last) >= 0) root.entersLoops = true;
    if (b.native !== null && b.native.needSlots > root.grownSlots) root.grownSlots = b.native.needSlots;
    if (b.native !== null && b.native.needRoots > root.grownRoots) root.grownRoots = b.native.needRoots;
    if (root.assembler !== null && this.native !== null) this.native.setTokenEntry(root.assembler);
  }

  /** RTSLOG=jit-log-noopt: a trace as recorded, before the optimizer (`# recorded WHAT`). */
  private logRecorded(what: string, inputs: Box[], ops: ResOp[]): void {
    if (this.logRecordedTraces) this.recordedLog("# recorded " + what + "\n" + formatRecorded(inputs, ops, this.data, (op) => this.opLocation(op)));
  }

  /** The trace from a function's entry to its return: run at the entry from now on. */
  private compileEntry(mi: MetaInterp, portal: JitCode, cell: JitCell): void {
    const recorded = withFinish(mi);
    this.logRecorded("entry " + String(this.entries.length) + " (" + portal.name + ")" + atLocation(this.locationOf(portal, cell)), mi.inputArgs, recorded);
    const t = new CompiledTrace(mi.inputArgs, this.optimize(recorded), portal.name);
    numberBoxes(t);
    t.location = this.locationOf(portal, cell);
    this.compileNative(t, "entry " + String(this.entries.length));
    if (this.logTraces) this.log("# entry " + String(this.entries.length) + " (" + t.name + ")" + atLocation(t.location) + "\n" + formatTrace(t, this.data, (op) => this.opLocation(op)));
    this.entries.push(t);
    cell.entry = t;
    this.watchQuasiImmutables(mi, t);
    if (t.invalidated) return;
    // (call_assemblers recorded with this key run it from now on)
    t.assembler = cell.token;
    if (cell.token !== null) {
      cell.token.entry = t;
      if (this.native !== null) this.native.setTokenEntry(cell.token);
    }
    this.stats.entryTraces++;
  }

  /**
   * Loop t was traced from a function's entry (its key's first merge
   * point): the trace from there into the function's loop, the key's entry
   * for call_assemblers too.  (Else a call that stays a call, of a function
   * whose body is a loop, ran the portal function: a run of the JIT nested
   * in the caller's, from the interpreter's merge point.)
   */
  private useAsEntry(t: CompiledTrace, cell: JitCell): void {
    t.entersLoops = true;
    cell.entry = t;
    t.assembler = cell.token;
    if (cell.token !== null) {
      cell.token.entry = t;
      if (this.native !== null) this.native.setTokenEntry(cell.token);
    }
  }

  private optimize(ops: ResOp[]): ResOp[] {
    const out = this.timedOptimize(ops, null);
    this.stats.recordedOps += ops.length;
    this.stats.optimizedOps += out.length;
    return out;
  }

  private timedOptimize(ops: ResOp[], peel: PeelInfo | null, intoBody: BodyJump | null = null): ResOp[] {
    const t0 = this.now();
    const out = optimizeTrace(ops, this.passes, this.data, peel, intoBody);
    this.stats.optimizingSeconds += this.now() - t0;
    return out;
  }

  /** A loop's trace, peeled when it can be (its body closes at its own label), else as it is. */
  private optimizeLoop(inputs: Box[], ops: ResOp[]): ResOp[] {
    this.lastEntry = null;
    // (one that ends where another loop starts: into that one's body if it can)
    const end = ops[ops.length - 1];
    if (end.descr >= 0) return this.optimizeInto(ops, end.descr);
    // peeled; peeled again without the preamble's index ranges if the body's reliance on them kept it open; else as it is
    for (let attempt = 0; attempt < 2 && this.peelLoops; attempt++) {
      const unrolled = unrollLoop(inputs, ops);
      if (unrolled === null) break;
      unrolled.peel.boundsAcrossLabel = attempt === 0;
      unrolled.peel.labelBounds = !this.jumpIntoBodies;
      const out = this.timedOptimize(unrolled.ops, unrolled.peel);
      if (unrolled.peel.closed) {
        this.stats.recordedOps += ops.length;
        this.stats.optimizedOps += out.length;
        this.stats.peeledLoops++;
        this.stats.unrolledOps += unrolled.ops.length - ops.length;
        if (this.jumpIntoBodies) this.lastEntry = bodyEntryOf(out, unrolled.peel, inputs, ops);
        return out;
      }
      if (!unrolled.peel.failedOnBounds) break;
    }
    if (this.peelLoops) this.stats.unpeeledLoops++;
    return this.optimize(ops);
  }

  /**
   * A trace (a bridge, or a loop that reached another's) that ends at the
   * start of compiled loop `loop`: when that loop is peeled, it goes on with
   * a copy of the loop's iteration and jumps into its body (bodyentry.ts);
   * else, or if the two do not match, it jumps to the loop's start.
   */
  private optimizeInto(ops: ResOp[], loop: number): ResOp[] {
    const entry = loop >= 0 ? this.bodyEntries[loop] : null;
    if (entry !== null && this.jumpIntoBodies) {
      const jump = layOutBodyJump(ops, loop, entry);
      const out = this.timedOptimize(jump.ops, null, jump);
      if (jump.closed) {
        this.stats.recordedOps += ops.length;
        this.stats.optimizedOps += out.length;
        this.stats.unrolledOps += jump.ops.length - ops.length;
        this.stats.bodyJumps++;
        return out;
      }
      this.stats.startJumps++;
    }
    return this.optimize(ops);
  }

  /** Goes on with the run of a call_assembler's callee that its machine code left at `exit` in the frame at `raw` (its slow path). */
  resumeEntry(raw: number, exit: number): TraceExit {
    const n = this.native!;
    n.takeCodeException();
    return this.runner.resume(n.frameAt(raw), exit);
  }

  /** The machine-code backend, if any. */
  nativeCode(): NativeCode | null {
    return this.native;
  }

  /** Enters a compiled loop with the reds of the portal frame at its merge point. */
  private enter(t: CompiledTrace, f: BlackholeFrame): TraceExit {
    const ints: number[] = [];
    const refs: (GcRef | null)[] = [];
    const floats: number[] = [];
    mergePointValues(f, true, ints, refs, floats);
    return this.runner.run(t, ints, refs, floats);
  }

}

/**
 * The hash of driver d's green key made of the first nI ints and nR refs of
 * the lists (the float greens are compared, not hashed).  The ref greens
 * count too — an interpreter's code object, hashed by its identity — else
 * every function's entry, pc 0, shares one bucket; int arithmetic only
 * (Math.imul, not a float product).
 */
export function greenHash(d: number, gi: number[], nI: number, gr: (GcRef | null)[], nR: number): number {
  let h = d;
  for (let k = 0; k < nI; k++) h = (Math.imul(h, 31) + (gi[k] | 0)) | 0;
  for (let k = 0; k < nR; k++) {
    const r = gr[k];
    h = (Math.imul(h, 31) + (r === null ? 0 : keyHash(r))) | 0;
  }
  return h;
}

/** How many counters WarmState's JitCounter has (a power of two). */
export const COUNTER_SLOTS = 4096;

/** Whether the cell's key is the lists' first items (as many as the key has of each kind). */
function sameGreens(c: JitCell, d: number, gi: number[], gr: (GcRef | null)[], gf: number[]): boolean {
  if (c.driver !== d) return false;
  for (let k = 0; k < c.greensI.length; k++) if (c.greensI[k] !== gi[k]) return false;
  for (let k = 0; k < c.greensR.length; k++) if (c.greensR[k] !== gr[k]) return false;
  for (let k = 0; k < c.greensF.length; k++) if (c.greensF[k] !== gf[k]) return false;
  return true;
}

/** " at LOCATION", or nothing. */
function atLocation(location: string): string {
  return location === "" ? "" : " at " + location;
}

/** How many recently found cells WarmState keeps (a power of two). */
const RECENT_CELLS = 256;

/** The function threshold that goes with a loop threshold: RPython's defaults, 1619 to 1039. */
export function functionThresholdFor(threshold: number): number {
  const t = intDiv(threshold * 1619 + 519, 1039);
  return t < 1 ? 1 : t;
}
