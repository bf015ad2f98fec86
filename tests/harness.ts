// Shared helpers for the test suites: run the `rts` CLI and translated
// binaries as subprocesses and collect their output.
import { spawnSync } from "node:child_process";
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

export function run(cmd: string, args: string[], opts: { stdin?: string; cwd?: string; env?: Record<string, string> } = {}): RunResult {
  const r = spawnSync(cmd, args, {
    cwd: opts.cwd ?? ROOT,
    input: opts.stdin ?? "",
    encoding: "utf8",
    maxBuffer: 256 << 20,
    env: { ...process.env, ...opts.env },
  });
  if (r.error) throw r.error;
  return { status: r.status ?? (r.signal ? 128 : -1), stdout: r.stdout, stderr: r.stderr };
}

export function rts(args: string[], opts: { stdin?: string; cwd?: string; node?: string[] } = {}): RunResult {
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
