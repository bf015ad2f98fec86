// The check / translate / interp / plugins commands: option handling,
// plugin set-up (built-ins chosen by flags, user plugins from
// rts.config.ts), progress, timings, and error reporting (diagnostics,
// never toolchain stack traces).  Each command writes through a Console,
// so `rts worker` can run them in-process and capture what they print.
import * as fs from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import pc from "picocolors";
import { Toolchain, TranslationContext, type Plugin, type TranslateOptions } from "../translator/toolchain.ts";
import { RtsError, formatDiagnostic } from "../diagnostics/diagnostic.ts";
import { SemispaceGcPlugin } from "../../plugins/gc-semispace/index.ts";
import { GenerationalGcPlugin } from "../../plugins/gc-generational/index.ts";
import { CBackendPlugin } from "../../plugins/backend-c/index.ts";
import { X86_64TargetPlugin } from "../../plugins/target-x86-64/index.ts";
import { AArch64TargetPlugin } from "../../plugins/target-aarch64/index.ts";
import { hasTool, hostTarget } from "../translator/target.ts";
import type { ProgramIO } from "../llinterp/io.ts";
import { EXIT, UsageError, checkEntry } from "./usage.ts";

export { EXIT, UsageError, checkEntry };

/** Where a command prints: the process's streams, or buffers (rts worker). */
export interface Console {
  out(s: string): void;
  err(s: string): void;
  /** stderr is a terminal: colours and progress. */
  readonly tty: boolean;
}

export const processConsole: Console = {
  out: (s) => void process.stdout.write(s),
  err: (s) => void process.stderr.write(s),
  get tty() {
    return process.stderr.isTTY ?? false;
  },
};


export interface CommonOpts {
  config?: string;
  timings?: boolean;
  quiet?: boolean;
  gc?: string;
}

interface Config {
  plugins?: Plugin[];
  gc?: string;
  target?: string;
}

export const DEFAULT_GC = "generational";

const GCS: Record<string, () => Plugin> = {
  generational: () => new GenerationalGcPlugin(),
  semispace: () => new SemispaceGcPlugin(),
};

async function loadConfig(entry: string | null, explicit?: string): Promise<Config> {
  const file = explicit ?? (entry ? path.join(path.dirname(path.resolve(entry)), "rts.config.ts") : path.resolve("rts.config.ts"));
  if (!fs.existsSync(file)) {
    if (explicit) throw new UsageError(`config file not found: ${explicit}`);
    return {};
  }
  const mod = await import(pathToFileURL(path.resolve(file)).href);
  return (mod.default ?? mod.config ?? {}) as Config;
}

/** The toolchain with the built-in plugins the options select, then the user's plugins. */
export function makeToolchain(gc: string, userPlugins: Plugin[]): Toolchain {
  const makeGc = GCS[gc];
  if (!makeGc) throw new UsageError(`unknown GC '${gc}' (available: ${Object.keys(GCS).join(", ")})`);
  return new Toolchain().apply(new X86_64TargetPlugin(), new AArch64TargetPlugin(), makeGc(), new CBackendPlugin(), ...userPlugins);
}

/** A usage error (with what to install) when the target is unknown or its C compiler is missing. */
function checkTarget(tc: Toolchain, name: string): void {
  const target = tc.targets.get(name);
  if (!target) throw new UsageError(`unknown target '${name}' (available: ${[...tc.targets.keys()].join(", ")})`);
  if (!hasTool(target.cc)) {
    const pkg = name === hostTarget() ? "gcc" : `gcc-${target.cc.replace(/-gcc$/, "").replace(/_/g, "-")}`;
    throw new UsageError(`the C compiler for ${name}, '${target.cc}', is not installed (Debian/Ubuntu: apt-get install ${pkg})`);
  }
}

/** Where translate writes: a new file, or one it may replace (never a directory). */
function checkOutput(output: string): void {
  const dir = path.dirname(path.resolve(output));
  if (!fs.existsSync(dir)) throw new UsageError(`cannot write ${output}: the folder ${dir} does not exist`);
  if (fs.existsSync(output) && fs.statSync(output).isDirectory()) throw new UsageError(`cannot write ${output}: it is a directory (give a file name with -o)`);
}

export function report(e: unknown, con: Console): number {
  const color = con.tty;
  if (e instanceof RtsError) {
    for (const d of e.diagnostics) con.err(formatDiagnostic(d, color) + "\n\n");
    const n = e.diagnostics.length;
    con.err(`${n} error${n === 1 ? "" : "s"}\n`);
    return EXIT.programErrors;
  }
  if (e instanceof UsageError) {
    con.err(`rts: ${e.message}\n`);
    return EXIT.usage;
  }
  // a bug in the toolchain itself: say so plainly
  const err = e as Error;
  con.err(`rts: internal error: ${err?.message ?? String(e)}\n${process.env.RTS_DEBUG ? err?.stack + "\n" : "(this is a bug in RTS; set RTS_DEBUG=1 for the stack trace)\n"}`);
  return EXIT.internal;
}

/** Per-stage lines with timings: on a terminal the running stage shows first, then its time. */
function progress(tc: Toolchain, opts: CommonOpts, con: Console): void {
  const show = opts.timings || (!opts.quiet && con.tty);
  if (!show) return;
  if (con.tty) tc.onStageStart = (stage) => con.err(pc.dim(`  ${stage.padEnd(14)}    ...`));
  tc.onStage = (stage, ms) => con.err(pc.dim(`${con.tty ? "\r" : ""}  ${stage.padEnd(14)} ${ms.toFixed(0).padStart(6)} ms\n`));
}

export async function checkCommand(entry: string, opts: CommonOpts, con: Console = processConsole): Promise<number> {
  try {
    checkEntry(entry);
    const config = await loadConfig(entry, opts.config);
    const tc = makeToolchain(opts.gc ?? config.gc ?? DEFAULT_GC, config.plugins ?? []);
    progress(tc, opts, con);
    const ctx = new TranslationContext({ entry, output: "", gc: "", target: hostTarget(), opt: 2, jit: false, keepC: false });
    await tc.analyse(ctx);
    const an = ctx.annotator;
    if (!opts.quiet) con.out(`${entry}: ok (${count(an.graphs.length, "function")}, ${count(an.usedClasses.size, "class", "classes")})\n`);
    return EXIT.ok;
  } catch (e) {
    return report(e, con);
  }
}

/** "1 function", "2 functions". */
export function count(n: number, one: string, many = one + "s"): string {
  return `${n} ${n === 1 ? one : many}`;
}

export interface TranslateCliOpts extends CommonOpts {
  output?: string;
  target?: string;
  opt: string;
  jit?: boolean;
  keepC?: boolean;
  gcTorture?: string | boolean;
}

/** The TranslateOptions of a translate command line (usage errors for bad values). */
async function translateOptions(entry: string, opts: TranslateCliOpts): Promise<{ options: TranslateOptions; config: Config }> {
  checkEntry(entry);
  const config = await loadConfig(entry, opts.config);
  const gc = opts.gc ?? config.gc ?? DEFAULT_GC;
  if (opts.jit) throw new UsageError("--jit is not available yet: the meta-tracing JIT is a later milestone");
  const opt = Number(opts.opt);
  if (!(Number.isInteger(opt) && opt >= 0 && opt <= 3)) throw new UsageError("--opt takes 0, 1, 2 or 3");
  const output = opts.output ?? path.join(path.dirname(entry), path.basename(entry).replace(/\.(m?ts|tsx)$/, ""));
  checkOutput(output);
  const gcTorture = opts.gcTorture === undefined ? 0 : opts.gcTorture === true ? 1 : Number(opts.gcTorture);
  if (!(Number.isInteger(gcTorture) && gcTorture >= 0)) throw new UsageError("--gc-torture takes a positive count of allocations between collections");
  const options: TranslateOptions = { entry, output, gc, target: opts.target ?? config.target ?? hostTarget(), opt, jit: false, keepC: !!opts.keepC, gcTorture };
  return { options, config };
}

export async function translateCommand(entry: string, opts: TranslateCliOpts, con: Console = processConsole): Promise<number> {
  try {
    const { options, config } = await translateOptions(entry, opts);
    const tc = makeToolchain(options.gc, config.plugins ?? []);
    checkTarget(tc, options.target);
    progress(tc, opts, con);
    const t0 = performance.now();
    const ctx = await tc.translate(options);
    if (opts.timings && ctx.transformStats) {
      const s = ctx.transformStats;
      con.err(pc.dim(`  (${count(ctx.graphs.length, "function")}; inlined ${count(s.inlined, "call")}; made ${count(s.switches, "switch", "switches")}; proved ${count(s.uncheckedInts, "int operation")} within ±2^53; folded ${count(s.fold.folded, "operation")} and ${count(s.fold.branches, "branch", "branches")}; removed ${count(s.fold.removed, "dead operation")})\n`));
    }
    if (opts.timings || (!opts.quiet && con.tty)) con.err(pc.dim(`  ${"total".padEnd(14)} ${(performance.now() - t0).toFixed(0).padStart(6)} ms\n`));
    if (!opts.quiet) con.out(`wrote ${options.output}\n`);
    return EXIT.ok;
  } catch (e) {
    return report(e, con);
  }
}

export async function pluginsCommand(opts: CommonOpts, con: Console = processConsole): Promise<number> {
  try {
    const config = await loadConfig(null, opts.config);
    const tc = makeToolchain(opts.gc ?? config.gc ?? DEFAULT_GC, config.plugins ?? []);
    for (const p of tc.plugins) {
      const taps: string[] = [];
      for (const [hookName, hook] of Object.entries(tc.hooks)) {
        if ((hook as { taps: { name: string }[] }).taps.some((t) => t.name === p.name)) taps.push(hookName);
      }
      con.out(`${p.name}\n  taps: ${taps.join(", ") || "(none)"}\n`);
    }
    return EXIT.ok;
  } catch (e) {
    return report(e, con);
  }
}

/** `rts interp`: the whole pipeline up to the backend, then the llinterp runs the low-level graphs. */
export async function interpCommand(entry: string, args: string[], opts: CommonOpts, con: Console = processConsole, io?: ProgramIO): Promise<number> {
  let ctx: TranslationContext;
  try {
    checkEntry(entry);
    const config = await loadConfig(entry, opts.config);
    const tc = makeToolchain(opts.gc ?? config.gc ?? DEFAULT_GC, config.plugins ?? []);
    progress(tc, opts, con);
    ctx = await tc.lower({ entry, output: "", gc: DEFAULT_GC, target: hostTarget(), opt: 2, jit: false, keepC: false });
  } catch (e) {
    return report(e, con);
  }
  return runLowered(ctx, entry, args, io);
}

/** Runs main of an already lowered program with the llinterp. */
export async function runLowered(ctx: TranslationContext, entry: string, args: string[], io?: ProgramIO): Promise<number> {
  const { LLInterpreter } = await import("../llinterp/llinterp.ts");
  const interp = new LLInterpreter(ctx.rtyper, io);
  return interp.runMain(ctx.rtyper.llfunction(ctx.main), [entry.replace(/\.(m?ts|tsx)$/, ""), ...args], ctx.main.optional);
}
