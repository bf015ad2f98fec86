// Translation of a library module: RTS code without a main, entered through
// a fixed set of exported functions that take and return ints — a GC
// plugin's module (gcInit, gcMalloc, ...), written against rts/ll.  It is
// translated on its own (so the result is cached per module and target)
// and linked with every program.  Library code runs inside the allocator
// and the collector, so it must not allocate GC objects, raise exceptions
// or need a stack check; the transforms it gets are the optimizing ones.
import * as path from "node:path";
import { Frontend } from "../frontend/frontend.ts";
import type { FunctionDesc } from "../flow/descriptors.ts";
import { Annotator } from "../annotator/annotator.ts";
import { s_int, type SomeValue } from "../annotator/model.ts";
import { RTyper } from "../rtyper/rtyper.ts";
import { opInfo } from "../ops/index.ts";
import { RtsDiagnostic, RtsError } from "../diagnostics/diagnostic.ts";
import { M, fillMessage } from "../diagnostics/messages.ts";
import { removeSameAs, skipEmptyBlocks } from "../transforms/simplify.ts";
import { constantFold } from "../transforms/constfold.ts";
import { inlineSmallCalls } from "../transforms/inline.ts";
import { loadProgram } from "./load.ts";

export interface EntryPoint {
  /** The exported function's name. */
  name: string;
  /** How many int arguments it takes. */
  arity: number;
  /** A module may leave it out. */
  optional?: boolean;
}

/** What a GC module exports (plugins/gc-semispace/semispace.ts documents each). */
export const GC_ENTRY_POINTS: EntryPoint[] = [
  { name: "gcInit", arity: 0 },
  { name: "gcMalloc", arity: 2 },
  { name: "gcMallocVarsize", arity: 2 },
  { name: "gcCollect", arity: 0 },
  { name: "gcWriteBarrier", arity: 1 },
  { name: "gcWriteBarrierItem", arity: 2 },
  { name: "gcReport", arity: 0 },
  { name: "gcBumpCell", arity: 0, optional: true },
  { name: "gcCollectYoung", arity: 0, optional: true },
  { name: "gcMovable", arity: 1, optional: true },
];

export interface TranslatedLibrary {
  rtyper: RTyper;
  entries: Map<string, FunctionDesc>;
  /** Exported constants of the module (WRITE_BARRIER_FLAG...), after module initialisation. */
  constants: Map<string, unknown>;
}

export async function translateLibrary(file: string, entryPoints: EntryPoint[], opt: number): Promise<TranslatedLibrary> {
  const fe = new Frontend(file);
  const diags = fe.diagnose(true);
  if (diags.length > 0) throw new RtsError(diags);
  await loadProgram(fe);
  const entries = new Map<string, FunctionDesc>();
  const toAnnotate: { fn: FunctionDesc; args: SomeValue[] }[] = [];
  for (const e of entryPoints) {
    const fn = fe.exportedFunction(e.name);
    if (!fn && e.optional) continue;
    if (!fn) throw new RtsError([new RtsDiagnostic(M.missingEntryPoint.code, fillMessage(M.missingEntryPoint, [path.basename(file), e.name, String(e.arity)]), { file, line: 1, col: 1 }, M.missingEntryPoint.hint ?? null)]);
    entries.set(e.name, fn);
    toAnnotate.push({ fn, args: new Array(e.arity).fill(s_int) });
  }
  const an = new Annotator(fe);
  an.machineInts = true;
  an.annotateEntryPoints(toAnnotate);
  const rt = new RTyper(an);
  rt.specialize();
  for (const g of an.graphs) {
    removeSameAs(g);
    skipEmptyBlocks(g);
    constantFold(g, { folded: 0, branches: 0, removed: 0 });
  }
  if (opt > 0) {
    for (const g of an.graphs) inlineSmallCalls(g, { maxOps: opt >= 2 ? 24 : 8 });
    for (const g of an.graphs) {
      constantFold(g, { folded: 0, branches: 0, removed: 0 });
      skipEmptyBlocks(g);
    }
  }
  checkNoAllocation(an);
  const constants = new Map<string, unknown>();
  for (const g of fe.allGlobals()) if (!g.mutable && g.loaded) constants.set(g.name, g.value);
  return { rtyper: rt, entries, constants };
}

/** Library code runs inside the allocator: an operation that may collect is an error. */
function checkNoAllocation(an: Annotator): void {
  const out: RtsDiagnostic[] = [];
  for (const g of an.graphs) {
    for (const b of g.blocks()) {
      for (const op of b.operations) {
        if (op.opname === "direct_call" || !opInfo(op.opname).canCollect) continue;
        out.push(new RtsDiagnostic(M.libraryAllocates.code, fillMessage(M.libraryAllocates, [op.opname]), op.loc ?? null, M.libraryAllocates.hint ?? null));
      }
    }
  }
  if (out.length > 0) throw new RtsError(out);
}
