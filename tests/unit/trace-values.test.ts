// A compiled trace keeps no object of the program alive but its constants:
// the values its boxes held while it was recorded are dropped
// (resoperation.ts forgetRecordedValues) — kept, a loop traced in one call
// of a function held that call's objects for the rest of the run.
import { describe, expect, test } from "vitest";
import { GcRef } from "../../framework/jit/runtime/jitdata.ts";
import {
  Box, CompiledTrace, GETFIELD, GUARD_TRUE, JUMP, KIND_I, KIND_R, LABEL, PendingWrite, ResOp, ResumeFrame, constInt, constRef, forgetRecordedValues,
} from "../../framework/jit/runtime/resoperation.ts";

function refBox(): Box {
  const b = new Box(KIND_R);
  b.refValue = new GcRef();
  return b;
}

describe("forgetRecordedValues", () => {
  test("drops the recorded objects of inputs, results, resume data and delayed writes; keeps constants", () => {
    const input = refBox();
    const field = refBox();
    const other = refBox();
    const flag = new Box(KIND_I);
    flag.intValue = 1;
    const constant = constRef(new GcRef());
    const get = new ResOp(GETFIELD, [input], 0, field);
    field.op = get;
    const guard = new ResOp(GUARD_TRUE, [flag], -1, null);
    guard.resume = [new ResumeFrame(0, 0, [0], [flag], [0, 1, 2], [input, other, constant], [], [])];
    guard.pending = [new PendingWrite(1, input, null, other)];
    const ops = [new ResOp(LABEL, [], -1, null), get, guard, new ResOp(JUMP, [field, constInt(3)], -1, null)];
    const t = new CompiledTrace([input, flag], ops, "loop");
    forgetRecordedValues(t);
    expect([input.refValue, field.refValue, other.refValue]).toEqual([null, null, null]);
    expect(constant.refValue).not.toBeNull();
    // (ints are no objects: kept as they are)
    expect(flag.intValue).toBe(1);
  });
});
