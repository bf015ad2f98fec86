// The meta-tracing JIT untranslated (framework/jit/llgraph): the Lox VM and
// the BF interpreter run with the JIT at a low threshold — hot loops are
// traced through their jitcodes, the traces run on the llgraph backend, and
// failing guards resume in the blackhole interpreter — and every Lox
// conformance test and BF example must still give its expected output.
// The runs happen in a Node process of their own (tests/jit/jit-check.ts:
// the Load stage needs Node's module hooks), with a deep stack for the
// blackhole's recursion.
import { describe, expect, test } from "vitest";
import { runAsync } from "./harness.ts";

interface Report {
  totals: { runs: number; loops: number; bridges: number; aborts: number; guardFailures: number; enteredLoops: number; tracedOps: number };
  failures: { file: string; problems: string[] }[];
}

async function check(args: string[], env: Record<string, string> = {}): Promise<Report> {
  const r = await runAsync(process.execPath, ["--stack-size=7000", "--import", "./framework/cli/register.mjs", "tests/jit/jit-check.ts", ...args], { env });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Report;
}

describe("the JIT untranslated (llgraph backend)", () => {
  test("the Lox suite with RTS_JIT_THRESHOLD=3, no bridges (every 2nd file): every test passes, loops are compiled and left", async () => {
    const r = await check(["lox", "3"], { RTS_JIT_SAMPLE: "2" });
    expect(r.failures.map((f) => `${f.file}\n${f.problems.join("\n")}`)).toEqual([]);
    expect(r.totals.runs).toBeGreaterThan(150);
    expect(r.totals.loops).toBeGreaterThan(10);
    expect(r.totals.guardFailures).toBeGreaterThan(100);
  });

  test("the Lox suite with bridges (a guard failing twice gets one): every test passes, bridges replace guard failures", async () => {
    const r = await check(["lox", "3"], { RTS_JIT_EAGERNESS: "2" });
    expect(r.failures.map((f) => `${f.file}\n${f.problems.join("\n")}`)).toEqual([]);
    expect(r.totals.runs).toBeGreaterThan(300);
    expect(r.totals.bridges).toBeGreaterThan(3);
    expect(r.totals.guardFailures).toBeLessThan(r.totals.enteredLoops + 1);
  });

  test("the corpus programs with a JitDriver, with threshold 3 and bridges", async () => {
    const r = await check(["corpus", "3"], { RTS_JIT_EAGERNESS: "2" });
    expect(r.failures).toEqual([]);
    expect(r.totals.runs).toBeGreaterThanOrEqual(1);
    expect(r.totals.loops).toBeGreaterThanOrEqual(1);
  });

  test("the BF examples with threshold 3", async () => {
    const r = await check(["bf", "3"]);
    expect(r.failures).toEqual([]);
    expect(r.totals.loops).toBeGreaterThan(10);
  });
});
