// The toolkit's memory layouts (framework/rtyper/layout.ts): C's rules on
// the LP64 targets, computed in TypeScript so the type table, the llinterp's
// simulated heap and the JIT share one set of numbers.  Every translation
// also asserts them against the C compiler (_Static_assert in the generated
// C, for the program's classes and the runtime's structs).
import { describe, expect, it } from "vitest";
import { builtinLayouts, layoutStruct, storageOf, type Storage } from "../../framework/rtyper/layout.ts";
import { Bool, Float, OptBool, OptFloat, OptSigned, Signed, Str, Void } from "../../framework/rtyper/lltypes.ts";

const fields = (...s: Storage[]) => s.map((storage, i) => ({ name: `f${i}`, storage }));
const offsets = (l: { offsets: Map<string, number> }) => [...l.offsets.values()];

describe("layouts", () => {
  it("a struct is its header, then each field at its alignment, the size rounded to the largest", () => {
    expect(layoutStruct([], 8)).toMatchObject({ size: 8, align: 4 });
    const l = layoutStruct(fields("bool", "i64", "bool", "bool", "f64", "ptr"), 8);
    expect(offsets(l)).toEqual([8, 16, 24, 25, 32, 40]);
    expect(l.size).toBe(48);
    expect(layoutStruct(fields("i64", "bool"), 8).size).toBe(24); // tail padding
    expect(layoutStruct(fields("i32"), 8).size).toBe(12);
  });

  it("depends on the word size only through pointers", () => {
    expect(offsets(layoutStruct(fields("ptr", "ptr", "i64"), 4))).toEqual([8, 12, 16]);
    expect(offsets(layoutStruct(fields("ptr", "ptr", "i64"), 8))).toEqual([8, 16, 24]);
  });

  it("stores each low-level type as C does", () => {
    expect([Signed, OptSigned, OptBool, Float, OptFloat, Bool, Void, Str].map(storageOf)).toEqual(["i64", "i64", "i64", "f64", "f64", "bool", "i32", "ptr"]);
  });

  it("var-sized structs: items start aligned after the fixed part; the count is a field", () => {
    const str = builtinLayouts(8).get("rts_str")!;
    expect(str).toMatchObject({ size: 24, itemSize: 2, lengthOffset: 8 });
    expect(builtinLayouts(8).get("rts_mentries")).toMatchObject({ size: 24, itemSize: 24, lengthOffset: 8 });
    expect(layoutStruct(fields("i32"), 8, { storage: "f64" }, "f0")).toMatchObject({ size: 16, itemSize: 8, lengthOffset: 8 });
  });

  it("the runtime's structs", () => {
    const b = builtinLayouts(8);
    expect(Object.fromEntries([...b].map(([t, l]) => [t, l.size]))).toEqual({
      rts_str: 24, rts_strbuf: 32, rts_strview: 40, rts_items: 16, rts_list: 24, rts_u8arr: 16, rts_i32arr: 16, rts_f64arr: 16,
      rts_map: 48, rts_mentries: 24, rts_mindex: 16,
    });
    expect(b.get("rts_strview")!.offsets.get("buf")).toBe(24);
  });
});
