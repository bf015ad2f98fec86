// The machine-code backend's random tester (RPython's test_random.py): an
// RTS program, translated with --jit, that builds random traces — int and
// float arithmetic and comparisons, pointer tests, fields of int, float,
// bool and ref type, allocations, calls, the interpreter's checked int
// arithmetic, guards that hold and guards that fail (guard_not_invalidated
// in the traces made to run invalidated, one in sixteen), loops — and runs each
// on the trace runner alone and on the machine code, from equal heaps, then
// compares where each left the trace, the values it left with and the heap.
// Values are worked out as the trace is built (as the metainterp does), so
// guards mostly hold and traces run long.
//
//   rts translate tests/jit/backend-fuzz.ts -o fuzz --jit && ./fuzz [TRACES] [SEED] [SHOW|progress]
//
// prints `traces N ops M mismatches 0` (exit status 1 and the first
// mismatching trace otherwise).  tests/jit.test.ts runs a fixed-seed batch.
import { JitDriver, dontLookInside } from "rts/jit";
import { codeArch } from "rts/ll";
import { flush } from "rts/rlib/os";
import { intDiv, toInt } from "rts/rlib";
import { JIT_DATA } from "../../framework/jit/runtime/portal.ts";
import { TranslatedCpu } from "../../framework/jit/runtime/translated-cpu.ts";
import { TraceRunner, numberBoxes, type TraceExit } from "../../framework/jit/runtime/tracerunner.ts";
import { nativeBackendFor } from "../../framework/jit/runtime/native.ts";
import { formatTrace } from "../../framework/jit/runtime/logger.ts";
import { ARITH_KINDS, CAST_INT_TO_FLOAT, execFloat, execFloatCompare, execInt, execRef } from "../../framework/jit/runtime/executor.ts";
import { DESCR_CALL, DESCR_FIELD, DESCR_OP, DESCR_SIZE, STORE_F64, STORE_I64, STORE_PTR, type GcRef } from "../../framework/jit/runtime/jitdata.ts";
import { JitStats } from "../../framework/jit/runtime/warmstate.ts";
import {
  Box, BOOL_NOT, CALL, CompiledTrace, FINISH, FLOAT_ADD, FLOAT_DIV, FLOAT_EQ, FLOAT_GE, FLOAT_GT, FLOAT_LE, FLOAT_LT, FLOAT_MUL, FLOAT_NE, FLOAT_NEG, FLOAT_SUB, GETFIELD, GUARD_FALSE, GUARD_NOT_INVALIDATED, GUARD_TRUE,
  GUARD_VALUE, INT_ADD, INT_EQ, INT_GE, INT_GT, INT_IS_TRUE, INT_LE, INT_LT, INT_MUL, INT_NE, INT_NEG, INT_SUB, JUMP, KIND_F, KIND_I, KIND_R, LABEL, NEW, OP, PTR_EQ, PTR_ISZERO, PTR_NE, PTR_NONZERO, ResOp,
  ResumeFrame, SETFIELD, UINT_LT, constFloat, constInt, constRef, failArgsOf, sameValue,
} from "../../framework/jit/runtime/resoperation.ts";

// ---- the program the JIT data comes from: its descrs are what the traces use
class Cell {
  i = 0;
  f = 0.5;
  b = false;
  r: Cell | null = null;
  // (lists of each item kind: their appends and pops give the list ops the traces use; the traces replace ns and rs by lists made filled)
  ns: number[] = [];
  readonly xs: number[] = [];
  rs: Cell[] = [];
}

function mix(a: number, b: number): number {
  return ((a << 5) - a + b) & 1048575;
}
dontLookInside(mix);

const driver = new JitDriver({ greens: ["pc"], reds: ["n", "cell"] });

function touch(n: number, cell: Cell): number {
  let pc = 0;
  while (pc < n) {
    driver.jitMergePoint({ pc, n, cell });
    const next = new Cell();
    next.i = mix(cell.i, pc) - pc;
    next.f = cell.f * 0.5;
    next.b = !cell.b;
    next.r = cell.r;
    cell.r = next;
    cell.ns.push(pc);
    cell.xs.push(next.f);
    cell.rs.push(next);
    // (item stores, for their descrs)
    cell.ns[0] = pc;
    cell.xs[0] = next.f;
    cell.rs[0] = next;
    if (cell.ns.length > 2) {
      cell.ns.pop();
      const x = cell.xs.pop();
      if (x === 0.25) next.i++;
      next.f = x!;
      cell.rs.pop();
    }
    // (lists made filled, for their descrs)
    const filledN = new Array<number>(pc & 3).fill(pc);
    const filledR = new Array<Cell>(pc & 1).fill(next);
    next.i += filledN.length + filledR.length;
    // (JavaScript's 32-bit operators, for their descrs)
    next.i += (((pc << 3) ^ (pc >> 1)) | (~pc & 7)) + Math.imul(pc, 3) + (pc >>> 2);
    // (integer division, remainder and truncation, for their descrs)
    next.i += intDiv(next.i, pc + 1) + (pc % 7) + toInt(next.f * 3);
    // (a float's tests, for their descrs)
    if (Number.isNaN(next.f) || !Number.isFinite(next.f)) next.f = 0.5;
    // (the interpreter's checked product and absolute value, for their descrs)
    next.i = (next.i & 65535) - Math.abs(next.i - 3) * (pc + 1);
    pc++;
  }
  return cell.i;
}

// ---- randomness (xorshift32: int operations only, so every value the
// fuzzer derives from it stays an int to the annotator)
class Random {
  state = 1;
  constructor(seed: number) {
    this.state = ((seed & 0x3fffffff) << 1) | 1;
  }
  next(): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    this.state = x;
    return x >>> 0;
  }
  below(n: number): number {
    const x = this.next();
    return x % n;
  }
}

class Descrs {
  fieldI = -1;
  fieldF = -1;
  fieldB = -1;
  fieldR = -1;
  size = -1;
  call = -1;
  /** jsint_add, jsint_sub, jsint_mul, jsint_neg, jsint_abs, int_abs: those the sample's code has. */
  readonly jsintOps: number[] = [];
  /** The cells' lists (fields ns, xs, rs), by item kind (KIND_*): the fields, list_new, and list_store. */
  readonly lists: number[] = [-1, -1, -1];
  readonly listNew: number[] = [-1, -1, -1];
  /** list_new_filled per item kind (ints and refs: the lists that replace a cell's ns and rs). */
  readonly listNewFilled: number[] = [-1, -1, -1];
  readonly listStore: number[] = [-1, -1, -1];
  listLen = -1;
  listCapacity = -1;
  listReserve = -1;
  listSetLen = -1;
  optNarrow = -1;
  optFloatEq = -1;
  /** int32_and … uint32_shr (JavaScript's 32-bit operators), those the sample's code has. */
  readonly int32Ops: number[] = [];
  /** float_is_nan and float_is_finite. */
  readonly floatTests: number[] = [];
  /** int_div_trunc, int_mod and float_trunc_to_int (inline divisions: the divisor 0 or -1 and odd floats exit). */
  readonly divisionOps: number[] = [];
  /** list_setitem per item kind (an index the trace computes: in a register). */
  readonly listSetItem: number[] = [-1, -1, -1];
  /** list_getitem per item kind (comparing the runs' lists). */
  readonly listGetItem: number[] = [-1, -1, -1];
}

/** The item kind (KIND_*) a list item op's storage says. */
function storageKind(storage: number): number {
  return storage === STORE_F64 ? KIND_F : storage === STORE_PTR ? KIND_R : storage === STORE_I64 ? KIND_I : -1;
}

function findDescrs(): Descrs {
  const d = new Descrs();
  for (let k = 0; k < JIT_DATA.descrs.length; k++) {
    const x = JIT_DATA.descrs[k];
    if (x.kind === DESCR_FIELD && x.name === "field Cell.i") d.fieldI = k;
    else if (x.kind === DESCR_FIELD && x.name === "field Cell.f") d.fieldF = k;
    else if (x.kind === DESCR_FIELD && x.name === "field Cell.b") d.fieldB = k;
    else if (x.kind === DESCR_FIELD && x.name === "field Cell.r") d.fieldR = k;
    else if (x.kind === DESCR_SIZE && x.name === "size Cell") d.size = k;
    else if (x.kind === DESCR_CALL && x.name.startsWith("call mix")) d.call = k;
    else if (x.kind === DESCR_OP && JSINT_OPS.includes(x.opName)) d.jsintOps.push(k);
    else if (x.kind === DESCR_FIELD && (x.name === "field Cell.ns" || x.name === "field Cell.xs" || x.name === "field Cell.rs")) d.lists[x.name === "field Cell.ns" ? KIND_I : x.name === "field Cell.xs" ? KIND_F : KIND_R] = k;
    else if (x.kind === DESCR_OP && x.opName === "list_new") d.listNew[x.name.endsWith("Signed") ? KIND_I : x.name.endsWith("Float") ? KIND_F : KIND_R] = k;
    else if (x.kind === DESCR_OP && x.opName === "list_new_filled" && storageKind(x.storage) >= 0) d.listNewFilled[storageKind(x.storage)] = k;
    else if (x.kind === DESCR_OP && x.opName === "list_store" && storageKind(x.storage) >= 0) d.listStore[storageKind(x.storage)] = k;
    else if (x.kind === DESCR_OP && x.opName === "list_getitem" && storageKind(x.storage) >= 0) d.listGetItem[storageKind(x.storage)] = k;
    else if (x.kind === DESCR_OP && x.opName === "list_setitem" && storageKind(x.storage) >= 0) d.listSetItem[storageKind(x.storage)] = k;
    else if (x.kind === DESCR_OP && x.opName === "list_len") d.listLen = k;
    else if (x.kind === DESCR_OP && x.opName === "list_capacity") d.listCapacity = k;
    else if (x.kind === DESCR_OP && x.opName === "list_reserve") d.listReserve = k;
    else if (x.kind === DESCR_OP && x.opName === "list_set_len") d.listSetLen = k;
    else if (x.kind === DESCR_OP && x.opName === "opt_narrow" && x.storage === STORE_F64) d.optNarrow = k;
    else if (x.kind === DESCR_OP && x.opName === "opt_float_eq") d.optFloatEq = k;
    else if (x.kind === DESCR_OP && (x.opName.startsWith("int32_") || x.opName === "uint32_shr")) d.int32Ops.push(k);
    else if (x.kind === DESCR_OP && (x.opName === "float_is_nan" || x.opName === "float_is_finite")) d.floatTests.push(k);
    else if (x.kind === DESCR_OP && (x.opName === "int_div_trunc" || x.opName === "int_mod" || x.opName === "float_trunc_to_int")) d.divisionOps.push(k);
  }
  return d;
}

/** The interpreter's checked int arithmetic (exact within ±2^53, rounded beyond: the code leaves that and overflow to the runner). */
const JSINT_OPS = ["jsint_add", "jsint_sub", "jsint_mul", "jsint_neg", "jsint_abs", "int_abs"];
const UNARY_JSINT_OPS = ["jsint_neg", "jsint_abs", "int_abs"];
const INT_BINARY = [INT_ADD, INT_SUB, INT_MUL, INT_LT, INT_LE, INT_GT, INT_GE, INT_EQ, INT_NE, UINT_LT];
const INT_UNARY = [INT_NEG, INT_IS_TRUE, BOOL_NOT];
const FLOAT_BINARY = [FLOAT_ADD, FLOAT_SUB, FLOAT_MUL, FLOAT_DIV, FLOAT_LT, FLOAT_LE, FLOAT_GT, FLOAT_GE, FLOAT_EQ, FLOAT_NE];
const INTERESTING_FLOATS = [0.0, -0.0, 1.5, -2.25, 1e300, 0.1, 3.0];
/** Floats a float's tests are given besides the trace's own. */
const ODD_FLOATS = [NaN, Infinity, -Infinity, 1.5, -0.0, 1e308];
/** Floats float_trunc_to_int converts (to ints the other ops take: within ±2^53). */
const TRUNCATED_FLOATS = [-0.0, 1.5, -2.25, 0.1, 3.0, 123456.75, -4.5e15];

/** Builds one trace, working out every value as it goes (on the heap `cells`). */
class TraceBuilder {
  readonly ints: Box[] = [];
  readonly floats: Box[] = [];
  readonly refs: Box[] = [];
  readonly ops: ResOp[] = [];
  readonly inputs: Box[] = [];
  /** The trace runs invalidated (one in sixteen): its first guard_not_invalidated fails. */
  invalidated = false;
  constructor(
    readonly rnd: Random,
    readonly cpu: TranslatedCpu,
    readonly d: Descrs,
  ) {}

  private input(kind: number): Box {
    const b = new Box(kind);
    this.inputs.push(b);
    return b;
  }

  private emit(opnum: number, args: Box[], descr: number, kind: number): Box | null {
    const r = kind < 0 ? null : new Box(kind);
    const op = new ResOp(opnum, args, descr, r);
    if (r !== null) r.op = op;
    this.ops.push(op);
    if (r !== null) {
      if (kind === KIND_I) this.ints.push(r);
      else if (kind === KIND_F) this.floats.push(r);
      else this.refs.push(r);
    }
    return r;
  }

  /**
   * How far from 0 each int box may be in any round of the loop (absent:
   * not known).  Plain int_add/int_sub/int_mul are made only where their
   * result stays within ±2^53, as the int-range passes make them: the
   * machine code keeps 64 bits where the runner, as JavaScript, would round.
   */
  private readonly bounds = new Map<Box, number>();
  private bound(b: Box): number {
    return b.isConst ? Math.abs(b.intValue) : (this.bounds.get(b) ?? Infinity);
  }

  /** b, or b's low 26 bits where b may be beyond `most`; null without an int32_and. */
  private within(b: Box, most: number): Box | null {
    if (this.bound(b) <= most) return b;
    const low = this.low26(b);
    if (low !== null) this.bounds.set(low, 67108863);
    return low;
  }

  /** b's low 26 bits, an int32_and the trace computes; null when the program has no int32_and. */
  private low26(b: Box): Box | null {
    const and = this.d.int32Ops.find((k) => JIT_DATA.descrs[k].opName === "int32_and");
    if (and === undefined) return null;
    const low = this.emit(OP, [b, constInt(67108863)], and, KIND_I)!;
    low.intValue = this.cpu.bhOpI(and, [b.intValue, 67108863], [], []);
    return low;
  }

  private pickInt(): Box {
    if (this.rnd.below(5) === 0) return constInt(this.rnd.below(41) - 20);
    return this.ints[this.rnd.below(this.ints.length)];
  }
  private pickFloat(): Box {
    if (this.rnd.below(6) === 0) return constFloat(INTERESTING_FLOATS[this.rnd.below(INTERESTING_FLOATS.length)]);
    return this.floats[this.rnd.below(this.floats.length)];
  }
  private pickRef(): Box {
    if (this.rnd.below(8) === 0) return constRef(null);
    return this.refs[this.rnd.below(this.refs.length)];
  }
  /** Refs never null, in every iteration of a loop: the input cells and the trace's allocations. */
  readonly cells: Box[] = [];
  /** A cell: fields are read and written only on those. */
  private pickCell(): Box | null {
    return this.cells.length === 0 ? null : this.cells[this.rnd.below(this.cells.length)];
  }

  /** Resume data naming a random part of what is known (the fail args the backend must keep). */
  private resume(op: ResOp): void {
    const bi: Box[] = [];
    const br: Box[] = [];
    const bf: Box[] = [];
    const ri: number[] = [];
    const rr: number[] = [];
    const rf: number[] = [];
    for (const b of this.ints) if (this.rnd.below(2) === 0) { bi.push(b); ri.push(ri.length); }
    for (const b of this.refs) if (this.rnd.below(2) === 0) { br.push(b); rr.push(rr.length); }
    for (const b of this.floats) if (this.rnd.below(2) === 0) { bf.push(b); rf.push(rf.length); }
    op.resume = [new ResumeFrame(0, 0, ri, bi, rr, br, rf, bf)];
  }

  private guard(opnum: number, args: Box[]): void {
    const op = new ResOp(opnum, args, -1, null);
    this.resume(op);
    this.ops.push(op);
  }

  /** Inputs with their values (the same for both runs: fresh cells made alike). */
  start(cellsA: (GcRef | null)[]): void {
    const counter = this.input(KIND_I);
    counter.intValue = 2 + this.rnd.below(4);
    this.ints.push(counter);
    this.bounds.set(counter, 5);
    for (let k = this.rnd.below(3); k >= 0; k--) {
      const b = this.input(KIND_I);
      b.intValue = this.rnd.below(2001) - 1000;
      this.ints.push(b);
      // (not bounded: a loop's jump passes any int back in its place)
    }
    for (let k = this.rnd.below(2); k >= 0; k--) {
      const b = this.input(KIND_F);
      b.floatValue = INTERESTING_FLOATS[this.rnd.below(INTERESTING_FLOATS.length)];
      this.floats.push(b);
    }
    for (const c of cellsA) {
      const b = this.input(KIND_R);
      b.refValue = c;
      this.refs.push(b);
      this.cells.push(b);
      this.listCells.push(b);
    }
  }

  /** One random op, its value computed; false when it makes none this time. */
  step(): void {
    const rnd = this.rnd;
    const cpu = this.cpu;
    const d = this.d;
    const what = rnd.below(23);
    if (what >= 20) {
      this.listStep();
      return;
    }
    if (what < 5) {
      const opnum = INT_BINARY[rnd.below(INT_BINARY.length)];
      let x = this.pickInt();
      let y = opnum === INT_MUL ? constInt(rnd.below(7) - 3) : this.pickInt();
      if (x.isConst && y.isConst) return;
      const arith = opnum === INT_ADD || opnum === INT_SUB || opnum === INT_MUL;
      if (arith) {
        const x1 = this.within(x, opnum === INT_MUL ? 2 ** 51 : 2 ** 52);
        const y1 = this.within(y, 2 ** 52);
        if (x1 === null || y1 === null) return;
        x = x1;
        y = y1;
      }
      const r = this.emit(opnum, [x, y], -1, KIND_I)!;
      r.intValue = execInt(opnum, x.intValue, y.intValue);
      this.bounds.set(r, !arith ? 1 : opnum === INT_MUL ? this.bound(x) * 3 : this.bound(x) + this.bound(y));
    } else if (what < 6) {
      const opnum = INT_UNARY[rnd.below(INT_UNARY.length)];
      const x = this.ints[rnd.below(this.ints.length)];
      const r = this.emit(opnum, [x], -1, KIND_I)!;
      r.intValue = execInt(opnum, x.intValue, x.intValue);
      this.bounds.set(r, opnum === INT_NEG ? this.bound(x) : 1);
    } else if (what < 9) {
      const opnum = FLOAT_BINARY[rnd.below(FLOAT_BINARY.length)];
      const x = this.pickFloat();
      const y = this.pickFloat();
      if (x.isConst && y.isConst) return;
      const kind = ARITH_KINDS[opnum].charAt(2) === "f" ? KIND_F : KIND_I;
      const r = this.emit(opnum, [x, y], -1, kind)!;
      if (kind === KIND_F) r.floatValue = execFloat(opnum, x.floatValue, y.floatValue);
      else r.intValue = execFloatCompare(opnum, x.floatValue, y.floatValue);
    } else if (what < 10) {
      if (rnd.below(2) === 0) {
        const x = this.floats[rnd.below(this.floats.length)];
        const r = this.emit(FLOAT_NEG, [x], -1, KIND_F)!;
        r.floatValue = execFloat(FLOAT_NEG, x.floatValue, x.floatValue);
      } else {
        const x = this.ints[rnd.below(this.ints.length)];
        const r = this.emit(CAST_INT_TO_FLOAT, [x], -1, KIND_F)!;
        r.floatValue = x.intValue;
      }
    } else if (what < 11) {
      const opnum = [PTR_EQ, PTR_NE, PTR_ISZERO, PTR_NONZERO][rnd.below(4)];
      const x = this.refs[rnd.below(this.refs.length)];
      const y = this.pickRef();
      const args = opnum === PTR_EQ || opnum === PTR_NE ? [x, y] : [x];
      const r = this.emit(opnum, args, -1, KIND_I)!;
      r.intValue = execRef(opnum, x.refValue, y.refValue);
    } else if (what < 14) {
      const obj = this.pickCell();
      if (obj === null) return;
      const which = rnd.below(4);
      const fd = which === 0 ? d.fieldI : which === 1 ? d.fieldF : which === 2 ? d.fieldB : d.fieldR;
      if (rnd.below(2) === 0) {
        const kind = which === 1 ? KIND_F : which === 3 ? KIND_R : KIND_I;
        const r = this.emit(GETFIELD, [obj], fd, kind)!;
        if (kind === KIND_I) r.intValue = cpu.bhGetfieldI(obj.refValue, fd);
        else if (kind === KIND_F) r.floatValue = cpu.bhGetfieldF(obj.refValue, fd);
        else r.refValue = cpu.bhGetfieldR(obj.refValue, fd);
      } else {
        // a bool field takes 0 or 1
        const v = which === 0 ? this.pickInt() : which === 1 ? this.pickFloat() : which === 2 ? constInt(rnd.below(2)) : this.pickRef();
        this.emit(SETFIELD, [obj, v], fd, -1);
        if (which === 1) cpu.bhSetfieldF(obj.refValue, fd, v.floatValue);
        else if (which === 3) cpu.bhSetfieldR(obj.refValue, fd, v.refValue);
        else cpu.bhSetfieldI(obj.refValue, fd, v.intValue);
      }
    } else if (what < 15) {
      const r = this.emit(NEW, [], d.size, KIND_R)!;
      r.refValue = cpu.bhNew(d.size);
      this.cells.push(r);
    } else if (what < 16) {
      const x = this.pickInt();
      const y = this.pickInt();
      const ints = [x.intValue, y.intValue];
      const none: (GcRef | null)[] = [];
      const which = rnd.below(4);
      if (which === 0 && d.call >= 0) {
        const r = this.emit(CALL, [x, y], d.call, KIND_I)!;
        r.intValue = cpu.bhCallI(d.call, ints, none, []);
      } else if (which === 1 && d.int32Ops.length > 0) {
        // (a shift count now and then a constant, beyond 31 or negative too)
        const od = d.int32Ops[rnd.below(d.int32Ops.length)];
        const unary = JIT_DATA.descrs[od].opName === "int32_not";
        const c = rnd.below(3) === 0 ? constInt(rnd.below(80) - 10) : y;
        const args = unary ? [x] : [x, c];
        const r = this.emit(OP, args, od, KIND_I)!;
        r.intValue = cpu.bhOpI(od, unary ? [x.intValue] : [x.intValue, c.intValue], none, []);
      } else if (which === 3 && d.divisionOps.length > 0) {
        // a divisor the trace computes or a constant, -1 now and then (the code leaves that to the runner); never 0 (intDiv raises, % stops the program)
        const od = d.divisionOps[rnd.below(d.divisionOps.length)];
        if (JIT_DATA.descrs[od].opName === "float_trunc_to_int") {
          // (a constant: a float the trace computes may grow past what converts in a loop's later rounds)
          const f = constFloat(TRUNCATED_FLOATS[rnd.below(TRUNCATED_FLOATS.length)]);
          const r = this.emit(OP, [f], od, KIND_I)!;
          r.intValue = cpu.bhOpI(od, [], none, [f.floatValue]);
          return;
        }
        // (a computed divisor is made odd — y | 1 — so that no later round of a loop divides by 0)
        const pick = rnd.below(3);
        let divisor = pick === 0 ? constInt(-1) : constInt(rnd.below(9) + 1);
        const or = d.int32Ops.find((k) => JIT_DATA.descrs[k].opName === "int32_or");
        if (pick === 2 && or !== undefined) {
          divisor = this.emit(OP, [y, constInt(1)], or, KIND_I)!;
          divisor.intValue = cpu.bhOpI(or, [y.intValue, 1], none, []);
        }
        const r = this.emit(OP, [x, divisor], od, KIND_I)!;
        r.intValue = cpu.bhOpI(od, [x.intValue, divisor.intValue], none, []);
      } else if (d.jsintOps.length > 0) {
        const od = d.jsintOps[rnd.below(d.jsintOps.length)];
        const unary = UNARY_JSINT_OPS.includes(JIT_DATA.descrs[od].opName);
        if (JIT_DATA.descrs[od].opName === "jsint_mul") {
          // x's low 26 bits times a constant up to ±2^30: past ±2^53 now and then (the code leaves the rounding to the runner),
          // never near ±2^63 (where the interpreter's int arithmetic stops the program), whatever x is in a loop's later rounds
          const low = this.low26(x);
          if (low === null) return;
          const factors = [-3, -1, 0, 2, 7, 1000, 134217729, -536870913, 1073741824];
          const k = constInt(factors[rnd.below(factors.length)]);
          const r = this.emit(OP, [low, k], od, KIND_I)!;
          r.intValue = cpu.bhOpI(od, [low.intValue, k.intValue], none, []);
          return;
        }
        const r = this.emit(OP, unary ? [x] : [x, y], od, KIND_I)!;
        r.intValue = cpu.bhOpI(od, unary ? [x.intValue] : ints, none, []);
      }
    } else {
      // a guard: one that holds, now and then one that fails (the trace leaves there)
      const fails = rnd.below(12) === 0;
      const kindOfGuard = rnd.below(7);
      let x = this.ints[rnd.below(this.ints.length)];
      if (kindOfGuard < 3 && rnd.below(4) === 0 && d.floatTests.length > 0) {
        // a float's test (NaN and the infinities too), for the guard
        const od = d.floatTests[rnd.below(d.floatTests.length)];
        const f = rnd.below(3) === 0 || this.floats.length === 0 ? constFloat(ODD_FLOATS[rnd.below(ODD_FLOATS.length)]) : this.pickFloat();
        x = this.emit(OP, [f], od, KIND_I)!;
        x.intValue = this.cpu.bhOpI(od, [], [], [f.floatValue]);
        this.bounds.set(x, 1);
      } else if (kindOfGuard < 3 && rnd.below(2) === 0) {
        // a test made for the guard alone, now and then through a bool_not: the backend leaves the test's flags (inverted
        // by the bool_not) to the guard's jump when nothing else reads them
        const floats = this.floats.length > 0 && rnd.below(3) === 0;
        const opnum = floats ? [FLOAT_EQ, FLOAT_NE, FLOAT_LT, FLOAT_GE][rnd.below(4)] : [INT_LT, INT_GE, INT_EQ, INT_NE, UINT_LT][rnd.below(5)];
        const a = floats ? this.pickFloat() : this.pickInt();
        const b = floats ? (rnd.below(4) === 0 ? constFloat(ODD_FLOATS[rnd.below(ODD_FLOATS.length)]) : this.pickFloat()) : this.pickInt();
        if (!a.isConst || !b.isConst) {
          x = this.emit(opnum, [a, b], -1, KIND_I)!;
          x.intValue = floats ? execFloatCompare(opnum, a.floatValue, b.floatValue) : execInt(opnum, a.intValue, b.intValue);
          this.bounds.set(x, 1);
          if (rnd.below(2) === 0) {
            const n = this.emit(BOOL_NOT, [x], -1, KIND_I)!;
            n.intValue = execInt(BOOL_NOT, x.intValue, x.intValue);
            this.bounds.set(n, 1);
            x = n;
          }
        }
      }
      if (kindOfGuard === 6) {
        // (holds unless the whole trace runs invalidated)
        this.guard(GUARD_NOT_INVALIDATED, []);
      } else if (kindOfGuard >= 4) {
        const v = fails ? constInt(x.intValue + 1) : constInt(x.intValue);
        this.guard(GUARD_VALUE, [x, v]);
      } else if (kindOfGuard === 3 && this.refs.length > 0) {
        const p = this.refs[rnd.below(this.refs.length)];
        this.guard(GUARD_VALUE, [p, fails ? constRef(null) : constRef(p.refValue)]);
      } else {
        const holds = x.intValue !== 0 ? GUARD_TRUE : GUARD_FALSE;
        this.guard(fails ? (holds === GUARD_TRUE ? GUARD_FALSE : GUARD_TRUE) : holds, [x]);
      }
    }
  }

  /** The input cells (made by makeCells, with their lists: the trace's own allocations have none). */
  readonly listCells: Box[] = [];

  /**
   * A list op on one of an input cell's lists (read from its field): its
   * length or capacity, a store below the capacity, a new length up to it
   * (a shorter one clears the dropped items) — constant indexes and lengths,
   * so every round of a loop stays in range — or an optional number's
   * narrowing and comparison with a number.
   */
  private listStep(): void {
    const rnd = this.rnd;
    const cpu = this.cpu;
    const d = this.d;
    const what = rnd.below(8);
    if (what === 7) {
      this.newFilledList();
      return;
    }
    if (what === 5 && d.optNarrow >= 0 && this.floats.length > 0) {
      const x = this.floats[rnd.below(this.floats.length)];
      const r = this.emit(OP, [x], d.optNarrow, KIND_F)!;
      r.floatValue = cpu.bhOpF(d.optNarrow, [], [], [x.floatValue]);
      return;
    }
    if (what === 6 && d.optFloatEq >= 0 && this.floats.length > 0) {
      const x = this.floats[rnd.below(this.floats.length)];
      const y = constFloat(INTERESTING_FLOATS[rnd.below(INTERESTING_FLOATS.length)]);
      const args = rnd.below(2) === 0 ? [x, y] : [y, x];
      const r = this.emit(OP, args, d.optFloatEq, KIND_I)!;
      r.intValue = cpu.bhOpI(d.optFloatEq, [], [], [args[0].floatValue, args[1].floatValue]);
      return;
    }
    if (this.listCells.length === 0) return;
    const obj = this.listCells[rnd.below(this.listCells.length)];
    const kind = rnd.below(3);
    if (d.lists[kind] < 0 || d.listStore[kind] < 0 || d.listLen < 0 || d.listCapacity < 0 || d.listSetLen < 0) return;
    const list = this.emit(GETFIELD, [obj], d.lists[kind], KIND_R)!;
    list.refValue = cpu.bhGetfieldR(obj.refValue, d.lists[kind]);
    const refs: (GcRef | null)[] = [list.refValue];
    const cap = cpu.bhOpI(d.listCapacity, [], refs, []);
    if (what === 0 || what === 1) {
      const od = what === 0 ? d.listLen : d.listCapacity;
      const r = this.emit(OP, [list], od, KIND_I)!;
      r.intValue = cpu.bhOpI(od, [], refs, []);
    } else if (what === 2 || what === 3) {
      // list_store's and list_setitem's operands by kind: [index, item, list] for an int item, [index, list, item] otherwise
      const len = cpu.bhOpI(d.listLen, [], refs, []);
      const setitem = what === 3 && len > 0 && d.listSetItem[kind] >= 0 && this.ints.length > 0;
      if (!setitem && cap === 0) return;
      let index = constInt(rnd.below(setitem ? len : cap));
      if (setitem) {
        // an index box the trace computes from another (so it may sit in any register)
        // (from a small one: the difference stays exact)
        const x = this.ints[rnd.below(this.ints.length)];
        if (this.bound(x) < 1048576) {
          const v = index.intValue;
          index = this.emit(INT_SUB, [x, constInt(x.intValue - v)], -1, KIND_I)!;
          index.intValue = v;
        }
      }
      // (in a loop's later rounds the list may be another, shorter or with less room — the trace replaces a cell's lists —
      // and the index another: an unsigned bounds guard leaves the trace before the store, as list_store is unchecked)
      const l = this.emit(OP, [list], setitem ? d.listLen : d.listCapacity, KIND_I)!;
      l.intValue = setitem ? len : cap;
      const inside = this.emit(UINT_LT, [index, l], -1, KIND_I)!;
      inside.intValue = 1;
      this.guard(GUARD_TRUE, [inside]);
      const od = setitem ? d.listSetItem[kind] : d.listStore[kind];
      const item = kind === KIND_I ? this.pickInt() : kind === KIND_F ? this.pickFloat() : this.cells.length > 0 && rnd.below(4) !== 0 ? this.cells[rnd.below(this.cells.length)] : constRef(null);
      this.emit(OP, kind === KIND_I ? [index, item, list] : [index, list, item], od, -1);
      if (kind === KIND_I) cpu.bhOpV(od, [index.intValue, item.intValue], refs, []);
      else if (kind === KIND_F) cpu.bhOpV(od, [index.intValue], refs, [item.floatValue]);
      else cpu.bhOpV(od, [index.intValue], [list.refValue, item.refValue], []);
    } else {
      // (a length within the room the list has in every round: list_set_len is unchecked)
      const n = constInt(rnd.below(cap + 1));
      const room = this.emit(OP, [list], d.listCapacity, KIND_I)!;
      room.intValue = cap;
      const fits = this.emit(INT_LE, [n, room], -1, KIND_I)!;
      fits.intValue = 1;
      this.guard(GUARD_TRUE, [fits]);
      this.emit(OP, [n, list], d.listSetLen, -1);
      cpu.bhOpV(d.listSetLen, [n.intValue], refs, []);
    }
  }

  /**
   * A list made filled — `new Array(n).fill(x)` of a constant length, from
   * empty to past what the backend makes inline (its stores unrolled, then
   * a loop), of ints or refs, filled with a value, 0 or null — becomes a
   * cell's ns or rs (the runs' lists are compared at the end).
   */
  private newFilledList(): void {
    const rnd = this.rnd;
    const d = this.d;
    if (this.listCells.length === 0) return;
    const kind = rnd.below(2) === 0 ? KIND_I : KIND_R;
    const od = d.listNewFilled[kind];
    if (od < 0 || d.lists[kind] < 0) return;
    const lengths = [0, 1, 3, 4, 5, 8, 9, 31, 256, 257, 300];
    const n = constInt(lengths[rnd.below(lengths.length)]);
    const zero = rnd.below(4) === 0;
    const fill = kind === KIND_I ? (zero ? constInt(0) : this.pickInt()) : zero || this.cells.length === 0 ? constRef(null) : this.cells[rnd.below(this.cells.length)];
    const list = this.emit(OP, [n, fill], od, KIND_R)!;
    list.refValue = kind === KIND_I ? this.cpu.bhOpR(od, [n.intValue, fill.intValue], [], []) : this.cpu.bhOpR(od, [n.intValue], [fill.refValue], []);
    const obj = this.listCells[rnd.below(this.listCells.length)];
    this.emit(SETFIELD, [obj, list], d.lists[kind], -1);
    this.cpu.bhSetfieldR(obj.refValue, d.lists[kind], list.refValue);
  }

  /** What the loop's jump passes back: the inputs, or a peeled loop's body label's args. */
  private loopArgs: Box[] = this.inputs;

  /** The jump back: count down the counter, leave at 0, else jump with values of the loop args' kinds (its cells as they are). */
  private jumpBack(): Box[] {
    const c = this.emit(INT_SUB, [this.loopArgs[0], constInt(1)], -1, KIND_I)!;
    this.bounds.set(c, 5);
    const g = this.emit(INT_GT, [c, constInt(0)], -1, KIND_I)!;
    this.guard(GUARD_TRUE, [g]);
    const args: Box[] = [c];
    for (let k = 1; k < this.loopArgs.length; k++) {
      const kind = this.loopArgs[k].kind;
      const pool = kind === KIND_I ? this.ints : kind === KIND_F ? this.floats : this.refs;
      args.push(kind === KIND_R ? this.loopArgs[k] : pool[this.rnd.below(pool.length)]);
    }
    this.ops.push(new ResOp(JUMP, args, -1, null));
    return args;
  }

  /**
   * A peeled loop's preamble ends here: its jump falls into the body's
   * label, whose args are new boxes (the values of the preamble's jump);
   * the body goes on reading preamble values too, and jumps back to the label.
   */
  peel(): void {
    const args = this.jumpBack();
    const label: Box[] = [];
    for (const x of args) {
      const b = new Box(x.kind);
      b.intValue = x.intValue;
      b.floatValue = x.floatValue;
      b.refValue = x.refValue;
      label.push(b);
      if (label.length === 1) this.bounds.set(b, 5); // the counter
      if (b.kind === KIND_I) this.ints.push(b);
      else if (b.kind === KIND_F) this.floats.push(b);
      else {
        this.refs.push(b);
        this.cells.push(b);
      }
    }
    this.ops.push(new ResOp(LABEL, label, -1, null));
    this.loopArgs = label;
  }

  /** The loop's end (its jump back), or the trace's. */
  finish(asLoop: boolean): CompiledTrace {
    if (asLoop) {
      this.jumpBack();
    } else {
      const op = new ResOp(FINISH, [], -1, null);
      this.resume(op);
      this.ops.push(op);
    }
    const t = new CompiledTrace(this.inputs, this.ops, "fuzz");
    numberBoxes(t);
    t.invalidated = this.invalidated;
    return t;
  }
}

/** Fresh cells, alike for every run of a trace: fields from the seed, some linked. */
function makeCells(cpu: TranslatedCpu, d: Descrs, seed: number, n: number): (GcRef | null)[] {
  const rnd = new Random(seed);
  const cells: (GcRef | null)[] = [];
  for (let k = 0; k < n; k++) {
    const c = cpu.bhNew(d.size);
    cpu.bhSetfieldI(c, d.fieldI, rnd.below(200) - 100);
    cpu.bhSetfieldF(c, d.fieldF, INTERESTING_FLOATS[rnd.below(INTERESTING_FLOATS.length)]);
    cpu.bhSetfieldI(c, d.fieldB, rnd.below(2));
    cells.push(c);
  }
  for (let k = 0; k < n; k++) cpu.bhSetfieldR(cells[k], d.fieldR, cells[rnd.below(n)]);
  // each cell's lists: room for 4 to 11 items, the first few set (a ref list's items: cells)
  for (const c of cells) {
    for (let kind = 0; kind < 3; kind++) {
      if (d.lists[kind] < 0 || d.listNew[kind] < 0 || d.listReserve < 0 || d.listStore[kind] < 0 || d.listSetLen < 0) continue;
      const list = cpu.bhOpR(d.listNew[kind], [], [], []);
      cpu.bhSetfieldR(c, d.lists[kind], list);
      const cap = 4 + rnd.below(8);
      cpu.bhOpV(d.listReserve, [cap], [list], []);
      const len = rnd.below(cap + 1);
      for (let i = 0; i < len; i++) {
        if (kind === KIND_I) cpu.bhOpV(d.listStore[kind], [i, rnd.below(100)], [list], []);
        else if (kind === KIND_F) cpu.bhOpV(d.listStore[kind], [i], [list], [INTERESTING_FLOATS[rnd.below(INTERESTING_FLOATS.length)]]);
        else cpu.bhOpV(d.listStore[kind], [i], [list, cells[rnd.below(n)]], []);
      }
      cpu.bhOpV(d.listSetLen, [len], [list], []);
    }
  }
  return cells;
}

function run(runner: TraceRunner, t: CompiledTrace, cells: (GcRef | null)[]): TraceExit {
  const ints: number[] = [];
  const refs: (GcRef | null)[] = [];
  const floats: number[] = [];
  let c = 0;
  for (const b of t.inputArgs) {
    if (b.kind === KIND_I) ints.push(b.intValue);
    else if (b.kind === KIND_F) floats.push(b.floatValue);
    else refs.push(cells[c++]);
  }
  return runner.run(t, ints, refs, floats);
}

/** What differs between the two runs ("" when nothing): the exit, a fail arg's value, a cell's field. */
function compare(t: CompiledTrace, a: TraceExit, b: TraceExit, ca: (GcRef | null)[], cb: (GcRef | null)[], cpu: TranslatedCpu, d: Descrs): string {
  if (a.guard !== b.guard) return "left at op " + String(t.ops.indexOf(a.guard)) + " / op " + String(t.ops.indexOf(b.guard));
  for (const x of failArgsOf(a.guard)) {
    const va = new Box(x.kind);
    const vb = new Box(x.kind);
    va.intValue = a.intOf(x);
    vb.intValue = b.intOf(x);
    va.floatValue = a.floatOf(x);
    vb.floatValue = b.floatOf(x);
    // refs: the same cell by position
    if (x.kind === KIND_R) {
      const ra = a.refOf(x);
      const rb = b.refOf(x);
      if (ca.indexOf(ra) !== cb.indexOf(rb) || (ra === null) !== (rb === null)) return "fail arg " + String(x.index) + " (a ref) differs";
      continue;
    }
    if (!sameValue(va, vb)) return "fail arg " + String(x.index) + " (" + (x.kind === KIND_I ? "int" : "float") + ", leaving at op " + String(t.ops.indexOf(a.guard)) + ") differs: " + exactInt(va.intValue) + "/" + String(va.floatValue) + " vs " + exactInt(vb.intValue) + "/" + String(vb.floatValue);
  }
  for (let k = 0; k < ca.length; k++) {
    if (cpu.bhGetfieldI(ca[k], d.fieldI) !== cpu.bhGetfieldI(cb[k], d.fieldI)) return "cell " + String(k) + " field i differs";
    if (cpu.bhGetfieldI(ca[k], d.fieldB) !== cpu.bhGetfieldI(cb[k], d.fieldB)) return "cell " + String(k) + " field b differs";
    const fa = constFloat(cpu.bhGetfieldF(ca[k], d.fieldF));
    const fb = constFloat(cpu.bhGetfieldF(cb[k], d.fieldF));
    if (!sameValue(fa, fb)) return "cell " + String(k) + " field f differs";
    if (ca.indexOf(cpu.bhGetfieldR(ca[k], d.fieldR)) !== cb.indexOf(cpu.bhGetfieldR(cb[k], d.fieldR))) return "cell " + String(k) + " field r differs";
    const lists = compareLists(ca[k], cb[k], ca, cb, cpu, d);
    if (lists !== "") return "cell " + String(k) + ": " + lists;
  }
  return "";
}

/** An int's exact value past ±2^53 too, as its high and low 32-bit words (String() goes through a double there). */
function exactInt(v: number): string {
  const lo = v >>> 0;
  return String(v) + " (words " + String((v - lo) / 4294967296) + ":" + String(lo) + ")";
}

/** What differs between two cells' lists: a length, or an item. */
function compareLists(a: GcRef | null, b: GcRef | null, ca: (GcRef | null)[], cb: (GcRef | null)[], cpu: TranslatedCpu, d: Descrs): string {
  for (let kind = 0; kind < 3; kind++) {
    if (d.lists[kind] < 0 || d.listGetItem[kind] < 0) continue;
    const la = cpu.bhGetfieldR(a, d.lists[kind]);
    const lb = cpu.bhGetfieldR(b, d.lists[kind]);
    const len = cpu.bhOpI(d.listLen, [], [la], []);
    if (len !== cpu.bhOpI(d.listLen, [], [lb], [])) return "list " + String(kind) + " lengths differ";
    for (let i = 0; i < len; i++) {
      const g = d.listGetItem[kind];
      if (kind === KIND_I && cpu.bhOpI(g, [i], [la], []) !== cpu.bhOpI(g, [i], [lb], [])) return "list 0 item " + String(i) + " differs";
      if (kind === KIND_F && !sameValue(constFloat(cpu.bhOpF(g, [i], [la], [])), constFloat(cpu.bhOpF(g, [i], [lb], [])))) return "list 1 item " + String(i) + " differs";
      if (kind === KIND_R && ca.indexOf(cpu.bhOpR(g, [i], [la], [])) !== cb.indexOf(cpu.bhOpR(g, [i], [lb], []))) return "list 2 item " + String(i) + " differs";
    }
  }
  return "";
}

/** A non-negative decimal number's value (0 for anything else). */
function digits(s: string): number {
  let n = 0;
  for (let k = 0; k < s.length; k++) {
    const c = "0123456789".indexOf(s.charAt(k));
    if (c < 0) return 0;
    n = (n << 3) + (n << 1) + c;
  }
  return n;
}

export function main(argv: string[]): number {
  const args = argv.slice(1);
  const traces = args.length > 0 ? digits(args[0]) : 1000;
  const seed = args.length > 1 ? digits(args[1]) : 12345;
  // (a third argument: the trace to print before it runs, to look at one that hangs)
  // (or `progress`: each trace's number before it is made, to find the one a run stopped in on a signal)
  const progress = args.length > 2 && args[2] === "progress";
  const show = args.length > 2 && !progress ? digits(args[2]) : -1;
  // the JIT data comes from touch()'s trace-able code: run it once so the program keeps it
  const c = new Cell();
  touch(3, c);
  const d = findDescrs();
  const cpu = new TranslatedCpu(JIT_DATA.descrs);
  const native = nativeBackendFor(codeArch());
  if (native === null) {
    console.log("no machine-code backend on this machine: nothing to compare");
    return 0;
  }
  const loops: CompiledTrace[] = [];
  native.loops = loops;
  const plain = new TraceRunner(cpu, JIT_DATA, loops, new JitStats());
  const coded = new TraceRunner(cpu, JIT_DATA, loops, new JitStats());
  coded.native = native;
  const rnd = new Random(seed);
  let ops = 0;
  for (let n = 0; n < traces; n++) {
    if (progress) {
      console.log("trace " + String(n));
      flush();
    }
    const cellSeed = 1 + rnd.below(1000000);
    const nCells = 1 + rnd.below(3);
    const b = new TraceBuilder(rnd, cpu, d);
    b.invalidated = rnd.below(16) === 0;
    b.start(makeCells(cpu, d, cellSeed, nCells));
    const length = 5 + rnd.below(60);
    const asLoop = rnd.below(2) === 0;
    // a peeled loop (a preamble, then the body) one loop in two
    const peelAt = asLoop && rnd.below(2) === 0 ? rnd.below(length) : -1;
    for (let k = 0; k < length; k++) {
      if (k === peelAt) b.peel();
      b.step();
    }
    const t = b.finish(asLoop);
    ops += t.ops.length;
    const ca = makeCells(cpu, d, cellSeed, nCells);
    const cb = makeCells(cpu, d, cellSeed, nCells);
    if (n === show) {
      console.log(formatTrace(t, JIT_DATA));
      flush();
    }
    const ea = run(plain, t, ca);
    if (n === show) {
      console.log("the trace runner left at op " + String(t.ops.indexOf(ea.guard)));
      flush();
    }
    native.compile(t, JIT_DATA);
    if (t.native === null) {
      console.log("trace " + String(n) + " got no machine code");
      return 1;
    }
    if (t.invalidated) native.invalidate(t);
    const eb = run(coded, t, cb);
    native.release(t);
    const diff = compare(t, ea, eb, ca, cb, cpu, d);
    if (diff !== "") {
      console.log("mismatch in trace " + String(n) + " (seed " + String(seed) + "): " + diff);
      console.log(formatTrace(t, JIT_DATA));
      return 1;
    }
  }
  // (the code ran: the runner entered it and it came back)
  console.log("traces " + String(traces) + " ops " + String(ops) + " code-exits " + String(coded.stats.nativeExits) + " mismatches 0");
  return 0;
}
