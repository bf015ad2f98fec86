// The annotation lattice: union is a join (commutative, idempotent, an upper
// bound), int ∪ float = float, and incompatible kinds are errors.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ListDef, SomeBool, SomeFloat, SomeInt, SomeList, SomeStr, UnionError, s_bool, s_float, s_impossible, s_int, s_nonneg, s_null, s_str, s_undef, sameAnnotation, union, type DefMerger, type SomeValue } from "../../framework/annotator/model.ts";

const merger: DefMerger = {
  mergeLists: (a, b) => {
    b.mergeInto(a);
    return a;
  },
  mergeMaps: (a, b) => {
    b.mergeInto(a);
    return a;
  },
  mergeFunctions: () => {},
};

const values: SomeValue[] = [
  s_impossible, s_int, s_nonneg, s_float, new SomeFloat(true, true), s_bool, s_null, s_undef, s_str, new SomeStr(true), new SomeStr(false, true),
  new SomeInt(false, false, true), new SomeFloat(false, false, false, true, true), new SomeBool(true, false),
];
const arb = fc.constantFrom(...values);

function tryUnion(a: SomeValue, b: SomeValue): SomeValue | "error" {
  try {
    return union(a, b, merger);
  } catch (e) {
    if (e instanceof UnionError) return "error";
    throw e;
  }
}

describe("annotation lattice", () => {
  it("int ∪ float is float; int ∪ string is an error; null and undefined are flags of any type", () => {
    expect(union(s_int, s_float, merger)).toBe(s_float);
    expect(() => union(s_int, s_str, merger)).toThrow(UnionError);
    expect(union(s_null, s_str, merger).nullable).toBe(true);
    const optInt = union(s_undef, s_int, merger);
    expect([optInt.kind, optInt.undef, optInt.nullable]).toEqual(["int", true, false]);
    const both = union(union(optInt, s_null, merger), s_float, merger);
    expect([both.kind, both.undef, both.nullable]).toEqual(["float", true, true]);
    expect(both.describe()).toBe("float | null | undefined");
    expect(union(s_nonneg, s_int, merger)).toBe(s_int);
  });

  it("union is commutative and idempotent", () => {
    fc.assert(
      fc.property(arb, arb, (a, b) => {
        const ab = tryUnion(a, b);
        const ba = tryUnion(b, a);
        if (ab === "error" || ba === "error") return ab === ba;
        return sameAnnotation(ab, ba) && sameAnnotation(tryUnion(a, a) as SomeValue, a);
      }),
    );
  });

  it("union is an upper bound of both sides", () => {
    fc.assert(
      fc.property(arb, arb, (a, b) => {
        const u = tryUnion(a, b);
        if (u === "error") return true;
        return sameAnnotation(tryUnion(u, a) as SomeValue, u) && sameAnnotation(tryUnion(u, b) as SomeValue, u);
      }),
    );
  });

  it("lists that meet share one item family", () => {
    const a = new SomeList(new ListDef(), false);
    const b = new SomeList(new ListDef(), false);
    const u = union(a, b, merger) as SomeList;
    expect(a.def).toBe(b.def);
    expect(u.def).toBe(a.def);
  });
});
