// The op table's signatures hold: every operation of the Lox VM, the
// Brainfuck example, both GCs and (outside the quick run) the differential
// corpus has operands and a result of the kinds its signature names, after
// the rtyper (--opt 0) and after all transforms (--opt 2), and the heap
// locations of each can be named.  The lowering runs in a Node process of
// its own (opsigs-check.ts): the Load stage's module hooks need plain Node.
// (The test harness's rts workers also check every program they translate:
// RTS_CHECK_OPS in tests/harness.ts.)
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { OPS } from "../../framework/ops/index.ts";
import { parseSignature } from "../../framework/ops/op.ts";
import { QUICK, runAsync } from "../harness.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const corpus = fs.readdirSync(path.join(ROOT, "tests/programs")).filter((f) => f.endsWith(".ts")).sort().map((f) => path.join("tests/programs", f));
// the corpus at --opt 0 only: its translations in the other suites are checked at the level they use
const PROGRAMS = ["languages/lox/main.ts", "examples/bf/bf.ts", ...(QUICK ? [] : corpus)];

describe("op signatures", () => {
  it("every op of the table has a well-formed signature", () => {
    for (const [name, def] of Object.entries(OPS)) expect(() => parseSignature(def.sig), name).not.toThrow();
  });

  it(`every op of Lox, Brainfuck, the GCs${QUICK ? "" : " and the corpus"} (after the rtyper and after the transforms) matches its signature`, async () => {
    const r = await runAsync(process.execPath, ["--import", "./framework/cli/register.mjs", "tests/unit/opsigs-check.ts", ...PROGRAMS], { env: { OPT_LEVELS: "0,2", CORPUS_OPT0_ONLY: "1" } });
    expect(r.stderr).toMatch(/\d+ operations checked, 0 mismatches/);
    expect(r.stdout.split("\n").filter(Boolean).slice(0, 20)).toEqual([]);
    expect(r.status).toBe(0);
  });
});
