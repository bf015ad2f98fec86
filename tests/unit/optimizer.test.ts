// The trace optimizer's passes (framework/jit/runtime/optimizer.ts), on
// traces built by hand, checked as the text the log prints before and
// after (RPython's test_optimizeopt style).
import { describe, expect, test } from "vitest";
import { DESCR_CALL, DESCR_FIELD, DESCR_OP, DescrInfo, JitData } from "../../framework/jit/runtime/jitdata.ts";
import { HeapCache, PureAndGuards, optimizeTrace } from "../../framework/jit/runtime/optimizer.ts";
import { formatTrace } from "../../framework/jit/runtime/logger.ts";
import { numberBoxes } from "../../framework/jit/runtime/tracerunner.ts";
import {
  Box, CALL, CompiledTrace, GETFIELD, GUARD_TRUE, GUARD_VALUE, INT_ADD, INT_LT, JUMP, KIND_I, KIND_R, KIND_V, OP, ResOp, SETFIELD, constInt,
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
// descr 0: a field, 1: another field, 2: an elidable op, 3: a call that may write anything, 4: a call that writes y
const DATA = new JitData([], [FIELD_X, FIELD_Y, STR_LEN, descr(DESCR_CALL, "call f"), WRITES_Y], [], []);

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
    this.ops.push(new ResOp(opnum, args, descr, r));
    return r!;
  }
  guard(opnum: number, args: Box[]): void {
    const g = new ResOp(opnum, args, -1, null);
    g.resume = [];
    this.ops.push(g);
  }
  text(ops: ResOp[] = this.ops): string {
    const t = new CompiledTrace(this.inputs, ops, "test");
    numberBoxes(t);
    return formatTrace(t, DATA)
      .split("\n")
      .map((l) => l.replace(/ \[.*\]$/, ""))
      .join("\n");
  }
  optimized(): string {
    return this.text(optimizeTrace(this.ops, [new PureAndGuards(), new HeapCache()], DATA));
  }
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
});
