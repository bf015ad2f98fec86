// The Lox benchmarks: each bench/lox/*.lox program runs on the Lox VM
// untranslated (`rts run`, on Node/V8), translated (the native binary),
// translated with the meta-tracing JIT (`--jit`, default threshold), and on
// clox when the CLOX environment variable names a clox executable.  Times are
// whole processes, measured in the same run; ratios are against clox when it
// is there, else against the translated VM.
// The native runs (translated, with --jit, clox) take the best of three; `rts run` runs once.
// Usage: npm run bench:lox [-- --quick] [-- NAME...]   (also part of `npm run bench`)
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { describeJitFacts, jitFacts } from "../jit-facts.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const RTS = path.join(ROOT, "bin/rts.js");
const quick = process.argv.includes("--quick");
const only = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const clox = process.env.CLOX && fs.existsSync(process.env.CLOX) ? process.env.CLOX : null;

interface Measured {
  mode: string;
  seconds: number;
  stdout: string;
  ok: boolean;
  timedOut?: boolean;
}

/** A run longer than this is stopped and reported as such (the JIT's trace-interpreting backend is slow). */
const TIMEOUT_MS = 120_000;

function measure(mode: string, cmd: string[], repeat = 1): Measured {
  let best: Measured | null = null;
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    const r = spawnSync(cmd[0], cmd.slice(1), { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 26, timeout: TIMEOUT_MS });
    const m = { mode, seconds: (performance.now() - t0) / 1000, stdout: r.stdout ?? "", ok: r.status === 0, timedOut: r.status === null };
    if (!m.ok) return m;
    if (best === null || m.seconds < best.seconds) best = m;
  }
  return best!;
}

function row(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rts-bench-lox-"));
const exe = path.join(dir, "lox");
const jitExe = path.join(dir, "lox-jit");
function translate(output: string, flags: string[]): number {
  const t0 = performance.now();
  const tr = spawnSync(process.execPath, [RTS, "translate", "languages/lox/main.ts", "-o", output, "--quiet", ...flags], { cwd: ROOT, encoding: "utf8" });
  if (tr.status !== 0) {
    console.log(`translating the Lox VM ${flags.join(" ")} failed:\n${tr.stderr}`);
    process.exit(1);
  }
  return (performance.now() - t0) / 1000;
}
const translateSeconds = translate(exe, []);
const jitTranslateSeconds = translate(jitExe, ["--jit"]);

console.log(`\nLox benchmarks — ${os.cpus()[0]?.model ?? "cpu"}, node ${process.version}`);
console.log(`Lox VM translated in ${translateSeconds.toFixed(1)} s, with --jit in ${jitTranslateSeconds.toFixed(1)} s (C compile included)`);
console.log(clox ? `clox: ${clox}` : "clox: not given (set CLOX=/path/to/clox to compare)");
if (quick) console.log("--quick: the untranslated runs are skipped");
const widths = [16, 22, 8, 14];
console.log(row(["benchmark", "mode", "time s", clox ? "vs clox" : "vs translated"], widths));

const benches = fs.readdirSync(path.join(ROOT, "bench/lox")).filter((f) => f.endsWith(".lox")).sort();
const ratios: number[] = [];
const jitRatios: number[] = [];
const jitCloxRatios: number[] = [];
for (const file of benches) {
  const name = file.replace(/\.lox$/, "");
  if (only.length > 0 && !only.includes(name)) continue;
  const src = path.join("bench/lox", file);
  const results: Measured[] = [];
  results.push(measure("translated", [exe, src], 3));
  results.push(measure("translated --jit", [jitExe, src], 3));
  if (!quick) results.push(measure("rts run (node)", [process.execPath, "--stack-size=8000", RTS, "run", "languages/lox/main.ts", src]));
  if (clox) results.push(measure("clox", [clox, src], 3));
  const base = clox ? results[results.length - 1] : results[0];
  for (const r of results) {
    const agree = r.stdout === results[0].stdout ? "" : "  (output differs!)";
    const ratio = r.seconds / base.seconds;
    const verdict = r.ok ? `${ratio.toFixed(2)}x` : r.timedOut ? `> ${TIMEOUT_MS / 1000}s` : "FAILED";
    console.log(row([name, r.mode, r.timedOut ? "-" : r.seconds.toFixed(3), verdict], widths) + (r.ok ? agree : ""));
  }
  if (results[1].ok) console.log(`${"".padEnd(widths[0])}  ${describeJitFacts(jitFacts([jitExe, src], ROOT))}`);
  if (clox) ratios.push(results[0].seconds / base.seconds);
  if (clox && results[1].ok && base.ok) jitCloxRatios.push(results[1].seconds / base.seconds);
  if (results[0].ok && results[1].ok) jitRatios.push(results[1].seconds / results[0].seconds);
}
if (jitRatios.length > 0) {
  const geo = Math.exp(jitRatios.reduce((s, r) => s + Math.log(r), 0) / jitRatios.length);
  console.log(`\n--jit / translated time, geometric mean over ${jitRatios.length} benchmarks: ${geo.toFixed(2)}x`);
}
if (ratios.length > 0) {
  const geo = Math.exp(ratios.reduce((s, r) => s + Math.log(r), 0) / ratios.length);
  console.log(`\ntranslated / clox time, geometric mean over ${ratios.length} benchmarks: ${geo.toFixed(2)}x`);
}
if (jitCloxRatios.length > 0) {
  const geo = Math.exp(jitCloxRatios.reduce((s, r) => s + Math.log(r), 0) / jitCloxRatios.length);
  console.log(`translated --jit / clox time, geometric mean over ${jitCloxRatios.length} benchmarks: ${geo.toFixed(2)}x (${(1 / geo).toFixed(2)}x faster than clox)`);
}
fs.rmSync(dir, { recursive: true, force: true });
