// The Python conformance suite (tests/python/cases/*.py, expected output
// produced by CPython 3.11: update.sh): every program runs on the
// translated interpreter — the `--jit` build, as `npm run build:python`
// makes it — and must print exactly what CPython printed, exit with its
// status, and (for the programs that end with an uncaught exception) write
// a traceback of the same shape — the same lines but for 3.11's column
// markers (`~~~^^^`), which the interpreter does not draw.  A sample runs
// again with the JIT at a low threshold, one untranslated, one on AArch64
// under qemu (the same --jit translation built for AArch64).
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { QUICK, ROOT, rts, run, tmpDir, translateInWorker } from "../harness.ts";
import { hostTarget } from "../../plugins/target-common/gnu-linux.ts";
import { aarch64 } from "../../plugins/target-aarch64/index.ts";
import { hasTool } from "../../framework/translator/target.ts";
import { generatedLibSources } from "../../tools/gen-pylib.ts";

const casesDir = path.join(ROOT, "tests/python/cases");
// (a case may import a module of the folder: helper_mod_N.py, not a case itself)
const cases = fs.readdirSync(casesDir).filter((f) => /^\d+_.*\.py$/.test(f)).sort();
const dir = tmpDir("python");
const exe = path.join(dir, "python-jit");
const armExe = path.join(dir, "python-aarch64");
// every 10th case also on AArch64 under qemu
const withArm = !QUICK && hostTarget() !== "aarch64" && [aarch64.cc, ...aarch64.runner].every(hasTool);
if (process.env.CI && !QUICK && !withArm) throw new Error(`CI needs ${aarch64.cc} and ${aarch64.runner.join(" ")} (see .ci/run)`);
const armSample = cases.filter((_, i) => i % 10 === 5);
// every 20th case untranslated (a Node process each); every 8th, and the cases written for the JIT, again
// with the JIT tracing at once (at the default thresholds, small cases mostly stay in the interpreter)
const nodeSample = cases.filter((_, i) => i % 20 === 0);
const JIT_CASES = new Set(["593_sys_recursionlimit_adjust.py", "613_recursion_error_compiled_frames.py", "622_global_rewrites_in_loops.py", "623_defaults_replaced_in_loop.py", "624_builtin_shadowed_by_new_global.py"]);
const jitSample = cases.filter((f, i) => i % 8 === 0 || JIT_CASES.has(f));

/**
 * The cases the interpreter does not pass yet, with what is missing: each
 * is checked to still differ, so fixing one fails here until it moves back
 * to the suite.
 */
const KNOWN_DIFFERENCES = new Map<string, string>();

// (one lowering for both: the AArch64 build is the same --jit translation, whose JIT finds no machine-code backend
// there and runs its traces in the trace runner; a plain AArch64 translation was a second lowering of the
// interpreter, 80 s of npm test's budget on two busy cores)
const built = translateInWorker("languages/python/main.ts", [
  { gc: "generational", target: hostTarget(), output: exe, jit: true, opt: 1 },
  ...(withArm ? [{ gc: "generational", target: "aarch64", output: armExe, jit: true, opt: 1 }] : []),
]).then((t) => {
  if (t.status !== 0) throw new Error(`translating the Python interpreter failed:\n${t.stderr}`);
});

beforeAll(() => built, 600_000);

/** Lines of a traceback without 3.11's column markers. */
function withoutMarkers(text: string): string {
  return text
    .split("\n")
    .filter((l) => !/^ *[~^]+ *$/.test(l))
    .join("\n");
}

/** "ok", or what differs from CPython's run of the case. */
export function verdict(file: string, r: { status: number; stdout: string; stderr: string }): string {
  const base = path.join(casesDir, file.slice(0, -3));
  const problems: string[] = [];
  const want = fs.readFileSync(`${base}.out`, "utf8");
  if (r.stdout !== want) problems.push(`stdout:\n${r.stdout}\n--- CPython:\n${want}`);
  const errFile = `${base}.err`;
  if (fs.existsSync(errFile)) {
    // (CPython's tracebacks name the cases' folder by its absolute path: CASES_DIR in the file)
    const [status, ...stderr] = fs.readFileSync(errFile, "utf8").replaceAll("CASES_DIR/", `${casesDir}/`).split("\n");
    if (r.status !== Number(status)) problems.push(`exit status ${r.status}, CPython ${status}`);
    if (withoutMarkers(r.stderr) !== withoutMarkers(stderr.join("\n"))) problems.push(`stderr:\n${r.stderr}\n--- CPython:\n${stderr.join("\n")}`);
  } else {
    if (r.status !== 0) problems.push(`exit status ${r.status}`);
    if (r.stderr !== "") problems.push(`stderr:\n${r.stderr}`);
  }
  return problems.length === 0 ? "ok" : problems.join("\n");
}

describe("Python conformance, translated", () => {
  it("has the suite", () => {
    expect(cases.length).toBeGreaterThanOrEqual(600);
  });
  it("ships the current lib sources (npm run gen:pylib)", () => {
    expect(fs.readFileSync(path.join(ROOT, "languages/python/lib/sources.ts"), "utf8")).toBe(generatedLibSources());
  });
  for (const file of cases) {
    const known = KNOWN_DIFFERENCES.get(file);
    if (known) {
      it(`${file} (known to differ: ${known})`, () => {
        expect(verdict(file, run(exe, [path.join(casesDir, file)], { cwd: casesDir }))).not.toBe("ok");
      });
      continue;
    }
    it(file, () => {
      expect(verdict(file, run(exe, [path.join(casesDir, file)], { cwd: casesDir }))).toBe("ok");
    });
  }
});

/** Cases of the JIT sample that differ at threshold 3 only (each checked to still differ). */
const KNOWN_JIT_SAMPLE_DIFFERENCES = new Map<string, string>();

describe("Python conformance, JIT sample at threshold 3", () => {
  const env = { RTS_JIT_THRESHOLD: "3", RTS_JIT_FUNCTION_THRESHOLD: "3" };
  for (const file of jitSample.filter((f) => !KNOWN_DIFFERENCES.has(f))) {
    const known = KNOWN_JIT_SAMPLE_DIFFERENCES.get(file);
    it(known ? `${file} (known to differ: ${known})` : file, () => {
      const r = run(exe, [path.join(casesDir, file)], { cwd: casesDir, env });
      if (known) expect(verdict(file, r)).not.toBe("ok");
      else expect(verdict(file, r)).toBe("ok");
    });
  }
});

// Every case once more with the JIT at its most eager: tracing at the second pass over a loop or a function's entry,
// a bridge from every guard that fails twice. (This run found a recorder that kept believing a field an elidable
// call had written — case 357, a global the interpreter's entry cells made compiled code fold.)
describe.skipIf(QUICK)("Python conformance, every case with the JIT at threshold 2 and bridges after 2 failures", () => {
  const env = { RTS_JIT_THRESHOLD: "2", RTS_JIT_FUNCTION_THRESHOLD: "2", RTS_JIT_TRACE_EAGERNESS: "2" };
  for (const file of cases.filter((f) => !KNOWN_DIFFERENCES.has(f))) {
    it(file, () => {
      expect(verdict(file, run(exe, [path.join(casesDir, file)], { cwd: casesDir, env }))).toBe("ok");
    });
  }
});

describe.skipIf(!withArm)("Python conformance, AArch64 sample (qemu)", () => {
  for (const file of armSample.filter((f) => !KNOWN_DIFFERENCES.has(f))) {
    it(file, () => {
      const [runner, ...runnerArgs] = aarch64.runner;
      const r = run(runner, [...runnerArgs, armExe, path.join(casesDir, file)], { cwd: casesDir });
      expect(verdict(file, r)).toBe("ok");
    });
  }
});

describe.skipIf(QUICK)("Python conformance, untranslated sample", () => {
  for (const file of nodeSample.filter((f) => !KNOWN_DIFFERENCES.has(f))) {
    it(file, () => {
      const r = rts(["run", path.join(ROOT, "languages/python/main.ts"), path.join(casesDir, file)], { cwd: casesDir, node: ["--stack-size=8000"] });
      expect(verdict(file, r)).toBe("ok");
    });
  }
});

// The command line beside `python FILE`: -c, a script on stdin, the interactive prompt (-i: what
// CPython 3.11 printed for the same session is in commandline/, its banner aside), the options.
// The interpreter's setParam("loopCut", 150): a loop of an inlined call whose rounds are big ends the trace's
// following of the call there (a call_assembler from the loop's merge point) — but not a generator's loop where the
// generator resumed (JitDriver.notAnEntry: its frame stays virtual in the consumer's trace; nqueens' permutations).
describe("Python JIT: loops of inlined calls", () => {
  const env = (summary: string) => ({ RTS_JIT_THRESHOLD: "3", RTS_JIT_FUNCTION_THRESHOLD: "3", RTSLOG: `jit-summary:${summary}` });
  const cuts = (name: string, source: string, want: string): number => {
    const file = path.join(dir, `${name}.py`);
    const summary = path.join(dir, `${name}.jit-summary`);
    fs.writeFileSync(file, source);
    fs.rmSync(summary, { force: true });
    const r = run(exe, [file], { env: env(summary) });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(want);
    const line = fs.readFileSync(summary, "utf8").split("\n").find((l) => l.startsWith("jit-summary loop-cuts "));
    return Number(line?.split(" ")[2]);
  };

  it("a function's loop with big rounds, called in a loop, is cut", () => {
    const source = `def work(n):
    t = 0
    for i in range(n):
        t += i * 3 + (i & 7) - (i >> 1) + (i % 5) * 2
        t ^= i
    return t

total = 0
for k in range(400):
    total += work(k % 13 + 5)
print(total)
`;
    expect(cuts("loop_cut_call", source, "97151\n")).toBeGreaterThan(0);
  });

  it("a resumed generator's loop is not", () => {
    // (the first run only yields: every run with loops is a resumption)
    const source = `def gen(n):
    yield 0
    for i in range(n):
        t = 0
        for j in range(4):
            t += i * 3 + (j & 7) - (i >> 1) + (j % 5) * 2
            t ^= j
        yield t

total = 0
for k in range(400):
    for v in gen(k % 13 + 5):
        total += v
print(total)
`;
    expect(cuts("loop_cut_generator", source, "312488\n")).toBe(0);
  });
});

describe("Python command line, translated", () => {
  const sessionDir = path.join(ROOT, "tests/python/commandline");
  it("runs -c CMD with its arguments, without __file__", () => {
    const r = run(exe, ["-c", "import sys; print(sys.argv, __name__, '__file__' in globals())", "x", "y"]);
    expect([r.status, r.stdout, r.stderr]).toEqual([0, "['-c', 'x', 'y'] __main__ False\n", ""]);
  });
  it("reports a syntax error of -c as CPython", () => {
    const r = run(exe, ["-c", "1 +"]);
    expect([r.status, r.stderr]).toEqual([1, '  File "<string>", line 1\n    1 +\n       ^\nSyntaxError: invalid syntax\n']);
  });
  it("runs a script from stdin (-, or no arguments when stdin is not a terminal)", () => {
    const script = "import sys\nprint(__file__, sys.argv)\n1 / 0\n";
    const traceback = 'Traceback (most recent call last):\n  File "<stdin>", line 3, in <module>\nZeroDivisionError: division by zero\n';
    const dash = run(exe, ["-", "a"], { stdin: script });
    expect([dash.status, dash.stdout, dash.stderr]).toEqual([1, "<stdin> ['-', 'a']\n", traceback]);
    const none = run(exe, [], { stdin: script });
    expect([none.status, none.stdout, none.stderr]).toEqual([1, "<stdin> ['']\n", traceback]);
  });
  it("runs an interactive session (-i) as CPython: values shown, errors reported, SystemExit's status", () => {
    const r = run(exe, ["-i"], { stdin: fs.readFileSync(path.join(sessionDir, "session.txt"), "utf8") });
    expect(r.status).toBe(3);
    expect(r.stdout).toBe(fs.readFileSync(path.join(sessionDir, "session.out"), "utf8"));
    const banner = r.stderr.split("\n").slice(0, 2);
    expect(banner[0]).toMatch(/^Python 3\.11/);
    expect(r.stderr.split("\n").slice(2).join("\n")).toBe(fs.readFileSync(path.join(sessionDir, "session.err"), "utf8"));
  });
  it("runs the prompt after a script with -i FILE, in the script's namespace", () => {
    const script = path.join(dir, "inspect_me.py");
    fs.writeFileSync(script, "value = 41\n");
    const r = run(exe, ["-i", script], { stdin: "value + 1\n" });
    expect([r.status, r.stdout, r.stderr]).toEqual([0, "42\n", ">>> >>> "]);
  });
  it("gives a relative script an absolute __file__ (tracebacks show it)", () => {
    const r = run(exe, ["606_exec_traceback.py"], { cwd: casesDir });
    expect(verdict("606_exec_traceback.py", r)).toBe("ok");
  });
  it("rejects an unknown option with CPython's status", () => {
    const r = run(exe, ["-z"]);
    expect([r.status, r.stderr.split("\n")[0]]).toEqual([2, "Unknown option: -z"]);
  });
});

// The classic pyperformance programs (bench/python/programs: npm run bench:python times them) on the
// JIT build at its default thresholds, where their loops and calls run as machine code.
describe.skipIf(QUICK)("Python benchmark programs, JIT build", () => {
  const programs = path.join(ROOT, "bench/python/programs");
  for (const file of fs.readdirSync(programs).filter((f) => f.endsWith(".py")).sort()) {
    it(`${file} prints what CPython prints`, () => {
      const r = run(exe, [path.join(programs, file)], { cwd: programs });
      expect([r.status, r.stderr]).toEqual([0, ""]);
      expect(r.stdout).toBe(fs.readFileSync(path.join(programs, file.replace(/\.py$/, ".out")), "utf8"));
    });
  }
  // bridges after 100 failures: richards then fails a guard of a run that began before the guard's bridge was
  // compiled, with a frame too small for the bridge's code (whose ops the runner no longer has): the interpreter
  // must resume at the guard ("internal: the trace runner reached an op dropped from bridge" before the fix)
  it("richards.py with bridges after 100 guard failures", () => {
    const r = run(exe, [path.join(programs, "richards.py")], { cwd: programs, env: { RTS_JIT_TRACE_EAGERNESS: "100" } });
    expect([r.status, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toBe(fs.readFileSync(path.join(programs, "richards.out"), "utf8"));
  });
});
