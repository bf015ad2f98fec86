// The differential corpus: every program runs untranslated (`rts run`),
// one in eight through the llinterp (on the simulated heap with a real GC), one in 24
// with every function run from its jitcode by the JIT's blackhole interpreter, and translated to a native binary for x86-64 (and,
// for a sample, AArch64) with the default GC (at --opt 2 or 1, one in two) and, one in four, the
// other at --opt 1 (also in GC torture mode); samples go by a hash of the name; stdout, exit status (and
// stderr where recorded) must match byte for byte.  Translation happens in
// `rts worker` processes: one lowering per GC (and level), built for each target from
// the same graphs (the C differs per GC: its barriers and allocation fast
// path are operations in the graphs).  The quick run
// (RTS_TEST_QUICK) keeps the native runs on the host with one GC: the
// expected outputs are Node's, checked by the full run's untranslated runs.
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { QUICK, corpus, rtsAsync, runAsync, tmpDir, translateInWorker, type CorpusProgram, type RunResult } from "./harness.ts";
import { aarch64 } from "../plugins/target-aarch64/index.ts";
import { hasTool } from "../framework/translator/target.ts";
import { hostTarget } from "../plugins/target-common/gnu-linux.ts";
import type { BuildRequest, WorkerReply } from "../framework/cli/worker.ts";

const programs = corpus();
/**
 * Where a program falls in the samples below: a hash of its name (FNV-1a),
 * so a new program does not move the others between samples (a sample by
 * position in the sorted list did: adding 133-137 reshuffled most of them).
 */
const slot = (p: CorpusProgram): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < p.name.length; i++) h = Math.imul(h ^ p.name.charCodeAt(i), 0x01000193) >>> 0;
  return h % 5040; // (divisible by every sampling period used here)
};
const GCS = QUICK ? ["generational"] : ["generational", "semispace"];
const out = tmpDir("corpus");
// the cross toolchain is installed by .ci/run; only a developer machine may lack it
const haveAArch64 = [aarch64.cc, ...aarch64.runner].every(hasTool);
if (process.env.CI && !haveAArch64) throw new Error(`CI needs ${aarch64.cc} and ${aarch64.runner.join(" ")} (see .ci/run)`);
const TARGETS = [hostTarget(), ...(haveAArch64 && !QUICK && hostTarget() !== "aarch64" ? ["aarch64"] : [])];
// Across, one program in 10 runs with the default GC and one in 30 also with
// the other one: the GCs are RTS code translated like the program, so what a
// second target reveals (layout, alignment, the C compiler's code) is the
// runtime's and the code generator's and shows on a sample; a cross build
// and its runs under qemu cost as much as three host ones (npm test's budget).
const crossGcs = (p: CorpusProgram): string[] => {
  const i = slot(p);
  // (one in 30 for the other GC: those programs are built with it on the host too, gcsOf)
  return i % 10 !== 0 ? [] : GCS.filter((gc) => gc === GCS[0] || i % 30 === 0);
};
// Every program is built with the default GC; one in six (by slot) also
// with the other GC (at --opt 1): the GCs are RTS code translated with the
// program and tested on their own (gc.test.ts: simulated memory, llinterp, C), and
// a build is most of a program's cost here (npm test's budget: one in four up to
// 165 programs, when a run took 774 s of vitest on a slow day).
const gcsOf = (p: CorpusProgram): string[] => (slot(p) % 6 === 0 ? GCS : [GCS[0]]);
// Half the programs (by slot) build with the default GC at the default --opt
// 2, what users get, the other half at --opt 1 (less inlining, gcc -O1: the C
// compiles in about half the time, and npm test's budget is mostly C
// compilation); the other GC's builds are at --opt 1, so a program of the
// first half is also translated at a second level.
const optOf = (gc: string, p: CorpusProgram): number | undefined => (QUICK || (gc === GCS[0] && slot(p) % 2 === 0) ? undefined : 1);

function expectSame(p: CorpusProgram, r: RunResult): void {
  expect(r.stdout).toBe(p.stdout);
  expect(r.status, r.stderr).toBe(p.status);
  if (p.stderr !== null) expect(r.stderr).toBe(p.stderr);
}

const exe = (p: CorpusProgram, gc: string, target: string): string => path.join(out, `${p.name}-${gc}-${target}`);

// The llinterp runs one program in ten on the simulated heap (objects laid out in
// simulated memory, collected by the GC's RTS module on Node): one in 12 with the
// default GC, one in 48 with the other one collecting at every
// 64th allocation (a root the GC transform missed then reads a poisoned object).
// (Every program runs natively, also in torture mode; the rest are left out to keep
// npm test within its budget: it was two in three up to 125 programs, every other
// one up to 129, every third up to 128 with a heavier 125, every fourth up to 132,
// one in six up to 137, one in eight up to 161.)
const interpRun = (p: CorpusProgram): boolean => slot(p) % 12 === 0 || slot(p) % 48 === 6;
const interpGc = (p: CorpusProgram): { gc?: string; env?: Record<string, number> } =>
  slot(p) % 12 === 6 ? { gc: GCS[1], env: { RTS_GC_TORTURE: 64 * p.tortureEvery, RTS_GC_HEAP: 65536, RTS_GC_NURSERY: 65536 } } : {};

// One program in 24 also runs with every function from its jitcode (the JIT's blackhole interpreter
// on the llgraph backend; the codewriter's whole-program test), to keep npm test within its budget.
// (one of the llinterp's: the worker runs both from one lowering)
const jitcodesRun = (p: CorpusProgram): boolean => slot(p) % 24 === 0;

// Programs with a JitDriver are also translated with --jit and run with the
// JIT tracing early (RTS_JIT_THRESHOLD 1 and 3, function entries too, a
// bridge for every failing guard), also under GC torture.
const usesJit = (p: CorpusProgram): boolean => fs.readFileSync(p.file, "utf8").includes("new JitDriver(");
const jitExe = (p: CorpusProgram): string => path.join(out, `${p.name}-jit`);

/** Every build of a program and its llinterp run, from one worker request (made on first use). */
const translations = new Map<string, Promise<WorkerReply>>();
function translated(p: CorpusProgram): Promise<WorkerReply> {
  let t = translations.get(p.name);
  if (!t) {
    const builds: BuildRequest[] = gcsOf(p).flatMap((gc) =>
      TARGETS.filter((target) => target === hostTarget() || crossGcs(p).includes(gc)).map((target) => ({ gc, target, output: exe(p, gc, target), opt: optOf(gc, p) })),
    );
    // (at --opt 1: the JIT runtime's C is most of it, and compiles in two thirds of the time)
    if (!QUICK && usesJit(p)) builds.push({ gc: GCS[0], target: hostTarget(), output: jitExe(p), opt: 1, jit: true });
    t = translateInWorker(p.file, builds, QUICK || !interpRun(p) ? undefined : { args: p.args, stdin: p.stdin, ...interpGc(p), jitcodes: jitcodesRun(p) });
    translations.set(p.name, t);
  }
  return t;
}

async function translatedOk(p: CorpusProgram): Promise<WorkerReply> {
  const r = await translated(p);
  expect(r.stderr, "translation").toBe("");
  expect(r.status).toBe(0);
  return r;
}

// GC torture: collect at every allocation, on a tiny heap (the semispace GC moves
// everything each time; the generational one promotes and runs a major collection every 16th time).
// A program whose live set is large may ask for every N-th allocation instead (NAME.torture).
// (`sparser`: the --jit build's torture run collects at every 4th of those allocations — the JIT's own
// tracing and compiling allocate under torture too: corpus 126 took 41 s at every allocation, 11 s at every 4th)
const tortureOf = (p: CorpusProgram, sparser = 1) => ({ RTS_GC_TORTURE: String(p.tortureEvery * sparser), RTS_GC_HEAP: "64k", RTS_GC_NURSERY: "64k" });

/** `rts run` of every program, a few at a time, started before the tests ask (suites run one after another). */
const untranslated = new Map<string, Promise<RunResult>>();
function startUntranslated(): void {
  let next = 0;
  const launch = (): void => {
    const p = programs[next++];
    if (!p) return;
    const r = rtsAsync(["run", p.file, ...p.args], { stdin: p.stdin });
    untranslated.set(p.name, r);
    void r.finally(launch);
  };
  for (let i = 0; i < 2; i++) launch();
}

describe("differential corpus", () => {
  beforeAll(() => {
    for (const p of programs) void translated(p).catch(() => {}); // queued in the workers; awaited by each test
    if (!QUICK) startUntranslated();
  });

  it("has at least 40 programs", () => {
    expect(programs.length).toBeGreaterThanOrEqual(40);
  });

  describe.concurrent.each(programs)("$name", (p) => {
    it.skipIf(QUICK)("untranslated (rts run)", async () => {
      for (let i = 0; i < 1000 && !untranslated.has(p.name); i++) await new Promise((r) => setTimeout(r, 50));
      expectSame(p, await untranslated.get(p.name)!);
    });

    // (only the sampled programs have this test)
    if (!QUICK && interpRun(p)) {
      it(`llinterp (simulated heap, ${interpGc(p).gc ?? GCS[0]} GC${interpGc(p).env ? " in torture mode" : ""})`, async () => {
        const r = await translatedOk(p);
        expectSame(p, r.interp!);
      });
    }

    // (only the sampled programs have this test)
    if (!QUICK && jitcodesRun(p)) {
      it("jitcodes (every function run from its jitcode by the JIT's blackhole interpreter, llgraph backend)", async () => {
        const r = await translatedOk(p);
        expect(r.jitcodes, "the worker ran it").toBeDefined();
        expectSame(p, r.jitcodes!);
      });
    }

    it.each(gcsOf(p))(`translated (${hostTarget()}, %s GC; also in GC torture mode)`, async (gc) => {
      await translatedOk(p);
      const bin = exe(p, gc, hostTarget());
      expectSame(p, await runAsync(bin, p.args, { stdin: p.stdin }));
      expectSame(p, await runAsync(bin, p.args, { stdin: p.stdin, env: tortureOf(p) }));
    });

    if (!QUICK && usesJit(p)) {
      it("translated with --jit (RTS_JIT_THRESHOLD 1 and 3, bridges, machine code or not, GC torture)", async () => {
        await translatedOk(p);
        // (function entries are traced early too: RPython's 1619 by default, warmstate.ts JitParams)
        const early = { RTS_JIT_THRESHOLD: "1", RTS_JIT_FUNCTION_THRESHOLD: "2", RTS_JIT_TRACE_EAGERNESS: "1" };
        // (a program may say what the JIT must have done: `// jit-summary: KEY > N` lines, checked on this run's summary)
        const summary = path.join(out, `${p.name}.jit-summary`);
        fs.rmSync(summary, { force: true });
        expectSame(p, await runAsync(jitExe(p), p.args, { stdin: p.stdin, env: { RTS_JIT_THRESHOLD: "3", RTS_JIT_FUNCTION_THRESHOLD: "5", RTSLOG: `jit-summary:${summary}` } }));
        for (const [, key, least] of fs.readFileSync(p.file, "utf8").matchAll(/^\/\/ jit-summary: ([a-z-]+) > (\d+)$/gm)) {
          const line = fs.readFileSync(summary, "utf8").split("\n").find((l) => l.startsWith(`jit-summary ${key} `));
          expect(Number(line?.split(" ")[2]), `jit-summary ${key}`).toBeGreaterThan(Number(least));
        }
        expectSame(p, await runAsync(jitExe(p), p.args, { stdin: p.stdin, env: early }));
        expectSame(p, await runAsync(jitExe(p), p.args, { stdin: p.stdin, env: { ...early, RTS_JIT_BACKEND: "0" } })); // no machine code
        expectSame(p, await runAsync(jitExe(p), p.args, { stdin: p.stdin, env: { ...early, ...tortureOf(p, 4) } }));
      });
    }

    it.skipIf(!TARGETS.includes("aarch64") || hostTarget() === "aarch64").each(crossGcs(p))("translated (aarch64 under qemu, %s GC; the generational one also in GC torture mode)", async (gc) => {
      await translatedOk(p);
      const bin = exe(p, gc, "aarch64");
      const [runner, ...runnerArgs] = aarch64.runner;
      const run = (env?: Record<string, string>): Promise<RunResult> => runAsync(runner, [...runnerArgs, bin, ...p.args], { stdin: p.stdin, env });
      expectSame(p, await run());
      if (gc === "generational") expectSame(p, await run(tortureOf(p)));
    });
  });
});
