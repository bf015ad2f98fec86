// The trace optimizer (RPython's optimizeopt/): passes that rewrite a
// recorded trace before it is compiled.  Each pass sees the operations in
// order and emits what survives; a removed op's result is *forwarded* to
// the box that replaces it (Box.forwarded), and every later use — operands
// and the resume data of guards — reads through the forwarding.  The passes
// are objects in a list (WarmState.passes): a user's pass is one more.
// RTS code.
import { toInt } from "rts/rlib";
import type { JitData } from "./jitdata.ts";
import {
  Box, CALL, GETFIELD, GUARD_FALSE, GUARD_TRUE, GUARD_VALUE, JUMP, KIND_F, KIND_I, NEW, OP, ResOp, ResumeFrame, SETFIELD, constInt, isGuard, isPureArith, sameValue,
} from "./resoperation.ts";

/** The box that stands for b now (b itself, unless an optimization replaced it). */
export function resolve(b: Box): Box {
  let x = b;
  while (x.forwarded !== null) x = x.forwarded;
  return x;
}

/** One optimization: sees each op (operands already resolved) and emits the ops that stay. */
export abstract class OptPass {
  abstract readonly name: string;
  /** Called once per trace, before its first op. */
  start(_data: JitData): void {}
  /** Handles one op: emit it (perhaps changed), emit others, or drop it after forwarding its result. */
  abstract op(op: ResOp, out: ResOp[]): void;
}

/** Runs the passes over a trace: each pass's output is the next one's input. */
export function optimizeTrace(ops: ResOp[], passes: OptPass[], data: JitData): ResOp[] {
  let current = ops;
  for (const p of passes) {
    p.start(data);
    const out: ResOp[] = [];
    for (const op of current) p.op(resolveOp(op), out);
    current = out;
  }
  // the survivors read through every forwarding (also in their resume data): only the results
  // of removed ops are forwarded, and no op before them can mention them
  const result: ResOp[] = [];
  for (const op of current) result.push(resolveOp(op));
  return result;
}

function resolveBoxes(bs: Box[]): Box[] {
  const out: Box[] = [];
  for (const b of bs) out.push(resolve(b));
  return out;
}

/** The op with its operands and resume data resolved (a copy when anything changed). */
function resolveOp(op: ResOp): ResOp {
  let changed = false;
  for (const a of op.args) if (a.forwarded !== null) changed = true;
  if (op.resume !== null) {
    for (const rf of op.resume) {
      for (const b of rf.boxesI) if (b.forwarded !== null) changed = true;
      for (const b of rf.boxesR) if (b.forwarded !== null) changed = true;
      for (const b of rf.boxesF) if (b.forwarded !== null) changed = true;
    }
  }
  if (!changed) return op;
  const copy = new ResOp(op.opnum, resolveBoxes(op.args), op.descr, op.result);
  if (op.result !== null) op.result.op = copy;
  if (op.resume !== null) {
    const frames: ResumeFrame[] = [];
    for (const rf of op.resume) {
      const n = new ResumeFrame(rf.jitcode, rf.pc, rf.regsI, resolveBoxes(rf.boxesI), rf.regsR, resolveBoxes(rf.boxesR), rf.regsF, resolveBoxes(rf.boxesF));
      n.waitKind = rf.waitKind;
      n.waitReg = rf.waitReg;
      frames.push(n);
    }
    copy.resume = frames;
  }
  return copy;
}

/** A key naming an op's operation and operands (boxes by identity number), for CSE. */
function opKey(op: ResOp): string {
  let k = String(op.opnum) + ":" + String(op.descr);
  for (const a of op.args) k += "," + boxKey(a);
  return k;
}

let nextBoxId = 1;
/** Int and float constants by value, other boxes by an identity number given on demand (RTS maps are keyed by numbers or strings). */
function boxKey(b: Box): string {
  if (b.isConst && b.kind === KIND_I) return "#" + String(b.intValue);
  if (b.isConst && b.kind === KIND_F) return "%" + String(b.floatValue);
  if (b.id === 0) b.id = nextBoxId++;
  return "b" + String(b.id);
}

/**
 * Pure operations computed twice are computed once (arithmetic, and ops
 * and calls the codewriter found elidable); guards already known to hold
 * are dropped: a second guard_true/guard_false on the same box, a second
 * guard_value on it, and a guard on a box a guard_value made constant.
 */
export class PureAndGuards extends OptPass {
  readonly name = "pure";
  private seen = new Map<string, Box>();
  /** Boxes a passed guard fixed: box key -> the constant it must equal. */
  private known = new Map<string, Box>();
  private data: JitData | null = null;

  start(data: JitData): void {
    this.seen = new Map();
    this.known = new Map();
    this.data = data;
  }

  op(op: ResOp, out: ResOp[]): void {
    const opnum = op.opnum;
    if (opnum === GUARD_TRUE || opnum === GUARD_FALSE || opnum === GUARD_VALUE) {
      const x = op.args[0];
      const want = opnum === GUARD_VALUE ? op.args[1] : constInt(opnum === GUARD_TRUE ? 1 : 0);
      const k = boxKey(x);
      const have = x.isConst ? x : this.known.get(k);
      if (have !== undefined && (opnum === GUARD_VALUE ? sameValue(have, want) : (have.intValue !== 0) === (want.intValue !== 0))) return;
      // (the box is not forwarded to the constant: the guard's own resume data must keep it)
      if (!x.isConst) this.known.set(k, want);
      out.push(op);
      return;
    }
    const pure = isPureArith(opnum) || ((opnum === OP || opnum === CALL) && op.descr >= 0 && this.data!.descrs[op.descr].elidable && !this.data!.descrs[op.descr].canRaise);
    if (pure && op.result !== null) {
      const k = opKey(op);
      const prev = this.seen.get(k);
      if (prev !== undefined) {
        op.result.forwarded = prev;
        return;
      }
      this.seen.set(k, op.result);
    }
    out.push(op);
  }
}

/**
 * Field reads of an object whose field is known — written or read before
 * in the trace, with nothing in between that may write it — use the known
 * value (RPython's heap.py).  A setfield forgets the field on every other
 * object (they may be the same object); a call or op forgets the fields
 * its effects say it may write (all of them for an unknown callee).
 */
export class HeapCache extends OptPass {
  readonly name = "heap";
  /** "descr/object key" -> the field's value. */
  private fields = new Map<string, Box>();
  private data: JitData | null = null;

  start(data: JitData): void {
    this.fields = new Map();
    this.data = data;
  }

  op(op: ResOp, out: ResOp[]): void {
    const opnum = op.opnum;
    if (opnum === GETFIELD) {
      const k = String(op.descr) + "/" + boxKey(op.args[0]);
      const v = this.fields.get(k);
      if (v !== undefined && op.result !== null) {
        op.result.forwarded = v;
        return;
      }
      if (op.result !== null) this.fields.set(k, op.result);
      out.push(op);
      return;
    }
    if (opnum === SETFIELD) {
      const obj = boxKey(op.args[0]);
      // another object's same field may be this one: forget it
      const prefix = String(op.descr) + "/";
      const stale: string[] = [];
      for (const k of this.fields.keys()) if (k.startsWith(prefix) && k !== prefix + obj) stale.push(k);
      for (const k of stale) this.fields.delete(k);
      this.fields.set(prefix + obj, op.args[1]);
      out.push(op);
      return;
    }
    if (opnum === OP || opnum === CALL) {
      const d = this.data!.descrs[op.descr];
      const written = d.writtenFields;
      if (written === null) this.fields = new Map();
      else if (written.length > 0) {
        // forget the fields it may write (by name: the effect's class is the static type)
        const stale: string[] = [];
        for (const k of this.fields.keys()) {
          const descr = this.data!.descrs[toInt(Number(k.slice(0, k.indexOf("/"))))];
          if (written.indexOf(descr.fieldName) >= 0) stale.push(k);
        }
        for (const k of stale) this.fields.delete(k);
      }
    } else if (opnum === JUMP || (opnum !== NEW && !isGuard(opnum) && !isPureArith(opnum))) {
      this.fields = new Map();
    }
    out.push(op);
  }
}
