// The tracing metainterpreter (RPython's pyjitpl.py): runs the jitcodes
// from a hot merge point on boxes, for real (each value is computed as the
// interpreter would, the heap really changes), and records what it does:
// arithmetic on non-constant values, heap accesses, calls, and a guard for
// every decision taken on a non-constant value (with the frames to rebuild
// if the guard fails: resume data).  Inlined calls push frames; the trace
// closes when the portal's merge point comes back with the green key it
// started at.  RTS code.
import { toFloat } from "rts/rlib";
import { reserve } from "rts/lltype";
import {
  CATCH_EXCEPTION, FATAL_UNLESS, FLOAT_COPY, FLOAT_GUARD_VALUE, FLOAT_RETURN, GETFIELD_F, GETFIELD_I, GETFIELD_R, GOTO, GOTO_IF_NOT, INLINE_CALL_F, INLINE_CALL_I, INLINE_CALL_R, INLINE_CALL_V,
  INT_COPY, INT_GUARD_VALUE, INT_RETURN, JIT_MERGE_POINT, LAST_EXC_VALUE, LIVE, LOOP_HEADER, NEW as INSN_NEW, NOT_AN_ENTRY, OP_F, OP_I, OP_R, OP_V, RAISE, REF_COPY, REF_GUARD_VALUE, REF_RETURN, RERAISE,
  RESIDUAL_CALL_F, RESIDUAL_CALL_I, RESIDUAL_CALL_R, RESIDUAL_CALL_V, SETFIELD_F, SETFIELD_I, SETFIELD_R, SWITCH, UNREACHABLE, VOID_RETURN, INT_ISCONSTANT, REF_ISCONSTANT, FLOAT_ISCONSTANT, RECORD_QUASIIMMUT_FIELD,
} from "../insns.ts";
import { MIHeapCache } from "./heapcache.ts";
import type { Cpu } from "./cpu.ts";
import { ARITH_IN, ARITH_KINDS, ARITH_OUT, CAST_INT_TO_FLOAT, arithOfInsn, execFloat, execFloatCompare, execInt, execRef, fieldConstant } from "./executor.ts";
import { LiveRegs, startRegisters, type GcRef, type JitCode, type JitData } from "./jitdata.ts";
import {
  AssemblerToken, Box, CALL, DEBUG_MERGE_POINT, LABEL, GETFIELD, GUARD_EXCEPTION, GUARD_NOT_INVALIDATED, INT_ADD, INT_SUB, GUARD_FALSE, GUARD_NO_EXCEPTION, GUARD_TRUE, GUARD_VALUE, JUMP, KIND_F, KIND_I, KIND_R, KIND_V, NEW, OP, ResOp, ResumeFrame, SETFIELD, constFloat, constInt,
  constRef, isPureArith, itemList, itemValue, KindValues, remakeListArgs, sameValue, setitemArgs, virtualIndex,
} from "./resoperation.ts";

/** tracing ended: a loop closed (the trace is `ops`), or it was given up (abortReason), or the portal returned or raised */
export const TRACE_LOOP = 0;
export const TRACE_ABORTED = 1;
export const TRACE_RETURNED = 2;
export const TRACE_RAISED = 3;
/** A bridge reached the portal's merge point (frames[0] is at it): end it with closeBridge or exitBridge. */
export const TRACE_BRIDGE_END = 4;
/**
 * A loop's trace reached the portal's merge point with another green key
 * (frames[0] is at it): end it with closeBridge (a jump into that key's
 * compiled loop) or go on with resumeTracing.
 */
export const TRACE_OTHER_KEY = 5;

/** One kind's part of a liveness entry at p: the registers (but `skip`) and their boxes; returns where the next part starts. */
function liveRegs(live: Int32Array, p: number, skip: number, outRegs: number[]): number {
  const n = live[p++];
  for (let j = 0; j < n; j++) {
    const r = live[p++];
    if (r !== skip) outRegs.push(r);
  }
  return p;
}

/**
 * The live registers at a point resume data is taken, shared by every
 * ResumeFrame of that point (a trace keeps its guards' frames: their
 * register lists were a fifth of the JIT's live data in the Python
 * deltablue benchmark).  Cached in the program's JitData by jitcode,
 * liveness offset and the register a pending call fills.
 */
function liveRegsAt(cache: Map<number, LiveRegs>, jitcode: number, live: Int32Array, liveOfs: number, skipKind: number, skipReg: number): LiveRegs {
  // (a number: jitcode < 2^16, offset < 2^24, kind < 4, register + 1 < 2^9 — 51 bits)
  const cacheable = jitcode < 65536 && liveOfs < 16777216 && skipReg < 511;
  const key = ((jitcode * 16777216 + liveOfs) * 4 + skipKind) * 512 + (skipReg + 1);
  if (cacheable) {
    const known = cache.get(key);
    if (known !== undefined) return known;
  }
  const regs = new LiveRegs();
  let p = liveOfs;
  p = liveRegs(live, p, skipKind === KIND_I ? skipReg : -1, regs.i);
  p = liveRegs(live, p, skipKind === KIND_R ? skipReg : -1, regs.r);
  liveRegs(live, p, skipKind === KIND_F ? skipReg : -1, regs.f);
  if (cacheable) cache.set(key, regs);
  return regs;
}

/** A frame's boxes in the given registers (one shared empty list for none: resume data is never written in place). */
function boxesIn(regs: number[], boxes: Box[]): Box[] {
  if (regs.length === 0) return NO_BOXES;
  const out: Box[] = [];
  reserve(out, regs.length);
  for (const r of regs) out.push(boxes[r]);
  return out;
}
const NO_BOXES: Box[] = [];

/** The box an int_add / int_sub of x and y equals without computing, or null. */
function sameIntBox(opnum: number, x: Box, y: Box): Box | null {
  if (opnum !== INT_ADD && opnum !== INT_SUB) return null;
  if (y.isConst && y.intValue === 0) return x;
  if (opnum === INT_ADD && x.isConst && x.intValue === 0) return y;
  if (!y.isConst || x.op === null || x.op.args.length !== 2) return null;
  const inner = x.op;
  const c = inner.args[1];
  const undoes = (opnum === INT_SUB && inner.opnum === INT_ADD) || (opnum === INT_ADD && inner.opnum === INT_SUB);
  return undoes && c.isConst && c.intValue === y.intValue ? inner.args[0] : null;
}

function isItemOp(name: string): boolean {
  return name === "list_getitem" || name === "list_setitem";
}

/** Ops that keep no pointer they are given and give none back but the same box (the metainterp's `same`): an object the trace allocated does not escape by them. */
function keepsNoPointer(name: string): boolean {
  return name === "instanceof" || name === "checked_cast" || name === "check_nonnull" || name === "is_null" || name === "is_nullish" || name === "is_undef" || name === "list_getitem" || name === "list_len";
}

export class MIFrame {
  readonly regsI: Box[];
  readonly regsR: Box[];
  readonly regsF: Box[];
  pc = 0;
  /** The exception a handler is running for. */
  caught: Box | null = null;
  /** Where this frame's result goes in its caller (KIND_V: nowhere). */
  retKind = KIND_V;
  retReg = -1;
  /** A portal frame inlined at a call of the portal function: that call's token and where its ops began in the trace. */
  inlined: InlinedCall | null = null;
  /**
   * Its resume frame while it waits for the call of frame `snapshotInner`:
   * nothing changes an outer frame's registers or pc then, so the guards
   * in the callee share it (RPython shares the snapshots of outer frames).
   */
  snapshot: ResumeFrame | null = null;
  snapshotInner: MIFrame | null = null;
  /** A portal frame that resumes a run (JitDriver.notAnEntry: a generator where it yielded): its loops are not cut. */
  resumes = false;
  /** The pcs of the loop headers' merge points this frame passed, and the trace's length when it last passed each (bigIteration). */
  loopHeads: number[] | null = null;
  loopHeadOps: number[] | null = null;
  constructor(readonly jitcode: JitCode) {
    // (constant boxes are never changed: every frame of the jitcode starts with the same ones)
    if (jitcode.startBoxesI === null) {
      jitcode.startBoxesI = startRegisters(jitcode.numRegsI, constInt(0), jitcode.constsI, constInt);
      jitcode.startBoxesR = startRegisters(jitcode.numRegsR, constRef(null), jitcode.constsR, constRef);
      jitcode.startBoxesF = startRegisters(jitcode.numRegsF, constFloat(0.0), jitcode.constsF, constFloat);
    }
    this.regsI = jitcode.startBoxesI.slice(0);
    this.regsR = jitcode.startBoxesR!.slice(0);
    this.regsF = jitcode.startBoxesF!.slice(0);
  }
}

/** A call of the portal function the trace inlined: its key's token, and the trace's ops from `start` to `end` (-1: still running) are its. */
export class InlinedCall {
  end = -1;
  constructor(
    readonly token: AssemblerToken,
    /** (one less when a store recorded before it is dropped: overwritesStore) */
    public start: number,
  ) {}
}

/**
 * Whether a store of v is no store: the trace knows the field or item holds
 * `known`, the same box or a constant of the same value.  (A store the
 * interpreter repeats — a frame's stack pointer set again to what it was — is
 * then not recorded, and does not count towards the trace's limits.)
 */
function holdsAlready(known: Box | null, v: Box): boolean {
  return known !== null && (known === v || (known.isConst && v.isConst && sameValue(known, v)));
}

/** An elidable op the trace recorded: its descr, operands and result. */
class PureOp {
  constructor(
    readonly descr: number,
    readonly args: Box[],
    public result: Box,
  ) {}
}
const MAX_PURE_OPS = 96;
/** The pure ops' key of an arithmetic op: this minus its opnum (descrs are 0 and up). */
const ARITH_PURE_KEY = -1000;
/** Stores the metainterp keeps looking back at for one that a new store overwrites. */
const STORE_WINDOW = 16;

/** Whether two index boxes are one index: the same box, or constants of one value. */
function sameIndex(a: Box, b: Box): boolean {
  return a === b || (a.isConst && b.isConst && a.intValue === b.intValue);
}

/** Portal frames a trace may inline, one inside another (a deeper call stays a call_assembler). */
const MAX_INLINE_DEPTH = 8;

export class MetaInterp {
  ops: ResOp[] = [];
  inputArgs: Box[] = [];
  frames: MIFrame[] = [];
  abortReason = "";
  /** When the portal returned or raised while tracing: its result or exception. */
  resultBox: Box | null = null;
  /** Tracing a bridge: it ends at the first merge point of the portal. */
  private bridge = false;
  /** resumeTracing: go past the merge point tracing stopped at. */
  private passOtherKey = false;
  private greensI: number[] = [];
  private greensR: (GcRef | null)[] = [];
  private greensF: number[] = [];
  /** What the trace knows of the heap (heapcache.ts). */
  private readonly heap: MIHeapCache;
  /**
   * The token of a call of driver's portal function with these greens (the
   * warm state's, per green key); `reds` says which of the call's args
   * each red is, numI/R/F how many parameters of each kind there are.
   */
  tokenFor: (driver: number, descr: number, kind: number, gi: number[], gr: (GcRef | null)[], gf: number[], reds: number[], numI: number, numR: number, numF: number) => AssemblerToken | null = () => null;
  /**
   * Calls of the portal function with constant greens are inlined: the
   * trace goes on into the callee's portal frame (RPython's inlining of
   * recursive portal calls) instead of recording a call_assembler — unless
   * the callee is the trace's own key or already inlined further out
   * (recursion), MAX_INLINE_DEPTH frames are inlined already, or its token
   * says dontInline.  setParam("inlining", 0) / RTS_JIT_INLINING=0: never.
   */
  inlining = true;
  /** The ops one inlined call may add (JitParams.inlineLimit). */
  inlineLimit = 1500;
  /** The token of the key the trace started at, if it has one (a recursive call of it stays a call). */
  rootToken: () => AssemblerToken | null = () => null;
  /** Some token of driver d (the portal function's call descr and parameters are every token's), or null: none yet. */
  driverToken: (d: number) => AssemblerToken | null = () => null;
  /**
   * A loop_header (a can_enter_jit: a jump back) passed since the last
   * merge point: the next merge point is a loop's.  In an inner portal
   * frame the trace stops following the call there (loopInInnerFrame).
   */
  private seenLoopHeader = false;
  /** A not_an_entry passed: the portal call followed next resumes a run (MIFrame.resumes). */
  private nextResumes = false;
  /**
   * An inner portal frame stops following its call at a loop's header when
   * the loop's last iteration added at least this many ops (-1: never;
   * JitParams.loopCut).
   */
  loopCut = -1;
  /** The calls the trace inlined, in order. */
  private readonly inlinedCalls: InlinedCall[] = [];
  /** After "trace too long": the biggest inlined call (whose token the warm state marks dontInline), or null. */
  blamedInline: AssemblerToken | null = null;
  /**
   * The quasi-immutable fields the trace folded (RPython's quasi_immutable_deps):
   * per field, the object, the field's descr and the value folded — the warm
   * state registers the compiled trace with each object's watcher, and checks
   * that the value is still the field's (a write while tracing makes it stale).
   */
  readonly quasiObjs: (GcRef | null)[] = [];
  readonly quasiDescrs: number[] = [];
  readonly quasiValues: Box[] = [];
  /** The next folded quasi-immutable read needs a guard_not_invalidated first (none yet, or a call since that may have written one). */
  private needGuardNotInvalidated = true;
  /** A record_quasiimmut_field on a constant object passed: the getfield after it folds. */
  private foldQuasi = false;

  constructor(
    readonly cpu: Cpu,
    readonly data: JitData,
    readonly traceLimit: number,
  ) {
    this.heap = new MIHeapCache(data);
  }

  /**
   * Traces from the portal frame `top` (a jitcode's registers and pc, at
   * its jit_merge_point): the greens become constants, the reds the
   * trace's inputs.  Returns a TRACE_ status; the frames stay where
   * tracing stopped, with the values the interpreter has there.
   */
  trace(jitcode: JitCode, pc: number, regsI: number[], regsR: (GcRef | null)[], regsF: number[]): number {
    const f = new MIFrame(jitcode);
    for (let k = 0; k < jitcode.numRegsI; k++) f.regsI[k] = constInt(regsI[k]);
    for (let k = 0; k < jitcode.numRegsR; k++) f.regsR[k] = constRef(regsR[k]);
    for (let k = 0; k < jitcode.numRegsF; k++) f.regsF[k] = constFloat(regsF[k]);
    f.pc = pc;
    this.frames = [f];
    this.ops = [];
    this.pureOps = [];
    this.stores = 0;
    this.heap.reset();
    this.needGuardNotInvalidated = true;
    this.inputArgs = [];
    // the reds become the inputs: jit_merge_point n, greens I R F, reds I R F
    const code = jitcode.code;
    let p = pc + 2;
    for (let list = 0; list < 6; list++) {
      const n = code[p++];
      for (let k = 0; k < n; k++) {
        const r = code[p++];
        if (list < 3) continue;
        const kind = list - 3;
        const b = new Box(kind);
        if (kind === KIND_I) {
          b.intValue = f.regsI[r].intValue;
          f.regsI[r] = b;
        } else if (kind === KIND_R) {
          b.refValue = f.regsR[r].refValue;
          f.regsR[r] = b;
        } else {
          b.floatValue = f.regsF[r].floatValue;
          f.regsF[r] = b;
        }
        this.inputArgs.push(b);
      }
    }
    this.greenKey(f, this.greensI, this.greensR, this.greensF);
    // the loop's start, with the interpreter's state there: a check the optimizer hoists to it resumes here
    // (past the merge point once, so the interpreter runs the iteration)
    const start = new ResOp(LABEL, [], -1, null);
    start.resume = this.snapshot(pc, false);
    start.resume[0].passMergePoint = true;
    this.ops.push(start);
    this.debugMergePoint(f);
    f.pc = p;
    return this.run();
  }

  /** Merge points the trace passed (debug_merge_point ops: they do not count towards the trace limit). */
  private mergePoints = 0;

  /**
   * The portal frame f is at its merge point and the trace goes on past it:
   * a debug_merge_point with the green key (descr: the driver), which the
   * log shows as the interpreted program's position there.
   */
  private debugMergePoint(f: MIFrame): void {
    const greens: Box[] = [];
    const code = f.jitcode.code;
    let p = f.pc + 2;
    for (let list = 0; list < 3; list++) {
      const n = code[p++];
      for (let k = 0; k < n; k++) {
        const r = code[p++];
        greens.push(list === 0 ? f.regsI[r] : list === 1 ? f.regsR[r] : f.regsF[r]);
      }
    }
    this.ops.push(new ResOp(DEBUG_MERGE_POINT, greens, this.data.portals.indexOf(f.jitcode), null));
    this.mergePoints++;
  }

  /**
   * Greens the trace does not know as constants (a jump target popped from
   * the interpreter's stack) become constants through a guard on their value
   * (RPython's promote_greens): the trace goes on, or closes its loop, only
   * for the key it saw. (Corpus 131.)
   */
  private promoteGreens(f: MIFrame, start: number): void {
    const code = f.jitcode.code;
    let p = f.pc + 2;
    for (let kind = 0; kind < 3; kind++) {
      const regs = kind === 0 ? f.regsI : kind === 1 ? f.regsR : f.regsF;
      const n = code[p++];
      for (let k = 0; k < n; k++) {
        const v = regs[code[p++]];
        if (v.isConst) continue;
        const c = kind === 0 ? constInt(v.intValue) : kind === 1 ? constRef(v.refValue) : constFloat(v.floatValue);
        this.guard(GUARD_VALUE, [v, c], start, false);
        this.replaceBox(v, c);
      }
    }
  }

  /** The values of the greens at the jit_merge_point f.pc is at. */
  private greenKey(f: MIFrame, ints: number[], refs: (GcRef | null)[], floats: number[]): void {
    const code = f.jitcode.code;
    let p = f.pc + 2;
    let n = code[p++];
    for (let k = 0; k < n; k++) ints.push(f.regsI[code[p++]].intValue);
    n = code[p++];
    for (let k = 0; k < n; k++) refs.push(f.regsR[code[p++]].refValue);
    n = code[p++];
    for (let k = 0; k < n; k++) floats.push(f.regsF[code[p++]].floatValue);
  }

  private sameKey(f: MIFrame): boolean {
    const ints: number[] = [];
    const refs: (GcRef | null)[] = [];
    const floats: number[] = [];
    this.greenKey(f, ints, refs, floats);
    for (let k = 0; k < ints.length; k++) if (ints[k] !== this.greensI[k]) return false;
    for (let k = 0; k < refs.length; k++) if (refs[k] !== this.greensR[k]) return false;
    for (let k = 0; k < floats.length; k++) if (floats[k] !== this.greensF[k]) return false;
    return true;
  }

  private record(opnum: number, args: Box[], descr: number, kind: number): Box | null {
    // (a list item's read and write keep the heap cache themselves)
    if (opnum === CALL || opnum === OP) {
      const name = this.data.descrs[descr].opName;
      // (it may write a quasi-immutable field: compiled code checks again before it uses a folded value)
      if (this.data.descrs[descr].canInvalidate) this.needGuardNotInvalidated = true;
      if (!isItemOp(name)) this.heap.called(descr, args);
      // (a list_setitem's item, a list_store's, a call's argument: reachable through other boxes from now on)
      if (opnum === CALL || !keepsNoPointer(name)) for (const a of args) this.heap.escape(a);
    }
    const result = kind === KIND_V ? null : new Box(kind);
    const op = new ResOp(opnum, args, descr, result);
    if (result !== null) result.op = op;
    if (!this.observesNoStore(opnum, descr)) this.stores = 0;
    this.ops.push(op);
    return result;
  }

  // ---- stores overwritten before anything reads them ------------------------------------------------
  // The interpreter sets a frame's stack pointer and clears the stack slot it pops at every bytecode: a
  // push and the pop after it, with nothing between that reads the heap, are two stores each to the same
  // field and item.  The first of two such stores is dropped when the second is recorded (RPython's
  // virtualizable keeps these out of the trace altogether), and the second too when it writes back what
  // the location held before the first (what the heap cache knew then).  Anything that may read the heap,
  // raise or leave the trace (guards, calls, loads, labels, jumps) ends the window.

  /** The stores recorded since the last op that may observe one (the first `stores`, at most STORE_WINDOW), and what the heap cache knew each place held before it (null: unknown). */
  private readonly storeOps: ResOp[] = [];
  private readonly storePriors: (Box | null)[] = [];
  private stores = 0;

  /** Whether an op recorded now leaves the stores before it unobserved: another store, an allocation, a merge point, arithmetic, an op that reads nothing mutable and cannot fail. */
  private observesNoStore(opnum: number, descr: number): boolean {
    if (opnum === SETFIELD || opnum === NEW || opnum === DEBUG_MERGE_POINT || isPureArith(opnum)) return true;
    if (opnum !== OP) return false;
    const info = this.data.descrs[descr];
    return info.opName === "list_setitem" || (!info.readsHeap && !info.canRaise && !info.sideEffects);
  }

  /**
   * A store to field descr `d` of `target` (index null) or to item `index`
   * of list `target` (descr d a list_setitem) is about to be recorded, the
   * heap cache knowing `prior` there: an earlier store to the same place in
   * the window is dropped.  True when this one need not be recorded either
   * (it writes `prior` back, and no store of the same descr came between).
   */
  private overwritesStore(d: number, target: Box, index: Box | null, v: Box, prior: Box | null): boolean {
    this.pendingPrior = prior;
    for (let k = this.stores - 1; k >= 0; k--) {
      const op = this.storeOps[k];
      if (op.descr !== d) continue;
      // (another object's field or list's item of this descr may be the same place: then this store decides what
      // it holds from here, and the earlier one stays)
      if (index === null ? op.args[0] !== target : itemList(op.args) !== target || !sameIndex(op.args[0], index)) return false;
      const before = this.storePriors[k];
      const at = this.ops.lastIndexOf(op);
      this.ops.splice(at, 1);
      for (const c of this.inlinedCalls) {
        if (c.start > at) c.start--;
        if (c.end > at) c.end--;
      }
      this.forgetStore(k);
      this.droppedStores++;
      this.pendingPrior = before;
      if (holdsAlready(before, v)) {
        this.droppedStores++;
        return true;
      }
      return false;
    }
    return false;
  }

  /** Stores not recorded (the summary's dropped-stores). */
  droppedStores = 0;
  /** Inner frames' loops the trace stopped following (loopInInnerFrame). */
  loopCuts = 0;
  /** What the place of the store recordStore records next held before it (overwritesStore sets it). */
  private pendingPrior: Box | null = null;

  /** Store k leaves the window (the later ones move down). */
  private forgetStore(k: number): void {
    for (let j = k + 1; j < this.stores; j++) {
      this.storeOps[j - 1] = this.storeOps[j];
      this.storePriors[j - 1] = this.storePriors[j];
    }
    this.stores--;
  }

  /** Records a store (SETFIELD, or an OP of a list_setitem descr) and puts it into the window. */
  private recordStore(opnum: number, args: Box[], d: number): void {
    this.record(opnum, args, d, KIND_V);
    if (this.stores === STORE_WINDOW) this.forgetStore(0);
    const op = this.ops[this.ops.length - 1];
    if (this.stores < this.storeOps.length) {
      this.storeOps[this.stores] = op;
      this.storePriors[this.stores] = this.pendingPrior;
    } else {
      this.storeOps.push(op);
      this.storePriors.push(this.pendingPrior);
    }
    this.stores++;
  }

  /** A guard at the current resume point (`pc` is the instruction the blackhole resumes at). */
  private guard(opnum: number, args: Box[], pc: number, afterCall: boolean): ResOp {
    const op = new ResOp(opnum, args, -1, opnum === GUARD_EXCEPTION ? new Box(KIND_R) : null);
    op.resume = this.snapshot(pc, afterCall);
    this.stores = 0;
    this.ops.push(op);
    return op;
  }

  /**
   * The frames as the blackhole must rebuild them: the innermost resumes at
   * `pc` — at the instruction after a `live` (a guard that re-runs its
   * instruction) or, afterCall, at the `live` after a call — its callers
   * after their inline calls, without the register the call will fill.
   */
  private snapshot(pc: number, afterCall: boolean): ResumeFrame[] {
    const out: ResumeFrame[] = [];
    const top = this.frames.length - 1;
    for (let k = 0; k <= top; k++) {
      const f = this.frames[k];
      if (k < top && f.snapshotInner === this.frames[k + 1]) {
        out.push(f.snapshot!);
        continue;
      }
      const code = f.jitcode.code;
      const at = k === top ? pc : f.pc;
      const liveOfs = k === top && !afterCall ? code[at - 1] : code[at + 1];
      const skipKind = k < top ? this.frames[k + 1].retKind : KIND_V;
      const skipReg = k < top ? this.frames[k + 1].retReg : -1;
      const regs = liveRegsAt(this.data.liveRegs, f.jitcode.index, f.jitcode.liveness, liveOfs, skipKind, skipReg);
      const rf = new ResumeFrame(f.jitcode.index, at, regs.i, boxesIn(regs.i, f.regsI), regs.r, boxesIn(regs.r, f.regsR), regs.f, boxesIn(regs.f, f.regsF));
      rf.waitKind = skipKind;
      rf.waitReg = skipReg;
      out.push(rf);
      if (k < top) {
        f.snapshot = rf;
        f.snapshotInner = this.frames[k + 1];
      }
    }
    return out;
  }

  /**
   * Box `old` is `now` from here on (a value a guard made constant; RPython's
   * replace_box): every frame's registers, the heap cache and the pure ops'
   * results say so, so the trace guards it once.
   */
  private replaceBox(old: Box, now: Box): void {
    for (const f of this.frames) {
      const regs = old.kind === KIND_I ? f.regsI : old.kind === KIND_R ? f.regsR : f.regsF;
      for (let k = 0; k < regs.length; k++) if (regs[k] === old) regs[k] = now;
    }
    this.heap.replace(old, now);
    for (const p of this.pureOps) {
      if (p.result === old) p.result = now;
      for (let k = 0; k < p.args.length; k++) if (p.args[k] === old) p.args[k] = now;
    }
  }

  /** The elidable ops the trace recorded (at most MAX_PURE_OPS, the latest): an op of the same descr and operands is its result. */
  private pureOps: PureOp[] = [];

  private rememberPure(d: number, args: Box[], b: Box): void {
    if (this.pureOps.length === MAX_PURE_OPS) this.pureOps.shift();
    this.pureOps.push(new PureOp(d, args.slice(), b));
  }

  private lookupPure(d: number, args: Box[]): Box | null {
    for (let k = this.pureOps.length - 1; k >= 0; k--) {
      const p = this.pureOps[k];
      if (p.descr !== d || p.args.length !== args.length) continue;
      let same = true;
      for (let j = 0; j < args.length && same; j++) same = args[j] === p.args[j] || (args[j].isConst && p.args[j].isConst && sameValue(args[j], p.args[j]));
      if (same) return p.result;
    }
    return null;
  }

  private listI(f: MIFrame, out: Box[]): void {
    const code = f.jitcode.code;
    const n = code[f.pc++];
    for (let k = 0; k < n; k++) out.push(f.regsI[code[f.pc++]]);
  }
  private listR(f: MIFrame, out: Box[]): void {
    const code = f.jitcode.code;
    const n = code[f.pc++];
    for (let k = 0; k < n; k++) out.push(f.regsR[code[f.pc++]]);
  }
  private listF(f: MIFrame, out: Box[]): void {
    const code = f.jitcode.code;
    const n = code[f.pc++];
    for (let k = 0; k < n; k++) out.push(f.regsF[code[f.pc++]]);
  }

  /**
   * An exception (box `exc`) raised where the top frame's pc is: handled by
   * a catch_exception there, or the frame is left and its caller gets it.
   * False when it leaves the portal (tracing ends).
   */
  private raiseIn(exc: Box): boolean {
    for (;;) {
      const f = this.frames[this.frames.length - 1];
      const code = f.jitcode.code;
      let p = f.pc;
      if (code[p] === LIVE) p += 2;
      if (code[p] === CATCH_EXCEPTION) {
        f.caught = exc;
        f.pc = code[p + 1];
        return true;
      }
      if (this.frames.length === 1) {
        this.resultBox = exc;
        return false;
      }
      this.popFrame();
    }
  }

  /** Leaves the top frame (not the portal's outermost): an inlined portal call's ops end here. */
  private popFrame(): MIFrame {
    const f = this.frames.pop()!;
    if (f.inlined !== null) f.inlined.end = this.ops.length;
    return f;
  }

  /** The outermost inlined call still running has added more than inlineLimit ops: it is blamed (tracing is given up). */
  private inlinedTooLong(): boolean {
    for (const f of this.frames) {
      const c = f.inlined;
      if (c === null) continue;
      if (this.ops.length - c.start <= this.inlineLimit) return false;
      this.abortReason = "inlined call too long";
      this.blamedInline = c.token;
      return true;
    }
    return false;
  }

  /** The inlined call with the most ops (one still running counts to here), or null. */
  private biggestInlined(): AssemblerToken | null {
    let best: InlinedCall | null = null;
    let size = 0;
    for (const c of this.inlinedCalls) {
      const n = (c.end < 0 ? this.ops.length : c.end) - c.start;
      if (n > size) {
        best = c;
        size = n;
      }
    }
    return best === null ? null : best.token;
  }

  /** The callee returned `v` (null: void): pop its frame, fill the caller's register. */
  private returnFrom(v: Box | null): boolean {
    if (this.frames.length === 1) {
      this.resultBox = v;
      return false;
    }
    const f = this.popFrame();
    const caller = this.frames[this.frames.length - 1];
    if (v !== null && f.retKind === KIND_I) caller.regsI[f.retReg] = v;
    else if (v !== null && f.retKind === KIND_R) caller.regsR[f.retReg] = v;
    else if (v !== null && f.retKind === KIND_F) caller.regsF[f.retReg] = v;
    return true;
  }

  /** Checks the exception a call or op left after `record`ing it: a guard either way. */
  private afterRaisingCall(): boolean {
    const f = this.frames[this.frames.length - 1];
    const exc = this.cpu.takeException();
    if (exc === null) {
      this.guard(GUARD_NO_EXCEPTION, [], f.pc, true);
      return true;
    }
    const g = this.guard(GUARD_EXCEPTION, [], f.pc, true);
    g.result!.refValue = exc;
    return this.raiseIn(g.result!);
  }

  private run(): number {
    for (;;) {
      if (this.ops.length - this.mergePoints > this.traceLimit) {
        this.abortReason = "trace too long";
        this.blamedInline = this.biggestInlined();
        return TRACE_ABORTED;
      }
      if (this.ops.length > this.inlineLimit && this.inlinedTooLong()) return TRACE_ABORTED;
      const f = this.frames[this.frames.length - 1];
      const code = f.jitcode.code;
      const start = f.pc;
      const op = code[f.pc++];
      switch (op) {
        case LIVE:
          f.pc++;
          break;
        case GOTO:
          f.pc = code[f.pc];
          break;
        case GOTO_IF_NOT: {
          const c = f.regsI[code[f.pc]];
          if (!c.isConst) {
            this.guard(c.intValue !== 0 ? GUARD_TRUE : GUARD_FALSE, [c], start, false);
            this.replaceBox(c, constInt(c.intValue));
          }
          f.pc = c.intValue === 0 ? code[f.pc + 1] : f.pc + 2;
          break;
        }
        case SWITCH: {
          const v = f.regsI[code[f.pc]];
          if (!v.isConst) {
            const k = constInt(v.intValue);
            this.guard(GUARD_VALUE, [v, k], start, false);
            this.replaceBox(v, k);
          }
          const target = this.data.descrs[code[f.pc + 1]].cases!.get(v.intValue);
          f.pc = target === undefined ? f.pc + 2 : target;
          break;
        }
        case INT_GUARD_VALUE:
        case REF_GUARD_VALUE:
        case FLOAT_GUARD_VALUE: {
          const r = code[f.pc++];
          const v = op === INT_GUARD_VALUE ? f.regsI[r] : op === REF_GUARD_VALUE ? f.regsR[r] : f.regsF[r];
          if (!v.isConst) {
            const k = op === INT_GUARD_VALUE ? constInt(v.intValue) : op === REF_GUARD_VALUE ? constRef(v.refValue) : constFloat(v.floatValue);
            this.guard(GUARD_VALUE, [v, k], start, false);
            this.replaceBox(v, k);
          }
          break;
        }
        case RECORD_QUASIIMMUT_FIELD: {
          // a quasi-immutable field of an object the trace knows: its read folds, valid until the field changes
          // (a guard_not_invalidated resuming here, unless one since the last call that may change such a field)
          const obj = f.regsR[code[f.pc]];
          f.pc += 3;
          if (!obj.isConst) break;
          if (this.needGuardNotInvalidated) {
            this.guard(GUARD_NOT_INVALIDATED, [], start, false);
            this.needGuardNotInvalidated = false;
          }
          this.foldQuasi = true;
          break;
        }
        case INT_ISCONSTANT:
        case REF_ISCONSTANT:
        case FLOAT_ISCONSTANT: {
          const r = code[f.pc];
          const v = op === INT_ISCONSTANT ? f.regsI[r] : op === REF_ISCONSTANT ? f.regsR[r] : f.regsF[r];
          f.regsI[code[f.pc + 1]] = constInt(v.isConst ? 1 : 0);
          f.pc += 2;
          break;
        }
        case FATAL_UNLESS: {
          const c = f.regsI[code[f.pc]];
          if (c.intValue === 0) this.cpu.bhFatal(code[f.pc + 1]);
          if (!c.isConst) this.guard(GUARD_TRUE, [c], start, false);
          f.pc += 2;
          break;
        }
        case UNREACHABLE:
          this.cpu.bhFatal(code[f.pc]);
          this.abortReason = "unreachable";
          return TRACE_ABORTED;
        case INT_RETURN:
          if (!this.returnFrom(f.regsI[code[f.pc]])) return TRACE_RETURNED;
          break;
        case REF_RETURN:
          if (!this.returnFrom(f.regsR[code[f.pc]])) return TRACE_RETURNED;
          break;
        case FLOAT_RETURN:
          if (!this.returnFrom(f.regsF[code[f.pc]])) return TRACE_RETURNED;
          break;
        case VOID_RETURN:
          if (!this.returnFrom(null)) return TRACE_RETURNED;
          break;
        case RAISE:
        case RERAISE: {
          const exc = op === RAISE ? f.regsR[code[f.pc]] : f.caught!;
          // the raising frame is left: its caller's handler (or the caller's caller's) takes it
          if (this.frames.length === 1) {
            this.resultBox = exc;
            return TRACE_RAISED;
          }
          this.popFrame();
          if (!this.raiseIn(exc)) return TRACE_RAISED;
          break;
        }
        case CATCH_EXCEPTION:
          f.pc++;
          break;
        case LAST_EXC_VALUE:
          f.regsR[code[f.pc++]] = f.caught!;
          break;
        case INT_COPY:
          f.regsI[code[f.pc + 1]] = f.regsI[code[f.pc]];
          f.pc += 2;
          break;
        case REF_COPY:
          f.regsR[code[f.pc + 1]] = f.regsR[code[f.pc]];
          f.pc += 2;
          break;
        case FLOAT_COPY:
          f.regsF[code[f.pc + 1]] = f.regsF[code[f.pc]];
          f.pc += 2;
          break;
        case JIT_MERGE_POINT: {
          const loop = this.seenLoopHeader;
          this.seenLoopHeader = false;
          // (an inner frame's loop whose iterations are big: the rest of its call is a call — the first iteration
          // is followed always, so a generator resumed in the trace, which passes its loop's header once before it
          // yields, stays inlined)
          if (loop && this.frames.length > 1 && this.inlining && this.loopCut >= 0 && this.bigIteration(f, start)) {
            f.pc = start;
            const d = this.loopInInnerFrame(f, code[start + 1]);
            if (d >= 0) {
              if (this.data.descrs[d].canRaise && !this.afterRaisingCall()) return TRACE_RAISED;
              break;
            }
          }
          if (this.frames.length === 1) {
            f.pc = start;
            this.promoteGreens(f, start);
            if (this.bridge && !this.passOtherKey) return TRACE_BRIDGE_END;
            if (!this.bridge && this.sameKey(f)) {
              this.closeLoop(f);
              return TRACE_LOOP;
            }
            if (!this.passOtherKey) return TRACE_OTHER_KEY;
            this.passOtherKey = false;
            this.debugMergePoint(f);
          }
          f.pc = start + 2;
          for (let k = 0; k < 6; k++) f.pc += code[f.pc] + 1;
          break;
        }
        case LOOP_HEADER:
          this.seenLoopHeader = true;
          f.pc++;
          break;
        case NOT_AN_ENTRY:
          this.nextResumes = true;
          f.pc++;
          break;
        case INLINE_CALL_I:
        case INLINE_CALL_R:
        case INLINE_CALL_F:
        case INLINE_CALL_V: {
          const callee = this.data.descrs[code[f.pc++]].jitcode!;
          const g = new MIFrame(callee);
          const ints: Box[] = [];
          const refs: Box[] = [];
          const floats: Box[] = [];
          this.listI(f, ints);
          this.listR(f, refs);
          this.listF(f, floats);
          for (let k = 0; k < ints.length; k++) g.regsI[k] = ints[k];
          for (let k = 0; k < refs.length; k++) g.regsR[k] = refs[k];
          for (let k = 0; k < floats.length; k++) g.regsF[k] = floats[k];
          g.retKind = op === INLINE_CALL_I ? KIND_I : op === INLINE_CALL_R ? KIND_R : op === INLINE_CALL_F ? KIND_F : KIND_V;
          if (g.retKind !== KIND_V) g.retReg = code[f.pc++];
          this.frames.push(g);
          break;
        }
        case RESIDUAL_CALL_I:
        case RESIDUAL_CALL_R:
        case RESIDUAL_CALL_F:
        case RESIDUAL_CALL_V:
        case OP_I:
        case OP_R:
        case OP_F:
        case OP_V:
          if (!this.callOrOp(f, op)) return TRACE_RAISED;
          break;
        case GETFIELD_I:
        case GETFIELD_R:
        case GETFIELD_F: {
          const obj = f.regsR[code[f.pc]];
          const d = code[f.pc + 1];
          const res = code[f.pc + 2];
          f.pc += 3;
          const info = this.data.descrs[d];
          const quasi = this.foldQuasi;
          this.foldQuasi = false;
          if (obj.isConst && (info.immutable || quasi)) {
            // a field that does not change, of an object the trace knows: a constant (RPython's immutable fields)
            const c = fieldConstant(this.cpu, obj.refValue, d, op === GETFIELD_I ? KIND_I : op === GETFIELD_R ? KIND_R : KIND_F);
            c.immutableItems = info.immutableItems;
            if (info.vableItems) c.vableItems = d;
            if (quasi) this.dependOn(obj.refValue, d, c);
            if (op === GETFIELD_I) f.regsI[res] = c;
            else if (op === GETFIELD_R) f.regsR[res] = c;
            else f.regsF[res] = c;
            break;
          }
          // the value the trace last read or wrote there, or a recorded read
          let b = this.heap.lookup(obj, d);
          if (b === null) {
            b = this.record(GETFIELD, [obj], d, op === GETFIELD_I ? KIND_I : op === GETFIELD_R ? KIND_R : KIND_F)!;
            if (op === GETFIELD_I) b.intValue = this.cpu.bhGetfieldI(obj.refValue, d);
            else if (op === GETFIELD_R) b.refValue = this.cpu.bhGetfieldR(obj.refValue, d);
            else b.floatValue = this.cpu.bhGetfieldF(obj.refValue, d);
            if (info.vableItems) b.vableItems = d;
            this.heap.remember(obj, d, b);
          }
          if (op === GETFIELD_I) f.regsI[res] = b;
          else if (op === GETFIELD_R) f.regsR[res] = b;
          else f.regsF[res] = b;
          break;
        }
        case SETFIELD_I:
        case SETFIELD_R:
        case SETFIELD_F: {
          const obj = f.regsR[code[f.pc]];
          const d = code[f.pc + 1];
          const r = code[f.pc + 2];
          f.pc += 3;
          this.setfield(obj, d, op === SETFIELD_I ? f.regsI[r] : op === SETFIELD_R ? f.regsR[r] : f.regsF[r]);
          break;
        }
        case INSN_NEW:
          f.regsR[code[f.pc + 1]] = this.allocate(code[f.pc]);
          f.pc += 2;
          break;
        default:
          this.arith(f, op);
      }
    }
  }

  /** The trace folded quasi-immutable field d of obj to c (once per object and field). */
  private dependOn(obj: GcRef | null, d: number, c: Box): void {
    for (let k = 0; k < this.quasiObjs.length; k++) if (this.quasiObjs[k] === obj && this.quasiDescrs[k] === d) return;
    this.quasiObjs.push(obj);
    this.quasiDescrs.push(d);
    this.quasiValues.push(c);
  }

  /** Writes v into field d of obj, and records it — unless the trace knows the field holds v already (RPython's heapcache skips such a store too). */
  private setfield(obj: Box, d: number, v: Box): void {
    const known = this.heap.lookup(obj, d);
    if (holdsAlready(known, v)) return;
    if (v.kind === KIND_I) this.cpu.bhSetfieldI(obj.refValue, d, v.intValue);
    else if (v.kind === KIND_R) this.cpu.bhSetfieldR(obj.refValue, d, v.refValue);
    else this.cpu.bhSetfieldF(obj.refValue, d, v.floatValue);
    if (!this.overwritesStore(d, obj, null, v, known)) this.recordStore(SETFIELD, [obj, v], d);
    this.heap.stored(obj, d, v);
  }

  /** Allocates an object of size descr d, and records it. */
  private allocate(d: number): Box {
    const b = this.record(NEW, [], d, KIND_R)!;
    b.refValue = this.cpu.bhNew(d);
    this.heap.allocated(b);
    return b;
  }

  /** A list made by the op of descr d (list_new, list_new_filled) with constant operands `args`, and recorded. */
  private makeList(d: number, args: Box[]): Box {
    const values = new KindValues(args);
    const b = this.record(OP, args, d, KIND_R)!;
    b.refValue = this.cpu.bhOpR(d, values.ints, values.refs, values.floats);
    return b;
  }

  /** list_setitem (descr d): item `index` of `list` becomes v; recorded, operands by kind. */
  private setitem(d: number, list: Box, index: Box, v: Box): void {
    const known = this.heap.lookupItem(list, index);
    if (holdsAlready(known, v)) return;
    const ints: number[] = [index.intValue];
    const refs: (GcRef | null)[] = [list.refValue];
    const floats: number[] = [];
    if (v.kind === KIND_I) ints.push(v.intValue);
    else if (v.kind === KIND_R) refs.push(v.refValue);
    else floats.push(v.floatValue);
    this.cpu.bhOpV(d, ints, refs, floats);
    if (!this.overwritesStore(d, list, index, v, known)) this.recordStore(OP, setitemArgs(index, list, v), d);
    this.heap.storedItem(list, index, v);
  }

  /** A residual call or an op of the op table: run it, record it (unless it folds), guard its exception. */
  private callOrOp(f: MIFrame, op: number): boolean {
    const code = f.jitcode.code;
    const start = f.pc - 1;
    const d = code[f.pc++];
    const args: Box[] = [];
    this.listI(f, args);
    const nI = args.length;
    this.listR(f, args);
    const nR = args.length - nI;
    this.listF(f, args);
    const ints: number[] = [];
    const refs: (GcRef | null)[] = [];
    const floats: number[] = [];
    let allConst = true;
    for (let k = 0; k < args.length; k++) {
      const a = args[k];
      if (!a.isConst) allConst = false;
      if (k < nI) ints.push(a.intValue);
      else if (k < nI + nR) refs.push(a.refValue);
      else floats.push(a.floatValue);
    }
    const isCall = op === RESIDUAL_CALL_I || op === RESIDUAL_CALL_R || op === RESIDUAL_CALL_F || op === RESIDUAL_CALL_V;
    const kind = op === RESIDUAL_CALL_I || op === OP_I ? KIND_I : op === RESIDUAL_CALL_R || op === OP_R ? KIND_R : op === RESIDUAL_CALL_F || op === OP_F ? KIND_F : KIND_V;
    const info = this.data.descrs[d];
    if (info.methodTests !== null && nR > 0 && this.inlineMethod(f, info.methodTests, info.methodJitcodes!, start, kind, args, nI, nR)) return true;
    if (info.indirect && nI > 0 && this.inlineIndirect(f, start, kind, args, nI, nR)) return true;
    // a list item the trace read or wrote before: the box it has (heapcache.ts)
    // (and so a module-level variable's)
    const item = info.opName === "list_getitem" ? this.heap.lookupItem(args[nI], args[0]) : info.opName === "getglobal" ? this.heap.lookupGlobal(info.globalId) : null;
    // (and a store of what the item holds already is no store; setitem checks that itself, and drops stores overwritten)
    if (info.opName === "list_setitem" && !isCall && !info.canRaise) {
      this.setitem(d, itemList(args), args[0], itemValue(args));
      return true;
    }
    if (info.opName === "list_setitem" && holdsAlready(this.heap.lookupItem(itemList(args), args[0]), itemValue(args))) return true;
    // (and a list's length it read or set before)
    if (info.opName === "list_len" && !isCall && kind === KIND_I && nR === 1) {
      const n = this.heap.lookupLen(args[nI]);
      if (n !== null) {
        f.regsI[code[f.pc++]] = n;
        return true;
      }
    }
    if (item !== null) {
      if (kind === KIND_I) f.regsI[code[f.pc]] = item;
      else if (kind === KIND_R) f.regsR[code[f.pc]] = item;
      else f.regsF[code[f.pc]] = item;
      f.pc++;
      return true;
    }
    // an elidable op or call of constants is a constant: run, not recorded (if it
    // raises, it raises the same for these constants every time); so is a read
    // of a constant array whose items do not change, at a constant index
    // (a checked cast of a constant is that constant: it succeeded here, and would every time; so is an optional
    // number's narrowing — a constant argument the interpreter passes as `number | null`)
    const folds = allConst && (info.elidable || info.fixedLength || info.opName === "checked_cast" || info.opName === "opt_narrow" || (info.readsItems && nR === 1 && args[nI].immutableItems));
    // (a not_an_entry before it says whether this portal call resumes a run; it says nothing of the next one)
    const resumes = isCall && info.portal >= 0 && this.nextResumes;
    if (isCall && info.portal >= 0) this.nextResumes = false;
    if (isCall && !folds && info.portal >= 0 && this.inlining && this.inlinePortalCall(f, info.portal, d, kind, args, nI, nR, resumes)) return true;
    // an op of the op table that reads nothing mutable and cannot raise, on operands it had before: the same result
    // (the interpreter asks `x instanceof C` again and again; after a guard on it, the answer is a constant)
    const pure = !folds && !isCall && kind !== KIND_V && info.elidable && !info.canRaise && !info.readsHeap;
    if (pure) {
      const known = this.lookupPure(d, args);
      if (known !== null) {
        if (kind === KIND_I) f.regsI[code[f.pc++]] = known;
        else if (kind === KIND_R) f.regsR[code[f.pc++]] = known;
        else f.regsF[code[f.pc++]] = known;
        return true;
      }
    }
    // a cast the trace made of this box before succeeded, and gives back the box: not checked again (the
    // interpreter casts an object after every type test of it); an object the trace allocated is not null
    const cast = info.opName === "checked_cast" && kind === KIND_R && nR === 1 && !isCall;
    if (cast && !folds && this.lookupPure(d, args) !== null) {
      f.regsR[code[f.pc++]] = args[nI];
      return true;
    }
    if (info.opName === "is_null" && kind === KIND_I && nR === 1 && args.length === 1 && args[0].op !== null && args[0].op.opnum === NEW) {
      f.regsI[code[f.pc++]] = constInt(0);
      return true;
    }
    const b = folds || kind === KIND_V ? new Box(kind) : this.record(isCall ? CALL : OP, args, d, kind)!;
    if (folds) {
      b.isConst = true;
      // (it runs here once, for real: what it may have written — an elidable function's memo — the trace no longer knows)
      if (info.writesHeap) this.heap.called(d, args);
      if (info.canInvalidate) this.needGuardNotInvalidated = true;
    }
    // a call of a portal function with constant greens: a call_assembler
    if (isCall && !folds && info.portal >= 0) this.ops[this.ops.length - 1].assembler = this.assemblerToken(info.portal, d, kind, args, nI, nR);
    if (kind === KIND_I) b.intValue = isCall ? this.cpu.bhCallI(d, ints, refs, floats) : this.cpu.bhOpI(d, ints, refs, floats);
    else if (kind === KIND_R) b.refValue = isCall ? this.cpu.bhCallR(d, ints, refs, floats) : this.cpu.bhOpR(d, ints, refs, floats);
    else if (kind === KIND_F) b.floatValue = isCall ? this.cpu.bhCallF(d, ints, refs, floats) : this.cpu.bhOpF(d, ints, refs, floats);
    else {
      if (!folds) this.record(isCall ? CALL : OP, args, d, KIND_V);
      if (isCall && !folds && info.portal >= 0) this.ops[this.ops.length - 1].assembler = this.assemblerToken(info.portal, d, kind, args, nI, nR);
      if (isCall) this.cpu.bhCallV(d, ints, refs, floats);
      else this.cpu.bhOpV(d, ints, refs, floats);
    }
    // a check that gives back its operand (x! and casts): the register holds the operand's own box, so what the
    // trace knows of it (its fields, its class) stays known; the recorded op is only the check
    const same = kind === KIND_R && nR === 1 && (info.opName === "check_nonnull" || info.opName === "checked_cast") && args[nI].refValue === b.refValue;
    if (pure || (cast && same && !folds)) this.rememberPure(d, args, b);
    if (kind === KIND_I) f.regsI[code[f.pc++]] = b;
    else if (kind === KIND_R) f.regsR[code[f.pc++]] = same ? args[nI] : b;
    else if (kind === KIND_F) f.regsF[code[f.pc++]] = b;
    if (!isCall && info.opName === "list_len" && nR === 1) this.heap.rememberLen(args[nI], b, false);
    else if (!isCall && info.opName === "list_set_len" && nI === 1 && nR === 1) this.heap.rememberLen(args[1], args[0], true);
    else if (!isCall && info.opName === "list_new" && args.length === 0 && kind === KIND_R) this.heap.rememberLen(b, constInt(0), false);
    if (info.opName === "list_getitem") this.heap.rememberItem(args[nI], args[0], b);
    else if (info.opName === "list_setitem") this.heap.storedItem(itemList(args), args[0], itemValue(args));
    else if (info.opName === "getglobal" && kind !== KIND_V) this.heap.rememberGlobal(info.globalId, info.globalName, b);
    else if (info.opName === "setglobal" && args.length === 1) this.heap.rememberGlobal(info.globalId, info.globalName, args[0]);
    if (folds && info.canRaise) {
      const exc = this.cpu.takeException();
      return exc === null || this.raiseIn(constRef(exc));
    }
    if (info.canRaise) return this.afterRaisingCall();
    return true;
  }

  /**
   * A method call whose receiver is of a class subtree with one
   * implementation the JIT looks inside (RPython's guard_class): the class
   * test is recorded and guarded where the call stands (a failing guard
   * makes the call as it is), then the implementation's jitcode runs inlined
   * as a direct call's would — its registers the call's arguments by kind.
   * False when the call stays an op (no such subtree, or a recursive method).
   */
  private inlineMethod(f: MIFrame, tests: number[], jitcodes: JitCode[], start: number, kind: number, args: Box[], nI: number, nR: number): boolean {
    const self = args[nI];
    const ints: number[] = [];
    const refs: (GcRef | null)[] = [self.refValue];
    const floats: number[] = [];
    for (let k = 0; k < tests.length; k++) {
      const test = tests[k];
      if (this.cpu.bhOpI(test, ints, refs, floats) === 0) continue;
      const jitcode = jitcodes[k];
      for (const g of this.frames) if (g.jitcode === jitcode) return false;
      // the receiver's class test and its guard — not for a constant receiver (its class is what it is), nor
      // again for a box the trace tested already (`obj.getType()` at every operation on obj)
      if (!self.isConst && this.lookupPure(test, [self]) === null) {
        const isa = this.record(OP, [self], test, KIND_I)!;
        isa.intValue = 1;
        this.guard(GUARD_TRUE, [isa], start, false);
        this.rememberPure(test, [self], isa);
      }
      this.pushInlined(f, jitcode, kind, args, 0, nI, nR);
      return true;
    }
    return false;
  }

  /** Goes on in `jitcode` inlined for the call f is at: its registers the call's args by kind (the first `skipI` ints left out), its result for the call's register. */
  private pushInlined(f: MIFrame, jitcode: JitCode, kind: number, args: Box[], skipI: number, nI: number, nR: number): void {
    const g = new MIFrame(jitcode);
    for (let i = skipI; i < nI; i++) g.regsI[i - skipI] = args[i];
    for (let i = 0; i < nR; i++) g.regsR[i] = args[nI + i];
    for (let i = nI + nR; i < args.length; i++) g.regsF[i - nI - nR] = args[i];
    g.retKind = kind;
    if (kind !== KIND_V) g.retReg = f.jitcode.code[f.pc++];
    this.frames.push(g);
  }

  /**
   * An indirect call (a closure's code pointer, the first int operand) of a
   * function the JIT looks inside (RPython's indirect_call with a constant
   * function): the pointer is guarded to be this one (a failing guard makes
   * the call as it is), then the function's jitcode runs inlined, its
   * registers the other operands.  False when the call stays an op (a
   * function the JIT leaves alone, or a recursive one).
   */
  private inlineIndirect(f: MIFrame, start: number, kind: number, args: Box[], nI: number, nR: number): boolean {
    const code = args[0];
    const jitcode = this.data.jitcodeAt(code.intValue, this.cpu);
    if (jitcode === null) return false;
    for (const g of this.frames) if (g.jitcode === jitcode) return false;
    if (!code.isConst) {
      const k = constInt(code.intValue);
      this.guard(GUARD_VALUE, [code, k], start, false);
      this.replaceBox(code, k);
    }
    // (the code pointer is no parameter)
    this.pushInlined(f, jitcode, kind, args, 1, nI, nR);
    return true;
  }

  /**
   * Inner frame f is at the loop header merge point `pc` (after a jump
   * back): whether the iteration since it last passed there added at least
   * loopCut ops (the first pass is noted: one iteration is always followed).
   */
  private bigIteration(f: MIFrame, pc: number): boolean {
    if (f.resumes) return false;
    if (f.loopHeads === null) {
      f.loopHeads = [];
      f.loopHeadOps = [];
    }
    const k = f.loopHeads.indexOf(pc);
    if (k < 0) {
      f.loopHeads.push(pc);
      f.loopHeadOps!.push(this.ops.length);
      return false;
    }
    if (this.ops.length - f.loopHeadOps![k] >= this.loopCut) return true;
    f.loopHeadOps![k] = this.ops.length;
    return false;
  }

  /**
   * An inner portal frame `f` (a call the trace followed into, or one a
   * bridge resumed in) is back at the merge point of one of its loops: the
   * trace stops following it and records the rest of the call as a call of
   * the portal function from this merge point — a call_assembler of the
   * loop's key, which runs its compiled loop (WarmState.useAsEntry) —
   * whose result is the frame's (RPython's jit_merge_point in a recursive
   * portal call).  Unrolling every iteration made long traces that failed
   * at the count of iterations (go's random_choice, with useful() in each,
   * inlined into random_move's entry trace: bridges of 2000 ops) and
   * "inlined call too long" aborts.  The call's descr, or -1 (nothing
   * done: the driver has no token yet, or the greens are not constants).
   */
  private loopInInnerFrame(f: MIFrame, driver: number): number {
    const t = f.inlined !== null ? f.inlined.token : this.driverToken(driver);
    if (t === null || t.driver !== driver) return -1;
    const args: Box[] = [];
    for (let k = 0; k < t.numI; k++) args.push(f.regsI[k]);
    for (let k = 0; k < t.numR; k++) args.push(f.regsR[k]);
    for (let k = 0; k < t.numF; k++) args.push(f.regsF[k]);
    const token = this.assemblerToken(driver, t.descr, t.resultKind, args, t.numI, t.numR);
    if (token === null) return -1;
    this.loopCuts++;
    const a = new KindValues(args);
    const kind = t.resultKind;
    const v = this.record(CALL, args, t.descr, kind);
    this.ops[this.ops.length - 1].assembler = token;
    if (kind === KIND_I) v!.intValue = this.cpu.bhCallI(t.descr, a.ints, a.refs, a.floats);
    else if (kind === KIND_R) v!.refValue = this.cpu.bhCallR(t.descr, a.ints, a.refs, a.floats);
    else if (kind === KIND_F) v!.floatValue = this.cpu.bhCallF(t.descr, a.ints, a.refs, a.floats);
    else this.cpu.bhCallV(t.descr, a.ints, a.refs, a.floats);
    // (the call's result is the frame's: it returns it to its caller)
    this.returnFrom(v);
    return t.descr;
  }

  /**
   * A call of driver's portal function (descr d, its args by kind) that the
   * trace follows into: a portal frame of its own, whose registers are the
   * args (as an inline_call's), whose result goes to the call's register,
   * whose merge points the trace passes (only the outermost frame's close
   * loops).  False when it stays a call (see `inlining`).
   */
  private inlinePortalCall(f: MIFrame, driver: number, d: number, kind: number, args: Box[], nI: number, nR: number, resumes: boolean): boolean {
    const token = this.assemblerToken(driver, d, kind, args, nI, nR);
    if (token === null || token.dontInline || token === this.rootToken()) return false;
    let depth = 0;
    for (const g of this.frames) {
      if (g.inlined === null) continue;
      if (g.inlined.token === token) return false;
      depth++;
    }
    if (depth >= MAX_INLINE_DEPTH) return false;
    const g = new MIFrame(this.data.portals[driver]);
    let ci = 0;
    let cr = 0;
    let cf = 0;
    for (let k = 0; k < args.length; k++) {
      if (k < nI) g.regsI[ci++] = args[k];
      else if (k < nI + nR) g.regsR[cr++] = args[k];
      else g.regsF[cf++] = args[k];
    }
    g.retKind = kind;
    if (kind !== KIND_V) g.retReg = f.jitcode.code[f.pc++];
    g.inlined = new InlinedCall(token, this.ops.length);
    g.resumes = resumes;
    this.inlinedCalls.push(g.inlined);
    this.frames.push(g);
    return true;
  }

  /**
   * A call of driver's portal function with `args` (its parameters by kind:
   * nI ints, nR refs, then floats): the green key's token when its greens
   * are constants (the portal's register k of a kind at its merge point is
   * parameter k: runtime-data.ts checks), else null.
   */
  private assemblerToken(driver: number, descr: number, kind: number, args: Box[], nI: number, nR: number): AssemblerToken | null {
    const code = this.data.portals[driver].code;
    const nF = args.length - nI - nR;
    const gi: number[] = [];
    const gr: (GcRef | null)[] = [];
    const gf: number[] = [];
    const reds: number[] = [];
    // jit_merge_point driver, greens I R F, reds I R F
    let p = this.data.mergePoints[driver] + 2;
    for (let list = 0; list < 6; list++) {
      const kind = list % 3;
      const n = code[p++];
      for (let k = 0; k < n; k++) {
        const r = code[p++];
        if (r >= (kind === KIND_I ? nI : kind === KIND_R ? nR : nF)) return null;
        const at = (kind === KIND_I ? 0 : kind === KIND_R ? nI : nI + nR) + r;
        const b = args[at];
        if (list >= 3) reds.push(at);
        else if (!b.isConst) return null;
        else if (kind === KIND_I) gi.push(b.intValue);
        else if (kind === KIND_R) gr.push(b.refValue);
        else gf.push(b.floatValue);
      }
    }
    return this.tokenFor(driver, descr, kind, gi, gr, gf, reds, nI, nR, nF);
  }

  /** Arithmetic: folded when the operands are constants, recorded otherwise. */
  private arith(f: MIFrame, op: number): void {
    const code = f.jitcode.code;
    const opnum = arithOfInsn(op);
    const kinds = opnum > 0 && opnum < ARITH_KINDS.length ? ARITH_KINDS[opnum] : "";
    if (kinds === "") throw new Error("metainterp: unknown jitcode instruction " + op);
    const binary = kinds.length === 3;
    const a = code[f.pc];
    const y = binary ? code[f.pc + 1] : a;
    const res = binary ? code[f.pc + 2] : code[f.pc + 1];
    f.pc += binary ? 3 : 2;
    const out = ARITH_OUT[opnum];
    const xa = ARITH_IN[opnum] === KIND_I ? f.regsI[a] : ARITH_IN[opnum] === KIND_R ? f.regsR[a] : f.regsF[a];
    const xb = ARITH_IN[opnum] === KIND_I ? f.regsI[y] : ARITH_IN[opnum] === KIND_R ? f.regsR[y] : f.regsF[y];
    const args: Box[] = binary ? [xa, xb] : [xa];
    const constant = xa.isConst && xb.isConst;
    const kind = out === KIND_I ? KIND_I : KIND_F;
    // x + 0, x - 0, (y + c) - c, (y - c) + c: the box it already is (so the heap cache sees the same index)
    const same = constant ? null : sameIntBox(opnum, xa, xb);
    if (same !== null) {
      f.regsI[res] = same;
      return;
    }
    // arithmetic on operands it had before: the same box (a guard on the first made it a constant, so the branch
    // that tests it again is no second guard)
    const key = ARITH_PURE_KEY - opnum;
    if (!constant && isPureArith(opnum)) {
      const known = this.lookupPure(key, args);
      if (known !== null) {
        if (kind === KIND_I) f.regsI[res] = known;
        else f.regsF[res] = known;
        return;
      }
    }
    let b: Box;
    if (constant) {
      b = new Box(kind);
      b.isConst = true;
    } else {
      b = this.record(opnum, args, -1, kind)!;
      if (isPureArith(opnum)) this.rememberPure(key, args, b);
    }
    if (opnum === CAST_INT_TO_FLOAT) b.floatValue = toFloat(xa.intValue);
    else if (ARITH_IN[opnum] === KIND_I) b.intValue = execInt(opnum, xa.intValue, xb.intValue);
    else if (ARITH_IN[opnum] === KIND_R) b.intValue = execRef(opnum, xa.refValue, xb.refValue);
    else if (out === KIND_F) b.floatValue = execFloat(opnum, xa.floatValue, xb.floatValue);
    else b.intValue = execFloatCompare(opnum, xa.floatValue, xb.floatValue);
    if (kind === KIND_I) f.regsI[res] = b;
    else f.regsF[res] = b;
  }

  /**
   * Traces a bridge from a failing guard: the frames its resume data
   * describes, with the values the exit had; the guard's fail args
   * (failArgs) become the bridge's inputs.  Ends like trace(), or with
   * TRACE_BRIDGE_END at the portal's next merge point.
   */
  traceBridge(guard: ResOp, failArgs: Box[], valuesI: number[], valuesR: (GcRef | null)[], valuesF: number[]): number {
    this.bridge = true;
    this.ops = [];
    this.pureOps = [];
    this.stores = 0;
    this.heap.reset();
    this.needGuardNotInvalidated = true;
    this.inputArgs = [];
    this.frames = [];
    // one input per fail arg (by its number in the guard's trace), holding the value it had at the exit
    const inputs = new Map<number, Box>();
    for (let k = 0; k < failArgs.length; k++) {
      const old = failArgs[k];
      const b = new Box(old.kind);
      b.intValue = valuesI[k];
      b.refValue = valuesR[k];
      b.floatValue = valuesF[k];
      inputs.set(old.index, b);
      this.inputArgs.push(b);
    }
    // the guard's virtuals are made again and its delayed writes done, as the bridge's first ops (its optimizer may remove them again)
    const virtuals = guard.virtuals;
    const made: Box[] = [];
    if (virtuals !== null) for (const v of virtuals) made.push(v.length >= 0 ? this.makeList(v.sizeDescr, remakeListArgs(v, this.data.descrs[v.sizeDescr].opName)) : this.allocate(v.sizeDescr));
    const at = (old: Box): Box => {
      if (old.isConst) return old;
      const k = virtualIndex(guard, old);
      return k >= 0 ? made[k] : inputs.get(old.index)!;
    };
    if (virtuals !== null) {
      for (let k = 0; k < virtuals.length; k++) {
        const v = virtuals[k];
        const setDescr = v.length >= 0 ? this.data.descrs[v.sizeDescr].setDescr : -1;
        for (let j = 0; j < v.values.length; j++) {
          if (setDescr >= 0) this.setitem(setDescr, made[k], constInt(v.fieldDescrs[j]), at(v.values[j]));
          else this.setfield(made[k], v.fieldDescrs[j], at(v.values[j]));
        }
      }
    }
    if (guard.pending !== null) {
      for (const w of guard.pending) {
        if (w.index === null) this.setfield(at(w.target), w.descr, at(w.value));
        else this.setitem(w.descr, at(w.target), at(w.index), at(w.value));
      }
    }
    const resume = guard.resume!;
    // (a guard that resumes at the loop's start — a bounds check hoisted there — resumes past its merge point:
    // the bridge traces the round from there, not an empty jump back into the loop whose guard fails again)
    if (resume.length > 0 && resume[0].passMergePoint) this.passOtherKey = true;
    for (let k = 0; k < resume.length; k++) {
      const rf = resume[k];
      const f = new MIFrame(this.data.jitcodes[rf.jitcode]);
      f.pc = rf.pc;
      for (let j = 0; j < rf.regsI.length; j++) f.regsI[rf.regsI[j]] = at(rf.boxesI[j]);
      for (let j = 0; j < rf.regsR.length; j++) f.regsR[rf.regsR[j]] = at(rf.boxesR[j]);
      for (let j = 0; j < rf.regsF.length; j++) f.regsF[rf.regsF[j]] = at(rf.boxesF[j]);
      if (k > 0) {
        f.retKind = resume[k - 1].waitKind;
        f.retReg = resume[k - 1].waitReg;
      }
      this.frames.push(f);
    }
    return this.run();
  }

  /** Goes on tracing past the merge point TRACE_OTHER_KEY stopped at. */
  resumeTracing(): number {
    this.passOtherKey = true;
    return this.run();
  }

  /** Ends a bridge (or a trace that reached another key's loop) with a jump to compiled loop `loop` (its inputs are the reds). */
  closeBridge(loop: number): void {
    const f = this.frames[0];
    this.closeLoop(f);
    const jump = this.ops[this.ops.length - 1];
    this.ops[this.ops.length - 1] = new ResOp(JUMP, jump.args, loop, null);
  }

  /** The loop is closed: jump back with the reds' boxes, in the inputs' order. */
  private closeLoop(f: MIFrame): void {
    const code = f.jitcode.code;
    let p = f.pc + 2;
    const args: Box[] = [];
    for (let list = 0; list < 6; list++) {
      const n = code[p++];
      for (let k = 0; k < n; k++) {
        const r = code[p++];
        if (list < 3) continue;
        const kind = list - 3;
        args.push(kind === KIND_I ? f.regsI[r] : kind === KIND_R ? f.regsR[r] : f.regsF[r]);
      }
    }
    this.record(JUMP, args, -1, KIND_V);
  }
}
