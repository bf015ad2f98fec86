// call_assembler (RPython's CALL_ASSEMBLER and its assembler_helper): a
// traced call of a portal function whose greens are constants runs the
// green key's entry trace straight from the call's reds, instead of
// calling the portal function (which would count the entry, look its cell
// up, and enter the trace from the interpreter).  The trace runner does it
// for a call_assembler the machine code left to it; machine code does the
// fast path itself and calls back here (slowPath) when the callee's code
// left other than by returning.  Where the entry trace leaves, the
// interpreter goes on (resume data, the blackhole) in a portal frame of
// its own; a translated program's compiled portal takes over at the next
// merge point, through a call of the portal function with the values
// there.  RTS code.
import { AT_MERGE_POINT, BlackholeFrame, RAISED } from "./blackhole.ts";
import type { GcRef } from "./jitdata.ts";
import { AssemblerToken, KIND_F, KIND_I, KIND_R, KIND_V, returnsFromPortal } from "./resoperation.ts";
import type { TraceExit } from "./tracerunner.ts";
import { jitRefAddress } from "./translated-cpu.ts";
import type { WarmState } from "./warmstate.ts";

/** Nested call_assembler runs a translated program makes before its calls go through the portal function (whose code checks the machine's stack). */
const MAX_NESTED = 400;

export class CallAssembler {
  /** The call's result (by its kind) and the exception it raised (null: none). */
  resultI = 0;
  resultR: GcRef | null = null;
  resultF = 0.0;
  exception: GcRef | null = null;
  /** Nested runs under way. */
  private depth = 0;
  /** The reds given to an entry trace (reused: the runner copies them in). */
  private readonly redsI: number[] = [];
  private readonly redsR: (GcRef | null)[] = [];
  private readonly redsF: number[] = [];

  constructor(readonly warm: WarmState) {}

  /**
   * Calls the portal function of token's driver through its descr `descr`
   * with `ints`, `refs`, `floats` (its parameters by kind; the result of
   * kind `kind`, KIND_V for none): its entry trace when there is one.
   */
  call(token: AssemblerToken, descr: number, kind: number, ints: number[], refs: (GcRef | null)[], floats: number[]): void {
    this.exception = null;
    const w = this.warm;
    const entry = token.entry;
    const bh = w.bh;
    // (too deep: the portal function's own code checks the stack and raises RangeError where the interpreter would)
    if (entry === null || (w.compiledPortal ? this.depth >= MAX_NESTED : bh.depth >= bh.maxDepth)) {
      this.plainCall(descr, kind, ints, refs, floats);
      return;
    }
    let ni = 0;
    let nr = 0;
    let nf = 0;
    for (const at of token.reds) {
      if (at < token.numI) ni = put(this.redsI, ni, ints[at]);
      else if (at < token.numI + token.numR) nr = put(this.redsR, nr, refs[at - token.numI]);
      else nf = put(this.redsF, nf, floats[at - token.numI - token.numR]);
    }
    w.stats.assemblerCalls++;
    this.depth++;
    bh.depth++;
    try {
      const exit = w.runEntry(entry, this.redsI, this.redsR, this.redsF);
      this.afterEntry(token, descr, kind, exit);
    } finally {
      this.depth--;
      bh.depth--;
    }
  }

  /**
   * The entry trace of `token` left at `exit`: its result when it
   * returned, else the interpreter goes on from there to the portal's end
   * (the call's result or exception in this object's fields).
   */
  afterEntry(token: AssemblerToken, descr: number, kind: number, exit: TraceExit): void {
    this.exception = null;
    const g = exit.guard;
    if (returnsFromPortal(g)) {
      if (g.args.length > 0) {
        const b = g.args[0];
        if (b.kind === KIND_I) this.resultI = exit.intOf(b);
        else if (b.kind === KIND_R) this.resultR = exit.refOf(b);
        else this.resultF = exit.floatOf(b);
      }
      return;
    }
    const w = this.warm;
    const f = new BlackholeFrame(w.data.portals[token.driver]);
    f.pc = w.data.mergePoints[token.driver];
    const status = w.runPortal(f, w.compiledPortal, true, exit);
    if (status === AT_MERGE_POINT) {
      // (translated) the compiled portal goes on from the merge point: the portal function called with the values
      // there, its parameter k of a kind in register k
      const at = w.takeExitFrame();
      this.plainCall(descr, kind, at.regsI.slice(0, token.numI), at.regsR.slice(0, token.numR), at.regsF.slice(0, token.numF));
    } else if (status === RAISED) this.exception = f.exception;
    else {
      // (the run made calls of its own through this object: an exception one of them raised, which the run
      // caught, is no exception of this call — left here, a RecursionError the program had caught was raised
      // again in its caller)
      this.exception = null;
      this.resultI = f.resultI;
      this.resultR = f.resultR;
      this.resultF = f.resultF;
    }
  }

  /**
   * Machine code's slow path (portal.ts jitAssemblerSlowPath): the callee's
   * code for `token` left at `exit` in the frame at `raw` other than by
   * returning, with the exception at address `exc` (0: none) pending if
   * it left at a guard_no_exception.  The run goes on from there; the
   * call's result as a word (a ref's address, a float's bits), its
   * exception left in rts_exc.
   */
  slowPath(token: AssemblerToken, exit: number, raw: number, exc: number): number {
    const w = this.warm;
    const n = w.nativeCode()!;
    n.takeExceptionAt(exc);
    this.depth++;
    w.bh.depth++;
    try {
      this.afterEntry(token, token.descr, token.resultKind, w.resumeEntry(raw, exit));
    } finally {
      this.depth--;
      w.bh.depth--;
    }
    if (this.exception !== null) {
      n.raiseInCode(this.exception);
      return 0;
    }
    const k = token.resultKind;
    return k === KIND_I ? this.resultI : k === KIND_R ? jitRefAddress(this.resultR) : k === KIND_F ? n.floatBits(this.resultF) : 0;
  }

  private plainCall(descr: number, kind: number, ints: number[], refs: (GcRef | null)[], floats: number[]): void {
    const cpu = this.warm.cpu;
    if (kind === KIND_I) this.resultI = cpu.bhCallI(descr, ints, refs, floats);
    else if (kind === KIND_R) this.resultR = cpu.bhCallR(descr, ints, refs, floats);
    else if (kind === KIND_F) this.resultF = cpu.bhCallF(descr, ints, refs, floats);
    else if (kind === KIND_V) cpu.bhCallV(descr, ints, refs, floats);
    this.exception = cpu.takeException();
  }
}

/** Item n of the reused list `xs` becomes v; the next n. */
function put<T>(xs: T[], n: number, v: T): number {
  if (n < xs.length) xs[n] = v;
  else xs.push(v);
  return n + 1;
}
