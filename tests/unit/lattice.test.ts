// The annotation lattice: union is a join (commutative, idempotent, an upper
// bound), int ∪ float = float, primitives of different kinds and instances
// meet as a value union (boxes under the object root), and other
// incompatible kinds are errors.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BOX_CLASS, ClassDesc, type BoxKind } from "../../framework/flow/descriptors.ts";
import { ListDef, MapDef, SomeMap, SomeBool, SomeFloat, SomeInstance, SomeInt, SomeList, SomeStr, SomeTyped, UnionError, s_bool, s_float, s_impossible, s_int, s_nonneg, s_null, s_str, s_undef, sameAnnotation, union, type DefMerger, type SomeValue } from "../../framework/annotator/model.ts";

const root = new ClassDesc("Object", null, null);
const boxes = new Map<BoxKind, ClassDesc>();
const boxOf = (kind: BoxKind): ClassDesc => {
  let c = boxes.get(kind);
  if (!c) {
    c = new ClassDesc(BOX_CLASS[kind], null, null);
    c.base = root;
    root.subclasses.push(c);
    boxes.set(kind, c);
  }
  return c;
};

const merger: DefMerger = {
  boxClass: boxOf,
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
  it("int ∪ float is float; int ∪ string is a value union; null and undefined are flags of any type", () => {
    expect(union(s_int, s_float, merger)).toBe(s_float);
    const v = union(s_int, new SomeStr(true), merger) as SomeInstance;
    expect(v).toBeInstanceOf(SomeInstance);
    expect([v.cls, v.nullable, [...v.possible!].map((c) => c.name).sort()]).toEqual([root, true, ["NumberBox", "StringBox"]]);
    const w = union(v, s_bool, merger) as SomeInstance;
    expect([...w.possible!].map((c) => c.name).sort()).toEqual(["BooleanBox", "NumberBox", "StringBox"]);
    expect(sameAnnotation(union(w, s_float, merger), w)).toBe(true);
    // Maps, Sets and objects used as maps meet other kinds boxed too; a typed array cannot
    const m = union(new SomeMap(new MapDef(false, "str"), false), s_str, merger) as SomeInstance;
    expect([...m.possible!].map((c) => c.name).sort()).toEqual(["MapBox", "StringBox"]);
    const set = union(new SomeMap(new MapDef(true, "str"), false), s_int, merger) as SomeInstance;
    expect([...set.possible!].map((c) => c.name).sort()).toEqual(["NumberBox", "SetBox"]);
    expect(() => union(new SomeTyped("f64", false), s_str, merger)).toThrow(UnionError);
    // an array meets other kinds boxed (an ArrayBox), as a function does
    const arr = union(new SomeList(new ListDef(), false), s_str, merger) as SomeInstance;
    expect([...arr.possible!].map((c) => c.name).sort()).toEqual(["ArrayBox", "StringBox"]);
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
