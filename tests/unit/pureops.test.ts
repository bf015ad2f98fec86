// The pure operations shared by the llinterp and constant folding follow
// JavaScript's semantics on the values RTS allows (ints within ±2^53).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evalOp as evalPureOp } from "../../framework/ops/index.ts";

const int = fc.integer({ min: -(2 ** 31), max: 2 ** 31 });
const ev = (op: string, ...a: unknown[]): unknown => evalPureOp(op, a)!.value;

describe("pure low-level operations", () => {
  it("int32 operators wrap like JavaScript's", () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 52), max: 2 ** 52 }), int, (a, b) => {
        expect(ev("int32_and", a, b)).toBe(a & b);
        expect(ev("int32_or", a, b)).toBe(a | b);
        expect(ev("int32_xor", a, b)).toBe(a ^ b);
        expect(ev("int32_shl", a, b & 63)).toBe(a << (b & 63));
        expect(ev("int32_shr", a, b & 63)).toBe(a >> (b & 63));
        expect(ev("uint32_shr", a, b & 63)).toBe(a >>> (b & 63));
      }),
    );
  });

  it("int arithmetic never produces -0", () => {
    expect(Object.is(ev("int_mul", 0, -5), 0)).toBe(true);
    expect(Object.is(ev("int_neg", 0), 0)).toBe(true);
  });

  it("float operations are IEEE", () => {
    expect(ev("float_div", 1, 0)).toBe(Infinity);
    expect(Number.isNaN(ev("float_mod", 1, 0) as number)).toBe(true);
    expect(ev("float_is_true", NaN)).toBe(false);
  });

  it("non-pure operations are not evaluated", () => {
    expect(evalPureOp("list_push", [])).toBeUndefined();
  });
});
