// What the JIT did in one run of a translated --jit program, for the bench
// reports (issue 12 asks for warm-up, trace counts and machine-code size):
// the program runs once more, untimed, with RTSLOG=jit-summary:FILE, and
// the summary's lines are read back.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export interface JitFacts {
  firstLoopMs: number | null;
  loops: number;
  bridges: number;
  aborts: number;
  nativeBytes: number;
  /** The JIT never started: no loop of the program got to count (no summary is written then). */
  idle: boolean;
}

/** Runs `cmd` (a translated --jit program) with the JIT's summary logged; null when it did not run. */
export function jitFacts(cmd: string[], cwd: string, stdin = ""): JitFacts | null {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "rts-jit-facts-")), "summary");
  const r = spawnSync(cmd[0], cmd.slice(1), { cwd, input: stdin, stdio: ["pipe", "ignore", "ignore"], env: { ...process.env, RTSLOG: `jit-summary:${file}` }, timeout: 120_000 });
  if (r.status !== 0) return null;
  if (!fs.existsSync(file)) return { firstLoopMs: null, loops: 0, bridges: 0, aborts: 0, nativeBytes: 0, idle: true };
  const values = new Map<string, string>();
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    const [tag, key, value] = line.split(" ");
    if (tag === "jit-summary" && value !== undefined && !values.has(key)) values.set(key, value);
  }
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  const num = (k: string): number => Number(values.get(k) ?? "0");
  const first = values.get("first-loop-seconds");
  return { firstLoopMs: first === undefined || first === "-" ? null : Number(first) * 1000, loops: num("loops"), bridges: num("bridges"), aborts: num("aborts"), nativeBytes: num("native-bytes"), idle: false };
}

/** One line for a report: warm-up, traces, machine code. */
export function describeJitFacts(f: JitFacts | null): string {
  if (f === null) return "jit: (the run failed)";
  if (f.idle) return "jit: never started (no loop of the program reached a back edge)";
  const warm = f.firstLoopMs === null ? "no loop compiled" : `first loop compiled after ${f.firstLoopMs.toFixed(1)} ms`;
  return `jit: ${warm}; ${f.loops} loops, ${f.bridges} bridges, ${f.aborts} traces given up; ${(f.nativeBytes / 1024).toFixed(0)} KiB of machine code mapped`;
}
