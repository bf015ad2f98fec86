// The JIT untranslated (framework/jit/llgraph): runs the Lox conformance
// suite and the BF examples with the meta-tracing JIT at a low threshold in
// this process (the Load stage needs Node's module hooks: jit.test.ts starts
// it), and prints a JSON report: failures, and what the JIT did.
// Options: RTS_JIT_EAGERNESS=N (guard failures before a bridge; RPython's 200 by default),
// RTS_JIT_SAMPLE=N (lox: every N-th file only), RTS_JIT_BODY_JUMPS=1 (bridges into peeled loops' bodies).
//   jit-check.ts lox THRESHOLD [FILTER]   every tests/lox file against its expectations
//   jit-check.ts bf THRESHOLD             examples/bf/programs against their .out
//   jit-check.ts corpus THRESHOLD         the tests/programs with a JitDriver against their .out
//   jit-check.ts all THRESHOLD            what jit.test.ts checks, in one process
import * as fs from "node:fs";
import * as path from "node:path";
import { makeToolchain, pipelineOptions } from "../../framework/cli/commands.ts";
import { BUILTINS } from "../../plugins/builtin.ts";
import { Effects } from "../../framework/transforms/effects.ts";
import { writeProgramJitCodes, type JitProgram } from "../../framework/jit/codewriter/codewriter.ts";
import { runWithJitCodes } from "../../framework/jit/llgraph/run.ts";
import { formatTrace } from "../../framework/jit/runtime/logger.ts";
import { BufferIO } from "../../framework/llinterp/io.ts";
import { checkOutcome, loxTests, parseExpectations } from "../lox/expect.ts";
import { corpus } from "../harness.ts";
import type { LoweredProgram } from "../../framework/translator/program.ts";

const [what, thresholdArg, filter] = process.argv.slice(2);
const threshold = Number(thresholdArg);
const eagerness = process.env.RTS_JIT_EAGERNESS ? Number(process.env.RTS_JIT_EAGERNESS) : undefined;

const lowerings = new Map<string, { program: LoweredProgram; jp: JitProgram }>();
async function loweredOnce(entry: string): Promise<{ program: LoweredProgram; jp: JitProgram }> {
  let l = lowerings.get(entry);
  if (!l) lowerings.set(entry, (l = await lowered(entry)));
  return l;
}

async function lowered(entry: string) {
  const tc = makeToolchain(BUILTINS, []);
  let jp: JitProgram | null = null;
  tc.hooks.transformed.tap("jit-check", (t, p) => {
    if (t === "stackcheck") jp = writeProgramJitCodes(p, (graphs) => new Effects(graphs));
  });
  const program = await tc.lower(pipelineOptions(tc, BUILTINS, path.resolve(entry), { opt: 2 }));
  return { program, jp: jp! as JitProgram };
}

/** The first compiled loop of some runs, as text (jit.test.ts checks what the optimizations left). */
const traces: Record<string, string> = {};
const totals = { runs: 0, loopCuts: 0, loops: 0, bridges: 0, aborts: 0, guardFailures: 0, enteredLoops: 0, tracedOps: 0, recordedOps: 0, optimizedOps: 0, peeledLoops: 0, unpeeledLoops: 0, unrolledOps: 0, bodyJumps: 0, startJumps: 0, entryTraces: 0, enteredEntries: 0, assemblerCalls: 0 };
const failures: { file: string; problems: string[] }[] = [];
/** Per corpus program: the stores its traces did not record (overwritten before anything read them). */
const droppedStores: Record<string, number> = {};

function count(stats: Record<string, number> | null): void {
  totals.runs++;
  if (!stats) return;
  for (const k of ["loopCuts", "loops", "bridges", "aborts", "guardFailures", "enteredLoops", "tracedOps", "recordedOps", "optimizedOps", "peeledLoops", "unpeeledLoops", "unrolledOps", "bodyJumps", "startJumps", "entryTraces", "enteredEntries", "assemblerCalls"] as const) totals[k] += stats[k];
}

interface Config {
  threshold: number;
  eagerness?: number;
  bodyJumps?: boolean;
  /** Every N-th Lox file. */
  every: number;
}

async function lox(c: Config): Promise<void> {
  const { program, jp } = await loweredOnce("languages/lox/main.ts");
  for (const [i, file] of loxTests("tests/lox").entries()) {
    if ((filter && !file.includes(filter)) || i % c.every !== 0) continue;
    const io = new BufferIO("");
    const r = runWithJitCodes(program, jp, ["lox", file], io, { mode: "jit", threshold: c.threshold, eagerness: c.eagerness, jumpIntoBodies: c.bodyJumps });
    count(r.stats as unknown as Record<string, number>);
    const problems = checkOutcome(parseExpectations(fs.readFileSync(file, "utf8")), { status: r.status, stdout: io.stdout.toString("utf8"), stderr: io.stderr.toString("utf8") });
    if (problems.length > 0) failures.push({ file, problems });
  }
}

async function bf(c: Config): Promise<void> {
  const { program, jp } = await loweredOnce("examples/bf/bf.ts");
  const dir = "examples/bf/programs";
  // long.b runs billions of BF steps: hours on the llinterp
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith(".b") && n !== "long.b").sort()) {
    const base = path.join(dir, f.replace(/\.b$/, ""));
    const io = new BufferIO(fs.existsSync(`${base}.in`) ? fs.readFileSync(`${base}.in`) : "");
    const r = runWithJitCodes(program, jp, ["bf", path.join(dir, f)], io, { mode: "jit", threshold: c.threshold, eagerness: c.eagerness, jumpIntoBodies: c.bodyJumps });
    count(r.stats as unknown as Record<string, number>);
    const first = r.warmstate?.loops[0];
    const ws = r.warmstate;
    if (first && ws) traces[`bf/${f}`] ??= formatTrace(first, ws.data, (op) => ws.opLocation(op));
    const want = fs.readFileSync(`${base}.out`, "utf8");
    if (r.status !== 0 || io.stdout.toString("utf8") !== want) failures.push({ file: f, problems: [`status ${r.status}`, io.stdout.toString("utf8"), io.stderr.toString("utf8")] });
  }
}

async function programs(c: Config): Promise<void> {
  for (const p of corpus().filter((x) => (!filter || x.name.includes(filter)) && fs.readFileSync(x.file, "utf8").includes("new JitDriver("))) {
    const { program, jp } = await loweredOnce(p.file);
    const io = new BufferIO(p.stdin);
    // (the program's setParam("loopCut", N): untranslated, setParam does nothing)
    const cut = /setParam\("loopCut", (-?\d+)\)/.exec(fs.readFileSync(p.file, "utf8"));
    const r = runWithJitCodes(program, jp, [p.file.replace(/\.ts$/, ""), ...p.args], io, { mode: "jit", threshold: c.threshold, eagerness: c.eagerness, jumpIntoBodies: c.bodyJumps, loopCut: cut ? Number(cut[1]) : undefined });
    count(r.stats as unknown as Record<string, number>);
    if (r.stats) droppedStores[p.name] = r.stats.droppedStores;
    const first = r.warmstate?.loops[0];
    if (first && r.warmstate) traces[p.name] ??= formatTrace(first, r.warmstate.data);
    const entry = r.warmstate?.entries[0];
    if (entry && r.warmstate) traces[`${p.name} entry`] ??= formatTrace(entry, r.warmstate.data);
    const ws = r.warmstate;
    // (the call_assemblers of its loops: the whole traces would pass the output's size limit)
    if (ws && cut) traces[`${p.name} loops`] ??= ws.loops.flatMap((t) => formatTrace(t, ws.data).split("\n").filter((l) => l.includes("call_assembler("))).join("\n");
    if (ws && ws.entries.length > 0) traces[`${p.name} entries`] ??= ws.entries.map((t) => formatTrace(t, ws.data)).join("\n");
    const out = io.stdout.toString("utf8");
    if (r.status !== p.status || out !== p.stdout) failures.push({ file: p.name, problems: [`status ${r.status}`, out, io.stderr.toString("utf8")] });
  }
}

const given: Config = { threshold, eagerness, every: Number(process.env.RTS_JIT_SAMPLE ?? "1"), bodyJumps: process.env.RTS_JIT_BODY_JUMPS === "1" };
if (what === "lox") await lox(given);
else if (what === "bf") await bf(given);
else if (what === "corpus") await programs(given);
else if (what === "all") {
  // what tests/jit.test.ts checks, sharing each program's lowering: the Lox suite without bridges
  // (every 4th file) and with a bridge for every guard that fails (every 9th; those that end at a peeled loop
  // jumping into its body), BF and the corpus so too (the translated Lox VM runs every file with the JIT
  // in lox.test.ts: this is the llgraph backend's and the blackhole's share, within npm test's budget)
  await lox({ threshold, every: 4 });
  const noBridges = { ...totals };
  await lox({ threshold, eagerness: 1, every: 9, bodyJumps: true });
  await bf({ threshold, eagerness: 1, every: 1 });
  await programs({ threshold, eagerness: 1, every: 1 });
  // (exit once the report is written: a pipe takes it asynchronously, and process.exit cut it short at 200 KB)
  process.stdout.write(JSON.stringify({ totals, noBridges, failures, traces, droppedStores }) + "\n", () => process.exit(0));
} else console.log(JSON.stringify({ totals, failures, traces, droppedStores }));
