// Int bounds (RPython's optimizeopt/intbounds.py): the range each int box
// of a trace is known to lie in, from constants, arithmetic, the guards on
// comparisons that passed and the list accesses that succeeded (an index
// that worked is in [0, 2^48)).  With them, a comparison the ranges decide
// is a constant (and its guard goes), and the interpreter's checked
// arithmetic (jsint_add / jsint_sub, which stop at ±2^53) becomes plain
// int_add / int_sub where it cannot leave that range: the stack pointer's
// `sp - 1` after the stack was indexed at sp.
//
// A peeled loop's label args get ranges too (RPython's VirtualState
// compares int bounds at the jump): each is assumed to lie where its
// value from the preamble lies, the pass is run over the trace without
// changing anything (`dry`), and a side of an assumption the body's jump
// value does not keep is dropped, until the assumptions hold round the
// loop (they then hold by induction).  RTS code.
import type { JitData } from "./jitdata.ts";
import { OptPass } from "./optimizer.ts";
import { constantStep, exactOffset } from "./heapcache.ts";
import {
  BOOL_NOT, Box, GUARD_FALSE, GUARD_TRUE, GUARD_VALUE, INT_ADD, INT_EQ, INT_GE, INT_GT, INT_IS_TRUE, INT_LE, INT_LT, INT_NE, INT_SUB, JUMP, KIND_I, LABEL, OP, ResOp, UINT_LT, constInt, idOf, mapOp, resolve,
} from "./resoperation.ts";

/** Every int of a trace lies within ±2^53 (the interpreter's ints are JavaScript's safe integers): the unknown range. */
const TOP = 9007199254740992;
/** A list's or typed array's length is below this (memory): an index that worked is in [0, MAX_INDEX). */
const MAX_INDEX = 281474976710656;

export class IntBounds extends OptPass {
  readonly name = "intbounds";
  private data: JitData | null = null;
  private lo = new Map<number, number>();
  private hi = new Map<number, number>();
  /** Working out ranges only: no op is changed or dropped, no box forwarded. */
  private dry = false;
  /** A peeled loop's body label: the range each arg is taken to lie in there (empty: none). */
  private labelLo: number[] = [];
  private labelHi: number[] = [];
  /** The body label's position in the pass's input (-1: none), and how many ops the pass has been given. */
  private labelAt = -1;
  private seen = 0;

  start(data: JitData): void {
    this.data = data;
    this.lo = new Map<number, number>();
    this.hi = new Map<number, number>();
    this.labelLo = [];
    this.labelHi = [];
    this.labelAt = -1;
    this.seen = 0;
  }

  /** A closed peeled loop (entered at its body only from its preamble): the ranges its label's args keep round the loop. */
  prepare(input: ResOp[]): void {
    const peel = this.peel;
    const n = input.length;
    if (peel === null || !peel.closed || !peel.labelBounds || n < 3) return;
    const back = input[n - 1];
    let at = -1;
    for (let k = 1; k < n; k++) if (input[k].opnum === LABEL) at = k;
    if (at < 1 || back.opnum !== JUMP || back.descr !== -1 || input[at - 1].opnum !== JUMP) return;
    const ops: ResOp[] = [];
    for (const op of input) ops.push(mapOp(op, resolve));
    const label = ops[at];
    const entry = ops[at - 1];
    if (entry.args.length !== label.args.length || ops[n - 1].args.length !== label.args.length) return;
    const lo: number[] = [];
    const hi: number[] = [];
    let assumed = false;
    this.labelAt = at;
    for (let round = 0; round < 8; round++) {
      this.lo = new Map<number, number>();
      this.hi = new Map<number, number>();
      this.dry = true;
      this.seen = 0;
      const scratch: ResOp[] = [];
      for (let k = 0; k < n - 1; k++) {
        if (k === at) {
          if (!assumed) {
            // first round: what the preamble's jump gives
            for (const x of entry.args) {
              lo.push(x.kind === KIND_I ? this.lower(x) : -TOP);
              hi.push(x.kind === KIND_I ? this.upper(x) : TOP);
            }
            assumed = true;
          }
          this.labelLo = lo;
          this.labelHi = hi;
        }
        this.op(ops[k], scratch);
      }
      // what the body's jump gives must lie within what was assumed; a side that does not is dropped
      let holds = true;
      const end = ops[n - 1].args;
      for (let i = 0; i < end.length; i++) {
        if (end[i].kind !== KIND_I) continue;
        if (lo[i] > -TOP && this.lower(end[i]) < lo[i]) {
          lo[i] = -TOP;
          holds = false;
        }
        if (hi[i] < TOP && this.upper(end[i]) > hi[i]) {
          hi[i] = TOP;
          holds = false;
        }
      }
      if (holds) break;
      if (round === 7) {
        for (let i = 0; i < lo.length; i++) {
          lo[i] = -TOP;
          hi[i] = TOP;
        }
      }
    }
    this.dry = false;
    this.seen = 0;
    this.lo = new Map<number, number>();
    this.hi = new Map<number, number>();
    this.labelLo = lo;
    this.labelHi = hi;
  }

  private lower(b: Box): number {
    if (b.isConst) return b.intValue;
    return b.id === 0 ? -TOP : (this.lo.get(b.id) ?? -TOP);
  }

  private upper(b: Box): number {
    if (b.isConst) return b.intValue;
    return b.id === 0 ? TOP : (this.hi.get(b.id) ?? TOP);
  }

  /**
   * b is within [lo, hi] as well as what was known; so is what b is a
   * constant away from (x + c within ±2^53 was exact: x is within [lo - c, hi - c]).
   */
  private narrow(b: Box, lo: number, hi: number): void {
    let x = b;
    let l = lo;
    let h = hi;
    for (let depth = 0; depth < 8 && !x.isConst && x.kind === KIND_I; depth++) {
      const id = idOf(x);
      if (l > this.lower(x)) this.lo.set(id, l);
      if (h < this.upper(x)) this.hi.set(id, h);
      const op = x.op;
      if (op === null || l <= -TOP || h >= TOP) return;
      const sign = constantStep(op, this.data!, true);
      if (sign === 0) return;
      // (x + c: [l - c, h - c]; x - c: [l + c, h + c]; no multiplication by the sign, see splitOffset)
      const c = op.args[1].intValue;
      l = sign > 0 ? l - c : l + c;
      h = sign > 0 ? h - c : h + c;
      x = op.args[0];
    }
  }

  op(op: ResOp, out: ResOp[]): void {
    const a = op.args;
    const r = op.result;
    const index = this.seen++;
    switch (op.opnum) {
      case INT_ADD:
      case INT_SUB:
        if (op.opnum === INT_SUB && this.difference(op)) return;
        // (the metainterp's own depth counter steps are plain ops: richards' traces kept i + 1 - 1)
        if (this.undoesStep(r!, a[0], a[1], op.opnum === INT_SUB)) return;
        out.push(op);
        this.sum(r!, a[0], a[1], op.opnum === INT_SUB);
        return;
      case LABEL:
        out.push(op);
        if (index === this.labelAt && this.labelLo.length === a.length) for (let i = 0; i < a.length; i++) if (a[i].kind === KIND_I) this.narrow(a[i], this.labelLo[i], this.labelHi[i]);
        return;
      case INT_LT:
      case INT_LE:
      case INT_GT:
      case INT_GE:
      case INT_EQ:
      case INT_NE:
      case UINT_LT: {
        const known = this.decide(op.opnum, a[0], a[1]);
        if (known >= 0) {
          if (this.dry) this.narrow(r!, known, known);
          else r!.forwarded = constInt(known);
          return;
        }
        out.push(op);
        this.narrow(r!, 0, 1);
        return;
      }
      case INT_IS_TRUE:
      case BOOL_NOT:
        out.push(op);
        this.narrow(r!, 0, 1);
        return;
      case GUARD_TRUE:
      case GUARD_FALSE:
        out.push(op);
        this.learn(a[0], op.opnum === GUARD_TRUE);
        return;
      case GUARD_VALUE:
        out.push(op);
        if (a[0].kind === KIND_I && a[1].isConst) this.narrow(a[0], a[1].intValue, a[1].intValue);
        return;
      case OP:
        this.opOfTable(op, out);
        return;
    }
    out.push(op);
  }

  /**
   * x - y of two boxes that are one box plus constants through plain
   * int_add/int_sub (exact): the constant difference (the Lox VM's promoted
   * stack depth, sp - base, after sp = base + depth).
   */
  private difference(op: ResOp): boolean {
    const x = exactOffset(op.args[0], this.data!);
    const y = exactOffset(op.args[1], this.data!);
    if (x.base === null || x.base !== y.base) return false;
    if (this.dry) this.narrow(op.result!, x.offset - y.offset, x.offset - y.offset);
    else op.result!.forwarded = constInt(x.offset - y.offset);
    return true;
  }

  /**
   * r = x - c (or x + c) where x is base + c exactly (plain int ops): r is
   * base — the interpreter's depth counter, incremented at an inlined call
   * and decremented at its return, is the same box again, and the next
   * call's recursion check the same guard (go: 176 of them).
   */
  private undoesStep(r: Box, x: Box, c: Box, minus: boolean): boolean {
    if (!c.isConst) return false;
    const chain = exactOffset(x, this.data!);
    if (chain.base === null || chain.base === x || chain.offset !== (minus ? c.intValue : -c.intValue)) return false;
    if (this.dry) this.narrow(r, this.lower(chain.base), this.upper(chain.base));
    else r.forwarded = chain.base;
    return true;
  }

  /** r = x + y (or x - y): its range, when the operands' ranges give one within ±2^53. */
  private sum(r: Box, x: Box, y: Box, minus: boolean): boolean {
    const lo = minus ? this.lower(x) - this.upper(y) : this.lower(x) + this.lower(y);
    const hi = minus ? this.upper(x) - this.lower(y) : this.upper(x) + this.upper(y);
    if (lo <= -TOP || hi >= TOP) return false;
    this.narrow(r, lo, hi);
    return true;
  }

  /** 1 or 0 when the ranges decide the comparison, else -1. */
  private decide(opnum: number, x: Box, y: Box): number {
    const xl = this.lower(x);
    const xh = this.upper(x);
    const yl = this.lower(y);
    const yh = this.upper(y);
    switch (opnum) {
      case INT_LT:
        return xh < yl ? 1 : xl >= yh ? 0 : -1;
      case INT_LE:
        return xh <= yl ? 1 : xl > yh ? 0 : -1;
      case INT_GT:
        return xl > yh ? 1 : xh <= yl ? 0 : -1;
      case INT_GE:
        return xl >= yh ? 1 : xh < yl ? 0 : -1;
      case INT_EQ:
        return xh < yl || xl > yh ? 0 : xl === xh && yl === yh && xl === yl ? 1 : -1;
      case INT_NE:
        return xh < yl || xl > yh ? 1 : xl === xh && yl === yh && xl === yl ? 0 : -1;
      case UINT_LT:
        return xl >= 0 && xh < yl ? 1 : xh < 0 || xl >= yh ? 0 : -1;
    }
    return -1;
  }

  /** A guard passed: the comparison it tested (through bool_not) came out `holds`. */
  private learn(test: Box, holds: boolean): void {
    let c = test.op;
    let h = holds;
    while (c !== null && c.opnum === BOOL_NOT) {
      h = !h;
      c = c.args[0].op;
    }
    if (c === null || c.args.length !== 2) return;
    const x = c.args[0];
    const y = c.args[1];
    if (x.kind !== KIND_I || y.kind !== KIND_I) return;
    // x < y, x <= y and the others, with the operands' ranges as they are
    let opnum = c.opnum;
    if (!h) {
      if (opnum === INT_LT) opnum = INT_GE;
      else if (opnum === INT_LE) opnum = INT_GT;
      else if (opnum === INT_GT) opnum = INT_LE;
      else if (opnum === INT_GE) opnum = INT_LT;
      else if (opnum === INT_EQ) opnum = INT_NE;
      else if (opnum === INT_NE) opnum = INT_EQ;
      else return;
    }
    const xl = this.lower(x);
    const xh = this.upper(x);
    const yl = this.lower(y);
    const yh = this.upper(y);
    if (opnum === INT_LT) {
      this.narrow(x, xl, yh - 1);
      this.narrow(y, xl + 1, yh);
    } else if (opnum === INT_LE) {
      this.narrow(x, xl, yh);
      this.narrow(y, xl, yh);
    } else if (opnum === INT_GT) {
      this.narrow(x, yl + 1, xh);
      this.narrow(y, yl, xh - 1);
    } else if (opnum === INT_GE) {
      this.narrow(x, yl, xh);
      this.narrow(y, yl, xh);
    } else if (opnum === INT_EQ) {
      const lo = xl > yl ? xl : yl;
      const hi = xh < yh ? xh : yh;
      this.narrow(x, lo, hi);
      this.narrow(y, lo, hi);
    } else if (opnum === INT_NE) {
      // x != c at an end of x's range moves that end (a u8 item tested against 0 is in [1, 255])
      if (yl === yh && xl === yl) this.narrow(x, xl + 1, xh);
      else if (yl === yh && xh === yl) this.narrow(x, xl, xh - 1);
      if (xl === xh && yl === xl) this.narrow(y, yl + 1, yh);
      else if (xl === xh && yh === xl) this.narrow(y, yl, yh - 1);
    } else if (opnum === UINT_LT && h) {
      this.narrow(x, 0, yh - 1);
    }
  }

  /** Ops of the op table: checked arithmetic that cannot fail becomes plain; an index that worked is in range. */
  private opOfTable(op: ResOp, out: ResOp[]): void {
    const name = this.data!.descrs[op.descr].opName;
    const a = op.args;
    const r = op.result;
    if ((name === "jsint_add" || name === "jsint_sub") && r !== null) {
      const minus = name === "jsint_sub";
      if (this.undoesStep(r, a[0], a[1], minus)) return;
      if (this.sum(r, a[0], a[1], minus)) {
        if (this.dry) return;
        // within ±2^53 whatever the operands are: plain arithmetic, which cannot fail
        const plain = new ResOp(minus ? INT_SUB : INT_ADD, a, -1, r);
        r.op = plain;
        if (minus && this.difference(plain)) return;
        out.push(plain);
        return;
      }
      out.push(op);
      return;
    }
    out.push(op);
    if (name === "int32_and" && a.length === 2 && a[1].isConst && a[1].intValue >= 0 && r !== null) this.narrow(r, 0, a[1].intValue);
    else if ((name === "list_len" || name === "typed_len") && r !== null) this.narrow(r, 0, MAX_INDEX);
    else if (name === "list_getitem" || name === "list_setitem" || name === "typed_getitem" || name === "typed_setitem") this.narrow(a[0], 0, MAX_INDEX - 1);
    // a typed array's item: its element type's range
    const elem = this.data!.descrs[op.descr].elem;
    if (name === "typed_getitem" && r !== null && elem === "u8") this.narrow(r, 0, 255);
    else if (name === "typed_getitem" && r !== null && elem === "i32") this.narrow(r, -2147483648, 2147483647);
  }
}
