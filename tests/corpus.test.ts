// The differential corpus: every program runs untranslated (`rts run`),
// through the llinterp (`rts interp`), and translated to a native binary for
// x86-64 and AArch64 with each GC (also in GC torture mode); stdout, exit
// status (and stderr where recorded) must match byte for byte.
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { corpus, rtsAsync, runAsync, tmpDir, type CorpusProgram, type RunResult } from "./harness.ts";
import { aarch64 } from "../plugins/target-aarch64/index.ts";
import { hasTool } from "../framework/translator/target.ts";

const programs = corpus();
const GCS = ["generational", "semispace"];
const out = tmpDir("corpus");
// the cross toolchain is installed by .ci/run; only a developer machine may lack it
const haveAArch64 = [aarch64.cc, ...aarch64.runner].every(hasTool);
if (process.env.CI && !haveAArch64) throw new Error(`CI needs ${aarch64.cc} and ${aarch64.runner.join(" ")} (see .ci/run)`);

function expectSame(p: CorpusProgram, r: RunResult): void {
  expect(r.stdout).toBe(p.stdout);
  expect(r.status, r.stderr).toBe(p.status);
  if (p.stderr !== null) expect(r.stderr).toBe(p.stderr);
}

describe("differential corpus", () => {
  it("has at least 40 programs", () => {
    expect(programs.length).toBeGreaterThanOrEqual(40);
  });

  describe.concurrent.each(programs)("$name", (p) => {
    it("untranslated (rts run)", async () => {
      expectSame(p, await rtsAsync(["run", p.file, ...p.args], { stdin: p.stdin }));
    });

    it("llinterp (rts interp)", async () => {
      expectSame(p, await rtsAsync(["interp", p.file, ...p.args], { stdin: p.stdin, node: ["--stack-size=8000"] }));
    });

    // GC torture: collect at every allocation, on a tiny heap (the semispace GC moves
    // everything each time; the generational one promotes and runs a major collection every 16th time)
    const torture = { RTS_GC_TORTURE: "1", RTS_GC_HEAP: "64k", RTS_GC_NURSERY: "64k" };

    it.each(GCS)("translated (x86-64, %s GC; also in GC torture mode)", async (gc) => {
      const exe = path.join(out, `${p.name}-${gc}`);
      const t = await rtsAsync(["translate", p.file, "-o", exe, "--gc", gc, "--quiet"]);
      expect(t.stderr).toBe("");
      expect(t.status).toBe(0);
      expectSame(p, await runAsync(exe, p.args, { stdin: p.stdin }));
      expectSame(p, await runAsync(exe, p.args, { stdin: p.stdin, env: torture }));
    });

    it.skipIf(!haveAArch64).each(GCS)("translated (aarch64 under qemu, %s GC; also in GC torture mode)", async (gc) => {
      const exe = path.join(out, `${p.name}-${gc}-aarch64`);
      const t = await rtsAsync(["translate", p.file, "-o", exe, "--target", "aarch64", "--gc", gc, "--quiet"]);
      expect(t.stderr).toBe("");
      expect(t.status).toBe(0);
      const [runner, ...runnerArgs] = aarch64.runner;
      const run = (env?: Record<string, string>): Promise<RunResult> =>
        runner ? runAsync(runner, [...runnerArgs, exe, ...p.args], { stdin: p.stdin, env }) : runAsync(exe, p.args, { stdin: p.stdin, env });
      expectSame(p, await run());
      if (gc === "generational") expectSame(p, await run(torture));
    });
  });
});
