// Runs compiled traces by interpreting their operations (RPython's llgraph
// backend executes traces the same way): the portable backend, and the
// reference the machine-code backends are compared with.  Values live in
// per-run arrays indexed by each box's number; heap operations and calls go
// through the CPU's bh operations.  RTS code.
import type { Cpu } from "./cpu.ts";
import type { JitStats } from "./warmstate.ts";
import { EXIT_TRACE, fits, type NativeCode, type NativeFrame } from "./native.ts";
import { toFloat } from "rts/rlib";
import * as ll from "rts/ll";
import { ARITH_IN, CAST_INT_TO_FLOAT, execFloat, execFloatCompare, execInt, execRef } from "./executor.ts";
import type { GcRef, JitData } from "./jitdata.ts";
import type { CallAssembler } from "./callassembler.ts";
import {
  Box, CALL, CompiledTrace, DEBUG_MERGE_POINT, DROPPED_OP, FINISH, failArgsOf, GETFIELD, GUARD_EXCEPTION, GUARD_FALSE, GUARD_NO_EXCEPTION, GUARD_NOT_INVALIDATED, GUARD_TRUE, GUARD_VALUE, JUMP, KIND_F, KIND_I, KIND_R, KIND_V, LABEL, NEW, OP, ResOp, SETFIELD, jumpTarget, jumpsIntoBody, labelArgs,
  sameValue,
} from "./resoperation.ts";

/** Where a run left the trace: a failing guard and every value at that point. */
export class TraceExit {
  constructor(
    /** The trace the guard is in. */
    readonly trace: CompiledTrace,
    readonly guard: ResOp,
    readonly valuesI: number[],
    readonly valuesR: (GcRef | null)[],
    readonly valuesF: number[],
    /** The exception pending at a failing guard_no_exception. */
    readonly exception: GcRef | null,
  ) {}
  // (the value arrays are the runner's, used again by its next run at the same depth: read them first)

  intOf(b: Box): number {
    return b.isConst ? b.intValue : this.valuesI[b.index];
  }
  refOf(b: Box): GcRef | null {
    return b.isConst ? b.refValue : this.valuesR[b.index];
  }
  floatOf(b: Box): number {
    return b.isConst ? b.floatValue : this.valuesF[b.index];
  }
}

/**
 * Numbers a trace's boxes so a run can keep their values in arrays: the
 * inputs in order, then the refs it defines (a later label's args, results),
 * then the rest — a frame's root slots, which the collector scans, need
 * only go as far as its refs (refSlots).
 */
export function numberBoxes(t: CompiledTrace): void {
  let n = 0;
  let refs = 0;
  for (const b of t.inputArgs) {
    if (b.index >= 0) throw new Error("internal: an input of " + t.name + " belongs to another trace");
    b.index = n++;
    if (b.kind === KIND_R) refs = n;
  }
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 0; k < t.ops.length; k++) {
      const op = t.ops[k];
      // a later label's args are boxes it defines (a peeled loop's values at its body's start)
      if (op.opnum === LABEL && k > 0) {
        t.loopLabel = k;
        for (const b of op.args) if ((b.kind === KIND_R) === (pass === 0)) b.index = n++;
      }
      const r = op.result;
      if (r === null || (r.kind === KIND_R) !== (pass === 0)) continue;
      if (r.index >= 0) throw new Error("internal: a result in " + t.name + " belongs to another trace");
      r.index = n++;
    }
    if (pass === 0) refs = n;
  }
  t.slots = n;
  t.refSlots = refs;
  checkTrace(t);
}

/** Every box a trace uses is a constant, one of its inputs or an earlier op's result (RPython checks the same). */
export function checkTrace(t: CompiledTrace): void {
  // (per slot, the box defined there: one that reads its slot's box is defined, whatever else is not)
  const defined: (Box | null)[] = [];
  for (let k = 0; k < t.slots; k++) defined.push(null);
  // (the message is made only when it is thrown: this runs over every operand of every trace compiled)
  const use = (b: Box, k: number, inResume: boolean): void => {
    if (b.isConst) return;
    if (b.index < 0 || b.index >= defined.length || defined[b.index] !== b)
      throw new Error("internal: " + t.name + " uses a box it does not define (" + (inResume ? "resume data" : "operand") + " of op " + String(k) + ")");
  };
  for (const b of t.inputArgs) defined[b.index] = b;
  for (let k = 0; k < t.ops.length; k++) {
    const op = t.ops[k];
    if (op.opnum === LABEL && k > 0) {
      for (const b of op.args) defined[b.index] = b;
      continue;
    }
    for (const a of op.args) use(a, k, false);
    // (the fail args: what the resume data mentions, computed once — the backend reads them too)
    if (op.resume !== null) for (const b of failArgsOf(op)) use(b, k, true);
    if (op.result !== null) defined[op.result.index] = op.result;
  }
}

export class TraceRunner {
  /** The machine-code backend whose code runs first in the traces it compiled. */
  native: NativeCode | null = null;
  /** How a call_assembler calls (the warm state's). */
  calls: CallAssembler | null = null;
  constructor(
    readonly cpu: Cpu,
    readonly data: JitData,
    /** The compiled loops, by number (a bridge's final jump names one). */
    readonly loops: CompiledTrace[],
    readonly stats: JitStats,
  ) {}

  /**
   * Runs `t` from its inputs until a guard without a bridge fails or a
   * bridge leaves (FINISH): loops jump back to their start, a failing
   * guard with a bridge goes on in the bridge, a bridge's jump enters its loop.
   */
  run(t0: CompiledTrace, ints: number[], refs: (GcRef | null)[], floats: number[]): TraceExit {
    // the run's value arrays: one set per depth of runs under way (a call the trace makes may run the portal,
    // which enters compiled code again), kept from run to run
    const d = this.nextDepth();
    try {
      const native = this.native;
      if (native === null) return this.runIn(null, null, t0, ints, refs, floats, this.poolI[d], this.poolR[d], this.poolF[d]);
      // the machine code's root slots: reserved and released here, around everything the run calls
      const roots = ll.stackRootsReserve(native.maxRoots);
      const frame = native.openFrame(roots, native.maxSlots, native.maxRoots);
      // (given back however the run ends: the runtime's own stack check may raise RangeError in it)
      try {
        // the code from op 0, its inputs stored straight into the frame (not through the runner's arrays); the
        // runner goes on from where it leaves (a finish: the exit at once)
        if (t0.native !== null && t0.native.entries[0] >= 0 && native.enterInputs(frame, t0, ints, refs, floats)) {
          this.stats.traceEntries++;
          const exit = native.execute(frame, t0, 0);
          this.stats.nativeExits++;
          return this.runIn(native, frame, null, ints, refs, floats, this.poolI[d], this.poolR[d], this.poolF[d], exit);
        }
        return this.runIn(native, frame, t0, ints, refs, floats, this.poolI[d], this.poolR[d], this.poolF[d]);
      } finally {
        native.closeFrame(frame);
        ll.stackRootsRelease(roots);
      }
    } finally {
      this.depth--;
    }
  }

  /**
   * Goes on with a run of machine code that left at `exit` (its trace and
   * op, EXIT_TRACE) in `frame`, made by a call_assembler's code for its
   * callee: as run() would have gone on from there.
   */
  resume(frame: NativeFrame, exit: number): TraceExit {
    const d = this.nextDepth();
    try {
      return this.runIn(this.native, frame, null, [], [], [], this.poolI[d], this.poolR[d], this.poolF[d], exit);
    } finally {
      this.depth--;
    }
  }

  /**
   * A run starts one deeper: its depth (its value arrays there made on first use); the caller goes back up (depth--).
   * The objects the last run at this depth left in its ref slots are dropped first: kept, they stayed alive through
   * the next run, which only writes the slots of its own traces (no measured case of its own: the Python float
   * benchmark's retention was the traces' recorded values, resoperation.ts forgetRecordedValues).
   */
  private nextDepth(): number {
    const d = this.depth;
    if (d === this.poolI.length) {
      this.poolI.push([]);
      this.poolR.push([]);
      this.poolF.push([]);
      this.refsUsed.push(0);
    }
    const vr = this.poolR[d];
    const n = this.refsUsed[d];
    for (let k = 0; k < n; k++) vr[k] = null;
    this.refsUsed[d] = 0;
    this.depth++;
    return d;
  }

  /** The run's value arrays serve every trace it enters (each op writes a slot before any reads it): as long as t needs. */
  private fitSlots(t: CompiledTrace, vi: number[], vr: (GcRef | null)[], vf: number[]): void {
    for (let k = vi.length; k < t.slots; k++) {
      vi.push(0);
      vr.push(null);
      vf.push(0.0);
    }
    // (a trace's refs are its first slots: numberBoxes)
    const d = this.depth - 1;
    if (t.refSlots > this.refsUsed[d]) this.refsUsed[d] = t.refSlots;
  }

  /** Value arrays of runs under way, by depth (run), and how many runs are. */
  private readonly poolI: number[][] = [];
  private readonly poolR: (GcRef | null)[][] = [];
  private readonly poolF: number[][] = [];
  /** Per depth: how many of its ref slots the runs there used since they were last cleared. */
  private readonly refsUsed: number[] = [];
  private depth = 0;

  /**
   * Enters trace `next` with values ji/jr/jf for `boxes` (the inputs or a
   * label's args; a jump into a peeled loop's body gives its bodyInputs):
   * whether its machine code runs from there (else the runner does).
   */
  private enter(native: NativeCode | null, frame: NativeFrame | null, next: CompiledTrace, ji: number[], jr: (GcRef | null)[], jf: number[], boxes: Box[], vi: number[], vr: (GcRef | null)[], vf: number[]): boolean {
    this.fitSlots(next, vi, vr, vf);
    let ci = 0;
    let cr = 0;
    let cf = 0;
    for (const b of boxes) {
      if (b.kind === KIND_I) vi[b.index] = ji[ci++];
      else if (b.kind === KIND_R) vr[b.index] = jr[cr++];
      else vf[b.index] = jf[cf++];
    }
    this.stats.traceEntries++;
    return native !== null && frame !== null && next.native !== null && native.enterTrace(frame, next, boxes, vi, vr, vf);
  }

  /** Runs from t0's start with the inputs given, or (fromExit >= 0, t0 null) from where machine code left (resume). */
  private runIn(native: NativeCode | null, frame: NativeFrame | null, t0: CompiledTrace | null, ints: number[], refs: (GcRef | null)[], floats: number[], vi: number[], vr: (GcRef | null)[], vf: number[], fromExit = -1): TraceExit {
    let t = t0 !== null ? t0 : native!.traces[Math.floor(fromExit / EXIT_TRACE)];
    // with machine code, the frame holds the values and the arrays what the runner's ops read and write
    // (no closure here: a closure's captured variables would be cells, every use of t and inCode a load)
    let inCode = false;
    let entered = false;
    let pc = 0;
    // (resuming: the code left at the exit already)
    let left = fromExit >= 0;
    if (left) {
      this.fitSlots(t, vi, vr, vf);
      pc = fromExit - t.native!.id * EXIT_TRACE;
      inCode = true;
    } else inCode = this.enter(native, frame, t, ints, refs, floats, labelArgs(t, 0), vi, vr, vf);
    const cpu = this.cpu;
    let exc: GcRef | null = null;
    for (;;) {
      entered = false;
      if (inCode) {
        // the code runs up to an op it leaves to the runner, whose operands come out of the frame
        if (left) left = false;
        else if (exc === null && t.native!.entries[pc] >= 0) {
          const exit = native!.execute(frame!, t, pc);
          this.stats.nativeExits++;
          // the code may have jumped into another loop, and left from there
          const id = Math.floor(exit / EXIT_TRACE);
          if (id !== t.native!.id) {
            t = native!.traces[id];
            this.fitSlots(t, vi, vr, vf);
          }
          pc = exit - id * EXIT_TRACE;
        }
        native!.valuesIn(frame!, t, pc, vi, vr, vf);
        const g = t.ops[pc].opnum;
        if (g === GUARD_NO_EXCEPTION || g === GUARD_EXCEPTION) {
          // a call the code made itself raised
          const e = native!.takePendingException();
          if (e !== null) exc = e;
        }
      }
      const op = t.ops[pc++];
      const a = op.args;
      const opnum = op.opnum;
      let fail = false;
      switch (opnum) {
        case GUARD_TRUE:
          fail = (a[0].isConst ? a[0].intValue : vi[a[0].index]) === 0;
          break;
        case GUARD_FALSE:
          fail = (a[0].isConst ? a[0].intValue : vi[a[0].index]) !== 0;
          break;
        case GUARD_VALUE: {
          const x = a[0];
          const v = new Box(x.kind);
          v.intValue = x.isConst ? x.intValue : vi[x.index];
          v.refValue = x.isConst ? x.refValue : vr[x.index];
          v.floatValue = x.isConst ? x.floatValue : vf[x.index];
          fail = !sameValue(v, a[1]);
          break;
        }
        case GUARD_NO_EXCEPTION:
          fail = exc !== null;
          break;
        case GUARD_NOT_INVALIDATED:
          fail = t.invalidated;
          break;
        case GUARD_EXCEPTION:
          fail = exc === null;
          if (!fail) vr[op.result!.index] = exc;
          exc = null;
          break;
        case JUMP: {
          // a loop: the jump's values become the inputs (computed first: they may overlap)
          const ji: number[] = [];
          const jr: (GcRef | null)[] = [];
          const jf: number[] = [];
          for (const x of a) {
            if (x.kind === KIND_I) ji.push(x.isConst ? x.intValue : vi[x.index]);
            else if (x.kind === KIND_R) jr.push(x.isConst ? x.refValue : vr[x.index]);
            else jf.push(x.isConst ? x.floatValue : vf[x.index]);
          }
          // (its own loop: to its last label; another loop: to its start, or to its body's label)
          const target = jumpTarget(op) < 0 ? t : this.loops[jumpTarget(op)];
          const at = jumpTarget(op) < 0 || jumpsIntoBody(op) ? target.loopLabel : 0;
          inCode = this.enter(native, frame, target, ji, jr, jf, jumpsIntoBody(op) ? target.bodyInputs! : labelArgs(target, at), vi, vr, vf);
          t = target;
          entered = true;
          pc = at;
          break;
        }
        case FINISH:
          return new TraceExit(t, op, vi, vr, vf, null);
        case LABEL:
        case DEBUG_MERGE_POINT:
          // (an op its machine code did, dropped from a compiled trace: the runner never gets past one of its exits)
          if (op === DROPPED_OP) throw new Error("internal: the trace runner reached an op dropped from " + t.name);
          break;
        case GETFIELD: {
          const obj = a[0].isConst ? a[0].refValue : vr[a[0].index];
          const r = op.result!;
          if (r.kind === KIND_I) vi[r.index] = cpu.bhGetfieldI(obj, op.descr);
          else if (r.kind === KIND_R) vr[r.index] = cpu.bhGetfieldR(obj, op.descr);
          else vf[r.index] = cpu.bhGetfieldF(obj, op.descr);
          break;
        }
        case SETFIELD: {
          const obj = a[0].isConst ? a[0].refValue : vr[a[0].index];
          const v = a[1];
          if (v.kind === KIND_I) cpu.bhSetfieldI(obj, op.descr, v.isConst ? v.intValue : vi[v.index]);
          else if (v.kind === KIND_R) cpu.bhSetfieldR(obj, op.descr, v.isConst ? v.refValue : vr[v.index]);
          else cpu.bhSetfieldF(obj, op.descr, v.isConst ? v.floatValue : vf[v.index]);
          break;
        }
        case NEW:
          vr[op.result!.index] = cpu.bhNew(op.descr);
          break;
        case CALL:
        case OP: {
          const ints2: number[] = [];
          const refs2: (GcRef | null)[] = [];
          const floats2: number[] = [];
          for (const x of a) {
            if (x.kind === KIND_I) ints2.push(x.isConst ? x.intValue : vi[x.index]);
            else if (x.kind === KIND_R) refs2.push(x.isConst ? x.refValue : vr[x.index]);
            else floats2.push(x.isConst ? x.floatValue : vf[x.index]);
          }
          const r = op.result;
          const d = op.descr;
          const isCall = opnum === CALL;
          const token = op.assembler;
          if (token !== null && token.entry !== null && this.calls !== null) {
            // a call_assembler whose key has an entry trace: that runs, from the call's reds
            const c = this.calls;
            c.call(token, d, r === null ? KIND_V : r.kind, ints2, refs2, floats2);
            if (r !== null && r.kind === KIND_I) vi[r.index] = c.resultI;
            else if (r !== null && r.kind === KIND_R) vr[r.index] = c.resultR;
            else if (r !== null) vf[r.index] = c.resultF;
            exc = c.exception;
            break;
          }
          if (r === null) {
            if (isCall) cpu.bhCallV(d, ints2, refs2, floats2);
            else cpu.bhOpV(d, ints2, refs2, floats2);
          } else if (r.kind === KIND_I) vi[r.index] = isCall ? cpu.bhCallI(d, ints2, refs2, floats2) : cpu.bhOpI(d, ints2, refs2, floats2);
          else if (r.kind === KIND_R) vr[r.index] = isCall ? cpu.bhCallR(d, ints2, refs2, floats2) : cpu.bhOpR(d, ints2, refs2, floats2);
          else vf[r.index] = isCall ? cpu.bhCallF(d, ints2, refs2, floats2) : cpu.bhOpF(d, ints2, refs2, floats2);
          if (this.data.descrs[d].canRaise) exc = cpu.takeException();
          break;
        }
        default: {
          const x = a[0];
          const y = a.length > 1 ? a[1] : x;
          const r = op.result!;
          if (opnum === CAST_INT_TO_FLOAT) vf[r.index] = toFloat(x.isConst ? x.intValue : vi[x.index]);
          else if (ARITH_IN[opnum] === KIND_I) vi[r.index] = execInt(opnum, x.isConst ? x.intValue : vi[x.index], y.isConst ? y.intValue : vi[y.index]);
          else if (ARITH_IN[opnum] === KIND_R) vi[r.index] = execRef(opnum, x.isConst ? x.refValue : vr[x.index], y.isConst ? y.refValue : vr[y.index]);
          else {
            const fx = x.isConst ? x.floatValue : vf[x.index];
            const fy = y.isConst ? y.floatValue : vf[y.index];
            if (r.kind === KIND_F) vf[r.index] = execFloat(opnum, fx, fy);
            else vi[r.index] = execFloatCompare(opnum, fx, fy);
          }
        }
      }
      if (inCode && !fail && !entered) native!.valuesOut(frame!, t, pc - 1, vi, vr, vf);
      if (fail) {
        op.failures++;
        const bridge = op.bridge;
        // (a bridge whose machine code this run's frame has no room for, and whose ops the code does were dropped:
        // the interpreter resumes at the guard, as before the bridge existed)
        const unreachable = bridge !== null && bridge.opsDropped && (native === null || frame === null || bridge.native === null || !fits(frame, bridge));
        if (bridge === null || unreachable) return new TraceExit(t, op, vi, vr, vf, opnum === GUARD_NO_EXCEPTION ? exc : null);
        // on in the bridge, its inputs the guard's fail args
        const ji: number[] = [];
        const jr: (GcRef | null)[] = [];
        const jf: number[] = [];
        for (const x of failArgsOf(op)) {
          if (x.kind === KIND_I) ji.push(vi[x.index]);
          else if (x.kind === KIND_R) jr.push(vr[x.index]);
          else jf.push(vf[x.index]);
        }
        inCode = this.enter(native, frame, bridge, ji, jr, jf, labelArgs(bridge, 0), vi, vr, vf);
        t = bridge;
        entered = true;
        pc = 0;
      }
    }
  }
}
