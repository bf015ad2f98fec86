// The check / translate / plugins commands: option handling, plugin set-up
// (built-ins chosen by flags, user plugins from rts.config.ts), progress,
// timings, and error reporting (diagnostics, never toolchain stack traces).
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

interface CommonOpts {
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

class UsageError extends Error {}

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

function report(e: unknown): number {
  const color = process.stderr.isTTY ?? false;
  if (e instanceof RtsError) {
    for (const d of e.diagnostics) process.stderr.write(formatDiagnostic(d, color) + "\n\n");
    const n = e.diagnostics.length;
    process.stderr.write(`${n} error${n === 1 ? "" : "s"}\n`);
    return 1;
  }
  if (e instanceof UsageError) {
    process.stderr.write(`rts: ${e.message}\n`);
    return 2;
  }
  // a bug in the toolchain itself: say so plainly
  const err = e as Error;
  process.stderr.write(`rts: internal error: ${err.message}\n${process.env.RTS_DEBUG ? err.stack + "\n" : "(set RTS_DEBUG=1 for the stack trace)\n"}`);
  return 3;
}

function progress(tc: Toolchain, opts: CommonOpts): void {
  const show = opts.timings || (!opts.quiet && process.stderr.isTTY);
  if (!show) return;
  tc.onStage = (stage, ms) => process.stderr.write(pc.dim(`  ${stage.padEnd(14)} ${ms.toFixed(0).padStart(6)} ms\n`));
}

export async function checkCommand(entry: string, opts: CommonOpts): Promise<number> {
  try {
    const config = await loadConfig(entry, opts.config);
    const tc = makeToolchain(opts.gc ?? config.gc ?? DEFAULT_GC, config.plugins ?? []);
    progress(tc, opts);
    const ctx = new TranslationContext({ entry, output: "", gc: "", target: hostTarget(), opt: 2, jit: false, keepC: false });
    await tc.analyse(ctx);
    const an = ctx.annotator;
    if (!opts.quiet) process.stdout.write(`${entry}: ok (${an.graphs.length} functions, ${an.usedClasses.size} classes)\n`);
    return 0;
  } catch (e) {
    return report(e);
  }
}

export async function translateCommand(
  entry: string,
  opts: CommonOpts & { output?: string; target: string; opt: string; jit?: boolean; keepC?: boolean; gcTorture?: string | boolean },
): Promise<number> {
  try {
    const config = await loadConfig(entry, opts.config);
    const gc = opts.gc ?? config.gc ?? DEFAULT_GC;
    if (opts.jit) throw new UsageError("--jit is not available yet: the meta-tracing JIT is a later milestone");
    const opt = Number(opts.opt);
    if (!(opt >= 0 && opt <= 3)) throw new UsageError("--opt takes 0, 1, 2 or 3");
    const output = opts.output ?? path.join(path.dirname(entry), path.basename(entry).replace(/\.ts$/, ""));
    const gcTorture = opts.gcTorture === undefined ? 0 : opts.gcTorture === true ? 1 : Number(opts.gcTorture);
    if (!(Number.isInteger(gcTorture) && gcTorture >= 0)) throw new UsageError("--gc-torture takes a positive count of allocations between collections");
    const options: TranslateOptions = { entry, output, gc, target: opts.target ?? config.target ?? hostTarget(), opt, jit: false, keepC: !!opts.keepC, gcTorture };
    const tc = makeToolchain(gc, config.plugins ?? []);
    checkTarget(tc, options.target);
    progress(tc, opts);
    const t0 = performance.now();
    const ctx = await tc.translate(options);
    if (opts.timings && ctx.transformStats) {
      const s = ctx.transformStats;
      process.stderr.write(pc.dim(`  (${ctx.graphs.length} functions; inlined ${s.inlined} calls; made ${s.switches} switches; folded ${s.fold.folded} operations and ${s.fold.branches} branches; removed ${s.fold.removed} dead operations)\n`));
    }
    if (opts.timings || (!opts.quiet && process.stderr.isTTY)) {
      process.stderr.write(pc.dim(`  ${"total".padEnd(14)} ${(performance.now() - t0).toFixed(0).padStart(6)} ms\n`));
    }
    if (!opts.quiet) process.stdout.write(`wrote ${output}\n`);
    return 0;
  } catch (e) {
    return report(e);
  }
}

export async function pluginsCommand(opts: CommonOpts): Promise<number> {
  try {
    const config = await loadConfig(null, opts.config);
    const tc = makeToolchain(opts.gc ?? config.gc ?? DEFAULT_GC, config.plugins ?? []);
    for (const p of tc.plugins) {
      const taps: string[] = [];
      for (const [hookName, hook] of Object.entries(tc.hooks)) {
        if ((hook as { taps: { name: string }[] }).taps.some((t) => t.name === p.name)) taps.push(hookName);
      }
      process.stdout.write(`${p.name}\n  taps: ${taps.join(", ") || "(none)"}\n`);
    }
    return 0;
  } catch (e) {
    return report(e);
  }
}

/** `rts interp`: the whole pipeline up to the backend, then the llinterp runs the low-level graphs. */
export async function interpCommand(entry: string, args: string[], opts: CommonOpts): Promise<number> {
  let ctx: TranslationContext;
  try {
    const config = await loadConfig(entry, opts.config);
    const tc = makeToolchain(opts.gc ?? config.gc ?? DEFAULT_GC, config.plugins ?? []);
    progress(tc, opts);
    ctx = await tc.lower({ entry, output: "", gc: DEFAULT_GC, target: hostTarget(), opt: 2, jit: false, keepC: false });
  } catch (e) {
    return report(e);
  }
  const { LLInterpreter } = await import("../llinterp/llinterp.ts");
  const interp = new LLInterpreter(ctx.rtyper);
  return interp.runMain(ctx.rtyper.llfunction(ctx.main), [entry.replace(/\.ts$/, ""), ...args]);
}
