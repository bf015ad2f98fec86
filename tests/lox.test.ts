// The Lox conformance suite (tests/lox/**/*.lox, expectations in comments, see
// tests/lox/expect.ts): every file runs on the translated VM and must match
// stdout, stderr and exit status exactly; a sample also runs untranslated
// (`rts run`) and under GC torture.  Plus the CLI contract: usage, missing
// files and the REPL.
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { QUICK, ROOT, rts, run, tmpDir, translateInWorker } from "./harness.ts";
import { checkOutcome, loxTests, parseExpectations } from "./lox/expect.ts";
import { aarch64 } from "../plugins/target-aarch64/index.ts";
import { hasTool } from "../framework/translator/target.ts";
import { hostTarget } from "../plugins/target-common/gnu-linux.ts";

const dir = tmpDir("lox");
const exe = path.join(dir, "lox");
const tests = loxTests(path.join(ROOT, "tests/lox"));
// every 12th test also runs with a collection at every allocation, with the
// semispace GC and on AArch64; every 24th untranslated (a Node process each)
const sample = tests.filter((_, i) => i % 12 === 0);
const nodeSample = tests.filter((_, i) => i % 24 === 0);
// the cross toolchain is installed by .ci/run; only a developer machine may lack it
const haveAArch64 = [aarch64.cc, ...aarch64.runner].every(hasTool);
if (process.env.CI && !haveAArch64) throw new Error(`CI needs ${aarch64.cc} and ${aarch64.runner.join(" ")} (see .ci/run)`);

function verdict(file: string, r: { status: number; stdout: string; stderr: string }): string {
  const problems = checkOutcome(parseExpectations(fs.readFileSync(file, "utf8")), r);
  return problems.length === 0 ? "ok" : problems.join("\n");
}

// one lowering per GC in a worker process, C compiled once per target; at
// the default --opt 2 also in the quick run (the nesting limit of the Lox
// compiler is the C stack's, which depends on frame sizes)
const vms = translateInWorker("languages/lox/main.ts", [
  { gc: "generational", target: hostTarget(), output: exe },
  ...(QUICK ? [] : [{ gc: "semispace", target: hostTarget(), output: path.join(dir, "lox-semispace") }]),
  // (the JIT's and the cross build at --opt 1: what they test is behaviour, and their C compiles in half the time)
  ...(QUICK ? [] : [{ gc: "generational", target: hostTarget(), output: path.join(dir, "lox-jit"), jit: true, opt: 1 }]),
  ...(haveAArch64 && !QUICK ? [{ gc: "generational", target: "aarch64", output: path.join(dir, "lox-aarch64"), opt: 1 }] : []),
], undefined, 2).then((t) => {
  if (t.status !== 0) throw new Error(`translating the Lox VM failed:\n${t.stderr}`);
});

beforeAll(() => vms);

describe("Lox conformance, translated", () => {
  it("has the suite", () => {
    expect(tests.length).toBeGreaterThanOrEqual(200);
  });
  for (const file of tests) {
    it(path.relative(path.join(ROOT, "tests/lox"), file), () => {
      expect(verdict(file, run(exe, [file]))).toBe("ok");
    });
  }
});

describe.skipIf(QUICK)("Lox conformance, untranslated sample", () => {
  for (const file of nodeSample) {
    it(path.relative(path.join(ROOT, "tests/lox"), file), () => {
      expect(verdict(file, rts(["run", "languages/lox/main.ts", file], { node: ["--stack-size=8000"] }))).toBe("ok");
    });
  }
});

describe("Lox conformance, GC torture sample", () => {
  for (const file of sample) {
    it(path.relative(path.join(ROOT, "tests/lox"), file), () => {
      const r = run(exe, [file], { env: { RTS_GC_TORTURE: "1", RTS_GC_HEAP: "256k" } });
      expect(verdict(file, r)).toBe("ok");
    });
  }
});

/** The sample on a VM translated with `options`, each file run through `runner` (e.g. qemu) when given. */
function sampleSuite(title: string, name: string, runner: string[] = [], skip = false): void {
  describe.skipIf(skip)(title, () => {
    const vm = path.join(dir, name);
    for (const file of sample) {
      it(path.relative(path.join(ROOT, "tests/lox"), file), () => {
        const r = runner.length > 0 ? run(runner[0], [...runner.slice(1), vm, file]) : run(vm, [file]);
        expect(verdict(file, r)).toBe("ok");
      });
    }
  });
}

// the meta-tracing JIT (issue 12): the whole suite with tracing after 3 loop
// iterations, and the sample with tracing at once, a bridge for every failing
// guard and a collection at every allocation
describe.skipIf(QUICK)("Lox conformance, translated with --jit (RTS_JIT_THRESHOLD=3)", () => {
  for (const file of tests) {
    it(path.relative(path.join(ROOT, "tests/lox"), file), () => {
      expect(verdict(file, run(path.join(dir, "lox-jit"), [file], { env: { RTS_JIT_THRESHOLD: "3" } }))).toBe("ok");
    });
  }
});

describe.skipIf(QUICK)("Lox conformance sample, --jit at threshold 1 with bridges, under GC torture (machine code on x86-64)", () => {
  for (const file of sample) {
    it(path.relative(path.join(ROOT, "tests/lox"), file), () => {
      const env = { RTS_JIT_THRESHOLD: "1", RTS_JIT_TRACE_EAGERNESS: "1", RTS_GC_TORTURE: "1", RTS_GC_HEAP: "256k" };
      expect(verdict(file, run(path.join(dir, "lox-jit"), [file], { env }))).toBe("ok");
    });
  }
});

// the benchmarks' long loops at the default thresholds: traces, bridges and machine code the short
// suite programs never reach (a register of a list store's index clobbered by the write barrier's check
// passed the suite and failed closures.lox)
describe.skipIf(QUICK)("Lox benchmarks with --jit at the default thresholds print what the VM without the JIT prints", () => {
  for (const name of fs.readdirSync(path.join(ROOT, "bench/lox")).filter((f) => f.endsWith(".lox"))) {
    it(name, () => {
      const file = path.join(ROOT, "bench/lox", name);
      const plain = run(exe, [file]);
      const jitted = run(path.join(dir, "lox-jit"), [file]);
      expect(plain.status).toBe(0);
      expect({ status: jitted.status, stdout: jitted.stdout, stderr: jitted.stderr }).toEqual({ status: 0, stdout: plain.stdout, stderr: "" });
    });
  }
});

sampleSuite("Lox conformance sample, semispace GC", "lox-semispace", [], QUICK);
sampleSuite("Lox conformance sample, AArch64 under qemu", "lox-aarch64", aarch64.runner, !haveAArch64 || QUICK);

describe("lox command line", () => {
  it("usage error exits 64", () => {
    const r = run(exe, ["a.lox", "b.lox"]);
    expect(r.status).toBe(64);
    expect(r.stderr).toBe("Usage: lox [path]\n");
  });

  it("a missing file exits 74", () => {
    const r = run(exe, ["/nonexistent/x.lox"]);
    expect(r.status).toBe(74);
    expect(r.stderr).toBe('Could not open file "/nonexistent/x.lox".\n');
  });

  it("input nested too deeply for the compiler is a compile error, not a crash", () => {
    const file = path.join(dir, "deep.lox");
    fs.writeFileSync(file, "print " + "(".repeat(100000) + "1" + ")".repeat(100000) + ";\n");
    const r = run(exe, [file]);
    expect(r.status).toBe(65);
    expect(r.stderr).toBe("Error: the program is nested too deeply to compile.\n");
  });

  it("the REPL keeps globals between lines and survives errors", () => {
    const input = "var a = 1;\nprint a + 1;\nprint b;\nprint ;\nfun f(x) { return x * a; }\nprint f(21);\n";
    const r = run(exe, [], { stdin: input });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("> > 2\n> > > > 21\n> \n");
    expect(r.stderr).toBe("Undefined variable 'b'.\n[line 1] in script\n[line 1] Error at ';': Expect expression.\n");
  });

  it("the REPL works untranslated too", () => {
    const r = rts(["run", "languages/lox/main.ts"], { stdin: "print 1 + 2;\nprint \"a\" + \"b\";\n" });
    expect(r.stdout).toBe("> 3\n> ab\n> \n");
  });
});
