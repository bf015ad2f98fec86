// Bounds checks hoisted to a loop's start (RPython's unroller does this
// for the loop invariants it imports; here for list indexes).  A trace
// that reads and writes items base+lo … base+hi of a constant list (an
// interpreter's value stack at sp-1 … sp+3) gets, before its first effect,
// one test that base+hi is below the list's length and one that base+lo is
// not negative, as guards that resume at the loop's start — past its merge
// point once, so the interpreter runs that iteration and stops where it
// would if an index is out of range.  The virtuals pass then knows those
// items exist and delays every write of them.  RTS code.
import type { JitData } from "./jitdata.ts";
import { OptPass } from "./optimizer.ts";
import { splitOffset } from "./heapcache.ts";
import { Box, CALL, GUARD_TRUE, INT_ADD, INT_GE, INT_LT, KIND_I, LABEL, NO_BRIDGE, OP, ResOp, SETFIELD, constInt, idOf, itemList, sameRef } from "./resoperation.ts";

class IndexGroup {
  constructor(
    readonly list: Box,
    /** null: constant indexes. */
    readonly base: Box | null,
    readonly lenDescr: number,
    public lo: number,
    public hi: number,
  ) {}
}

export class HoistBounds extends OptPass {
  readonly name = "hoist-bounds";
  private data: JitData | null = null;

  start(data: JitData): void {
    this.data = data;
  }

  op(op: ResOp, out: ResOp[]): void {
    out.push(op);
  }

  /** An op after which resuming at the loop's start would do something twice. */
  private effect(op: ResOp): boolean {
    if (op.opnum === SETFIELD) return true;
    if (op.opnum !== CALL && op.opnum !== OP) return false;
    const d = this.data!.descrs[op.descr];
    return d.canRaise || d.writesHeap;
  }

  finish(out: ResOp[]): void {
    if (out.length === 0 || out[0].opnum !== LABEL || out[0].resume === null) return;
    const data = this.data!;
    let at = 1;
    while (at < out.length && !this.effect(out[at])) at++;
    const early = new Set<number>();
    for (let k = 0; k < at; k++) if (out[k].result !== null) early.add(idOf(out[k].result!));
    // the accesses of constant lists at indexes known before the first effect, up to an op that may change a list's length
    const groups: IndexGroup[] = [];
    for (let k = 1; k < out.length; k++) {
      const op = out[k];
      if (op.opnum !== OP && op.opnum !== CALL) continue;
      const d = data.descrs[op.descr];
      const name = d.opName;
      if (name !== "list_getitem" && name !== "list_setitem") {
        if (d.writesLists) break;
        continue;
      }
      const list = itemList(op.args);
      if (!list.isConst || list.refValue === null || d.lenDescr < 0) continue;
      const at = splitOffset(op.args[0], data);
      const base = at.base;
      const offset = at.offset;
      if (base !== null && !base.isConst && base.op !== null && !early.has(idOf(base))) continue;
      let g: IndexGroup | null = null;
      for (const x of groups) if (sameRef(x.list, list) && x.base === base) g = x;
      if (g === null) groups.push(new IndexGroup(list, base, d.lenDescr, offset, offset));
      else {
        if (offset < g.lo) g.lo = offset;
        if (offset > g.hi) g.hi = offset;
      }
    }
    const checks: ResOp[] = [];
    for (const g of groups) {
      if (g.hi === g.lo || (g.base === null && g.lo < 0)) continue;
      const len = new Box(KIND_I);
      const lenOp = new ResOp(OP, [g.list], g.lenDescr, len);
      len.op = lenOp;
      checks.push(lenOp);
      this.guard(checks, INT_LT, this.offset(checks, g.base, g.hi), len, out[0]);
      if (g.base !== null) this.guard(checks, INT_GE, this.offset(checks, g.base, g.lo), constInt(0), out[0]);
    }
    if (checks.length === 0) return;
    // as early as their operands allow (what the int bounds then learn serves the ops before the first effect too)
    let first = 1;
    for (const g of groups) {
      const b = g.base;
      if (b === null || b.isConst || b.op === null) continue;
      for (let k = first; k < at; k++) if (out[k] === b.op) first = k + 1;
    }
    const rebuilt: ResOp[] = [];
    for (let k = 0; k < first; k++) rebuilt.push(out[k]);
    for (const c of checks) rebuilt.push(c);
    for (let k = first; k < out.length; k++) rebuilt.push(out[k]);
    while (out.length > 0) out.pop();
    for (const op of rebuilt) out.push(op);
  }

  /** base + offset (a constant when there is no base). */
  private offset(checks: ResOp[], base: Box | null, offset: number): Box {
    if (base === null) return constInt(offset);
    if (offset === 0) return base;
    const r = new Box(KIND_I);
    const op = new ResOp(INT_ADD, [base, constInt(offset)], -1, r);
    r.op = op;
    checks.push(op);
    return r;
  }

  /** guard_true(x cmp y), resuming at the loop's start; never given a bridge (it would start where the loop does). */
  private guard(checks: ResOp[], cmp: number, x: Box, y: Box, start: ResOp): void {
    const c = new Box(KIND_I);
    const test = new ResOp(cmp, [x, y], -1, c);
    c.op = test;
    checks.push(test);
    const g = new ResOp(GUARD_TRUE, [c], -1, null);
    g.resume = start.resume;
    g.failures = NO_BRIDGE;
    checks.push(g);
  }
}
