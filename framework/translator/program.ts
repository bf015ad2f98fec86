// What each stage of a translation produced, as the hooks see it.  Every
// stage hands the next one a new, larger record (RPython's translator keeps
// one object whose attributes fill in as stages run; here a hook can only
// see what exists when it fires).  The GC, the target and the backend are
// chosen by name among those the plugins registered (registry.ts).
import type { FunctionGraph } from "../flow/model.ts";
import type { Frontend } from "../frontend/frontend.ts";
import type { FunctionDesc } from "../flow/descriptors.ts";
import type { Annotator } from "../annotator/annotator.ts";
import type { RTyper } from "../rtyper/rtyper.ts";
import type { Effects } from "../transforms/effects.ts";
import type { TransformStats } from "./transforms.ts";
import type { Target } from "./target.ts";

export interface TranslateOptions {
  entry: string;
  /** The registered GC to use (`--gc`). */
  gc: string;
  /** The registered target to build for (`--target`); a lowering serves every target. */
  target: string;
  /** The registered backend that builds executables (`backend` in rts.config.ts). */
  backend: string;
  opt: number;
  jit: boolean;
  /** Collect every N allocations (RTS_GC_TORTURE's default in the binary); 0 or absent: off. */
  gcTorture?: number;
}

/** What the analysis of a program starts from, besides its entry module (the `analysing` hook fills it in). */
export interface AnalysisRequest {
  readonly options: TranslateOptions;
  /** Exported functions without parameters, annotated with main: a plugin's runtime reached from code it generates later. */
  readonly roots: { module: string; name: string }[];
}

/** The Load stage ran the program's module-level code: prebuilt constants are known. */
export interface LoadedProgram {
  readonly options: TranslateOptions;
  readonly frontend: Frontend;
}

/** Whole-program type inference reached its fixpoint. */
export interface AnnotatedProgram extends LoadedProgram {
  readonly annotator: Annotator;
  /** The entry point, `main(argv)`. */
  readonly main: FunctionDesc;
  /** The flow graph of every reachable function. */
  readonly graphs: readonly FunctionGraph[];
}

/** The graphs hold low-level operations on low-level types. */
export interface RTypedProgram extends AnnotatedProgram {
  readonly rtyper: RTyper;
}

/** The built-in transforms ran (inlining, constant folding, exceptions...). */
export interface TransformedProgram extends RTypedProgram {
  /** Which graphs and calls can raise or run the GC (the call-graph analysis). */
  readonly effects: Effects;
  readonly transformStats: TransformStats;
}

/** What the selected GC made of the graphs: its roots and its collector. */
export interface GcLowering {
  /** The registered name of the GC. */
  readonly gc: string;
  /** How many operations that can collect the transform wrapped in root saving (it rewrote the graphs). */
  readonly rootedOperations: number;
  /** The collector as an RTS module written against rts/ll (docs/gc.md), translated and linked by the backend. */
  readonly module: string | null;
  /** Or C files implementing rts_gc_* (plugins/backend-c/runtime/rts.h). */
  readonly cSources: readonly string[];
  /**
   * The GC's header flags every prebuilt object that may hold pointers starts
   * with (what the collector's init would otherwise set in each: the backend
   * writes them into the static objects, so a start does not write to every page of them).
   */
  readonly prebuiltFlags?: number;
}

/** Every transform and the GC's lowering ran: what a backend (or the llinterp) consumes. */
export interface LoweredProgram extends TransformedProgram {
  readonly gc: GcLowering;
}

/** One executable to build from a lowered program. */
export interface BuildRequest {
  readonly program: LoweredProgram;
  readonly target: Target;
  readonly output: string;
  /** Keep the backend's intermediate source (the C file) next to the output. */
  readonly keepSource: boolean;
}
