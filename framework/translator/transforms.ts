// The built-in transforms, in order, on every low-level graph.  Each one
// fires the `transformed` hook with its name when it is done.
import type { RTypedProgram, TransformedProgram } from "./program.ts";
import { removeSameAs, skipEmptyBlocks } from "../transforms/simplify.ts";
import { constantFold, type FoldStats } from "../transforms/constfold.ts";
import { hasLoop, inlineSmallCalls } from "../transforms/inline.ts";
import { exceptionTransform } from "../transforms/exceptions.ts";
import { insertStackCheck } from "../transforms/stackcheck.ts";
import { mergeSwitchChains } from "../transforms/switches.ts";
import { Effects } from "../transforms/effects.ts";
import { removeIntChecks } from "../transforms/intranges.ts";
import type { LLFunction } from "../rtyper/rtyper.ts";
import type { Constant, FunctionGraph } from "../flow/model.ts";
import type { FunctionDesc } from "../flow/descriptors.ts";
import { RLIB_DIR } from "../cli/rlib-paths.ts";
import { jitMarks, locKey } from "../jit/marks.ts";

export interface TransformStats {
  inlined: number;
  /** JavaScript-number int operations proved to stay within ±2^53. */
  uncheckedInts: number;
  switches: number;
  fold: FoldStats;
}

function hasJitMarker(f: LLFunction): boolean {
  return hasMergePoint(f.graph);
}

function hasMergePoint(g: FunctionGraph): boolean {
  for (const [, op] of g.operations()) if (op.opname === "jit_marker" && (op.args[0] as Constant).value === "jit_merge_point") return true;
  return false;
}

export function runTransforms(program: RTypedProgram, done: (name: string) => void): TransformedProgram {
  const graphs = program.graphs;
  const opt = program.options.opt;
  const stats: TransformStats = { inlined: 0, uncheckedInts: 0, switches: 0, fold: { folded: 0, branches: 0, removed: 0 } };
  for (const g of graphs) {
    removeSameAs(g);
    skipEmptyBlocks(g);
  }
  done("simplify");
  for (const g of graphs) constantFold(g, stats.fold);
  done("constfold");
  if (opt > 0) {
    const inToolkit = (f: LLFunction): boolean => f.desc.loc?.file.startsWith(RLIB_DIR) ?? false;
    // the JIT calls elidable and dontLookInside functions rather than tracing them: they stay calls
    const marks = jitMarks(program.frontend);
    // and a portal (its jit_merge_point names the variables of its own loop, not of a caller's)
    const keepCall = (f: LLFunction): boolean => marks.has(locKey(f.desc.loc)) || hasJitMarker(f);
    // with --jit a callee with loops stays a call in a caller the JIT traces — one without loops of its own, an
    // unrollSafe or lookInsideIff one, a portal; a caller with loops is a call for the JIT anyway and takes it
    // inline (the big-int helpers were separate functions in the --jit build only: pidigits 1.5 s against 1.0 s)
    const traced = (g: FunctionGraph): boolean => {
      const m = marks.get(locKey((g.func as FunctionDesc | undefined)?.loc));
      return !hasLoop(g) || (m !== undefined && (m.has("unrollSafe") || m.has("lookInsideIff"))) || hasMergePoint(g);
    };
    const keepLoops = program.options.jit === true ? traced : undefined;
    for (const g of graphs) stats.inlined += inlineSmallCalls(g, { maxOps: opt >= 2 ? 24 : 8, helperMaxOps: 12, isHelper: inToolkit, keepCall, keepLoops });
    for (const g of graphs) {
      constantFold(g, stats.fold);
      skipEmptyBlocks(g);
    }
    done("inline");
    for (const g of graphs) stats.switches += mergeSwitchChains(g);
    done("switches");
    for (const g of graphs) stats.uncheckedInts += removeIntChecks(g);
    done("intranges");
  }
  for (const g of graphs) insertStackCheck(g);
  done("stackcheck");
  // which calls can raise or collect, now that every stack check is in place
  const effects = new Effects(graphs);
  for (const g of graphs) exceptionTransform(g, effects);
  done("exceptions");
  return { ...program, effects, transformStats: stats };
}
