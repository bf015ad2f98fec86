// The Brainfuck example: the same interpreter source run on Node and
// translated; every sample program (including a long-running one) must give
// identical bytes.
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { QUICK, ROOT, rts, run, tmpDir } from "./harness.ts";

const dir = path.join(ROOT, "examples/bf/programs");
const programs = fs.readdirSync(dir).filter((f) => f.endsWith(".b")).sort();
const exe = path.join(tmpDir("bf"), "bf");
const jitExe = path.join(tmpDir("bf"), "bf-jit");

function input(p: string): string {
  const f = path.join(dir, p.replace(/\.b$/, ".in"));
  return fs.existsSync(f) ? fs.readFileSync(f, "latin1") : "";
}

function expected(p: string): string {
  return fs.readFileSync(path.join(dir, p.replace(/\.b$/, ".out")), "latin1");
}

describe("brainfuck example", () => {
  beforeAll(() => {
    const t = rts(["translate", "examples/bf/bf.ts", "-o", exe, "--quiet"]);
    expect(t.stderr).toBe("");
    expect(t.status).toBe(0);
  });

  it("has sample programs", () => expect(programs.length).toBeGreaterThanOrEqual(6));

  describe.each(programs)("%s", (p) => {
    const file = path.join("examples/bf/programs", p);
    it("translated binary prints the expected bytes", () => {
      const r = run(exe, [file], { stdin: input(p), encoding: "latin1" });
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(expected(p));
    });
    it.skipIf(QUICK)("untranslated run agrees with the binary", () => {
      const a = run(exe, [file], { stdin: input(p), encoding: "latin1" });
      const b = rts(["run", "examples/bf/bf.ts", file], { stdin: input(p), encoding: "latin1" });
      expect(b.status).toBe(0);
      expect(b.stdout).toBe(a.stdout);
    });
  });

  it("reports an unbalanced program", () => {
    const r = run(exe, ["examples/bf/programs/unbalanced.b.bad"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("unmatched '['");
  });

  it("reports a missing file and prints usage", () => {
    expect(run(exe, ["no/such/file.b"]).stderr).toContain("cannot read");
    const u = run(exe, []);
    expect(u.status).toBe(2);
    expect(u.stderr).toContain("usage");
  });
});

// translated with the meta-tracing JIT, tracing after 3 iterations of a loop;
// on x86-64 the traces run as machine code (long.b included), elsewhere on
// the trace-interpreting backend (where long.b would take minutes)
describe.skipIf(QUICK)("brainfuck example with --jit", () => {
  beforeAll(() => {
    const t = rts(["translate", "examples/bf/bf.ts", "-o", jitExe, "--jit", "--opt", "1", "--quiet"]);
    expect(t.stderr).toBe("");
    expect(t.status).toBe(0);
  });
  it("RTSLOG=jit-log-opt,jit-summary: the compiled loops and what the JIT did", () => {
    const r = run(jitExe, ["examples/bf/programs/hello.b"], { env: { RTS_JIT_THRESHOLD: "3", RTSLOG: "jit-log-opt,jit-log-noopt,jit-summary,jit-backend" }, encoding: "latin1" });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(expected("hello.b"));
    // where in the BF program (the driver's getPrintableLocation): the loop's start, and each instruction the trace passed
    expect(r.stderr).toMatch(/^# loop 0 \(execute\) at #\d+ [a-z]+ -?\d+\n\[i0, p1\]\nlabel\(\)\ndebug_merge_point\('#\d+ [a-z]+ -?\d+'\)\n/m);
    expect(r.stderr).toMatch(/^jump\(/m);
    // the loop as recorded too, before the optimizer: its inputs, the start's label, a jump back
    expect(r.stderr).toMatch(/^# recorded loop 0 \(execute\) at #\d+ [a-z]+ -?\d+\n\[i0, p1\]\nlabel\(\)\n/m);
    const recorded = r.stderr.slice(r.stderr.indexOf("# recorded loop 0"), r.stderr.indexOf("# loop 0"));
    expect(recorded).toMatch(/^jump\(/m);
    const loops = /^jit-summary loops (\d+)$/m.exec(r.stderr);
    expect(Number(loops?.[1])).toBeGreaterThanOrEqual(1);
    expect(r.stderr).toMatch(/^jit-summary first-loop-seconds \d+\.\d{6}$/m);
    // time per phase, each loop's size and guard failures
    expect(r.stderr).toMatch(/^jit-summary tracing-seconds \d+\.\d{6}$/m);
    expect(r.stderr).toMatch(/^jit-summary backend-seconds \d+\.\d{6}$/m);
    expect(r.stderr).toMatch(/^jit-summary loop 0 \(execute at #\d+ [a-z]+ -?\d+\) ops \d+ guard-failures \d+ unbridged-failures \d+ native-bytes \d+$/m);
    // the guards that failed most (the loop's exit failed once at least): the trace, the op, where it resumes
    expect(r.stderr).toMatch(/^jit-summary guard [1-9]\d* loop 0 \(#\d+ [a-z]+ -?\d+\) op \d+ guard_(true|false) \[execute@\d+\] (unbridged|bridged|never-bridged)$/m);
    // on x86-64 the loop is machine code
    if (process.arch === "x64") expect(Number(/^jit-summary native-traces (\d+)$/m.exec(r.stderr)?.[1])).toBeGreaterThanOrEqual(1);
    if (process.arch === "x64") expect(r.stderr).toMatch(/^jit-backend loop 0 \(execute\): \d+ bytes mapped at \d+, \d+ ops, \d+ left to the trace runner$/m);
  });
  it.each(programs.filter((p) => p !== "long.b" || process.arch === "x64"))("%s", (p) => {
    const r = run(jitExe, [path.join("examples/bf/programs", p)], { stdin: input(p), encoding: "latin1", env: { RTS_JIT_THRESHOLD: "3" } });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(expected(p));
  });
});
