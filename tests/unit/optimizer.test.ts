// The trace optimizer's passes (framework/jit/runtime/optimizer.ts), on
// traces built by hand, checked as the text the log prints before and
// after (RPython's test_optimizeopt style).
import { describe, expect, test } from "vitest";
import { DESCR_CALL, DESCR_FIELD, DESCR_OP, DESCR_SIZE, DescrInfo, JitData } from "../../framework/jit/runtime/jitdata.ts";
import { DeadCode, PureAndGuards, optimizeTrace } from "../../framework/jit/runtime/optimizer.ts";
import { Virtualize } from "../../framework/jit/runtime/virtualize.ts";
import { IntBounds } from "../../framework/jit/runtime/intbounds.ts";
import { HoistBounds } from "../../framework/jit/runtime/hoist.ts";
import { unrollLoop } from "../../framework/jit/runtime/unroll.ts";
import { bodyEntryOf, layOutBodyJump } from "../../framework/jit/runtime/bodyentry.ts";
import { GcRef } from "../../framework/jit/runtime/jitdata.ts";
import type { Cpu } from "../../framework/jit/runtime/cpu.ts";
import { formatTrace } from "../../framework/jit/runtime/logger.ts";
import { numberBoxes } from "../../framework/jit/runtime/tracerunner.ts";
import {
  BOOL_NOT, Box, CALL, CompiledTrace, ResumeFrame, setitemArgs, GETFIELD, GUARD_FALSE, GUARD_NO_EXCEPTION, GUARD_NOT_INVALIDATED, constFloat, GUARD_TRUE, GUARD_VALUE, INT_ADD, INT_EQ, INT_GE, INT_GT, INT_LT, INT_SUB, JUMP, KIND_I, KIND_R, KIND_V, LABEL, NEW, OP, PTR_EQ, PTR_ISZERO, PTR_NONZERO, ResOp, SETFIELD, constInt, constRef,
} from "../../framework/jit/runtime/resoperation.ts";

function descr(kind: number, name: string, elidable = false): DescrInfo {
  const d = new DescrInfo(kind, name);
  d.elidable = elidable;
  return d;
}

const FIELD_X = descr(DESCR_FIELD, "field A.x");
FIELD_X.fieldName = "x";
const FIELD_Y = descr(DESCR_FIELD, "field A.y");
FIELD_Y.fieldName = "y";
const WRITES_Y = descr(DESCR_CALL, "call g");
WRITES_Y.writtenFields = ["y"];
const STR_LEN = descr(DESCR_OP, "op str_len", true);
STR_LEN.writtenFields = [];
const SIZE_A = descr(DESCR_SIZE, "size A");
SIZE_A.tid = 10;
SIZE_A.tidMax = 10;
function itemOp(name: string, reads: boolean, writes: boolean): DescrInfo {
  const d = descr(DESCR_OP, "op " + name);
  d.opName = name;
  d.readFields = [];
  d.writtenFields = [];
  d.readsLists = reads;
  d.writesLists = writes;
  return d;
}
function classOp(name: string, lo: number, hi: number): DescrInfo {
  const d = itemOp(name, false, false);
  d.tid = lo;
  d.tidMax = hi;
  return d;
}
const READS_X = descr(DESCR_CALL, "call h");
READS_X.readFields = ["x"];
READS_X.writtenFields = [];
// descr 0: a field, 1: another field, 2: an elidable op, 3: a call that may read and write anything, 4: a call that writes y,
// 5: the size of A (type id 10), 6, 7: list items, 8: instanceof A (A and its subclasses: 10-12), 9: the cast to A, 10: instanceof B (20),
// 11: a call that reads x and writes nothing, 12: jsint_sub (checked: stops past ±2^53), 13: list_len
const GETITEM = itemOp("list_getitem", true, false);
const SETITEM = itemOp("list_setitem", true, true);
GETITEM.lenDescr = 13;
SETITEM.lenDescr = 13;
SETITEM.writesHeap = true;
GETITEM.writesHeap = false;
const LIST_LEN = itemOp("list_len", true, false);
LIST_LEN.writesHeap = false;
// 14: a virtualizable's array field (rts/jit virtualizable "stack[*]"), 15: a call that writes list items and reads no field,
// 16: one that also reads the field holding a virtualizable's array
const FIELD_STACK = descr(DESCR_FIELD, "field Frame.stack");
FIELD_STACK.fieldName = "stack";
FIELD_STACK.vableItems = true;
const WRITES_LISTS = itemOp("call sort", true, true);
const WRITES_LISTS_READS_STACK = itemOp("call frameSort", true, true);
WRITES_LISTS_READS_STACK.readFields = ["stack"];
// 17: list_new_filled, 18: list_new (lists the optimizer keeps virtual: made for real with 7, list_setitem)
const NEW_FILLED = itemOp("list_new_filled", false, false);
NEW_FILLED.setDescr = 7;
const NEW_LIST = itemOp("list_new", false, false);
NEW_LIST.setDescr = 7;
// 20-23: fields whose zeroed memory is 0 (an int, a ref, a float) and one whose is not (an optional int's 0 is not its null)
function zeroField(name: string, zeroIsZero: boolean): DescrInfo {
  const d = descr(DESCR_FIELD, "field A." + name);
  d.fieldName = name;
  d.zeroIsZero = zeroIsZero;
  return d;
}
const ZERO_FIELDS = [zeroField("n", true), zeroField("r", true), zeroField("f", true), zeroField("opt", false)];
// 24: instanceof C (type id 30), pure: a test of one object the guard strengthening works out for a constant
const IS_C = classOp("instanceof", 30, 30);
IS_C.elidable = true;
IS_C.sideEffects = false;
// 25: an immutable int field (readonly, or immutableFields): folded on a constant object
const FIELD_K = descr(DESCR_FIELD, "field A.k");
FIELD_K.fieldName = "k";
FIELD_K.immutable = true;
// 19: an elidable call that may raise (a lookup)
const LOOKUP = descr(DESCR_CALL, "call lookup", true);
LOOKUP.canRaise = true;
LOOKUP.writtenFields = [];
// 26: a call that may write a quasi-immutable field (invalidate traces)
const INVALIDATES = descr(DESCR_CALL, "call setConfig");
INVALIDATES.canInvalidate = true;
// 27, 28: the null test and the null check (which raises where the interpreter would)
const IS_NULL = itemOp("is_null", false, false);
const CHECK_NONNULL = itemOp("check_nonnull", false, false);
CHECK_NONNULL.canRaise = true;
const DATA = new JitData(
  [],
  [
    FIELD_X, FIELD_Y, STR_LEN, descr(DESCR_CALL, "call f"), WRITES_Y, SIZE_A, GETITEM, SETITEM, classOp("instanceof", 10, 12), classOp("checked_cast", 10, 12), classOp("instanceof", 20, 20), READS_X,
    itemOp("jsint_sub", false, false), LIST_LEN, FIELD_STACK, WRITES_LISTS, WRITES_LISTS_READS_STACK, NEW_FILLED, NEW_LIST, LOOKUP, ...ZERO_FIELDS, IS_C, FIELD_K, INVALIDATES, IS_NULL, CHECK_NONNULL,
  ],
  [],
  [],
);

/** A small trace builder: each call records an op and returns its result box. */
class Trace {
  readonly inputs: Box[] = [];
  readonly ops: ResOp[] = [];
  input(kind: number): Box {
    const b = new Box(kind);
    this.inputs.push(b);
    return b;
  }
  op(opnum: number, args: Box[], descr = -1, kind = KIND_I): Box {
    const r = kind === KIND_V ? null : new Box(kind);
    const op = new ResOp(opnum, args, descr, r);
    if (r !== null) r.op = op;
    this.ops.push(op);
    return r!;
  }
  guard(opnum: number, args: Box[]): ResOp {
    const g = new ResOp(opnum, args, -1, null);
    g.resume = [];
    this.ops.push(g);
    return g;
  }
  text(ops: ResOp[] = this.ops): string {
    const t = new CompiledTrace(this.inputs, ops, "test");
    numberBoxes(t);
    return formatTrace(t, DATA)
      .split("\n")
      .map((l) => l.replace(/ \[.*\]$/, ""))
      .join("\n");
  }
  optimizedOps(): ResOp[] {
    return optimizeTrace(this.ops, [new PureAndGuards(null), new HoistBounds(), new Virtualize(), new IntBounds(), new PureAndGuards(null), new DeadCode()], DATA, null);
  }
  optimized(): string {
    return this.text(this.optimizedOps());
  }
  /** Peeled (unroll.ts): the text, or "not closed" when the loop could not close at its body's label. */
  peeled(boundsAcrossLabel = true): string {
    const u = unrollLoop(this.inputs, this.ops)!;
    u.peel.boundsAcrossLabel = boundsAcrossLabel;
    const out = optimizeTrace(u.ops, [new PureAndGuards(null), new HoistBounds(), new Virtualize(), new IntBounds(), new PureAndGuards(null), new DeadCode()], DATA, u.peel);
    return u.peel.closed ? this.text(out) : "not closed";
  }
  /** This trace (ending with a jump to loop 0: `loop`) going on into the body of `loop`, peeled (bodyentry.ts): the text, or "not closed". */
  intoBody(loop: Trace): string {
    const u = unrollLoop(loop.inputs, loop.ops)!;
    const peeled = optimizeTrace(u.ops, passes(), DATA, u.peel);
    const entry = bodyEntryOf(peeled, u.peel, loop.inputs, loop.ops);
    if (entry === null) return "no body entry";
    const jump = layOutBodyJump(this.ops, 0, entry);
    const out = optimizeTrace(jump.ops, passes(), DATA, null, jump);
    return jump.closed ? this.text(out) : "not closed";
  }
}

function passes() {
  return [new PureAndGuards(null), new HoistBounds(), new Virtualize(), new IntBounds(), new PureAndGuards(null), new DeadCode()];
}

/** The loop of the boxed counter: p0 an A whose x counts up to p1's y, a new A each round. */
function countingLoop(): Trace {
  const t = new Trace();
  const p0 = t.input(KIND_R);
  const p1 = t.input(KIND_R);
  t.guard(LABEL, []);
  const i2 = t.op(GETFIELD, [p0], 0);
  const i3 = t.op(INT_ADD, [i2, constInt(1)]);
  const lim = t.op(GETFIELD, [p1], 1);
  const c = t.op(INT_LT, [i3, lim]);
  t.guard(GUARD_TRUE, [c]);
  const p4 = t.op(NEW, [], 5, KIND_R);
  t.op(SETFIELD, [p4, i3], 0, KIND_V);
  t.op(JUMP, [p4, p1], -1, KIND_V);
  return t;
}

describe("trace optimizer", () => {
  test("pure operations computed twice are computed once; their users read the first", () => {
    const t = new Trace();
    const i0 = t.input(KIND_I);
    const a = t.op(INT_ADD, [i0, constInt(1)]);
    const b = t.op(INT_ADD, [i0, constInt(1)]);
    const c = t.op(INT_LT, [a, b]);
    t.op(JUMP, [c], -1, KIND_V);
    expect(t.optimized()).toBe(["[i0]", "i1 = int_add(i0, 1)", "i2 = int_lt(i1, i1)", "jump(i2)"].join("\n"));
  });

  test("elidable ops are shared too; calls that may write are not", () => {
    const t = new Trace();
    const p0 = t.input(KIND_R);
    const a = t.op(OP, [p0], 2);
    const b = t.op(OP, [p0], 2);
    const c = t.op(CALL, [p0], 3);
    const d = t.op(CALL, [p0], 3);
    t.op(JUMP, [a, b, c, d], -1, KIND_V);
    expect(t.optimized()).toBe(["[p0]", "i1 = op(p0, descr=<op str_len>)", "i2 = call(p0, descr=<call f>)", "i3 = call(p0, descr=<call f>)", "jump(i1, i1, i2, i3)"].join("\n"));
  });

  test("an elidable op or call whose operands became constants after recording is made by the optimizer: a constant", () => {
    // the cpu the optimizer calls: str_len answers 42; lookup raises when `raises` says so
    let raises = false;
    const made: string[] = [];
    const answer = new GcRef();
    const cpu = {
      bhOpI: (d: number) => (made.push("op " + String(d)), 42),
      bhCallR: (d: number) => (made.push("call " + String(d)), answer),
      takeException: () => (raises ? new GcRef() : null),
    } as unknown as Cpu;
    const trace = (): Trace => {
      // an A the trace allocates holds a constant: its field read is that constant once the object is virtual
      const t = new Trace();
      const p0 = t.input(KIND_R);
      const p1 = t.op(NEW, [], 5, KIND_R);
      t.op(SETFIELD, [p1, constRef(new GcRef())], 0, KIND_V);
      const p2 = t.op(GETFIELD, [p1], 0, KIND_R);
      const i3 = t.op(OP, [p2], 2);
      const p4 = t.op(CALL, [p2, p0], 19, KIND_R);
      const p5 = t.op(CALL, [p2, p2], 19, KIND_R);
      t.guard(GUARD_NO_EXCEPTION, []);
      t.op(JUMP, [p0, i3, p4, p5], -1, KIND_V);
      return t;
    };
    const run = (t: Trace): string => t.text(optimizeTrace(t.ops, [new PureAndGuards(cpu), new HoistBounds(), new Virtualize(), new IntBounds(), new PureAndGuards(cpu), new DeadCode()], DATA, null));
    // the op and the call of constants are made (the call's guard_no_exception goes with it); the call of p0 stays
    expect(run(trace())).toBe(["[p0]", "p1 = call(ConstPtr, p0, descr=<call lookup>)", "jump(p0, 42, p1, ConstPtr)"].join("\n"));
    expect(made).toEqual(["op 2", "call 19"]);
    // a call that raises for these constants stays, and so does its guard
    raises = true;
    expect(run(trace())).toBe(["[p0]", "p1 = call(ConstPtr, p0, descr=<call lookup>)", "p2 = call(ConstPtr, ConstPtr, descr=<call lookup>)", "guard_no_exception()", "jump(p0, 42, p1, p2)"].join("\n"));
    // without a cpu nothing is made
    const t = trace();
    expect(t.optimized()).toContain("i1 = op(ConstPtr, descr=<op str_len>)");
  });

  test("a constant object is one operand however many boxes hold it: a second ptr_eq against it is the first, its guard goes", () => {
    const t = new Trace();
    const p0 = t.input(KIND_R);
    const obj = new GcRef();
    t.guard(GUARD_FALSE, [t.op(PTR_EQ, [constRef(obj), p0])]);
    t.guard(GUARD_FALSE, [t.op(PTR_EQ, [constRef(obj), p0])]);
    t.guard(GUARD_FALSE, [t.op(PTR_EQ, [constRef(new GcRef()), p0])]); // another object: stays
    t.op(JUMP, [p0], -1, KIND_V);
    expect(t.optimized()).toBe(["[p0]", "i1 = ptr_eq(ConstPtr, p0)", "guard_false(i1)", "i2 = ptr_eq(ConstPtr, p0)", "guard_false(i2)", "jump(p0)"].join("\n"));
  });

  test("guards testing an object step by step become one guard_value-like test where the first was (strengthening)", () => {
    // the cpu: instanceof C is true of objC only
    const objC = new GcRef();
    const truthFalse = new GcRef();
    const truthTrue = new GcRef();
    const cpu = { bhOpI: (_d: number, _i: number[], refs: (GcRef | null)[]) => (refs[0] === objC ? 1 : 0) } as unknown as Cpu;
    const run = (t: Trace): ResOp[] => optimizeTrace(t.ops, [new PureAndGuards(cpu), new HoistBounds(), new Virtualize(), new IntBounds(), new PureAndGuards(cpu, true), new DeadCode()], DATA, null);
    const trace = (pinTo: GcRef): { t: Trace; first: ResOp } => {
      const t = new Trace();
      const p0 = t.input(KIND_R);
      const i0 = t.input(KIND_I);
      // not a C, not null, not True — then it is False (a Python truth test of an attribute)
      const first = t.guard(GUARD_FALSE, [t.op(OP, [p0], 24)]);
      t.guard(GUARD_FALSE, [t.op(PTR_ISZERO, [p0])]);
      t.op(SETFIELD, [p0, i0], 0, KIND_V); // (something between: the first guard fails before it as well)
      t.guard(GUARD_FALSE, [t.op(PTR_EQ, [p0, constRef(truthTrue)])]);
      t.guard(GUARD_TRUE, [t.op(PTR_EQ, [p0, constRef(pinTo)])]);
      // later tests of p0 that hold for the constant go too
      t.guard(GUARD_FALSE, [t.op(PTR_EQ, [p0, constRef(truthTrue)])]);
      t.guard(GUARD_TRUE, [t.op(PTR_NONZERO, [p0])]);
      t.op(JUMP, [p0, i0], -1, KIND_V);
      return { t, first };
    };
    const { t, first } = trace(truthFalse);
    const out = run(t);
    expect(t.text(out)).toBe(["[p0, i1]", "i2 = ptr_eq(p0, ConstPtr)", "guard_true(i2)", "setfield(p0, i1, descr=<field A.x>)", "jump(p0, i1)"].join("\n"));
    // the one guard left resumes where the first test was
    expect(out[1].resume).toBe(first.resume);
    // pinned to a C: the first test (not a C) does not hold for it, so nothing moves; the later tests still go
    const pinC = trace(objC).t;
    const text = pinC.text(run(pinC));
    expect(text.split("\n").filter((l) => l.startsWith("guard_")).length).toBe(4);
    expect(text).toContain("i2 = op(p0, descr=<op instanceof>)\nguard_false(i2)");
  });

  test("an immutable field of a constant object is a constant; a mutable one is read", () => {
    // (the object became a constant after recording: a virtualizable's stack item forwarded to what was pushed)
    const obj = new GcRef();
    const cpu = { bhGetfieldI: (ref: GcRef | null, d: number) => (ref === obj && d === 25 ? 42 : -1) } as unknown as Cpu;
    const t = new Trace();
    const i0 = t.input(KIND_I);
    const k = t.op(GETFIELD, [constRef(obj)], 25);
    const x = t.op(GETFIELD, [constRef(obj)], 0);
    const s = t.op(INT_ADD, [k, constInt(1)]);
    t.op(JUMP, [t.op(INT_ADD, [i0, s]), x], -1, KIND_V);
    const out = optimizeTrace(t.ops, [new PureAndGuards(cpu), new DeadCode()], DATA, null);
    expect(t.text(out)).toBe(["[i0]", "i1 = getfield(ConstPtr, descr=<field A.x>)", "i2 = int_add(i0, 43)", "jump(i2, i1)"].join("\n"));
  });

  test("a guard already known to hold goes; guard_value twice on a box is once", () => {
    const t = new Trace();
    const i0 = t.input(KIND_I);
    const c = t.op(INT_LT, [i0, constInt(10)]);
    t.guard(GUARD_TRUE, [c]);
    t.guard(GUARD_TRUE, [c]);
    t.guard(GUARD_VALUE, [i0, constInt(3)]);
    t.guard(GUARD_VALUE, [i0, constInt(3)]);
    t.op(JUMP, [i0], -1, KIND_V);
    expect(t.optimized()).toBe(["[i0]", "i1 = int_lt(i0, 10)", "guard_true(i1)", "guard_value(i0, 3)", "jump(i0)"].join("\n"));
  });

  test("guard_not_invalidated: once until a call that may invalidate the trace, and again after a loop's label", () => {
    const t = new Trace();
    const i0 = t.input(KIND_I);
    t.guard(GUARD_NOT_INVALIDATED, []);
    const a = t.op(INT_ADD, [i0, constInt(1)]);
    t.guard(GUARD_NOT_INVALIDATED, []);
    t.op(CALL, [a], 3, KIND_V); // may write anything, but quasi-immutable fields are not written by it
    t.guard(GUARD_NOT_INVALIDATED, []);
    t.op(CALL, [a], 26, KIND_V);
    t.guard(GUARD_NOT_INVALIDATED, []);
    t.guard(GUARD_NOT_INVALIDATED, []);
    t.guard(LABEL, []);
    t.guard(GUARD_NOT_INVALIDATED, []);
    t.op(JUMP, [a], -1, KIND_V);
    expect(t.optimized()).toBe(
      ["[i0]", "guard_not_invalidated()", "i1 = int_add(i0, 1)", "call(i1, descr=<call f>)", "call(i1, descr=<call setConfig>)", "guard_not_invalidated()", "label()", "guard_not_invalidated()", "jump(i1)"].join("\n"),
    );
  });

  test("check_nonnull: dropped where a passed guard showed the object is not null (guard_false of is_null, guard_true of its negation)", () => {
    const t = new Trace();
    const p0 = t.input(KIND_R);
    const p1 = t.input(KIND_R);
    const p2 = t.input(KIND_R);
    t.guard(GUARD_FALSE, [t.op(OP, [p0], 27)]);
    const c0 = t.op(OP, [p0], 28, KIND_R); // known not null: p0 itself
    t.guard(GUARD_TRUE, [t.op(BOOL_NOT, [t.op(OP, [p1], 27)])]);
    const c1 = t.op(OP, [p1], 28, KIND_R); // the same through the negation
    const c2 = t.op(OP, [p2], 28, KIND_R); // nothing known of p2: stays
    t.op(JUMP, [c0, c1, c2], -1, KIND_V);
    expect(t.optimized()).toBe(
      [
        "[p0, p1, p2]", "i3 = op(p0, descr=<op is_null>)", "guard_false(i3)", "i4 = op(p1, descr=<op is_null>)", "i5 = bool_not(i4)", "guard_true(i5)",
        "p6 = op(p2, descr=<op check_nonnull>)", "jump(p0, p1, p6)",
      ].join("\n"),
    );
  });

  test("x + 1 - 1 (a checked jsint_sub of a plain int_add) is x: the same check of it again is dropped", () => {
    const t = new Trace();
    const i0 = t.input(KIND_I);
    t.guard(GUARD_FALSE, [t.op(INT_GE, [i0, constInt(1000)])]);
    const i1 = t.op(INT_ADD, [i0, constInt(1)]);
    const i2 = t.op(OP, [i1, constInt(1)], 12); // jsint_sub
    t.guard(GUARD_FALSE, [t.op(INT_GE, [i2, constInt(1000)])]);
    t.op(JUMP, [i2, i1], -1, KIND_V);
    expect(t.optimized()).toBe(["[i0]", "i1 = int_ge(i0, 1000)", "guard_false(i1)", "i2 = int_add(i0, 1)", "jump(i0, i2)"].join("\n"));
  });

  test("a list's length is read once until an op may change lengths: an item's store keeps it, a call writing lists does not", () => {
    const t = new Trace();
    const l = t.input(KIND_R);
    const m = t.input(KIND_R);
    const v = t.input(KIND_R);
    const n1 = t.op(OP, [l], 13); // list_len
    t.op(OP, setitemArgs(constInt(0), m, v), 7, KIND_V); // another list's item: no length changes
    const n2 = t.op(OP, [l], 13); // known: n1
    const n3 = t.op(OP, [m], 13); // another list's: read
    t.op(CALL, [l], 15, KIND_V); // may write lists (a push, say)
    const n4 = t.op(OP, [l], 13); // read again
    t.op(JUMP, [n1, n2, n3, n4], -1, KIND_V);
    expect(t.optimized()).toBe(
      [
        "[p0, p1, p2]",
        "i3 = op(p0, descr=<op list_len>)",
        "op(0, p1, p2, descr=<op list_setitem>)",
        "i4 = op(p1, descr=<op list_len>)",
        "call(p0, descr=<op call sort>)",
        "i5 = op(p0, descr=<op list_len>)",
        "jump(i3, i3, i4, i5)",
      ].join("\n"),
    );
  });

  test("guard_no_exception only after an op or call that may raise: one left behind by a call the passes removed, or a second one, goes", () => {
    const t = new Trace();
    const i0 = t.input(KIND_I);
    const p1 = t.input(KIND_R);
    const i2 = t.op(INT_ADD, [i0, constInt(1)]);
    t.guard(GUARD_NO_EXCEPTION, []); // after int_add: nothing can be pending
    const p3 = t.op(OP, [p1], 28, KIND_R); // check_nonnull: may raise
    t.guard(GUARD_NO_EXCEPTION, []); // kept
    t.guard(GUARD_NO_EXCEPTION, []); // checked already
    const i4 = t.op(CALL, [constInt(2)], 19); // an elidable lookup of a constant that may raise: made by the optimizer (no cpu here: kept)
    t.guard(GUARD_NO_EXCEPTION, []);
    t.op(JUMP, [i2, p3, i4], -1, KIND_V);
    expect(t.optimized()).toBe(
      [
        "[i0, p1]",
        "i2 = int_add(i0, 1)",
        "p3 = op(p1, descr=<op check_nonnull>)",
        "guard_no_exception()",
        "i4 = call(2, descr=<call lookup>)",
        "guard_no_exception()",
        "jump(i2, p3, i4)",
      ].join("\n"),
    );
  });

  test("x + 1 - 1 and x - 2 + 2 of plain int ops are x", () => {
    const t = new Trace();
    const i0 = t.input(KIND_I);
    const i1 = t.op(INT_ADD, [i0, constInt(1)]);
    const i2 = t.op(INT_SUB, [i1, constInt(1)]);
    const i3 = t.op(INT_SUB, [i0, constInt(2)]);
    const i4 = t.op(INT_ADD, [i3, constInt(2)]);
    const i5 = t.op(INT_ADD, [i1, constInt(2)]); // not a step back: kept
    t.op(JUMP, [i1, i2, i3, i4, i5], -1, KIND_V);
    expect(t.optimized()).toBe(["[i0]", "i1 = int_add(i0, 1)", "i2 = int_sub(i0, 2)", "i3 = int_add(i1, 2)", "jump(i1, i0, i2, i0, i3)"].join("\n"));
  });

  test("heap cache: a field read after a read or write of it is the known value, until something may change it", () => {
    const t = new Trace();
    const p0 = t.input(KIND_R);
    const p1 = t.input(KIND_R);
    const x1 = t.op(GETFIELD, [p0], 0); // read
    const x2 = t.op(GETFIELD, [p0], 0); // the same: cached
    const y1 = t.op(GETFIELD, [p0], 1); // another field
    t.op(SETFIELD, [p1, constInt(7)], 0, KIND_V); // p1 may be p0: p0.x is forgotten, p1.x is 7
    const x3 = t.op(GETFIELD, [p0], 0); // read again
    const x4 = t.op(GETFIELD, [p1], 0); // known: 7
    const y2 = t.op(GETFIELD, [p0], 1); // y untouched by a write of x
    t.op(CALL, [p0], 4, KIND_V); // writes y only
    const x5 = t.op(GETFIELD, [p0], 0); // still known
    const y3 = t.op(GETFIELD, [p0], 1); // read again
    t.op(CALL, [p0], 3); // may write anything
    const y4 = t.op(GETFIELD, [p0], 1);
    t.op(JUMP, [x1, x2, y1, x3, x4, y2, x5, y3, y4], -1, KIND_V);
    expect(t.optimized()).toBe(
      [
        "[p0, p1]",
        "i2 = getfield(p0, descr=<field A.x>)",
        "i3 = getfield(p0, descr=<field A.y>)",
        "setfield(p1, 7, descr=<field A.x>)",
        "i4 = getfield(p0, descr=<field A.x>)",
        "call(p0, descr=<call g>)",
        "i5 = getfield(p0, descr=<field A.y>)",
        "i6 = call(p0, descr=<call f>)",
        "i7 = getfield(p0, descr=<field A.y>)",
        "jump(i2, i2, i3, i4, 7, i3, i4, i5, i7)",
      ].join("\n"),
    );
  });

  test("virtuals: an object that does not escape is never made; one that escapes is made where it does", () => {
    const t = new Trace();
    const i0 = t.input(KIND_I);
    const p0 = t.input(KIND_R);
    const a = t.op(NEW, [], 5, KIND_R);
    t.op(SETFIELD, [a, i0], 0, KIND_V);
    const x = t.op(GETFIELD, [a], 0); // i0
    const y = t.op(GETFIELD, [a], 1); // never set: 0
    const b = t.op(NEW, [], 5, KIND_R);
    t.op(SETFIELD, [b, t.op(INT_ADD, [x, y])], 0, KIND_V);
    const same = t.op(PTR_EQ, [a, p0]); // a virtual is no other object
    t.guard(GUARD_FALSE, [same]);
    t.op(CALL, [b], 3, KIND_V); // b escapes: made here
    t.op(JUMP, [x, p0], -1, KIND_V);
    expect(t.optimized()).toBe(["[i0, p1]", "p2 = new(descr=<size A>)", "setfield(p2, i0, descr=<field A.x>)", "call(p2, descr=<call f>)", "jump(i0, p1)"].join("\n"));
  });

  test("a virtual made for real stores only the fields whose values zeroed memory does not hold already", () => {
    const t = new Trace();
    const p0 = t.input(KIND_R);
    const a = t.op(NEW, [], 5, KIND_R);
    t.op(SETFIELD, [a, constInt(0)], 20, KIND_V); // 0: what zeroed memory holds
    t.op(SETFIELD, [a, constRef(null)], 21, KIND_V); // null: too
    t.op(SETFIELD, [a, constFloat(-0.0)], 22, KIND_V); // -0.0: not all zero bits, stored
    t.op(SETFIELD, [a, constInt(0)], 23, KIND_V); // an optional int's 0: stored (its zeroed memory means null there)
    const b = t.op(NEW, [], 5, KIND_R);
    t.op(SETFIELD, [b, constFloat(0.0)], 22, KIND_V);
    t.op(SETFIELD, [b, constInt(7)], 20, KIND_V);
    t.op(SETFIELD, [b, p0], 21, KIND_V);
    t.op(CALL, [a, b], 3, KIND_V);
    t.op(JUMP, [p0], -1, KIND_V);
    expect(t.optimized()).toBe(
      [
        "[p0]",
        "p1 = new(descr=<size A>)",
        "setfield(p1, 0, descr=<field A.f>)", // (the log prints -0.0 as 0)
        "setfield(p1, 0, descr=<field A.opt>)",
        "p2 = new(descr=<size A>)",
        "setfield(p2, 7, descr=<field A.n>)",
        "setfield(p2, p0, descr=<field A.r>)",
        "call(p1, p2, descr=<call f>)",
        "jump(p0)",
      ].join("\n"),
    );
  });

  test("a guard's resume data describes the virtuals and delayed writes it needs; the jump makes and writes them", () => {
    const t = new Trace();
    const i0 = t.input(KIND_I);
    const p0 = t.input(KIND_R);
    const a = t.op(NEW, [], 5, KIND_R);
    t.op(SETFIELD, [a, i0], 0, KIND_V);
    t.op(SETFIELD, [p0, a], 1, KIND_V); // delayed: a stays virtual
    t.op(SETFIELD, [p0, constInt(5)], 0, KIND_V); // delayed
    t.op(SETFIELD, [p0, constInt(6)], 0, KIND_V); // replaces the write before
    const g = t.guard(GUARD_TRUE, [t.op(INT_LT, [i0, constInt(9)])]);
    const r = t.op(GETFIELD, [p0], 0); // the delayed write's value: 6
    t.op(JUMP, [r, p0], -1, KIND_V);
    const ops = t.optimizedOps();
    expect(t.text(ops)).toBe(
      [
        "[i0, p1]",
        "setfield(p1, null, descr=<field A.y>)", // p1 may be null: a write there first (a stand-in: a stays virtual)
        "i2 = int_lt(i0, 9)",
        "guard_true(i2)",
        "p3 = new(descr=<size A>)",
        "setfield(p3, i0, descr=<field A.x>)",
        "setfield(p1, p3, descr=<field A.y>)",
        "setfield(p1, 6, descr=<field A.x>)",
        "jump(6, p1)",
      ].join("\n"),
    );
    const guard = ops.find((op) => op.opnum === GUARD_TRUE)!;
    expect(guard === g || guard.args[0] === g.args[0]).toBe(true);
    expect(guard.virtuals!.length).toBe(1);
    expect(guard.virtuals![0].values.map((b) => b.index)).toEqual([0]);
    expect(guard.pending!.map((w) => [w.descr, w.target.index, w.value.isConst ? w.value.intValue : "virtual"])).toEqual([
      [1, 1, "virtual"],
      [0, 1, 6],
    ]);
  });

  test("virtual lists: a list of a constant length is never made while its items are read and written at constant indexes; made where it escapes, then its other items written", () => {
    const t = new Trace();
    const i0 = t.input(KIND_I);
    const p0 = t.input(KIND_R);
    const l = t.op(OP, [constInt(3), constRef(null)], 17, KIND_R); // new Array(3).fill(null)
    t.op(OP, setitemArgs(constInt(1), l, p0), 7, KIND_V);
    const x = t.op(OP, [constInt(1), l], 6, KIND_R); // p0
    const n = t.op(OP, [l], 13); // 3
    const g = t.guard(GUARD_TRUE, [t.op(INT_LT, [i0, n])]);
    g.resume = [new ResumeFrame(0, 0, [], [], [0], [l], [], [])];
    const a = t.op(NEW, [], 5, KIND_R);
    const pair = t.op(OP, [a, x], 18, KIND_R); // [a, p0]: a virtual list holding a virtual
    t.op(CALL, [l], 3, KIND_V); // l escapes: made with its fill, then l[1]
    t.op(CALL, [pair], 3, KIND_V); // pair escapes: made with a placeholder for a, then a made and written
    t.op(JUMP, [i0, x], -1, KIND_V);
    const ops = t.optimizedOps();
    // the guard's resume data makes the list again: its length and items
    const guard = ops.find((op) => op.opnum === GUARD_TRUE)!;
    const v = guard.virtuals![0];
    expect([v.length, v.sizeDescr, v.values.map((b) => (b.isConst ? String(b.refValue) : b === p0 ? "p0" : "another box"))]).toEqual([3, 17, ["null", "p0", "null"]]);
    guard.resume = []; // (no jitcode to name in the text)
    expect(t.text(ops)).toBe(
      [
        "[i0, p1]",
        "i2 = int_lt(i0, 3)",
        "guard_true(i2)",
        "p3 = op(3, null, descr=<op list_new_filled>)",
        "op(1, p3, p1, descr=<op list_setitem>)",
        "call(p3, descr=<call f>)",
        "p4 = op(null, p1, descr=<op list_new>)",
        "p5 = new(descr=<size A>)",
        "op(0, p4, p5, descr=<op list_setitem>)",
        "call(p4, descr=<call f>)",
        "jump(i0, p1)",
      ].join("\n"),
    );
  });

  test("delayed field writes go out before a call that may read them, and before a read of another object's field", () => {
    const t = new Trace();
    const p0 = t.input(KIND_R);
    const p1 = t.input(KIND_R);
    t.op(SETFIELD, [p0, constInt(1)], 0, KIND_V);
    t.op(SETFIELD, [p0, constInt(2)], 1, KIND_V);
    t.op(CALL, [p1], 11, KIND_V); // reads x: the write of x goes first; y's stays delayed
    const x = t.op(GETFIELD, [p0], 0); // still known
    const y = t.op(GETFIELD, [p1], 1); // p1 may be p0: the write of y goes first
    t.op(JUMP, [x, y], -1, KIND_V);
    expect(t.optimized()).toBe(
      [
        "[p0, p1]",
        "setfield(p0, 1, descr=<field A.x>)",
        "call(p1, descr=<call h>)",
        "setfield(p0, 2, descr=<field A.y>)",
        "i2 = getfield(p1, descr=<field A.y>)",
        "jump(1, i2)",
      ].join("\n"),
    );
  });

  test("list items: a write replaced by a later one is never done; reads of known items are their values; base+1 and base+2 are different items", () => {
    const t = new Trace();
    const i0 = t.input(KIND_I);
    const l = t.input(KIND_R);
    const v = t.input(KIND_R);
    const i1 = t.op(INT_ADD, [i0, constInt(1)]);
    const i2 = t.op(INT_ADD, [i0, constInt(2)]);
    const i1again = t.op(INT_SUB, [i2, constInt(1)]);
    const r1 = t.op(OP, [i1, l], 6, KIND_R); // the items exist: writes of them can wait
    const r2 = t.op(OP, [i2, l], 6, KIND_R);
    t.op(OP, [i1, l, v], 7, KIND_V);
    t.op(OP, [i2, l, v], 7, KIND_V);
    const a = t.op(OP, [i1again, l], 6, KIND_R); // = v: written at base+1
    t.op(OP, [i1, l, constInt(0) as Box], 7, KIND_V); // replaces the first write
    const b = t.op(OP, [i0, l], 6, KIND_R); // base+0 is neither base+1 nor base+2: no delayed write goes first
    t.op(JUMP, [a, b, r1, r2], -1, KIND_V);
    expect(t.optimized()).toBe(
      [
        "[i0, p1, p2]",
        "i3 = int_add(i0, 1)",
        "i4 = int_add(i0, 2)",
        "p5 = op(i3, p1, descr=<op list_getitem>)",
        "p6 = op(i4, p1, descr=<op list_getitem>)",
        "p7 = op(i0, p1, descr=<op list_getitem>)",
        "op(i4, p1, p2, descr=<op list_setitem>)",
        "op(i3, p1, 0, descr=<op list_setitem>)",
        "jump(p2, p7, p5, p6)",
      ].join("\n"),
    );
  });

  test("a constant list's delayed write stays delayed across another list's items: a guard tells the two apart, resuming where the guard before it does", () => {
    const build = (effectBetween: boolean): string => {
      const t = new Trace();
      const i0 = t.input(KIND_I);
      const l = t.input(KIND_R);
      const v = t.input(KIND_R);
      const stack = constRef(new GcRef());
      const r = t.op(OP, [i0, stack], 6, KIND_R); // the item exists: its writes can wait
      t.guard(GUARD_TRUE, [t.op(INT_LT, [i0, constInt(5)])]);
      t.op(OP, [i0, stack, v], 7, KIND_V);
      if (effectBetween) t.op(SETFIELD, [l, i0], 0, KIND_V); // done: the interpreter may not do it again
      const x = t.op(OP, [constInt(0), l], 6, KIND_R);
      t.op(OP, [i0, stack, x], 7, KIND_V);
      t.op(JUMP, [i0, l, r], -1, KIND_V);
      return t.optimized();
    };
    expect(build(false)).toBe(
      [
        "[i0, p1, p2]",
        "p3 = op(i0, ConstPtr, descr=<op list_getitem>)",
        "i4 = int_lt(i0, 5)",
        "guard_true(i4)",
        "i5 = ptr_eq(ConstPtr, p1)",
        "guard_false(i5)",
        "p6 = op(0, p1, descr=<op list_getitem>)",
        "op(i0, ConstPtr, p6, descr=<op list_setitem>)",
        "jump(i0, p1, p3)",
      ].join("\n"),
    );
    // with a write done since the guard, none can be made: the delayed write is done before the read
    expect(build(true)).not.toMatch(/ptr_eq/);
    expect(build(true)).toMatch(/op\(i0, ConstPtr, p2, descr=<op list_setitem>\)/);
  });

  test("virtualizable arrays: a frame's array is no other list, and a call that cannot reach it leaves its items known and its writes delayed round the loop", () => {
    const build = (vable: boolean, call: number): string => {
      const t = new Trace();
      const p0 = t.input(KIND_R); // the frame
      const p1 = t.input(KIND_R); // an interpreted list object
      const p2 = t.input(KIND_R);
      t.guard(LABEL, []);
      const stack = t.op(GETFIELD, [p0], 14, KIND_R);
      if (vable) stack.vableItems = 14; // (as the metainterp marks a read of a virtualizable array field)
      const items = t.op(GETFIELD, [p1], 1, KIND_R);
      const v = t.op(OP, [constInt(0), stack], 6, KIND_R); // stack[0] (the item exists: its writes can wait)
      t.op(OP, [constInt(0), stack, p2], 7, KIND_V); // stack[0] = p2
      t.op(OP, [constInt(0), items, v], 7, KIND_V); // items[0] = the old stack[0]
      t.op(CALL, [items], call, KIND_V);
      t.op(JUMP, [p0, p1, p2], -1, KIND_V);
      return t.peeled();
    };
    const body = (s: string): string => s.slice(s.lastIndexOf("label("));
    // declared: the stack's write waits round the loop (done by the guards' and the loop's ways out), its item is known
    expect(body(build(true, 15))).toBe(
      ["label()", "op(0, p4, p2, descr=<op list_setitem>)", "call(p4, descr=<op call sort>)", "jump()"].join("\n"),
    );
    // not declared: the write into the other list may be the stack's, and so may the call's
    expect(body(build(false, 15))).toMatch(/op\(0, p3, p\d+, descr=<op list_setitem>\)/);
    expect(body(build(false, 15))).toMatch(/list_getitem/);
    // declared, but the call reads the field the frame's arrays are in: it may see them, they are written before
    expect(body(build(true, 16))).toMatch(/op\(0, p3, p\d+, descr=<op list_setitem>\)\ncall/);
  });

  test("a write that may fail (an item never accessed, an object that may be null) stays where it was: done there, or a stand-in for a virtual", () => {
    const t = new Trace();
    const i0 = t.input(KIND_I);
    const l = t.input(KIND_R);
    const v = t.input(KIND_R);
    t.op(OP, [i0, l, v], 7, KIND_V); // not known to exist: done here
    t.op(OP, [i0, l, v], 7, KIND_V); // known now, and the same value: nothing to do
    const a = t.op(NEW, [], 5, KIND_R);
    const i1 = t.op(INT_ADD, [i0, constInt(1)]);
    t.op(OP, [i1, l, a], 7, KIND_V); // not known to exist, a virtual value: a stand-in here, the write at the end
    t.guard(GUARD_TRUE, [t.op(INT_LT, [i0, constInt(5)])]);
    t.op(JUMP, [i0, l, v], -1, KIND_V);
    expect(t.optimized()).toBe(
      [
        "[i0, p1, p2]",
        "op(i0, p1, p2, descr=<op list_setitem>)",
        "i3 = int_add(i0, 1)",
        "op(i3, p1, null, descr=<op list_setitem>)",
        "i4 = int_lt(i0, 5)",
        "guard_true(i4)",
        "p5 = new(descr=<size A>)",
        "op(i3, p1, p5, descr=<op list_setitem>)",
        "jump(i0, p1, p2)",
      ].join("\n"),
    );
  });

  test("known classes: a passed instanceof guard folds later tests and casts of the box; `new` knows its class", () => {
    const t = new Trace();
    const p0 = t.input(KIND_R);
    const i0 = t.input(KIND_I);
    t.guard(GUARD_TRUE, [t.op(OP, [p0], 8)]);
    const again = t.op(OP, [p0], 8); // 1
    const cast = t.op(OP, [p0], 9, KIND_R); // p0
    const other = t.op(OP, [p0], 10); // class 20 is outside 10-12: 0
    const a = t.op(NEW, [], 5, KIND_R);
    const isA = t.op(OP, [a], 8); // 1, and a stays virtual
    const unused = t.op(INT_ADD, [i0, constInt(1)]); // dead
    void unused;
    t.op(JUMP, [again, cast, other, isA], -1, KIND_V);
    expect(t.optimized()).toBe(["[p0, i1]", "i2 = op(p0, descr=<op instanceof>)", "guard_true(i2)", "jump(1, p0, 0, 1)"].join("\n"));
  });

  test("int bounds: x != c at an end of x's range moves that end", () => {
    const t = new Trace();
    const i0 = t.input(KIND_I);
    t.guard(GUARD_TRUE, [t.op(INT_GT, [i0, constInt(-1)])]);
    t.guard(GUARD_TRUE, [t.op(INT_LT, [i0, constInt(11)])]);
    t.guard(GUARD_FALSE, [t.op(INT_EQ, [i0, constInt(0)])]); // i0 in [1, 10] after
    t.guard(GUARD_TRUE, [t.op(INT_GT, [i0, constInt(0)])]); // known
    t.guard(GUARD_FALSE, [t.op(INT_EQ, [i0, constInt(5)])]); // not at an end: nothing learnt
    t.guard(GUARD_TRUE, [t.op(INT_LT, [i0, constInt(10)])]); // stays
    t.op(JUMP, [i0], -1, KIND_V);
    const out = t.optimized();
    expect(out).not.toContain("int_gt(i0, 0)");
    expect(out).toContain("int_lt(i0, 10)");
  });

  test("int bounds: a comparison the ranges decide folds (and its guard goes); checked arithmetic that cannot leave ±2^53 is plain", () => {
    const t = new Trace();
    const i0 = t.input(KIND_I);
    const l = t.input(KIND_R);
    t.guard(GUARD_TRUE, [t.op(INT_LT, [i0, constInt(10)])]);
    t.guard(GUARD_TRUE, [t.op(INT_LT, [i0, constInt(20)])]); // i0 < 10 < 20: known
    const before = t.op(OP, [i0, constInt(1)], 12); // i0 may be -2^53: stays checked
    const x = t.op(OP, [i0, l], 6, KIND_R); // an index that worked: 0 <= i0
    const after = t.op(OP, [i0, constInt(1)], 12); // -1 <= i0 - 1 < 9: plain
    t.guard(GUARD_FALSE, [t.op(INT_LT, [after, constInt(-1)])]); // known
    t.op(JUMP, [before, after, x], -1, KIND_V);
    expect(t.optimized()).toBe(
      [
        "[i0, p1]",
        "i2 = int_lt(i0, 10)",
        "guard_true(i2)",
        "i3 = op(i0, 1, descr=<op jsint_sub>)",
        "p4 = op(i0, p1, descr=<op list_getitem>)",
        "i5 = int_sub(i0, 1)",
        "jump(i3, i5, p4)",
      ].join("\n"),
    );
  });

  test("bounds checks hoisted to the loop's start (as early as their base exists): one test per constant list and index base, then every write of those items waits", () => {
    const t = new Trace();
    const i0 = t.input(KIND_I);
    const start = new ResOp(LABEL, [], -1, null);
    start.resume = [];
    t.ops.push(start);
    const list = constRef(new GcRef());
    const i1 = t.op(INT_ADD, [i0, constInt(1)]);
    const i2 = t.op(INT_ADD, [i0, constInt(2)]);
    const a = t.op(NEW, [], 5, KIND_R);
    t.op(OP, [i1, list, a], 7, KIND_V); // a stays virtual: i0+1 is known to exist from the start
    t.op(OP, [i2, list, a], 7, KIND_V);
    t.op(OP, [i1, list, constRef(null)], 7, KIND_V); // replaces the first write
    t.op(JUMP, [i0], -1, KIND_V);
    expect(t.optimized()).toBe(
      [
        "[i0]",
        "label()",
        "i1 = op(ConstPtr, descr=<op list_len>)",
        "i2 = int_add(i0, 2)",
        "i3 = int_lt(i2, i1)",
        "guard_true(i3)",
        "i4 = int_add(i0, 1)",
        "i5 = int_ge(i4, 0)",
        "guard_true(i5)",
        "p6 = new(descr=<size A>)",
        "op(i2, ConstPtr, p6, descr=<op list_setitem>)",
        "op(i4, ConstPtr, null, descr=<op list_setitem>)",
        "jump(i0)",
      ].join("\n"),
    );
  });

  test("loop peeling: the boxed counter goes round as its number; invariant reads are done once, in the preamble", () => {
    const t = countingLoop();
    expect(t.peeled()).toBe(
      [
        "[p0, p1]",
        "label()",
        "i2 = getfield(p0, descr=<field A.x>)",
        "i3 = int_add(i2, 1)",
        "i4 = getfield(p1, descr=<field A.y>)",
        "i5 = int_lt(i3, i4)",
        "guard_true(i5)",
        "jump(i3)",
        "label(i6)",
        "i7 = int_add(i6, 1)",
        "i8 = int_lt(i7, i4)",
        "guard_true(i8)",
        "jump(i7)",
      ].join("\n"),
    );
  });

  test("loop peeling: a write delayed at the body's label stays delayed round the loop", () => {
    const t = new Trace();
    const p0 = t.input(KIND_R);
    t.guard(LABEL, []);
    const i1 = t.op(GETFIELD, [p0], 0);
    const i2 = t.op(INT_ADD, [i1, constInt(1)]);
    t.op(SETFIELD, [p0, i2], 0, KIND_V);
    const c = t.op(INT_LT, [i2, constInt(100)]);
    t.guard(GUARD_TRUE, [c]);
    t.op(JUMP, [p0], -1, KIND_V);
    expect(t.peeled()).toBe(
      [
        "[p0]",
        "label()",
        "i1 = getfield(p0, descr=<field A.x>)",
        "i2 = int_add(i1, 1)",
        "i3 = int_lt(i2, 100)",
        "guard_true(i3)",
        "jump(i2)",
        "label(i4)",
        "i5 = int_add(i4, 1)",
        "i6 = int_lt(i5, 100)",
        "guard_true(i6)",
        "jump(i5)",
      ].join("\n"),
    );
  });

  test("loop peeling: a virtual of the label that the body stores is made in the body (each round stores the round before's object)", () => {
    const t = new Trace();
    const p0 = t.input(KIND_R);
    const p1 = t.input(KIND_R);
    t.guard(LABEL, []);
    const i2 = t.op(GETFIELD, [p0], 0);
    const c = t.op(INT_LT, [i2, constInt(100)]);
    t.guard(GUARD_TRUE, [c]);
    t.op(SETFIELD, [p1, p0], 1, KIND_V);
    const p4 = t.op(NEW, [], 5, KIND_R);
    t.op(SETFIELD, [p4, constInt(1)], 0, KIND_V);
    t.op(JUMP, [p4, p1], -1, KIND_V);
    expect(t.peeled()).toBe(
      [
        "[p0, p1]",
        "label()",
        "i2 = getfield(p0, descr=<field A.x>)",
        "i3 = int_lt(i2, 100)",
        "guard_true(i3)",
        "setfield(p1, p0, descr=<field A.y>)",
        "jump()",
        "label()",
        "p4 = new(descr=<size A>)",
        "setfield(p4, 1, descr=<field A.x>)",
        "setfield(p1, p4, descr=<field A.y>)",
        "jump()",
      ].join("\n"),
    );
  });

  test("loop peeling: a label arg keeps the range its preamble value has when the body's jump value keeps it (the body's guard it decides goes, its checked arithmetic is plain)", () => {
    const t = new Trace();
    const i0 = t.input(KIND_I);
    t.guard(LABEL, []);
    t.guard(GUARD_TRUE, [t.op(INT_LT, [i0, constInt(100)])]);
    t.guard(GUARD_TRUE, [t.op(INT_GT, [i0, constInt(0)])]);
    const i1 = t.op(OP, [i0, constInt(1)], 12); // i0 - 1, checked
    t.op(JUMP, [i1], -1, KIND_V);
    // round the loop the counter stays within [0, 98]: `< 100` is known in the body, `> 0` is not
    expect(t.peeled()).toBe(
      [
        "[i0]",
        "label()",
        "i1 = int_lt(i0, 100)",
        "guard_true(i1)",
        "i2 = int_gt(i0, 0)",
        "guard_true(i2)",
        "i3 = int_sub(i0, 1)",
        "jump(i3)",
        "label(i4)",
        "i5 = int_gt(i4, 0)",
        "guard_true(i5)",
        "i6 = int_sub(i4, 1)",
        "jump(i6)",
      ].join("\n"),
    );
  });

  test("loop peeling: bounds hoisted into the preamble for an index that changes round the loop do not close it; peeled without them, it closes", () => {
    const t = new Trace();
    const i0 = t.input(KIND_I);
    t.guard(LABEL, []);
    const list = constRef(new GcRef());
    const i1 = t.op(INT_ADD, [i0, constInt(1)]);
    t.op(OP, [i0, list, constRef(null)], 7, KIND_V);
    t.op(OP, [i1, list, constRef(null)], 7, KIND_V);
    t.op(JUMP, [i1], -1, KIND_V);
    expect(t.peeled()).toBe("not closed");
    // peeled again without them, the body relies only on what its own accesses show: it closes
    expect(t.peeled(false)).toContain("label(i");
  });

  test("a bridge into a peeled loop goes on with the loop's iteration and jumps into its body: its box stays virtual, the invariant read is done again", () => {
    const b = new Trace();
    const i0 = b.input(KIND_I);
    const p1 = b.input(KIND_R);
    const p = b.op(NEW, [], 5, KIND_R);
    b.op(SETFIELD, [p, b.op(INT_ADD, [i0, constInt(2)])], 0, KIND_V);
    b.op(JUMP, [p, p1], 0, KIND_V);
    expect(b.intoBody(countingLoop())).toBe(
      [
        "[i0, p1]",
        "i2 = int_add(i0, 2)",
        "i3 = int_add(i2, 1)",
        "i4 = getfield(p1, descr=<field A.y>)",
        "i5 = int_lt(i3, i4)",
        "guard_true(i5)",
        // (the label's arg, the counter; then the invariant limit the body reads in the preamble's slot)
        "jump(i3, i4, loop 0 body)",
      ].join("\n"),
    );
  });

  test("a bridge into a peeled loop: its own escaping box does not matter (the label's virtual is the copy's); a write the label delays is given as the copy left it", () => {
    const b = new Trace();
    const i0 = b.input(KIND_I);
    const p1 = b.input(KIND_R);
    const p = b.op(NEW, [], 5, KIND_R);
    b.op(SETFIELD, [p, i0], 0, KIND_V);
    // (the label's virtual is the iteration's new A: the bridge's own escaping does not matter, the copy's does not escape)
    b.op(CALL, [p], 3, KIND_V);
    b.op(JUMP, [p, p1], 0, KIND_V);
    expect(b.intoBody(countingLoop())).toContain("loop 0 body");
    // a loop whose end keeps a write to a field of its input delayed: the bridge writes the same field, so the body may go on delaying it
    const loop = new Trace();
    const q0 = loop.input(KIND_R);
    loop.guard(LABEL, []);
    const x = loop.op(GETFIELD, [q0], 0);
    const y = loop.op(INT_ADD, [x, constInt(1)]);
    loop.op(SETFIELD, [q0, y], 0, KIND_V);
    loop.guard(GUARD_TRUE, [loop.op(INT_LT, [y, constInt(100)])]);
    loop.op(JUMP, [q0], -1, KIND_V);
    const c = new Trace();
    const r0 = c.input(KIND_R);
    c.op(SETFIELD, [r0, constInt(7)], 0, KIND_V);
    c.op(JUMP, [r0], 0, KIND_V);
    // (the bridge's write is done at once: p0 may be null; the copy's is the label's, done at the jump: the body's label args are the copy's values)
    expect(c.intoBody(loop)).toBe(["[p0]", "setfield(p0, 7, descr=<field A.x>)", "setfield(p0, 8, descr=<field A.x>)", "jump(8, p0, loop 0 body)"].join("\n"));
  });
});
