// The annotation lattice: union is a join (commutative, idempotent, an upper
// bound), int ∪ float = float, and incompatible kinds are errors.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ListDef, SomeList, SomeStr, UnionError, s_bool, s_float, s_impossible, s_int, s_none, s_str, sameAnnotation, union, type DefMerger, type SomeValue } from "../../framework/annotator/model.ts";

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

const values: SomeValue[] = [s_impossible, s_int, s_float, s_bool, s_none, s_str, new SomeStr(true)];
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
  it("int ∪ float is float; int ∪ string is an error; null makes pointers nullable", () => {
    expect(union(s_int, s_float, merger)).toBe(s_float);
    expect(() => union(s_int, s_str, merger)).toThrow(UnionError);
    expect(union(s_none, s_str, merger).nullable).toBe(true);
    expect(() => union(s_none, s_int, merger)).toThrow(UnionError);
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
