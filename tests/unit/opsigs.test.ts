// The op table's signatures hold: every operation of the Lox VM, the
// Brainfuck example and both GCs has operands and a result of the kinds its
// signature names, after the rtyper (--opt 0) and after all transforms
// (--opt 2), and the heap locations of each can be named.  The lowering runs
// in a Node process of its own (opsigs-check.ts): the Load stage's module
// hooks need plain Node.  The test harness's rts workers check every other
// program they translate the same way (RTS_CHECK_OPS in tests/harness.ts:
// the corpus, the fuzzers' programs, the stdlib suite).
import { describe, expect, it } from "vitest";
import { OPS } from "../../framework/ops/index.ts";
import { parseSignature } from "../../framework/ops/op.ts";
import { runAsync } from "../harness.ts";

const PROGRAMS = ["languages/lox/main.ts", "examples/bf/bf.ts"];

describe("op signatures", () => {
  it("every op of the table has a well-formed signature", () => {
    for (const [name, def] of Object.entries(OPS)) expect(() => parseSignature(def.sig), name).not.toThrow();
  });

  it("every op of Lox, Brainfuck and the GCs (after the rtyper and after the transforms) matches its signature", async () => {
    const r = await runAsync(process.execPath, ["--import", "./framework/cli/register.mjs", "tests/unit/opsigs-check.ts", ...PROGRAMS], { env: { OPT_LEVELS: "0,2" } });
    expect(r.stderr).toMatch(/\d+ operations checked, 0 mismatches/);
    expect(r.stdout.split("\n").filter(Boolean).slice(0, 20)).toEqual([]);
    expect(r.status).toBe(0);
  });
});
