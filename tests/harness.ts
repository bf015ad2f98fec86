// Shared helpers for the test suites: run the `rts` CLI and translated
// binaries as subprocesses and collect their output.
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

/** `npm run test:quick`: the edit-test loop's subset (host target, default GC, no C runtime suites). */
export const QUICK = process.env.RTS_TEST_QUICK === "1";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const RTS = path.join(ROOT, "bin/rts.js");

export interface RunResult {
  status: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  stdin?: string;
  cwd?: string;
  env?: Record<string, string>;
  /** "latin1" keeps every byte of binary output (one char per byte). */
  encoding?: "utf8" | "latin1";
}

export function run(cmd: string, args: string[], opts: RunOptions = {}): RunResult {
  const r = spawnSync(cmd, args, {
    cwd: opts.cwd ?? ROOT,
    input: Buffer.from(opts.stdin ?? "", opts.encoding ?? "utf8"),
    encoding: opts.encoding ?? "utf8",
    maxBuffer: 256 << 20,
    env: { ...process.env, ...opts.env },
  });
  if (r.error) throw r.error;
  return { status: r.status ?? (r.signal ? 128 : -1), stdout: r.stdout, stderr: r.stderr };
}

/**
 * Node flags of the rts processes tests start: V8 collects on the process's own thread (its parallel GC threads
 * competed with the suite's other processes on two cores: six --jit translations in one worker took 49-54 s of CPU,
 * 44-46 s with this flag).
 */
const NODE_FLAGS = ["--single-threaded-gc"];

export function rts(args: string[], opts: RunOptions & { node?: string[] } = {}): RunResult {
  return run(process.execPath, [...NODE_FLAGS, ...(opts.node ?? []), RTS, ...args], opts);
}

/** This test process's own scratch folder (removed at exit unless RTS_KEEP_TEST_FILES is set). */
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "rts-tests-"));
process.on("exit", () => {
  if (!process.env.RTS_KEEP_TEST_FILES) fs.rmSync(scratch, { recursive: true, force: true });
});

/** A folder for test files: unique to this test run, so two runs or two checkouts never share it. */
export function tmpDir(name: string): string {
  const d = path.join(scratch, name);
  fs.mkdirSync(d, { recursive: true });
  return d;
}

/** A differential-corpus program with its expectations (tests/programs/NAME.{out,args,stdin,status,stderr,torture}). */
export interface CorpusProgram {
  name: string;
  file: string;
  args: string[];
  stdin: string;
  stdout: string;
  status: number;
  stderr: string | null;
  /** GC torture mode collects every N-th allocation (NAME.torture; default 1: every one). */
  tortureEvery: number;
}

export function corpus(dir = path.join(ROOT, "tests/programs")): CorpusProgram[] {
  const read = (f: string): string | null => (fs.existsSync(f) ? fs.readFileSync(f, "utf8") : null);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .sort()
    .map((f) => {
      const base = path.join(dir, f.replace(/\.ts$/, ""));
      const args = read(`${base}.args`);
      return {
        name: f.replace(/\.ts$/, ""),
        file: path.join(dir, f),
        args: args ? args.split("\n").filter((l) => l !== "") : [],
        stdin: read(`${base}.stdin`) ?? "",
        stdout: read(`${base}.out`) ?? "",
        status: Number(read(`${base}.status`) ?? "0"),
        stderr: read(`${base}.stderr`),
        tortureEvery: Number(read(`${base}.torture`) ?? "1"),
      };
    });
}

/** Like run(), without blocking the test worker (so concurrent tests really run in parallel). */
export function runAsync(cmd: string, args: string[], opts: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd ?? ROOT, env: { ...process.env, ...opts.env } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.stderr.on("data", (d: Buffer) => err.push(d));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      const enc = opts.encoding ?? "utf8";
      resolve({ status: code ?? (signal ? 128 : -1), stdout: Buffer.concat(out).toString(enc), stderr: Buffer.concat(err).toString(enc) });
    });
    child.stdin.on("error", () => {}); // the program may exit without reading its input
    child.stdin.end(Buffer.from(opts.stdin ?? "", opts.encoding ?? "utf8"));
  });
}

export function rtsAsync(args: string[], opts: RunOptions & { node?: string[] } = {}): Promise<RunResult> {
  return runAsync(process.execPath, [...NODE_FLAGS, ...(opts.node ?? []), RTS, ...args], opts);
}

// ---- rts worker: in-process translation for test suites ------------------------------
import { spawn as spawnChild, type ChildProcess } from "node:child_process";
import type { BuildRequest, InterpRequest, WorkerReply, WorkerRequest } from "../framework/cli/worker.ts";

type Pending = { resolve: (r: WorkerReply) => void; reject: (e: Error) => void };

/** One `rts worker` process: requests are answered in order. */
class Worker {
  private child: ChildProcess;
  private pending = new Map<number, Pending>();
  load = 0;
  constructor() {
    // a deep stack for the llinterp (deeply recursive programs), whatever state the process's JIT is in
    const script = `ulimit -s 1000000 2>/dev/null && exec "$0" ${NODE_FLAGS.join(" ")} --stack-size=900000 "$@" || exec "$0" ${NODE_FLAGS.join(" ")} --stack-size=8000 "$@"`;
    // RTS_CHECK_OPS: every lowered program's operations are checked against the op table's signatures
    this.child = spawnChild("sh", ["-c", script, process.execPath, RTS, "worker"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit", "ipc"], env: { ...process.env, RTS_CHECK_OPS: "1" } });
    this.child.on("message", (r: WorkerReply) => {
      const p = this.pending.get(r.id);
      this.pending.delete(r.id);
      this.load--;
      p?.resolve(r);
    });
    this.child.on("exit", (code, signal) => {
      for (const p of this.pending.values()) p.reject(new Error(`rts worker exited (${signal ?? code})`));
      this.pending.clear();
    });
    this.child.unref();
    (this.child.channel as unknown as { unref(): void } | undefined)?.unref();
  }
  request(req: WorkerRequest): Promise<WorkerReply> {
    this.load++;
    return new Promise((resolve, reject) => {
      this.pending.set(req.id, { resolve, reject });
      this.child.send(req);
    });
  }
  close(): void {
    this.child.kill();
  }
}

let nextRequest = 1;
let pool: Worker[] = [];

/** Sends a request to the least busy of `size` worker processes (started on first use). */
type WithoutId<T> = T extends unknown ? Omit<T, "id"> : never;

function workerRequest(req: WithoutId<WorkerRequest>, size = 2): Promise<WorkerReply> {
  while (pool.length < size) pool.push(new Worker());
  const w = pool.reduce((a, b) => (b.load < a.load ? b : a));
  return w.request({ ...req, id: nextRequest++ } as WorkerRequest);
}

process.on("exit", () => {
  for (const w of pool) w.close();
});

/** `rts check` in a worker process (status, stdout, stderr as the CLI gives them). */
export function checkInWorker(entry: string): Promise<WorkerReply> {
  return workerRequest({ cmd: "check", entry });
}

/**
 * Translates `entry` once per GC in a worker process and builds every
 * requested (gc, target) executable from those graphs; with `interp`, also
 * runs the program on the llinterp.  The quick run (RTS_TEST_QUICK) builds
 * at --opt 1 (the C compiles in half the time); the full run at the default, 2.
 */
export function translateInWorker(entry: string, builds: BuildRequest[], interp?: InterpRequest, opt = QUICK ? 1 : 2): Promise<WorkerReply> {
  return workerRequest({ cmd: "translate", entry, builds, interp, opt });
}
