// The C backend's function generator in-process: each op's C comes from the
// op table (framework/ops/) or funcgen's own cases, a narrowing check sits on
// the branch after its test, and the whole file is valid C (gcc -fsyntax-only).
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { generateC } from "../../plugins/backend-c/genc.ts";
import { loweredProgram, programFile } from "./rtyped.ts";

const SRC = `
function add1(x: number): number {
  return x + 1;
}
function orZero(x: number | undefined): number {
  if (x !== undefined) return x * 3;
  return 0;
}
function less(a: string, b: string | undefined): boolean {
  return b !== undefined && a < b;
}
function label(s: string): string {
  return "[" + s + "]";
}
function checked(n: number): number {
  if (n > 100) throw new RangeError("too many: " + n);
  if (n > 50) throw new RangeError(label("many"));
  return n * 2;
}
export function main(argv: string[]): number {
  console.log(add1(argv.length), orZero(undefined), orZero(argv.length), less("a", argv[0]), checked(argv.length), label("x").length);
  return 0;
}
`;

const file = programFile(SRC);
const dir = path.dirname(file);

/** The C function `name` of the generated file. */
function cFunction(c: string, name: string): string {
  const start = c.search(new RegExp(`^static [^\\n;]* f_${name}\\([^\\n]*\\{$`, "m"));
  expect(start, name).toBeGreaterThanOrEqual(0);
  return c.slice(start, c.indexOf("\n}\n", start));
}

describe("funcgen", async () => {
  const program = await loweredProgram(file, 0);
  const c = generateC(program.rtyper, program.main);

  it("prints table ops in their C forms", () => {
    expect(cFunction(c, "add1")).toMatch(/rts_op_jsint_add\(v\d+, INT64_C\(1\), loc_\d+\)/);
    // a < b on strings: rts/rlib/strings' strCompare, then int_lt (infix)
    expect(cFunction(c, "less")).toMatch(/(v\d+) = f_strCompare\(\(rts_str \*\)v\d+, \(rts_str \*\)v\d+\);\n\s+v\d+ = \(\1 < INT64_C\(0\)\);/);
  });

  it("checks a narrowed value after its test, on the branch", () => {
    const f = cFunction(c, "orZero");
    const test = f.indexOf("RTS_INT_UNDEF)");
    const narrow = f.indexOf("rts_op_optint_narrow(");
    expect(test).toBeGreaterThan(0);
    expect(narrow).toBeGreaterThan(test);
    expect(f.slice(test, narrow)).toMatch(/goto block\d+;[\s\S]*block\d+:/); // in a block of its own
  });

  it("keeps functions called only on paths that raise out of line", () => {
    // the RangeError's message: String(n) is strFromInt, called only there
    expect(cFunction(c, "checked")).toMatch(/v\d+ = f_strFromInt\(/);
    expect(c).toMatch(/^RTS_NOINLINE static rts_str \* f_strFromInt\(/m);
    // label is also called outside raising paths: gcc may inline it
    expect(c).toMatch(/^static rts_str \* f_label\(/m);
  });

  it("is valid C", () => {
    const out = path.join(dir, "prog.c");
    fs.writeFileSync(out, c);
    const r = spawnSync("gcc", ["-fsyntax-only", "-std=gnu11", "-I", path.resolve("plugins/backend-c/runtime"), out], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});
