// Shared helpers for the test suites: run the `rts` CLI and translated
// binaries as subprocesses and collect their output.
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

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

export function rts(args: string[], opts: RunOptions & { node?: string[] } = {}): RunResult {
  return run(process.execPath, [...(opts.node ?? []), RTS, ...args], opts);
}

export function tmpDir(name: string): string {
  const d = path.join(os.tmpdir(), "rts-tests", name);
  fs.mkdirSync(d, { recursive: true });
  return d;
}

/** A differential-corpus program with its expectations (tests/programs/NAME.{out,args,stdin,status,stderr}). */
export interface CorpusProgram {
  name: string;
  file: string;
  args: string[];
  stdin: string;
  stdout: string;
  status: number;
  stderr: string | null;
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
  return runAsync(process.execPath, [...(opts.node ?? []), RTS, ...args], opts);
}
