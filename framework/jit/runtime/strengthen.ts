// Guard strengthening (RPython's optimizeopt replace_guard): an object a
// trace tests step by step — not a FloatCell, not null, not True, and then
// `is False` — needs only the last test, made where the first one was.
// When a guard pins a box to a constant object (guard_true(ptr_eq(x, C)) or
// guard_value(x, C)) and earlier guards tested only x (through pure ops of
// x and constants) and all hold for C, the first of them becomes the pinning
// guard, with its own resume data, and the others and the pinning guard go;
// later guards on x that hold for C go too.  Failing earlier is always
// right: the interpreter resumes at the first guard and runs on from there
// with whatever x is.  The tests' ops, unused now, are left to DeadCode.
// The second PureAndGuards pass runs it on its output.  RTS code.
import type { Cpu } from "./cpu.ts";
import type { GcRef, JitData } from "./jitdata.ts";
import { execInt, execRef } from "./executor.ts";
import { BOOL_NOT, Box, GUARD_FALSE, GUARD_TRUE, GUARD_VALUE, KIND_F, KIND_I, KIND_R, LABEL, OP, PTR_EQ, PTR_ISZERO, PTR_NE, PTR_NONZERO, ResOp, idOf } from "./resoperation.ts";

/** The guards seen on one box since the last label: where they are in the output, and the constant it is pinned to once strengthened. */
class Tested {
  readonly guards: number[] = [];
  pinned = false;
  value: GcRef | null = null;
}

/** Strengthens the guards of a pass's output in place (see above). */
export function strengthenGuards(out: ResOp[], data: JitData, cpu: Cpu): void {
  new Strengthener(data, cpu).run(out);
}

class Strengthener {
  constructor(
    private readonly data: JitData,
    private readonly cpu: Cpu,
  ) {}

  run(out: ResOp[]): void {
    // the ops that made each box (of this output only), and per tested box its guards
    const made = new Map<number, ResOp>();
    let tested = new Map<number, Tested>();
    const drop = new Set<number>();
    const replace = new Map<number, ResOp[]>();
    for (let k = 0; k < out.length; k++) {
      const op = out[k];
      if (op.opnum === LABEL) tested = new Map();
      if (op.result !== null) made.set(idOf(op.result), op);
      const isTest = op.opnum === GUARD_TRUE || op.opnum === GUARD_FALSE;
      const pin = this.pinOf(op, made);
      const x = pin !== null ? pin.x : isTest ? this.subjectOf(op.args[0], made, 0) : null;
      if (x === null) continue;
      let t = tested.get(idOf(x));
      if (t === undefined) {
        t = new Tested();
        tested.set(idOf(x), t);
      }
      if (t.pinned) {
        // (x is known to be t.value here: a guard that holds for it goes)
        if (this.holds(op, x, t.value, made)) drop.add(k);
        continue;
      }
      if (pin === null) {
        t.guards.push(k);
        continue;
      }
      let all = t.guards.length > 0;
      for (const g of t.guards) if (!this.holds(out[g], x, pin.c, made)) all = false;
      if (!all) {
        // (the pinning guard stays where it is; after it x is c all the same)
        t.pinned = true;
        t.value = pin.c;
        continue;
      }
      const first = out[t.guards[0]];
      const same = new Box(KIND_I);
      const test = new ResOp(PTR_EQ, [x, pin.cBox], -1, same);
      same.op = test;
      const g = new ResOp(GUARD_TRUE, [same], first.descr, null);
      g.resume = first.resume;
      g.virtuals = first.virtuals;
      g.pending = first.pending;
      replace.set(t.guards[0], [test, g]);
      for (let j = 1; j < t.guards.length; j++) drop.add(t.guards[j]);
      drop.add(k);
      t.pinned = true;
      t.value = pin.c;
    }
    if (drop.size === 0 && replace.size === 0) return;
    const kept: ResOp[] = [];
    for (let k = 0; k < out.length; k++) {
      const r = replace.get(k);
      if (r !== undefined) for (const o of r) kept.push(o);
      else if (!drop.has(k)) kept.push(out[k]);
    }
    while (out.length > 0) out.pop();
    for (const o of kept) out.push(o);
  }

  /** guard_true(ptr_eq(x, C)) or guard_value(x, C) of a ref box x and a constant object: x and C; else null. */
  private pinOf(op: ResOp, made: Map<number, ResOp>): { x: Box; c: GcRef | null; cBox: Box } | null {
    if (op.opnum === GUARD_VALUE) {
      const x = op.args[0];
      const c = op.args[1];
      return x.kind === KIND_R && !x.isConst && c.isConst ? { x, c: c.refValue, cBox: c } : null;
    }
    if (op.opnum !== GUARD_TRUE || op.args[0].isConst) return null;
    const p = made.get(idOf(op.args[0]));
    if (p === undefined || p.opnum !== PTR_EQ) return null;
    const a = p.args[0];
    const b = p.args[1];
    if (!a.isConst && b.isConst) return { x: a, c: b.refValue, cBox: b };
    if (a.isConst && !b.isConst) return { x: b, c: a.refValue, cBox: a };
    return null;
  }

  /** The one ref box an int box is a test of (through ptr ops with constants, bool_not and pure ops of it and constants), or null. */
  private subjectOf(b: Box, made: Map<number, ResOp>, depth: number): Box | null {
    if (b.isConst || b.kind !== KIND_I || depth > 4) return null;
    const p = made.get(idOf(b));
    if (p === undefined) return null;
    if (p.opnum === BOOL_NOT) return this.subjectOf(p.args[0], made, depth + 1);
    if (p.opnum === PTR_EQ || p.opnum === PTR_NE || p.opnum === PTR_ISZERO || p.opnum === PTR_NONZERO || (p.opnum === OP && this.pure(p))) {
      let x: Box | null = null;
      for (const a of p.args) {
        if (a.isConst) continue;
        if (a.kind !== KIND_R || x !== null) return null;
        x = a;
      }
      return x;
    }
    return null;
  }

  private pure(p: ResOp): boolean {
    const info = this.data.descrs[p.descr];
    return info.elidable && !info.canRaise && !info.sideEffects;
  }

  /** Whether guard op holds when x is the object c (false when that cannot be worked out). */
  private holds(op: ResOp, x: Box, c: GcRef | null, made: Map<number, ResOp>): boolean {
    if (op.opnum === GUARD_VALUE) return op.args[0] === x && op.args[1].isConst && op.args[1].refValue === c;
    if (op.opnum !== GUARD_TRUE && op.opnum !== GUARD_FALSE) return false;
    const v = this.valueWith(op.args[0], x, c, made, 0);
    if (v === null) return false;
    return op.opnum === GUARD_TRUE ? v !== 0 : v === 0;
  }

  /** Int box b worked out with x standing for c, or null. */
  private valueWith(b: Box, x: Box, c: GcRef | null, made: Map<number, ResOp>, depth: number): number | null {
    if (b.isConst) return b.kind === KIND_I ? b.intValue : null;
    if (depth > 4) return null;
    const p = made.get(idOf(b));
    if (p === undefined) return null;
    const ref = (a: Box): GcRef | null => (a === x ? c : a.refValue);
    if (p.opnum === BOOL_NOT) {
      const v = this.valueWith(p.args[0], x, c, made, depth + 1);
      return v === null ? null : execInt(BOOL_NOT, v, v);
    }
    if (p.opnum === PTR_EQ || p.opnum === PTR_NE) return execRef(p.opnum, ref(p.args[0]), ref(p.args[1]));
    if (p.opnum === PTR_ISZERO || p.opnum === PTR_NONZERO) return execRef(p.opnum, ref(p.args[0]), null);
    if (p.opnum !== OP || !this.pure(p)) return null;
    const ints: number[] = [];
    const refs: (GcRef | null)[] = [];
    const floats: number[] = [];
    for (const a of p.args) {
      if (a !== x && !a.isConst) return null;
      if (a.kind === KIND_I) ints.push(a.intValue);
      else if (a.kind === KIND_R) refs.push(ref(a));
      else if (a.kind === KIND_F) floats.push(a.floatValue);
    }
    return this.cpu.bhOpI(p.descr, ints, refs, floats);
  }
}
