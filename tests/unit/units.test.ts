// The C backend's split into translation units (plugins/backend-c/units.ts):
// a hot function gets a static, always-inlined copy in each unit that calls
// it, and the names its copy uses are declared there.
import { describe, expect, it } from "vitest";
import { splitUnits, type CFunctionCode } from "../../plugins/backend-c/units.ts";

const fn = (name: string, group: string, code: string, hot = false): CFunctionCode => ({
  name, group, library: false, signature: `int64_t ${name}(int64_t v0)`, noinline: false, hot, code: `int64_t ${name}(int64_t v0) {\n${code}\n}`,
});

describe("splitUnits", () => {
  const parts = {
    prelude: "/* test */",
    structs: [],
    checks: "",
    data: [{ name: "g_counter", decl: "int64_t g_counter", def: "int64_t g_counter = 0" }],
    functions: [
      fn("f_hook", "hooks.ts", "  return g_counter == v0;", true),
      fn("f_helper", "hooks.ts", "  return v0 + 1;"),
      // (padding: each group is a unit of its own at this unit size)
      fn("f_dispatch", "interp.ts", `  return f_hook(v0) + f_helper(v0);${" ".repeat(200)}`),
    ],
    entry: "",
  };
  const units = splitUnits(parts, 150);

  it("copies a hot function into the unit that calls it, static and always inlined", () => {
    expect(units.length).toBe(2);
    const caller = units.find((u) => u.text.includes("f_dispatch(int64_t v0) {"))!;
    const owner = units.find((u) => u !== caller)!;
    expect(caller.text).toContain("static RTS_HOT int64_t f_hook(int64_t v0) {");
    // (no declaration of the owner's: the copy stands for it)
    expect(caller.text).not.toMatch(/^int64_t f_hook\(int64_t v0\);$/m);
    // the names the copy uses are declared in the caller's unit, and shared by their owner
    expect(caller.text).toContain("extern int64_t g_counter;");
    expect(owner.text).toMatch(/^int64_t g_counter = 0;$/m);
    // a plain function the caller uses stays the owner's, external
    expect(caller.text).toMatch(/^int64_t f_helper\(int64_t v0\);$/m);
    expect(owner.text).toMatch(/^int64_t f_helper\(int64_t v0\) \{$/m);
    // the owner's own definition is static (no other unit calls it) and always inlined there too
    expect(owner.text).toContain("static RTS_HOT int64_t f_hook(int64_t v0) {");
  });

  it("leaves a single unit as it was, the hot function static and inlined", () => {
    const one = splitUnits(parts, Infinity);
    expect(one.length).toBe(1);
    expect(one[0].text.match(/f_hook\(int64_t v0\) \{/g)!.length).toBe(1);
    expect(one[0].text).toContain("static RTS_HOT int64_t f_hook(int64_t v0) {");
  });
});
