// The list methods written in RTS (rts/rlib/lists over rts/lltype) against
// JavaScript's own, on Node where a list's capacity is its length: random
// sequences of operations must leave the same arrays and return the same
// values.  (Translated, the corpus runs them on the C layout and the llinterp.)
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { listConcat, listPop, listPush, listReverse, listShift, listSlice } from "../../framework/rlib/lists.ts";

const BIG = Number.MAX_SAFE_INTEGER; // what the rtyper passes for a missing slice end

type Op = { k: "push"; x: number } | { k: "pop" } | { k: "shift" } | { k: "slice"; s: number; e: number | null } | { k: "concat"; other: number[] } | { k: "reverse" };

const index = fc.oneof(fc.integer({ min: -12, max: 12 }), fc.constantFrom(-BIG, BIG, 2 ** 31));
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ k: fc.constant("push" as const), x: fc.integer() }),
  fc.record({ k: fc.constant("pop" as const) }),
  fc.record({ k: fc.constant("shift" as const) }),
  fc.record({ k: fc.constant("slice" as const), s: index, e: fc.option(index) }),
  fc.record({ k: fc.constant("concat" as const), other: fc.array(fc.integer(), { maxLength: 5 }) }),
  fc.record({ k: fc.constant("reverse" as const) }),
);

describe("list methods in RTS", () => {
  it("behave as Array.prototype's on random operation sequences", () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 8 }), fc.array(op, { maxLength: 40 }), (start, ops) => {
        let mine = [...start];
        let js = [...start];
        for (const o of ops) {
          switch (o.k) {
            case "push":
              expect(listPush(mine, o.x)).toBe(js.push(o.x));
              break;
            case "pop":
              expect(listPop(mine)).toBe(js.pop());
              break;
            case "shift":
              expect(listShift(mine)).toBe(js.shift());
              break;
            case "slice":
              expect(listSlice(mine, o.s, o.e ?? BIG)).toEqual(o.e === null ? js.slice(o.s) : js.slice(o.s, o.e));
              break;
            case "concat":
              mine = listConcat(mine, o.other);
              js = js.concat(o.other);
              break;
            case "reverse":
              listReverse(mine);
              js.reverse();
              break;
          }
          expect(mine).toEqual(js);
        }
      }),
      { numRuns: 300, seed: 20261202 },
    );
  });
});
