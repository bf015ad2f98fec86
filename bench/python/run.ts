// The Python benchmarks: the classic pyperformance programs in
// bench/python/programs (NAME.py, CPython's output in NAME.out) run on
// CPython (python3, the reference), on PyPy (pypy3, when installed), and on
// the Python interpreter of languages/python translated without and with the
// meta-tracing JIT (`--jit`).  Every run's output is checked against NAME.out;
// a run whose output differs is reported (loudly) and not timed.  Times are
// whole processes, the best of --runs runs (3); ratios are against CPython.
//
// The two interpreter builds are cached in the temporary directory, keyed by a
// hash of the sources they are translated from (languages/python, framework,
// plugins), so a second run with unchanged sources builds nothing.  A binary
// can also be given: --bin=PATH / --jit-bin=PATH (or PYBENCH_BIN,
// PYBENCH_JIT_BIN); --no-jit leaves the JIT build out.
//
// Usage: npm run bench:python [-- --quick] [-- --runs=N] [-- --no-jit]
//          [-- --jit-facts] [-- --timeout=SECONDS] [-- NAME...]
//   --quick: one loop of each program's workload (`NAME.py 1`), one run,
//            checked against python3's output for the same workload.
//   --jit-facts: one more untimed run per program with the JIT's summary
//            (warm-up, loops, bridges, machine code).
import { spawnSync } from "node:child_process";
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { describeJitFacts, jitFacts } from "../jit-facts.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const RTS = path.join(ROOT, "bin/rts.js");
const PROGRAMS = path.join(ROOT, "bench/python/programs");

// ---- options ---------------------------------------------------------------

const args = process.argv.slice(2);
function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  for (let i = 0; i < args.length; i++) {
    if (args[i].startsWith(prefix)) return args[i].slice(prefix.length);
    if (args[i] === `--${name}` && i + 1 < args.length && !args[i + 1].startsWith("--")) return args[i + 1];
  }
  return undefined;
}
const VALUED = new Set(["--runs", "--bin", "--jit-bin", "--timeout"]);
const only = args.filter((a, i) => !a.startsWith("--") && !(i > 0 && VALUED.has(args[i - 1])));
const quick = args.includes("--quick");
const noJit = args.includes("--no-jit");
const wantJitFacts = args.includes("--jit-facts");
const runs = Math.max(1, Number(option("runs") ?? (quick ? "1" : "3")));
const timeoutSeconds = Number(option("timeout") ?? (quick ? "120" : "300"));
const givenBin = option("bin") ?? process.env.PYBENCH_BIN;
const givenJitBin = option("jit-bin") ?? process.env.PYBENCH_JIT_BIN;
/** The workload argument: LOOPS for `NAME.py [LOOPS]`; none means the program's own (benchmark) default. */
const workload: string[] = quick ? ["1"] : [];

// ---- helpers ---------------------------------------------------------------

function which(cmd: string): string | null {
  const r = spawnSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** The executable behind a command (pyenv's shims are shell scripts that cost ~50 ms a start). */
function realPython(cmd: string): string | null {
  if (which(cmd) === null) return null;
  const r = spawnSync(cmd, ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" });
  const exe = r.status === 0 ? r.stdout.trim() : "";
  return exe !== "" && fs.existsSync(exe) ? exe : which(cmd);
}

function version(cmd: string): string {
  const r = spawnSync(cmd, ["--version"], { encoding: "utf8" });
  return `${r.stdout}${r.stderr}`.trim().split("\n").join(" ");
}

interface Run {
  seconds: number;
  stdout: string;
  stderr: string;
  status: number | null;
  timedOut: boolean;
}

function runOnce(cmd: string[]): Run {
  const t0 = performance.now();
  const r = spawnSync(cmd[0], cmd.slice(1), { cwd: PROGRAMS, encoding: "utf8", maxBuffer: 1 << 26, timeout: timeoutSeconds * 1000 });
  const seconds = (performance.now() - t0) / 1000;
  const timedOut = r.error !== undefined && (r.error as NodeJS.ErrnoException).code === "ETIMEDOUT";
  return { seconds, stdout: r.stdout ?? "", stderr: r.stderr ?? "", status: r.status, timedOut };
}

type Outcome =
  | { kind: "ok"; seconds: number; stdout: string }
  | { kind: "failed"; why: string; detail: string }
  | { kind: "mismatch"; detail: string }
  | { kind: "skipped"; why: string };

/** First differing lines of two outputs, for the report. */
function firstDifference(expected: string, got: string): string {
  const e = expected.split("\n");
  const g = got.split("\n");
  for (let i = 0; i < Math.max(e.length, g.length); i++) {
    if (e[i] !== g[i]) {
      const clip = (s: string | undefined) => (s === undefined ? "(no line)" : JSON.stringify(s.length > 120 ? s.slice(0, 120) + "..." : s));
      return `line ${i + 1}: expected ${clip(e[i])}, got ${clip(g[i])}`;
    }
  }
  return "(outputs differ)";
}

/** Best of `runs` runs; any failing or differing run decides the outcome. */
function measure(cmd: string[], expected: string | null): Outcome {
  let best: number | null = null;
  let stdout = "";
  for (let i = 0; i < runs; i++) {
    const r = runOnce(cmd);
    if (r.timedOut) return { kind: "failed", why: `timeout (> ${timeoutSeconds} s)`, detail: "" };
    if (r.status !== 0) {
      const tail = r.stderr.trim().split("\n").slice(-4).join("\n    ");
      return { kind: "failed", why: `exit status ${r.status}`, detail: tail };
    }
    if (expected !== null && r.stdout !== expected) return { kind: "mismatch", detail: firstDifference(expected, r.stdout) };
    if (best === null || r.seconds < best) best = r.seconds;
    stdout = r.stdout;
  }
  return { kind: "ok", seconds: best!, stdout };
}

// ---- the interpreter builds ------------------------------------------------

/** Hash of the files an interpreter build is translated from. */
function sourceHash(): string {
  const h = crypto.createHash("sha256");
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/\.(ts|mts|js|mjs|py|c|h|json)$/.test(entry.name)) {
        h.update(path.relative(ROOT, p));
        h.update("\0");
        h.update(fs.readFileSync(p));
        h.update("\0");
      }
    }
  };
  for (const d of ["languages/python", "framework", "plugins"]) walk(path.join(ROOT, d));
  h.update(fs.readFileSync(RTS));
  h.update(fs.readFileSync(path.join(ROOT, "package-lock.json")));
  return h.digest("hex").slice(0, 16);
}

/** lib/sources.ts carries languages/python/lib/*.py into the binary: bring it up to date first, as `npm run build:python` does. */
function regenerateLib(): void {
  const r = spawnSync(process.execPath, ["--import", "./framework/cli/register.mjs", "tools/gen-pylib.ts"], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) {
    console.log(`npm run gen:pylib failed:\n${r.stderr}`);
    process.exit(1);
  }
}

const CACHE = path.join(os.tmpdir(), "rts-bench-python");

/** Keeps the cache to the four newest builds (the sources change often; each build is a few MB). */
function pruneCache(): void {
  const builds = fs.readdirSync(CACHE).filter((f) => /^python-[0-9a-f]{16}(-jit)?$/.test(f))
    .map((f) => ({ f, t: fs.statSync(path.join(CACHE, f)).mtimeMs })).sort((a, b) => b.t - a.t);
  for (const { f } of builds.slice(4)) fs.rmSync(path.join(CACHE, f), { force: true });
}

/** The translated interpreter (with `flags`), built unless the cache has it for these sources. */
function interpreter(label: string, flags: string[], hash: string): { exe: string | null; note: string } {
  const exe = path.join(CACHE, `python-${hash}${flags.includes("--jit") ? "-jit" : ""}`);
  if (fs.existsSync(exe)) return { exe, note: `${label}: cached build ${exe}` };
  fs.mkdirSync(CACHE, { recursive: true });
  process.stdout.write(`translating the Python interpreter ${flags.join(" ") || "(no JIT)"}... `);
  const t0 = performance.now();
  const tmp = `${exe}.building-${process.pid}`;
  const tr = spawnSync(process.execPath, [RTS, "translate", "languages/python/main.ts", "-o", tmp, "--quiet", ...flags], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 26 });
  const secs = ((performance.now() - t0) / 1000).toFixed(0);
  if (tr.status !== 0 || !fs.existsSync(tmp)) {
    console.log("FAILED");
    fs.rmSync(tmp, { force: true });
    const why = `${tr.stderr}${tr.stdout}`.trim().split("\n").slice(0, 6).join("\n    ");
    return { exe: null, note: `${label}: translation ${flags.join(" ")} FAILED after ${secs} s:\n    ${why}` };
  }
  fs.renameSync(tmp, exe);
  console.log(`${secs} s`);
  pruneCache();
  return { exe, note: `${label}: built in ${secs} s (C compile included), cached as ${exe}` };
}

// ---- main ------------------------------------------------------------------

const programs = fs.readdirSync(PROGRAMS).filter((f) => f.endsWith(".py")).map((f) => f.slice(0, -3)).sort()
  .filter((n) => only.length === 0 || only.includes(n));
for (const n of only) if (!programs.includes(n)) console.log(`no program bench/python/programs/${n}.py`);
if (programs.length === 0) process.exit(1);

interface Mode {
  name: string;
  cmd: string[] | null; // null: not available (why in `note`)
  note: string;
}

const python3 = realPython("python3");
if (python3 === null) {
  console.log("python3 is not installed: it is the reference these benchmarks are timed against");
  process.exit(1);
}
const pypy3 = realPython("pypy3");

regenerateLib();
const hash = givenBin !== undefined && (noJit || givenJitBin !== undefined) ? "" : sourceHash();
const plain = givenBin !== undefined ? { exe: givenBin, note: `rts: given ${givenBin}` } : interpreter("rts", [], hash);
const jit = noJit
  ? { exe: null, note: "rts --jit: left out (--no-jit)" }
  : givenJitBin !== undefined ? { exe: givenJitBin, note: `rts --jit: given ${givenJitBin}` } : interpreter("rts --jit", ["--jit"], hash);

const modes: Mode[] = [
  { name: "python3", cmd: [python3], note: `python3: ${python3} (${version(python3)})` },
  { name: "pypy3", cmd: pypy3 === null ? null : [pypy3], note: pypy3 === null ? "pypy3: not installed, skipped" : `pypy3: ${pypy3} (${version(pypy3)})` },
  { name: "rts", cmd: plain.exe === null ? null : [plain.exe], note: plain.note },
  { name: "rts --jit", cmd: jit.exe === null ? null : [jit.exe], note: jit.note },
];

console.log(`\nPython benchmarks (pyperformance programs, ${quick ? "--quick: one loop each" : "full workloads"}) — ${os.cpus()[0]?.model ?? "cpu"}, ${os.cpus().length} cores`);
console.log(`times: whole processes, best of ${runs} run${runs === 1 ? "" : "s"}; ratios: time / CPython's time (lower is faster)`);
for (const m of modes) console.log(`  ${m.note}`);

const active = modes.filter((m) => m.cmd !== null);
const widths = [14, ...active.map((m) => (m.name === "python3" ? 9 : 17))];
function row(cells: string[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
}
console.log("\n" + row(["benchmark", ...active.map((m) => m.name)]));

const problems: string[] = [];
const ratios = new Map<string, number[]>(active.map((m) => [m.name, []]));
const passed = new Map<string, number>(active.map((m) => [m.name, 0]));
for (const name of programs) {
  const file = `${name}.py`;
  const outFile = path.join(PROGRAMS, `${name}.out`);
  let expected: string | null = quick ? null : fs.existsSync(outFile) ? fs.readFileSync(outFile, "utf8") : null;
  if (!quick && expected === null) problems.push(`${name}: no ${name}.out: outputs are not checked`);
  const cells: string[] = [name];
  let base: number | null = null;
  const facts: string[] = [];
  for (const m of active) {
    const o = measure([...m.cmd!, file, ...workload], expected);
    if (quick && m.name === "python3" && o.kind === "ok") expected = o.stdout; // --quick: CPython's output for the same workload is the reference
    if (o.kind === "ok") {
      passed.set(m.name, passed.get(m.name)! + 1);
      if (m.name === "python3") base = o.seconds;
      const ratio = base === null ? "" : ` (${(o.seconds / base).toFixed(2)}x)`;
      cells.push(m.name === "python3" ? o.seconds.toFixed(3) : `${o.seconds.toFixed(3)}${ratio}`);
      if (base !== null) ratios.get(m.name)!.push(o.seconds / base);
      if (wantJitFacts && m.name === "rts --jit") facts.push(`${"".padEnd(widths[0])}  ${describeJitFacts(jitFacts([...m.cmd!, file, ...workload], PROGRAMS))}`);
    } else if (o.kind === "mismatch") {
      cells.push("WRONG OUTPUT");
      problems.push(`!!! ${name} on ${m.name}: OUTPUT DIFFERS from ${quick ? "python3's" : `${name}.out`}: ${o.detail}`);
    } else if (o.kind === "failed") {
      cells.push(o.why.startsWith("timeout") ? "TIMEOUT" : "FAILED");
      problems.push(`!!! ${name} on ${m.name}: ${o.why}${o.detail ? `\n    ${o.detail}` : ""}`);
    } else {
      cells.push("-");
    }
  }
  console.log(row(cells));
  for (const f of facts) console.log(f);
}

const geo = (xs: number[]) => Math.exp(xs.reduce((s, r) => s + Math.log(r), 0) / xs.length);
const geoCells = ["geomean"];
for (const m of active) {
  const rs = ratios.get(m.name)!;
  geoCells.push(m.name === "python3" ? "1.00x" : rs.length === 0 ? "-" : `${geo(rs).toFixed(2)}x`);
}
console.log(row(geoCells));
const counts = active.filter((m) => m.name !== "python3").map((m) => `${m.name} ${passed.get(m.name)}/${programs.length}`);
console.log(`(geometric means of the ratios over the programs that ran correctly: ${counts.join(", ")})`);
if (problems.length > 0) {
  console.log(`\n${problems.length} problem${problems.length === 1 ? "" : "s"}:`);
  for (const p of problems) console.log(p);
  process.exitCode = 1;
}
