// `npm run bench`: runs each benchmark untranslated (rts run, on Node/V8),
// translated (native binary, each GC), and with the reference
// implementations found on this machine (python3, pypy3; a C interpreter
// for BF, built with cc -O2), all in one run,
// and prints times, peak RSS and ratios against `rts run`.
// Usage: [MANDELBROT=mandelbrot.b] npm run bench [-- --quick] [-- NAME...]
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { describeJitFacts, jitFacts } from "./jit-facts.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const RTS = path.join(ROOT, "bin/rts.js");
const OUT = fs.mkdtempSync(path.join(os.tmpdir(), "rts-bench-"));
const quick = process.argv.includes("--quick");
const only = process.argv.slice(2).filter((a) => !a.startsWith("--"));

interface Bench {
  name: string;
  source: string; // RTS program
  args: string[];
  quickArgs: string[];
  stdin?: string;
  python?: string; // equivalent Python program
  c?: string; // a reference implementation in C, built with cc -O2
  jit?: boolean; // the program has a JitDriver: also translated with --jit
}

const BENCHES: Bench[] = [
  { name: "bf-long", source: "examples/bf/bf.ts", args: ["examples/bf/programs/long.b"], quickArgs: ["examples/bf/programs/long.b"], jit: true, c: "bench/bf/bfi.c" },
  { name: "binarytrees", source: "bench/programs/binarytrees.ts", args: ["16"], quickArgs: ["12"], python: "bench/programs/binarytrees.py" },
  { name: "objects", source: "bench/programs/objects.ts", args: ["3000"], quickArgs: ["30"], python: "bench/programs/objects.py" },
  { name: "fib", source: "bench/programs/fib.ts", args: ["32"], quickArgs: ["25"], python: "bench/programs/fib.py" },
  { name: "maps", source: "bench/programs/maps.ts", args: ["300000"], quickArgs: ["3000"], python: "bench/programs/maps.py" },
  { name: "strbuild", source: "bench/programs/strbuild.ts", args: ["1000000"], quickArgs: ["20000"], python: "bench/programs/strbuild.py" },
];
// Erik Bosman's mandelbrot.b is not ours to ship: MANDELBROT=/path/to/mandelbrot.b adds it (with --jit and the C interpreter)
const mandelbrot = process.env.MANDELBROT;
if (mandelbrot !== undefined && fs.existsSync(mandelbrot)) {
  BENCHES.splice(1, 0, { name: "bf-mandelbrot", source: "examples/bf/bf.ts", args: [mandelbrot], quickArgs: [mandelbrot], jit: true, c: "bench/bf/bfi.c" });
}

const GCS = ["generational", "semispace"];

function which(cmd: string): string | null {
  const r = spawnSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** Runs a command; wall time and peak RSS of the child (via python's getrusage). */
/** A run longer than this many seconds is stopped (the JIT's trace-interpreting backend is slow). */
const TIMEOUT = 120;

function measure(cmd: string[], stdin = ""): { seconds: number; rssMb: number; stdout: string; ok: boolean } {
  const probe = "import resource,subprocess,sys,time\n" +
    `t=time.perf_counter(); p=subprocess.run(["timeout", "${TIMEOUT}", *sys.argv[1:]], stdout=subprocess.PIPE); dt=time.perf_counter()-t\n` +
    "sys.stdout.buffer.write(p.stdout); sys.stderr.write('%f %d %d\\n' % (dt, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, p.returncode))";
  const r = spawnSync("python3", ["-c", probe, ...cmd], { cwd: ROOT, input: stdin, maxBuffer: 1 << 28 });
  const line = r.stderr.toString().trim().split("\n").pop() ?? "";
  const [dt, rss, rc] = line.split(" ").map(Number);
  return { seconds: dt, rssMb: rss / 1024, stdout: r.stdout.toString("latin1"), ok: rc === 0 };
}

function row(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
}

const widths = [13, 36, 8, 8, 16];
console.log(`RTS benchmarks (${quick ? "quick" : "full"} sizes) — ${os.cpus()[0]?.model ?? "cpu"}, node ${process.version}\n`);
console.log(row(["benchmark", "mode", "time s", "RSS MB", "vs rts run"], widths));
console.log("(times are whole processes: `rts run` includes Node start-up and on-the-fly TypeScript transpilation)");

const python3 = which("python3");
const pypy3 = which("pypy3");
const cc = which("cc");
for (const b of BENCHES) {
  if (only.length > 0 && !only.includes(b.name)) continue;
  const args = quick ? b.quickArgs : b.args;
  const results: { mode: string; seconds: number; rssMb: number; stdout: string; ok: boolean }[] = [];
  results.push({ mode: "rts run (node)", ...measure([process.execPath, RTS, "run", b.source, ...args], b.stdin) });
  for (const gc of GCS) {
    const exe = path.join(OUT, `${b.name}-${gc}`);
    const t0 = performance.now();
    const tr = spawnSync(process.execPath, [RTS, "translate", b.source, "-o", exe, "--gc", gc, "--quiet"], { cwd: ROOT, encoding: "utf8" });
    if (tr.status !== 0) {
      console.log(`${b.name}: translation failed\n${tr.stderr}`);
      continue;
    }
    const secs = ((performance.now() - t0) / 1000).toFixed(1);
    results.push({ mode: `translated --gc ${gc} (${secs}s)`, ...measure([exe, ...args], b.stdin) });
  }
  if (b.jit) {
    const exe = path.join(OUT, `${b.name}-jit`);
    const t0 = performance.now();
    const tr = spawnSync(process.execPath, [RTS, "translate", b.source, "-o", exe, "--jit", "--quiet"], { cwd: ROOT, encoding: "utf8" });
    if (tr.status === 0) results.push({ mode: `translated --jit (${((performance.now() - t0) / 1000).toFixed(1)}s)`, ...measure([exe, ...args], b.stdin) });
    else console.log(`${b.name}: translation with --jit failed\n${tr.stderr}`);
  }
  if (b.c && cc) {
    const exe = path.join(OUT, `${b.name}-c`);
    const built = spawnSync(cc, ["-O2", "-o", exe, b.c], { cwd: ROOT, encoding: "utf8" });
    if (built.status === 0) results.push({ mode: `C reference (${path.basename(b.c)}, cc -O2)`, ...measure([exe, ...args], b.stdin) });
    else console.log(`${b.name}: ${b.c} did not build\n${built.stderr}`);
  }
  if (b.python && python3) results.push({ mode: "python3", ...measure([python3, b.python, ...args], b.stdin) });
  if (b.python && pypy3) results.push({ mode: "pypy3", ...measure([pypy3, b.python, ...args], b.stdin) });
  const base = results[0];
  const jitRun = b.jit ? path.join(OUT, `${b.name}-jit`) : null;
  for (const r of results) {
    const agree = r.stdout === base.stdout ? "" : "  (output differs!)";
    const speedup = base.seconds / r.seconds;
    const ratio = r === base ? "1.00x" : speedup >= 1 ? `${speedup.toFixed(2)}x faster` : `${(1 / speedup).toFixed(2)}x slower`;
    console.log(row([b.name, r.mode, r.seconds.toFixed(3), r.rssMb.toFixed(1), r.ok ? ratio : "FAILED"], widths) + agree);
    if (jitRun !== null && r.mode.startsWith("translated --jit") && r.ok) console.log(`${"".padEnd(widths[0])}  ${describeJitFacts(jitFacts([jitRun, ...args], ROOT, b.stdin))}`);
  }
  console.log("");
}
fs.rmSync(OUT, { recursive: true, force: true });
