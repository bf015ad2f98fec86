// The trace optimizer (RPython's optimizeopt/): passes that rewrite a
// recorded trace before it is compiled.  Each pass sees the operations in
// order and emits what survives; a removed op's result is *forwarded* to
// the box that replaces it (Box.forwarded), and every later use — operands
// and the resume data of guards — reads through the forwarding.  The passes
// are objects in a list (WarmState.passes): a user's pass is one more.
// RTS code.
import { reserve } from "rts/lltype";
import type { DescrInfo, JitData } from "./jitdata.ts";
import type { Cpu } from "./cpu.ts";
import { simplifyLoopLabel, type PeelInfo } from "./unroll.ts";
import type { BodyJump } from "./bodyentry.ts";
import { fieldConstant, foldArith } from "./executor.ts";
import { strengthenGuards } from "./strengthen.ts";
import {
  Box, CALL, GETFIELD, GUARD_EXCEPTION, GUARD_FALSE, GUARD_NO_EXCEPTION, GUARD_NOT_INVALIDATED, GUARD_TRUE, GUARD_VALUE, LABEL, INT_ADD, INT_MUL, INT_SUB, KIND_F, KIND_I, KIND_R, KindValues, NEW, OP, ResOp, constInt, idOf,
  isPureArith, OpResolver, ResumeWalk, sameValue,
} from "./resoperation.ts";

/** One optimization: sees each op (operands already resolved) and emits the ops that stay. */
export abstract class OptPass {
  abstract readonly name: string;
  /** The trace is a peeled loop (unroll.ts): its body's label; null for others. Set before start. */
  peel: PeelInfo | null = null;
  /** The trace goes on into a peeled loop's body (bodyentry.ts); null for others. Set before start. */
  intoBody: BodyJump | null = null;
  /** Called once per trace, before its first op. */
  start(_data: JitData): void {}
  /** Called after start with the whole input (a pass that looks ahead; the ops are not resolved yet). */
  prepare(_ops: ResOp[]): void {}
  /** Handles one op: emit it (perhaps changed), emit others, or drop it after forwarding its result. */
  abstract op(op: ResOp, out: ResOp[]): void;
  /** Called after the last op: may rewrite the whole output (a backward pass). */
  finish(_out: ResOp[]): void {}
}

/** Runs the passes over a trace: each pass's output is the next one's input. */
export function optimizeTrace(ops: ResOp[], passes: OptPass[], data: JitData, peel: PeelInfo | null, intoBody: BodyJump | null = null): ResOp[] {
  let current = ops;
  for (const p of passes) {
    p.peel = peel;
    p.intoBody = intoBody;
    p.start(data);
    p.prepare(current);
    // (room for the whole input at once: grown step by step, a long trace's list went through
    // several large arrays per pass, and large arrays count towards the next major collection)
    const out: ResOp[] = [];
    reserve(out, current.length + 16);
    const resolver = new OpResolver();
    for (const op of current) p.op(resolver.op(op), out);
    p.finish(out);
    current = out;
  }
  // the survivors read through every forwarding (also in their resume data): only the results
  // of removed ops are forwarded, and no op before them can mention them
  const result: ResOp[] = [];
  reserve(result, current.length);
  const resolver = new OpResolver();
  for (const op of current) result.push(resolver.op(op));
  return result;
}

/**
 * A hash of an op's operation and operands, for CSE (ops of one hash are
 * compared operand by operand: sameOperands).  Numbers, not strings: the
 * keys were strings built per op, garbage the optimizer's collections paid for.
 */
function opHash(op: ResOp): number {
  let h = (op.opnum * 65599 + op.descr) | 0;
  for (const a of op.args) h = (h * 31 + boxHash(a)) | 0;
  return h;
}

/** Int constants by value, other constants by kind (compared on a match), other boxes by their identity number. */
function boxHash(b: Box): number {
  if (!b.isConst) return idOf(b) | 0;
  // (the low 32 bits of an int: a product could leave ±2^63 — a constant near it is a fatal int overflow)
  return b.kind === KIND_I ? b.intValue | 0 : b.kind === KIND_F ? 5 : 9;
}

/** Whether two ops of one operation read the same operands: the same boxes, or constants of one value (-0.0 is not 0.0). */
function sameOperands(a: ResOp, b: ResOp): boolean {
  if (a.opnum !== b.opnum || a.descr !== b.descr || a.args.length !== b.args.length) return false;
  for (let k = 0; k < a.args.length; k++) {
    const x = a.args[k];
    const y = b.args[k];
    if (x !== y && !(x.isConst && y.isConst && sameValue(x, y))) return false;
  }
  return true;
}

/**
 * Pure operations computed twice are computed once (arithmetic, and ops
 * and calls the codewriter found elidable); guards already known to hold
 * are dropped: a second guard_true/guard_false on the same box, a second
 * guard_value on it, and a guard on a box a guard_value made constant.
 * With a cpu, an elidable op or call whose operands all became constants
 * after recording (a virtual's field, a guard_value's) is made here, and
 * its result is a constant — the metainterp folds those whose operands
 * were constants already; one that raises stays (and so does its guard).
 * The second instance strengthens guards afterwards (strengthen.ts).
 */
export class PureAndGuards extends OptPass {
  readonly name = "pure";
  constructor(
    private readonly cpu: Cpu | null,
    /** Strengthen guards after the pass (the second one: virtuals are gone by then). */
    private readonly strengthen = false,
  ) {
    super();
  }

  finish(out: ResOp[]): void {
    if (this.strengthen && this.cpu !== null) strengthenGuards(out, this.data!, this.cpu);
  }
  /** The op before was an elidable call folded here that may raise: its guard_no_exception goes too. */
  private foldedRaising = false;
  /** The pure ops kept, by opHash (their results stand for a later op of the same operation and operands). */
  private seen = new Map<number, ResOp[]>();
  /** Boxes a passed guard fixed: box identity number -> the constant it must equal. */
  private known = new Map<number, Box>();
  /** A guard_not_invalidated was kept and nothing since may have invalidated the trace: another one is redundant. */
  private checkedValid = false;
  private data: JitData | null = null;

  start(data: JitData): void {
    this.foldedRaising = false;
    this.checkedValid = false;
    this.seen = new Map<number, ResOp[]>();
    this.known = new Map<number, Box>();
    this.data = data;
  }

  op(op: ResOp, out: ResOp[]): void {
    const opnum = op.opnum;
    if (this.foldedRaising) {
      this.foldedRaising = false;
      if (opnum === GUARD_NO_EXCEPTION) return;
    }
    if (opnum === GUARD_NOT_INVALIDATED) {
      // (the metainterp records one per call that may invalidate; the calls the passes removed leave their guards
      // one after the other)
      if (this.checkedValid) return;
      this.checkedValid = true;
      out.push(op);
      return;
    }
    // (a loop's label starts code that runs again after the jump: its first check is needed; a call may write a
    // quasi-immutable field, a call_assembler runs any code)
    if (opnum === LABEL || op.assembler !== null || ((opnum === CALL || opnum === OP) && op.descr >= 0 && this.data!.descrs[op.descr].canInvalidate)) this.checkedValid = false;
    if (opnum === GUARD_TRUE || opnum === GUARD_FALSE || opnum === GUARD_VALUE) {
      const x = op.args[0];
      const want = opnum === GUARD_VALUE ? op.args[1] : constInt(opnum === GUARD_TRUE ? 1 : 0);
      const k = x.isConst ? 0 : idOf(x);
      const have = x.isConst ? x : this.known.get(k);
      if (have !== undefined && (opnum === GUARD_VALUE ? sameValue(have, want) : (have.intValue !== 0) === (want.intValue !== 0))) return;
      // (the box is not forwarded to the constant: the guard's own resume data must keep it)
      if (!x.isConst) this.known.set(k, want);
      out.push(op);
      return;
    }
    // an immutable field of an object that became a constant after recording (a virtualizable's stack item
    // forwarded to the constant pushed there, a promoted box) is a constant (RPython's getfield_gc_pure)
    if (opnum === GETFIELD && op.result !== null && this.cpu !== null && op.args[0].isConst && op.args[0].refValue !== null && this.data!.descrs[op.descr].immutable) {
      op.result.forwarded = this.immutableField(op, this.cpu);
      return;
    }
    // arithmetic on constants is a constant; x + 0, x - 0, x * 1 are x
    if (isPureArith(opnum) && op.result !== null && allConst(op.args)) {
      op.result.forwarded = foldArith(opnum, op.args, op.result.kind);
      return;
    }
    const same = op.result !== null ? this.identity(op) : null;
    if (same !== null) {
      op.result!.forwarded = same;
      return;
    }
    const info = (opnum === OP || opnum === CALL) && op.descr >= 0 ? this.data!.descrs[op.descr] : null;
    if (info !== null && info.elidable && op.result !== null && op.assembler === null && this.cpu !== null && allConst(op.args)) {
      const c = this.made(op, info, this.cpu);
      if (c !== null) {
        op.result.forwarded = c;
        this.foldedRaising = info.canRaise;
        return;
      }
    }
    const pure = isPureArith(opnum) || (info !== null && info.elidable && !info.canRaise);
    if (pure && op.result !== null) {
      const k = opHash(op);
      const same = this.seen.get(k);
      if (same !== undefined) {
        for (const prev of same) {
          if (sameOperands(prev, op)) {
            op.result.forwarded = prev.result;
            return;
          }
        }
        same.push(op);
      } else this.seen.set(k, [op]);
    }
    out.push(op);
  }

  /** The value of immutable field read `op` of a constant object, as a constant. */
  private immutableField(op: ResOp, cpu: Cpu): Box {
    const c = fieldConstant(cpu, op.args[0].refValue, op.descr, op.result!.kind);
    c.immutableItems = this.data!.descrs[op.descr].immutableItems;
    return c;
  }

  /** The result of elidable op (or call) `op` of constants, made now: a constant, or null when it raised. */
  private made(op: ResOp, info: DescrInfo, cpu: Cpu): Box | null {
    const v = new KindValues(op.args);
    const kind = op.result!.kind;
    const c = new Box(kind);
    c.isConst = true;
    const isCall = op.opnum === CALL;
    if (kind === KIND_I) c.intValue = isCall ? cpu.bhCallI(op.descr, v.ints, v.refs, v.floats) : cpu.bhOpI(op.descr, v.ints, v.refs, v.floats);
    else if (kind === KIND_R) c.refValue = isCall ? cpu.bhCallR(op.descr, v.ints, v.refs, v.floats) : cpu.bhOpR(op.descr, v.ints, v.refs, v.floats);
    else c.floatValue = isCall ? cpu.bhCallF(op.descr, v.ints, v.refs, v.floats) : cpu.bhOpF(op.descr, v.ints, v.refs, v.floats);
    if (info.canRaise && cpu.takeException() !== null) return null;
    return c;
  }

  /** The operand an int op with a neutral constant gives (x + 0, 0 + x, x - 0, x * 1, 1 * x; checked jsint ops too), or null. */
  private identity(op: ResOp): Box | null {
    const a = op.args;
    if (a.length !== 2 || a[0].kind !== KIND_I || a[1].kind !== KIND_I) return null;
    let name = "";
    if (op.opnum === INT_ADD) name = "add";
    else if (op.opnum === INT_SUB) name = "sub";
    else if (op.opnum === INT_MUL) name = "mul";
    else if (op.opnum === OP) {
      const n = this.data!.descrs[op.descr].opName;
      if (n === "jsint_add") name = "add";
      else if (n === "jsint_sub") name = "sub";
      else if (n === "jsint_mul") name = "mul";
    }
    if (name === "") return null;
    // the neutral constant: 0 for add and sub, 1 for mul (sub only on the right)
    const unit = name === "mul" ? 1 : 0;
    if (a[1].isConst && a[1].intValue === unit) return a[0];
    if (name !== "sub" && a[0].isConst && a[0].intValue === unit) return a[1];
    return null;
  }
}

function allConst(bs: Box[]): boolean {
  for (const b of bs) if (!b.isConst) return false;
  return true;
}

/**
 * Ops whose result nothing uses — no later op, guard's resume data or jump
 * — and that have no effect are removed (arithmetic, field reads, `new`,
 * ops and elidable calls that cannot raise, fail or write): what the other
 * passes leave behind when they forward a value.
 */
export class DeadCode extends OptPass {
  readonly name = "dead-code";
  private data: JitData | null = null;

  start(data: JitData): void {
    this.data = data;
  }

  op(op: ResOp, out: ResOp[]): void {
    out.push(op);
  }

  finish(out: ResOp[]): void {
    if (this.peel !== null && this.peel.closed) simplifyLoopLabel(out);
    const used = new Set<number>();
    const use = (b: Box): void => {
      if (!b.isConst) used.add(idOf(b));
    };
    const keep: boolean[] = [];
    const walk = new ResumeWalk();
    for (let k = out.length - 1; k >= 0; k--) {
      const op = out[k];
      const r = op.result;
      const live = r === null || used.has(idOf(r)) || !this.removable(op);
      keep.push(live);
      if (!live) continue;
      for (const a of op.args) use(a);
      if (op.resume !== null) walk.boxes(op, use);
    }
    const kept: ResOp[] = [];
    // (an exception can be pending only after an op or call that may raise, up to the guard that checks it: a
    // guard_no_exception of a call the passes removed or folded — an inlined call's, a virtual's allocation — checks
    // nothing, and its resume data kept values alive in the frame; richards: 92 of 102)
    let mayRaise = false;
    for (let k = 0; k < out.length; k++) {
      if (!keep[out.length - 1 - k]) continue;
      const op = out[k];
      const opnum = op.opnum;
      if (opnum === GUARD_NO_EXCEPTION && !mayRaise) continue;
      if (opnum === GUARD_NO_EXCEPTION || opnum === GUARD_EXCEPTION) mayRaise = false;
      else if ((opnum === OP || opnum === CALL) && (op.assembler !== null || op.descr < 0 || this.data!.descrs[op.descr].canRaise)) mayRaise = true;
      kept.push(op);
    }
    while (out.length > 0) out.pop();
    for (const op of kept) out.push(op);
  }

  private removable(op: ResOp): boolean {
    const opnum = op.opnum;
    if (isPureArith(opnum) || opnum === GETFIELD || opnum === NEW) return true;
    if (opnum === OP) return !this.data!.descrs[op.descr].sideEffects;
    if (opnum === CALL) return this.data!.descrs[op.descr].elidable && !this.data!.descrs[op.descr].sideEffects;
    return false;
  }
}