// The Toolchain: the translation driver (RPython's translator/driver.py)
// with a typed, frozen `hooks` object in the style of webpack's Compiler.
// Every stage runs between hooks; the GC, the C backend and user plugins
// are all plugins tapping these hooks.
import { AsyncSeriesBailHook, SyncHook, SyncWaterfallHook } from "tapable";
import type { FunctionGraph } from "../flow/model.ts";
import { Frontend } from "../frontend/frontend.ts";
import type { FunctionDesc } from "../frontend/descriptors.ts";
import { Annotator } from "../annotator/annotator.ts";
import { RTyper } from "../rtyper/rtyper.ts";
import { RtsError } from "../diagnostics/diagnostic.ts";
import type { GcRoots } from "../transforms/shadowstack.ts";
import { loadProgram } from "./load.ts";
import type { Effects } from "../transforms/effects.ts";
import { runTransforms, type TransformStats } from "./transforms.ts";
import type { Target } from "./target.ts";

export interface Plugin {
  name: string;
  apply(toolchain: Toolchain): void;
}

export interface TranslateOptions {
  entry: string;
  output: string;
  gc: string;
  target: string;
  opt: number;
  jit: boolean;
  keepC: boolean;
  /** Collect every N allocations (RTS_GC_TORTURE's default in the binary); 0 or absent: off. */
  gcTorture?: number;
}

/** Everything a translation produced so far; passed to every hook. */
export class TranslationContext {
  fe!: Frontend;
  annotator!: Annotator;
  rtyper!: RTyper;
  main!: FunctionDesc;
  /** The machine the program is translated for (from the target plugins). */
  target!: Target;
  /** Filled by the GC plugin's transform: pointers saved around each collecting op. */
  gcRoots: GcRoots = new Map();
  /** Which graphs can raise or run the GC (computed before the exception transform). */
  effects!: Effects;
  /** C files of the selected GC, linked by the C backend. */
  gcSources: string[] = [];
  /** The selected GC's RTS module (written against rts/ll), translated and linked by the backend. */
  gcModule: string | null = null;
  cSource = "";
  /** What the built-in transforms did (inlined calls, folded operations). */
  transformStats: TransformStats | null = null;
  executable = "";
  readonly timings: { stage: string; ms: number }[] = [];
  constructor(readonly options: TranslateOptions) {}
  get graphs(): FunctionGraph[] {
    return this.annotator.graphs;
  }
}

export type StageListener = (stage: string, ms: number) => void;

export class Toolchain {
  readonly hooks = Object.freeze({
    /** Module initialisation ran; prebuilt constants are known. */
    loaded: new SyncHook<[TranslationContext]>(["ctx"]),
    /** Whole-program type inference finished; graphs of every reachable function exist. */
    annotated: new SyncHook<[TranslationContext]>(["ctx"]),
    /** Graphs now hold low-level operations on low-level types. */
    rtyped: new SyncHook<[TranslationContext]>(["ctx"]),
    /** Fired after each built-in transform, with its name (inline, constfold, exceptions, stackcheck...). */
    transformed: new SyncHook<[string, TranslationContext]>(["transform", "ctx"]),
    /** The GC plugin inserts its root finding / barriers here and names its C sources. */
    gcTransform: new SyncHook<[TranslationContext]>(["ctx"]),
    /** All transforms done: the graphs the backend will see. */
    transformsDone: new SyncHook<[TranslationContext]>(["ctx"]),
    /** The backend turns the graphs into an executable; returns its path. */
    backend: new AsyncSeriesBailHook<[TranslationContext], string | undefined>(["ctx"]),
    /** The C source, before compilation (plugins may rewrite it). */
    emitC: new SyncWaterfallHook<[string, TranslationContext]>(["source", "ctx"]),
    /** The executable exists. */
    compiled: new SyncHook<[string, TranslationContext]>(["executable", "ctx"]),
  });
  readonly plugins: Plugin[] = [];
  /** Targets registered by target plugins, by name. */
  readonly targets = new Map<string, Target>();
  onStage: StageListener = () => {};
  /** Called when a stage starts (progress display). */
  onStageStart: (stage: string) => void = () => {};

  apply(...plugins: Plugin[]): this {
    for (const p of plugins) {
      p.apply(this);
      this.plugins.push(p);
    }
    return this;
  }

  registerTarget(target: Target): void {
    this.targets.set(target.name, target);
  }

  private async stage<T>(ctx: TranslationContext, name: string, f: () => T | Promise<T>): Promise<T> {
    this.onStageStart(name);
    const t0 = performance.now();
    const r = await f();
    const ms = performance.now() - t0;
    ctx.timings.push({ stage: name, ms });
    this.onStage(name, ms);
    return r;
  }

  /** Frontend + Load + annotator: what `rts check` runs. */
  async analyse(ctx: TranslationContext): Promise<void> {
    ctx.fe = await this.stage(ctx, "frontend", () => {
      const fe = new Frontend(ctx.options.entry);
      const diags = fe.diagnose();
      if (diags.length > 0) throw new RtsError(diags);
      return fe;
    });
    await this.stage(ctx, "load", () => loadProgram(ctx.fe));
    this.hooks.loaded.call(ctx);
    await this.stage(ctx, "annotate", () => {
      ctx.main = ctx.fe.findMain()!;
      ctx.annotator = new Annotator(ctx.fe);
      ctx.annotator.annotateMain(ctx.main);
    });
    this.hooks.annotated.call(ctx);
  }

  /** Everything up to the backend: low-level graphs after all transforms. */
  async lower(options: TranslateOptions): Promise<TranslationContext> {
    const ctx = new TranslationContext(options);
    const target = this.targets.get(options.target);
    if (!target) throw new Error(`unknown target '${options.target}' (registered: ${[...this.targets.keys()].join(", ")})`);
    ctx.target = target;
    await this.analyse(ctx);
    await this.stage(ctx, "rtype", () => {
      ctx.rtyper = new RTyper(ctx.annotator);
      ctx.rtyper.specialize();
    });
    this.hooks.rtyped.call(ctx);
    await this.stage(ctx, "transform", () => {
      ctx.transformStats = runTransforms(ctx, (name) => this.hooks.transformed.call(name, ctx));
    });
    await this.stage(ctx, "gc transform", () => this.hooks.gcTransform.call(ctx));
    this.hooks.transformsDone.call(ctx);
    return ctx;
  }

  async translate(options: TranslateOptions): Promise<TranslationContext> {
    const ctx = await this.lower(options);
    await this.emit(ctx, ctx.target, options.output);
    return ctx;
  }

  /**
   * Runs the backend on lowered graphs for `target`, writing `output`.  The
   * graphs do not depend on the target, so one lowering serves several.
   */
  async emit(ctx: TranslationContext, target: Target, output: string): Promise<string> {
    ctx.target = target;
    ctx.options.output = output;
    const exe = await this.hooks.backend.promise(ctx);
    if (!exe) throw new Error("no backend plugin produced an executable");
    ctx.executable = exe;
    this.hooks.compiled.call(exe, ctx);
    return exe;
  }

  /** Runs a stage with timing; for backend plugins. */
  timed<T>(ctx: TranslationContext, name: string, f: () => T | Promise<T>): Promise<T> {
    return this.stage(ctx, name, f);
  }
}
