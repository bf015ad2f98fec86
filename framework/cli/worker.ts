// `rts worker`: a long-lived translation process for test harnesses and
// tools.  It answers requests sent over Node's IPC channel, one at a time,
// reusing what a fresh `rts` process pays for on every call (loading the
// toolkit, parsing the TypeScript library): a `translate` request lowers
// the program once per GC and builds it for every requested target from
// the same graphs, and can run the llinterp on them too.  Requests and
// replies are plain JSON (see WorkerRequest / WorkerReply).
import * as fs from "node:fs";
import { BufferIO } from "../llinterp/io.ts";
import { checkCommand, checkEntry, EXIT, makeToolchain, pipelineOptions, report, runLowered, type CommandEnv, type Console } from "./commands.ts";
import type { LoweredProgram } from "../translator/program.ts";
import type { Builtins } from "../translator/registry.ts";
import { signatureMismatch } from "../ops/signatures.ts";
import { Effects } from "../transforms/effects.ts";
import { writeProgramJitCodes, type JitProgram } from "../jit/codewriter/codewriter.ts";
import { runThroughJitCodes } from "../jit/llgraph/run.ts";

export interface BuildRequest {
  gc: string;
  target: string;
  output: string;
  /** The optimisation level of this build, if not the request's. */
  opt?: number;
  /** Translate with the JIT (`--jit`). */
  jit?: boolean;
}

export type WorkerRequest =
  | { id: number; cmd: "check"; entry: string }
  | { id: number; cmd: "translate"; entry: string; opt?: number; builds: BuildRequest[]; interp?: InterpRequest };

/** A run on the llinterp: on the simulated heap (the default) with the GC of one of the builds (default: the first), RTS_GC_* settings in env. */
export interface InterpRequest {
  args: string[];
  stdin: string;
  heap?: "sim" | "objects";
  gc?: string;
  env?: Record<string, number>;
  /** Also run it with every function executed from its jitcode by the JIT's blackhole interpreter (llgraph backend, objects heap). */
  jitcodes?: boolean;
}

export interface WorkerReply {
  id: number;
  /** The command's exit status (what `rts check` / `rts translate` would return). */
  status: number;
  stdout: string;
  stderr: string;
  /** translate with interp: the program's run on the llinterp. */
  interp?: { status: number; stdout: string; stderr: string };
  /** translate with interp.jitcodes: the run through jitcodes. */
  jitcodes?: { status: number; stdout: string; stderr: string };
}

class BufferConsole implements Console {
  stdout = "";
  stderr = "";
  readonly tty = false;
  out(s: string): void {
    this.stdout += s;
  }
  err(s: string): void {
    this.stderr += s;
  }
}

async function translate(req: Extract<WorkerRequest, { cmd: "translate" }>, { builtins, con }: CommandEnv, reply: WorkerReply): Promise<number> {
  try {
    checkEntry(req.entry);
    // one lowering per GC and optimisation level
    const lowerings = new Map<string, { gc: string; opt: number; jit: boolean; builds: BuildRequest[] }>();
    const lowering = (gc: string, opt: number, jit: boolean) => {
      const key = `${gc}@${opt}${jit ? "+jit" : ""}`;
      if (!lowerings.has(key)) lowerings.set(key, { gc, opt, jit, builds: [] });
      return lowerings.get(key)!;
    };
    for (const b of req.builds) lowering(b.gc, b.opt ?? req.opt ?? 2, !!b.jit).builds.push(b);
    if (lowerings.size === 0) lowering(builtins.gc, req.opt ?? 2, false);
    let lowered: LoweredProgram | null = null;
    const tc = makeToolchain(builtins, []);
    // the codewriter sees the graphs before the exception transform (only the lowering the llinterp runs needs it)
    const interpGc = req.interp?.gc ?? [...lowerings.values()][0].gc;
    let loweringGc: string | null = null;
    let jitProgram: JitProgram | null = null;
    const jitPrograms = new Map<LoweredProgram, JitProgram>();
    if (req.interp?.jitcodes) {
      tc.hooks.transformed.tap("worker", (t, p) => {
        if (t === "stackcheck" && loweringGc === interpGc) jitProgram = writeProgramJitCodes(p, (graphs) => new Effects(graphs), true);
      });
    }
    for (const { gc, opt, jit, builds } of lowerings.values()) {
      loweringGc = jit ? null : gc;
      jitProgram = null;
      const started = performance.now();
      const program = await tc.lower(pipelineOptions(tc, builtins, req.entry, { gc, opt, jit }));
      timing(`${req.entry} lower ${gc}@${opt}${jit ? "+jit" : ""}`, started);
      if (jitProgram) jitPrograms.set(program, jitProgram);
      if (process.env.RTS_CHECK_OPS === "1") checkSignatures(program);
      if (!jit && (!lowered || (req.interp?.gc === gc && lowered.gc.gc !== gc))) lowered = program;
      // (one after another: side by side, they slowed the other suites' processes more than they gained, on 2 cores)
      for (const b of builds) {
        const t = performance.now();
        await tc.build(program, tc.targets.get(b.target), b.output);
        timing(`${req.entry} build ${b.target} ${gc}@${opt}${jit ? "+jit" : ""}`, t);
      }
    }
    if (req.interp && lowered) {
      const t = performance.now();
      const io = new BufferIO(req.interp.stdin);
      const status = await runLowered(lowered, req.entry, req.interp.args, io, req.interp.heap ?? "sim", req.interp.env);
      reply.interp = { status, stdout: io.stdout.toString("utf8"), stderr: io.stderr.toString("utf8") };
      const jp = jitPrograms.get(lowered);
      if (jp) {
        const jio = new BufferIO(req.interp.stdin);
        const jstatus = runThroughJitCodes(lowered, jp, [req.entry.replace(/\.(m?ts|tsx)$/, ""), ...req.interp.args], jio);
        reply.jitcodes = { status: jstatus, stdout: jio.stdout.toString("utf8"), stderr: jio.stderr.toString("utf8") };
      }
      timing(`${req.entry} llinterp${jp ? " and jitcodes" : ""}`, t);
    }
    return EXIT.ok;
  } catch (e) {
    return report(e, con);
  }
}

/** RTS_WORKER_LOG=FILE: each step's wall time appended to FILE (where a test suite's time goes). */
function timing(what: string, since: number): void {
  const file = process.env.RTS_WORKER_LOG;
  if (file) fs.appendFileSync(file, `${Math.round(performance.now() - since)} ms ${what}\n`);
}

/** Test suites: every operation must match its op-table signature (an internal error otherwise). */
function checkSignatures(program: LoweredProgram): void {
  for (const g of program.graphs) {
    for (const [, op] of g.operations()) {
      const why = signatureMismatch(op);
      if (why) throw new Error(`operation ${op.opname} in ${g.name}${op.loc ? ` (${op.loc.file}:${op.loc.line}:${op.loc.col})` : ""} does not match its signature: ${why}`);
    }
  }
}

async function answer(req: WorkerRequest, builtins: Builtins): Promise<WorkerReply> {
  const con = new BufferConsole();
  const reply: WorkerReply = { id: req.id, status: 0, stdout: "", stderr: "" };
  try {
    reply.status = req.cmd === "check" ? await checkCommand(req.entry, { quiet: false }, { builtins, con }) : await translate(req, { builtins, con }, reply);
  } catch (e) {
    reply.status = report(e, con);
  }
  reply.stdout = con.stdout;
  reply.stderr = con.stderr;
  return reply;
}

export async function runWorker(builtins: Builtins): Promise<void> {
  if (!process.send) throw new Error("rts worker talks over an IPC channel: start it with child_process.fork or spawn(..., { stdio: [..., 'ipc'] })");
  let queue = Promise.resolve();
  process.on("message", (req: WorkerRequest) => {
    queue = queue.then(async () => void process.send!(await answer(req, builtins)));
  });
  await new Promise<void>((resolve) => process.on("disconnect", resolve));
}
