// The stdlib conformance suite: every member of frontend/stdlib.ts is called
// with arguments drawn by fast-check (tests/stdlib/generate.ts) in an RTS
// program that runs on Node (`rts run`), on the llinterp and as a native
// binary (also on AArch64 under qemu when the full suite runs); the outputs
// must match case by case.  RTS_STDLIB_CASES sets the cases per call shape
// (default 10; the quick suite runs 5 and skips the llinterp), RTS_STDLIB_SEED
// the seed (fixed by default, so CI is repeatable; a failure prints it).
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { QUICK, rtsAsync, runAsync, tmpDir, translateInWorker, type RunResult } from "./harness.ts";
import { generatePrograms, type StdlibProgram } from "./stdlib/generate.ts";
import { STDLIB, memberTitle } from "../framework/frontend/stdlib.ts";
import { hasTool } from "../framework/translator/target.ts";
import { hostTarget } from "../plugins/target-common/gnu-linux.ts";
import { aarch64 } from "../plugins/target-aarch64/index.ts";
import type { WorkerReply } from "../framework/cli/worker.ts";

const SEED = Number(process.env.RTS_STDLIB_SEED ?? 20261201);
const CASES = Number(process.env.RTS_STDLIB_CASES ?? (QUICK ? 5 : 10));
const programs = generatePrograms(SEED, CASES);
const out = tmpDir("stdlib");
const haveAArch64 = !QUICK && hostTarget() !== "aarch64" && [aarch64.cc, ...aarch64.runner].every(hasTool);

/** The output of each case ("#N" starts case N). */
function chunks(stdout: string): Map<number, string> {
  const m = new Map<number, string>();
  let cur = -1;
  for (const line of stdout.split("\n")) {
    const h = /^#(\d+)$/.exec(line);
    if (h) {
      cur = Number(h[1]);
      m.set(cur, "");
    } else if (cur >= 0) m.set(cur, m.get(cur) + line + "\n");
  }
  return m;
}

/** Every case whose output differs from Node's, described (at most 10). */
function differences(p: StdlibProgram, node: string, other: RunResult, mode: string): string[] {
  const want = chunks(node);
  const got = chunks(other.stdout);
  const diffs: string[] = [];
  for (let i = 0; i < p.cases.length && diffs.length < 10; i++) {
    if (want.get(i) !== got.get(i)) {
      diffs.push(`${mode}: ${p.cases[i]}\n    node: ${JSON.stringify(want.get(i))}\n    ${mode}: ${JSON.stringify(got.get(i) ?? "(no output: the program stopped)")}`);
    }
  }
  if (diffs.length === 0 && other.status !== 0) diffs.push(`${mode}: exit status ${other.status}: ${other.stderr}`);
  return diffs;
}

const files = new Map<string, string>();
const translations = new Map<string, Promise<WorkerReply>>();
const nodeRuns = new Map<string, Promise<RunResult>>();
const exe = (p: StdlibProgram, target: string): string => path.join(out, `${p.name}-${target}`);

describe(`stdlib conformance (seed ${SEED}, ${CASES} cases per call shape)`, () => {
  beforeAll(() => {
    for (const p of programs) {
      const file = path.join(out, `${p.name}.ts`);
      fs.writeFileSync(file, p.source);
      files.set(p.name, file);
      const targets = [hostTarget(), ...(haveAArch64 ? ["aarch64"] : [])];
      const interp = QUICK ? undefined : { args: [], stdin: "" };
      translations.set(p.name, translateInWorker(file, targets.map((target) => ({ gc: "generational", target, output: exe(p, target) })), interp));
      nodeRuns.set(p.name, rtsAsync(["run", file]));
    }
  });

  it("covers every member of frontend/stdlib.ts", () => {
    const covered = new Set(programs.flatMap((p) => [...p.members]));
    const missing = STDLIB.map((m) => memberTitle(m.owner, m.name)).filter((t) => !covered.has(t));
    expect(missing).toEqual([]);
  });

  describe.each(programs)("$name", (p) => {
    it("runs on Node", async () => {
      const r = await nodeRuns.get(p.name)!;
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      expect(chunks(r.stdout).size).toBe(p.cases.length);
    });

    it.skipIf(QUICK)("llinterp prints what Node prints", async () => {
      const t = await translations.get(p.name)!;
      expect(t.stderr, "translation").toBe("");
      expect(differences(p, (await nodeRuns.get(p.name)!).stdout, t.interp!, "llinterp")).toEqual([]);
    });

    it(`binary (${hostTarget()}) prints what Node prints`, async () => {
      const t = await translations.get(p.name)!;
      expect(t.stderr, "translation").toBe("");
      const r = await runAsync(exe(p, hostTarget()), []);
      expect(differences(p, (await nodeRuns.get(p.name)!).stdout, r, "binary")).toEqual([]);
    });

    it.skipIf(!haveAArch64)("binary (aarch64 under qemu) prints what Node prints", async () => {
      const t = await translations.get(p.name)!;
      expect(t.stderr, "translation").toBe("");
      const [runner, ...runnerArgs] = aarch64.runner;
      const r = await runAsync(runner, [...runnerArgs, exe(p, "aarch64")]);
      expect(differences(p, (await nodeRuns.get(p.name)!).stdout, r, "aarch64")).toEqual([]);
    });
  });
});
