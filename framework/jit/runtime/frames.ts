// The interpreter's frames around compiled code (RPython's resume.py and
// the portal runner's glue): blackhole frames rebuilt from a guard's resume
// data or from where the metainterp stopped, a portal's result or
// exception handed to its frame, and the values a portal frame's
// jit_merge_point names.  RTS code.
import { BlackholeFrame, RAISED, RETURNED, type Blackhole } from "./blackhole.ts";
import type { Cpu } from "./cpu.ts";
import type { GcRef, JitData } from "./jitdata.ts";
import { TRACE_RAISED, TRACE_RETURNED, type MetaInterp, type MIFrame } from "./metainterp.ts";
import { FINISH, KIND_I, KIND_R, KindValues, ResOp, remakeListArgs, virtualIndex, type Box, type ResumeVirtual } from "./resoperation.ts";
import type { TraceExit } from "./tracerunner.ts";

/**
 * The interpreter's frames at a failed guard, from its resume data and the
 * values at the exit: the virtuals it mentions are made, the writes the
 * optimizer delayed past it are done, then the registers are filled.
 */
export function resumeFrames(exit: TraceExit, bh: Blackhole): BlackholeFrame[] {
  const cpu = bh.cpu;
  const data = bh.data;
  const g = exit.guard;
  // (no closures: this runs at every guard failure, and each closure was an allocation)
  const virtuals = g.virtuals;
  const made: (GcRef | null)[] = [];
  // (made at run time, once per failure that writes list items: a prebuilt list's C name would depend on the program)
  const item = virtuals !== null || g.pending !== null ? new ItemOperands() : null;
  if (virtuals !== null) {
    // all allocated first: their fields may point at each other
    for (const v of virtuals) made.push(v.length >= 0 ? remakeList(cpu, data, v) : cpu.bhNew(v.sizeDescr));
    for (let k = 0; k < virtuals.length; k++) {
      const v = virtuals[k];
      const setDescr = v.length >= 0 ? data.descrs[v.sizeDescr].setDescr : -1;
      for (let j = 0; j < v.values.length; j++) {
        if (setDescr >= 0) setItemAt(cpu, exit, made, item!, made[k], setDescr, v.fieldDescrs[j], v.values[j]);
        else setFieldAt(cpu, exit, made, made[k], v.fieldDescrs[j], v.values[j]);
      }
    }
  }
  if (g.pending !== null) {
    for (const w of g.pending) {
      if (w.index === null) setFieldAt(cpu, exit, made, refAt(exit, made, w.target), w.descr, w.value);
      else setItemAt(cpu, exit, made, item!, refAt(exit, made, w.target), w.descr, exit.intOf(w.index), w.value);
    }
  }
  const out: BlackholeFrame[] = [];
  for (const rf of g.resume!) {
    const f = bh.take(data.jitcodes[rf.jitcode]);
    f.pc = rf.pc;
    for (let k = 0; k < rf.regsI.length; k++) f.regsI[rf.regsI[k]] = exit.intOf(rf.boxesI[k]);
    for (let k = 0; k < rf.regsR.length; k++) f.regsR[rf.regsR[k]] = refAt(exit, made, rf.boxesR[k]);
    for (let k = 0; k < rf.regsF.length; k++) f.regsF[rf.regsF[k]] = exit.floatOf(rf.boxesF[k]);
    f.waitKind = rf.waitKind;
    f.waitReg = rf.waitReg;
    f.passMergePoint = rf.passMergePoint;
    // (an inner portal frame: a call of the portal the trace inlined)
    f.inlinedPortal = out.length > 0;
    out.push(f);
  }
  out[0].isPortal = true;
  return out;
}

/** The object box b stands for at the exit: one made for a virtual of its guard (`made`, by the virtual's place), or its value. */
function refAt(exit: TraceExit, made: (GcRef | null)[], b: Box): GcRef | null {
  const k = virtualIndex(exit.guard, b);
  return k >= 0 ? made[k] : exit.refOf(b);
}

function setFieldAt(cpu: Cpu, exit: TraceExit, made: (GcRef | null)[], obj: GcRef | null, d: number, x: Box): void {
  if (x.kind === KIND_I) cpu.bhSetfieldI(obj, d, exit.intOf(x));
  else if (x.kind === KIND_R) cpu.bhSetfieldR(obj, d, refAt(exit, made, x));
  else cpu.bhSetfieldF(obj, d, exit.floatOf(x));
}

/** list_setitem's operands by kind (the index and an int value, the list and a ref value, a float value), in lists used for every item resumeFrames writes. */
class ItemOperands {
  readonly i1: number[] = [0];
  readonly i2: number[] = [0, 0];
  readonly r1: (GcRef | null)[] = [null];
  readonly r2: (GcRef | null)[] = [null, null];
  readonly f0: number[] = [];
  readonly f1: number[] = [0.0];
}

function setItemAt(cpu: Cpu, exit: TraceExit, made: (GcRef | null)[], o: ItemOperands, list: GcRef | null, d: number, index: number, x: Box): void {
  if (x.kind === KIND_I) {
    o.i2[0] = index;
    o.i2[1] = exit.intOf(x);
    o.r1[0] = list;
    cpu.bhOpV(d, o.i2, o.r1, o.f0);
  } else if (x.kind === KIND_R) {
    o.i1[0] = index;
    o.r2[0] = list;
    o.r2[1] = refAt(exit, made, x);
    cpu.bhOpV(d, o.i1, o.r2, o.f0);
  } else {
    o.i1[0] = index;
    o.r1[0] = list;
    o.f1[0] = exit.floatOf(x);
    cpu.bhOpV(d, o.i1, o.r1, o.f1);
  }
}

/** A virtual list of a guard's resume data made again (its items placeholders). */
function remakeList(cpu: Cpu, data: JitData, v: ResumeVirtual): GcRef | null {
  const args = new KindValues(remakeListArgs(v, data.descrs[v.sizeDescr].opName));
  return cpu.bhOpR(v.sizeDescr, args.ints, args.refs, args.floats);
}

/** Where tracing stopped, as blackhole frames (the boxes hold the values). */
export function framesOfMetaInterp(mframes: MIFrame[]): BlackholeFrame[] {
  const out: BlackholeFrame[] = [];
  for (let k = 0; k < mframes.length; k++) {
    const m = mframes[k];
    const f = new BlackholeFrame(m.jitcode);
    f.pc = m.pc;
    for (let r = 0; r < m.jitcode.numRegsI; r++) f.regsI[r] = m.regsI[r].intValue;
    for (let r = 0; r < m.jitcode.numRegsR; r++) f.regsR[r] = m.regsR[r].refValue;
    for (let r = 0; r < m.jitcode.numRegsF; r++) f.regsF[r] = m.regsF[r].floatValue;
    f.caught = m.caught !== null ? m.caught.refValue : null;
    if (k + 1 < mframes.length) {
      f.waitKind = mframes[k + 1].retKind;
      f.waitReg = mframes[k + 1].retReg;
    }
    f.inlinedPortal = m.inlined !== null;
    out.push(f);
  }
  out[0].isPortal = true;
  return out;
}

/** The recorded ops of a trace that reached the portal's return, and a FINISH without resume data passing the result. */
export function withFinish(mi: MetaInterp): ResOp[] {
  const r = mi.resultBox;
  mi.ops.push(new ResOp(FINISH, r !== null ? [r] : [], -1, null));
  return mi.ops;
}

/** Compiled code returned from the portal (a FINISH without resume data): its result goes to the frame. */
export function returned(exit: TraceExit, frame: BlackholeFrame): number {
  const args = exit.guard.args;
  if (args.length > 0) {
    const b = args[0];
    if (b.kind === KIND_I) frame.resultI = exit.intOf(b);
    else if (b.kind === KIND_R) frame.resultR = exit.refOf(b);
    else frame.resultF = exit.floatOf(b);
  }
  return RETURNED;
}

/** The portal returned or raised while being traced: its result or exception goes to its frame. */
export function portalEnded(mi: MetaInterp, traced: number, portal: BlackholeFrame): number {
  const r = mi.resultBox;
  if (traced === TRACE_RETURNED && r !== null) {
    portal.resultI = r.intValue;
    portal.resultR = r.refValue;
    portal.resultF = r.floatValue;
  }
  if (traced === TRACE_RAISED) portal.exception = r !== null ? r.refValue : null;
  return traced === TRACE_RETURNED ? RETURNED : RAISED;
}

/** The values of the greens (or the reds) named by the jit_merge_point the portal frame is at, per kind. */
export function mergePointValues(f: BlackholeFrame, reds: boolean, ints: number[], refs: (GcRef | null)[], floats: number[]): void {
  const code = f.jitcode.code;
  // jit_merge_point n, greens I R F, reds I R F
  let p = f.pc + 2;
  if (reds) for (let list = 0; list < 3; list++) p += code[p] + 1;
  let n = code[p++];
  for (let k = 0; k < n; k++) ints.push(f.regsI[code[p++]]);
  n = code[p++];
  for (let k = 0; k < n; k++) refs.push(f.regsR[code[p++]]);
  n = code[p++];
  for (let k = 0; k < n; k++) floats.push(f.regsF[code[p++]]);
}

/** The inverse of mergePointValues: the greens then the reds (per kind, in that order in each list) into the registers the jit_merge_point names. */
export function setMergePointValues(f: BlackholeFrame, ints: number[], refs: (GcRef | null)[], floats: number[]): void {
  const code = f.jitcode.code;
  let p = f.pc + 2;
  const at = [0, 0, 0];
  for (let list = 0; list < 6; list++) {
    const n = code[p++];
    const kind = list % 3;
    for (let k = 0; k < n; k++) {
      const reg = code[p++];
      if (kind === 0) f.regsI[reg] = ints[at[0]++];
      else if (kind === 1) f.regsR[reg] = refs[at[1]++];
      else f.regsF[reg] = floats[at[2]++];
    }
  }
}

/** The portal's result moves to the frame its caller holds (the one it passed in). */
export function copyResult(from: BlackholeFrame, to: BlackholeFrame, status: number): void {
  to.resultI = from.resultI;
  to.resultR = from.resultR;
  to.resultF = from.resultF;
  if (status === RAISED) to.exception = from.exception;
}
