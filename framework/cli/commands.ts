// The check / translate / interp / plugins commands: option handling,
// plugin set-up (the built-in plugins the CLI was given, then the user's
// from rts.config.ts; the options select a GC, target and backend among
// what they registered), progress, timings, and error reporting
// (diagnostics, never toolchain stack traces).  Each command writes through
// a Console, so `rts worker` can run them in-process and capture what they
// print.
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import pc from "picocolors";
import { Toolchain, type Plugin } from "../translator/toolchain.ts";
import type { LoweredProgram, TranslateOptions } from "../translator/program.ts";
import { UnknownRegistrationError, type Builtins } from "../translator/registry.ts";
import { RtsError, formatDiagnostic } from "../diagnostics/diagnostic.ts";
import { hasTool } from "../translator/target.ts";
import type { ProgramIO } from "../llinterp/io.ts";
import { EXIT, UsageError, checkEntry } from "./usage.ts";
import type { Console } from "./console.ts";

export { EXIT, UsageError, checkEntry, type Console };

/** What a command runs with: the built-in plugins (plugins/builtin.ts, from bin/rts.js) and where it prints. */
export interface CommandEnv {
  builtins: Builtins;
  con: Console;
}

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
  backend?: string;
}

async function loadConfig(entry: string | null, explicit?: string): Promise<Config> {
  const file = explicit ?? (entry ? path.join(path.dirname(path.resolve(entry)), "rts.config.ts") : path.resolve("rts.config.ts"));
  if (!fs.existsSync(file)) {
    if (explicit) throw new UsageError(`config file not found: ${explicit}`);
    return {};
  }
  const mod = await import(pathToFileURL(path.resolve(file)).href);
  return (mod.default ?? mod.config ?? {}) as Config;
}

/** The toolchain with the built-in plugins, then the user's (which may replace a built-in by registering its name). */
export function makeToolchain(builtins: Builtins, userPlugins: Plugin[]): Toolchain {
  return new Toolchain().apply(...builtins.plugins(), ...userPlugins);
}

/** The options of a pipeline run: the GC, target and backend by name, checked against what the plugins registered. */
export function pipelineOptions(tc: Toolchain, builtins: Builtins, entry: string, o: { gc?: string; target?: string; backend?: string; opt?: number; gcTorture?: number; jit?: boolean }): TranslateOptions {
  const gc = o.gc ?? builtins.gc;
  const target = o.target ?? tc.defaultTarget() ?? "";
  const backend = o.backend ?? builtins.backend;
  // an unknown name throws UnknownRegistrationError, which report() prints as a usage error
  tc.gcs.get(gc);
  tc.targets.get(target);
  tc.backends.get(backend);
  return { entry, gc, target, backend, opt: o.opt ?? 2, jit: !!o.jit, gcTorture: o.gcTorture };
}

/** A usage error (with what to install) when the target's C compiler is missing. */
function checkTargetTools(tc: Toolchain, name: string): void {
  const target = tc.targets.get(name);
  if (!hasTool(target.cc)) throw new UsageError(`the C compiler for ${name}, '${target.cc}', is not installed (Debian/Ubuntu: apt-get install ${target.ccPackage})`);
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
  if (e instanceof UsageError || e instanceof UnknownRegistrationError) {
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

export async function checkCommand(entry: string, opts: CommonOpts, { builtins, con }: CommandEnv): Promise<number> {
  try {
    checkEntry(entry);
    const config = await loadConfig(entry, opts.config);
    const tc = makeToolchain(builtins, config.plugins ?? []);
    progress(tc, opts, con);
    const program = await tc.analyse({ entry, gc: "", target: "", backend: "", opt: 2, jit: false });
    const an = program.annotator;
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

export async function translateCommand(entry: string, opts: TranslateCliOpts, { builtins, con }: CommandEnv): Promise<number> {
  try {
    checkEntry(entry);
    const config = await loadConfig(entry, opts.config);
    const opt = Number(opts.opt);
    if (!(Number.isInteger(opt) && opt >= 0 && opt <= 3)) throw new UsageError("--opt takes 0, 1, 2 or 3");
    const output = opts.output ?? path.join(path.dirname(entry), path.basename(entry).replace(/\.(m?ts|tsx)$/, ""));
    checkOutput(output);
    const gcTorture = parseTorture(opts.gcTorture);
    const tc = makeToolchain(builtins, config.plugins ?? []);
    const options = pipelineOptions(tc, builtins, entry, { gc: opts.gc ?? config.gc, target: opts.target ?? config.target, backend: config.backend, opt, gcTorture, jit: !!opts.jit });
    checkTargetTools(tc, options.target);
    progress(tc, opts, con);
    const t0 = performance.now();
    const { program } = await tc.translate(options, output, !!opts.keepC);
    if (opts.timings) {
      const s = program.transformStats;
      con.err(pc.dim(`  (${count(program.graphs.length, "function")}; inlined ${count(s.inlined, "call")}; made ${count(s.switches, "switch", "switches")}; proved ${count(s.uncheckedInts, "int operation")} within ±2^53; folded ${count(s.fold.folded, "operation")} and ${count(s.fold.branches, "branch", "branches")}; removed ${count(s.fold.removed, "dead operation")})\n`));
    }
    if (opts.timings || (!opts.quiet && con.tty)) con.err(pc.dim(`  ${"total".padEnd(14)} ${(performance.now() - t0).toFixed(0).padStart(6)} ms\n`));
    if (!opts.quiet) con.out(`wrote ${output}\n`);
    return EXIT.ok;
  } catch (e) {
    return report(e, con);
  }
}

/** `rts plugins`: every plugin with what it registers (the selected ones marked) and the hooks it taps. */
export async function pluginsCommand(opts: CommonOpts, { builtins, con }: CommandEnv): Promise<number> {
  try {
    const config = await loadConfig(null, opts.config);
    const tc = makeToolchain(builtins, config.plugins ?? []);
    const selected = pipelineOptions(tc, builtins, "", { gc: opts.gc ?? config.gc, target: config.target, backend: config.backend });
    for (const p of tc.plugins) {
      con.out(`${p.name}\n`);
      const registered = ([["target", tc.targets, selected.target], ["GC", tc.gcs, selected.gc], ["backend", tc.backends, selected.backend]] as const).flatMap(
        ([kind, registry, chosen]) => registry.registeredBy(p).map((n) => `${kind} ${n}${n === chosen && registry.ownerOf(n) === p ? " (selected)" : ""}`),
      );
      const taps: string[] = [];
      for (const [hookName, hook] of Object.entries(tc.hooks)) {
        if ((hook as { taps: { name: string }[] }).taps.some((t) => t.name === p.name)) taps.push(hookName);
      }
      if (registered.length > 0) con.out(`  registers: ${registered.join(", ")}\n`);
      if (taps.length > 0 || registered.length === 0) con.out(`  taps: ${taps.join(", ") || "(none)"}\n`);
    }
    return EXIT.ok;
  } catch (e) {
    return report(e, con);
  }
}

/** `rts interp`: the whole pipeline up to the backend, then the llinterp runs the low-level graphs. */
export interface InterpCliOpts extends CommonOpts {
  gcTorture?: string | boolean;
  /** "sim" (the default) or "objects". */
  heap?: string;
  /** Generate the JIT as `translate --jit` does: its runtime then runs in the llinterp too. */
  jit?: boolean;
}

export async function interpCommand(entry: string, args: string[], opts: InterpCliOpts, { builtins, con }: CommandEnv, io?: ProgramIO): Promise<number> {
  let program: LoweredProgram;
  const heap = opts.heap ?? "sim";
  try {
    checkEntry(entry);
    if (heap !== "sim" && heap !== "objects") throw new UsageError("--heap takes sim or objects");
    const gcTorture = parseTorture(opts.gcTorture);
    const config = await loadConfig(entry, opts.config);
    const tc = makeToolchain(builtins, config.plugins ?? []);
    progress(tc, opts, con);
    program = await tc.lower(pipelineOptions(tc, builtins, entry, { gc: opts.gc ?? config.gc, gcTorture, jit: !!opts.jit }));
    if (heap === "sim" && !program.gc.module) throw new UsageError(`the GC ${program.gc.gc} has no RTS module for the simulated heap (--heap objects runs without one)`);
  } catch (e) {
    return report(e, con);
  }
  return runLowered(program, entry, args, io, heap);
}

function parseTorture(t: string | boolean | undefined): number {
  const n = t === undefined ? 0 : t === true ? 1 : Number(t);
  if (!(Number.isInteger(n) && n >= 0)) throw new UsageError("--gc-torture takes a positive count of allocations between collections");
  return n;
}

let gcInstances = 0;

/** The RTS_GC_* and RTS_JIT_* settings of the environment, read as the binary reads them (64k, 8m, 1g). */
function gcEnvironment(): Record<string, number> {
  const env: Record<string, number> = {};
  for (const [k, v] of Object.entries(process.env)) {
    const m = k.startsWith("RTS_GC_") || k.startsWith("RTS_JIT_") ? /^(-?\d+)([kmg]?)$/i.exec(v ?? "") : null;
    if (m) env[k] = Number(m[1]) * 2 ** ({ "": 0, k: 10, m: 20, g: 30 }[m[2].toLowerCase() as "k"]);
  }
  return env;
}

/** RTSLOG as the binary reads it (`jit-summary,gc:FILE`): the categories the simulated memory logs, to stderr or the file. */
function routeLog(mem: { logCategories: Set<string>; logSink: ((line: string) => void) | null }): void {
  const spec = process.env.RTSLOG;
  if (!spec) return;
  const colon = spec.indexOf(":");
  const file = colon >= 0 ? spec.slice(colon + 1) : "";
  mem.logCategories.clear();
  for (const c of (colon >= 0 ? spec.slice(0, colon) : spec).split(",")) if (c !== "") mem.logCategories.add(c);
  if (file !== "") fs.writeFileSync(file, "");
  mem.logSink = file !== "" ? (line) => fs.appendFileSync(file, line + "\n") : (line) => process.stderr.write(line + "\n");
}

/**
 * Runs main of an already lowered program with the llinterp: on the
 * simulated heap with the program's GC (RTS_GC_* variables as for the
 * binary), or on JS objects.
 */
export async function runLowered(program: LoweredProgram, entry: string, args: string[], io: ProgramIO | undefined, heap: "sim" | "objects", gcEnv?: Record<string, number>): Promise<number> {
  const { LLInterpreter } = await import("../llinterp/llinterp.ts");
  let sim = null;
  if (heap === "sim" && program.gc.module) {
    const { SimHeap } = await import("../llinterp/simheap.ts");
    // a fresh instance of the collector: its module-level state starts over
    const gc = await import(`${pathToFileURL(program.gc.module).href}?heap=${++gcInstances}`);
    const env = { ...(gcEnv ?? gcEnvironment()) };
    if (program.options.gcTorture) env.RTS_GC_TORTURE ??= program.options.gcTorture;
    sim = new SimHeap(program.rtyper, gc, env);
    routeLog(sim.mem);
  }
  const interp = new LLInterpreter(program.rtyper, io, sim);
  const status = interp.runMain(program.rtyper.llfunction(program.main), [entry.replace(/\.(m?ts|tsx)$/, ""), ...args], program.main.optional);
  // the JIT's RTSLOG=jit-summary, which the binary writes at exit
  const report = program.options.jit && sim ? program.frontend.exportedFunction("jitReport", JIT_PORTAL_MODULE) : null;
  if (report) interp.call(program.rtyper.llfunction(report), []);
  return status;
}

const JIT_PORTAL_MODULE = path.join(path.dirname(fileURLToPath(import.meta.url)), "../jit/runtime/portal.ts");
