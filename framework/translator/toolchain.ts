// The Toolchain: the translation driver (RPython's translator/driver.py)
// with a typed, frozen `hooks` object in the style of webpack's Compiler.
// Every stage runs between hooks, and each hook receives what its stage
// produced (program.ts).  The driver knows no GC, target or backend: plugins
// register them by name (registry.ts) and the options select among them.
import { SyncHook } from "tapable";
import { Frontend } from "../frontend/frontend.ts";
import { Annotator } from "../annotator/annotator.ts";
import { RTyper } from "../rtyper/rtyper.ts";
import { RtsError } from "../diagnostics/diagnostic.ts";
import { loadProgram } from "./load.ts";
import { runTransforms } from "./transforms.ts";
import { jitFieldMarks, jitMarks, jitVirtualizableFields } from "../jit/marks.ts";
import { checkImmutableFields } from "../annotator/immutablecheck.ts";
import { checkVirtualizables } from "../annotator/vablecheck.ts";
import type { Target } from "./target.ts";
import type { AnalysisRequest, AnnotatedProgram, BuildRequest, LoadedProgram, LoweredProgram, RTypedProgram, TranslateOptions } from "./program.ts";
import { Registry, type BackendDefinition, type GcDefinition } from "./registry.ts";

export interface Plugin {
  name: string;
  apply(toolchain: Toolchain): void;
}

export type StageListener = (stage: string, ms: number) => void;

export class Toolchain {
  readonly hooks = Object.freeze({
    /** Analysis starts: a plugin may add modules and entry points to the program (the JIT adds its runtime). */
    analysing: new SyncHook<[AnalysisRequest]>(["request"]),
    /** Module initialisation ran; prebuilt constants are known. */
    loaded: new SyncHook<[LoadedProgram]>(["program"]),
    /** Whole-program type inference finished; graphs of every reachable function exist. */
    annotated: new SyncHook<[AnnotatedProgram]>(["program"]),
    /** Graphs now hold low-level operations on low-level types. */
    rtyped: new SyncHook<[RTypedProgram]>(["program"]),
    /** Fired after each built-in transform, with its name (inline, constfold, exceptions, stackcheck...). */
    transformed: new SyncHook<[string, RTypedProgram]>(["transform", "program"]),
    /** All transforms and the GC's lowering done: the graphs a backend or the llinterp will see. */
    lowered: new SyncHook<[LoweredProgram]>(["program"]),
    /** A backend is about to build an executable. */
    build: new SyncHook<[BuildRequest]>(["request"]),
    /** The executable exists. */
    compiled: new SyncHook<[string, BuildRequest]>(["executable", "request"]),
  });
  readonly plugins: Plugin[] = [];
  readonly targets = new Registry<Target>("target");
  readonly gcs = new Registry<GcDefinition>("GC");
  readonly backends = new Registry<BackendDefinition>("backend");
  onStage: StageListener = () => {};
  /** Called when a stage starts (progress display). */
  onStageStart: (stage: string) => void = () => {};
  private applying: Plugin | null = null;

  /** Applies plugins in order; a later registration under a taken name replaces the earlier one. */
  apply(...plugins: Plugin[]): this {
    for (const p of plugins) {
      this.applying = p;
      try {
        p.apply(this);
      } finally {
        this.applying = null;
      }
      this.plugins.push(p);
    }
    return this;
  }

  registerTarget(target: Target): void {
    this.targets.add(target.name, target, this.applying);
  }

  registerGc(gc: GcDefinition): void {
    this.gcs.add(gc.name, gc, this.applying);
  }

  registerBackend(backend: BackendDefinition): void {
    this.backends.add(backend.name, backend, this.applying);
  }

  /** The target binaries run on here: the first registered native one. */
  defaultTarget(): string | undefined {
    return [...this.targets.values()].find((t) => t.native)?.name ?? this.targets.names()[0];
  }

  /** Runs a stage, reporting its time to the listeners. */
  async timed<T>(name: string, f: () => T | Promise<T>): Promise<T> {
    this.onStageStart(name);
    const t0 = performance.now();
    const r = await f();
    this.onStage(name, performance.now() - t0);
    return r;
  }

  /** Frontend + Load + annotator: what `rts check` runs. */
  async analyse(options: TranslateOptions): Promise<AnnotatedProgram> {
    const request: AnalysisRequest = { options, roots: [] };
    this.hooks.analysing.call(request);
    const frontend = await this.timed("frontend", () => {
      const fe = new Frontend(options.entry, [...new Set(request.roots.map((r) => r.module))]);
      const diags = fe.diagnose();
      if (diags.length > 0) throw new RtsError(diags);
      return fe;
    });
    await this.timed("load", () => loadProgram(frontend));
    this.hooks.loaded.call({ options, frontend });
    const program = await this.timed("annotate", () => {
      const main = frontend.findMain()!;
      const annotator = new Annotator(frontend);
      const roots = request.roots.map((r) => {
        const fn = frontend.exportedFunction(r.name, r.module);
        if (!fn) throw new Error(`internal: a plugin's entry point ${r.name} is not exported by ${r.module}`);
        return fn;
      });
      annotator.annotateMain(main, roots);
      jitMarks(frontend); // rts/jit's marks name functions of the program (a check-time error otherwise)
      checkImmutableFields(annotator.graphs, (v) => annotator.annotation(v), new Map([...jitFieldMarks(frontend)].filter(([, m]) => !m.quasi))); // ... and immutableFields fields of its classes, never written after construction (quasi-immutable ones may be)
      checkVirtualizables(annotator.graphs, (v) => annotator.annotation(v), jitVirtualizableFields(frontend));
      return { options, frontend, annotator, main, graphs: annotator.graphs };
    });
    this.hooks.annotated.call(program);
    return program;
  }

  /** Everything up to the backend: low-level graphs after all transforms and the GC's lowering. */
  async lower(options: TranslateOptions): Promise<LoweredProgram> {
    const gc = this.gcs.get(options.gc);
    const annotated = await this.analyse(options);
    const rtyped: RTypedProgram = await this.timed("rtype", () => {
      const rtyper = new RTyper(annotated.annotator);
      rtyper.specialize();
      return { ...annotated, rtyper };
    });
    this.hooks.rtyped.call(rtyped);
    const transformed = await this.timed("transform", () => runTransforms(rtyped, (name) => this.hooks.transformed.call(name, rtyped)));
    const lowered: LoweredProgram = { ...transformed, gc: await this.timed("gc transform", () => gc.lower(transformed)) };
    this.hooks.lowered.call(lowered);
    return lowered;
  }

  /**
   * Builds an executable of a lowered program for `target` with the
   * selected backend.  The graphs do not depend on the target, so one
   * lowering serves several.
   */
  async build(program: LoweredProgram, target: Target, output: string, keepSource = false): Promise<string> {
    const backend = this.backends.get(program.options.backend);
    const request: BuildRequest = { program, target, output, keepSource };
    this.hooks.build.call(request);
    const exe = await backend.build(request, this);
    this.hooks.compiled.call(exe, request);
    return exe;
  }

  async translate(options: TranslateOptions, output: string, keepSource = false): Promise<{ program: LoweredProgram; executable: string }> {
    const target = this.targets.get(options.target);
    const program = await this.lower(options);
    return { program, executable: await this.build(program, target, output, keepSource) };
  }
}
